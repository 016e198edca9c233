import IntakeKit
import Testing

/// `intake paths`: small dialogs built to hold each problem, and dialogs whose path count is known.
@Suite struct PathExplorerTests {
    func explore(_ yaml: String) throws -> PathExplorer.Report {
        PathExplorer(dialog: try Repository.dialog(yaml)).explore(rowLimit: 10_000)
    }

    @Test func countsPathsOverChoicesAndNumberRanges() throws {
        // age splits at 18 (two ranges, plus unknown); convicted has yes/no: 3 * 2 = 6 paths.
        let report = try explore(
            """
            id: count
            start: age
            nodes:
              age:
                ask: How old were you?
                answer: { number: { min: 8, max: 110 } }
                unknown: true
                next: convicted
              convicted:
                ask: Were you convicted?
                answer: yes_no
                next:
                  - if: age < 18 and convicted
                    goto: young
                  - goto: other
              young:
                outcome: Young and convicted.
              other:
                outcome: Something else.
            """)
        #expect(report.totalPaths == 6)
        #expect(report.problems.isEmpty)
        let rows = try #require(report.rows)
        #expect(rows.count == 6)
        #expect(rows[0].answers.map(\.answer) == ["8-17", "yes"])
        #expect(rows[0].outcomes == ["young"])
        #expect(report.routes?["young"]?.count == 1)
    }

    @Test func sharedFuturesAreExploredOnce() throws {
        // Ten yes/no questions in a row, none read by a condition: 2^10 paths, found quickly.
        var yaml = "id: wide\nstart: q0\nnodes:\n"
        for i in 0..<10 {
            yaml += "  q\(i):\n    ask: Question number \(i)?\n    answer: yes_no\n    next: \(i == 9 ? "done" : "q\(i + 1)")\n"
        }
        yaml += "  done:\n    outcome: Done.\n"
        let report = PathExplorer(dialog: try Repository.dialog(yaml)).explore()
        #expect(report.totalPaths == 1024)
    }

    @Test func findsAConditionThatIsNeverTrue() throws {
        let report = try explore(
            """
            id: never
            start: age
            nodes:
              age:
                ask: How old were you?
                answer: { number: { min: 18, max: 110 } }
                next:
                  - if: age < 18
                    goto: young
                  - goto: adult
              young:
                outcome: Young.
              adult:
                outcome: Adult.
            """)
        #expect(report.problems.map(\.message).contains("'age < 18' is never true here, so its 'goto young' is never taken"))
        #expect(report.problems.map(\.message).contains("no path reaches outcome 'young'"))
    }

    @Test func findsAConditionThatIsAlwaysTrue() throws {
        let report = try explore(
            """
            id: always
            start: q
            nodes:
              q:
                ask: Were you arrested?
                answer: yes_no
                next: r
              r:
                say: Thanks.
                next:
                  - if: q == yes or q == no
                    goto: done
                  - goto: other
              done:
                outcome: Done.
              other:
                outcome: Other.
            """)
        #expect(report.problems.map(\.message).contains("'q == yes or q == no' is always true here, so the rules after it are never used"))
    }

    @Test func findsAQuestionAskedTwiceAndALoopWithNoWayOut() throws {
        let report = try explore(
            """
            id: loops
            start: a
            nodes:
              a:
                ask: Ready?
                answer: yes_no
                next:
                  - if: a
                    goto: done
                  - goto: b
              b:
                say: Let's try again.
                next: a
              done:
                outcome: Done.
            """)
        #expect(report.problems.map(\.message).contains("question 'a' can be asked twice on one path"))

        let stuck = try explore(
            """
            id: stuck
            start: a
            nodes:
              a:
                ask: Ready?
                answer: yes_no
                next:
                  - if: a
                    goto: done
                  - goto: b
              b:
                say: Round and round.
                next: c
              c:
                say: And round.
                next: b
              done:
                outcome: Done.
            """)
        #expect(stuck.problems.map(\.message).contains("a loop returns to 'b' with the same answers; a person can go round it forever"))
        #expect(stuck.problems.map(\.message).contains("from 'b' no path leads to an end: a loop a person cannot leave"))
    }

