/// The checks that need the whole dialog: the graph, the saved answers, the types, the languages.
struct DialogChecker {
    let dialog: Dialog
    var diagnostics: [Diagnostic] = []
    /// The nodes in file order; the graph below names them by position in this list.
    let nodesInOrder: [Dialog.Node]
    /// Each node's successors that exist, by position.
    let successors: [[Int]]
    /// The start node's position, if it exists.
    let start: Int?
    /// The engine's language tables: how each language's reading level is graded.
    let languages: Languages

    /// `nodesInOrder` and `positions` come from the reader: the nodes read, in file order, and
    /// every id's position among them (-1 for a node it could not read).
    init(dialog: Dialog, nodesInOrder: [Dialog.Node], positions: [String: Int], languages: Languages) {
        self.dialog = dialog
        self.languages = languages
        func index(_ id: String) -> Int? {
            guard let index = positions[id], index >= 0 else { return nil }
            return index
        }
        successors = nodesInOrder.map { node in
            switch node.next {
            case .node(let target)?:
                return index(target.id).map { [$0] } ?? []
            case .rules(let rules)?:
                var positions: [Int] = []
                positions.reserveCapacity(rules.count)
                for rule in rules { if let index = index(rule.target.id) { positions.append(index) } }
                return positions
            case nil:
                return []
            }
        }
        start = index(dialog.start)
        self.nodesInOrder = nodesInOrder
    }

