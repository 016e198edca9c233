import Foundation
import IntakeKit
import Testing

/// `intake check`: every rule has a broken fixture that proves it fires, and every fixture's
/// messages are pinned, whole, in its own `# expect:` lines.
@Suite struct CheckerTests {
    static let fixtures = Repository.files(under: "Tests/IntakeKitTests/Fixtures/Invalid", suffix: ".yaml")

    @Test func everyRuleHasAFixture() {
        let names = Set(Self.fixtures.map { ($0 as NSString).lastPathComponent.replacingOccurrences(of: ".yaml", with: "") })
        // Paths-MustEndWell comes from `intake paths`, whose own tests build a dialog per problem.
        for rule in Diagnostic.Rule.allCases where rule != .pathsMustEndWell {
            #expect(names.contains(rule.rawValue), "no fixture for rule \(rule.rawValue)")
        }
        for name in names {
            #expect(Diagnostic.Rule(rawValue: name) != nil, "fixture \(name) names no rule")
        }
    }

    @Test(arguments: fixtures)
    func fixtureProducesExactlyItsMessages(_ path: String) throws {
        let text = try Repository.text(path)
        let name = (path as NSString).lastPathComponent
        let expected = text.split(separator: "\n").compactMap { line in
            line.hasPrefix("# expect: ") ? String(line.dropFirst("# expect: ".count)) : nil
        }
        let result = DialogLoader.load(text: text, file: name)
        #expect(result.diagnostics.map(\.description) == expected)
        let rule = name.replacingOccurrences(of: ".yaml", with: "")
        #expect(result.diagnostics.contains { $0.rule.rawValue == rule }, "\(name) does not fire its own rule")
        if result.diagnostics.hasErrors {
            #expect(result.dialog == nil)
        }
    }

    /// The YAML mistakes authors make most, each said in plain words at the place to fix.
    @Test(arguments: Repository.files(under: "Tests/IntakeKitTests/Fixtures/YAML", suffix: ".yaml"))
    func yamlMistakesAreExplained(_ path: String) throws {
        let text = try Repository.text(path)
        let expected = text.split(separator: "\n").compactMap { line in
            line.hasPrefix("# expect: ") ? String(line.dropFirst("# expect: ".count)) : nil
        }
        #expect(!expected.isEmpty)
        let result = DialogLoader.load(text: text, file: (path as NSString).lastPathComponent)
        #expect(result.diagnostics.map(\.description) == expected)
    }

