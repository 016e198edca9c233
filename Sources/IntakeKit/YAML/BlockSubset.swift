/// A fast reader for the part of YAML that dialog files are written in, which declines
/// everything else.
///
/// Dialog files use block mappings and lists, one-line plain and quoted values, one-line
/// `[a, b]` lists and `{ key: value }` maps, and `|` text blocks. This reader handles exactly that, line by line, and
/// builds the same `YAMLTree` libyaml's events would (same nodes, same order, same positions).
/// On anything else (another YAML feature, a tab, a CR, an odd character, a mistake) it
/// returns nil and the file goes to libyaml, which reads all of YAML and reports errors with
/// their exact place. So it never reports an error and never decides what a file means
/// where the two could differ; `BlockSubsetTests` compare both readers on thousands of
/// altered files.
///
/// Where the line is uncertain it declines: an empty value, a value that goes on over
/// several lines, a `>` or `|+` block, escapes other than the common ones.
struct BlockSubset {
    private let text: UnsafeBufferPointer<UInt8>
    private var builder = TreeBuilder()
    /// The open collections' layout, beside the builder's stack of the same collections.
    private var frames: [Frame] = []
    /// The current line: its number, where it starts, and its end (the newline or the end of text).
    private var line = 0
    private var lineStart = 0
    private var lineEnd = 0
    /// Where the next line starts.
    private var next = 0
    /// After `key:` or `-` with nothing after it, the next content line holds the value.
    private var awaiting: Awaiting?
    /// The last column counted: on which line, at which byte.
    private var counted = (line: 0, offset: 0, column: 1)

    private struct Frame {
        var indent: Int
        var isMapping: Bool
        /// A list written at the same indentation as the key it belongs to.
        var isIndentless: Bool
    }

    private struct Awaiting {
        var indent: Int
        var inMapping: Bool
    }

    private init(text: UnsafeBufferPointer<UInt8>) {
        self.text = text
    }

    /// The tree, or nil when the text is not in the subset this reader knows. Its scalars
    /// point into `bytes`.
    static func parse(_ bytes: [UInt8]) -> YAMLTree? {
        guard var tree = bytes.withUnsafeBufferPointer(parse) else { return nil }
        tree.source = bytes
        return tree
    }

    private static func parse(_ text: UnsafeBufferPointer<UInt8>) -> YAMLTree? {
        // Tree nodes hold 32-bit offsets; a file of 4 GiB or more is libyaml's to refuse.
        guard text.count < Int(UInt32.max), let size = measure(text) else { return nil }
        var reader = BlockSubset(text: text)
        // Sized once for the most a file of this many lines and commas can hold (a line makes
        // at most three nodes, a comma one more): no array is copied as it grows, and the pages
        // never used are never touched.
        reader.builder.reserveCapacity(3 * size.lines + size.commas + 2)
        return reader.run()
    }

    private mutating func run() -> YAMLTree? {
        var firstContent = true
        while next < text.count {
            startLine()
            let start = skipSpaces(from: lineStart)
            if start == lineEnd || text[start] == .hash { continue }
            let indent = start - lineStart
            if indent == 0 && isDocumentMarker(start) {
                // A lone '---' may open the file; every other marker or directive goes to libyaml.
                guard firstContent, text[start] == .dash, restIsEmpty(from: start + 3) else { return nil }
                firstContent = false
                continue
            }
            firstContent = false
            let dashed = text[start] == .dash && (start + 1 == lineEnd || text[start + 1] == .space)

            if let waiting = awaiting {
                awaiting = nil
                if indent > waiting.indent {
                    guard open(isMapping: !dashed, at: start, indent: indent, indentless: false) else { return nil }
                } else if indent == waiting.indent && waiting.inMapping && dashed {
                    guard open(isMapping: false, at: start, indent: indent, indentless: true) else { return nil }
                } else {
                    return nil
                }
            } else {
                while let top = frames.last, indent < top.indent || (top.isIndentless && indent == top.indent && !dashed) {
                    close()
                }
                if let top = frames.last {
                    guard top.indent == indent else { return nil }
                } else {
                    // Only one root: content after it closed goes to libyaml.
                    guard !builder.hasRoot, open(isMapping: !dashed, at: start, indent: indent, indentless: false) else { return nil }
                }
            }
            if frames[frames.count - 1].isMapping {
                guard !dashed, entry(at: start) else { return nil }
            } else {
                guard dashed, item(at: start) else { return nil }
            }
        }
        while !frames.isEmpty { close() }
        guard builder.hasRoot, awaiting == nil else { return nil }
        return builder.tree
    }

