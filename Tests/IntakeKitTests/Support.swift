import BuiltInDialogs
import Foundation
import IntakeKit

/// Paths and helpers shared by the tests.
enum Repository {
    /// The repository root, found from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // IntakeKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static func url(_ relative: String) -> URL { root.appending(path: relative) }

    static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    /// Files under a repository folder whose names end in `suffix`, as repository-relative paths.
    static func files(under folder: String, suffix: String) -> [String] {
        let base = url(folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { $0.lastPathComponent.hasSuffix(suffix) }
            .map { folder + "/" + $0.path.dropFirst(base.path.count + 1) }
            .sorted()
    }

    /// Loads a dialog from text, requiring that it checks clean of errors.
    static func dialog(_ yaml: String, file: String = "test.yaml") throws -> Dialog {
        let result = DialogLoader.load(text: yaml, file: file)
        guard let dialog = result.dialog else {
            throw TestFailure(result.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return dialog
    }

    /// A transcript runner reading from the repository, with paths relative to its root.
    static func runner() -> TranscriptRunner {
        TranscriptRunner(
            readFile: { path in
                let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : Repository.url(path)
                return Array(try Data(contentsOf: url))
            },
            fileExists: { path in
                FileManager.default.fileExists(atPath: path.hasPrefix("/") ? path : Repository.url(path).path)
            },
            builtIn: { name in BuiltInDialogs.file(named: name).map { ($0.path, $0.text) } })
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs a conversation over lines and returns the screen text, as a transcript body holds it.
func screen(_ dialog: Dialog, _ lines: [String], language: String? = nil, width: Int = 72) -> String {
    var session = Session(dialog: dialog, language: language, width: width)
    var text = session.begin().text
    for line in lines where session.isWaiting {
        text += Session.echo(line) + session.answer(line).text
    }
    return text
}
