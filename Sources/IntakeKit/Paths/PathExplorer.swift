import Glibc

/// Explores every path a person can take through a dialog, over every choice and every range
/// of a number that the conditions tell apart, and reports what a reviewer must know: how many
/// distinct paths there are, and any path that ends without an outcome, any loop a person
/// cannot leave, any question asked twice on one path, any outcome no path reaches, and any
/// condition that is always true or always false where it stands.
///
/// A node with `forget` starts a new round (another case): a path ends there, and each round
/// is explored on its own from the answers it keeps. Two paths that reach the same node with
/// the same answers that still matter (that a condition ahead may read) go on the same way, so
/// they are explored once: the work grows with the dialog, not with the number of paths.
package struct PathExplorer {
    /// One way to answer a question, as the conditions tell answers apart.
    package struct AnswerClass: Sendable, Equatable {
        package var label: String
        package var value: Value
    }

    /// Something wrong with the dialog's paths.
    package struct Problem: Sendable, Equatable {
        package var location: SourceLocation
        package var message: String
    }

    /// One distinct path of one round: the answers given on it and the outcomes it shows.
    package struct Row: Sendable, Equatable {
        package var round: String
        package var answers: [(question: String, answer: String)]
        package init(round: String, answers: [(question: String, answer: String)], outcomes: [String], end: String) {
            self.round = round
            self.answers = answers
            self.outcomes = outcomes
            self.end = end
        }
        package var outcomes: [String]
        /// Where the path ends: an outcome that ends the dialog, or the node that starts the next round.
        package var end: String

        package static func == (a: Row, b: Row) -> Bool {
            a.round == b.round && a.outcomes == b.outcomes && a.end == b.end
                && a.answers.map(\.question) == b.answers.map(\.question) && a.answers.map(\.answer) == b.answers.map(\.answer)
        }
    }

    package struct Report: Sendable {
        /// Distinct paths per round start, in the order rounds were found. Saturates at Int.max.
        package var paths: [(round: String, count: Int)]
        package var problems: [Problem]
        /// The paths, one row each, when asked for and not more than the limit; nil otherwise.
        package var rows: [Row]?
        /// For each outcome, the distinct sets of answers that led to it (only the answers a
        /// condition read on the way), listed with `rows`.
        package var routes: [String: [[(question: String, answer: String)]]]?

        /// Why the exploration stopped before it was done (a budget ran out), if it did: the
        /// counts and problems above are then only what was found before it stopped.
        package var stopped: String?

        package var totalPaths: Int { paths.reduce(0) { $0.addingReportingOverflow($1.count).overflow ? Int.max : $0 + $1.count } }
    }

    /// What one exploration may spend, so that no dialog, however written, can make `paths`
    /// run for minutes or take gigabytes: on this project's 2-core machine a whole budget is
    /// about 15 s and tens of MB. The California dialog has about 1.2 million paths (its dates
    /// are explored on each side of every period); its per-outcome table walks them only up to
    /// their last outcome, and lists rounds that differ only in what follows it once: about 5 s
    /// in a debug build.
    package struct Budget: Sendable {
        /// Distinct states (a node and the answers that still matter there).
        package var states = 200_000
        /// Steps of one path, the deepest the walk goes.
        package var pathLength = 1_000
        /// Steps taken while listing paths for a table.
        package var listingSteps = 5_000_000

        package init() {}
    }

    let dialog: Dialog
    /// For each node, the answers a condition at it or after it may read.
    let live: [String: Set<String>]
    /// For each node with `{if ...}` lines in its texts, their conditions.
    let textConditions: [String: [TextCondition]]

    struct TextCondition {
        var source: String
        var condition: Condition
        var location: SourceLocation
    }
    /// Answer classes per question node.
    let classes: [String: [AnswerClass]]
    /// The day dates are counted from: the 15th of the month given, so that the month a rule's
    /// period ends in is always a class of its own (undecided), whatever the day.
    let today: Day

    /// `today`: dates are explored relative to it, and labelled in months ago, so the paths and
    /// tables are the same on any day.
    package init(dialog: Dialog, today: Day = Day(year: 2026, month: 1, day: 15)) {
        self.dialog = dialog
        self.today = Day(year: today.year, month: today.month, day: 15)
        textConditions = Self.textConditions(dialog)
        live = Self.liveAnswers(dialog, textConditions: textConditions)
        // Each condition once, filed under the names it reads.
        var conditionsByName: [String: [Condition]] = [:]
        for node in dialog.nodes.values {
            for condition in textConditions[node.id]?.map(\.condition) ?? [] {
                for name in Set(condition.names.map(\.name)) { conditionsByName[name, default: []].append(condition) }
            }
            guard case .rules(let rules)? = node.next else { continue }
            for condition in rules.compactMap(\.condition) {
                for name in Set(condition.names.map(\.name)) { conditionsByName[name, default: []].append(condition) }
            }
        }
        var classes: [String: [AnswerClass]] = [:]
        for (id, node) in dialog.nodes {
            if let question = node.question {
                classes[id] = Self.answerClasses(question, conditions: conditionsByName[question.save] ?? [], today: self.today)
            }
        }
        self.classes = classes
    }

    // MARK: - Answer classes

    /// yes/no: yes, no; a choice: each id; a number: each range the conditions tell apart; text:
    /// each text a condition compares with, and any other text. Plus "I don't know" where allowed.
    static func answerClasses(_ question: Dialog.Question, conditions: [Condition], today: Day) -> [AnswerClass] {
        var result: [AnswerClass]
        switch question.answer {
        case .yesNo:
            result = [AnswerClass(label: "yes", value: .yes), AnswerClass(label: "no", value: .no)]
        case .choice(let choices):
            result = choices.map { AnswerClass(label: $0.id, value: .choice($0.id)) }
        case .number(let min, let max, _):
            var cuts: Set<Int> = []
            for (op, value) in conditions.flatMap({ $0.numberComparisons(of: question.save) }) {
                switch op {
                case .less, .greaterOrEqual: cuts.insert(value)
                case .lessOrEqual, .greater: cuts.insert(value + 1)
                case .equal, .notEqual:
                    cuts.insert(value)
                    cuts.insert(value + 1)
                }
            }
            let starts = [min] + cuts.filter { $0 > min && $0 <= max }.sorted()
            result = starts.enumerated().map { index, start in
                let end = index + 1 < starts.count ? starts[index + 1] - 1 : max
                return AnswerClass(label: start == end ? "\(start)" : "\(start)-\(end)", value: .number(start))
            }
        case .date:
            result = dateClasses(conditions.flatMap { $0.dateThresholds(of: question.save, today: today) }, today: today)
        case .text:
            let literals = Set(conditions.flatMap { $0.textLiterals(of: question.save) }).sorted()
            result =
                literals.map { AnswerClass(label: "\"\($0)\"", value: .text($0)) }
                + [AnswerClass(label: "any other text", value: .text("\u{1}other"))]
        }
        if question.allowsUnknown { result.append(AnswerClass(label: "unknown", value: .unknown)) }
        return result
    }

    /// A date: each stretch of months the conditions tell apart, the month each period ends in
    /// on its own, and for each such month its whole year (the month not known).
    static func dateClasses(_ thresholds: [Month], today: Day) -> [AnswerClass] {
        let now = Month(year: today.year, month: today.month)
        let floor = now.adding(-12 * 100)
        let cuts = Set(thresholds.filter { $0 > floor && $0 <= now }).sorted()
        func ago(_ month: Month) -> Int { now.index - month.index }
        guard !cuts.isEmpty else { return [AnswerClass(label: "any date", value: .date(DateSpan(now.adding(-12))))] }
        var classes: [AnswerClass] = []
        // From the oldest: before the first cut, each cut month, between cuts, after the last.
        var start = floor
        for cut in cuts {
            if start < cut {
                let end = cut.adding(-1)
                let label =
                    start == floor ? "\(ago(end))+ months ago" : (start == end ? "\(ago(start)) months ago" : "\(ago(end))-\(ago(start)) months ago")
                classes.append(AnswerClass(label: label, value: .date(DateSpan(end))))
            }
            classes.append(AnswerClass(label: "\(ago(cut)) months ago", value: .date(DateSpan(cut))))
            start = cut.adding(1)
        }
        if start <= now {
            let label = start == now ? "this month" : "0-\(ago(start)) months ago"
            classes.append(AnswerClass(label: label, value: .date(DateSpan(start))))
        }
        for cut in cuts {
            var year = DateSpan(year: cut.year)
            if year.last > now { year.last = now }
            guard !year.isOneMonth, !classes.contains(where: { $0.value == .date(year) }) else { continue }
            classes.append(AnswerClass(label: "the year of \(ago(cut)) months ago, month not known", value: .date(year)))
        }
        return classes
    }

    // MARK: - Which answers still matter

    /// Backward liveness: an answer matters at a node if a condition at it, or on some path
    /// after it, may read it before a question saves it again or a round forgets it.
    /// The `{if ...}` conditions in each node's texts (every language's, each source once);
    /// `check` has reported any that do not parse.
    static func textConditions(_ dialog: Dialog) -> [String: [TextCondition]] {
        var found: [String: [TextCondition]] = [:]
        for node in dialog.nodes.values {
            var seen: Set<String> = []
            node.forEachText { text in
                guard text.hasBraces else { return }
                text.forEachVariant { language, variant in
                    guard ConditionalText.hasDirectives(variant) else { return }
                    for (source, line) in ConditionalText.outline(variant).conditions where seen.insert(source).inserted {
                        let location = text.location(of: language, line: line)
                        guard let condition = try? Condition.parse(source, at: location) else { continue }
                        found[node.id, default: []].append(TextCondition(source: source, condition: condition, location: location))
                    }
                }
            }
        }
        return found
    }

    static func liveAnswers(_ dialog: Dialog, textConditions: [String: [TextCondition]] = [:]) -> [String: Set<String>] {
        var predecessors: [String: [String]] = [:]
        for id in dialog.order {
            for target in dialog.nodes[id]?.next?.targets ?? [] { predecessors[target.id, default: []].append(id) }
        }
        var live: [String: Set<String>] = [:]
        // Worklist: a node is looked at again only when what follows it changed.
        var work = dialog.order.filter { dialog.nodes[$0] != nil }
        while let id = work.popLast() {
            guard let node = dialog.nodes[id] else { continue }
            var now: Set<String> = []
            for target in node.next?.targets ?? [] { now.formUnion(live[target.id] ?? []) }
            if case .rules(let rules)? = node.next {
                for rule in rules { now.formUnion(rule.condition?.names.map(\.name) ?? []) }
            }
            for text in textConditions[id] ?? [] { now.formUnion(text.condition.names.map(\.name)) }
            // A question's own rules read its answer after it is saved: not needed before it;
            // but whether a once-a-visit question's answer is kept decides if it is asked.
            if let question = node.question { if question.once { now.insert(question.save) } else { now.remove(question.save) } }
            if node.forget { now.formIntersection(node.keep) }
            if now != live[id] {
                live[id] = now
                work += predecessors[id] ?? []
            }
        }
        return live
    }

    // MARK: - Exploring

    struct State: Hashable {
        var node: String
        var answers: [String: Value]

        /// The kept answers in name order, for stable output.
        var answersText: String {
            answers.sorted { $0.key < $1.key }.map { "\($0.key) = \(Self.show($0.value))" }.joined(separator: ", ")
        }

        static func show(_ value: Value) -> String {
            switch value {
            case .yes: return "yes"
            case .no: return "no"
            case .unknown: return "unknown"
            case .number(let n): return String(n)
            case .choice(let id): return id
            case .text(let text): return "\"\(text)\""
            case .date(let span):
                return span.isOneMonth
                    ? "\(span.first.year)-\(span.first.month)" : "\(span.first.year)-\(span.first.month)..\(span.last.year)-\(span.last.month)"
            }
        }
    }

    /// What one step from a state leads to.
    enum Step {
        case next(State, given: (question: String, answer: String)?, read: [String])
        case end(String)
    }

    /// Runs the exploration. `rowLimit`: list the paths when there are at most this many.
    /// Runs the exploration. `rowLimit`: list the paths when there are at most this many;
    /// `keepRows`: keep each path as a row (the per-outcome table needs only the routes).
    package func explore(rowLimit: Int? = nil, keepRows: Bool = true, budget: Budget = Budget()) -> Report {
        // NB: the walk recurses once per step of a path; the budget's path length bounds how
        // deep, well inside any thread's stack.
        var walk = Walk(explorer: self, budget: budget)
        var pending = [State(node: dialog.start, answers: [:])]
        var seenRounds: Set<State> = []
        var roundStates: [State] = []
        var counts: [(String, Int)] = []
        while let round = pending.popLast(), walk.stopped == nil {
            guard seenRounds.insert(round).inserted else { continue }
            roundStates.append(round)
            let count = walk.count(round, roundStart: round.node)
            counts.append((round.answers.isEmpty ? round.node : "\(round.node) (keeping \(round.answersText))", count))
            pending.append(contentsOf: walk.boundaries.subtracting(seenRounds).sorted { $0.answersText < $1.answersText })
        }
        if let stopped = walk.stopped {
            return Report(paths: counts, problems: Self.unique(walk.problems), rows: nil, routes: nil, stopped: stopped)
        }
        var problems = walk.problems
        for round in roundStates { problems += walk.endsWithoutOutcome(from: round) }
        problems += walk.unleavable()
        problems += walk.askedTwice()
        for id in dialog.order where dialog.nodes[id]?.isOutcome == true && !walk.visited.contains(id) {
            problems.append(Problem(location: dialog.nodes[id]?.location ?? .init(line: 1, column: 1), message: "no path reaches outcome '\(id)'"))
        }
        problems += walk.ruleProblems()

        var rows: [Row]?
        var routes: [String: [[(question: String, answer: String)]]]?
        let total = counts.reduce(0) { $0.addingReportingOverflow($1.1).overflow ? Int.max : $0 + $1.1 }
        if let rowLimit, total <= rowLimit {
            var listing = Walk.Listing(keepRows: keepRows)
            // Nodes are numbered in file order, so `outcomeAhead` is indexed like `dialog.order`.
            for id in dialog.order { _ = listing.number(\.nodeNumbers, id) }
            let everywhere = walk.outcomesEveryPathReaches()
            listing.outcomeAhead = walk.outcomesAhead(listing.nodeNumbers, besides: everywhere)
            // Routes alone: rounds that differ only in answers read after their last outcome
            // (a kept answer that only picks a closing note) find the same routes; list one.
            var listed: Set<State> = []
            let early = keepRows ? nil : namesRead(whereAhead: listing.outcomeAhead)
            for round in roundStates where walk.stopped == nil {
                if let early {
                    guard listed.insert(State(node: round.node, answers: round.answers.filter { early.contains($0.key) })).inserted else { continue }
                }
                walk.list(round, roundStart: round.node, into: &listing)
            }
            if walk.stopped == nil {
                rows = listing.rows
                routes = listing.routes
                if !keepRows {
                    for outcome in everywhere where walk.visited.contains(outcome) && routes?[outcome] == nil {
                        routes?[outcome] = [[]]
                    }
                }
            }
        }
        return Report(paths: counts, problems: Self.unique(problems), rows: rows, routes: routes, stopped: walk.stopped)
    }

    /// The names a rule reads at a node from which an outcome can still follow in the round
    /// (`ahead`, indexed like `dialog.order`).
    func namesRead(whereAhead ahead: [Bool]) -> Set<String> {
        var names: Set<String> = []
        for (index, id) in dialog.order.enumerated() where ahead[index] {
            guard case .rules(let rules)? = dialog.nodes[id]?.next else { continue }
            for rule in rules { names.formUnion(rule.condition?.names.map(\.name) ?? []) }
        }
        return names
    }

    static func unique(_ problems: [Problem]) -> [Problem] {
        var seen: Set<String> = []
        return
            problems
            .sorted { ($0.location.line, $0.location.column, $0.message) < ($1.location.line, $1.location.column, $1.message) }
            .filter { seen.insert("\($0.location.line):\($0.location.column):\($0.message)").inserted }
    }

    /// The answers that matter at `node`, and nothing else, so equal futures share one state.
    func state(_ node: String, _ answers: [String: Value]) -> State {
        guard let keep = live[node] else { return State(node: node, answers: [:]) }
        return State(node: node, answers: answers.filter { keep.contains($0.key) })
    }

    /// The ways on from a state, noting which rules held.
    func steps(from state: State, roundStart: String, rules: inout [String: (true: Bool, false: Bool)]) -> [Step] {
        guard let node = dialog.nodes[state.node] else { return [.end("missing node '\(state.node)'")] }
        if node.forget, state.node != roundStart {
            return [.end("next round at '\(state.node)'")]
        }
        var answers = state.answers
        if node.forget { answers = answers.filter { node.keep.contains($0.key) } }
        // `{if ...}` lines: which way each went here.
        for (index, text) in (textConditions[node.id] ?? []).enumerated() {
            let key = "\(node.id){if}\(index)"
            var seen = rules[key] ?? (false, false)
            if text.condition.holds(for: answers, today: today) { seen.true = true } else { seen.false = true }
            rules[key] = seen
        }
        guard let question = node.question, !(question.once && answers[question.save] != nil) else {
            return [follow(node, answers, given: nil, rules: &rules)]
        }
        return (classes[node.id] ?? []).map { answerClass in
            var given = answers
            given[question.save] = answerClass.value
            return follow(node, given, given: (node.id, answerClass.label), rules: &rules)
        }
    }

    func follow(_ node: Dialog.Node, _ answers: [String: Value], given: (String, String)?, rules: inout [String: (true: Bool, false: Bool)]) -> Step {
        switch node.next {
        case nil:
            return .end(node.isOutcome ? "end" : "dead end at '\(node.id)'")
        case .node(let target):
            return .next(state(target.id, answers), given: given, read: [])
        case .rules(let list):
            var read: [String] = []
            for (index, rule) in list.enumerated() {
                guard let condition = rule.condition else { return .next(state(rule.target.id, answers), given: given, read: read) }
                read += condition.names.map(\.name)
                let holds = condition.holds(for: answers, today: today)
                let key = "\(node.id)#\(index)"
                var seen = rules[key] ?? (false, false)
                if holds { seen.true = true } else { seen.false = true }
                rules[key] = seen
                if holds { return .next(state(rule.target.id, answers), given: given, read: read) }
            }
            return .end("no rule of '\(node.id)' holds")
        }
    }
}

