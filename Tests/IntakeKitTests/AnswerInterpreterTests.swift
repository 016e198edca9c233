import IntakeKit
import Testing

/// How answers in a person's own words are read, in English and Spanish.
@Suite struct AnswerInterpreterTests {
    typealias Result = AnswerInterpreter.Result

    static let yesNo = Dialog.Question(answer: .yesNo, save: "q", allowsUnknown: true)
    static let yesNoStrict = Dialog.Question(answer: .yesNo, save: "q", allowsUnknown: false)
    static let age = Dialog.Question(answer: .number(min: 8, max: 110), save: "q", allowsUnknown: true)
    static let sentence = Dialog.Question(
        answer: .choice([
            choice("probation", en: "Probation", es: "Libertad condicional (probation)", words: ["probatoria"]),
            choice("county_jail", en: "County jail", es: "Cárcel del condado", words: ["jail", "carcel", "1170h"]),
            choice("state_prison", en: "State prison", es: "Prisión estatal", words: ["prison", "prision", "pen", "cdcr"]),
        ]), save: "q", allowsUnknown: true)
    static let level = Dialog.Question(
        answer: .choice([
            choice("misdemeanor", en: "Misdemeanor", es: "Delito menor", words: ["misdemeanour", "menor"]),
            choice("felony", en: "Felony", es: "Delito grave", words: ["grave"]),
            choice("infraction", en: "Infraction (like a ticket)", es: "Infracción (como una multa)", words: ["ticket", "multa"]),
        ]), save: "q", allowsUnknown: false)
    static let ending = Dialog.Question(
        answer: .choice([
            choice("probation_done", en: "I finished probation", es: "Terminé la probation", words: []),
            choice("probation_violated", en: "I violated probation", es: "Violé la probation", words: []),
        ]), save: "q", allowsUnknown: false)

    static func choice(_ id: String, en: String, es: String, words: [String]) -> Dialog.Choice {
        Dialog.Choice(
            id: id, label: Dialog.Text(byLanguage: ["en": en, "es": es], location: SourceLocation(line: 1, column: 1)),
            words: ["": words], location: SourceLocation(line: 1, column: 1))
    }

    /// The reading, with `sure` left out (UnderstandingTests cover it).
    static func read(_ question: Dialog.Question, _ input: String, _ language: String = "en") -> Result {
        let result = AnswerInterpreter(question: question, language: language, vocabulary: Languages.builtIn.vocabulary).interpret(input)
        if case .answer(let value, let exact, _) = result { return .answer(value, exact: exact) }
        return result
    }

    // MARK: - Yes and no

    @Test(
        arguments: [
            ("yes", Value.yes), ("Yes", .yes), ("YES!", .yes), ("y", .yes), ("yeah", .yes), ("yep", .yes), ("yup", .yes),
            ("sure", .yes), ("correct", .yes), ("right", .yes), ("ok", .yes), ("yes I was", .yes), ("yeah, they did", .yes),
            ("1", .yes), ("sí", .yes), ("si", .yes), ("Sí, señor", .yes), ("claro", .yes), ("claro que sí", .yes),
            ("cierto", .yes), ("no", .no), ("No.", .no), ("n", .no), ("nope", .no), ("nah", .no), ("never", .no),
            ("no I wasn't", .no), ("I was not", .no), ("they didn't", .no), ("2", .no), ("nunca", .no), ("no, nunca", .no),
            ("3", .unknown), ("I don't know", .unknown), ("dont know", .unknown), ("idk", .unknown), ("not sure", .unknown),
            ("I'm not sure", .unknown), ("no idea", .unknown), ("no sé", .unknown), ("no se", .unknown), ("no lo sé", .unknown),
            ("no estoy seguro", .unknown), ("no me acuerdo", .unknown), ("ni idea", .unknown), ("I can't remember", .unknown),
            ("dunno", .unknown), ("no recuerdo", .unknown),
        ] as [(String, Value)])
    func yesNoAnswers(_ input: String, _ expected: Value) {
        guard case .answer(let value, _, _) = Self.read(Self.yesNo, input) else {
            Issue.record("\(input) was not understood")
            return
        }
        #expect(value == expected, "\(input)")
    }

    @Test(arguments: ["maybe", "yes and no", "sí y no", "banana", "4", "0", "qwerty", "???", "the", "perhaps not yes"])
    func yesNoNotUnderstood(_ input: String) {
        #expect(Self.read(Self.yesNo, input) == .notUnderstood, "\(input)")
    }

    @Test func dontKnowWhereItIsNotOffered() {
        #expect(Self.read(Self.yesNoStrict, "I don't know") == .dontKnowNotOffered)
        #expect(Self.read(Self.yesNoStrict, "3") == .notUnderstood)
    }

    @Test func emptyIsNotAnAnswer() {
        #expect(Self.read(Self.yesNo, "") == .empty)
        #expect(Self.read(Self.yesNo, "   ") == .empty)
        #expect(Self.read(Self.yesNo, "...") == .notUnderstood)
    }

