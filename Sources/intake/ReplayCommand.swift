import IntakeKit

/// `intake replay`: transcripts as tests.
enum ReplayCommand {
    static func run(_ words: [String]) throws(CommandError) -> ExitCode {
        let args = try Arguments(words, for: "replay", valued: [], switches: ["--update", "--accept-path-changes", "--coverage"])
        let update = args.flags.contains("--update")
        let acceptPaths = args.flags.contains("--accept-path-changes")
        if acceptPaths, !update { throw CommandError.usage("--accept-path-changes goes with --update", command: "replay") }
        let coverage = args.flags.contains("--coverage")
        let roots = args.positionals.isEmpty ? ["Transcripts"] : args.positionals

        var files: [String] = []
        for root in roots {
            if FileSystem.isDirectory(root) {
                files += try FileSystem.files(under: root, suffix: ".txt")
            } else {
                files.append(root)
            }
        }

        var runner = TranscriptRunner.onDisk()
        var passed = 0
        var failed = 0
        var malformed = 0
        var unreadable = 0
        var rewritten: [String] = []
        var pathChanges: [String] = []
        var traces: [String: (Dialog, Trace)] = [:]
        for file in files {
            do {
                let (transcript, dialog, result) = try runner.replay(file)
                var merged = traces[dialog.file]?.1 ?? Trace()
                merged.formUnion(result.trace)
                traces[dialog.file] = (dialog, merged)
                if result.passed {
                    passed += 1
                    continue
                }
                // With --update, a transcript whose wording changed is shown and rewritten; one
                // whose path changed only with --accept-path-changes.
                let pathChange = update ? PathChange.reason(expected: transcript.body, actual: result.actual) : nil
                if let pathChange, !acceptPaths {
                    Terminal.write("PATH CHANGED \(file): \(pathChange)\n\(result.diff)\n")
                    pathChanges.append(file)
                    failed += 1
                    continue
                }
                Terminal.write((update ? "CHANGED \(file)\(pathChange == nil ? "" : " (its path too)")\n" : "FAIL \(file)\n") + "\(result.diff)\n")
                if update {
                    var updated = transcript
                    updated.body = result.actual
                    try FileSystem.write(updated.text, to: file)
                    rewritten.append(file)
                } else {
                    failed += 1
                }
            } catch let error as CommandError {
                unreadable += 1
                Terminal.error(error.description)
            } catch {
                malformed += 1
                Terminal.error("\(error)")
            }
        }
        for file in rewritten { Terminal.write("updated \(file)\n") }
        if update {
            var summary = "\(rewritten.count) updated"
            if !pathChanges.isEmpty {
                summary += "; \(pathChanges.count) not updated, because their path changed (check them, then add --accept-path-changes)"
            }
            Terminal.write(summary + "\n")
        }
        var uncovered = false
        if coverage {
            for key in traces.keys.sorted() {
                guard let (dialog, trace) = traces[key] else { continue }
                let report = Coverage(dialog: dialog, trace: trace)
                Terminal.write(report.report + "\n")
                uncovered = uncovered || !report.missedNodes.isEmpty || !report.missedOutcomes.isEmpty
            }
        }
        // The closing line, last, in the form CI reads.
        Terminal.write("\(passed) passed, \(failed + malformed + unreadable) failed\n")
        if unreadable > 0 { return .noInput }
        if malformed > 0 { return .invalidInput }
        return failed > 0 || uncovered ? .failure : .success
    }
}
