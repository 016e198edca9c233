/// `{name}` in a dialog text shows a saved answer; `{{` and `}}` are literal braces.
enum Template {
    enum Piece: Equatable {
        case literal(String)
        case placeholder(String, offset: Int)
    }

    static func pieces(_ text: String) -> [Piece] {
        // Most texts have no braces at all.
        if !text.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D }) { return text.isEmpty ? [] : [.literal(text)] }
        var pieces: [Piece] = []
        var literal = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{", i + 1 < chars.count, chars[i + 1] == "{" {
                literal.append("{")
                i += 2
            } else if c == "}", i + 1 < chars.count, chars[i + 1] == "}" {
                literal.append("}")
                i += 2
            } else if c == "{", let close = chars[(i + 1)...].firstIndex(of: "}") {
                let name = String(chars[(i + 1)..<close]).trimmingSpaces()
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(.placeholder(name, offset: i))
                i = close + 1
            } else {
                literal.append(c)
                i += 1
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    static func placeholders(_ text: String) -> [(name: String, offset: Int)] {
        pieces(text).compactMap {
            if case .placeholder(let name, let offset) = $0 { return (name, offset) }
            return nil
        }
    }

    static func fill(_ text: String, _ value: (String) -> String) -> String {
        var result = ""
        for piece in pieces(text) {
            switch piece {
            case .literal(let literal): result += literal
            case .placeholder(let name, _): result += value(name)
            }
        }
        return result
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
