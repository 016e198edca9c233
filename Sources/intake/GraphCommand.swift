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
        let loaded: DialogSource.Loaded
        do {
            loaded = try DialogSource.load(args.positionals.first)
        } catch {
            Terminal.error("intake: \(error)")
            return .noInput
        }
        guard let dialog = loaded.dialog else {
            DialogSource.report(loaded)
            return .invalidInput
        }
        Terminal.write(Graph.render(dialog, format: format))
        return .success
    }
}
