import Foundation
import IntakeKit
import Testing

/// Small hostile files that once crashed the program or took gigabytes (issue 14), each kept
/// as a test that failed before its fix.
@Suite struct HardeningTests {
    /// A dialog file around the given nodes (indented under `nodes:`), starting at node `a`.
    static func dialogText(_ body: String) -> String {
        "id: hostile\nstart: a\nnodes:\n" + body
    }

    // MARK: - Texts that grow

    @Test func aSummaryCannotShowTheSummaries() {
        var body = ""
        for i in 0..<40 {
            body += "  n\(i):\n    outcome: Step \(i).\n    summary: \"S {summary}\"\n    next: n\(i + 1)\n"
        }
        body += "  n40:\n    outcome: \"{summary}\"\n"
        let result = DialogLoader.load(text: "id: chain\nstart: n0\nnodes:\n" + body, file: "chain.yaml")
        #expect(result.dialog == nil)
        #expect(result.diagnostics.filter { $0.rule == .summaryMustNotShowSummaries }.count == 40)
    }

    @Test func aMessageLoopStopsBeforeItFillsTheMemory() throws {
        // Passes check (paths reports the loop); a visit must still end, with bounded text.
        let dialog = try Repository.dialog(
            """
            id: loop
            start: a
            nodes:
              a:
                outcome: "\(String(repeating: "Long text. ", count: 300)) {summary}"
                summary: \(String(repeating: "word ", count: 200))
                next: a
            """)
        var conversation = Conversation(dialog: dialog)
        let replies = conversation.start()
        let size = replies.reduce(0) { total, reply in
            if case .outcome(let text) = reply { return total + text.utf8.count }
            return total
        }
        #expect(size < 5 * Conversation.maximumTextLength)
    }

    @Test func aTextIsCutAtItsLimitWithANote() throws {
        let placeholders = String(repeating: "{summary} ", count: 2000)
        let dialog = try Repository.dialog(
            """
            id: wide
            start: a
            nodes:
              a:
                outcome: First.
                summary: \(String(repeating: "word ", count: 100))
                next: b
              b:
                outcome: "\(placeholders)"
            """)
        var conversation = Conversation(dialog: dialog)
        let texts = conversation.start().compactMap { reply -> String? in
            if case .outcome(let text) = reply { return text }
            return nil
        }
        let last = try #require(texts.last)
        #expect(last.utf8.count <= Conversation.maximumTextLength + 200)
        #expect(last.hasSuffix(Language.english.phrases.textCut))
    }

    // MARK: - Replay

    @Test func aDiffOfTwoUnlikeLongTranscriptsStaysSmall() {
        let expected = (0..<5000).map { "expected line \($0)" }
        let actual = (0..<5000).map { "actual line \($0)" }
        let diff = LineDiff.unified(expected: expected, actual: actual, expectedName: "a", actualName: "b")
        #expect(diff.contains("-expected line 4999"))
        #expect(diff.contains("+actual line 0"))
        // A small change in a long file still gets the minimal diff.
        var changed = expected
        changed[2500] = "changed"
        let small = LineDiff.unified(expected: expected, actual: changed, expectedName: "a", actualName: "b")
        #expect(small.split(separator: "\n").filter { $0.hasPrefix("-") || $0.hasPrefix("+") }.count == 4)
    }

