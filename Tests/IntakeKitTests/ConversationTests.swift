import IntakeKit
import Testing

@Suite struct ConversationTests {
    static let yaml = """
        id: small
        start: welcome
        nodes:
          welcome:
            say: Hello. This is not legal advice.
            next: age
          age:
            ask: How old were you?
            help: The rules for people under 18 are different.
            answer: { number: { min: 8, max: 110 } }
            unknown: true
            next: convicted
          convicted:
            ask: Were you convicted?
            answer: yes_no
            next:
              - if: convicted and age < 18
                goto: young
              - if: convicted
                goto: adult
              - goto: clear
          young:
            outcome: At {age} you were a minor.
            next: end
          adult:
            outcome: You may qualify for a dismissal.
            summary: A dismissal may fit.
            next: end
          clear:
            outcome: You may qualify for sealing.
            summary: Sealing may fit.
            next: end
          end:
            outcome: |
              Your results:
              {summary}
        """

    let dialog: Dialog

    init() throws {
        dialog = try Repository.dialog(Self.yaml)
    }

    /// A visit that goes on and on (case after case) keeps a trace that stays small and
    /// loses nothing: after hundreds of rounds it is the trace of the first round.
    @Test func aLongVisitKeepsItsWholeTrace() throws {
        let dialog = try Repository.dialog(try Repository.text("Dialogs/california.yaml"), file: "Dialogs/california.yaml")
        var conversation = Conversation(dialog: dialog, language: "en")
        _ = conversation.start()
        let oneCase = ["1", "1", "30", "5", "felony", "no", "probation", "violated", "yes", "yes", "shoplifting", "yes"]
        // The first case ends with the citizenship question, asked once per visit.
        for line in oneCase.dropLast() + ["1", "yes"] { _ = conversation.handle(line) }
        // The second case takes the rule that skips the question already answered.
        for line in oneCase { _ = conversation.handle(line) }
        let afterOne = conversation.trace
        #expect(afterOne.nodes.contains("out_probation_violated"))
        for _ in 0..<300 {
            for line in oneCase { _ = conversation.handle(line) }
        }
        #expect(!conversation.isFinished)
        #expect(conversation.trace == afterOne)
    }

    @Test func walksToAnOutcome() {
        #expect(
            screen(dialog, ["30", "yes"]) == """
                Hello. This is not legal advice.

                How old were you?
                > 30

                Were you convicted?
                  1) Yes
                  2) No
                > yes

                You may qualify for a dismissal.

                Your results:
                1. A dismissal may fit.

                """)
    }

    @Test func showsSavedAnswersInText() {
        #expect(screen(dialog, ["sixteen", "y"]).contains("At 16 you were a minor."))
    }

    @Test func sameInputSameOutput() {
        let lines = ["hmm", "I was 17", "help", "back", "20", "nope"]
        #expect(screen(dialog, lines) == screen(dialog, lines))
    }

    @Test func reasksSayingWhatWorks() {
        let text = screen(dialog, ["old", "7"], width: 200)
        #expect(text.contains("Sorry, I did not understand that. Please type a number from 8 to 110. If you are not sure, type: I don't know."))
        #expect(text.contains("> 7\n\nPlease type a number from 8 to 110."))
    }

    @Test func offersHelpAfterThreeMisses() {
        let text = screen(dialog, ["a", "b", "c"], width: 200)
        #expect(
            text.contains(
                "This question seems hard. That is OK. Type help to see why we ask and how to find out. If you are not sure, type: I don't know."))
    }

    @Test func helpShowsWhyAndTheCommands() {
        let text = screen(dialog, ["help"], width: 200)
        #expect(
            text.hasSuffix(
                """
                > help

                The rules for people under 18 are different.

                At any question you can type: help, back, repeat, review, start over, or quit.

                How old were you?

                """))
        #expect(screen(dialog, ["?"]).contains("The rules for people under 18 are different."))
    }

    @Test func backUndoesTheLastAnswer() {
        var c = Conversation(dialog: dialog)
        _ = c.start()
        _ = c.handle("back")
        #expect(c.current == "age")
        _ = c.handle("40")
        #expect(c.current == "convicted")
        let replies = c.handle("atrás")
        #expect(c.current == "age")
        #expect(replies == [.question("How old were you?", choices: [])])
    }

    @Test func quitAsksFirst() {
        var c = Conversation(dialog: dialog)
        _ = c.start()
        #expect(c.handle("quit") == [.note("Do you want to stop now? Your answers will be erased. Please answer yes or no.")])
        #expect(c.handle("no") == [.note("OK, let's go on."), .question("How old were you?", choices: [])])
        _ = c.handle("salir")
        #expect(c.handle("yes") == [.note("Goodbye. Your answers were not saved.")])
        #expect(c.isFinished)
    }

    @Test func startOverAsksFirst() {
        var c = Conversation(dialog: dialog)
        _ = c.start()
        _ = c.handle("30")
        _ = c.handle("start over")
        let replies = c.handle("yes")
        #expect(replies.first == .note("OK, we will start over."))
        #expect(c.current == "age")
    }

    @Test func reviewListsAnswersAndChangesOne() {
        var c = Conversation(dialog: dialog)
        _ = c.start()
        _ = c.handle("30")
        let review = c.handle("review")
        #expect(
            review == [.text("Your answers so far:\n\n1. How old were you? 30\n\nTo change an answer, type its number. To go on, just press Enter.")])
        #expect(c.handle("1") == [.question("How old were you?", choices: [])])
        _ = c.handle("15")
        #expect(c.handle("yes").first == .outcome("At 15 you were a minor."))
    }

    @Test func reviewThenEnterGoesOn() {
        var c = Conversation(dialog: dialog)
        _ = c.start()
        _ = c.handle("30")
        _ = c.handle("review")
        #expect(c.handle("") == [.question("Were you convicted?", choices: ["Yes", "No"])])
    }

    @Test func ctrlCAsksBeforeQuitting() {
        var c = Conversation(dialog: dialog)
        _ = c.start()
        #expect(c.interrupt() == [.note("Do you want to stop now? Your answers will be erased. Please answer yes or no.")])
        _ = c.handle("yes")
        #expect(c.isFinished)
    }

    @Test func endOfInputSaysGoodbye() {
        var c = Conversation(dialog: dialog)
        _ = c.start()
        #expect(c.endOfInput() == [.note("The conversation has ended. Your answers were not saved.")])
        #expect(c.isFinished)
        #expect(c.handle("30") == [])
    }

    @Test func controlCharactersAreRemovedFromEchoesAndAnswers() {
        #expect(Session.echo("4\u{1B}[31m0\u{7}\u{1B}]0;title\u{7}") == "> 40\n")
        #expect(screen(dialog, ["\u{1B}[2J3\u{0}0", "no"]).contains("> 30\n"))
    }

    @Test func hugeAnswersAreRefusedNotCut() {
        var c = Conversation(dialog: dialog)
        _ = c.start()
        #expect(c.handle(String(repeating: "9", count: 5000)) == [.note("That answer is very long. Please type a shorter answer.")])
        #expect(c.current == "age")
    }

    @Test func completionsAreTheCurrentChoices() {
        var c = Conversation(dialog: dialog)
        _ = c.start()
        #expect(c.completions == [])
        _ = c.handle("30")
        #expect(c.completions == ["Yes", "No"])
    }

    @Test func aChoiceThatIsACommandWordWins() throws {
        let dialog = try Repository.dialog(
            """
            id: words
            start: q
            nodes:
              q:
                ask: Which one?
                answer:
                  choice:
                    - { id: back, label: Back }
                    - { id: front, label: Front }
                next: done
              done:
                outcome: You chose {q}.
            """)
        #expect(screen(dialog, ["back"]).contains("You chose Back."))
        #expect(screen(dialog, ["/back"]).contains("This is the first question, so there is nothing to go back to."))
    }
}

