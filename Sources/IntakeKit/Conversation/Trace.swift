/// What a conversation went through: the nodes it showed, the answers it took and the rules
/// it followed. Transcripts add theirs up into a coverage report.
package struct Trace: Sendable, Equatable {
    package var nodes: Set<String> = []
    /// `node.choice` for each answer taken (`node.yes`, `node.no`, `node.unknown` too).
    package var answers: Set<String> = []
    /// `node#N` for each rule followed, counting from 1.
    package var rules: Set<String> = []

    package init() {}

    package mutating func formUnion(_ other: Trace) {
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
        case .number, .text, .date: return node + ".answered"
        }
    }

    static func rule(_ node: String, _ index: Int) -> String { "\(node)#\(index + 1)" }
}
