/// Which parts of a dialog a set of transcripts never reaches.
package struct Coverage: Sendable {
    package var dialog: Dialog
    package var trace: Trace

    package init(dialog: Dialog, trace: Trace) {
        self.dialog = dialog
        self.trace = trace
    }

    /// Every node id, in file order.
    package var nodes: [String] { dialog.order.filter { dialog.nodes[$0] != nil } }
    package var outcomes: [String] { nodes.filter { dialog.nodes[$0]?.isOutcome == true } }

    /// Every answer a question offers, as `node.answer`.
    package var answers: [String] {
        nodes.flatMap { id -> [String] in
            guard let question = dialog.nodes[id]?.question else { return [] }
            var options: [String]
            switch question.answer {
            case .yesNo: options = ["yes", "no"]
            case .choice(let choices): options = choices.map(\.id)
            case .number, .text, .date: options = ["answered"]
            }
            if question.allowsUnknown { options.append("unknown") }
            return options.map { id + "." + $0 }
        }
    }

    /// Every `if`/`goto` rule, as `node#N`.
    package var rules: [String] {
        nodes.flatMap { id -> [String] in
            guard case .rules(let rules)? = dialog.nodes[id]?.next else { return [] }
            return rules.indices.map { Trace.rule(id, $0) }
        }
    }

    package var missedNodes: [String] { nodes.filter { !trace.nodes.contains($0) } }
    package var missedOutcomes: [String] { outcomes.filter { !trace.nodes.contains($0) } }
    package var missedAnswers: [String] { answers.filter { !trace.answers.contains($0) } }
    package var missedRules: [String] { rules.filter { !trace.rules.contains($0) } }

    /// A report for people: one line per kind with a percentage, then what was missed.
    package var report: String {
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
