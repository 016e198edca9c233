import IntakeKit

/// `intake replay`: transcripts as tests.
enum ReplayCommand {
    static func run(_ words: [String]) throws(Arguments.UsageError) -> ExitCode {
        let args = try Arguments(words, valued: [], switches: ["--update"])
        let update = args.flags.contains("--update")
        let roots = args.positionals.isEmpty ? ["Transcripts"] : args.positionals

        var files: [String] = []
        for root in roots {
            if FileSystem.isDirectory(root) {
                do {
                    files += try FileSystem.files(under: root, suffix: ".txt")
                } catch {
                    Terminal.error("\(error)")
                    return .noInput
                }
            } else {
                files.append(root)
            }
        }

        var dialogs = DialogCache()
        var passed = 0
        var failed = 0
        var malformed = 0
        var rewritten: [String] = []
        for file in files {
            do {
                let transcript = try readTranscript(file)
                let dialog = try dialogs.dialog(for: transcript, in: file)
                let result = try Replay.run(transcript, dialog: dialog, file: file)
                if result.passed {
                    passed += 1
                    continue
                }
                failed += 1
                Terminal.write("FAIL \(file)\n\(result.diff)\n")
                if update {
                    var updated = transcript
                    updated.body = result.actual
                    try FileSystem.write(updated.text, to: file)
                    rewritten.append(file)
                }
            } catch let error as Transcript.FormatError {
                malformed += 1
                Terminal.error("\(error)")
            } catch {
                malformed += 1
                Terminal.error("\(error)")
            }
        }
        for file in rewritten { Terminal.write("updated \(file)\n") }
        Terminal.write("\(passed) passed, \(failed + malformed) failed\n")
        if malformed > 0 { return .invalidInput }
        return failed > 0 && !update ? .failure : .success
    }

    static func readTranscript(_ file: String) throws -> Transcript {
        let text = try FileSystem.readText(file)
        return try Transcript.parse(text, file: file)
    }
}

/// Loads each dialog once per run, resolving a transcript's `# dialog:` path from the
/// transcript's folder upwards (so `Dialogs/california.yaml` works anywhere in the repository).
struct DialogCache {
    var loaded: [String: Dialog] = [:]

    mutating func dialog(for transcript: Transcript, in file: String) throws -> Dialog {
        let path = try resolve(transcript.dialogPath, from: file)
        if let dialog = loaded[path] { return dialog }
        let result = DialogLoader.load(bytes: try FileSystem.read(path), file: path)
        guard let dialog = result.dialog else {
            throw Transcript.FormatError(file: file, line: 1, message: "dialog \(path) has errors; run: intake check \(path)")
        }
        loaded[path] = dialog
        return dialog
    }

    func resolve(_ path: String, from file: String) throws -> String {
        if path.hasPrefix("/") {
            if FileSystem.exists(path) { return path }
        } else {
            var folder = FileSystem.directory(of: file)
            for _ in 0..<32 {
                let candidate = folder == "." ? path : folder + "/" + path
                if FileSystem.exists(candidate) { return candidate }
                if folder == "/" || folder == "." { break }
                let parent = FileSystem.directory(of: folder)
                if parent == folder { break }
                folder = parent
            }
            if FileSystem.exists(path) { return path }
        }
        throw Transcript.FormatError(file: file, line: 1, message: "dialog '\(path)' not found from this transcript's folder or any folder above it")
    }
}
