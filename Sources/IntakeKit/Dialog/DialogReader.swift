/// Turns the YAML tree into a dialog, reporting shape problems (unknown keys, wrong kinds of value).
///
/// YAML nodes are named by their index in the tree.
struct DialogReader {
    let file: String
    let tree: YAMLTree
    var diagnostics: [Diagnostic] = []
    var languages: [String] = ["en"]
    /// The nodes read, in file order.
    var nodesInOrder: [Dialog.Node] = []
    /// Every node id in the file and its node's position in `nodesInOrder`, or -1 when the node
    /// could not be read.
    var positions: [String: Int] = [:]

    init(file: String, tree: YAMLTree) {
        self.file = file
        self.tree = tree
    }

    mutating func report(_ rule: Diagnostic.Rule, _ message: String, at location: SourceLocation, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(file: file, location: location, severity: severity, rule: rule, message: message))
    }

    // MARK: - Mappings

    /// A mapping's known keys and their values. A handful of keys at most, so a list searched in
    /// order beats a dictionary (no hashing, one allocation).
    struct Fields {
        struct Field {
            var name: String
            var key: SourceLocation
            var value: Int
        }

        var list: [Field] = []

        subscript(name: String) -> (key: SourceLocation, value: Int)? {
            // Comparing lengths first skips most of Unicode's slower path for unequal strings.
            for field in list where field.name.utf8.count == name.utf8.count && field.name == name {
                return (field.key, field.value)
            }
            return nil
        }
    }

    /// "unknown key 'nxt' in node 'a'; did you mean 'next'?", or the keys it may be.
    mutating func reportUnknownKey(_ name: String, among allowed: [String], in context: String, at location: SourceLocation) {
        let code = name.split(separator: "@").first.map(String.init) ?? name
        var message = "unknown key '\(name)' in \(context)"
        if let guess = closest(to: code, among: allowed) {
            message += "; did you mean '\(guess)'?"
        } else {
            message += " (expected one of: \(allowed.joined(separator: ", ")))"
        }
        report(.keyMustBeKnown, message, at: location)
    }

    /// A mapping's keys and values, reporting duplicate keys and keys not in `allowed`.
    /// `context` names the mapping in messages; it is only made when there is one to write.
    mutating func fields(_ node: Int, allowed: [String], context: @autoclosure () -> String) -> Fields? {
        guard tree.kind(node) == .mapping else {
            report(.valueMustHaveRightShape, "\(context()) must be a set of keys, not \(tree.kindName(node))", at: tree.location(node))
            return nil
        }
        var result = Fields()
        result.list.reserveCapacity(tree.pairCount(node))
        for index in 0..<tree.pairCount(node) {
            let (key, value) = tree.pair(node, index)
            // Keys are matched against the allowed names by their bytes, with no string made;
            // only a key that matches none is compared as text (a name in another alphabet may
            // be written in another Unicode form).
            guard
                let name = allowed.first(where: { tree.scalar(key, is: $0) })
                    ?? tree.string(key).flatMap({ key in allowed.first { $0 == key } })
            else {
                reportUnknownKey(tree.string(key) ?? "", among: allowed, in: context(), at: tree.location(key))
                continue
            }
            if result[name] != nil {
                report(.keyMustBeUnique, "'\(name)' appears twice in \(context())", at: tree.location(key))
                continue
            }
            result.list.append(Fields.Field(name: name, key: tree.location(key), value: value))
        }
        return result
    }

    mutating func scalar(_ node: Int, _ what: @autoclosure () -> String) -> String? {
        guard let text = tree.string(node) else {
            report(.valueMustHaveRightShape, "\(what()) must be a single value, not \(tree.kindName(node))", at: tree.location(node))
            return nil
        }
        return text
    }

    mutating func identifier(_ node: Int, _ what: @autoclosure () -> String) -> String? {
        guard let text = scalar(node, what()) else { return nil }
        guard Self.isIdentifier(text) else {
            report(
                .valueMustHaveRightShape, "\(what()) '\(text)' must be a name of letters, digits and '_', starting with a letter",
                at: tree.location(node))
            return nil
        }
        return text
    }

    /// Letters, digits and `_`, starting with a letter; any alphabet's letters count.
    static func isIdentifier(_ text: String) -> Bool {
        var first = true
        for scalar in text.unicodeScalars {
            let letter =
                scalar.isASCII
                ? (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                : scalar.properties.isAlphabetic
            if !(letter || (!first && ((scalar >= "0" && scalar <= "9") || scalar == "_"))) { return false }
            first = false
        }
        return !first
    }

    mutating func boolean(_ node: Int, _ what: @autoclosure () -> String) -> Bool? {
        guard let text = scalar(node, what()) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report(.valueMustHaveRightShape, "\(what()) must be true or false, not '\(text)'", at: tree.location(node))
            return nil
        }
    }

    mutating func integer(_ node: Int, _ what: @autoclosure () -> String) -> Int? {
        guard let text = scalar(node, what()) else { return nil }
        guard let number = Int(text) else {
            report(.valueMustHaveRightShape, "\(what()) must be a whole number, not '\(text)'", at: tree.location(node))
            return nil
        }
        return number
    }

    /// A text: one string, or one string per declared language.
    mutating func text(_ node: Int, _ what: @autoclosure () -> String) -> Dialog.Text? {
        switch tree.kind(node) {
        case .scalar:
            return Dialog.Text(single: tree.string(node), location: tree.location(node))
        case .mapping:
            // Keys are language codes, a translation's optionally stamped: `es@1a2b3c4d`.
            var byLanguage: [String: String] = [:]
            var locations: [String: SourceLocation] = [:]
            var stamps: [String: String] = [:]
            for index in 0..<tree.pairCount(node) {
                let (key, value) = tree.pair(node, index)
                let name = tree.string(key) ?? ""
                let parts = name.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false)
                let code = String(parts[0])
                guard languages.contains(code) else {
                    reportUnknownKey(name, among: languages, in: "\(what()) (a text per language)", at: tree.location(key))
                    continue
                }
                if parts.count == 2 {
                    let stamp = String(parts[1])
                    guard stamp.count == 8, stamp.allSatisfy(\.isHexDigit) else {
                        report(
                            .valueMustHaveRightShape,
                            "'\(name)': after '@' comes the 8-character stamp that 'intake translations --stamp \(code)' writes",
                            at: tree.location(key))
                        continue
                    }
                    stamps[code] = stamp
                }
                guard byLanguage[code] == nil else {
                    report(.keyMustBeUnique, "'\(code)' appears twice in \(what())", at: tree.location(key))
                    continue
                }
                if let text = scalar(value, "the \(code) text of \(what())") {
                    byLanguage[code] = text
                    locations[code] = tree.location(value)
                }
            }
            return Dialog.Text(byLanguage: byLanguage, location: tree.location(node), locations: locations, stamps: stamps)
        case .sequence:
            report(.valueMustHaveRightShape, "\(what()) must be a text, or a text per language, not a list", at: tree.location(node))
            return nil
        }
    }

    // MARK: - The file

    static let topKeys = ["id", "title", "languages", "draft", "start", "nodes", "handout"]
    static let handoutKeys = ["title", "end"]

    mutating func read(_ root: Int) -> Dialog? {
        guard let top = fields(root, allowed: Self.topKeys, context: "the dialog") else { return nil }

        if let list = top["languages"] {
            if tree.kind(list.value) == .sequence, !tree.items(list.value).isEmpty {
                languages = tree.items(list.value).compactMap { identifier($0, "a language") }
            } else {
                report(.valueMustHaveRightShape, "'languages' must be a list such as [en, es]", at: tree.location(list.value))
            }
        }
        var drafts: [String] = []
        if let list = top["draft"] {
            if tree.kind(list.value) == .sequence {
                for item in tree.items(list.value) {
                    guard let code = identifier(item, "a draft language") else { continue }
                    if !languages.contains(code) {
                        report(.valueMustHaveRightShape, "'draft' names '\(code)', which is not in 'languages'", at: tree.location(item))
                    } else if code == languages.first {
                        report(
                            .valueMustHaveRightShape, "'\(code)' is the first language, which the others translate; it cannot be a draft",
                            at: tree.location(item))
                    } else {
                        drafts.append(code)
                    }
                }
            } else {
                report(.valueMustHaveRightShape, "'draft' must be a list of languages being translated, such as [es]", at: tree.location(list.value))
            }
        }
        let id = top["id"].flatMap { scalar($0.value, "'id'") }
        let title = top["title"].flatMap { text($0.value, "'title'") }
        let start = top["start"].flatMap { scalar($0.value, "'start'") }
        for required in ["id", "start", "nodes"] where top[required] == nil {
            report(.dialogMustHaveRequiredKeys, "the dialog has no '\(required)'", at: tree.location(root))
        }

        var nodes: [String: Dialog.Node] = [:]
        var order: [String] = []
        if let nodesField = top["nodes"] {
            let mapping = nodesField.value
            if tree.kind(mapping) == .mapping {
                // Sized once: growing rehashes every id again.
                nodes.reserveCapacity(tree.pairCount(mapping))
                positions.reserveCapacity(tree.pairCount(mapping))
                order.reserveCapacity(tree.pairCount(mapping))
                nodesInOrder.reserveCapacity(tree.pairCount(mapping))
                for index in 0..<tree.pairCount(mapping) {
                    let (key, value) = tree.pair(mapping, index)
                    let nodeId = tree.string(key) ?? ""
                    if positions[nodeId] != nil {
                        report(.keyMustBeUnique, "node '\(nodeId)' is defined twice", at: tree.location(key))
                        continue
                    }
                    order.append(nodeId)
                    if !Self.isIdentifier(nodeId) {
                        report(
                            .valueMustHaveRightShape, "node id '\(nodeId)' must be a name of letters, digits and '_', starting with a letter",
                            at: tree.location(key))
                    }
                    if let node = readNode(id: nodeId, at: tree.location(key), value) {
                        nodes[nodeId] = node
                        positions[nodeId] = nodesInOrder.count
                        nodesInOrder.append(node)
                    } else {
                        positions[nodeId] = -1
                    }
                }
            } else {
                report(
                    .valueMustHaveRightShape, "'nodes' must be a set of nodes keyed by id, not \(tree.kindName(mapping))", at: tree.location(mapping))
            }
        }

        if let start, let startField = top["start"], positions[start] == nil {
            var message = "'start' names unknown node \"\(start)\""
            if let guess = closest(to: start, among: order) { message += "; did you mean \"\(guess)\"?" }
            report(.startMustNameANode, message, at: tree.location(startField.value))
        }

        var handout: Dialog.Handout?
        if let handoutField = top["handout"], let f = fields(handoutField.value, allowed: Self.handoutKeys, context: "'handout'") {
            let title = f["title"].flatMap { text($0.value, "'title' of 'handout'") }
            let end = f["end"].flatMap { text($0.value, "'end' of 'handout'") }
            if let title, let end {
                handout = Dialog.Handout(title: title, end: end)
            } else {
                report(.valueMustHaveRightShape, "'handout' needs a 'title' and an 'end' text", at: tree.location(handoutField.value))
            }
        }

        return Dialog(
            file: file, id: id ?? "", title: title, languages: languages.filter { !drafts.contains($0) },
            start: start ?? "", nodes: nodes, order: order, handout: handout, drafts: drafts)
    }

    // MARK: - Nodes

    static let nodeKeys = ["ask", "say", "outcome", "help", "answer", "unknown", "save", "once", "next", "summary", "forget", "keep", "print"]
    static let kindKeys = ["ask", "say", "outcome"]
    static let questionOnlyKeys = ["answer", "unknown", "save", "once"]
    static let answerKeys = ["number", "choice", "date"]
    static let dateKeys = ["future"]
    static let rangeKeys = ["min", "max", "unit"]
    static let choiceKeys = ["id", "label", "sentence", "words"]
    static let ruleKeys = ["if", "goto"]

    mutating func readNode(id: String, at location: SourceLocation, _ value: Int) -> Dialog.Node? {
        // Messages name the node; the words are only put together when there is a message.
        func context() -> String { "node '\(id)'" }
        guard let f = fields(value, allowed: Self.nodeKeys, context: context()) else { return nil }

        // The kind keys present, in the order of `kindKeys`: one is right.
        var kinds: (first: String?, second: String?) = (nil, nil)
        for kind in Self.kindKeys where f[kind] != nil {
            if kinds.first == nil { kinds.first = kind } else if kinds.second == nil { kinds.second = kind }
        }
        guard kinds.second == nil, let kindKey = kinds.first, let kindField = f[kindKey] else {
            let message =
                kinds.first == nil
                ? "\(context()) needs one of 'ask' (a question), 'say' (a message) or 'outcome' (a result)"
                : "\(context()) has both '\(kinds.first!)' and '\(kinds.second!)'; a node is one kind"
            report(.nodeMustHaveOneKind, message, at: location)
            return nil
        }

        for key in Self.questionOnlyKeys where kindKey != "ask" {
            if let field = f[key] {
                report(
                    .keyMustFitNodeKind, "'\(key)' belongs to questions ('ask'), not to \(kindKey == "say" ? "messages" : "outcomes")", at: field.key)
            }
        }
        for key in ["summary", "print"] where kindKey == "ask" {
            if let field = f[key] {
                report(.keyMustFitNodeKind, "'\(key)' belongs to outcomes and messages, not to questions", at: field.key)
            }
        }

        guard let text = text(kindField.value, "'\(kindKey)' of \(context())") else { return nil }
        let help = f["help"].flatMap { self.text($0.value, "'help' of \(context())") }
        let summary = f["summary"].flatMap { self.text($0.value, "'summary' of \(context())") }
        let forget = f["forget"].flatMap { boolean($0.value, "'forget'") } ?? false
        let print = f["print"].flatMap { boolean($0.value, "'print'") } ?? true
        var keep: [String] = []
        if let keepField = f["keep"] {
            if !forget {
                report(.keyMustFitNodeKind, "'keep' goes with 'forget: true'", at: keepField.key)
            }
            if tree.kind(keepField.value) == .sequence {
                keep = tree.items(keepField.value).compactMap { identifier($0, "a name in 'keep'") }
            } else {
                report(.valueMustHaveRightShape, "'keep' must be a list of saved answers' names", at: tree.location(keepField.value))
            }
        }
        let next = f["next"].flatMap { readNext($0.value, context: context()) }

        let kind: Dialog.Node.Kind
        switch kindKey {
        case "ask":
            guard let answerField = f["answer"] else {
                // An `answer:` indented one step too far is part of the text above it.
                for key in ["help", "ask"] {
                    guard let field = f[key], let text = tree.string(field.value) else { continue }
                    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                    if let offset = lines.firstIndex(where: { $0.trimmingSpaces().hasPrefix("answer:") }) {
                        let place = tree.location(field.value)
                        // A block text (`|`) starts on the line after its key.
                        let block = tree.isQuoted(field.value) && text.contains("\n")
                        report(
                            .questionMustHaveAnswer,
                            "question '\(id)' has no 'answer': the line '\(lines[offset].trimmingSpaces())' is indented as part of the '\(key)' text above it; move it left to line up with '\(key):'",
                            at: SourceLocation(line: place.line + offset + (block ? 1 : 0), column: field.key.column + 2))
                        return nil
                    }
                }
                report(.questionMustHaveAnswer, "question '\(id)' has no 'answer' (yes_no, number, choice, date or text)", at: location)
                return nil
            }
            guard let answer = readAnswer(answerField.value, context: context()) else { return nil }
            let save = f["save"].flatMap { identifier($0.value, "'save'") } ?? id
            let unknown = f["unknown"].flatMap { boolean($0.value, "'unknown'") } ?? false
            let once = f["once"].flatMap { boolean($0.value, "'once'") } ?? false
            kind = .question(Dialog.Question(answer: answer, save: save, allowsUnknown: unknown, once: once))
        case "say":
            kind = .message
        default:
            kind = .outcome
        }
        return Dialog.Node(
            id: id, location: location, kind: kind, text: text, help: help,
            summary: summary, forget: forget, keep: keep, next: next, print: print)
    }

    mutating func readAnswer(_ node: Int, context: @autoclosure () -> String) -> Dialog.AnswerType? {
        if let word = tree.string(node) {
            switch word {
            case "yes_no": return .yesNo
            case "text": return .text
            case "date": return .date(future: false)
            case "number":
                report(.valueMustHaveRightShape, "a number answer needs its range: { number: { min: 0, max: 120 } }", at: tree.location(node))
                return nil
            default:
                var message = "unknown answer type '\(word)'"
                if let guess = closest(to: word, among: ["yes_no", "text", "date", "number", "choice"]) { message += "; did you mean '\(guess)'?" }
                report(.valueMustHaveRightShape, message + " (use yes_no, text, date, { number: ... } or { choice: [...] })", at: tree.location(node))
                return nil
            }
        }
        guard let f = fields(node, allowed: Self.answerKeys, context: "the answer of \(context())") else { return nil }
        if let number = f["number"] {
            guard let range = fields(number.value, allowed: Self.rangeKeys, context: "the number range") else { return nil }
            let min = range["min"].flatMap { integer($0.value, "'min'") } ?? 0
            let max = range["max"].flatMap { integer($0.value, "'max'") } ?? 999
            if min > max {
                report(.numberRangeMustBeOrdered, "the number range has min \(min) above max \(max)", at: tree.location(number.value))
                return nil
            }
            var unit = Dialog.NumberUnit.count
            if let field = range["unit"] {
                let word = tree.string(field.value) ?? ""
                if let known = Dialog.NumberUnit(rawValue: word) {
                    unit = known
                } else {
                    let names = Dialog.NumberUnit.allCases.map(\.rawValue)
                    var message = "unknown number unit '\(word)'"
                    if let guess = closest(to: word, among: names) { message += "; did you mean '\(guess)'?" }
                    report(.valueMustHaveRightShape, message + " (use " + names.joined(separator: ", ") + ")", at: tree.location(field.value))
                    return nil
                }
            }
            return .number(min: min, max: max, unit: unit)
        }
        if let date = f["date"] {
            guard let options = fields(date.value, allowed: Self.dateKeys, context: "the date") else { return nil }
            return .date(future: options["future"].flatMap { boolean($0.value, "'future'") } ?? false)
        }
        if let choice = f["choice"] {
            let items = tree.items(choice.value)
            guard tree.kind(choice.value) == .sequence, !items.isEmpty else {
                report(
                    .valueMustHaveRightShape, "'choice' must be a list of choices, each with an 'id' and a 'label'", at: tree.location(choice.value))
                return nil
            }
            var choices: [Dialog.Choice] = []
            for item in items {
                guard let c = fields(item, allowed: Self.choiceKeys, context: "a choice") else { continue }
                guard let idField = c["id"], let labelField = c["label"] else {
                    report(.valueMustHaveRightShape, "a choice needs an 'id' and a 'label'", at: tree.location(item))
                    continue
                }
                guard let choiceId = identifier(idField.value, "a choice id"), let label = text(labelField.value, "a choice label") else { continue }
                if choices.contains(where: { $0.id == choiceId }) {
                    report(.choiceIdMustBeUnique, "choice id '\(choiceId)' is used twice in \(context())", at: tree.location(idField.value))
                    continue
                }
                let words = c["words"].map { readWords($0.value) } ?? [:]
                let sentence = c["sentence"].flatMap { text($0.value, "the 'sentence' of choice '\(choiceId)'") }
                choices.append(Dialog.Choice(id: choiceId, label: label, sentence: sentence, words: words, location: tree.location(item)))
            }
            return .choice(choices)
        }
        report(
            .valueMustHaveRightShape, "the answer of \(context()) must be yes_no, text, date, { number: ... } or { choice: [...] }",
            at: tree.location(node)
        )
        return nil
    }

    /// `words: [a, b]` for every language, or `words: { en: [a], es: [b] }`.
    mutating func readWords(_ node: Int) -> [String: [String]] {
        switch tree.kind(node) {
        case .sequence:
            return ["": tree.items(node).compactMap { scalar($0, "a word") }]
        case .mapping:
            guard let f = fields(node, allowed: languages, context: "'words' (words per language)") else { return [:] }
            var result: [String: [String]] = [:]
            for field in f.list {
                guard tree.kind(field.value) == .sequence else {
                    report(.valueMustHaveRightShape, "the \(field.name) words must be a list", at: tree.location(field.value))
                    continue
                }
                result[field.name] = tree.items(field.value).compactMap { scalar($0, "a word") }
            }
            return result
        case .scalar:
            report(.valueMustHaveRightShape, "'words' must be a list, or a list per language", at: tree.location(node))
            return [:]
        }
    }

    mutating func readNext(_ node: Int, context: @autoclosure () -> String) -> Dialog.Next? {
        if let id = tree.string(node) {
            return .node(Dialog.Target(id: id, location: tree.location(node)))
        }
        guard tree.kind(node) == .sequence else {
            report(.valueMustHaveRightShape, "'next' of \(context()) must be a node id or a list of rules (if/goto)", at: tree.location(node))
            return nil
        }
        var rules: [Dialog.Rule] = []
        rules.reserveCapacity(tree.items(node).count)
        for item in tree.items(node) {
            guard let f = fields(item, allowed: Self.ruleKeys, context: "a rule") else { continue }
            guard let gotoField = f["goto"], let target = scalar(gotoField.value, "'goto'") else {
                if f["goto"] == nil { report(.valueMustHaveRightShape, "a rule needs 'goto'", at: tree.location(item)) }
                continue
            }
            var condition: Condition?
            var conditionSource: String?
            if let ifField = f["if"] {
                guard let source = tree.string(ifField.value) else {
                    report(.valueMustHaveRightShape, "'if' must be a condition such as: age < 18", at: tree.location(ifField.value))
                    continue
                }
                // A quoted condition starts one column after its opening quote.
                let location = tree.location(ifField.value)
                let start = tree.isQuoted(ifField.value) ? SourceLocation(line: location.line, column: location.column + 1) : location
                conditionSource = source
                do {
                    condition = try Condition.parse(source, at: start)
                } catch {
                    // The condition is quoted only in part when it is long: the caret shows where.
                    let quoted = source.count > 80 ? source.prefix(80) + "…" : source
                    report(.conditionMustParse, "in condition '\(quoted)': \(error.message)", at: error.location)
                    continue
                }
            }
            rules.append(
                Dialog.Rule(
                    condition: condition, source: conditionSource, target: Dialog.Target(id: target, location: tree.location(gotoField.value)),
                    location: tree.location(item)))
        }
        return .rules(rules)
    }
}