/// The mutable part of an exploration: memoized counts, what was seen, what went wrong.
struct Walk {
    let explorer: PathExplorer
    let budget: PathExplorer.Budget
    /// Set when a budget ran out; the walk then unwinds without going further.
    var stopped: String?
    var listingSteps = 0
    var memo: [PathExplorer.State: Int] = [:]
    var onPath: Set<PathExplorer.State> = []
    var visited: Set<String> = []
    var boundaries: Set<PathExplorer.State> = []
    var problems: [PathExplorer.Problem] = []
    var rules: [String: (true: Bool, false: Bool)] = [:]
    var successors: [PathExplorer.State: [PathExplorer.State]] = [:]
    var ends: Set<PathExplorer.State> = []

    init(explorer: PathExplorer, budget: PathExplorer.Budget) {
        self.explorer = explorer
        self.budget = budget
    }

    var dialog: Dialog { explorer.dialog }

    func location(_ id: String) -> SourceLocation {
        dialog.nodes[id]?.location ?? SourceLocation(line: 1, column: 1)
    }

    /// The number of distinct paths from `state` to the end of its round.
    mutating func count(_ state: PathExplorer.State, roundStart: String) -> Int {
        // A round's first node is also where the round before it ends: never memoize it.
        let startsRound = dialog.nodes[state.node]?.forget == true
        if !startsRound, let known = memo[state] { return known }
        if stopped != nil { return 0 }
        if memo.count + onPath.count >= budget.states {
            stopped = "the dialog has more than \(budget.states) distinct states (a node and the answers that still matter there)"
            return 0
        }
        if onPath.count >= budget.pathLength {
            stopped = "a path is longer than \(budget.pathLength) steps"
            return 0
        }
        if onPath.contains(state) {
            // Back at a state already on this path: the person goes round in a circle here.
            problems.append(
                .init(
                    location: location(state.node),
                    message: "a loop returns to '\(state.node)' with the same answers; a person can go round it forever"))
            return 0
        }
        visited.insert(state.node)
        onPath.insert(state)
        defer { onPath.remove(state) }

        var total = 0
        var next: [PathExplorer.State] = []
        for step in explorer.steps(from: state, roundStart: roundStart, rules: &rules) {
            switch step {
            case .end(let how):
                ends.insert(state)
                total = total.addingReportingOverflow(1).overflow ? Int.max : total + 1
                if how.hasPrefix("next round") {
                    var kept = state.answers
                    if let node = dialog.nodes[state.node] { kept = kept.filter { node.keep.contains($0.key) } }
                    boundaries.insert(explorer.state(state.node, kept))
                } else if how != "end" {
                    problems.append(.init(location: location(state.node), message: "a path ends at '\(state.node)' without an outcome (\(how))"))
                }
            case .next(let following, _, _):
                next.append(following)
                let sub = count(following, roundStart: roundStart)
                total = total.addingReportingOverflow(sub).overflow ? Int.max : total + sub
            }
        }
        if !startsRound || state.node == roundStart { successors[state] = next }
        if !startsRound { memo[state] = total }
        return total
    }

