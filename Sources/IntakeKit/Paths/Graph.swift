/// A dialog's flow as a graph: Graphviz DOT or Mermaid. Nodes show their id and the start of
/// their text; edges show the condition that takes them; outcomes are drawn apart.
package enum Graph {
    package enum Format: String, Sendable {
        case dot
        case mermaid
    }

    /// `language`: the language of the node labels (default: the dialog's first).
    package static func render(_ dialog: Dialog, format: Format, language: String? = nil) -> String {
        let language = language ?? dialog.languages.first ?? "en"
        switch format {
        case .dot: return dot(dialog, language)
        case .mermaid: return mermaid(dialog, language)
        }
    }

    /// The first words of a node's text, for its label.
    static func summary(_ node: Dialog.Node, _ dialog: Dialog, _ language: String, limit: Int = 42) -> String {
        let text = ConditionalText.everyBranch(node.text.resolve(language, fallback: dialog.languages.first ?? "en"))
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
        guard flat.count > limit else { return flat }
        var cut = String(flat.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }

    static func edges(_ node: Dialog.Node) -> [(target: String, label: String?)] {
        switch node.next {
        case nil: return []
        case .node(let target): return [(target.id, nil)]
        case .rules(let rules):
            return rules.map { rule in (rule.target.id, rule.source ?? (rules.count > 1 ? "otherwise" : nil)) }
        }
    }

    // MARK: - DOT

    static func dotString(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    static func dot(_ dialog: Dialog, _ language: String) -> String {
        var lines = [
            "digraph \(dotString(dialog.id)) {",
            "  rankdir=TB;",
            "  node [fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        let nodes = dialog.order.compactMap { dialog.nodes[$0] }
        func declaration(_ node: Dialog.Node) -> String {
            let label = dotString(node.id + "\n" + summary(node, dialog, language))
            switch node.kind {
            case .question: return "  \(dotString(node.id)) [shape=box, style=rounded, label=\(label)];"
            case .message: return "  \(dotString(node.id)) [shape=note, label=\(label)];"
            case .outcome: return "  \(dotString(node.id)) [shape=box, style=filled, fillcolor=\"#e6f2e6\", peripheries=2, label=\(label)];"
            }
        }
        lines += nodes.filter { !$0.isOutcome }.map(declaration)
        lines.append("  subgraph cluster_outcomes {")
        lines.append("    label=\"Outcomes\"; style=dashed;")
        lines += nodes.filter(\.isOutcome).map { "  " + declaration($0) }
        lines.append("  }")
        for node in nodes {
            for edge in edges(node) {
                let label = edge.label.map { " [label=\(dotString($0))]" } ?? ""
                lines.append("  \(dotString(node.id)) -> \(dotString(edge.target))\(label);")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Mermaid

    static func mermaidString(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "#quot;"
            case "\n": out += "<br>"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    static func mermaid(_ dialog: Dialog, _ language: String) -> String {
        var lines = ["flowchart TD"]
        let nodes = dialog.order.compactMap { dialog.nodes[$0] }
        func declaration(_ node: Dialog.Node) -> String {
            let label = mermaidString(node.id + "\n" + summary(node, dialog, language))
            switch node.kind {
            case .question: return "  \(node.id)(\(label))"
            case .message: return "  \(node.id)>\(label)]"
            case .outcome: return "  \(node.id)[[\(label)]]"
            }
        }
        lines += nodes.filter { !$0.isOutcome }.map(declaration)
        lines.append("  subgraph Outcomes")
        lines += nodes.filter(\.isOutcome).map { "  " + declaration($0) }
        lines.append("  end")
        for node in nodes {
            for edge in edges(node) {
                if let label = edge.label {
                    lines.append("  \(node.id) -->|\(mermaidString(label))| \(edge.target)")
                } else {
                    lines.append("  \(node.id) --> \(edge.target)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
