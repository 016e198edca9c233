import IntakeKit

/// `intake check`: every problem of every file, in one run.
enum CheckCommand {
    static func run(_ words: [String]) throws(CommandError) -> ExitCode {
        let args = try Arguments(words, for: "check", valued: [], switches: ["--strict"])
        let strict = args.flags.contains("--strict")
        let targets: [String?] = args.positionals.isEmpty ? BuiltIn.names.map { Optional($0) } : args.positionals.map { Optional($0) }
        var errors = 0
        var warnings = 0
        var unreadable: CommandError?
        for target in targets {
            let loaded: DialogSource.Loaded
            do {
                loaded = try DialogSource.load(target)
            } catch {
                // The other files are still checked; the first unreadable one ends it after.
                if unreadable == nil { unreadable = error } else { Terminal.error(error.description) }
                continue
            }
            DialogSource.report(loaded)
            let fileErrors = loaded.diagnostics.filter { $0.severity == .error }.count
            errors += fileErrors
            warnings += loaded.diagnostics.count - fileErrors
            if let dialog = loaded.dialog, loaded.diagnostics.isEmpty {
                Terminal.write("\(loaded.label): ok, \(dialog.nodes.count) nodes\n")
            }
            if let dialog = loaded.dialog {
                let statuses = TranslationStatus.of(dialog)
                if !statuses.isEmpty {
                    Terminal.write("\(loaded.label): translated: \(statuses.map(\.summary).joined(separator: "; "))\n")
                }
            }
        }
        if let unreadable { throw unreadable }
        Terminal.write("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        return errors > 0 || (strict && warnings > 0) ? .invalidInput : .success
    }
}