    mutating func report(_ rule: Diagnostic.Rule, _ message: String, at location: SourceLocation, severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(file: dialog.file, location: location, severity: severity, rule: rule, message: message))
    }

    mutating func check(styleWarnings: Bool = true) -> [Diagnostic] {
        let types = checkSaveTypes()
        checkTargets()
        checkReachability()
        checkSavedAnswers(types: types)
        checkLanguages()
        checkTranslationStamps()
        checkTextContents()
        if styleWarnings {
            checkChoiceWords()
            checkReadability()
            checkHelp()
        }
        return diagnostics
    }

    // MARK: - Graph

    mutating func checkTargets() {
        // Every id the file declares, read or not: a node with an error is still a target.
        // Made only if some target is not among the nodes read.
        var known: Set<String>?
        for (index, node) in nodesInOrder.enumerated() {
            guard let next = node.next else {
                if !node.isOutcome {
                    report(.nodeMustLeadOn, "node '\(node.id)' has no 'next'; only an outcome may end the conversation", at: node.location)
                }
                continue
            }
            // Every target is among the successors when all exist.
            let targets = next.targets
            for target in targets where successors[index].count != targets.count {
                if known == nil { known = Set(dialog.order) }
                guard known?.contains(target.id) == false else { continue }
                var message = "'next' names unknown node \"\(target.id)\""
                if let guess = closest(to: target.id, among: dialog.order) { message += "; did you mean \"\(guess)\"?" }
                report(.nextMustNameAnExistingNode, message, at: target.location)
            }
            guard case .rules(let rules) = next else { continue }
            guard let last = rules.last else {
                report(.rulesMustEndWithFallback, "'next' of node '\(node.id)' has no rules", at: node.location)
                continue
            }
            for rule in rules.dropLast() where rule.condition == nil {
                report(.rulesMustEndWithFallback, "a rule without 'if' must be the last; the rules after it are never used", at: rule.location)
            }
            if last.condition != nil {
                report(
                    .rulesMustEndWithFallback,
                    "the last rule of node '\(node.id)' has an 'if'; end with a rule that has only 'goto', for when no condition holds",
                    at: last.location)
            }
        }
    }

    /// Which nodes a person can reach from the start, by position.
    func reachable() -> [Bool] {
        var seen = [Bool](repeating: false, count: nodesInOrder.count)
        guard let start else { return seen }
        seen[start] = true
        var work = [start]
        while let index = work.popLast() {
            for next in successors[index] where !seen[next] {
                seen[next] = true
                work.append(next)
            }
        }
        return seen
    }

    mutating func checkReachability() {
        guard start != nil else { return }
        for (node, seen) in zip(nodesInOrder, reachable()) where !seen {
            report(.nodeMustBeReachable, "node '\(node.id)' cannot be reached from '\(dialog.start)'", at: node.location, severity: .warning)
        }
    }

    // MARK: - Saved answers and conditions

    /// The position of the first node that saves each name (its question gives the type).
    typealias SavedTypes = [String: Int]

    /// The answer type of every saved name, reporting names saved with two types.
    mutating func checkSaveTypes() -> SavedTypes {
        var types: SavedTypes = [:]
        types.reserveCapacity(nodesInOrder.count)
        for (index, node) in nodesInOrder.enumerated() {
            guard let question = node.question else { continue }
            if let first = types[question.save] {
                let firstType = nodesInOrder[first].question!.answer.name
                if firstType != question.answer.name {
                    report(
                        .saveMustKeepOneType,
                        "'\(question.save)' is saved as \(question.answer.name) here but as \(firstType) by node '\(nodesInOrder[first].id)'",
                        at: node.location)
                }
            } else {
                types[question.save] = index
            }
        }
        return types
    }

    /// For every node, the names saved before it: on every path from the start (`everyPath`),
    /// or on at least one. A node no path reaches gets nil: it is warned about as unreachable,
    /// and what it uses is not reported again.
    func savedBefore(everyPath: Bool) -> [Set<String>?] {
        var before = [Set<String>?](repeating: nil, count: nodesInOrder.count)
        guard let start else { return before }
        // The start begins empty; a loop back to it still brings answers on some path.
        before[start] = []
        var work = [start]
        while let index = work.popLast() {
            guard var after = before[index] else { continue }
            let node = nodesInOrder[index]
            if node.forget { after.formIntersection(node.keep) }
            if let save = node.question?.save { after.insert(save) }
            for next in successors[index] {
                let merged = before[next].map { everyPath ? $0.intersection(after) : $0.union(after) } ?? after
                if merged != before[next] {
                    before[next] = merged
                    work.append(next)
                }
            }
        }
        return before
    }

    /// The names one place may use: those saved before it, kept by the node's `forget`, and
    /// its own answer (for the rules that follow its question). Nil `saved`: an unreachable node.
    struct Available {
        let saved: Set<String>?
        var keep: [String]?
        var save: String?

        func contains(_ name: String) -> Bool {
            guard let saved else { return true }
            if name == save { return true }
            if let keep, !keep.contains(name) { return false }
            return saved.contains(name)
        }
    }

    mutating func checkSavedAnswers(types: SavedTypes) {
        // A text may only show an answer saved on every path to it; a condition may test any
        // answer saved on some path (an answer not given makes every comparison false).
        let always = savedBefore(everyPath: true)
        let sometimes = savedBefore(everyPath: false)
        for (index, node) in nodesInOrder.enumerated() {
            let keep = node.forget ? node.keep : nil
            node.forEachText { text in
                guard text.hasBraces else { return }
                checkPlaceholders(text, available: Available(saved: always[index], keep: keep), types: types)
                checkTextConditions(text, available: Available(saved: sometimes[index], keep: keep), types: types)
            }
            for name in node.keep where types[name] == nil {
                report(.conditionMustUseSavedAnswer, "'keep' names '\(name)', which no question saves", at: node.location)
            }
            guard case .rules(let rules) = node.next else { continue }
            let conditions = Available(saved: sometimes[index], keep: keep, save: node.question?.save)
            for rule in rules {
                guard let condition = rule.condition else { continue }
                checkCondition(condition, available: conditions, types: types)
            }
        }
    }

    /// `{if CONDITION}` lines in a text: paired with `{end}`, and each condition checked as a
    /// rule's is (it may read any answer saved on some path to here).
    mutating func checkTextConditions(_ text: Dialog.Text, available: Available, types: SavedTypes) {
        text.forEachVariant { language, variant in
            guard ConditionalText.hasDirectives(variant) || variant.contains("{else}") || variant.contains("{end}") else { return }
            let outline = ConditionalText.outline(variant)
            for problem in outline.problems {
                report(.conditionMustParse, problem.message, at: text.location(of: language, line: problem.line))
            }
            for (source, line) in outline.conditions {
                do throws(ConditionSyntaxError) {
                    let condition = try Condition.parse(source, at: text.location(of: language, line: line))
                    checkCondition(condition, available: available, types: types)
                } catch {
                    report(.conditionMustParse, "in '{if \(source)}': \(error.message)", at: error.location)
                }
            }
        }
    }

    mutating func checkPlaceholders(_ text: Dialog.Text, available: Available, types: SavedTypes) {
        text.forEachVariant { language, written in
            let variant = ConditionalText.everyBranch(written)
            for placeholder in Template.placeholders(variant) {
                // A date worked out from an answer: "{arrest_date + 2 years}".
                let at = text.location(of: language)
                do throws(ConditionSyntaxError) {
                    if let term = try Condition.parseDate(placeholder.name, at: at) {
                        checkDate(term, available: available, types: types)
                        continue
                    }
                } catch {
                    report(.textPlaceholderMustBeSaved, "'{\(placeholder.name)}': \(error.message)", at: at)
                    continue
                }
                checkPlaceholder(placeholder.name, at: at, available: available, types: types)
                checkSentenceForm(placeholder, in: variant, language: language, at: at)
            }
        }
    }

    /// A choice's menu label ("A 30-day notice.") inside a sentence reads wrong ("Your A 30-day
    /// notice."): where a placeholder stands mid-sentence, each choice that would show a label
    /// starting with a capital or ending with a full stop needs a `sentence:` form.
    mutating func checkSentenceForm(_ placeholder: (name: String, offset: Int), in variant: String, language: String?, at location: SourceLocation) {
        let before = variant.prefix(placeholder.offset).reversed().drop { $0 == " " }
        guard let last = before.first, !".!?:\n".contains(last) else { return }
        guard let node = nodesInOrder.first(where: { $0.question?.save == placeholder.name }),
            case .choice(let choices)? = node.question?.answer
        else { return }
        let code = language ?? dialog.languages.first ?? "en"
        for choice in choices where choice.sentence == nil {
            let label = choice.label.resolve(code, fallback: dialog.languages.first ?? code)
            guard label.first?.isUppercase == true || label.hasSuffix(".") else { continue }
            let lowered = (label.first.map { String($0).lowercased() } ?? "") + label.dropFirst()
            report(
                .textPlaceholderShouldFitTheSentence,
                "'{\(placeholder.name)}' shows the menu label of choice '\(choice.id)' (\"\(label)\") in the middle of a sentence; give that choice a 'sentence:' form, such as \"\(lowered.hasSuffix(".") ? String(lowered.dropLast()) : lowered)\"",
                at: location, severity: .warning)
        }
    }

    mutating func checkPlaceholder(_ name: String, at location: SourceLocation, available: Available, types: SavedTypes) {
        guard !available.contains(name), name != Conversation.summaryPlaceholder else { return }
        let why = types[name] == nil ? "no question saves it" : "it is not saved on every path to here"
        report(.textPlaceholderMustBeSaved, "'{\(name)}' cannot be shown: \(why)", at: location)
    }

    mutating func checkCondition(_ condition: Condition, available: Available, types: SavedTypes) {
        switch condition {
        case .not(let inner):
            checkCondition(inner, available: available, types: types)
        case .and(let a, let b), .or(let a, let b):
            checkCondition(a, available: available, types: types)
            checkCondition(b, available: available, types: types)
        case .truthy(let name):
            guard let question = savedQuestion(name, available: available, types: types) else { return }
            if case .yesNo = question.answer { return }
            report(
                .conditionMustCompareLikeTypes, "'\(name.name)' is a \(question.answer.name) answer; compare it, as in \(name.name) == ...",
                at: name.location)
        case .compare(let name, let op, let literal):
            guard let question = savedQuestion(name, available: available, types: types) else { return }
            checkLiteral(literal, for: name, question, ordering: op.isOrdering)
        case .member(let name, let literals, _):
            guard let question = savedQuestion(name, available: available, types: types) else { return }
            for literal in literals { checkLiteral(literal, for: name, question, ordering: false) }
        case .dates(let a, _, let b):
            checkDate(a, available: available, types: types)
            checkDate(b, available: available, types: types)
        }
    }

    /// A date in a condition or a text reads a date answer, if it reads one.
    mutating func checkDate(_ term: Condition.DateTerm, available: Available, types: SavedTypes) {
        guard let name = term.name, let question = savedQuestion(name, available: available, types: types) else { return }
        if !question.answer.isDate {
            report(
                .conditionMustCompareLikeTypes,
                "'\(name.name)' is a \(question.answer.name) answer; only a date answer compares with dates or adds years and months",
                at: name.location)
        }
    }

    mutating func savedQuestion(_ name: Condition.Name, available: Available, types: SavedTypes) -> Dialog.Question? {
        guard let saver = types[name.name], let question = nodesInOrder[saver].question else {
            var message = "'\(name.name)' is not an answer any question saves"
            if let guess = closest(to: name.name, among: types.keys.sorted()) { message += "; did you mean '\(guess)'?" }
            report(.conditionMustUseSavedAnswer, message, at: name.location)
            return nil
        }
        guard available.contains(name.name) else {
            report(.conditionMustUseSavedAnswer, "'\(name.name)' is never saved before this rule", at: name.location)
            return nil
        }
        return question
    }

    mutating func checkLiteral(_ literal: Condition.Literal, for name: Condition.Name, _ question: Dialog.Question, ordering: Bool) {
        func what() -> String { "'\(name.name)' is a \(question.answer.name) answer" }
        if case .word("unknown") = literal.value {
            if ordering {
                report(.conditionMustCompareLikeTypes, "only == and != compare with unknown", at: literal.location)
            } else if !question.allowsUnknown {
                report(.conditionMustCompareLikeTypes, "\(what()) whose question does not allow 'unknown'", at: literal.location)
            }
            return
        }
        if ordering, case .number = question.answer {
        } else if ordering, question.answer.isDate {
            report(
                .conditionMustCompareLikeTypes, "\(what()); compare it with today or a date such as 2011-10, not with a value",
                at: literal.location)
            return
        } else if ordering {
            report(.conditionMustCompareLikeTypes, "\(what()); only numbers compare with <, <=, > or >=", at: literal.location)
            return
        }
        switch (question.answer, literal.value) {
        case (.yesNo, .word(let word)) where word == "yes" || word == "no":
            return
        case (.number, .number):
            return
        case (.text, .text):
            return
        case (.choice(let choices), .word(let word)):
            if !choices.contains(where: { $0.id == word }) {
                var message = "'\(word)' is not a choice of '\(name.name)'"
                if let guess = closest(to: word, among: choices.map(\.id)) { message += "; did you mean '\(guess)'?" }
                message += " (choices: \(choices.map(\.id).joined(separator: ", ")))"
                report(.conditionMustUseKnownChoice, message, at: literal.location)
            }
        default:
            let expected: String
            switch question.answer {
            case .yesNo: expected = "yes, no"
            case .number: expected = "a number"
            case .text: expected = "a quoted text"
            case .choice: expected = "a choice id"
            case .date: expected = "today or a date such as 2011-10"
            }
            report(
                .conditionMustCompareLikeTypes, "\(what()); compare it with \(expected)\(question.allowsUnknown ? " or unknown" : "")",
                at: literal.location)
        }
    }

    // MARK: - What texts may hold

    /// No control characters (a text reaches a clinic's terminal: ESC and OSC sequences could
    /// retitle it or write its clipboard), and no summary that shows `{summary}` (each would
    /// hold all the ones before it, and a visit's text would double with every outcome).
    mutating func checkTextContents() {
        for node in nodesInOrder {
            guard let summary = node.summary else { continue }
            summary.forEachVariant { language, variant in
                if Template.placeholders(variant).contains(where: { $0.name == Conversation.summaryPlaceholder }) {
                    report(
                        .summaryMustNotShowSummaries,
                        "'summary' of node '\(node.id)' shows '{summary}': each summary would hold every one before it and grow without bound; show '{summary}' in an outcome's text instead",
                        at: summary.location(of: language))
                }
            }
        }
        for text in [dialog.handout?.title, dialog.handout?.end].compactMap({ $0 }) where text.hasBraces {
            text.forEachVariant { language, variant in
                guard let placeholder = Template.placeholders(variant).first else { return }
                report(
                    .textPlaceholderMustBeSaved,
                    "the handout's own texts are the same for everyone and cannot show '{\(placeholder.name)}'; what a case needs goes in its outcome",
                    at: text.location(of: language))
            }
        }
        Self.forEachText(of: nodesInOrder, title: dialog.title, handout: dialog.handout) { text, what in
            text.forEachVariant { language, variant in
                guard let (offset, scalar) = Self.firstControlCharacter(variant) else { return }
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                report(
                    .textMustHaveNoControlCharacters,
                    "\(what()) holds the control character \(code) at character \(offset + 1); texts may hold no control characters but tabs and line breaks",
                    at: text.location(of: language))
            }
        }
    }

    /// The first C0 or C1 control character (or DEL) other than tab and line feed.
    static func firstControlCharacter(_ text: String) -> (Int, Unicode.Scalar)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            switch scalar.value {
            case 0x09, 0x0A: continue
            case 0x00...0x1F, 0x7F...0x9F: return (offset, scalar)
            default: continue
            }
        }
        return nil
    }

    // MARK: - Listed words

    /// Listed words that do not do what an author would think: a bare number (a number typed at
    /// a choice question is the choice's place in the list), a word listed for two choices (typed
    /// alone, it can only be asked about), a word that is also an engine command or a language's name (typed
    /// alone it picks the choice, and the command then needs a "/").
    mutating func checkChoiceWords() {
        let commands = languages.commands
        let names = Set(languages.all.flatMap(\.names))
        for node in nodesInOrder {
            guard case .choice(let choices)? = node.question?.answer else { continue }
            var owners: [String: (choice: String, language: String)] = [:]
            for choice in choices {
                for (language, words) in choice.words.sorted(by: { $0.key < $1.key }) {
                    for word in words {
                        let folded = Words.normalize(word)
                        let what = "the word '\(word)' of choice '\(choice.id)' in node '\(node.id)'"
                        // A number past the end of the list is the word ("288" for Penal Code 288);
                        // one within it is the choice at that place.
                        let places = choices.count + (node.question?.allowsUnknown == true ? 1 : 0)
                        if !folded.isEmpty, folded.allSatisfy(\.isNumber), Int(folded).map({ $0 <= places }) ?? false {
                            report(
                                .choiceWordsMustMatch, "\(what) is a number, and a number typed here picks the choice at that place in the list",
                                at: choice.location, severity: .warning)
                        } else if let owner = owners[folded], owner.choice != choice.id,
                            owner.language == language || owner.language.isEmpty || language.isEmpty
                        {
                            report(
                                .choiceWordsMustMatch,
                                "\(what) is listed for choice '\(owner.choice)' too; typed alone it asks which of the two",
                                at: choice.location, severity: .warning)
                        } else if let command = commands[folded] {
                            report(
                                .choiceWordsMustMatch,
                                "\(what) is also the command '\(command.rawValue)'; typed alone it picks the choice, and the command needs '/\(word)'",
                                at: choice.location, severity: .warning)
                        } else if names.contains(folded) {
                            report(
                                .choiceWordsMustMatch,
                                "\(what) also names a language; typed alone it picks the choice, and switching needs '/\(word)'",
                                at: choice.location, severity: .warning)
                        }
                        if owners[folded] == nil { owners[folded] = (choice.id, language) }
                    }
                }
            }
            checkWordsNamingAnotherChoice(node, choices)
        }
    }

    /// A listed word of one choice that is also a word of another choice's label ("state"
    /// listed for "California", in the label "a court in another state"): an answer in the
    /// other choice's words is read as the first, unless the other choice lists the longer
    /// words too ("another state"), which then win.
    mutating func checkWordsNamingAnotherChoice(_ node: Dialog.Node, _ choices: [Dialog.Choice]) {
        let vocabulary = languages.vocabulary
        func run(_ text: String) -> [String] {
            Utterance(text, vocabulary).contentWords.map { ($0.polarity == .affirmed ? "" : "-") + $0.stem }
        }
        for language in dialog.languages {
            let labels = choices.map { run($0.label.resolve(language, fallback: dialog.languages.first ?? language)) }
            // Only words that share a word with some label need reading in full.
            let labelStems = Set(labels.flatMap { $0.map { $0.hasPrefix("-") ? String($0.dropFirst()) : $0 } })
            let listed = choices.map { choice in
                (choice.words[""] ?? []) + (choice.words[language] ?? [])
            }.map { words in
                words.filter { Words.tokens($0).contains { labelStems.contains(Words.stem($0)) } }.map { ($0, run($0)) }
            }
            for (a, choice) in choices.enumerated() {
                for (word, words) in listed[a] where !words.isEmpty {
                    for b in choices.indices where b != a && labels[b].count > words.count && Words.contains(labels[b], phrase: words) {
                        let longer = listed[b].contains { $0.1.count > words.count && Words.contains($0.1, phrase: words) }
                        if longer { continue }
                        report(
                            .choiceWordsMustMatch,
                            "the word '\(word)' of choice '\(choice.id)' in node '\(node.id)' is also in the label of choice '\(choices[b].id)'; an answer in that label's words may be read as '\(choice.id)': list the longer words for '\(choices[b].id)' too",
                            at: choice.location, severity: .warning)
                    }
                }
            }
        }
    }

    // MARK: - Help

    /// Every question should say why it is asked and how to find out (shown by `help`).
    mutating func checkHelp() {
        for node in nodesInOrder where node.question != nil && node.help == nil {
            report(
                .questionShouldHaveHelp, "question '\(node.id)' has no 'help': say why you ask and how a person can find out", at: node.location,
                severity: .warning)
        }
    }

    // MARK: - Languages

    mutating func checkLanguages() {
        Self.forEachText(of: nodesInOrder, title: dialog.title, handout: dialog.handout) { text, what in checkLanguages(text, what()) }
    }

    /// Every text of a dialog, with where it stands for messages (made only when asked for):
    /// each node's text, help, summary and choice labels, then the title.
    static func forEachText(
        of nodes: [Dialog.Node], title: Dialog.Text?, handout: Dialog.Handout? = nil, _ body: (Dialog.Text, () -> String) -> Void
    ) {
        for node in nodes {
            body(node.text) { "'\(node.question != nil ? "ask" : node.isOutcome ? "outcome" : "say")' of node '\(node.id)'" }
            if let help = node.help { body(help) { "'help' of node '\(node.id)'" } }
            if let summary = node.summary { body(summary) { "'summary' of node '\(node.id)'" } }
            if case .choice(let choices)? = node.question?.answer {
                for choice in choices {
                    body(choice.label) { "the label of choice '\(choice.id)' in node '\(node.id)'" }
                    if let sentence = choice.sentence { body(sentence) { "the sentence form of choice '\(choice.id)' in node '\(node.id)'" } }
                }
            }
        }
        if let title { body(title) { "'title'" } }
        if let handout {
            body(handout.title) { "'title' of 'handout'" }
            body(handout.end) { "'end' of 'handout'" }
        }
    }

    mutating func checkLanguages(_ text: Dialog.Text, _ what: @autoclosure () -> String) {
        guard text.single == nil else { return }
        let missing = dialog.languages.filter { text.byLanguage[$0] == nil }
        if !missing.isEmpty {
            report(
                .textMustHaveEveryLanguage,
                "\(what()) has no \(missing.joined(separator: ", ")) text; the dialog declares languages: \(dialog.languages.joined(separator: ", "))",
                at: text.location)
        }
    }
}
