import Foundation
import Testing

/// The real `intake` executable: stdout, stderr and the exit code of each command's main cases
/// and errors. `swift build` (which Tests/run-all.sh runs first) makes the binary.
@Suite(.serialized) struct CLITests {
    struct Run: Equatable, CustomStringConvertible {
        var code: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(code)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    static let binary = Repository.url(".build/debug/intake")

    /// Runs intake with `arguments` in the repository root, `input` on stdin.
    static func intake(_ arguments: [String], input: String = "") throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw TestFailure("no intake binary at \(binary.path): run swift build first")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(code: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    @Test func anUnknownCommandIsAUsageErrorWithASuggestion() throws {
        let run = try Self.intake(["chek"])
        #expect(run == Run(code: 64, stdout: "", stderr: "intake: unknown command or dialog 'chek'. Did you mean 'check'?\nSee: intake --help\n"))
    }

    @Test(arguments: ["check", "replay", "kiosk", "paths", "graph", "run"])
    func everyCommandHasItsOwnHelp(_ command: String) throws {
        let run = try Self.intake([command, "--help"])
        #expect(run.code == 0)
        #expect(run.stdout.hasPrefix("usage: intake \(command == "run" ? "[run]" : command)"))
        #expect(run.stderr == "")
    }

    @Test func aMissingFileIs66InEveryCommand() throws {
        for arguments in [
            ["check", "missing.yaml"], ["paths", "missing.yaml"], ["graph", "missing.yaml"], ["run", "missing.yaml"], ["replay", "missing.txt"],
        ] {
            let run = try Self.intake(arguments)
            #expect(run.code == 66, "\(arguments): \(run)")
            #expect(run.stderr.hasPrefix("missing."), "\(arguments): \(run)")
            #expect(run.stderr.contains(": error: No such file or directory"), "\(arguments): \(run)")
        }
    }

    @Test func usageErrorsNameTheCommandsHelp() throws {
        #expect(
            try Self.intake(["paths", "a.yaml", "b.yaml"])
                == Run(code: 64, stdout: "", stderr: "intake: paths takes one dialog, not 2\nSee: intake paths --help\n"))
        #expect(
            try Self.intake(["run", "--bogus"]) == Run(code: 64, stdout: "", stderr: "intake: run has no option '--bogus'\nSee: intake run --help\n"))
        #expect(
            try Self.intake(["run", "--width", "5"])
                == Run(code: 64, stdout: "", stderr: "intake: --width must be a whole number from 20 to 500\nSee: intake run --help\n"))
        #expect(try Self.intake(["run", "--lang", "fr"]).stderr == "intake: --lang fr: this dialog speaks en, es\nSee: intake run --help\n")
        #expect(try Self.intake(["graph", "--format", "png"]).code == 64)
        #expect(
            try Self.intake(["paths", "--format", "csv"])
                == Run(code: 64, stdout: "", stderr: "intake: --format is for the tables: add --table or --outcomes\nSee: intake paths --help\n"))
        #expect(try Self.intake(["kiosk"]) == Run(code: 64, stdout: "", stderr: "intake: kiosk mode needs a terminal\nSee: intake kiosk --help\n"))
    }

    @Test func checkReportsAndCountsAndExits65() throws {
        let run = try Self.intake(["check", "Tests/IntakeKitTests/Fixtures/Invalid/Next-MustNameAnExistingNode.yaml"])
        #expect(run.code == 65)
        #expect(run.stdout == "1 error, 1 warning\n")
        #expect(run.stderr.hasPrefix("Tests/IntakeKitTests/Fixtures/Invalid/Next-MustNameAnExistingNode.yaml:"))
        let clean = try Self.intake(["check", "--strict"])
        #expect(clean.code == 0 && clean.stderr == "", "\(clean)")
        let lines = clean.stdout.split(separator: "\n")
        #expect(lines.count == 3 && lines[0].hasPrefix("Dialogs/california.yaml: ok, ") && lines[2] == "0 errors, 0 warnings", "\(clean)")
        #expect(lines[1].hasPrefix("Dialogs/california.yaml: translated: es 100% ("), "\(clean)")
    }

    @Test func runReadsPipedAnswersAndEndsAtEndOfInput() throws {
        let run = try Self.intake(["run", "--lang", "en", "--width", "72"], input: "1\n")
        #expect(run.code == 0)
        #expect(run.stdout.contains("> 1\n"))
        #expect(run.stdout.hasSuffix("> (end of input)\n\nThe conversation has ended. Your answers were not saved.\n"))
        #expect(run.stderr == "")
    }

    @Test func replayEndsWithTheClosingLine() throws {
        let run = try Self.intake(["replay", "Transcripts/en/found-not-guilty.txt"])
        #expect(run == Run(code: 0, stdout: "1 passed, 0 failed\n", stderr: ""))
    }

    @Test func replayUpdateSaysWhatItDid() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "intake-update-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "t.txt")
        try "# dialog: california\n# lang: en\nThis line is not what the dialog says.\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try Self.intake(["replay", "--update", file.path])
        #expect(run.code == 0)
        #expect(run.stdout.hasPrefix("CHANGED \(file.path)\n"))
        #expect(run.stdout.hasSuffix("updated \(file.path)\n1 updated\n0 passed, 0 failed\n"))
        #expect(try Self.intake(["replay", file.path]) == Run(code: 0, stdout: "1 passed, 0 failed\n", stderr: ""))
    }

    @Test func versionStatesTheLicence() throws {
        let run = try Self.intake(["--version"])
        #expect(run.code == 0 && run.stdout.contains("version 3 or later"))
    }

    /// `intake test` on an author's folder: a dialog and its transcripts beside it.
    @Test func testRunsEveryPartAndEndsWithTheClosingLine() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "intake-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dialog = try Repository.text("Tests/fixtures/notice.yaml")
        try dialog.write(to: folder.appending(path: "notice.yaml"), atomically: true, encoding: .utf8)
        func transcript(_ answer: String, _ outcome: String) -> String {
            "# dialog: notice.yaml\n# width: 72\nDid you get a written notice from your landlord?\n  1) Yes\n  2) No\n> \(answer)\n\n\(outcome)\n"
        }
        try transcript("yes", "Keep the notice. Bring it when you ask for help.").write(
            to: folder.appending(path: "yes.txt"), atomically: true, encoding: .utf8)
        let yesOnly = try Self.intake(["test", folder.path])
        #expect(yesOnly.code == 1, "\(yesOnly)")
        #expect(yesOnly.stdout.contains("FAIL coverage") && yesOnly.stdout.hasSuffix("\n3 passed, 1 failed\n"), "\(yesOnly)")

        try transcript("no", "Without a written notice, you may have more time.").write(
            to: folder.appending(path: "no.txt"), atomically: true, encoding: .utf8)
        let all = try Self.intake(["test", folder.path])
        #expect(all.code == 0 && all.stdout.hasSuffix("\n5 passed, 0 failed\n"), "\(all)")
        #expect(all.stdout.contains("PASS check --strict") && all.stdout.contains("PASS paths") && all.stdout.contains("2 of 2 transcripts"))

        let missing = try Self.intake(["test", "no-such-dialog.yaml"])
        #expect(missing.code == 66 && !missing.stdout.contains("passed"), "\(missing)")
    }
}
