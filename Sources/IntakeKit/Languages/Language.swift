/// Everything the engine knows of one language, as data: what it says (`phrases`), the words
/// people answer with (`vocabulary`), the words of its commands, the names a visitor types to
/// switch to it, and how `intake check` grades its reading level. The engine's code never
/// names a language; a dialog in a new language needs one more value of this type (see
/// `Languages`), nothing else.
package struct Language: Sendable {
    /// The code a dialog's `languages:` uses ("en").
    package var code: String
    package var phrases: Phrases
    package var vocabulary: Vocabulary
    /// The words of each command, folded (see `Words.normalize`).
    package var commands: [Command: [String]]
    /// Folded words that name this language: typed at any question they switch to it, and at
    /// the start they pick it ("english", "ingles").
    package var names: [String]
    /// More words that pick this language at the start only, where a one-letter answer is
    /// safe ("e", "s"); its code counts too.
    package var offerNames: [String]
    /// How `intake check` grades a text's reading level; nil: it does not.
    package var readingLevel: ReadingLevel?

    package init(
        code: String, phrases: Phrases, vocabulary: Vocabulary, commands: [Command: [String]], names: [String], offerNames: [String],
        readingLevel: ReadingLevel?
    ) {
        self.code = code
        self.phrases = phrases
        self.vocabulary = vocabulary
        self.commands = commands
        self.names = names
        self.offerNames = offerNames
        self.readingLevel = readingLevel
    }

    /// A reading-level formula and the level a dialog text should meet.
    package enum ReadingLevel: Sendable {
        /// Flesch-Kincaid grade with English syllables: each text at most `grade`, all of the
        /// language's texts together at most `averageGrade`.
        case fleschKincaid(grade: Double, averageGrade: Double)
        /// Fernández-Huerta ease with Spanish syllables: each text at least `ease`.
        case fernandezHuerta(ease: Double)
    }
}

/// The languages an engine knows, by code. `builtIn` has English and Spanish; a program or a
/// test can pass others.
package struct Languages: Sendable {
    package var all: [Language]

    package init(_ all: [Language]) {
        self.all = all
    }

    package static let builtIn = Languages([.english, .spanish])

    /// The table for `code`, if the engine has one.
    package func table(_ code: String) -> Language? {
        all.first { $0.code == code }
    }

    /// The language with `code`; for a code the engine has no table for, the first it has
    /// (English), so the engine's own words are at least readable.
    package func named(_ code: String) -> Language {
        table(code) ?? all.first ?? .english
    }

    /// The words of several languages together: people mix them ("sí" in English, "yes" in
    /// Spanish), so an answer is read with the words of every language a dialog offers.
    package func vocabulary(for codes: [String]) -> Vocabulary {
        Vocabulary(merging: codes.map { named($0).vocabulary })
    }

    /// The words of each command in every language of `codes`.
    package func commands(for codes: [String]) -> [String: Command] {
        var map: [String: Command] = [:]
        for code in codes {
            for (command, words) in named(code).commands.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                for word in words where map[word] == nil { map[word] = command }
            }
        }
        return map
    }
}
