import BuiltInDialogs
import IntakeKit

/// Finds and loads a dialog named on the command line: a file path or a built-in name.
enum DialogSource {
    struct Loaded {
        var dialog: Dialog?
        var diagnostics: [Diagnostic]
        var source: String
        var label: String
    }

    /// `checks`: `.forRunning` for a conversation, `.all` for `intake check`.
    static func load(_ argument: String?, checks: DialogLoader.Checks = .all) throws(CommandError) -> Loaded {
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

    /// The dialog a command names, checked. A dialog with errors has them reported on stderr,
    /// and ends the command with exit 65.
    static func command(_ argument: String?, checks: DialogLoader.Checks = .all) throws(CommandError) -> (loaded: Loaded, dialog: Dialog) {
        let loaded = try load(argument, checks: checks)
        guard let dialog = loaded.dialog else {
            report(loaded)
            throw CommandError.invalid()
        }
        return (loaded, dialog)
    }

    /// Refuses a `--lang` the dialog does not speak.
    static func checkLanguage(_ language: String?, of dialog: Dialog, command: String) throws(CommandError) {
        if let language, dialog.drafts.contains(language) {
            throw CommandError.usage(
                "--lang \(language): the \(language) translation is a draft (see 'draft:' in the dialog); visitors get \(dialog.languages.joined(separator: ", "))",
                command: command)
        }
        if let language, !dialog.languages.contains(language) {
            throw CommandError.usage("--lang \(language): this dialog speaks \(dialog.languages.joined(separator: ", "))", command: command)
        }
    }

    /// Prints diagnostics to stderr, each with its source line and a caret.
    static func report(_ loaded: Loaded) {
        if !loaded.diagnostics.isEmpty {
            Terminal.error(loaded.diagnostics.rendered(source: loaded.source))
        }
    }
}

extension TranscriptRunner {
    /// A runner that reads transcripts and dialogs from disk, and knows the built-in dialogs.
    static func onDisk() -> TranscriptRunner {
        TranscriptRunner(
            readFile: { path in try FileSystem.read(path) },
            fileExists: FileSystem.exists,
            builtIn: { name in BuiltInDialogs.file(named: name).map { ($0.path, $0.text) } })
    }
}
