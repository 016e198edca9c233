import IntakeKit

/// Writes a checked dialog as Swift code that builds the same `Dialog` value, so a visitor's
/// start-up reads no YAML. Every initialiser is called with all its arguments: when the model
/// gains a field, the generated code stops compiling instead of dropping it.
struct SwiftSource {
    private(set) var code = ""

    /// A Swift string literal for any text.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func optional<T>(_ value: T?, _ write: (T) -> String) -> String {
        value.map(write) ?? "nil"
    }

    static func location(_ location: SourceLocation) -> String {
        "L(\(location.line), \(location.column))"
    }

    static func strings(_ values: [String]) -> String {
        "[" + values.map(literal).joined(separator: ", ") + "]"
    }

    /// Dictionary literals in sorted key order, so the output does not change from build to build.
    static func dictionary<Value>(_ values: [String: Value], _ write: (Value) -> String) -> String {
        if values.isEmpty { return "[:]" }
        return "[" + values.sorted { $0.key < $1.key }.map { "\(literal($0.key)): \(write($0.value))" }.joined(separator: ", ") + "]"
    }

    static func text(_ text: Dialog.Text) -> String {
        "Dialog.Text(single: \(optional(text.single, literal)), byLanguage: \(dictionary(text.byLanguage, literal)), "
            + "location: \(location(text.location)), locations: \(dictionary(text.locations, location)), stamps: \(dictionary(text.stamps, literal)))"
    }

    static func answer(_ answer: Dialog.AnswerType) -> String {
        switch answer {
        case .yesNo: return ".yesNo"
        case .text: return ".text"
        case .date(let future): return ".date(future: \(future))"
        case .number(let min, let max, let unit): return ".number(min: \(min), max: \(max), unit: .\(unit))"
        case .choice(let choices):
            let written = choices.map { choice in
                "Dialog.Choice(id: \(literal(choice.id)), label: \(text(choice.label)), sentence: \(optional(choice.sentence, text)), "
                    + "words: \(dictionary(choice.words, strings)), location: \(location(choice.location)))"
            }
            return ".choice([\n            " + written.joined(separator: ",\n            ") + "])"
        }
    }

    static func kind(_ kind: Dialog.Node.Kind) -> String {
        switch kind {
        case .question(let question):
            return
                ".question(Dialog.Question(answer: \(answer(question.answer)), save: \(literal(question.save)), allowsUnknown: \(question.allowsUnknown), once: \(question.once)))"
        case .message: return ".message"
        case .outcome: return ".outcome"
        }
    }

    static func target(_ target: Dialog.Target) -> String {
        "Dialog.Target(id: \(literal(target.id)), location: \(location(target.location)))"
    }

    static func next(_ next: Dialog.Next) -> String {
        switch next {
        case .node(let node): return ".node(\(target(node)))"
        case .rules(let rules):
            let written = rules.map { rule in
                "Dialog.Rule(condition: \(optional(rule.condition, condition)), source: \(optional(rule.source, literal)), "
                    + "target: \(target(rule.target)), location: \(location(rule.location)))"
            }
            return ".rules([\n            " + written.joined(separator: ",\n            ") + "])"
        }
    }

    static func condition(_ condition: Condition) -> String {
        func name(_ name: Condition.Name) -> String {
            "Condition.Name(name: \(literal(name.name)), location: \(location(name.location)))"
        }
        func value(_ literal: Condition.Literal) -> String {
            let value: String
            switch literal.value {
            case .word(let word): value = ".word(\(Self.literal(word)))"
            case .number(let number): value = ".number(\(number))"
            case .text(let text): value = ".text(\(Self.literal(text)))"
            }
            return "Condition.Literal(value: \(value), location: \(location(literal.location)))"
        }
        switch condition {
        case .truthy(let n): return ".truthy(\(name(n)))"
        case .compare(let n, let op, let literal): return ".compare(\(name(n)), .\(op), \(value(literal)))"
        case .member(let n, let literals, let negated):
            return ".member(\(name(n)), [\(literals.map(value).joined(separator: ", "))], negated: \(negated))"
        case .not(let inner): return ".not(\(Self.condition(inner)))"
        case .and(let a, let b): return ".and(\(Self.condition(a)), \(Self.condition(b)))"
        case .or(let a, let b): return ".or(\(Self.condition(a)), \(Self.condition(b)))"
        case .dates(let a, let op, let b): return ".dates(\(date(a)), .\(op), \(date(b)))"
        }
        func date(_ term: Condition.DateTerm) -> String {
            let base: String
            switch term.base {
            case .answer(let n): base = ".answer(\(name(n)))"
            case .today: base = ".today"
            case .fixed(let day, let wholeMonth):
                base = ".fixed(Day(year: \(day.year), month: \(day.month), day: \(day.day)), wholeMonth: \(wholeMonth))"
            }
            return "Condition.DateTerm(base: \(base), months: \(term.months), location: \(location(term.location)))"
        }
    }

    /// A function `name() -> Dialog` that builds `dialog`, one statement per node so the type
    /// checker never meets one huge expression.
    mutating func function(_ name: String, building dialog: Dialog, file: String) {
        code += "    static func \(name)() -> Dialog {\n"
        code += "        var nodes: [String: Dialog.Node] = [:]\n"
        code += "        nodes.reserveCapacity(\(dialog.order.count))\n"
        for id in dialog.order {
            guard let node = dialog.nodes[id] else { continue }
            code += "        nodes[\(Self.literal(id))] = Dialog.Node(\n"
            code += "            id: \(Self.literal(node.id)), location: \(Self.location(node.location)),\n"
            code += "            kind: \(Self.kind(node.kind)),\n"
            code += "            text: \(Self.text(node.text)),\n"
            code += "            help: \(Self.optional(node.help, Self.text)),\n"
            code += "            summary: \(Self.optional(node.summary, Self.text)),\n"
            code += "            forget: \(node.forget), keep: \(Self.strings(node.keep)),\n"
            code += "            next: \(Self.optional(node.next, Self.next)), print: \(node.print))\n"
        }
        code += "        return Dialog(\n"
        code += "            file: \(Self.literal(file)), id: \(Self.literal(dialog.id)),\n"
        code += "            title: \(Self.optional(dialog.title, Self.text)),\n"
        code += "            languages: \(Self.strings(dialog.languages)), start: \(Self.literal(dialog.start)),\n"
        code += "            nodes: nodes, order: \(Self.strings(dialog.order)),\n"
        code +=
            "            handout: \(Self.optional(dialog.handout) { "Dialog.Handout(title: \(Self.text($0.title)), end: \(Self.text($0.end)))" }))\n"
        code += "    }\n"
    }
}
