import Foundation
import IntakeKit
import Testing

/// Every transcript under Transcripts/ replays, one test per file; and replay can fail.
@Suite struct TranscriptTests {
    static let transcripts = Repository.files(under: "Transcripts", suffix: ".txt")

    @Test func thereAreTranscripts() {
        #expect(!Self.transcripts.isEmpty)
    }

    @Test(arguments: transcripts)
    func replays(_ path: String) throws {
        var runner = Repository.runner()
        let (_, _, result) = try runner.replay(path)
        #expect(result.passed, "\(path) differs:\n\(result.diff)")
    }

    static let body = """
        # dialog: Dialogs/california.yaml
        # lang: en
        # width: 72
        """

    @Test func aChangedCharacterFailsWithADiffThatPointsAtIt() throws {
        let path = try #require(Self.transcripts.first)
        let original = try Repository.text(path)
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.indices.first { $0 > 4 && !lines[$0].isEmpty && !lines[$0].hasPrefix(">") })
        let changed = lines[index]
        lines[index] = String(changed.dropLast()) + (changed.last == "X" ? "Y" : "X")
        let transcript = try Transcript.parse(lines.joined(separator: "\n"), file: path)
        var runner = Repository.runner()
        let dialog = try runner.dialog(for: transcript, in: path)
        let result = try Replay.run(transcript, dialog: dialog, file: path)
        #expect(!result.passed)
        #expect(result.diff.contains("-\(lines[index])\n+\(changed)\n"))
        // The hunk starts three lines above the changed one, but not above the body.
        let changedLine = index + 1
        #expect(result.diff.contains("@@ -\(max(transcript.bodyStartLine, changedLine - 3)),"))
        #expect(result.diff.hasPrefix("--- \(path) (expected)\n+++ replay (actual)\n"))
    }

    @Test(arguments: [
        ("hello\n", "t.txt:1: error: the transcript has no '# dialog: FILE' header"),
        ("# dialog: x.yaml\n# width: wide\n", "t.txt:2: error: width must be a whole number from 20 to 500, not 'wide'"),
        ("# dialog: x.yaml\n# colour: red\n", "t.txt:2: error: unknown header key 'colour' (expected dialog, lang, width, height or date)"),
        ("# dialog x.yaml\n", "t.txt:1: error: a header line must read '# key: value'"),
        ("# dialog: x.yaml\n# date: 2026-02-30\n", "t.txt:2: error: date must be a day written YYYY-MM-DD, such as 2026-11-15, not '2026-02-30'"),
    ])
    func malformedHeaders(_ text: String, _ message: String) {
        do {
            _ = try Transcript.parse(text, file: "t.txt")
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func aMissingDialogIsNamed() throws {
        let transcript = try Transcript.parse("# dialog: Dialogs/nowhere.yaml\nHi\n", file: "Transcripts/t.txt")
        var runner = Repository.runner()
        #expect(throws: Transcript.FormatError.self) { try runner.dialog(for: transcript, in: "Transcripts/t.txt") }
    }

    @Test func anAnswerAfterTheEndIsAnError() throws {
        let dialog = try Repository.dialog("id: x\nstart: a\nnodes:\n  a:\n    outcome: Bye now.\n")
        let transcript = try Transcript.parse("# dialog: x.yaml\nBye now.\n> hello\n", file: "t.txt")
        do {
            _ = try Replay.run(transcript, dialog: dialog, file: "t.txt")
            Issue.record("no error")
        } catch {
            #expect(error.description == "t.txt:3: error: the conversation had already ended; nothing asked for this answer")
        }
    }

    @Test func markersReplayEndOfInputAndCtrlC() throws {
        let dialog = try Repository.dialog(
            "id: x\nstart: a\nnodes:\n  a:\n    ask: Are you there?\n    answer: yes_no\n    next: b\n  b:\n    outcome: Bye now.\n")
        let text = """
            # dialog: x.yaml
            # width: 100
            Are you there?
              1) Yes
              2) No
            > (Ctrl-C)

            Do you want to stop now? Your answers will be erased. Please answer yes or no.
            > no

            OK, let's go on.

            Are you there?
              1) Yes
              2) No
            > (end of input)

            The conversation has ended. Your answers were not saved.

            """
        let result = try Replay.run(try Transcript.parse(text, file: "t.txt"), dialog: dialog, file: "t.txt")
        #expect(result.passed, "\(result.diff)")
    }
}

@Suite struct PathChangeTests {
    static let before = [
        "Did you get a written notice?", "  1) Yes", "  2) No", "> yes", "",
        "Keep the notice. Bring it when you ask for help.",
    ]

    @Test func rewordingIsNotAPathChange() {
        var after = Self.before
        after[5] = "Keep the notice safe. Bring it with you when you ask for help."
        after[0] = "Did you get a notice in writing?"
        #expect(PathChange.reason(expected: Self.before, actual: after) == nil)
    }

    @Test func anotherOutcomeIsAPathChange() {
        var after = Self.before
        after[5] = "Without a written notice, the landlord may not be able to evict you yet."
        #expect(PathChange.reason(expected: Self.before, actual: after)?.contains("after the last answer") == true)
    }

    @Test func anotherQuestionOrAnotherNumberOfAnswersIsAPathChange() {
        var after = Self.before
        after[0] = "How old were you when this happened?"
        #expect(PathChange.reason(expected: Self.before, actual: after)?.contains("another question is asked") == true)
        let longer = Array(Self.before.dropLast()) + ["Was it in California?", "> yes", "", "Keep the notice."]
        #expect(PathChange.reason(expected: Self.before, actual: longer)?.contains("another way through the dialog") == true)
    }
}
