import IntakeKit
import Testing

/// Bad input never crashes: random bytes as dialog files, random lines as answers. Seeded, so a
/// failure repeats.
@Suite struct RobustnessTests {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "id: x\n", "start: a\n", "nodes:\n", "  a:\n", "    ask: Q?\n", "    say: S.\n", "    outcome: O.\n",
        "    answer: yes_no\n", "    answer: { number: { min: 1, max: 9 } }\n", "    next: a\n", "    next:\n",
        "      - if: a < 3\n", "        goto: b\n", "      - goto: a\n", "  b:\n", "    help: H.\n", "languages: [en, es]\n",
        "    unknown: true\n", "    forget: true\n", "    keep: [a]\n", "{", "}", "[", "]", ":", "- ", "\"", "'", "&x ", "*x ",
        "\t", "\u{0}", "é", "日本", "\u{1B}[31m", "    answer:\n      choice:\n        - { id: c, label: C }\n", "#",
    ]

    @Test func randomDialogFilesNeverCrash() {
        var random = SplitMix(state: 7)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...14, using: &random) {
                text += Self.pieces.randomElement(using: &random)!
            }
            let result = DialogLoader.load(text: text, file: "fuzz.yaml")
            // Either a dialog that runs, or at least one located message; never both missing.
            #expect(result.dialog != nil || !result.diagnostics.isEmpty)
            if let dialog = result.dialog {
                var conversation = Conversation(dialog: dialog)
                _ = conversation.start()
                for line in ["1", "yes", "back", "review", "1", "", "quit", "no", "5"] { _ = conversation.handle(line) }
                _ = PathExplorer(dialog: dialog).explore(rowLimit: 100)
            }
        }
    }

    @Test func randomBytesNeverCrash() {
        var random = SplitMix(state: 11)
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            let result = DialogLoader.load(bytes: bytes, file: "bytes.yaml")
            #expect(result.dialog != nil || !result.diagnostics.isEmpty)
        }
    }

    @Test func randomAnswersNeverCrashTheCaliforniaDialog() throws {
        let dialog = try Repository.dialog(try Repository.text("Dialogs/california.yaml"), file: "Dialogs/california.yaml")
        var random = SplitMix(state: 13)
        let words = [
            "1", "2", "3", "4", "5", "6", "yes", "no", "sí", "no sé", "back", "atrás", "review", "revisar", "",
            "help", "?", "start over", "quit", "no", "español", "english", "/back", "17", "0", "999999999999999999999",
            "\u{1B}[2J", "\u{0}", "日本語", "🙂", String(repeating: "x", count: 2000), "   ", "probaton", "none",
        ]
        for _ in 0..<300 {
            var conversation = Conversation(dialog: dialog, language: Bool.random(using: &random) ? nil : "es")
            _ = conversation.start()
            for _ in 0..<80 where !conversation.isFinished {
                _ = conversation.handle(words.randomElement(using: &random)!)
            }
            _ = conversation.endOfInput()
        }
    }
}
