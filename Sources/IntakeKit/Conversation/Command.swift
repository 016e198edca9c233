/// What a person can type at any question, in any dialog: defined by the engine, not by dialogs;
/// the words for each are in each `Language`.
package enum Command: String, Sendable, CaseIterable {
    case help
    case back
    case repeatQuestion = "repeat"
    case review
    case startOver = "start over"
    case quit

    /// The command these words name, if the whole answer is a command. `?` alone is help.
    /// `words`: each command's words (`Languages.commands`). Folding drops a leading "/", which
    /// marks a command where a dialog's choice uses the same word (see `Conversation.handle`).
    static func match(_ input: String, normalized: String, in words: [String: Command]) -> Command? {
        words[normalized] ?? (input.trimmingSpaces() == "?" ? .help : nil)
    }
}