    @Test func oneWordIsExactAndASentenceIsNot() {
        #expect(Self.read(Self.yesNo, "yes") == .answer(.yes, exact: true))
        #expect(Self.read(Self.yesNo, "yes I was") == .answer(.yes, exact: true))
        #expect(Self.read(Self.yesNo, "yes, it was a felony") == .answer(.yes, exact: false))
    }

    // MARK: - Numbers

    @Test(
        arguments: [
            ("16", 16), ("I was 16", 16), ("16 years old", 16), ("16yo", 16), ("sixteen", 16), ("Sixteen.", 16),
            ("twenty-one", 21), ("twenty one", 21), ("I was twenty one", 21), ("forty", 40), ("ninety nine", 99),
            ("a hundred", 100), ("one hundred and five", 105), ("eighteen", 18), ("8", 8), ("110", 110),
            ("dieciséis", 16), ("dieciseis", 16), ("tenía 17 años", 17), ("diecisiete", 17), ("veintiuno", 21),
            ("veinte", 20), ("treinta y dos", 32), ("cuarenta y cinco", 45), ("cien", 100), ("ciento cinco", 105),
            ("tenía quince años", 15), ("30ish", 30), ("age: 45", 45), ("  19  ", 19),
        ] as [(String, Int)])
    func numberAnswers(_ input: String, _ expected: Int) {
        #expect(Self.read(Self.age, input) == .answer(.number(expected), exact: true), "\(input)")
    }

    @Test(arguments: ["7", "111", "0", "500", "two", "cinco", "999999999999"])
    func numbersOutOfRange(_ input: String) {
        #expect(Self.read(Self.age, input) == .outOfRange, "\(input)")
    }

    @Test(arguments: ["16 or 17", "between 20 and 25", "dieciséis o diecisiete"])
    func severalNumbers(_ input: String) {
        #expect(Self.read(Self.age, input) == .severalNumbers, "\(input)")
    }

    @Test(arguments: ["young", "old enough", "hmm", "joven"])
    func numbersNotUnderstood(_ input: String) {
        #expect(Self.read(Self.age, input) == .notUnderstood, "\(input)")
    }

    @Test(arguments: ["I don't know", "not sure", "no sé", "can't remember"])
    func numbersUnknown(_ input: String) {
        #expect(Self.read(Self.age, input) == .answer(.unknown, exact: true), "\(input)")
    }

    // MARK: - Choices

    @Test(
        arguments: [
            ("1", "probation", true), ("2", "county_jail", true), ("3", "state_prison", true), ("number 2", "county_jail", true),
            ("option 3", "state_prison", true), ("probation", "probation", true), ("Probation", "probation", true),
            ("county jail", "county_jail", true), ("COUNTY JAIL", "county_jail", true), ("state prison", "state_prison", true),
            ("county_jail", "county_jail", true), ("jail", "county_jail", true), ("prison", "state_prison", true),
            ("cdcr", "state_prison", true), ("1170h", "county_jail", true),
            ("probaton", "probation", false), ("probabtion", "probation", false), ("prob", "probation", false),
            ("I got probation", "probation", false), ("they gave me probation", "probation", false),
            ("I went to prison", "state_prison", false), ("I did time in the county jail", "county_jail", false),
            ("state prision", "state_prison", false), ("countyjail", "county_jail", false), ("conty", "county_jail", false),
            ("the pen", "state_prison", false), ("jial", "county_jail", false),
        ] as [(String, String, Bool)])
    func choicesInEnglish(_ input: String, _ id: String, _ exact: Bool) {
        #expect(Self.read(Self.sentence, input) == .answer(.choice(id), exact: exact), "\(input)")
    }

    @Test(
        arguments: [
            ("libertad condicional", "probation", false), ("cárcel del condado", "county_jail", true),
            ("carcel del condado", "county_jail", true), ("prisión estatal", "state_prison", true),
            ("prision", "state_prison", true), ("fui a la cárcel", "county_jail", false), ("probatoria", "probation", true),
            ("me dieron probatoria", "probation", false), ("2", "county_jail", true), ("estatal", "state_prison", false),
        ] as [(String, String, Bool)])
    func choicesInSpanish(_ input: String, _ id: String, _ exact: Bool) {
        #expect(Self.read(Self.sentence, input, "es") == .answer(.choice(id), exact: exact), "\(input)")
    }

    @Test(arguments: [
        ("misdemeanor", "misdemeanor"), ("misdemeanour", "misdemeanor"), ("misdemenor", "misdemeanor"),
        ("a misdemeanor", "misdemeanor"), ("felony", "felony"), ("felny", "felony"), ("it was a felony", "felony"),
        ("ticket", "infraction"), ("a traffic ticket", "infraction"), ("infraction", "infraction"),
        ("Infraction (like a ticket)", "infraction"), ("infracion", "infraction"), ("fel", "felony"),
    ])
    func choiceLevels(_ input: String, _ id: String) {
        guard case .answer(.choice(let found), _, _) = Self.read(Self.level, input) else {
            Issue.record("\(input) was not understood")
            return
        }
        #expect(found == id, "\(input)")
    }

