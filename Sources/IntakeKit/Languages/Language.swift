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
