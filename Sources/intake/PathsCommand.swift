import IntakeKit

/// `intake paths`: every path a person can take, checked; `--table` for a lawyer's review.
enum PathsCommand {
    /// More rows than this are counted, not listed.
    static let rowLimit = 100_000
    /// The per-outcome table walks every path but prints only the routes, so it can go further.
    static let outcomeWalkLimit = 5_000_000

    /// A count, or "more than ..." when it passed what an Int holds.
    static func describe(_ count: Int) -> String {
        count == Int.max ? "more than 9.2 × 10^18 (counted, not listed)" : String(count)
    }

    /// Prints the problems a walk found, each at its place in the dialog with its source line.
    static func reportProblems(_ report: PathExplorer.Report, of loaded: DialogSource.Loaded) {
        guard !report.problems.isEmpty else { return }
        let problems = report.problems.map {
            Diagnostic(file: loaded.label, location: $0.location, rule: .pathsMustEndWell, message: $0.message)
        }
        Terminal.error(problems.rendered(source: loaded.source))
    }

    static func run(_ words: [String]) throws(CommandError) -> ExitCode {
        let args = try Arguments(words, for: "paths", valued: ["--format"], switches: ["--table", "--outcomes"])
        let byOutcome = args.flags.contains("--outcomes")
        let table = args.flags.contains("--table") || byOutcome
        let format = DecisionTable.Format(rawValue: args.options["--format"] ?? "md")
        guard let format else { throw CommandError.usage("--format must be md or csv", command: "paths") }
        if args.options["--format"] != nil, !table {
            throw CommandError.usage("--format is for the tables: add --table or --outcomes", command: "paths")
        }
        let (loaded, dialog) = try DialogSource.command(try args.dialog())
        let limit = byOutcome ? outcomeWalkLimit : rowLimit
        let report = PathExplorer(dialog: dialog).explore(rowLimit: table ? limit : nil, keepRows: !byOutcome)
        reportProblems(report, of: loaded)
        if let stopped = report.stopped {
            Terminal.error(
                "intake: paths stopped before it was done: \(stopped); what it found until then is above. Split the dialog, or make fewer answers matter further on."
            )
            return .failure
        }
        if table {
            guard let rows = report.rows, let routes = report.routes else {
                let hint = byOutcome ? "" : "; --outcomes lists up to \(outcomeWalkLimit) paths by outcome"
                Terminal.error("intake: \(describe(report.totalPaths)) paths are too many to list (the limit is \(limit))\(hint)")
                return .failure
            }
            Terminal.write(
                byOutcome
                    ? DecisionTable.renderOutcomes(routes, dialog: dialog, format: format)
                    : DecisionTable.render(rows, dialog: dialog, format: format))
        } else {
            Terminal.write("\(loaded.label): \(describe(report.totalPaths)) distinct paths\n")
            for (round, count) in report.paths {
                Terminal.write("  from \(round): \(describe(count))\n")
            }
            Terminal.write("\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s")\n")
        }
        return report.problems.isEmpty ? .success : .invalidInput
    }
}