    /// Ends of a round that some path reaches from its start without showing any outcome: a
    /// search that does not go past outcomes.
    func endsWithoutOutcome(from start: PathExplorer.State) -> [PathExplorer.Problem] {
        var seen: Set<PathExplorer.State> = [start]
        var work = [start]
        var found: [PathExplorer.Problem] = []
        while let state = work.popLast() {
            if dialog.nodes[state.node]?.isOutcome == true { continue }
            // The round's own start is where the round before it ended, not an end of this round.
            if state != start, ends.contains(state) {
                found.append(
                    .init(location: location(state.node), message: "a path from '\(start.node)' ends at '\(state.node)' without showing any outcome"))
            }
            // A new round's start is where this round ends: do not walk into the next round.
            if state != start, dialog.nodes[state.node]?.forget == true { continue }
            for next in successors[state] ?? [] where seen.insert(next).inserted {
                work.append(next)
            }
        }
        return found
    }

    /// States from which no end can be reached: loops a person cannot leave.
    func unleavable() -> [PathExplorer.Problem] {
        // Walk backwards from every end: whatever is reached can end.
        var predecessors: [PathExplorer.State: [PathExplorer.State]] = [:]
        for (state, next) in successors {
            for following in next { predecessors[following, default: []].append(state) }
        }
        var canEnd = ends
        var work = Array(ends)
        while let state = work.popLast() {
            for before in predecessors[state] ?? [] where canEnd.insert(before).inserted {
                work.append(before)
            }
        }
        return successors.keys.filter { !canEnd.contains($0) }.map {
            .init(location: location($0.node), message: "from '\($0.node)' no path leads to an end: a loop a person cannot leave")
        }
    }

