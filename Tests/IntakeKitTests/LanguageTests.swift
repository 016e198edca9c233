import IntakeKit
import Testing

/// Languages are data: a third language, defined here and not in the engine, runs, switches
/// and checks like the built-in ones.
@Suite struct LanguageTests {
    /// Testish: a small made-up language for this test.
    static let testish: Language = {
        var phrases = Language.english.phrases
        phrases.yes = "Yip"
        phrases.no = "Nop"
        phrases.understood = { "Okish: \($0)" }
        phrases.switchedLanguage = "Okish, Testish now."
        phrases.didNotUnderstand = "Huh-ish?"
        phrases.answerYesOrNo = "Yip or nop."
        phrases.chooseThisLanguage = { "Testish: tap \($0)." }
        return Language(
            code: "tt", phrases: phrases,
            vocabulary: Vocabulary(
                yes: ["yip"], no: ["nop"], unknown: ["dunnoish"], filler: ["um"],
                units: ["oneish": 1, "twoish": 2], tens: [:], hundreds: [], joiners: []),
            commands: [.help: ["halp"], .back: ["bak"], .repeatQuestion: ["agin"], .review: ["reviu"], .startOver: ["anew"], .quit: ["byeish"]],
            names: ["testish"], offerNames: ["t"], readingLevel: nil)
    }()

    static let languages = Languages([.english, .spanish, testish])

    static func dialog() throws -> Dialog {
        let text = try Repository.text("Tests/IntakeKitTests/Fixtures/ThreeLanguages.yaml")
        let result = DialogLoader.load(text: text, file: "ThreeLanguages.yaml", languages: languages)
        #expect(result.diagnostics.map(\.description) == [])
        return try #require(result.dialog)
    }

    static func texts(_ replies: [Conversation.Reply]) -> [String] {
        replies.map { reply in
            switch reply {
            case .text(let text), .outcome(let text), .note(let text): return text
            case .question(let text, let choices): return ([text] + choices).joined(separator: " | ")
            }
        }
    }

    @Test func aThirdLanguageIsOfferedPickedAndUnderstood() throws {
        var conversation = Conversation(dialog: try Self.dialog(), languages: Self.languages)
        #expect(Self.texts(conversation.start()) == ["For English, type 1.\n\nPara español, escriba 2.\n\nTestish: tap 3."])
        #expect(Self.texts(conversation.handle("3")) == ["Arrestish? | Yip | Nop"])
        #expect(Self.texts(conversation.handle("halp")).first == "Helpish text.")
        #expect(Self.texts(conversation.handle("yip")) == ["Arrestish yip."])
    }

    @Test func switchingWorksForEveryLanguageTheDialogDeclares() throws {
        var conversation = Conversation(dialog: try Self.dialog(), language: "tt", languages: Self.languages)
        _ = conversation.start()
        #expect(Self.texts(conversation.handle("english")) == ["OK, we will go on in English.", "Were you arrested? | Yes | No"])
        #expect(Self.texts(conversation.handle("testish")) == ["Okish, Testish now.", "Arrestish? | Yip | Nop"])
        #expect(Self.texts(conversation.handle("español")) == ["Bien, seguimos en español.", "¿Lo arrestaron? | Sí | No"])
        // Words of every language the dialog speaks are understood in any of them.
        #expect(Self.texts(conversation.handle("nop")) == ["Usted dijo que no lo arrestaron."])
    }

    @Test func aLanguageWithNoTableChecksWithoutReadingLevelsAndSpeaksEnglish() throws {
        let text = try Repository.text("Tests/IntakeKitTests/Fixtures/ThreeLanguages.yaml")
        let result = DialogLoader.load(text: text, file: "ThreeLanguages.yaml")
        #expect(result.diagnostics.map(\.description) == [])
        var conversation = Conversation(dialog: try #require(result.dialog), language: "tt")
        #expect(Self.texts(conversation.start()) == ["Arrestish? | Yes | No"])
    }
}
