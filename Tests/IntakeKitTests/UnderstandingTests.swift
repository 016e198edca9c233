import IntakeKit
import Testing

/// The rules of Dialogs/README.md's "How answers are read", one at a time, on the California
/// dialog's questions (the corpus in AnswerCorpusTests measures them all together).
@Suite struct UnderstandingTests {
    typealias Result = AnswerInterpreter.Result

    static let dialog: Dialog = {
        try! Repository.dialog(try! Repository.text("Dialogs/california.yaml"), file: "Dialogs/california.yaml")
    }()

    static func read(_ node: String, _ input: String, _ language: String = "en", today: Day? = Day(year: 2026, month: 11, day: 15)) -> Result {
        let node = dialog.nodes[node]!
        var interpreter = AnswerInterpreter(question: node.question!, language: language, vocabulary: Languages.builtIn.vocabulary, today: today)
        interpreter.questionText = node.text.resolve(language, fallback: "en")
        return interpreter.interpret(input)
    }

    static func index(_ node: String, _ id: String) -> Int {
        guard case .choice(let choices) = dialog.nodes[node]!.question!.answer else { return -1 }
        return choices.firstIndex { $0.id == id }!
    }

    // MARK: - Negation

    @Test func aNegatedChoiceCountsAgainstIt() {
        // Two choices: "not X" is the other one, said back first.
        #expect(Self.read("arrest_level", "not a felony") == .answer(.choice("misdemeanor"), exact: false, sure: false))
        #expect(Self.read("arrest_level", "no fue grave", "es") == .answer(.choice("misdemeanor"), exact: false, sure: false))
        // More: it narrows, and asks among the rest.
        #expect(Self.read("conv_level", "not a felony") == .ambiguous([0, 1]))
        #expect(Self.read("open_now", "not on probation or parole") == .ambiguous([0, 1]))
        #expect(Self.read("open_now", "ya no estoy en probation", "es") == .ambiguous([0, 1, 3]))
    }

    @Test func aNegationReachesTheWordAfterIt() {
        // "not adult court" denies "adult", not "court": "No court" is not read from it.
        #expect(Self.read("juv_court", "not adult court") == .ambiguous([0, 2]))
        #expect(Self.read("felony_sentence", "not prison, county jail") == .answer(.choice("county_jail"), exact: false))
        #expect(Self.read("misd_sentence", "I didn't get probation") == .answer(.choice("no_probation"), exact: false))
    }

    @Test func labelsAndWordsWithNegationStillMatch() {
        #expect(Self.read("probation_result", "no violations") == .answer(.choice("completed"), exact: true))
        #expect(Self.read("probation_result", "never had any violations") == .answer(.choice("completed"), exact: false))
        #expect(Self.read("how_ended", "they never charged me") == .answer(.choice("no_charges"), exact: false))
        #expect(Self.read("young_result", "I was not convicted") == .answer(.choice("not_convicted"), exact: true))
        #expect(Self.read("how_ended", "not guilty") == .answer(.choice("acquitted"), exact: true))
        // ...and the bare word counts against them.
        #expect(Self.read("young_result", "guilty") == .ambiguous([1, 2]))
    }

    @Test func aLeadingNoIsTheAnswerNo() {
        #expect(Self.read("open_now", "no, I finished my probation") == .answer(.choice("nothing"), exact: false, sure: false))
        #expect(Self.read("open_now", "nah, parole was done in 2012") == .answer(.choice("nothing"), exact: false, sure: false))
        #expect(Self.read("citizen", "no I have a green card") == .answer(.choice("not_citizen"), exact: false))
        #expect(Self.read("open_now", "yes") == .ambiguous([1, 2, 3]))
    }

    @Test func yesOrNoFromNegation() {
        #expect(Self.read("registrant", "I don't have to register") == .answer(.no, exact: false))
        #expect(Self.read("jail_split", "it wasn't split") == .answer(.no, exact: false))
        #expect(Self.read("another_case", "no thanks") == .answer(.no, exact: true))
        #expect(Self.read("minor_check", "probably not") == .answer(.no, exact: false, sure: false))
        // A question about two things: denying one of them does not answer it.
        #expect(Self.read("serious", "not violent") == .notUnderstood)
        #expect(Self.read("serious", "no, it was not serious or violent") == .answer(.no, exact: false))
        #expect(Self.read("minor_check", "yes, but not a felony") == .notUnderstood)
    }

    // MARK: - Two facts, places, questions

    @Test func clausesThatPointAtTwoChoicesAreAskedAbout() {
        let result = Self.read("probation_result", "I had one violation but they reinstated me and I finished")
        #expect(result == .ambiguous([Self.index("probation_result", "completed"), Self.index("probation_result", "violated")].sorted()))
        #expect(Self.read("props", "sales of marijuana") == .ambiguous([0, 2]))
        #expect(Self.read("case_place", "no it was in Nevada, I live in California now") == .ambiguous([0, 2]))
        #expect(Self.read("case_place", "yes in California but federal court") == .ambiguous([0, 1]))
        // A change names what it became, not always what it was.
        #expect(Self.read("conv_level", "it got reduced to a misdemeanor") == .ambiguous([0, 1, 2]))
        // Words of a label beside words no choice names are not enough.
        #expect(Self.read("props", "it was a felony DUI") == .notUnderstood)
    }