    // MARK: - Lines

    private mutating func startLine() {
        line += 1
        lineStart = next
        lineEnd = endOfLine(from: next)
        next = lineEnd + 1
    }

    private func endOfLine(from start: Int) -> Int {
        var end = start
        while end < text.count && text[end] != .newline { end += 1 }
        return end
    }

    /// '---', '...' or a '%' directive at the start of a line.
    private func isDocumentMarker(_ start: Int) -> Bool {
        let first = text[start]
        if first == UInt8(ascii: "%") { return true }
        guard first == .dash || first == UInt8(ascii: "."), start + 2 < lineEnd else { return false }
        return text[start + 1] == first && text[start + 2] == first
    }

    /// Whether the line holds nothing but spaces and a comment from `start`.
    private func restIsEmpty(from start: Int) -> Bool {
        let at = skipSpaces(from: start)
        return at == lineEnd || (text[at] == .hash && at > start)
    }

    private func skipSpaces(from start: Int) -> Int {
        var at = start
        while at < lineEnd && text[at] == .space { at += 1 }
        return at
    }

    /// The 1-based column of a byte on the current line, in characters as libyaml counts.
    /// Counting goes on from the last place asked about on the line, so a line of 100,000
    /// list items is read in one pass, not 100,000.
    private mutating func location(of offset: Int) -> SourceLocation {
        if counted.line != line || counted.offset > offset { counted = (line, lineStart, 1) }
        var column = counted.column
        var at = counted.offset
        while at < offset {
            if text[at] & 0xC0 != 0x80 { column += 1 }
            at += 1
        }
        counted = (line, offset, column)
        return SourceLocation(line: line, column: column)
    }

    // MARK: - Entries

    /// `- value`, `- key: value` or `-` with the value on the lines below.
    private mutating func item(at dash: Int) -> Bool {
        let start = skipSpaces(from: dash + 1)
        if start == lineEnd || text[start] == .hash {
            awaiting = Awaiting(indent: frames[frames.count - 1].indent, inMapping: false)
            return true
        }
        if text[start] == .dash && (start + 1 == lineEnd || text[start + 1] == .space) { return false }
        if !isIndicator(text[start]), keyColon(from: start) != nil {
            // Only spaces and the dash come before it, so bytes are columns.
            guard open(isMapping: true, at: start, indent: start - lineStart, indentless: false) else { return false }
            return entry(at: start)
        }
        return value(at: start)
    }

    /// `key: value` or `key:` with the value on the lines below.
    private mutating func entry(at start: Int) -> Bool {
        guard !isIndicator(text[start]), let colon = keyColon(from: start) else { return false }
        var end = colon
        while text[end - 1] == .space { end -= 1 }
        addScalar(start..<end, at: location(of: start), quoted: false)
        let valueStart = skipSpaces(from: colon + 1)
        if valueStart == lineEnd || text[valueStart] == .hash {
            awaiting = Awaiting(indent: frames[frames.count - 1].indent, inMapping: true)
            return true
        }
        return value(at: valueStart)
    }

    /// The ':' that ends a plain one-line key starting at `start`, if the line is `key: ...`.
    private func keyColon(from start: Int) -> Int? {
        var at = start
        while at < lineEnd {
            let byte = text[at]
            if byte == .colon && (at + 1 == lineEnd || text[at + 1] == .space) {
                // libyaml allows keys of up to 1,024 characters.
                return at - start <= 1000 ? at : nil
            }
            if byte == .hash && text[at - 1] == .space { return nil }
            at += 1
        }
        return nil
    }

    // MARK: - Values

