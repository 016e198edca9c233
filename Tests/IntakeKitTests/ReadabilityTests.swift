import Testing

@testable import IntakeKit

/// The counts behind the reading-level warnings, on texts whose counts are easy to check by hand.
struct ReadabilityTests {
    @Test(
        arguments: [
            // sentences, words, syllables (English rules)
            ("The cat sat.", 1, 3, 3),
            ("Were you arrested? Were charges filed?", 2, 6, 9),
            ("You may qualify under PC 1203.4 and form CR-180.", 1, 9, 12),
            ("- a list item\n- another item", 1, 5, 9),
            ("Hello,\nworld", 1, 2, 3),
            ("Ask the court clerk: they can help.", 2, 7, 7),
            ("Stored, timed and liked.", 1, 4, 4),
        ] as [(String, Int, Int, Int)])
    func englishCounts(_ text: String, _ sentences: Int, _ words: Int, _ syllables: Int) {
        let counts = Readability.counts(text, syllables: Readability.englishSyllables as (String) -> Int)
        #expect([counts.sentences, counts.words, counts.syllables] == [sentences, words, syllables], "\(text)")
    }

    @Test(
        arguments: [
            ("la", 1), ("casa", 2), ("ciudad", 2), ("país", 2), ("récord", 2), ("desestimación", 5), ("cuidado", 3),
        ] as [(String, Int)])
    func spanishSyllables(_ word: String, _ syllables: Int) {
        #expect(Readability.spanishSyllables(word) == syllables, "\(word)")
    }

    /// ASCII texts are read byte by byte in place; every text of the California dialog gets the
    /// same counts that way as from its list of Unicode scalars.
    @Test func formulas() throws {
        // 1 sentence, 3 words, 3 syllables: 0.39 * 3 + 11.8 * 1 - 15.59.
        let grade = try #require(Readability.fleschKincaidGrade("The cat sat."))
        #expect(abs(grade - (0.39 * 3 + 11.8 - 15.59)) < 1e-9)
        // "Su caso terminó." 1 sentence, 3 words, 6 syllables: 206.84 - 0.60 * 200 - 1.02 * 3.
        let ease = try #require(Readability.fernandezHuerta("Su caso terminó."))
        #expect(abs(ease - (206.84 - 0.60 * 200 - 1.02 * 3)) < 1e-9)
        #expect(Readability.fleschKincaidGrade("...") == nil)
    }
}