    /// Questions that one path can reach twice in a round: from a state at the question, another
    /// state at the same question can be reached.
    func askedTwice() -> [PathExplorer.Problem] {
        var byNode: [String: [PathExplorer.State]] = [:]
        for state in successors.keys where dialog.nodes[state.node]?.question != nil {
            byNode[state.node, default: []].append(state)
        }
        // The node-level steps the states take: a question that cannot reach itself through
        // them cannot be asked twice, and the exact search below is only for those that can.
        var nodeSteps: [String: Set<String>] = [:]
        for (state, next) in successors {
            nodeSteps[state.node, default: []].formUnion(next.map(\.node))
        }
        func nodeReachesItself(_ node: String) -> Bool {
            var seen: Set<String> = []
            var work = Array(nodeSteps[node] ?? [])
            while let next = work.popLast() {
                if next == node { return true }
                guard seen.insert(next).inserted, dialog.nodes[next]?.forget != true else { continue }
                work += nodeSteps[next] ?? []
            }
            return false
        }
        var found: [PathExplorer.Problem] = []
        for (node, states) in byNode where nodeReachesItself(node) {
            var seen: Set<PathExplorer.State> = []
            var work = states.flatMap { successors[$0] ?? [] }
            var twice = false
            while let state = work.popLast(), !twice {
                guard seen.insert(state).inserted else { continue }
                if state.node == node { twice = true }
                // A new round (another case) may ask everything again: do not look past it.
                if dialog.nodes[state.node]?.forget == true { continue }
                work += successors[state] ?? []
            }
            if twice {
                found.append(.init(location: location(node), message: "question '\(node)' can be asked twice on one path"))
            }
        }
        return found
    }

