/// Reading-ease formulas for dialog texts: Flesch-Kincaid grade (English) and
/// Fernández-Huerta ease (Spanish). Both are rough, and both are what plain-language
/// guidelines cite; `intake check` uses them to flag texts that read hard.
package enum Readability {
    /// Counts of one text.
    package struct Counts: Sendable, Equatable {
        package var sentences: Int
        package var words: Int
        package var syllables: Int

        mutating func add(_ other: Counts) {
            sentences += other.sentences
            words += other.words
            syllables += other.syllables
        }
    }

    /// Flesch-Kincaid grade level: 0.39 words/sentence + 11.8 syllables/word - 15.59.
    package static func fleschKincaidGrade(_ text: String) -> Double? {
        let c = counts(text, syllables: englishSyllables as ([Unicode.Scalar]) -> Int)
        guard c.words > 0 else { return nil }
        return fleschKincaidGrade(c)
    }

    package static func fleschKincaidGrade(_ c: Counts) -> Double {
        0.39 * Double(c.words) / Double(max(c.sentences, 1)) + 11.8 * Double(c.syllables) / Double(max(c.words, 1)) - 15.59
    }

    /// Fernández-Huerta reading ease: 206.84 - 0.60 P - 1.02 F, with P the syllables per 100
    /// words and F the words per sentence. 80 to 90 is "bastante fácil", 90 and up "muy fácil".
    // NB: many copies of the formula define F as sentences per 100 words, which makes shorter
    // sentences score harder. The form here follows Flesch's, which the formula adapts
    // (G. Law, "Error in the Fernandez Huerta Readability Formula", LINGUIST List 22.2332, 2011).
    package static func fernandezHuerta(_ text: String) -> Double? {
        let c = counts(text, syllables: spanishSyllables as ([Unicode.Scalar]) -> Int)
        guard c.words > 0 else { return nil }
        return fernandezHuerta(c)
    }

    package static func fernandezHuerta(_ c: Counts) -> Double {
        let p = 100 * Double(c.syllables) / Double(c.words)
        let f = Double(c.words) / Double(c.sentences)
        return 206.84 - 0.60 * p - 1.02 * f
    }

    /// Sentences end at . ! ? : and at the end of a list item or paragraph; a number such as
    /// 1203.4 or a form such as CR-180 is one word of one syllable.
    package static func counts(_ text: String, syllables: (String) -> Int) -> Counts {
        counts(text) { word in syllables(String(String.UnicodeScalarView(word))) }
    }

    /// The same, with `syllables` counting a word's Unicode scalars.
    static func counts(_ text: String, syllables: ([Unicode.Scalar]) -> Int) -> Counts {
        let scalars = Array(text.unicodeScalars)
        var sentences = 0
        var words = 0
        var syllableCount = 0
        var inSentence = false
        var lineStart = 0
        while lineStart <= scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            var i = lineStart
            while i < lineEnd {
                while i < lineEnd, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
                if i == lineEnd { break }
                let rawStart = i
                while i < lineEnd, scalars[i] != " ", scalars[i] != "\t" { i += 1 }
                let ends = Self.endsSentence(scalars[i - 1])
                var start = rawStart
                var end = i
                while start < end, !isLetterOrNumber(scalars[start]) { start += 1 }
                while end > start, !isLetterOrNumber(scalars[end - 1]) { end -= 1 }
                if start == end {
                    if ends, inSentence {
                        sentences += 1
                        inSentence = false
                    }
                    continue
                }
                words += 1
                inSentence = true
                let token = scalars[start..<end]
                if token.contains(where: isNumber) || token.allSatisfy({ isUppercase($0) || $0 == "-" || isNumber($0) }) && token.count > 1 {
                    syllableCount += 1
                } else {
                    syllableCount += max(1, syllables(lowercased(token)))
                }
                if ends {
                    sentences += 1
                    inSentence = false
                }
            }
            // A line that ends without punctuation (a list item, a heading) ends its sentence
            // when the next line starts a new item or paragraph.
            if inSentence,
                lineEnd == lineStart
                    || {
                        let last = scalars[lineEnd - 1]
                        return !isLetterOrNumber(last) && last != ","
                    }()
            {
                sentences += 1
                inSentence = false
            }
            lineStart = lineEnd + 1
        }
        if inSentence { sentences += 1 }
        return Counts(sentences: max(sentences, 1), words: words, syllables: syllableCount)
    }

    static func endsSentence(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "!" || c == "?" || c == ":" || c == ";"
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") : c.properties.isAlphabetic
    }

    static func isNumber(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c >= "0" && c <= "9" : c.properties.numericType != nil
    }

    static func isLetterOrNumber(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isNumber(c) }

    static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c >= "A" && c <= "Z" : c.properties.isUppercase
    }

    static func lowercased(_ word: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(word.count)
        for c in word {
            if c.isASCII {
                result.append(c >= "A" && c <= "Z" ? Unicode.Scalar(c.value + 32)! : c)
            } else {
                result.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return result
    }

    static func isEnglishVowel(_ c: Unicode.Scalar) -> Bool {
        c == "a" || c == "e" || c == "i" || c == "o" || c == "u" || c == "y"
    }

    package static func englishSyllables(_ word: String) -> Int {
        englishSyllables(Array(word.unicodeScalars))
    }

    static func englishSyllables(_ word: [Unicode.Scalar]) -> Int {
        let letters = word.allSatisfy(isLetter) ? word : word.filter(isLetter)
        guard !letters.isEmpty else { return 0 }
        var count = 0
        var previousVowel = false
        for letter in letters {
            let vowel = isEnglishVowel(letter)
            if vowel && !previousVowel { count += 1 }
            previousVowel = vowel
        }
        let n = letters.count
        if n > 2, letters[n - 1] == "e", !isEnglishVowel(letters[n - 2]), !(letters[n - 2] == "l" && !isEnglishVowel(letters[n - 3])) {
            count -= 1
        } else if n > 3, letters[n - 2] == "e", letters[n - 1] == "d" || letters[n - 1] == "s",
            !"tdsxzcg".unicodeScalars.contains(letters[n - 3]), !isEnglishVowel(letters[n - 3])
        {
            count -= 1
        }
        return max(1, count)
    }

    package static func spanishSyllables(_ word: String) -> Int {
        spanishSyllables(Array(word.unicodeScalars))
    }

    /// Counts vowel groups; a group with strong vowels (a, e, o, or an accented vowel) counts
    /// one syllable per strong vowel, a group of weak ones (i, u, ü) one.
    static func spanishSyllables(_ word: [Unicode.Scalar]) -> Int {
        var count = 0
        var group = 0
        var groupStrong = 0
        for c in word {
            let strong: Bool
            switch c {
            case "a", "e", "o", "á", "é", "ó", "í", "ú": strong = true
            default: strong = false
            }
            if strong || c == "i" || c == "u" || c == "ü" {
                group += 1
                if strong { groupStrong += 1 }
            } else if group > 0 {
                count += max(1, groupStrong)
                group = 0
                groupStrong = 0
            }
        }
        if group > 0 { count += max(1, groupStrong) }
        return max(1, count)
    }
}
