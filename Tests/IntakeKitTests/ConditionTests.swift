import IntakeKit
import Testing

@Suite struct ConditionTests {
    static let yaml = """
        id: conditions
        start: age
        nodes:
          age:
            ask: How old were you?
            answer: { number: { min: 8, max: 110 } }
            unknown: true
            next: charges
          charges:
            ask: Were charges filed?
            answer:
              choice:
                - { id: filed, label: "Yes, charges were filed" }
                - { id: not_filed, label: "No charges were filed" }
                - { id: dismissed, label: "They were dropped" }
            next: convicted
          convicted:
            ask: Were you convicted?
            answer: yes_no
            unknown: true
            next: name
          name:
            ask: What is the name of the court?
            answer: text
            next:
              - if: CONDITION
                goto: matched
              - goto: other
          matched:
            outcome: matched
          other:
            outcome: other
        """

    /// Whether `condition` holds after the answers `lines`.
    func holds(_ condition: String, _ lines: [String]) throws -> Bool {
        let dialog = try Repository.dialog(Self.yaml.replacingOccurrences(of: "CONDITION", with: condition))
        var conversation = Conversation(dialog: dialog)
        _ = conversation.start()
        var last: [Conversation.Reply] = []
        for line in lines { last = conversation.handle(line) }
        return last.contains(.outcome("matched"))
    }

    @Test(
        arguments: [
            ("age < 18", ["16", "1", "no", "LA"], true),
            ("age < 18", ["18", "1", "no", "LA"], false),
            ("age <= 18", ["18", "1", "no", "LA"], true),
            ("age >= 18 and convicted", ["30", "1", "yes", "LA"], true),
            ("age >= 18 and convicted", ["30", "1", "no", "LA"], false),
            ("age < 18 or convicted", ["30", "1", "yes", "LA"], true),
            ("not convicted", ["30", "1", "no", "LA"], true),
            ("not (age < 18 or convicted)", ["30", "1", "no", "LA"], true),
            ("charges in [not_filed, dismissed]", ["30", "3", "no", "LA"], true),
            ("charges not in [not_filed, dismissed]", ["30", "3", "no", "LA"], false),
            ("charges == filed", ["30", "1", "no", "LA"], true),
            ("charges != filed", ["30", "1", "no", "LA"], false),
            ("age == unknown", ["I don't know", "1", "no", "LA"], true),
            ("age < 18", ["I don't know", "1", "no", "LA"], false),
            ("convicted == unknown", ["30", "1", "not sure", "LA"], true),
            ("name == \"los angeles\"", ["30", "1", "no", "Los Angeles"], true),
            ("convicted == no and (charges == filed or age > 100)", ["30", "1", "no", "LA"], true),
        ] as [(String, [String], Bool)])
    func evaluates(_ condition: String, _ lines: [String], _ expected: Bool) throws {
        #expect(try holds(condition, lines) == expected, "\(condition) after \(lines)")
    }

    @Test(arguments: [
        ("age <", "the condition ends where a value was expected"),
        ("age = 18", "use '==' to compare, not '='"),
        ("(age < 18", "the condition ends where ')' was expected"),
        ("age < 18 18", "unexpected '18' after the end of the condition"),
        ("charges in not_filed", "expected '[' but found 'not_filed'"),
        ("and", "expected a saved answer's name but found 'and'"),
        ("name == \"open", "the quoted text is not closed"),
        ("age < 18 & convicted", "unexpected character '&'"),
    ])
    func syntaxErrors(_ source: String, _ message: String) {
        #expect(throws: ConditionSyntaxError.self) { try Condition.parse(source, at: SourceLocation(line: 1, column: 1)) }
        do {
            _ = try Condition.parse(source, at: SourceLocation(line: 1, column: 1))
        } catch {
            #expect(error.message == message)
        }
    }

    /// Names in any alphabet, and columns counted in characters, not bytes, after them.
    @Test func lettersOfOtherAlphabetsAndTheirColumns() throws {
        let condition = try Condition.parse("año_2 >= 18 and niño", at: SourceLocation(line: 7, column: 13))
        guard case .and(.compare(let year, .greaterOrEqual, let literal), .truthy(let child)) = condition else {
            Issue.record("parsed as \(condition)")
            return
        }
        #expect(year == Condition.Name(name: "año_2", location: SourceLocation(line: 7, column: 13)))
        #expect(literal == Condition.Literal(value: .number(18), location: SourceLocation(line: 7, column: 22)))
        #expect(child == Condition.Name(name: "niño", location: SourceLocation(line: 7, column: 29)))

        do {
            _ = try Condition.parse("año § 3", at: SourceLocation(line: 1, column: 1))
            Issue.record("'§' was accepted")
        } catch {
            #expect(error.message == "unexpected character '§'")
            #expect(error.location == SourceLocation(line: 1, column: 5))
        }
    }
}
