/// Folding and tokenizing of what people type, the same way every time.
enum Words {
    /// Lowercased, accents removed (so "atrás" and "atras" match), apostrophes dropped
    /// ("don't" → "dont"), every other non-letter, non-digit a space, spaces collapsed.
    static func normalize(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
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
        guard !phrase.isEmpty, phrase.count <= tokens.count else { return false }
        for start in 0...(tokens.count - phrase.count) where tokens[start..<(start + phrase.count)].elementsEqual(phrase) {
            return true
        }
        return false
    }

    /// Whether the answer holds one of the ways to say "I don't know".
    static func saysUnknown(_ tokens: [String], _ words: Vocabulary) -> Bool {
        tokens.indices.contains { start in
            words.unknown.contains { phrase in
                tokens.count - start >= phrase.count && tokens[start..<(start + phrase.count)].elementsEqual(phrase)
            }
        }
    }

    /// Words that mean yes or no folded to "yes" and "no", for matching choices ("yeah" picks
    /// "Yes, ..."). A lone "y" or "n" counts too, but not inside a longer answer, where they
    /// are words of Spanish.
    static func canonicalize(_ tokens: [String], _ words: Vocabulary) -> [String] {
        if tokens == ["y"] { return ["yes"] }
        if tokens == ["n"] { return ["no"] }
        return tokens.map { words.sameAsYes.contains($0) ? "yes" : words.sameAsNo.contains($0) ? "no" : $0 }
    }

    // MARK: - Numbers written as words

    /// Every number in the text, written with digits or words ("sixteen", "twenty one",
    /// "treinta y dos", "dieciséis").
    static func numbers(in tokens: [String], _ words: Vocabulary) -> [Int] {
        var found: [Int] = []
        var current: Int?
        var currentHasUnits = false
        var joiner = false
        func flush() {
            if let value = current { found.append(value) }
            current = nil
            currentHasUnits = false
        }
        for token in tokens {
            if let digits = leadingDigits(token) {
                flush()
                found.append(digits)
                joiner = false
                continue
            }
            if let ten = words.tens[token] {
                if let c = current, c % 100 == 0, c >= 100 {
                    current = c + ten
                } else {
                    flush()
                    current = ten
                }
                currentHasUnits = false
            } else if let unit = words.units[token] {
                if let c = current, !currentHasUnits, c % 10 == 0, c > 0, c % 100 != 0 || unit > 0 {
                    current = c + unit
                } else {
                    flush()
                    current = unit
                }
                currentHasUnits = true
            } else if words.hundreds.contains(token) {
                current = (current ?? 1) * 100
                currentHasUnits = false
            } else if token == "and" || token == "y", current != nil {
                joiner = true
                continue
            } else {
                flush()
            }
            joiner = false
        }
        _ = joiner
        flush()
        return found
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
