/// Folding and tokenizing of what people type, the same way every time.
enum Words {
    /// Lowercased, accents removed (so "atrás" and "atras" match), apostrophes dropped
    /// ("don't" → "dont"), every other non-letter, non-digit a space, spaces collapsed.
    static func normalize(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            // Plain ASCII, most of what people type, without looking up Unicode properties.
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    if pendingSpace, !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.unicodeScalars.append(scalar)
                } else if byte != 0x27, byte != 0x60 {  // ' and ` are dropped: "don't" is "dont"
                    pendingSpace = true
                }
                continue
            }
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar == "'" || scalar == "’" || scalar == "`" { continue }
            let folded = fold(scalar)
            if folded.properties.isAlphabetic || folded.properties.numericType == .decimal {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(folded)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    static func tokens(_ text: String) -> [String] {
        split(normalize(text))
    }

    /// The words of folded text (see `normalize`), which has single spaces between words.
    static func split(_ normalized: String) -> [String] {
        normalized.isEmpty ? [] : normalized.fastSplit(0x20).map(String.init)
    }

    /// Latin letters with accents to the plain letter.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "à", "á", "â", "ã", "ä", "å": return "a"
        case "è", "é", "ê", "ë": return "e"
        case "ì", "í", "î", "ï": return "i"
        case "ò", "ó", "ô", "õ", "ö": return "o"
        case "ù", "ú", "û", "ü": return "u"
        case "ñ": return "n"
        case "ç": return "c"
        case "ý", "ÿ": return "y"
        default: return scalar
        }
    }

    /// Whether `phrase` (tokens) appears as a run in `tokens`.
    static func contains(_ tokens: [String], phrase: [String]) -> Bool {
        firstIndex(of: phrase, in: tokens) != nil
    }

    /// Where `phrase` (tokens) first appears as a run in `tokens`.
    static func firstIndex(of phrase: [String], in tokens: [String]) -> Int? {
        guard !phrase.isEmpty, phrase.count <= tokens.count else { return nil }
        for start in 0...(tokens.count - phrase.count) where tokens[start] == phrase[0] {
            var same = true
            for offset in 1..<phrase.count where tokens[start + offset] != phrase[offset] {
                same = false
                break
            }
            if same { return start }
        }
        return nil
    }

    /// Where the answer says "I don't know", in one of the ways listed, if it does.
    static func unknownRun(in tokens: [String], _ words: Vocabulary) -> Range<Int>? {
        for run in words.unknown {
            if let start = firstIndex(of: run, in: tokens) { return start..<(start + run.count) }
        }
        return nil
    }

    /// The words of `text` in clauses: a comma, a period, a semicolon and the like end one
    /// ("no, I finished" is two). A period or comma between digits ("1203.4") does not, and the
    /// periods of a two-letter abbreviation ("U.S.", "L.A.") join its letters into one word.
    static func clauses(_ text: String) -> [[String]] {
        var clauses: [[String]] = []
        var current = ""
        let scalars = Array(text.unicodeScalars)
        let abbreviationDots = abbreviationDots(scalars)
        for (index, scalar) in scalars.enumerated() {
            if abbreviationDots.contains(index) { continue }
            if ",.;:!?()[]\n¡¿".unicodeScalars.contains(scalar) {
                let betweenDigits =
                    (scalar == "." || scalar == ",") && index > 0 && index + 1 < scalars.count
                    && scalars[index - 1].properties.numericType == .decimal && scalars[index + 1].properties.numericType == .decimal
                if betweenDigits {
                    current.append(" ")
                    continue
                }
                clauses.append(tokens(current))
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        clauses.append(tokens(current))
        return clauses.filter { !$0.isEmpty }
    }

    /// Where the periods of "U.S."-like abbreviations are: a lone letter, a period, a lone letter,
    /// and maybe a period.
    static func abbreviationDots(_ s: [Unicode.Scalar]) -> Set<Int> {
        func letter(_ i: Int) -> Bool { i >= 0 && i < s.count && s[i].properties.isAlphabetic }
        var dots: Set<Int> = []
        var i = 0
        while i + 2 < s.count {
            if letter(i), !letter(i - 1), s[i + 1] == ".", letter(i + 2), !letter(i + 3) {
                dots.insert(i + 1)
                if i + 3 < s.count, s[i + 3] == ".", !letter(i + 4) { dots.insert(i + 3) }
                i += 3
            } else {
                i += 1
            }
        }
        return dots
    }

    /// A word without its plural or past ending, so "charges", "charge" and "charged" match,
    /// and "violaciones" matches "violación". Used on both sides of a match, so it need not be
    /// a real word.
    static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count >= 4, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        if w.last == 0x73, w[w.count - 2] != 0x73 { w.removeLast() }  // -s
        if w.count >= 5, w.suffix(2).elementsEqual("ed".utf8) {
            w.removeLast(2)
        } else if w.count >= 7, w.suffix(3).elementsEqual("ing".utf8) {
            w.removeLast(3)
        }
        if w.count >= 4, w.last == 0x65 { w.removeLast() }  // -e
        return String(decoding: w, as: UTF8.self)
    }

    /// "yesss" → "yes", "noo" → "no", "sii" → "si".
    static func squeezingRepeats(_ word: String) -> String {
        var out = ""
        for character in word where character != out.last { out.append(character) }
        return out
    }

    /// "16" → 16, "16yo" → 16; nil for a token that does not start with a digit.
    static func leadingDigits(_ token: String) -> Int? {
        var value = 0
        var count = 0
        for byte in token.utf8 {
            guard byte >= 0x30 && byte <= 0x39 else { break }
            count += 1
            // Past 18 digits, Int cannot hold it; it is out of any range all the same.
            if count > 18 { return Int.max }
            value = value * 10 + Int(byte - 0x30)
        }
        return count == 0 ? nil : value
    }
}