    @Test(arguments: Repository.files(under: "Dialogs", suffix: ".yaml"))
    func shippedDialogsCheckClean(_ path: String) throws {
        let result = DialogLoader.load(text: try Repository.text(path), file: path)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.dialog != nil)
    }

    @Test func reportsEveryProblemInOneRun() {
        let yaml = """
            id: many
            start: a
            nodes:
              a:
                ask: Were you arrested?
                help: The rules depend on it.
                answer: yes_no
                nxt: b
              b:
                say: Hi there, how are you?
                next: c
            """
        let result = DialogLoader.load(text: yaml, file: "many.yaml")
        #expect(
            result.diagnostics.map(\.description) == [
                "many.yaml:4:3: error: node 'a' has no 'next'; only an outcome may end the conversation",
                "many.yaml:8:5: error: unknown key 'nxt' in node 'a'; did you mean 'next'?",
                "many.yaml:9:3: warning: node 'b' cannot be reached from 'a'",
                "many.yaml:11:11: error: 'next' names unknown node \"c\"",
            ])
    }

    @Test func renderedDiagnosticShowsTheLineAndACaret() {
        let source = "id: x\nstart: welcom\nnodes:\n  welcome:\n    outcome: Bye.\n"
        let result = DialogLoader.load(text: source, file: "x.yaml")
        #expect(
            result.diagnostics.first?.rendered(source: source) == """
                x.yaml:2:8: error: 'start' names unknown node "welcom"; did you mean "welcome"?
                    start: welcom
                           ^
                """)
    }

    @Test func malformedInputNeverCrashes() {
        let inputs: [String] = [
            "", "---", "- a\n- b", "id: [", "nodes: 5", "id: x\nstart: a\nnodes:\n  a: 5",
            "id: x\nstart: a\nnodes:\n  a:\n    ask: [1, 2]\n    answer: { choice: 5 }",
            "a: &x 1\nb: *x", "id: x\n---\nid: y", String(repeating: "[", count: 200),
            "id: x\nstart: a\nnodes:\n  a:\n    ask: q\n    answer: { number: { min: x } }\n    next: a",
            "id: x\nstart: a\nnodes:\n  a:\n    outcome: \"\\u0000\"",
            "? [a]\n: b",
        ]
        for input in inputs {
            let result = DialogLoader.load(text: input, file: "bad.yaml")
            #expect(result.dialog == nil || result.diagnostics.isEmpty, "input: \(input)")
            #expect(!result.diagnostics.isEmpty || result.dialog != nil)
        }
    }

    @Test func invalidUTF8IsAnErrorWithAPosition() {
        var bytes = Array("id: x\nstart: a\n".utf8)
        bytes += [0x6E, 0x6F, 0x64, 0xFF, 0x65, 0x73, 0x3A, 0x0A]
        let result = DialogLoader.load(bytes: bytes, file: "bad.yaml")
        #expect(result.dialog == nil)
        #expect(result.diagnostics.map(\.description) == ["bad.yaml:3:4: error: invalid leading UTF-8 octet"])
    }

    @Test func aliasesAreRefused() {
        let result = DialogLoader.load(text: "id: &a x\nstart: *a\nnodes: {}\n", file: "a.yaml")
        #expect(result.diagnostics.map(\.description) == ["a.yaml:2:8: error: anchors and aliases ('*name') are not supported in dialog files"])
    }

    @Test func deepNestingIsRefused() {
        let result = DialogLoader.load(text: String(repeating: "[", count: 100), file: "deep.yaml")
        #expect(result.diagnostics.first?.message == "the file nests more than 64 levels deep")
    }
}

@Suite struct TranslationTests {
    static let yaml = """
        id: notice
        languages: [en, es, fr]
        draft: [fr]
        start: kind
        nodes:
          kind:
            ask:
              en: Did you get a written notice?
              es: "¿Recibió un aviso por escrito?"
            help: { en: A notice is a paper., es: Un aviso es un papel. }
            answer: yes_no
            next: done
          done:
            outcome: { en: Keep it., es: Guárdelo., fr: Gardez-le. }
        """

    @Test func aDraftLanguageIsCountedNotRequiredAndNeverOffered() throws {
        let dialog = try Repository.dialog(Self.yaml)
        #expect(dialog.languages == ["en", "es"] && dialog.drafts == ["fr"])
        let statuses = TranslationStatus.of(dialog)
        #expect(statuses.map(\.summary) == ["es 100% (3 of 3)", "fr 33% (1 of 3, draft: not offered to visitors)"])
        var conversation = Conversation(dialog: dialog)
        let offer = conversation.start()
        #expect(offer.description.contains("español") || offer.description.contains("2"))
        #expect(!offer.description.contains("3"), "only two languages are offered")
    }

    @Test func stampingMarksTheTranslationsAndAChangedSourceMakesThemStale() throws {
        let stamped = try TranslationStatus.stamping("es", in: Self.yaml, languages: ["en", "es", "fr"])
        #expect(stamped.count == 3)
        #expect(stamped.text.contains("es@\(Dialog.Text.stamp(of: "Did you get a written notice?")): \"¿Recibió"))
        #expect(stamped.text.contains("es@\(Dialog.Text.stamp(of: "Keep it.")): Guárdelo."))
        // Stamped again, nothing moves.
        #expect(try TranslationStatus.stamping("es", in: stamped.text, languages: ["en", "es", "fr"]).text == stamped.text)
        #expect(DialogLoader.load(text: stamped.text, file: "n.yaml").diagnostics.filter { $0.rule == .translationMustBeCurrent }.isEmpty)
        let edited = stamped.text.replacingOccurrences(of: "Did you get a written notice?", with: "Did you get a notice in writing?")
        let stale = DialogLoader.load(text: edited, file: "n.yaml").diagnostics.filter { $0.rule == .translationMustBeCurrent }
        #expect(stale.count == 1 && stale[0].location.line == 9)
    }
}