    /// Conditions that were reached but never true, or never false.
    func ruleProblems() -> [PathExplorer.Problem] {
        var found: [PathExplorer.Problem] = []
        for id in dialog.order {
            for (index, text) in (explorer.textConditions[id] ?? []).enumerated() {
                guard let seen = rules["\(id){if}\(index)"] else { continue }
                if !seen.true {
                    found.append(.init(location: text.location, message: "'{if \(text.source)}' is never true here, so its lines never show"))
                } else if !seen.false {
                    found.append(.init(location: text.location, message: "'{if \(text.source)}' is always true here, so it is not needed"))
                }
            }
            guard case .rules(let list)? = dialog.nodes[id]?.next else { continue }
            for (index, rule) in list.enumerated() where rule.condition != nil {
                guard let seen = rules["\(id)#\(index)"] else { continue }
                let source = rule.source ?? "the condition"
                if !seen.true {
                    found.append(
                        .init(location: rule.location, message: "'\(source)' is never true here, so its 'goto \(rule.target.id)' is never taken"))
                } else if !seen.false {
                    found.append(.init(location: rule.location, message: "'\(source)' is always true here, so the rules after it are never used"))
                }
            }
        }
        return found
    }

    /// What a listing collects: every path, and for each outcome the answers that steered to it.
    /// Many paths meet the same states, so each state is numbered once with its ways on, and a
    /// path is walked with numbers, up to its last outcome when only routes are wanted.
    struct Listing {
        /// Whether to keep each path as a row, or only the routes to each outcome.
        var keepRows = true
        var rows: [PathExplorer.Row] = []
        var routes: [String: [[(question: String, answer: String)]]] = [:]
        /// Each route once: the outcome's number, then its answers' numbers.
        var routeKeys: Set<[Int]> = []
        /// The answers on the path so far, with each one's number and the number of its name.
        var answers: [(question: String, answer: String)] = []
        var answerIDs: [Int] = []
        var answerNames: [Int] = []
        var outcomes: [String] = []
        /// The nodes on the path so far (numbers), each with the names its rules read (numbers).
        var reads: [(node: Int, names: [Int])] = []
        var onPath: [Bool] = []
        /// The states met so far, numbered, and each one's ways on.
        var numbers: [PathExplorer.State: Int] = [:]
        var entries: [Entry] = []
        /// Numbers for node ids, saved names and given answers.
        var nodeNumbers: [String: Int] = [:]
        var nameNumbers: [String: Int] = [:]
        var answerNumbers: [String: Int] = [:]
        /// For each outcome (by node number), the nodes from which every path leads to it.
        var mustReach: [Int: [Bool]] = [:]
        /// By node number: whether an outcome can still follow in the round. Past the last
        /// one, a listing of routes alone has nothing more to find.
        var outcomeAhead: [Bool] = []

