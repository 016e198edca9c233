/// `{name}` in a dialog text shows a saved answer; `{{` and `}}` are literal braces.
enum Template {
    enum Piece: Equatable {
        case literal(String)
        case placeholder(String, offset: Int)
    }

    /// The text's literal runs and placeholders; a placeholder's offset counts characters.
    static func pieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(text)
        while let brace = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            literal += rest[..<brace]
            let after = rest[rest.index(after: brace)...]
            if after.first == rest[brace] {
                literal.append(rest[brace])  // "{{" or "}}"
                rest = after.dropFirst()
            } else if rest[brace] == "{", let close = after.firstIndex(of: "}") {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(.placeholder(after[..<close].trimmingSpaces(), offset: text.distance(from: text.startIndex, to: brace)))
                rest = after[after.index(after: close)...]
            } else {
                literal.append(rest[brace])
                rest = after
            }
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    static func placeholders(_ text: String) -> [(name: String, offset: Int)] {
        pieces(text).compactMap {
            if case .placeholder(let name, let offset) = $0 { return (name, offset) }
            return nil
        }
    }

    /// The text with each placeholder replaced by `value(name)`; at most `limit` bytes of
    /// UTF-8, cut at a character, and whether it had to be cut.
    static func fill(_ text: String, limit: Int = .max, _ value: (String) -> String) -> (text: String, cut: Bool) {
        var result = ""
        for piece in pieces(text) {
            switch piece {
            case .literal(let literal): result += literal
            case .placeholder(let name, _): result += value(name)
            }
            if result.utf8.count > limit {
                var end = result.utf8.index(result.utf8.startIndex, offsetBy: limit)
                while !result.unicodeScalars.indices.contains(end) { end = result.utf8.index(before: end) }
                return (String(result[..<end]), true)
            }
        }
        return (result, false)
    }
}

extension StringProtocol {
    /// Without white space at either end.
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