@Suite struct RendererTests {
    @Test func wrapsToTheWidth() {
        let renderer = Renderer(width: 20)
        let text = renderer.render([.text("The quick brown fox jumps over the lazy dog again and again.")])
        #expect(text == "The quick brown fox\njumps over the lazy\ndog again and again.\n")
        for line in text.split(separator: "\n") { #expect(ScreenText.width(line) <= 20) }
    }

    @Test func listsKeepAHangingIndent() {
        let text = Renderer(width: 24).render([.text("Next steps:\n- Get your record from the state DOJ.\n- File form CR-180.")])
        #expect(text == "Next steps:\n- Get your record from\n  the state DOJ.\n- File form CR-180.\n")
    }

    @Test func numberedChoicesWrapUnderTheirLabel() {
        let text = Renderer(width: 24).render([.question("Which?", choices: ["A very long label that wraps", "Short"])])
        #expect(text == "Which?\n  1) A very long label\n     that wraps\n  2) Short\n")
    }

    @Test func wideCharactersCountTwice() {
        #expect(ScreenText.width("日本") == 4)
        #expect(ScreenText.width("e\u{301}") == 1)
        let lines = ScreenText.wrap("日本語の文 日本語の文 日本語の文", width: 12)
        for line in lines { #expect(ScreenText.width(line) <= 12) }
    }

    @Test func longWordsAreBroken() {
        let lines = ScreenText.wrap(String(repeating: "x", count: 50), width: 20)
        #expect(lines == [String(repeating: "x", count: 20), String(repeating: "x", count: 20), String(repeating: "x", count: 10)])
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!Renderer(width: 40).render([.question("Q?", choices: [])]).contains("\u{1B}"))
        #expect(Renderer(width: 40, color: true).render([.question("Q?", choices: [])]) == "\u{1B}[1mQ?\u{1B}[0m\n")
    }
}

@Suite struct TemplateTests {
    @Test func placeholdersAndEscapedBraces() throws {
        let dialog = try Repository.dialog(
            """
            id: braces
            start: age
            nodes:
              age:
                ask: How old?
                help: Just a number.
                answer: { number: { min: 1, max: 99 } }
                next: done
              done:
                outcome: "Años: {age}. Braces: {{ and }}. Twice: { age }/{age}. Not closed: {{age"
            """)
        #expect(screen(dialog, ["42"]).hasSuffix("Años: 42. Braces: { and }. Twice: 42/42. Not closed: {age\n"))
    }
}

@Suite struct SentenceFormTests {
    @Test func aPlaceholderShowsTheSentenceFormAndTheMenuTheLabel() throws {
        let dialog = try Repository.dialog(
            """
            id: notices
            start: notice_type
            nodes:
              notice_type:
                ask: What kind of notice did you get?
                help: It says at the top of the paper.
                answer:
                  choice:
                    - id: days30
                      label: A 30-day notice
                      sentence: 30-day notice
                    - id: other
                      label: Something else
                      sentence: notice
                next: result
              result:
                outcome: Keep your {notice_type} in a safe place.
            """)
        var conversation = Conversation(dialog: dialog)
        let asked = conversation.start()
        #expect(asked == [.question("What kind of notice did you get?", choices: ["A 30-day notice", "Something else"])])
        let replies = conversation.handle("30 day")
        #expect(replies.contains(.note("OK: A 30-day notice.")))
        #expect(replies.contains(.outcome("Keep your 30-day notice in a safe place.")))
    }
}

@Suite struct OnceTests {
    static let yaml = """
        id: rounds
        start: case_kind
        nodes:
          case_kind:
            ask: Was it a felony?
            help: A felony is a serious crime.
            answer: yes_no
            next: result
          result:
            outcome: Here is what may fit.
            next: lives
          lives:
            ask: Do you live in California?
            help: Some steps differ for other states.
            answer: yes_no
            once: true
            next:
              - if: lives == no
                goto: away
              - goto: more
          away:
            say: Ask for your record by mail.
            next: more
          more:
            ask: Another case?
            help: Each case is looked at on its own.
            answer: yes_no
            next:
              - if: more == yes
                goto: next_case
              - goto: bye
          next_case:
            say: Next case.
            forget: true
            keep: [lives]
            next: case_kind
          bye:
            outcome: Goodbye.
        """