        struct Entry {
            var node: String
            var nodeNumber: Int
            var isOutcome: Bool
            var ways: [Way]
        }

        enum Way {
            case end(String)
            case next(state: Int, given: (question: String, answer: String)?, givenID: Int, givenName: Int, read: [Int])
        }

        mutating func number(_ table: WritableKeyPath<Listing, [String: Int]>, _ key: String) -> Int {
            if let known = self[keyPath: table][key] { return known }
            let new = self[keyPath: table].count
            self[keyPath: table][key] = new
            return new
        }
    }

    /// The nodes from which every path of the round leads to `outcome`: what is decided there
    /// does not decide whether the person gets to it. For an outcome that ends the visit, a new
    /// round counts as leading to it too (every round ends there in the end).
    func nodesAlwaysReaching(_ outcome: String) -> Set<String> {
        var result: Set<String> = [outcome]
        if dialog.nodes[outcome]?.next == nil {
            result.formUnion(dialog.nodes.filter { $0.value.forget }.map(\.key))
        }
        var changed = true
        while changed {
            changed = false
            for (id, node) in dialog.nodes where !result.contains(id) {
                let targets = node.next?.targets.map(\.id) ?? []
                if !targets.isEmpty, targets.allSatisfy({ result.contains($0) }) {
                    result.insert(id)
                    changed = true
                }
            }
        }
        return result
    }

