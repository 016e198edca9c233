/// `{name}` in a dialog text shows a saved answer; `{{` and `}}` are literal braces.
enum Template {
    enum Piece: Equatable {
        case literal(String)
        case placeholder(String, offset: Int)
    }

    static func pieces(_ text: String) -> [Piece] {
        // Most texts have no braces at all.
        if !text.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D }) { return text.isEmpty ? [] : [.literal(text)] }
        // Braces are ASCII, so the scan runs on bytes; offsets count characters, for messages.
        var pieces: [Piece] = []
        var literal = ""
        let bytes = text.utf8
        var index = bytes.startIndex
        var runStart = index
        func flushRun(to end: String.Index) {
            literal += text[runStart..<end]
        }
        while index != bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            if byte == 0x7B, next != bytes.endIndex, bytes[next] == 0x7B {
                flushRun(to: index)
                literal += "{"
                index = bytes.index(after: next)
                runStart = index
            } else if byte == 0x7D, next != bytes.endIndex, bytes[next] == 0x7D {
                flushRun(to: index)
                literal += "}"
                index = bytes.index(after: next)
                runStart = index
            } else if byte == 0x7B, let close = bytes[next...].firstIndex(of: 0x7D) {
                flushRun(to: index)
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                let name = text[next..<close].trimmingSpaces()
                pieces.append(.placeholder(name, offset: text.distance(from: text.startIndex, to: index)))
                index = bytes.index(after: close)
                runStart = index
            } else {
                index = next
            }
        }
        flushRun(to: bytes.endIndex)
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
    /// Without white space at either end. An ASCII end is looked at by byte; the Unicode
    /// tables are read only for an end that is not ASCII.
    func trimmingSpaces() -> String {
        func isSpace(_ byte: UInt8, _ character: Character?) -> Bool {
            byte < 0x80 ? byte == 0x20 || (0x09...0x0D).contains(byte) : character?.isWhitespace == true
        }
        var text = Substring(self)
        while let first = text.utf8.first, isSpace(first, first < 0x80 ? nil : text.first) { text.removeFirst() }
        while let last = text.utf8.last, isSpace(last, last < 0x80 ? nil : text.last) { text.removeLast() }
        return String(text)
    }
}
