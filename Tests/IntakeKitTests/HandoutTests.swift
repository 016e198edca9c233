import Testing

@testable import IntakeKit

/// The printed handout: what goes on it, what never does, and its PostScript.
@Suite struct HandoutTests {
    static func california() throws -> Dialog {
        try Repository.dialog(try Repository.text("Dialogs/california.yaml"), file: "Dialogs/california.yaml")
    }

    /// Plays answers from the start; returns the conversation after the last.
    static func play(_ answers: [String], language: String = "en") throws -> Conversation {
        var conversation = Conversation(dialog: try california(), language: language, today: Day(year: 2026, month: 11, day: 15))
        _ = conversation.start()
        for answer in answers { _ = conversation.handle(answer) }
        return conversation
    }

    /// A felony with state prison before October 2011, theft: the longest explanation; a
    /// person who is not a U.S. citizen. The age answer carries a canary.
    static let prisonStory = ["1", "1", "CANARY-AGE-77", "30", "5", "felony", "no", "3", "yes", "no", "2", "January 2025", "2", "yes", "no"]

    @Test func theHandoutHoldsEachCaseAndTheDialogsClosingText() throws {
        let conversation = try Self.play(Self.prisonStory)
        #expect(conversation.isFinished)
        let handout = try #require(conversation.handout)
        let text = handout.plainText()
        #expect(text.hasPrefix("Clearing a California record: what may help\nPrinted November 15, 2026\n"))
        #expect(text.contains("Your case"))
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for needed in [
            "Penal Code 1203.41", "CR-180", "CR-181", "FW-001", "BCIA 8016RR", "January 2027", "Prop 47", "not legal advice", "clean slate",
        ] {
            #expect(words.contains(needed), "the handout names \(needed)")
        }
    }

    @Test func theHandoutShowsNoAnswerBeyondTheAdvice() throws {
        for language in ["en", "es"] {
            var story = Self.prisonStory
            if language == "es" { story[8] = "si" }
            let conversation = try Self.play(story, language: language)
            let text = try #require(conversation.handout).plainText()
            #expect(!text.contains("CANARY"), "nothing typed is on it")
            #expect(!text.contains("30"), "not the age")
            // The citizenship answer: the warning on the handout is the same for everyone, and
            // the note shown to this person (who said "not a citizen") is kept off it.
            #expect(!text.contains("1473.7"))
            #expect(!text.contains("No, I am not") && !text.contains("no soy ciudadano"))
        }
        // A citizen's handout and a non-citizen's are the same.
        var citizen = Self.prisonStory
        citizen[12] = "1"
        let a = try #require(try Self.play(citizen).handout)
        let b = try #require(try Self.play(Self.prisonStory).handout)
        #expect(a == b)
    }

    @Test func eachCaseHasItsOwnPartInTheLanguageSpokenAtTheEnd() throws {
        let twoCases = [
            "1", "1", "25", "1", "1", "no", "October 2024", "yes", "yes", "1", "1", "30", "dismissed", "no", "June 2025", "español", "no",
        ]
        let conversation = try Self.play(twoCases)
        let handout = try #require(conversation.handout)
        #expect(handout.cases.map(\.heading) == ["Caso 1 de 2", "Caso 2 de 2"])
        #expect(handout.title.hasPrefix("Cómo limpiar"))
        #expect(handout.plainText().contains("CR-409"))
    }

    @Test func noHandoutAfterQuitOrWithoutAnOutcome() throws {
        let quit = try Self.play(Self.prisonStory.dropLast() + ["quit", "yes"])
        #expect(quit.isFinished && quit.handout == nil)
        let ended = try Self.play(["1"])
        #expect(ended.handout == nil)
    }

    @Test func backTakesATextOffTheHandout() throws {
        // "back" from the question after an outcome, then another way: only the new one is on it.
        var story = Self.prisonStory
        story.insert(contentsOf: ["back", "back", "4", "June 2024"], at: 12)  // at the citizenship question
        let conversation = try Self.play(story)
        let text = try #require(conversation.handout).plainText()
        #expect(!text.contains("January 2027"))
    }

    @Test func postScriptIsLatin1AndEscaped() {
        #expect(Handout.escape("Título (CR-180) \\ ¿Qué? “quotes” – ok") == "T\\355tulo \\(CR-180\\) \\\\ \\277Qu\\351? \"quotes\" - ok")
        #expect(Handout.escape("→") == "?")
        let handout = Handout(
            title: "T", date: "D", caseHeading: { "Case \($0) of \($1)" },
            cases: (1...3).map { Handout.Case(round: $0, texts: [String(repeating: "A paragraph of words. ", count: 40)]) }, end: "End.")
        let document = handout.postScript()
        #expect(document.hasPrefix("%!PS-Adobe-3.0\n") && document.hasSuffix("%%EOF\n"))
        let pages = document.components(separatedBy: "\nshowpage\n").count - 1
        #expect(document.contains("%%Pages: \(pages)\n"))
        #expect(document.allSatisfy { $0.isASCII }, "PostScript text is ASCII, accents in octal")
    }

    @Test func aHeadingNeverEndsAPage() {
        let body = Handout.Line(style: .body, text: "x")
        let heading = Handout.Line(style: .heading, text: "Case 2 of 2")
        let lines = Array(repeating: body, count: Handout.linesPerPage - 1) + [heading, body]
        let pages = Handout(title: "", date: "", caseHeading: { _, _ in "" }, cases: [], end: "").paginate(lines)
        #expect(pages.count == 2 && pages[1].first == heading)
    }
}

@Suite struct HandoutCheckTests {
    @Test func handoutTextsAreCheckedLikeAnyText() throws {
        let yaml = """
            id: small
            languages: [en, es]
            start: done
            handout:
              title: { en: "Your {age}" , es: "Su" }
              end: { en: "Free help." }
            nodes:
              done:
                outcome: { en: Done., es: Listo. }
                print: false
            """
        let result = DialogLoader.load(text: yaml, file: "small.yaml")
        let messages = result.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("small.yaml:5:") && $0.contains("cannot show '{age}'") })
        #expect(messages.contains { $0.contains("'end' of 'handout' has no es text") })
    }

    @Test func printBelongsToOutcomesAndMessages() {
        let yaml = """
            id: small
            start: q
            nodes:
              q:
                ask: Done?
                answer: yes_no
                print: false
                next: end
              end:
                outcome: Bye.
            """
        let messages = DialogLoader.load(text: yaml, file: "small.yaml").diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("'print' belongs to outcomes and messages") })
    }
}
