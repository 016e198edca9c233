/// The languages an engine knows, by code. `builtIn` has English and Spanish; a program or a
/// test can pass others.
package struct Languages: Sendable {
    package let all: [Language]
    /// The words of all of them together: people mix languages ("sí" in English, "yes" in
    /// Spanish), so an answer is read with the words of every language the engine knows.
    package let vocabulary: Vocabulary
    /// Each command's words, in every language the engine knows (the first language listed wins
    /// a word two of them share).
    package let commands: [String: Command]

    package init(_ all: [Language]) {
        self.all = all
        vocabulary = Vocabulary(merging: all.map(\.vocabulary))
        var commands: [String: Command] = [:]
        for language in all {
            for (command, words) in language.commands.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                for word in words where commands[word] == nil { commands[word] = command }
            }
        }
        self.commands = commands
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
}