    /// Outcomes every path of a round reaches in the end (the goodbye that shows the summary):
    /// their only route is the empty one, so they do not need the paths walked to them.
    func outcomesEveryPathReaches() -> Set<String> {
        let all = Set(dialog.order)
        return Set(dialog.order.filter { dialog.nodes[$0]?.isOutcome == true && nodesAlwaysReaching($0).isSuperset(of: all) })
    }

    /// For each node number, whether an outcome (other than those every path reaches, in
    /// `everywhere`) can be reached from it before a new round.
    func outcomesAhead(_ numbers: [String: Int], besides everywhere: Set<String>) -> [Bool] {
        var ahead = [Bool](repeating: false, count: numbers.count)
        var changed = true
        while changed {
            changed = false
            for (id, number) in numbers where !ahead[number] {
                guard let node = dialog.nodes[id] else { continue }
                let next = (node.next?.targets ?? []).contains { target in
                    guard let n = numbers[target.id], dialog.nodes[target.id]?.forget != true else { return false }
                    return ahead[n]
                }
                if (node.isOutcome && !everywhere.contains(id)) || next {
                    ahead[number] = true
                    changed = true
                }
            }
        }
        return ahead
    }

    /// Lists every path of a round, for the decision table.
    mutating func list(_ start: PathExplorer.State, roundStart: String, into listing: inout Listing) {
        // A round's start ends the paths of other rounds: its states are numbered afresh.
        listing.numbers = [:]
        listing.entries = []
        listing.onPath = []
        let first = number(start, roundStart: roundStart, &listing)
        listFrom(first, roundStart: roundStart, &listing)
    }