    @Test func aNewRoundIsExploredOnItsOwn() throws {
        let report = try explore(
            """
            id: rounds
            start: start
            nodes:
              start:
                ask: Are you a citizen?
                answer: yes_no
                next: case
              case:
                ask: Were you convicted?
                answer: yes_no
                next: result
              result:
                outcome: Result.
                next: more
              more:
                ask: Another case?
                answer: yes_no
                next:
                  - if: more
                    goto: again
                  - goto: bye
              again:
                say: Next case.
                forget: true
                keep: [start]
                next: case
              bye:
                outcome: Bye.
            """)
        #expect(report.problems.isEmpty, "\(report.problems)")
        // First round: 2 (citizen) * 2 (convicted) * 2 (more) = 8; each later round: 2 * 2 = 4.
        #expect(report.paths.map(\.count) == [8, 4])
    }

    @Test func californiaHasNoPathProblems() throws {
        let dialog = try Repository.dialog(try Repository.text("Dialogs/california.yaml"), file: "Dialogs/california.yaml")
        let report = PathExplorer(dialog: dialog).explore()
        #expect(report.problems.map(\.message) == [])
        #expect(report.totalPaths > 1000)
    }

    @Test func citationsAreFound() {
        #expect(
            DecisionTable.citations(
                in:
                    "Ask the court (Penal Code 851.91). Use form CR-409, and read form CR-409-INFO. See Penal Code 851.90 and 1000.4, WIC 786, Penal Code 1170(h). Form BCIA 8016RR."
            )
                == ["PC 851.91", "CR-409", "CR-409-INFO", "PC 851.90", "PC 1000.4", "WIC 786", "PC 1170(h)", "BCIA 8016RR"])
        // Other states' codes, by their initials or in words.
        #expect(
            DecisionTable.citations(in: "A 72-hour notice (ORS 90.394) or RCW 59.18.650 applies; see Civil Code 1946.2. The DOJ fee is $25.")
                == ["ORS 90.394", "RCW 59.18.650", "Civil Code 1946.2"])
    }
}

@Suite struct GraphTests {
    static let yaml = """
        id: small
        start: q
        nodes:
          q:
            ask: Were you "arrested"? This is a longer question than fits.
            answer: yes_no
            next:
              - if: q
                goto: yes_out
              - goto: no_out
          yes_out:
            outcome: Arrested.
          no_out:
            outcome: Not arrested.
        """

    @Test func dot() throws {
        let dialog = try Repository.dialog(Self.yaml)
        #expect(
            Graph.render(dialog, format: .dot) == #"""
                digraph "small" {
                  rankdir=TB;
                  node [fontname="Helvetica", fontsize=10];
                  edge [fontname="Helvetica", fontsize=9];
                  "q" [shape=box, style=rounded, label="q\nWere you \"arrested\"? This is a longer…"];
                  subgraph cluster_outcomes {
                    label="Outcomes"; style=dashed;
                    "yes_out" [shape=box, style=filled, fillcolor="#e6f2e6", peripheries=2, label="yes_out\nArrested."];
                    "no_out" [shape=box, style=filled, fillcolor="#e6f2e6", peripheries=2, label="no_out\nNot arrested."];
                  }
                  "q" -> "yes_out" [label="q"];
                  "q" -> "no_out" [label="otherwise"];
                }

                """#)
    }

    @Test func mermaid() throws {
        let dialog = try Repository.dialog(Self.yaml)
        #expect(
            Graph.render(dialog, format: .mermaid) == """
                flowchart TD
                  q("q<br>Were you #quot;arrested#quot;? This is a longer…")
                  subgraph Outcomes
                    yes_out[["yes_out<br>Arrested."]]
                    no_out[["no_out<br>Not arrested."]]
                  end
                  q -->|"q"| yes_out
                  q -->|"otherwise"| no_out

                """)
    }
}

@Suite struct FlowPictureTests {
    @Test func californiaFlowGraphIsUpToDate() throws {
        let dialog = try Repository.dialog(try Repository.text("Dialogs/california.yaml"), file: "Dialogs/california.yaml")
        #expect(
            try Repository.text("Dialogs/california-flow.dot") == Graph.render(dialog, format: .dot),
            "regenerate Dialogs/california-flow.dot and .svg (see README.md)")
    }
}

@Suite struct PathEndTests {
    @Test func aRoundThatShowsNoOutcomeIsReported() throws {
        let dialog = try Repository.dialog(
            """
            id: no_outcome
            start: q
            nodes:
              q:
                ask: Again?
                answer: yes_no
                next:
                  - if: q
                    goto: again
                  - goto: done
              again:
                say: Once more.
                forget: true
                next: q
              done:
                outcome: Done.
            """)
        let report = PathExplorer(dialog: dialog).explore()
        #expect(report.problems.map(\.message) == ["a path from 'q' ends at 'again' without showing any outcome"])
    }
}
