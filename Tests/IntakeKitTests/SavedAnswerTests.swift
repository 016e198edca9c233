import IntakeKit
import Testing

/// Which saved answers a condition may test (saved on some path) and a text may show (saved on
/// every path), with and without loops, with forget/keep rounds, and across the 64-name word
/// boundaries of the bit sets.
struct SavedAnswerTests {
    /// The errors `intake check` reports for `yaml`, as "line:column message".
    func errors(_ yaml: String) -> [String] {
        DialogLoader.load(text: yaml, file: "t.yaml").diagnostics
            .filter { $0.severity == .error }
            .map { "\($0.location.line):\($0.location.column) \($0.message)" }
    }

    @Test func oneBranchIsEnoughForAConditionButNotForAText() {
        let yaml = """
            id: t
            start: a
            nodes:
              a:
                ask: Were you arrested?
                answer: yes_no
                next:
                  - if: a
                    goto: b
                  - goto: c
              b:
                ask: How old were you?
                answer: { number: { min: 8, max: 110 } }
                next: c
              c:
                say: You were {b}.
                next:
                  - if: b < 18
                    goto: d
                  - goto: d
              d:
                outcome: Done.
            """
        #expect(errors(yaml) == ["16:10 '{b}' cannot be shown: it is not saved on every path to here"])
    }

    @Test func aLoopCarriesAnswersBackToEarlierQuestions() {
        // c is saved after b, but the loop comes back to b (the start) with c saved: the
        // condition at b may test it; the text at c may not show it (the first time round, it
        // is not there yet).
        let yaml = """
            id: t
            start: b
            nodes:
              b:
                ask: Again?
                answer: yes_no
                next:
                  - if: c
                    goto: e
                  - goto: c
              c:
                ask: Shown {c}? One more?
                answer: yes_no
                next: b
              e:
                outcome: Done.
            """
        #expect(errors(yaml) == ["12:10 '{c}' cannot be shown: it is not saved on every path to here"])
    }

    @Test func forgetDropsAnswersUnlessKept() {
        func dialog(keep: String) -> String {
            """
            id: t
            start: a
            nodes:
              a:
                ask: Were you arrested?
                answer: yes_no
                next: b
              b:
                ask: Were you charged?
                answer: yes_no
                next: r
              r:
                say: Another case.
                forget: true
                keep: [\(keep)]
                next:
                  - if: a and b
                    goto: d
                  - goto: d
              d:
                outcome: Done.
            """
        }
        #expect(errors(dialog(keep: "a, b")) == [])
        #expect(errors(dialog(keep: "a")) == ["17:19 'b' is never saved before this rule"])
    }

    /// A chain of 200 questions, each testing an answer saved 70 questions before it (another
    /// 64-bit word of the set), and one testing an answer saved only after it.
    @Test func longChainsAcrossWordBoundaries() {
        var yaml = "id: t\nstart: q0\nnodes:\n"
        for i in 0..<200 {
            yaml += "  q\(i):\n    ask: Question \(i)?\n    answer: yes_no\n"
            let next = i + 1 < 200 ? "q\(i + 1)" : "done"
            if i >= 70 {
                let tested = i == 150 ? "q199" : "q\(i - 70)"
                yaml += "    next:\n      - if: \(tested)\n        goto: \(next)\n      - goto: \(next)\n"
            } else {
                yaml += "    next: \(next)\n"
            }
        }
        yaml += "  done:\n    outcome: Done.\n"
        #expect(errors(yaml).count == 1)
        #expect(errors(yaml).first?.hasSuffix("'q199' is never saved before this rule") == true)
    }
}