    @Test func aOnceQuestionIsNotAskedAgainAndItsAnswerStillLeadsTheWay() throws {
        var conversation = Conversation(dialog: try Repository.dialog(Self.yaml))
        _ = conversation.start()
        _ = conversation.handle("yes")
        #expect(conversation.handle("no").contains(.text("Ask for your record by mail.")))
        _ = conversation.handle("yes")  // another case
        _ = conversation.handle("no")  // not a felony: the residence question is not asked again
        #expect(conversation.current == "more")
        #expect(conversation.trace.nodes.contains("away"))
    }

    @Test func pathsKnowTheSkippedQuestion() throws {
        let report = PathExplorer(dialog: try Repository.dialog(Self.yaml)).explore()
        #expect(report.problems.isEmpty)
        // Round 1: 2 × 2 × 2 answers. Later rounds keep "lives": the question is skipped, 2 × 2.
        #expect(report.paths.map(\.count) == [8, 4, 4], "\(report.paths)")
    }
}

@Suite struct ConditionalTextTests {
    static let yaml = """
        id: dui
        start: dui
        nodes:
          dui:
            ask: Was it a DUI?
            help: Driving under the influence.
            answer: yes_no
            next: result
          result:
            outcome: |
              What may fit: a dismissal.
              {if dui == yes}

              For a DUI, the judge decides.
              {else}

              The court must grant it if you qualify.
              {end}

              File form CR-180.
        """

    @Test func linesShowOnlyWhereTheirConditionHolds() throws {
        let dialog = try Repository.dialog(Self.yaml)
        for (answer, shown, hidden) in [("yes", "the judge decides", "must grant"), ("no", "must grant", "the judge decides")] {
            var conversation = Conversation(dialog: dialog)
            _ = conversation.start()
            let text = conversation.handle(answer).description
            #expect(text.contains(shown) && !text.contains(hidden) && text.contains("File form CR-180") && !text.contains("{"))
        }
    }

    @Test func checkPairsTheBlocksAndChecksTheConditions() {
        let broken = Self.yaml.replacingOccurrences(of: "{if dui == yes}", with: "{if dui == maybe}")
            .replacingOccurrences(of: "  {end}\n", with: "\n")
        let messages = DialogLoader.load(text: broken, file: "d.yaml").diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("'{if ...}' with no '{end}' after it") }, "\(messages)")
        #expect(messages.contains { $0.contains("is a yes/no answer") }, "\(messages)")
    }

    @Test func pathsReportAConditionThatNeverHolds() throws {
        let never = Self.yaml.replacingOccurrences(
            of: "next: result", with: "next:\n      - if: dui == no\n        goto: result\n      - goto: result")
        let dialog = try Repository.dialog(never.replacingOccurrences(of: "{if dui == yes}", with: "{if dui == yes and dui == no}"))
        let problems = PathExplorer(dialog: dialog).explore().problems.map(\.message)
        #expect(problems.contains { $0.contains("is never true here, so its lines never show") }, "\(problems)")
        let clean = PathExplorer(dialog: try Repository.dialog(Self.yaml)).explore().problems
        #expect(clean.isEmpty, "\(clean)")
    }
}
