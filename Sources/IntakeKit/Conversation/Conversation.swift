/// The conversation: a pure state machine over a checked dialog.
///
/// `start()` and `handle(_:)` return what to show; nothing here reads a terminal, a file or a
/// clock, so the same dialog, language and lines always give the same replies.
package struct Conversation: Sendable {
    /// One thing to show. The renderer lays it out for a width.
    package enum Reply: Sendable, Hashable {
        /// A dialog message: paragraphs separated by blank lines, `- ` list items.
        case text(String)
        /// An outcome: what may help and what to do, laid out like a message today, but its own
        /// kind so that the renderer can set it apart (or page it, or print it).
        case outcome(String)
        /// A question with its numbered choices (empty for a number or free text).
        case question(String, choices: [String])
        /// A short message from the engine.
        case note(String)
    }

    /// An answered question, kept for back and review.
    struct Step: Sendable {
        var node: String
        var answersBefore: [String: Value]
        var summariesBefore: Int
        var printedBefore: Int
        var value: Value
    }

    enum Pending: Sendable {
        case chooseLanguage
        case confirmQuit
        case confirmStartOver
        case review([Int])
        /// A loose reading said back, waiting for yes or no.
        case confirm(Value)
        /// A date given as a year alone, where the month decides the way on from node `after`.
        case month(save: String, year: Int, after: String)
    }

    package let dialog: Dialog
    /// The tables of the languages the engine knows; the dialog's languages are looked up here.
    package let languages: Languages
    package private(set) var language: String {
        didSet { phrases = languages.named(language).phrases }
    }
    /// What the engine says, in `language`.
    private(set) var phrases: Phrases
    package private(set) var isFinished = false
    /// The question waiting for an answer.
    package private(set) var current: String?

    /// What this conversation went through, for `intake replay --coverage`.
    package private(set) var trace = Trace()
    /// The last answer taken and its question, for tests that play answers one at a time.
    package private(set) var taken: (node: String, value: Value)?

    var answers: [String: Value] = [:]
    var steps: [Step] = []
    /// The summary lines of the visit so far, each with its case (round) and the answers it was
    /// shown with, so that `{summary}` shows them in the language spoken at the end.
    var summaries: [TextShown] = []
    /// The texts of each case's explanation, from its outcome on, for the printed handout.
    var printed: [TextShown] = []
    /// The printed handout, made when the dialog reaches its end (not on quit or end of
    /// input) if the dialog has one and a case was explained; the answers are gone by then.
    package private(set) var handout: Handout?
    /// Which case (round) of the visit: a node with `forget` starts the next.
    var round = 0

    /// A text as shown in a case, with the answers it was filled with: filled again later in
    /// the language spoken then (the end list, the handout).
    struct TextShown: Sendable {
        var round: Int
        var text: Dialog.Text
        var answers: [String: Value]
    }
    var pending: Pending?
    var misunderstood = 0
    /// The messages and outcomes shown just before the current question, for `repeat`; after a
    /// case's outcome, everything shown since it.
    var leadingTexts: [Reply] = []
    /// Date answers whose month was asked for and not known: not asked again.
    var monthAsked: Set<String> = []
    /// Each choice question's words, read once per language (see `ChoiceReader`).
    var readers: [String: ChoiceReader] = [:]

    /// The longest answer taken; longer ones are refused, not cut, so nothing is lost silently.
    package static let maximumAnswerLength = 1000
    /// How many nodes may pass without a question before the engine stops (a loop of messages).
    static let maximumSteps = 10_000

    /// Whether the conversation starts by offering the dialog's languages.
    package let offersLanguages: Bool
    /// Today, given once at the start, for answers such as "in 2015"; nil: they are asked again.
    package let today: Day?

    /// `language` nil, in a dialog with more than one language, starts by offering them.
    package init(dialog: Dialog, language: String? = nil, languages: Languages = .builtIn, today: Day? = nil) {
        self.dialog = dialog
        self.languages = languages
        self.today = today
        let wanted = language ?? dialog.languages.first ?? "en"
        let chosen = dialog.languages.contains(wanted) ? wanted : (dialog.languages.first ?? "en")
        self.language = chosen
        phrases = languages.named(chosen).phrases
        offersLanguages = language == nil && dialog.languages.count > 1
    }

    // MARK: - Driving

    /// Begins at the dialog's start node.
    package mutating func start() -> [Reply] {
        if offersLanguages {
            pending = .chooseLanguage
            return [languageOffer()]
        }
        var replies: [Reply] = []
        enter(dialog.start, &replies)
        return replies
    }

    /// "For English, type 1. / Para español, escriba 2.", each language asked in its own words.
    func languageOffer() -> Reply {
        let lines = dialog.languages.enumerated().map { index, code in
            languages.named(code).phrases.chooseThisLanguage(index + 1)
        }
        return .question(lines.joined(separator: "\n\n"), choices: [])
    }

    /// The language a line picks at the language offer: its number, its name, or its code.
    func pickLanguage(_ input: String) -> String? {
        let word = Words.normalize(input)
        for (index, code) in dialog.languages.enumerated() {
            let table = languages.named(code)
            if word == String(index + 1) || word == code || table.names.contains(word) || table.offerNames.contains(word) { return code }
        }
        return nil
    }

    /// The language of the dialog a whole answer names ("english", "español"), if any.
    func languageNamed(_ normalized: String) -> String? {
        dialog.languages.first { languages.named($0).names.contains(normalized) }
    }

    /// What a whole line asks for when no question is on the screen (a page of a long text is):
    /// an engine command, a language's name (`nil` command), or nothing (`false`).
    package func command(in line: String) -> (named: Bool, command: Command?) {
        let input = ScreenText.sanitize(line)
        let normalized = Words.normalize(input)
        if let command = Command.match(input, normalized: normalized, in: languages.commands) { return (true, command) }
        return (languageNamed(normalized) != nil, nil)
    }

    /// The engine's words in the language spoken now.
    package var phrasesNow: Phrases { phrases }

    /// Takes one line a person typed.
    package mutating func handle(_ line: String) -> [Reply] {
        guard !isFinished else { return [] }
        let input = ScreenText.sanitize(line)
        guard input.count <= Self.maximumAnswerLength else { return [.note(phrases.tooLong)] }
        var replies: [Reply] = []

        if let pending {
            self.pending = nil
            switch pending {
            case .chooseLanguage:
                guard let picked = pickLanguage(input) else {
                    self.pending = .chooseLanguage
                    return [languageOffer()]
                }
                language = picked
                enter(dialog.start, &replies)
                return replies
            case .confirmQuit:
                if confirmed(input) {
                    quit(&replies)
                } else {
                    replies.append(.note(phrases.goingOn))
                    askAgain(&replies)
                }
                return replies
            case .confirmStartOver:
                if confirmed(input) {
                    replies.append(.note(phrases.startingOver))
                    restart(&replies)
                } else {
                    replies.append(.note(phrases.goingOn))
                    askAgain(&replies)
                }
                return replies
            case .review(let stepIndexes):
                if chooseFromReview(input, stepIndexes, &replies) { return replies }
            case .month(let save, let year, let after):
                if takeMonth(input, save: save, year: year, after: after, &replies) { return replies }
            case .confirm(let value):
                guard let node = currentNode, let question = node.question else { return replies }
                switch yesOrNo(input) {
                case true?:
                    accept(value, node, question, &replies)
                    return replies
                case false?:
                    replies.append(.note(phrases.letsTryAgain))
                    askAgain(&replies)
                    return replies
                case nil:
                    break  // A new answer to the question, or a command.
                }
            }
        }

        guard let node = currentNode, let question = node.question else { return replies }
        var interpreter = AnswerInterpreter(question: question, language: language, vocabulary: languages.vocabulary, today: today)
        interpreter.questionText = node.text.resolve(language, fallback: dialog.languages.first ?? "en")
        if case .choice(let choices) = question.answer {
            let key = language + "/" + node.id
            if readers[key] == nil { readers[key] = ChoiceReader(choices, language: language, vocabulary: languages.vocabulary) }
            interpreter.choiceReader = readers[key]
        }
        // Fold the words once, for the answer and for the commands.
        let normalized = Words.normalize(input)
        let result = interpreter.interpret(input, normalized: normalized)

        // A command, or a language's name, unless it is also this question's exact answer (a
        // choice labelled "Back"): then the choice wins, and "/back" is the command.
        var isExactAnswer = false
        if case .answer(_, exact: true, _) = result { isExactAnswer = true }
        let forced = input.trimmingSpaces().hasPrefix("/")
        if let code = languageNamed(normalized), !isExactAnswer || forced {
            switchLanguage(to: code, &replies)
            return replies
        }
        if let command = Command.match(input, normalized: normalized, in: languages.commands), !isExactAnswer || forced {
            perform(command, node, &replies)
            return replies
        }
        take(result, for: node, question, &replies)
        return replies
    }

    /// The input ended (Ctrl-D, a closed pipe): say goodbye; nothing is kept.
    package mutating func endOfInput() -> [Reply] {
        guard !isFinished else { return [] }
        finish()
        return [.note(phrases.endOfInput)]
    }

    /// Ctrl-C at a terminal: ask before quitting.
    package mutating func interrupt() -> [Reply] {
        guard !isFinished else { return [] }
        pending = .confirmQuit
        return [.note(phrases.confirmQuit)]
    }

    /// Whether the conversation waits for a yes or no to a reading it said back.
    package var isConfirming: Bool {
        if case .confirm? = pending { return true }
        return false
    }

    /// Whether the conversation waits for the person to pick a language.
    package var isChoosingLanguage: Bool {
        if case .chooseLanguage? = pending { return true }
        return false
    }

    /// The node of the question waiting for an answer.
    var currentNode: Dialog.Node? {
        guard let current else { return nil }
        return dialog.nodes[current]
    }

    /// Words Tab may complete to at the current question.
    package var completions: [String] {
        if case .confirm? = pending { return [phrases.yes, phrases.no] }
        guard let question = currentNode?.question else { return [] }
        return optionLabels(question)
    }

    // MARK: - Answers

    mutating func take(_ result: AnswerInterpreter.Result, for node: Dialog.Node, _ question: Dialog.Question, _ replies: inout [Reply]) {
        switch result {
        case .answer(let value, let exact, let sure):
            misunderstood = 0
            if !sure, changesWhatFollows(question, value, alternatives: possibleValues(question, near: value)) {
                confirm(value, question, &replies)
                return
            }
            if !exact { replies.append(.note(phrases.understood(display(value, question)))) }
            accept(value, node, question, &replies)
        case .estimate(let n, let range, _):
            misunderstood = 0
            let alternatives = range.map { Value.number($0) }
            if !changesWhatFollows(question, .number(n), alternatives: alternatives) {
                replies.append(.note(phrases.understood(display(.number(n), question))))
                accept(.number(n), node, question, &replies)
            } else {
                confirm(.number(n), question, &replies)
            }
        case .question:
            perform(.help, node, &replies)
        case .wrongNumber(let problem):
            misunderstood = 0
            switch problem {
            case .ageNow: replies.append(.note(phrases.giveAgeThen))
            case .yearNotAge: replies.append(.note(phrases.yearIsNotAge))
            case .needsToday: replies.append(.note(phrases.typeDate))
            case .dateInFuture: replies.append(.note(phrases.dateInFuture))
            case .dateNeedsYear: replies.append(.note(phrases.dateNeedsYear))
            case .dateNotAge: replies.append(.note(phrases.dateNotAge))
            }
        case .ambiguous(let indexes):
            let labels = indexes.map { "\($0 + 1)) \(optionLabels(question)[$0])" }
            replies.append(.note(phrases.didYouMean(labels)))
        case .empty:
            replies.append(.note(reask(question)))
        case .outOfRange, .severalNumbers, .notUnderstood, .dontKnowNotOffered:
            misunderstood += 1
            var message: String
            switch result {
            case .severalNumbers: message = question.answer.isDate ? phrases.oneDate : phrases.typeOneNumber
            case .dontKnowNotOffered: message = phrases.dontKnowNotOffered
            case .outOfRange: message = reask(question)
            default: message = phrases.didNotUnderstand + " " + reask(question)
            }
            if misunderstood >= 3 {
                // Three misses in a row: offer help and the "I don't know" way out instead.
                misunderstood = 0
                message = phrases.didNotUnderstand + " " + phrases.stuck
                if question.allowsUnknown { message += " " + phrases.orDontKnow }
            }
            replies.append(.note(message))
        }
    }

    /// A short re-ask that says what answers work.
    func reask(_ question: Dialog.Question) -> String {
        var hint: String
        switch question.answer {
        case .yesNo: hint = phrases.answerYesOrNo
        case .number(let min, let max, _): hint = phrases.typeNumberFromTo(min, max)
        case .choice(let choices): hint = phrases.typeChoiceNumber(choices.count + (question.allowsUnknown ? 1 : 0))
        case .text: hint = phrases.typeSomething
        case .date: hint = phrases.typeDate
        }
        if question.allowsUnknown, case .choice = question.answer {
        } else if question.allowsUnknown {
            hint += " " + phrases.orDontKnow
        }
        return hint
    }

    func confirmed(_ input: String) -> Bool {
        yesOrNo(input) == true
    }

    /// A line read as yes or no (1 is yes, 2 is no); nil for anything else.
    package func yesOrNo(_ input: String) -> Bool? {
        let yesNo = Dialog.Question(answer: .yesNo, save: "", allowsUnknown: false)
        switch AnswerInterpreter(question: yesNo, language: language, vocabulary: languages.vocabulary).interpret(input) {
        case .answer(.yes, _, _): return true
        case .answer(.no, _, _): return false
        default: return nil
        }
    }

    /// Takes an answer and goes on.
    mutating func accept(_ value: Value, _ node: Dialog.Node, _ question: Dialog.Question, _ replies: inout [Reply]) {
        misunderstood = 0
        taken = (node.id, value)
        trace.answers.insert(Trace.answer(node.id, value))
        steps.append(
            Step(node: node.id, answersBefore: answers, summariesBefore: summaries.count, printedBefore: printed.count, value: value))
        answers[question.save] = value
        monthAsked.remove(question.save)
        // A year alone where some rule ahead turns within that year: ask the month now, while
        // the question is fresh, rather than after the texts that follow.
        if case .date = value, let (save, year) = monthWorthAsking(reading: question.save),
            dialog.nodes.values.contains(where: { $0.next.map { rulesUndecided($0, on: question.save) } ?? false })
        {
            askMonth(save: save, year: year, after: node.id, &replies)
            return
        }
        leave(node, &replies)
    }

    /// Says back a loose reading and waits for yes or no.
    mutating func confirm(_ value: Value, _ question: Dialog.Question, _ replies: inout [Reply]) {
        pending = .confirm(value)
        replies.append(.question(phrases.confirmReading(display(value, question)), choices: [phrases.yes, phrases.no]))
    }

    /// Every answer a question can take, but numbers; for a date, the months around `value`.
    func possibleValues(_ question: Dialog.Question, near value: Value? = nil) -> [Value] {
        var values: [Value]
        switch question.answer {
        case .yesNo: values = [.yes, .no]
        case .choice(let choices): values = choices.map { .choice($0.id) }
        case .number, .text: values = []
        case .date:
            // A date read loosely is near what was meant, not "I don't know".
            guard case .date(let span)? = value else { return [] }
            return (-3...3).map { .date(span.adding($0)) }
        }
        if question.allowsUnknown { values.append(.unknown) }
        return values
    }

    /// Whether some condition of the dialog, given the answers so far, holds for `value` and
    /// not for one of `alternatives` (or the other way round): then a loose reading as
    /// `value` is said back first.
    func changesWhatFollows(_ question: Dialog.Question, _ value: Value, alternatives: [Value]) -> Bool {
        var answers = self.answers
        for node in dialog.nodes.values {
            guard case .rules(let rules)? = node.next else { continue }
            for rule in rules {
                guard let condition = rule.condition, condition.names.contains(where: { $0.name == question.save }) else { continue }
                answers[question.save] = value
                let holds = condition.truth(for: answers, today: today)
                for other in alternatives where other != value {
                    answers[question.save] = other
                    if condition.truth(for: answers, today: today) != holds { return true }
                }
            }
        }
        return false
    }

    // MARK: - Moving through the dialog

    /// After an answer: follow `next`.
    mutating func leave(_ node: Dialog.Node, _ replies: inout [Reply]) {
        switch follow(node, &replies) {
        case .node(let next): enter(next, &replies)
        case .end: reachEnd()
        case .askedMonth: return
        }
    }

    /// Shows nodes from `id` on until a question waits for an answer or the dialog ends.
    mutating func enter(_ id: String, _ replies: inout [Reply]) {
        var id = id
        var shown = 0
        var lead: [Reply] = []
        for _ in 0..<Self.maximumSteps {
            guard let node = dialog.node(id) else { break }
            // A loop of messages with no question in it cannot be left (`intake paths` reports
            // it); stop it before its texts fill the memory.
            if shown > 4 * Self.maximumTextLength { break }
            trace.nodes.insert(node.id)
            if node.forget {
                round += 1
                leadingTexts = []
                answers = answers.filter { node.keep.contains($0.key) }
                monthAsked.formIntersection(node.keep)
            }
            switch node.kind {
            case .question(let question) where question.once && answers[question.save] != nil:
                // Asked in an earlier case of this visit, its answer kept: go on with it.
                break
            case .question(let question):
                current = node.id
                // Once a case's outcome is shown, what follows it adds to it: `repeat` at the
                // last questions of a case shows its whole explanation from the start.
                let explained = leadingTexts.contains { if case .outcome = $0 { true } else { false } }
                leadingTexts = explained ? leadingTexts + lead : lead
                replies.append(.question(fill(node.text), choices: optionLabels(question)))
                return
            case .message, .outcome:
                let text = fill(node.text)
                shown += text.utf8.count
                let shownText: Reply = node.isOutcome ? .outcome(text) : .text(text)
                replies.append(shownText)
                lead.append(shownText)
                if let summary = node.summary, summaries.count < Self.maximumSummaries {
                    summaries.append(TextShown(round: round, text: summary, answers: answers))
                }
                // A case's outcome, and what is shown after it in the same case.
                if node.print, node.isOutcome || printed.last?.round == round, printed.count < Self.maximumPrinted {
                    printed.append(TextShown(round: round, text: node.text, answers: answers))
                }
            }
            switch follow(node, &replies) {
            case .node(let next): id = next
            case .end: reachEnd()
            case .askedMonth: return
            }
            if isFinished { return }
        }
        finish()
    }

    enum Way {
        case node(String)
        case end
        /// A rule's date needs the month of a year-only answer: the month was asked for.
        case askedMonth
    }

    /// The node after `node`, noting which rule led there. A rule passed over because a date
    /// known only to its year leaves it undecided asks for the month first (once per answer).
    mutating func follow(_ node: Dialog.Node, _ replies: inout [Reply]) -> Way {
        switch node.next {
        case nil:
            return .end
        case .node(let target):
            return .node(target.id)
        case .rules(let rules):
            for (index, rule) in rules.enumerated() {
                let truth = rule.condition?.truth(for: answers, today: today) ?? .yes
                if truth == .undecided, let (save, year) = monthWorthAsking(rule.condition!) {
                    askMonth(save: save, year: year, after: node.id, &replies)
                    return .askedMonth
                }
                if truth == .yes {
                    trace.rules.insert(Trace.rule(node.id, index))
                    return .node(rule.target.id)
                }
            }
            return .end
        }
    }

    /// "Do you remember the month in 2024?", then the way on from node `after`.
    mutating func askMonth(save: String, year: Int, after: String, _ replies: inout [Reply]) {
        pending = .month(save: save, year: year, after: after)
        replies.append(.question(phrases.askMonth(year), choices: []))
    }

    /// The question that saves `name` (the loader makes every name saved with one type).
    func question(saving name: String) -> Dialog.Question? {
        dialog.order.lazy.compactMap { self.dialog.nodes[$0]?.question }.first { $0.save == name }
    }

    /// A date answer the condition reads that is one whole year, whose month was not asked.
    func monthWorthAsking(_ condition: Condition) -> (String, Int)? {
        condition.names.lazy.compactMap { monthWorthAsking(reading: $0.name) }.first
    }

    func monthWorthAsking(reading name: String) -> (String, Int)? {
        guard !monthAsked.contains(name), case .date(let span)? = answers[name], !span.isOneMonth, span.first.year == span.last.year
        else { return nil }
        return (name, span.first.year)
    }

    /// Whether some rule that reads `name` is undecided with the answers so far.
    func rulesUndecided(_ next: Dialog.Next, on name: String) -> Bool {
        guard case .rules(let rules) = next else { return false }
        return rules.contains { rule in
            guard let condition = rule.condition, condition.names.contains(where: { $0.name == name }) else { return false }
            return condition.truth(for: answers, today: today) == .undecided
        }
    }

    /// The answer to "Do you remember the month?": a month of that year, or "I don't know"
    /// (the year stays). Returns false for a command or another answer to handle as usual.
    mutating func takeMonth(_ input: String, save: String, year: Int, after: String, _ replies: inout [Reply]) -> Bool {
        let again = Pending.month(save: save, year: year, after: after)
        let normalized = Words.normalize(input)
        let dialog = self.dialog
        let dateStep = steps.lastIndex { dialog.node($0.node)?.question?.save == save }
        if let command = Command.match(input, normalized: normalized, in: languages.commands) {
            switch command {
            case .repeatQuestion, .help:
                askMonth(save: save, year: year, after: after, &replies)
                return true
            case .back:
                // Back to the date question itself.
                if let index = dateStep {
                    let step = steps[index]
                    steps.removeSubrange(index...)
                    rewind(to: step)
                    askAgain(&replies)
                    return true
                }
                return false
            default:
                return false
            }
        }
        let tokens = Words.split(normalized)
        var month: Int?
        if tokens.count == 1, let n = Words.leadingDigits(tokens[0]), String(n) == tokens[0], (1...12).contains(n) {
            month = n
        } else if Words.unknownRun(in: tokens, languages.vocabulary) != nil || (tokens.count == 1 && languages.vocabulary.no.contains(tokens[0])) {
            month = nil
        } else {
            let reader = DateReader(vocabulary: languages.vocabulary, today: today, language: language, future: true)
            switch reader.read(input, Utterance(input, languages.vocabulary)) {
            case .date(let span, _) where span.isOneMonth && span.first.year == year:
                month = span.first.month
            case .needsYear:
                month = tokens.lazy.compactMap { reader.monthName($0)?.0 }.first
            default:
                pending = again
                replies.append(.note(phrases.typeMonth))
                return true
            }
        }
        if let month {
            let chosen = Month(year: year, month: month)
            let ahead = question(saving: save)?.answer == .date(future: true)
            if let today, !ahead, chosen > Month(year: today.year, month: today.month) {
                pending = again
                replies.append(.note(phrases.dateInFuture))
                return true
            }
            let value = Value.date(DateSpan(chosen))
            answers[save] = value
            if let index = dateStep { steps[index].value = value }
            replies.append(.note(phrases.understood(phrases.monthYear(month, year))))
        }
        monthAsked.insert(save)
        guard let node = dialog.node(after) else { return true }
        leave(node, &replies)
        return true
    }

    /// The dialog's end: the handout is made, in the language spoken now, and the rest goes.
    mutating func reachEnd() {
        if let texts = dialog.handout, !printed.isEmpty {
            var cases: [Handout.Case] = []
            for entry in printed {
                let text = fill(entry.text, answers: entry.answers)
                if cases.last?.round == entry.round {
                    cases[cases.count - 1].texts.append(text)
                } else {
                    cases.append(Handout.Case(round: entry.round, texts: [text]))
                }
            }
            let fallback = dialog.languages.first ?? "en"
            handout = Handout(
                title: texts.title.resolve(language, fallback: fallback),
                date: today.map(phrases.handoutDate) ?? "",
                caseHeading: phrases.handoutCase,
                cases: cases, end: texts.end.resolve(language, fallback: fallback))
        }
        finish()
    }

    mutating func finish() {
        isFinished = true
        current = nil
        pending = nil
        answers = [:]
        steps = []
        summaries = []
        printed = []
    }

    mutating func askAgain(_ replies: inout [Reply]) {
        guard let node = currentNode, let question = node.question else { return }
        replies.append(.question(fill(node.text), choices: optionLabels(question)))
    }

    mutating func restart(_ replies: inout [Reply]) {
        answers = [:]
        monthAsked = []
        round = 0
        leadingTexts = []
        steps = []
        summaries = []
        printed = []
        misunderstood = 0
        enter(dialog.start, &replies)
    }

    mutating func quit(_ replies: inout [Reply]) {
        finish()
        replies.append(.note(phrases.goodbye))
    }

    // MARK: - Commands

    mutating func perform(_ command: Command, _ node: Dialog.Node, _ replies: inout [Reply]) {
        misunderstood = 0
        switch command {
        case .help:
            if let help = node.help {
                replies.append(.text(fill(help)))
            } else {
                replies.append(.note(phrases.noHelp))
            }
            replies.append(.note(phrases.commandList))
            // The question again, with its choices, so the person need not scroll back to it.
            askAgain(&replies)
        case .back:
            guard let step = steps.popLast() else {
                replies.append(.note(phrases.firstQuestion))
                return
            }
            rewind(to: step)
            askAgain(&replies)
        case .repeatQuestion:
            // What led to the question too: at the end of a case, its explanation.
            replies += leadingTexts
            askAgain(&replies)
        case .review:
            review(&replies)
        case .startOver:
            pending = .confirmStartOver
            replies.append(.note(phrases.confirmStartOver))
        case .quit:
            pending = .confirmQuit
            replies.append(.note(phrases.confirmQuit))
        }
    }

    /// Goes on in another language the dialog speaks, asking the question again in it.
    mutating func switchLanguage(to code: String, _ replies: inout [Reply]) {
        if code != language {
            language = code
            replies.append(.note(phrases.switchedLanguage))
        }
        askAgain(&replies)
    }

    mutating func rewind(to step: Step) {
        answers = step.answersBefore
        monthAsked = monthAsked.filter { answers[$0] != nil }
        leadingTexts = []
        summaries.removeLast(summaries.count - step.summariesBefore)
        printed.removeLast(printed.count - step.printedBefore)
        current = step.node
        pending = nil
    }

    /// Lists the answers that still count (a new round forgets the last one's).
    mutating func review(_ replies: inout [Reply]) {
        let live = steps.indices.filter { index in
            guard let question = dialog.node(steps[index].node)?.question else { return false }
            return answers[question.save] == steps[index].value
        }
        guard !live.isEmpty else {
            replies.append(.note(phrases.reviewEmpty))
            return
        }
        var lines = [phrases.reviewTitle, ""]
        for (number, index) in live.enumerated() {
            let step = steps[index]
            guard let node = dialog.node(step.node), let question = node.question else { continue }
            let asked = fill(node.text).split(separator: "\n").first.map(String.init) ?? ""
            lines.append("\(number + 1). \(asked) \(display(step.value, question))")
        }
        lines.append("")
        lines.append(phrases.reviewHowTo)
        replies.append(.text(lines.joined(separator: "\n")))
        pending = .review(live)
    }

    /// Returns true when the line was a review pick (a number, or Enter to go on).
    mutating func chooseFromReview(_ input: String, _ stepIndexes: [Int], _ replies: inout [Reply]) -> Bool {
        let tokens = Words.tokens(input)
        if tokens.isEmpty {
            askAgain(&replies)
            return true
        }
        guard tokens.count == 1, let n = Words.leadingDigits(tokens[0]), String(n) == tokens[0] else { return false }
        guard (1...stepIndexes.count).contains(n) else {
            replies.append(.note(phrases.reviewPickNumber(stepIndexes.count)))
            pending = .review(stepIndexes)
            return true
        }
        // Go back to that question; everything answered after it is asked again as the path needs.
        let index = stepIndexes[n - 1]
        let step = steps[index]
        steps.removeSubrange(index...)
        rewind(to: step)
        askAgain(&replies)
        return true
    }

    // MARK: - Conditions and texts

    /// Fills `{name}` with saved answers and `{summary}` with the visit's results so far.
    func fill(_ text: Dialog.Text) -> String {
        fill(text, answers: answers)
    }

    func fill(_ text: Dialog.Text, answers: [String: Value]) -> String {
        var resolved = text.resolve(language, fallback: dialog.languages.first ?? "en")
        guard text.hasBraces else { return resolved }
        if ConditionalText.hasDirectives(resolved) {
            resolved = ConditionalText.select(resolved) { source in
                (try? Condition.parse(source, at: SourceLocation(line: 0, column: 0)))?.truth(for: answers, today: today) == .yes
            }
        }
        let filled = Template.fill(resolved, limit: Self.maximumTextLength) { name in
            if name == Self.summaryPlaceholder { return summaryList() }
            if name.contains(where: { $0 == " " || $0 == "+" || $0 == "-" }) || name == "today" {
                let term = try? Condition.parseDate(name, at: SourceLocation(line: 0, column: 0))
                return term?.span(answers, today: today).map(show) ?? ""
            }
            guard let value = answers[name] else { return "" }
            return question(saving: name).map { display(value, $0, inSentence: true) } ?? ""
        }
        return filled.cut ? filled.text + "\n\n" + phrases.textCut : filled.text
    }

    /// The visit's summaries, one numbered item per case, in today's language.
    func summaryList() -> String {
        var items: [(round: Int, lines: [String])] = []
        for summary in summaries {
            let line = fill(summary.text, answers: summary.answers).trimmingSpaces()
            if items.last?.round == summary.round {
                items[items.count - 1].lines.append(line)
            } else {
                items.append((summary.round, [line]))
            }
        }
        return items.enumerated().map { "\($0.offset + 1). " + $0.element.lines.joined(separator: " ") }.joined(separator: "\n")
    }

    /// No text shown grows past this many bytes, whatever its placeholders hold (`check`
    /// already refuses the dialogs that would make one grow without bound).
    package static let maximumTextLength = 64 * 1024
    /// A visit keeps at most this many outcome summaries (a loop could add one each round).
    static let maximumSummaries = 50
    /// A visit's handout holds at most this many texts.
    static let maximumPrinted = 200

    /// The name `{summary}` shows the visit's outcome summaries, numbered.
    package static let summaryPlaceholder = "summary"

    func optionLabels(_ question: Dialog.Question) -> [String] {
        var labels: [String]
        switch question.answer {
        case .yesNo: labels = [phrases.yes, phrases.no]
        case .choice(let choices): labels = choices.map { $0.label.resolve(language, fallback: dialog.languages.first ?? "en") }
        case .number, .text, .date: return []
        }
        if question.allowsUnknown { labels.append(phrases.dontKnow) }
        return labels
    }

    /// An answer as a person reads it.
    /// An answer in words: a choice's menu label, or, inside a text (`inSentence`), its
    /// sentence form where it has one.
    func display(_ value: Value, _ question: Dialog.Question, inSentence: Bool = false) -> String {
        switch value {
        case .yes: return phrases.yes
        case .no: return phrases.no
        case .unknown: return phrases.dontKnow
        case .number(let n): return String(n)
        case .text(let text): return text
        case .date(let span): return show(span)
        case .choice(let id):
            if case .choice(let choices) = question.answer, let choice = choices.first(where: { $0.id == id }) {
                let text = inSentence ? choice.sentence ?? choice.label : choice.label
                return text.resolve(language, fallback: dialog.languages.first ?? "en")
            }
            return id
        }
    }

    /// A date as a person reads it: "March 2024", or the year alone when the month is not known.
    func show(_ span: DateSpan) -> String {
        if span.isOneMonth { return phrases.monthYear(span.first.month, span.first.year) }
        if span.first.year == span.last.year { return String(span.first.year) }
        return phrases.monthYear(span.first.month, span.first.year) + " – " + phrases.monthYear(span.last.month, span.last.year)
    }
}
