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
