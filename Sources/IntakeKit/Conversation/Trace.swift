/// What a conversation went through: the nodes it showed, the answers it took and the rules
/// it followed. Transcripts add theirs up into a coverage report.
public struct Trace: Sendable, Equatable {
    public var nodes: Set<String> = []
    /// `node.choice` for each answer taken (`node.yes`, `node.no`, `node.unknown` too).
    public var answers: Set<String> = []
    /// `node#N` for each rule followed, counting from 1.
    public var rules: Set<String> = []

    public init() {}

    public mutating func formUnion(_ other: Trace) {
        nodes.formUnion(other.nodes)
        answers.formUnion(other.answers)
        rules.formUnion(other.rules)
    }

    static func answer(_ node: String, _ value: Value) -> String {
        switch value {
        case .yes: return node + ".yes"
        case .no: return node + ".no"
        case .unknown: return node + ".unknown"
        case .choice(let id): return node + "." + id
        case .number, .text: return node + ".answered"
        }
    }

    static func rule(_ node: String, _ index: Int) -> String { "\(node)#\(index + 1)" }
}

/// What a conversation records as it goes: plain appends of what it already holds, with no
/// hashing and no new strings (a batch replay runs thousands of conversations); `trace` folds
/// it into sets when someone asks. A long visit folds now and then, so it stays small.
struct TraceLog: Sendable {
    private(set) var nodes: [String] = []
    private(set) var answers: [(node: String, value: Value)] = []
    private(set) var rules: [(node: String, index: Int)] = []
    private var folded = Trace()
    static let foldAfter = 1024

    mutating func node(_ id: String) {
        nodes.append(id)
        if nodes.count >= Self.foldAfter { fold() }
    }

    mutating func answer(_ node: String, _ value: Value) {
        answers.append((node, value))
    }

    mutating func rule(_ node: String, _ index: Int) {
        rules.append((node, index))
    }

    private mutating func fold() {
        folded = trace
        nodes = []
        answers = []
        rules = []
    }

    var trace: Trace {
        var trace = folded
        trace.nodes.formUnion(nodes)
        trace.answers.formUnion(answers.map { Trace.answer($0.node, $0.value) })
        trace.rules.formUnion(rules.map { Trace.rule($0.node, $0.index) })
        return trace
    }
}

/// Which parts of a dialog a set of transcripts never reaches.
public struct Coverage: Sendable {
    public var dialog: Dialog
    public var trace: Trace

    public init(dialog: Dialog, trace: Trace) {
        self.dialog = dialog
        self.trace = trace
    }

    /// Every node id, in file order.
    public var nodes: [String] { dialog.order.filter { dialog.nodes[$0] != nil } }
    public var outcomes: [String] { nodes.filter { dialog.nodes[$0]?.isOutcome == true } }

    /// Every answer a question offers, as `node.answer`.
    public var answers: [String] {
        nodes.flatMap { id -> [String] in
            guard let question = dialog.nodes[id]?.question else { return [] }
            var options: [String]
            switch question.answer {
            case .yesNo: options = ["yes", "no"]
            case .choice(let choices): options = choices.map(\.id)
            case .number, .text: options = ["answered"]
            }
            if question.allowsUnknown { options.append("unknown") }
            return options.map { id + "." + $0 }
        }
    }

    /// Every `if`/`goto` rule, as `node#N`.
    public var rules: [String] {
        nodes.flatMap { id -> [String] in
            guard case .rules(let rules)? = dialog.nodes[id]?.next else { return [] }
            return rules.indices.map { Trace.rule(id, $0) }
        }
    }

    public var missedNodes: [String] { nodes.filter { !trace.nodes.contains($0) } }
    public var missedOutcomes: [String] { outcomes.filter { !trace.nodes.contains($0) } }
    public var missedAnswers: [String] { answers.filter { !trace.answers.contains($0) } }
    public var missedRules: [String] { rules.filter { !trace.rules.contains($0) } }

    /// A report for people: one line per kind with a percentage, then what was missed.
    public var report: String {
        func line(_ name: String, _ all: [String], _ missed: [String]) -> String {
            let covered = all.count - missed.count
            let percent = all.isEmpty ? 100 : covered * 100 / all.count
            var text = "  \(name): \(covered)/\(all.count) (\(percent)%)"
            if !missed.isEmpty { text += "\n    not visited: " + missed.joined(separator: ", ") }
            return text
        }
        return [
            dialog.file,
            line("nodes", nodes, missedNodes),
            line("outcomes", outcomes, missedOutcomes),
            line("answers", answers, missedAnswers),
            line("rules", rules, missedRules),
        ].joined(separator: "\n")
    }
}