    private mutating func value(at start: Int) -> Bool {
        switch text[start] {
        case .quote, .apostrophe:
            guard let (scalar, end) = quoted(at: start), restIsEmpty(from: end) else { return false }
            addScalar(scalar, at: location(of: start))
            return true
        case .openBracket, UInt8(ascii: "{"):
            return flow(at: start)
        case .pipe:
            return literal(at: start)
        default:
            guard !isIndicator(text[start]) else { return false }
            var at = start
            var end = start
            while at < lineEnd {
                let byte = text[at]
                if byte == .space {
                    if at + 1 < lineEnd && text[at + 1] == .hash { break }
                } else {
                    // 'key: a: b' is an error in YAML; libyaml reports it.
                    if byte == .colon && (at + 1 == lineEnd || text[at + 1] == .space) { return false }
                    end = at + 1
                }
                at += 1
            }
            addScalar(start..<end, at: location(of: start), quoted: false)
            return true
        }
    }

    /// A quoted value's text: the bytes between its quotes, or, with escapes, a new string.
    private enum Quoted {
        case bytes(Range<Int>)
        case decoded(String)
    }

    /// A one-line quoted value: its text and the byte after its closing quote.
    private func quoted(at start: Int) -> (Quoted, Int)? {
        let mark = text[start]
        var at = start + 1
        // Most values have no escapes: the text is a slice of the line.
        while at < lineEnd && text[at] != mark && !(mark == .quote && text[at] == .backslash) { at += 1 }
        guard at < lineEnd else { return nil }
        if text[at] == mark && !(mark == .apostrophe && at + 1 < lineEnd && text[at + 1] == .apostrophe) {
            return (.bytes((start + 1)..<at), at + 1)
        }
        var bytes = Array(text[(start + 1)..<at])
        while at < lineEnd {
            let byte = text[at]
            if mark == .apostrophe && byte == .apostrophe {
                guard at + 1 < lineEnd, text[at + 1] == .apostrophe else { break }
                bytes.append(.apostrophe)
                at += 2
            } else if mark == .quote && byte == .quote {
                break
            } else if mark == .quote && byte == .backslash {
                guard at + 1 < lineEnd else { return nil }
                switch text[at + 1] {
                case .backslash, .quote, UInt8(ascii: "/"), .space: bytes.append(text[at + 1])
                case UInt8(ascii: "n"): bytes.append(.newline)
                case UInt8(ascii: "t"): bytes.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "u"):
                    guard at + 5 < lineEnd, let scalar = hexScalar(at + 2), scalar >= 0x20 else { return nil }
                    bytes.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
                    at += 4
                default: return nil
                }
                at += 2
            } else {
                bytes.append(byte)
                at += 1
            }
        }
        guard at < lineEnd else { return nil }
        return (.decoded(String(decoding: bytes, as: UTF8.self)), at + 1)
    }

    /// Four hex digits as a Unicode scalar that is not a surrogate.
    private func hexScalar(_ start: Int) -> UInt32? {
        var value: UInt32 = 0
        for at in start..<(start + 4) {
            let byte = text[at]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return Unicode.Scalar(value) == nil ? nil : value
    }

    /// A one-line `[a, "b c", d]` or `{ min: 1, max: { x: y } }` value.
    private mutating func flow(at start: Int) -> Bool {
        guard let end = flowCollection(at: start), restIsEmpty(from: end) else { return false }
        return true
    }

    /// A flow list or mapping closed on this line: the byte after it.
    private mutating func flowCollection(at start: Int) -> Int? {
        let isMapping = text[start] == UInt8(ascii: "{")
        let closing = isMapping ? UInt8(ascii: "}") : .closeBracket
        guard open(isMapping: isMapping, at: start, indent: -1, indentless: false) else { return nil }
        var at = skipSpaces(from: start + 1)
        if at < lineEnd && text[at] == closing {
            close()
            return at + 1
        }
        while true {
            if isMapping {
                // Keys are plain words; anything else goes to libyaml.
                guard at < lineEnd, !isIndicator(text[at]), let end = flowPlain(at: at), end < lineEnd, text[end] == .colon else { return nil }
                at = skipSpaces(from: end + 1)
            }
            guard let end = flowNode(at: at) else { return nil }
            at = skipSpaces(from: end)
            guard at < lineEnd else { return nil }
            if text[at] == closing {
                close()
                return at + 1
            }
            guard text[at] == .comma else { return nil }
            at = skipSpaces(from: at + 1)
            // A comma before the closing bracket goes to libyaml.
            guard at < lineEnd, text[at] != closing else { return nil }
        }
    }

    /// A value inside a flow collection: the byte after it.
    private mutating func flowNode(at start: Int) -> Int? {
        guard start < lineEnd else { return nil }
        switch text[start] {
        case .openBracket, UInt8(ascii: "{"):
            return flowCollection(at: start)
        case .quote, .apostrophe:
            guard let (scalar, end) = quoted(at: start) else { return nil }
            addScalar(scalar, at: location(of: start))
            return end
        default:
            guard !isIndicator(text[start]), let end = flowPlain(at: start), end == lineEnd || text[end] != .colon else { return nil }
            return end
        }
    }

    /// A plain word or words inside a flow collection, added to the tree: where it stops (at
    /// ',', ']', '}', ': ' or the end of the line). Characters whose meaning there differs
    /// between YAML versions go to libyaml.
    private mutating func flowPlain(at start: Int) -> Int? {
        var at = start
        var end = start
        while at < lineEnd {
            let byte = text[at]
            switch byte {
            case .comma, .closeBracket, UInt8(ascii: "}"):
                break
            case .colon:
                guard at + 1 < lineEnd, text[at + 1] == .space else { return nil }
            case .hash, .openBracket, UInt8(ascii: "{"), UInt8(ascii: "?"):
                return nil
            case .space:
                at += 1
                continue
            default:
                at += 1
                end = at
                continue
            }
            break
        }
        addScalar(start..<end, at: location(of: start), quoted: false)
        return at
    }

    /// A `|` or `|-` block: the lines below indented deeper than the collection it is in.
    private mutating func literal(at start: Int) -> Bool {
        var at = start + 1
        let strip = at < lineEnd && text[at] == .dash
        if strip { at += 1 }
        // '|+', '|2', '|#' and the like go to libyaml.
        guard at == lineEnd || text[at] == .space, restIsEmpty(from: at) else { return false }
        let place = location(of: start)
        let outer = frames[frames.count - 1].indent
        var bytes: [UInt8] = []
        var indent = 0
        var blanks = 0
        var hasContent = false
        var lastContentEnd = 0
        while next < text.count {
            let from = next
            let end = endOfLine(from: from)
            var content = from
            while content < end && text[content] == .space { content += 1 }
            let spaces = content - from
            // A less indented line ends the block; the main loop reads it.
            if content < end && hasContent && spaces < indent { break }
            if content == end {
                // A blank line: leading ones, or ones with spaces that would be text, go to libyaml.
                guard hasContent, spaces <= indent else { return false }
                blanks += 1
            } else {
                if hasContent {
                    bytes.append(.newline)
                    for _ in 0..<blanks { bytes.append(.newline) }
                } else {
                    guard spaces > outer else { return false }
                    indent = spaces
                }
                blanks = 0
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[(from + indent)..<end]))
                hasContent = true
                lastContentEnd = end
            }
            line += 1
            lineStart = from
            lineEnd = end
            next = end + 1
        }
        guard hasContent else { return false }
        // The last line's own newline, unless '|-' strips it or the file ends without one.
        if !strip && lastContentEnd < text.count { bytes.append(.newline) }
        addScalar(String(decoding: bytes, as: UTF8.self), at: place)
        return true
    }

    // MARK: - The tree

    /// A scalar whose text is these bytes of the file.
    private mutating func addScalar(_ bytes: Range<Int>, at place: SourceLocation, quoted: Bool) {
        var node = YAMLTree.Node(kind: .scalar, quoted: quoted, location: place, first: bytes.lowerBound, count: bytes.count)
        node.inSource = true
        builder.add(builder.append(node))
    }

    /// A quoted or block scalar whose text differs from its bytes.
    private mutating func addScalar(_ string: String, at place: SourceLocation) {
        builder.add(builder.append(.init(kind: .scalar, quoted: true, location: place, first: builder.appendDecoded(string), count: 0)))
    }

    private mutating func addScalar(_ scalar: Quoted, at place: SourceLocation) {
        switch scalar {
        case .bytes(let bytes): addScalar(bytes, at: place, quoted: true)
        case .decoded(let string): addScalar(string, at: place)
        }
    }

    private mutating func open(isMapping: Bool, at start: Int, indent: Int, indentless: Bool) -> Bool {
        // libyaml's path reports the depth limit.
        guard builder.depth < TreeBuilder.maximumDepth else { return false }
        builder.open(isMapping ? .mapping : .sequence, at: location(of: start))
        frames.append(Frame(indent: indent, isMapping: isMapping, isIndentless: indentless))
        return true
    }

    private mutating func close() {
        frames.removeLast()
        builder.add(builder.close())
    }

    // MARK: - Characters

    /// A character that cannot start a plain value here, or that this reader leaves to libyaml.
    private func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case .dash, UInt8(ascii: "?"), .colon, .comma, .openBracket, .closeBracket, UInt8(ascii: "{"), UInt8(ascii: "}"),
             .hash, UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), .pipe, UInt8(ascii: ">"), .apostrophe, .quote,
             UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }

    /// The lines and commas of a text of valid UTF-8 and characters libyaml reads as ordinary
    /// text, with '\n' the only line break and no tabs; nil for anything else, which is left to
    /// libyaml to accept or report.
    static func measure(_ text: UnsafeBufferPointer<UInt8>) -> (lines: Int, commas: Int)? {
        var at = 0
        var lines = 1
        var commas = 0
        let count = text.count
        guard let base = text.baseAddress.map(UnsafeRawPointer.init) else { return (lines, commas) }
        while at < count {
            // Eight ASCII bytes at a time: the usual case.
            if at + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: at, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    let newlines = zeroBytes(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                    // Below 0x20 exactly when bits 5 and 6 are clear.
                    let controls = zeroBytes(word & 0x6060_6060_6060_6060)
                    guard controls & ~newlines == 0, zeroBytes(word ^ 0x7F7F_7F7F_7F7F_7F7F) == 0 else { return nil }
                    lines += countMarks(newlines)
                    commas += countMarks(zeroBytes(word ^ 0x2C2C_2C2C_2C2C_2C2C))
                    at += 8
                    continue
                }
            }
            let byte = text[at]
            if byte < 0x80 {
                if byte == .newline {
                    lines += 1
                } else if byte == .comma {
                    commas += 1
                } else if byte < 0x20 || byte == 0x7F {
                    return nil
                }
                at += 1
                continue
            }
            var scalar: UInt32
            var length: Int
            switch byte {
            case 0xC2...0xDF: scalar = UInt32(byte & 0x1F); length = 2
            case 0xE0...0xEF: scalar = UInt32(byte & 0x0F); length = 3
            case 0xF0...0xF4: scalar = UInt32(byte & 0x07); length = 4
            default: return nil
            }
            guard at + length <= count else { return nil }
            for offset in 1..<length {
                let continuation = text[at + offset]
                guard continuation & 0xC0 == 0x80 else { return nil }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            // Overlong forms, surrogates, and characters libyaml treats as breaks or refuses.
            let shortest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            guard scalar >= shortest, scalar <= 0x10FFFF else { return nil }
            switch scalar {
            case 0xA0...0xD7FF where scalar != 0x2028 && scalar != 0x2029,
                 0xE000...0xFFFD where scalar != 0xFEFF,
                 0x10000...0x10FFFF:
                at += length
            default:
                return nil
            }
        }
        return (lines, commas)
    }

    /// 0x80 in each byte of `word` that is zero, and 0 in the others (exact, with no carries
    /// between bytes).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word) & 0x8080_8080_8080_8080
    }

    /// How many bytes of a `zeroBytes` result are marked (a multiply, not a popcount, which
    /// baseline x86-64 lacks).
    @inline(__always)
    private static func countMarks(_ marks: UInt64) -> Int {
        Int(truncatingIfNeeded: ((marks >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }
}

private extension UInt8 {
    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let hash = UInt8(ascii: "#")
    static let colon = UInt8(ascii: ":")
    static let dash = UInt8(ascii: "-")
    static let comma = UInt8(ascii: ",")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let backslash = UInt8(ascii: "\\")
    static let pipe = UInt8(ascii: "|")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
}