    @Test(arguments: [
        ("delito menor", "misdemeanor"), ("menor", "misdemeanor"), ("delito grave", "felony"), ("grave", "felony"),
        ("una multa", "infraction"), ("multa", "infraction"), ("fue un delito grave", "felony"),
    ])
    func choiceLevelsInSpanish(_ input: String, _ id: String) {
        guard case .answer(.choice(let found), _, _) = Self.read(Self.level, input, "es") else {
            Issue.record("\(input) was not understood")
            return
        }
        #expect(found == id, "\(input)")
    }

    @Test func ambiguousChoicesAreNamedNeverPicked() {
        #expect(Self.read(Self.ending, "probation") == .ambiguous([0, 1]))
        #expect(Self.read(Self.ending, "I finished") == .answer(.choice("probation_done"), exact: false))
        #expect(Self.read(Self.ending, "violated") == .answer(.choice("probation_violated"), exact: false))
        #expect(Self.read(Self.level, "delito", "es") == .ambiguous([0, 1]))
    }

    @Test(arguments: ["banana", "xyz", "the", "7", "I had a lawyer", "q"])
    func choicesNotUnderstood(_ input: String) {
        let result = Self.read(Self.sentence, input)
        #expect(result == .notUnderstood || result == .outOfRange, "\(input): \(result)")
    }

    @Test func choiceNumbersOutOfRange() {
        #expect(Self.read(Self.sentence, "4") == .answer(.unknown, exact: true))
        #expect(Self.read(Self.sentence, "5") == .outOfRange)
        #expect(Self.read(Self.level, "4") == .outOfRange)
        #expect(Self.read(Self.level, "0") == .outOfRange)
    }

    @Test func choiceUnknown() {
        #expect(Self.read(Self.sentence, "not sure") == .answer(.unknown, exact: true))
        #expect(Self.read(Self.level, "not sure") == .dontKnowNotOffered)
    }

    @Test func sameWordsSameResult() {
        for input in ["probaton", "I got probation", "jial", "the pen"] {
            #expect(Self.read(Self.sentence, input) == Self.read(Self.sentence, input))
        }
    }
}

/// More cases, as people type at a kiosk: without accents, in Spanish, half in English.
@Suite struct AnswerInterpreterMoreTests {
    typealias T = AnswerInterpreterTests

    @Test(
        arguments: [
            ("SI", Value.yes), ("Si claro", .yes), ("sip", .yes), ("seguro", .yes), ("exacto", .yes), ("afirmativo", .yes),
            ("yes sir", .yes), ("yea", .yes), ("ok", .yes), ("absolutely", .yes), ("NO", .no), ("nel", .no), ("nunca jamas", .no),
            ("no señor", .no), ("nope never", .no), ("negative", .no), ("no lo se", .unknown), ("nose", .unknown),
            ("quien sabe", .unknown), ("no estoy segura", .unknown), ("ni idea", .unknown), ("I forgot", .unknown),
            ("dont remember", .unknown), ("No sé.", .unknown),
        ] as [(String, Value)])
    func moreYesNo(_ input: String, _ expected: Value) {
        guard case .answer(let value, _, _) = T.read(T.yesNo, input, "es") else {
            Issue.record("\(input) was not understood")
            return
        }
        #expect(value == expected, "\(input)")
    }

    @Test(
        arguments: [
            ("tenia 16", 16), ("16 anos", 16), ("dieciocho", 18), ("diecinueve años", 19), ("veintidós", 22), ("veintidos", 22),
            ("treinta", 30), ("cuarenta y uno", 41), ("sesenta y siete", 67), ("noventa", 90), ("ochenta y ocho", 88),
            ("seventeen", 17), ("nineteen years", 19), ("fifty five", 55), ("seventy-two", 72),
        ] as [(String, Int)])
    func moreNumbers(_ input: String, _ expected: Int) {
        #expect(T.read(T.age, input) == .answer(.number(expected), exact: true), "\(input)")
    }

    @Test(arguments: [
        ("carcel", "county_jail"), ("la carcel del condado", "county_jail"), ("prision", "state_prison"),
        ("prision del estado", "state_prison"), ("condicional", "probation"), ("libertad", "probation"),
        ("1", "probation"), ("3", "state_prison"),
    ])
    func moreSpanishChoices(_ input: String, _ id: String) {
        guard case .answer(.choice(let found), _, _) = T.read(T.sentence, input, "es") else {
            Issue.record("\(input) was not understood")
            return
        }
        #expect(found == id, "\(input)")
    }

    @Test(arguments: ["xyzzy", "123abc456", "🙂", "???", "...", "asdfgh"])
    func nonsenseIsNeverAnAnswer(_ input: String) {
        switch T.read(T.level, input) {
        case .answer: Issue.record("\(input) was taken as an answer")
        default: break
        }
    }
}