    /// The state's number, working out its ways on the first time it is met.
    mutating func number(_ state: PathExplorer.State, roundStart: String, _ listing: inout Listing) -> Int {
        if let known = listing.numbers[state] { return known }
        let id = listing.entries.count
        listing.numbers[state] = id
        let nodeNumber = listing.number(\.nodeNumbers, state.node)
        listing.entries.append(.init(node: state.node, nodeNumber: nodeNumber, isOutcome: dialog.nodes[state.node]?.isOutcome == true, ways: []))
        listing.onPath.append(false)
        var ways: [Listing.Way] = []
        for step in explorer.steps(from: state, roundStart: roundStart, rules: &rules) {
            switch step {
            case .end(let how):
                ways.append(.end(how))
            case .next(let following, let given, let read):
                var givenID = -1
                var givenName = -1
                if let given {
                    givenID = listing.number(\.answerNumbers, given.question + "=" + given.answer)
                    if let save = dialog.nodes[given.question]?.question?.save { givenName = listing.number(\.nameNumbers, save) }
                }
                let names = read.map { listing.number(\.nameNumbers, $0) }
                let next = number(following, roundStart: roundStart, &listing)
                ways.append(.next(state: next, given: given, givenID: givenID, givenName: givenName, read: names))
            }
        }
        listing.entries[id].ways = ways
        return id
    }

    mutating func listFrom(_ id: Int, roundStart: String, _ listing: inout Listing) {
        guard stopped == nil else { return }
        listingSteps += 1
        if listingSteps > budget.listingSteps {
            stopped = "listing the paths took more than \(budget.listingSteps) steps"
            return
        }
        guard !listing.onPath[id] else { return }
        let node = listing.entries[id].nodeNumber
        if !listing.keepRows, node < listing.outcomeAhead.count, !listing.outcomeAhead[node] { return }
        listing.onPath[id] = true
        defer { listing.onPath[id] = false }
        let entry = listing.entries[id]
        if entry.isOutcome {
            listing.outcomes.append(entry.node)
            // The answers that led here: those read by a rule at a node from which the path
            // could also have gone somewhere that never shows this outcome.
            if listing.mustReach[entry.nodeNumber] == nil {
                let always = nodesAlwaysReaching(entry.node)
                var flags = [Bool](repeating: false, count: listing.nodeNumbers.count)
                for (node, number) in listing.nodeNumbers where always.contains(node) { flags[number] = true }
                listing.mustReach[entry.nodeNumber] = flags
            }
            let always = listing.mustReach[entry.nodeNumber]!
            var deciding = [Bool](repeating: false, count: listing.nameNumbers.count)
            for read in listing.reads where !(read.node < always.count && always[read.node]) {
                for name in read.names { deciding[name] = true }
            }
            var key = [entry.nodeNumber]
            var route: [(question: String, answer: String)] = []
            for (index, name) in listing.answerNames.enumerated() where name >= 0 && deciding[name] {
                key.append(listing.answerIDs[index])
                route.append(listing.answers[index])
            }
            if listing.routeKeys.insert(key).inserted { listing.routes[entry.node, default: []].append(route) }
        }
        defer { if entry.isOutcome { listing.outcomes.removeLast() } }
        for way in entry.ways {
            switch way {
            case .end(let how):
                let end = how.hasPrefix("next round") ? entry.node : (listing.outcomes.last ?? entry.node)
                if listing.keepRows {
                    listing.rows.append(.init(round: roundStart, answers: listing.answers, outcomes: listing.outcomes, end: end))
                }
            case .next(let following, let given, let givenID, let givenName, let read):
                if let given {
                    listing.answers.append(given)
                    listing.answerIDs.append(givenID)
                    listing.answerNames.append(givenName)
                }
                listing.reads.append((entry.nodeNumber, read))
                listFrom(following, roundStart: roundStart, &listing)
                listing.reads.removeLast()
                if given != nil {
                    listing.answers.removeLast()
                    listing.answerIDs.removeLast()
                    listing.answerNames.removeLast()
                }
            }
        }
    }
}
