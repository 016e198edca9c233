import IntakeKit

/// `intake check`: every problem of every file, in one run.
enum CheckCommand {
    static func run(_ words: [String]) throws(Arguments.UsageError) -> ExitCode {
        let args = try Arguments(words, valued: [], switches: ["--strict"])
        let strict = args.flags.contains("--strict")
        let targets: [String?] = args.positionals.isEmpty ? BuiltIn.names.map { Optional($0) } : args.positionals.map { Optional($0) }
        var errors = 0
        var warnings = 0
        var unreadable = false
        for target in targets {
            let loaded: DialogSource.Loaded
            do {
                loaded = try DialogSource.load(target)
            } catch {
                Terminal.error("\(error)")
                unreadable = true
                continue
            }
            DialogSource.report(loaded)
            let fileErrors = loaded.diagnostics.filter { $0.severity == .error }.count
            errors += fileErrors
            warnings += loaded.diagnostics.count - fileErrors
            if let dialog = loaded.dialog, loaded.diagnostics.isEmpty {
                Terminal.write("\(loaded.label): ok, \(dialog.nodes.count) nodes\n")
            }
        }
        Terminal.write("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n")
        if unreadable { return .noInput }
        return errors > 0 || (strict && warnings > 0) ? .invalidInput : .success
    }
}
