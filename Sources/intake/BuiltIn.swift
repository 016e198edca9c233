import BuiltInDialogs
import IntakeKit

enum BuiltIn {
    static var names: [String] { BuiltInDialogs.names }

    static let defaultName = "california"
}

/// Finds and loads a dialog named on the command line: a file path or a built-in name.
enum DialogSource {
    struct Loaded {
        var dialog: Dialog?
        var diagnostics: [Diagnostic]
        var source: String
        var label: String
    }

    /// `checks`: `.forRunning` for a conversation, `.all` for `intake check`.
    static func load(_ argument: String?, checks: DialogLoader.Checks = .all) throws(FileError) -> Loaded {
        let name = argument ?? BuiltIn.defaultName
        if !name.contains("/"), !name.hasSuffix(".yaml"), let builtIn = BuiltInDialogs.file(named: name) {
            // A conversation takes the dialog the build checked and compiled; `intake check`
            // reads the text again, to report places in it.
            if !checks.styleWarnings, let dialog = BuiltInDialogs.dialog(named: name) {
                return Loaded(dialog: dialog, diagnostics: [], source: builtIn.text, label: builtIn.path)
            }
            let result = DialogLoader.load(text: builtIn.text, file: builtIn.path, checks: checks)
            return Loaded(dialog: result.dialog, diagnostics: result.diagnostics, source: builtIn.text, label: builtIn.path)
        }
        let bytes = try FileSystem.read(name)
        let result = DialogLoader.load(bytes: bytes, file: name, checks: checks)
        return Loaded(dialog: result.dialog, diagnostics: result.diagnostics, source: String(decoding: bytes, as: UTF8.self), label: name)
    }

    /// The dialog a command names, checked; on failure the problem is reported on stderr and
    /// the exit code is the error.
    static func command(_ argument: String?, checks: DialogLoader.Checks = .all) -> Result<(loaded: Loaded, dialog: Dialog), ExitCode> {
        let loaded: Loaded
        do {
            loaded = try load(argument, checks: checks)
        } catch {
            Terminal.error("intake: \(error)")
            return .failure(.noInput)
        }
        guard let dialog = loaded.dialog else {
            report(loaded)
            return .failure(.invalidInput)
        }
        return .success((loaded, dialog))
    }

    /// Refuses a `--lang` the dialog does not speak.
    static func checkLanguage(_ language: String?, of dialog: Dialog) throws(Arguments.UsageError) {
        if let language, !dialog.languages.contains(language) {
            throw Arguments.UsageError(description: "--lang \(language): this dialog speaks \(dialog.languages.joined(separator: ", "))")
        }
    }

    /// Prints diagnostics to stderr, each with its source line and a caret.
    static func report(_ loaded: Loaded) {
        if !loaded.diagnostics.isEmpty {
            Terminal.error(loaded.diagnostics.rendered(source: loaded.source))
        }
    }
}