    @Test func aHugeTranscriptIsRefused() throws {
        let huge = "# dialog: Dialogs/california.yaml\n" + String(repeating: "> yes\n", count: 200_000)
        let runner = TranscriptRunner(readFile: { _ in Array(huge.utf8) }, fileExists: { _ in true })
        #expect(
            throws: Transcript.FormatError(
                file: "huge.txt", line: 1, message: "the transcript is \(huge.utf8.count) bytes; a transcript may be at most 1 MiB")
        ) {
            _ = try runner.parse("huge.txt")
        }
    }

    @Test(arguments: [
        ("/etc/shadow", "dialog '/etc/shadow' is an absolute path; name a built-in dialog or a .yaml file inside this transcript's folders"),
        (
            "../../secret.yaml",
            "dialog '../../secret.yaml' climbs out with '..'; name a built-in dialog or a .yaml file inside this transcript's folders"
        ),
        (
            "Dialogs/../../x.yaml",
            "dialog 'Dialogs/../../x.yaml' climbs out with '..'; name a built-in dialog or a .yaml file inside this transcript's folders"
        ),
        ("etc/passwd", "dialog 'etc/passwd' is not a .yaml file; name a built-in dialog or a .yaml file inside this transcript's folders"),
    ])
    func aTranscriptNamesOnlyDialogsInItsOwnTree(_ path: String, _ message: String) {
        let runner = TranscriptRunner(readFile: { _ in [] }, fileExists: { _ in true })
        #expect(throws: Transcript.FormatError(file: "Transcripts/t.txt", line: 1, message: message)) {
            _ = try runner.resolve(path, from: "Transcripts/t.txt")
        }
    }

    @Test func theDialogSearchStopsAtTheWorkingFolder() throws {
        var asked: [String] = []
        let runner = TranscriptRunner(
            readFile: { _ in [] },
            fileExists: {
                asked.append($0)
                return false
            })
        _ = try? runner.resolve("etc/x.yaml", from: "a/b/t.txt")
        #expect(asked == ["a/b/etc/x.yaml", "a/etc/x.yaml", "etc/x.yaml"])
        asked = []
        _ = try? runner.resolve("etc/x.yaml", from: "/tmp/t/t.txt")
        #expect(asked == ["/tmp/t/etc/x.yaml"])
    }

    @Test func aTranscriptMayNameABuiltInDialog() throws {
        var runner = Repository.runner()
        let transcript = try Transcript.parse("# dialog: california\n# lang: en\n", file: "t.txt")
        let dialog = try runner.dialog(for: transcript, in: "t.txt")
        #expect(dialog.file == "Dialogs/california.yaml")
    }

    @Test func aSecondHeaderIsAnError() {
        #expect(throws: Transcript.FormatError(file: "t.txt", line: 2, message: "a second 'dialog' header; each header key may appear once")) {
            _ = try Transcript.parse("# dialog: a.yaml\n# dialog: b.yaml\n", file: "t.txt")
        }
    }

    // MARK: - Deep conditions and many messages

    @Test(arguments: [
        String(repeating: "(", count: 5000) + "x" + String(repeating: ")", count: 5000),
        String(repeating: "not ", count: 100_000) + "x",
        "x" + String(repeating: " and x", count: 100_000),
    ])
    func aDeepConditionIsALocatedError(_ condition: String) {
        let text = Self.dialogText(
            """
              a:
                ask: Q?
                help: H.
                answer: yes_no
                save: x
                next:
                  - if: \(condition)
                    goto: b
                  - goto: b
              b:
                outcome: Bye.
            """)
        let result = DialogLoader.load(text: text, file: "deep.yaml")
        #expect(result.dialog == nil)
        let diagnostic = result.diagnostics.first { $0.rule == .conditionMustParse }
        #expect(diagnostic?.message.contains("more than 64 of 'and', 'or', 'not' and '('") == true)
        #expect(diagnostic?.location.line == 10)
    }

    @Test func manyMessagesAreCappedAndLongLinesCut() {
        let ids = (0..<10_000).map { "c\($0)" }.joined(separator: ", ")
        let text = Self.dialogText(
            """
              a:
                ask: Q?
                help: H.
                answer:
                  choice:
                    - { id: yes_one, label: One }
                    - { id: no_one, label: Two }
                save: x
                next:
                  - if: x in [\(ids)]
                    goto: b
                  - goto: b
              b:
                outcome: Bye.
            """)
        let result = DialogLoader.load(text: text, file: "many.yaml")
        #expect(result.diagnostics.count >= 10_000)
        let shown = result.diagnostics.rendered(source: text)
        #expect(shown.hasSuffix("... and \(result.diagnostics.count - 100) more"))
        #expect(shown.utf8.count < 100 * 700)
        #expect(shown.split(separator: "\n").allSatisfy { $0.count <= Diagnostic.maximumMessageLength + 200 })
    }

    @Test func aMessageShowsControlCharactersEscaped() {
        let text = Self.dialogText("  a:\n    outcome: Bye.\n    \"\\e]0;title\\a\": 1\n")
        let result = DialogLoader.load(text: text, file: "key.yaml")
        let shown = result.diagnostics.rendered(source: text)
        #expect(shown.contains("unknown key '\\u{1B}]0;title\\u{7}'"))
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    // MARK: - Control characters on the screen

    @Test func theRendererNeverWritesAControlCharacterFromAText() {
        let renderer = Renderer(width: 60)
        let shown = renderer.render([
            .text("Hello \u{1B}]52;c;aGk=\u{7} there.\u{1B}[2J\u{9B}1m"),
            .question("Sure\u{1B}]0;title\u{7}?", choices: ["Yes\u{1B}[31m", "No"]),
        ])
        #expect(!shown.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) })
        #expect(shown.contains("Hello there."))
    }

    // MARK: - paths within a budget

    @Test func pathsStopsAtItsBudgetAndSaysSo() throws {
        var body = ""
        for i in 0..<11 {
            let next = i < 10 ? "q\(i + 1)" : "end"
            body += """
                  q\(i):
                    ask: Q\(i)?
                    help: H.
                    answer:
                      choice:
                        - { id: a, label: A }
                        - { id: b, label: B }
                        - { id: c, label: C }
                        - { id: d, label: D }
                    save: s\(i)
                    next:
                      - if: s\(i) == a
                        goto: \(next)
                      - goto: \(i < 10 ? next : "other_end")

                """
        }
        // Two ends, so that the last answer decides an outcome and the paths must be walked.
        body += "  end:\n    outcome: Bye.\n  other_end:\n    outcome: Bye too.\n"
        let dialog = try Repository.dialog("id: wide\nstart: q0\nnodes:\n" + body)
        var budget = PathExplorer.Budget()
        budget.listingSteps = 10_000
        let listed = PathExplorer(dialog: dialog).explore(rowLimit: 5_000_000, keepRows: false, budget: budget)
        #expect(listed.stopped == "listing the paths took more than 10000 steps")
        #expect(listed.routes == nil)
        budget = PathExplorer.Budget()
        budget.states = 5
        let counted = PathExplorer(dialog: dialog).explore(budget: budget)
        #expect(counted.stopped?.hasPrefix("the dialog has more than 5 distinct states") == true)
        budget = PathExplorer.Budget()
        budget.pathLength = 4
        #expect(PathExplorer(dialog: dialog).explore(budget: budget).stopped == "a path is longer than 4 steps")
        // A path as long as the budget allows is walked on an ordinary thread's stack.
        var chain = "id: chain\nstart: m0\nnodes:\n"
        for i in 0..<995 { chain += "  m\(i):\n    say: Step \(i).\n    next: \(i < 994 ? "m\(i + 1)" : "end")\n" }
        chain += "  end:\n    outcome: Bye.\n"
        let long = PathExplorer(dialog: try Repository.dialog(chain)).explore(rowLimit: 10)
        #expect(long.stopped == nil && long.totalPaths == 1 && long.rows?.count == 1)
        // Within the budget, the whole walk: 4^11 paths counted, never listed here.
        #expect(PathExplorer(dialog: dialog).explore().totalPaths == 4_194_304)
    }
}