    @Test func theLongerListedWordsWin() {
        #expect(Self.read("case_place", "Nevada County") == .answer(.choice("california"), exact: true))
        #expect(Self.read("case_place", "Nevada") == .answer(.choice("other_state"), exact: true))
        #expect(Self.read("props", "it was possession for sale of cocaine") == .answer(.choice("none"), exact: false))
        #expect(Self.read("props", "drug possession") == .answer(.choice("theft_drug"), exact: true))
    }

    @Test func aPlaceInTheListInWords() {
        #expect(Self.read("case_place", "the first one") == .answer(.choice("california"), exact: true))
        #expect(Self.read("case_place", "la tercera", "es") == .answer(.choice("other_state"), exact: true))
        #expect(Self.read("case_place", "the last one") == .answer(.unknown, exact: true))
        #expect(Self.read("how_ended", "five") == .answer(.choice("convicted"), exact: true))
        #expect(Self.read("props", "none") == .answer(.choice("none"), exact: true))
    }

    @Test func aQuestionGetsHelp() {
        #expect(Self.read("props", "what is prop 47") == .question)
        #expect(Self.read("how_ended", "qué es DEJ", "es") == .question)
        #expect(Self.read("another_case", "can I talk to someone") == .question)
    }

    @Test func typos() {
        #expect(Self.read("minor_check", "yse") == .answer(.yes, exact: true))
        #expect(Self.read("another_case", "noo") == .answer(.no, exact: true))
        #expect(Self.read("how_ended", "convited") == .answer(.choice("convicted"), exact: false))
        #expect(Self.read("age", "sixten") == .estimate(16, range: 14...18, hedged: true))
        #expect(Self.read("age", "twentyone") == .answer(.number(21), exact: true))
    }

    @Test func unknownBesideAnAnswerIsAskedAgain() {
        #expect(Self.read("age", "no clue") == .answer(.unknown, exact: true))
        #expect(Self.read("age", "not sure maybe 20") == .notUnderstood)
        #expect(Self.read("citizen", "ya merito", "es") == .notUnderstood)
    }

    // MARK: - Times and ages

    @Test func aNumberPastTheEndOfTheListIsAListedWord() {
        #expect(Self.read("registrant_offense", "288") == .answer(.choice("barred"), exact: true))
        #expect(Self.read("registrant_offense", "314") == .answer(.choice("other"), exact: true))
        #expect(Self.read("registrant_offense", "2") == .answer(.choice("other"), exact: true))
        #expect(Self.read("registrant_offense", "4") == .outOfRange)
    }

    // Times ago ("six months ago", "hace dos años") are dates now: see DateTests.

    @Test func agesThenAndNow() {
        #expect(Self.read("age", "when I was 19") == .answer(.number(19), exact: true))
        #expect(Self.read("age", "I'm 40 now, it happened when I was 19") == .answer(.number(19), exact: true))
        #expect(Self.read("age", "tengo 40, pero tenía 19 cuando pasó", "es") == .answer(.number(19), exact: true))
        #expect(Self.read("age", "I'm 40 now") == .wrongNumber(.ageNow))
        #expect(Self.read("age", "2019") == .wrongNumber(.yearNotAge))
        #expect(Self.read("age", "I was 17, it was in 2015") == .answer(.number(17), exact: true))
        #expect(Self.read("age", "about 30") == .estimate(30, range: 28...32, hedged: true))
    }

    // MARK: - Saying back before taking

    static func conversation(at node: String, after inputs: [String]) -> Conversation {
        var conversation = Conversation(dialog: dialog, language: "en")
        _ = conversation.start()
        for input in inputs { _ = conversation.handle(input) }
        #expect(conversation.current == node)
        return conversation
    }

    @Test func aLooseReadingThatMattersIsSaidBackFirst() {
        var conversation = Self.conversation(at: "open_now", after: ["1"])
        _ = conversation.handle("no, I finished my probation")
        #expect(conversation.isConfirming)
        #expect(conversation.completions == ["Yes", "No"])
        _ = conversation.handle("yes")
        #expect(conversation.current == "age")
    }

    @Test func aNoToTheReadingAsksAgain() {
        var conversation = Self.conversation(at: "open_now", after: ["1"])
        _ = conversation.handle("no, I finished my probation")
        let replies = conversation.handle("2")
        #expect(replies.first == .note("OK, let's try again."))
        #expect(conversation.current == "open_now" && !conversation.isConfirming)
    }

    @Test func anotherAnswerAtTheQuestionIsTaken() {
        var conversation = Self.conversation(at: "open_now", after: ["1"])
        _ = conversation.handle("no, I finished my probation")
        _ = conversation.handle("3")
        #expect(conversation.taken?.value == .choice("probation"))
    }

    @Test func aLooseReadingThatChangesNothingIsOnlySaidBack() throws {
        let yaml = """
            id: t
            start: q
            nodes:
              q:
                ask: Which color?
                answer:
                  choice:
                    - { id: red, label: Red }
                    - { id: blue, label: Blue }
                next: done
              done:
                outcome: Thanks.
            """
        var conversation = Conversation(dialog: try Repository.dialog(yaml))
        _ = conversation.start()
        let replies = conversation.handle("not red")
        #expect(replies.first == .note("OK: Blue."))
        #expect(conversation.isFinished)
    }

    @Test func days() {
        #expect(Day("2026-11-15") == Day(year: 2026, month: 11, day: 15))
        #expect(Day("2024-02-29") != nil)
        for bad in ["2026-02-29", "2026-13-01", "26-11-15", "2026-11-5", "2026/11/15", "", "2026-11-15x"] {
            #expect(Day(bad) == nil, "\(bad)")
        }
    }
}
