import IntakeKit

/// `intake graph`: the dialog's flow, for Graphviz (`dot`) or Mermaid.
enum GraphCommand {
    static func run(_ words: [String]) throws(Arguments.UsageError) -> ExitCode {
        let args = try Arguments(words, valued: ["--format"], switches: [])
        guard args.positionals.count <= 1 else {
            throw Arguments.UsageError(description: "graph takes one dialog, not \(args.positionals.count)")
        }
        guard let format = Graph.Format(rawValue: args.options["--format"] ?? "dot") else {
            throw Arguments.UsageError(description: "--format must be dot or mermaid")
        }
        let dialog: Dialog
        switch DialogSource.command(args.positionals.first) {
        case .success(let found): dialog = found.dialog
        case .failure(let code): return code
        }
        Terminal.write(Graph.render(dialog, format: format))
        return .success
    }
}
