import IntakeKit

/// `intake test`: "does my dialog work?" in one run. For each dialog: `check --strict`, `paths`,
/// every transcript that names it replayed, and the coverage those transcripts reach. Each part
/// is one test; the last line is `N passed, N failed`.
enum TestCommand {
    /// One dialog and the transcripts that talk to it.
    struct Target {
        var dialog: String
        var transcripts: [String] = []
    }

    static func run(_ words: [String]) throws(CommandError) -> ExitCode {
        let args = try Arguments(words, for: "test", valued: [], switches: [])
        let (targets, others) = try findTargets(args.positionals)
        guard !targets.isEmpty else {
            throw CommandError.usage(
                "no dialog found: name a dialog file or a folder, or run it where a Dialogs folder is", command: "test")
        }
        var passed = 0
        var failed = 0
        /// A passed transcript is counted, not listed (a dialog may have hundreds).
        func record(_ ok: Bool, _ what: String, listed: Bool = true) {
            if ok { passed += 1 } else { failed += 1 }
            if listed || !ok { Terminal.write("\(ok ? "PASS" : "FAIL") \(what)\n") }
        }
        var runner = TranscriptRunner.onDisk()

        func replay(_ file: String, into trace: inout Trace) {
            do {
                let (_, _, result) = try runner.replay(file)
                trace.formUnion(result.trace)
                if !result.passed { Terminal.write(result.diff + "\n") }
                record(result.passed, "replay \(file)", listed: false)
            } catch let error as CommandError {
                Terminal.error(error.description)
                record(false, "replay \(file): it cannot be read")
            } catch {
                Terminal.error("\(error)")
                record(false, "replay \(file)")
            }
        }

        for target in targets {
            Terminal.write("\n== \(target.dialog)\n")
            let loaded: DialogSource.Loaded
            do {
                loaded = try DialogSource.load(target.dialog)
            } catch {
                Terminal.error(error.description)
                record(false, "check \(target.dialog): it cannot be read")
                continue
            }
            DialogSource.report(loaded)
            let errors = loaded.diagnostics.filter { $0.severity == .error }.count
            let warnings = loaded.diagnostics.count - errors
            record(loaded.diagnostics.isEmpty, "check --strict \(target.dialog) (\(count(errors, "error")), \(count(warnings, "warning")))")
            guard let dialog = loaded.dialog else {
                Terminal.write("   (paths, replay and coverage wait until the errors above are fixed)\n")
                failed += 1 + target.transcripts.count
                continue
            }

            let report = PathExplorer(dialog: dialog).explore()
            PathsCommand.reportProblems(report, of: loaded)
            if let stopped = report.stopped { Terminal.error("intake: paths stopped before it was done: \(stopped)") }
            record(
                report.problems.isEmpty && report.stopped == nil,
                "paths \(target.dialog) (\(PathsCommand.describe(report.totalPaths)) paths, \(count(report.problems.count, "problem")))")

            var trace = Trace()
            let before = passed
            for file in target.transcripts { replay(file, into: &trace) }
            if !target.transcripts.isEmpty {
                Terminal.write("     replay: \(passed - before) of \(target.transcripts.count) transcripts passed\n")
            }
            let coverage = Coverage(dialog: dialog, trace: trace)
            let covered = coverage.missedNodes.isEmpty && coverage.missedOutcomes.isEmpty
            if !covered { Terminal.write(coverage.report + "\n") }
            let what =
                target.transcripts.isEmpty
                ? "no transcript names it (record one: intake run \(target.dialog) --record FILE)"
                : covered
                    ? "every node and outcome reached by \(count(target.transcripts.count, "transcript"))"
                    : "\(count(coverage.missedNodes.count, "node")) (\(count(coverage.missedOutcomes.count, "outcome"))) no transcript reaches"
            record(covered, "coverage \(target.dialog): \(what)")
        }
        if !others.isEmpty {
            Terminal.write("\n== transcripts of other dialogs\n")
            var ignored = Trace()
            for file in others { replay(file, into: &ignored) }
        }
        Terminal.write("\n\(passed) passed, \(failed) failed\n")
        return failed > 0 ? .failure : .success
    }

    /// The dialogs to test and their transcripts, and the transcripts that name none of them.
    /// No argument: the working folder. A folder with a `Dialogs` folder in it: the dialogs
    /// there and the transcripts under its `Transcripts`; any other folder: its `.yaml`
    /// dialogs and `.txt` transcripts. A dialog file: it, with the transcripts under
    /// `Transcripts` and beside it that name it.
    static func findTargets(_ arguments: [String]) throws(CommandError) -> (targets: [Target], others: [String]) {
        var dialogs: [String] = []
        var transcripts: [String] = []
        var onlyNamed = false
        for argument in arguments.isEmpty ? ["."] : arguments {
            if FileSystem.isDirectory(argument) {
                let base = argument == "." ? "" : (argument.hasSuffix("/") ? argument : argument + "/")
                if FileSystem.isDirectory(base + "Dialogs") {
                    dialogs += try yamlFiles(under: base + "Dialogs")
                    if FileSystem.isDirectory(base + "Transcripts") {
                        transcripts += try FileSystem.files(under: base + "Transcripts", suffix: ".txt")
                    }
                } else {
                    dialogs += try yamlFiles(under: argument)
                    transcripts += try FileSystem.files(under: argument, suffix: ".txt")
                }
            } else {
                _ = try FileSystem.read(argument)  // a missing file is said as such, with exit 66
                dialogs.append(argument)
                onlyNamed = true
                for place in ["Transcripts", TranscriptRunner.directory(of: argument)] where FileSystem.isDirectory(place) {
                    transcripts += try FileSystem.files(under: place, suffix: ".txt")
                }
            }
        }
        var targets = unique(dialogs.map(clean)).map { Target(dialog: $0) }
        var others: [String] = []
        let runner = TranscriptRunner.onDisk()
        for file in unique(transcripts.map(clean)) {
            let named = (try? runner.parse(file)).flatMap { try? runner.resolve($0.dialogPath, from: file) }.map(clean)
            if let index = targets.firstIndex(where: { $0.dialog == named }) {
                targets[index].transcripts.append(file)
            } else if !onlyNamed {
                others.append(file)  // another dialog's, or one that cannot be read: replayed, and reported
            }
        }
        return (targets, others)
    }

    /// "1 error", "2 errors".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    static func yamlFiles(under folder: String) throws(CommandError) -> [String] {
        try FileSystem.files(under: folder, suffix: ".yaml") + FileSystem.files(under: folder, suffix: ".yml")
    }

    /// "./Dialogs/x.yaml" and "Dialogs/x.yaml" are one file.
    static func clean(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }

    static func unique(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { seen.insert($0).inserted }
    }
}
