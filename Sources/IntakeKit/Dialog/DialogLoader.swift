/// Reads a dialog file into a `Dialog`, collecting every problem instead of stopping at the first.
package enum DialogLoader {
    /// The result of loading: a dialog when there were no errors, and every diagnostic.
    package struct Result: Sendable {
        package var dialog: Dialog?
        package var diagnostics: [Diagnostic]
    }

    /// How much to check. Every error is always found; `styleWarnings` adds the reading-level
    /// warnings, which `intake check` wants and a visitor's start-up does not (they cost most of
    /// a load, and never stop a dialog from running).
    package struct Checks: Sendable {
        package var styleWarnings: Bool
        /// The graph, saved-answer and language checks. Off only for a dialog that was checked
        /// already, when it was built into the binary.
        package var dialogChecks: Bool = true

        package static let all = Checks(styleWarnings: true)
        package static let forRunning = Checks(styleWarnings: false)
        /// For a built-in dialog: the build checked it (see Sources/embed-dialogs).
        package static let checkedAtBuild = Checks(styleWarnings: false, dialogChecks: false)
    }

    /// Loads and checks dialog text. `file` is only used to label diagnostics.
    /// `languages`: the engine's language tables, for each language's reading-level check.
    package static func load(text: String, file: String, checks: Checks = .all, languages: Languages = .builtIn) -> Result {
        load(bytes: Array(text.utf8), file: file, checks: checks, languages: languages)
    }

    /// Loads and checks the raw bytes of a dialog file.
    package static func load(bytes: [UInt8], file: String, checks: Checks = .all, languages: Languages = .builtIn) -> Result {
        let tree: YAMLTree
        do {
            tree = try YAMLParser.parse(bytes: bytes)
        } catch {
            let explained = YAMLExplainer.explain(error, source: String(decoding: bytes, as: UTF8.self))
            let diagnostic = Diagnostic(file: file, location: explained.location, rule: .yamlMustParse, message: explained.message)
            return Result(dialog: nil, diagnostics: [diagnostic])
        }
        var reader = DialogReader(file: file, tree: tree)
        let draft = reader.read(tree.root)
        var diagnostics = reader.diagnostics
        if checks.styleWarnings {
            // A ` #` in a plain text starts a comment: the text shown stops there, silently.
            let textKeys = Set(["ask", "say", "outcome", "help", "summary", "label", "title", "end"] + (draft?.languages ?? []))
            for cut in YAMLExplainer.textsCutByComments(String(decoding: bytes, as: UTF8.self), textKeys: textKeys) {
                diagnostics.append(
                    Diagnostic(
                        file: file, location: cut.location, severity: .warning, rule: .textMustNotBeCutByComment,
                        message:
                            "' #' starts a comment in YAML, so this text stops at '\(cut.kept.suffix(30))'; put the whole text in quotes to keep the rest"
                    ))
            }
        }
        if let draft, checks.dialogChecks {
            var checker = DialogChecker(dialog: draft, nodesInOrder: reader.nodesInOrder, positions: reader.positions, languages: languages)
            diagnostics += checker.check(styleWarnings: checks.styleWarnings)
        }
        diagnostics = diagnostics.sortedByLocation()
        return Result(dialog: diagnostics.hasErrors ? nil : draft, diagnostics: diagnostics)
    }
}
