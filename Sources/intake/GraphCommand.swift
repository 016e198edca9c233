import IntakeKit

/// `intake graph`: the dialog's flow, for Graphviz (`dot`) or Mermaid.
enum GraphCommand {
    static func run(_ words: [String]) throws(CommandError) -> ExitCode {
        let args = try Arguments(words, for: "graph", valued: ["--format", "--lang"], switches: [])
        guard let format = Graph.Format(rawValue: args.options["--format"] ?? "dot") else {
            throw CommandError.usage("--format must be dot or mermaid", command: "graph")
        }
        let dialog = try DialogSource.command(try args.dialog()).dialog
        let language = args.options["--lang"]
        try DialogSource.checkLanguage(language, of: dialog, command: "graph")
        Terminal.write(Graph.render(dialog, format: format, language: language))
        return .success
    }
}
