/// Text helpers for what reaches a screen: safe echo of typed text, display width, wrapping.
package enum ScreenText {
    /// What a person typed, made safe to show: escape sequences, control characters and
    /// stray bidirectional overrides removed, tabs turned into spaces, ends trimmed.
    package static func sanitize(_ input: String, trim: Bool = true) -> String {
        // Most lines are printable ASCII: nothing to drop.
        if input.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return trim ? input.trimmingSpaces() : input }
        var out = String.UnicodeScalarView()
        var scalars = Array(input.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            switch c.value {
            case 0x1B:
                // ESC: drop the whole sequence. CSI (ESC [) runs to a final byte 0x40...0x7E;
                // OSC (ESC ]) to BEL or ESC \; anything else is ESC plus one character.
                guard let kind = scalars.popFirst() else { break }
                if kind == "[" {
                    while let p = scalars.popFirst(), !(0x40...0x7E).contains(p.value) {}
                } else if kind == "]" || kind == "P" || kind == "_" || kind == "^" {
                    while let p = scalars.popFirst() {
                        if p.value == 0x07 { break }
                        if p.value == 0x1B {
                            _ = scalars.popFirst()
                            break
                        }
                    }
                }
            case 0x09:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                continue  // direction overrides can make shown text lie about what was typed
            default:
                out.append(c)
            }
        }
        return trim ? String(out).trimmingSpaces() : String(out)
    }

    /// Columns a scalar takes on a terminal: 0 for combining marks, 2 for wide East Asian
    /// characters and emoji, 1 otherwise. Our own table, so output does not depend on the locale.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // NB: most text is Latin; looking up the general category is the slow part.
        if v < 0x300 { return v < 0x20 || (0x7F..<0xA0).contains(v) ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if v == 0x200B { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
        {
            return 2
        }
        return 1
    }

    /// Columns a string takes on a terminal.
    package static func width(_ text: some StringProtocol) -> Int {
        var ascii = 0
        var allASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 || byte < 0x20 || byte == 0x7F {
                allASCII = false
                break
            }
            ascii += 1
        }
        if allASCII { return ascii }
        return text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// Wraps one paragraph to `width` columns. The first line starts with `first`, the rest with
    /// `rest` (for hanging indents). A word longer than a line is broken between characters.
    package static func wrap(_ paragraph: String, width: Int, first: String = "", rest: String = "") -> [String] {
        var lines: [String] = []
        var line = first
        let firstWidth = ScreenText.width(first)
        let restWidth = ScreenText.width(rest)
        var lineWidth = firstWidth
        var lineHasWord = false
        let limit = max(width, firstWidth + 1, restWidth + 1)
        for word in paragraph.fastSplit(0x20) where !word.isEmpty {
            let wordWidth = ScreenText.width(word)
            if lineHasWord, lineWidth + 1 + wordWidth > limit {
                lines.append(line)
                line = rest
                lineWidth = restWidth
                lineHasWord = false
            }
            if lineHasWord {
                line += " "
                lineWidth += 1
            }
            if lineWidth + wordWidth <= limit {
                line += word
                lineWidth += wordWidth
            } else {
                // Too long for any line: break it by character.
                for character in word {
                    let w = ScreenText.width(String(character))
                    if lineWidth + w > limit, lineWidth > restWidth {
                        lines.append(line)
                        line = rest
                        lineWidth = restWidth
                    }
                    line.append(character)
                    lineWidth += w
                }
            }
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }
}

extension StringProtocol {
    /// Splits at an ASCII byte (a space, a newline), by UTF-8 code unit: no grapheme breaking,
    /// which is what makes `split(separator:)` slow on long texts. Keeps empty pieces.
    func fastSplit(_ byte: UInt8) -> [Substring] {
        let whole = Substring(self)
        var pieces: [Substring] = []
        var start = whole.utf8.startIndex
        var index = start
        let end = whole.utf8.endIndex
        while index != end {
            if whole.utf8[index] == byte {
                pieces.append(whole[start..<index])
                start = whole.utf8.index(after: index)
            }
            index = whole.utf8.index(after: index)
        }
        pieces.append(whole[start..<end])
        return pieces
    }

    /// Without spaces and tabs at the end, by UTF-8 code unit.
    func droppingTrailingSpaces() -> Substring {
        let whole = Substring(self)
        var end = whole.utf8.endIndex
        while end != whole.utf8.startIndex {
            let before = whole.utf8.index(before: end)
            let byte = whole.utf8[before]
            guard byte == 0x20 || byte == 0x09 else { break }
            end = before
        }
        return whole[whole.startIndex..<end]
    }
}
