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

    /// Whether the answer holds one of the ways to say "I don't know". The phrases are looked
    /// up by their first word, so most answers cost one look-up per word.
    static func saysUnknown(_ tokens: [String]) -> Bool {
        tokens.indices.contains { start in
            unknownByFirstWord[tokens[start]]?.contains { phrase in
                tokens.count - start >= phrase.count && tokens[start..<(start + phrase.count)].elementsEqual(phrase)
            } ?? false
        }
    }

    static let unknownByFirstWord: [String: [[String]]] = Dictionary(grouping: unknown) { $0[0] }

    // MARK: - Word lists (English and Spanish, folded)

    static let yes: Set<String> = [
        "y", "yes", "yeah", "yea", "yep", "yup", "ya", "sure", "correct", "right", "true", "ok", "okay",
        "affirmative", "definitely", "absolutely", "indeed",
        "si", "claro", "cierto", "correcto", "afirmativo", "sip", "seguro", "efectivamente", "exacto",
    ]

    static let no: Set<String> = [
        "n", "no", "nope", "nah", "nay", "never", "not", "negative", "wasnt", "werent", "didnt", "dont",
        "havent", "hasnt", "isnt", "arent", "wrong", "false",
        "nunca", "jamas", "nel", "negativo", "tampoco",
    ]

    /// Words that mean yes or no wherever they stand, folded to "yes" and "no" when matching
    /// choices, so "yeah" picks "Yes, ..." and "nope" picks "No, ...". (Not "y" or "ya", which
    /// are words in Spanish, and not "n": those count only as a whole answer.)
    static let canonical: [String: String] = {
        var map: [String: String] = [:]
        for word in ["yes", "yeah", "yea", "yep", "yup", "sure", "si", "claro", "sip", "correct", "correcto"] { map[word] = "yes" }
        for word in ["no", "nope", "nah", "not", "never", "nunca", "negative"] { map[word] = "no" }
        return map
    }()

    static func canonicalize(_ tokens: [String]) -> [String] {
        if tokens == ["y"] { return ["yes"] }
        if tokens == ["n"] { return ["no"] }
        return tokens.map { canonical[$0] ?? $0 }
    }

    static let unknown: [[String]] = [
        ["i", "dont", "know"], ["dont", "know"], ["do", "not", "know"], ["idk"], ["not", "sure"], ["unsure"],
        ["no", "idea"], ["dunno"], ["dont", "remember"], ["do", "not", "remember"], ["cant", "remember"],
        ["cannot", "remember"], ["i", "forget"], ["i", "forgot"], ["not", "certain"], ["unknown"],
        ["no", "se"], ["no", "lo", "se"], ["no", "estoy", "seguro"], ["no", "estoy", "segura"], ["ni", "idea"],
        ["no", "me", "acuerdo"], ["no", "recuerdo"], ["quien", "sabe"], ["no", "tengo", "idea"], ["nose"],
        ["no", "sabria"], ["desconozco"],
    ]

    /// Words that carry no answer on their own.
    static let filler: Set<String> = [
        "i", "im", "a", "an", "the", "was", "were", "is", "it", "its", "to", "of", "in", "on", "at", "for", "and",
        "or", "my", "me", "he", "she", "they", "we", "you", "be", "been", "had", "have", "has", "did", "do", "got",
        "get", "that", "this", "with", "by", "so", "just", "think", "guess", "um", "uh", "well", "like", "please",
        "answer", "number", "option", "choice", "one", "thats", "about", "years", "year", "old", "age", "yrs", "yo",
        "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "en", "al", "y", "o", "mi", "mis",
        "fue", "fui", "era", "es", "que", "lo", "le", "se", "con", "por", "para", "su", "sus", "yo", "creo", "pues",
        "bueno", "numero", "opcion", "respuesta", "anos", "ano", "edad", "tenia", "tengo",
    ]

    // MARK: - Numbers written as words

    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "cero": 0, "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
        "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
        "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
        "veintiuno": 21, "veintiun": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
        "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
    ]

    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
        "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
        "noventa": 90,
    ]

    static let hundreds: Set<String> = ["hundred", "cien", "ciento"]

    /// Every number in the text, written with digits or words ("sixteen", "twenty one",
    /// "treinta y dos", "dieciséis").
    static func numbers(in tokens: [String]) -> [Int] {
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
            if let ten = tens[token] {
                if let c = current, c % 100 == 0, c >= 100 {
                    current = c + ten
                } else {
                    flush()
                    current = ten
                }
                currentHasUnits = false
            } else if let unit = units[token] {
                if let c = current, !currentHasUnits, c % 10 == 0, c > 0, c % 100 != 0 || unit > 0 {
                    current = c + unit
                } else {
                    flush()
                    current = unit
                }
                currentHasUnits = true
            } else if hundreds.contains(token) {
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
