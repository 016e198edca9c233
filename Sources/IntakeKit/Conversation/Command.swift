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
    /// A leading `/` marks a command where a dialog's choice uses the same word.
    /// `words`: each command's words in the languages a dialog speaks (`Languages.commands`).
    /// Folding drops a leading "/".
    static func match(_ input: String, normalized: String, in words: [String: Command]) -> (command: Command, forced: Bool)? {
        guard let command = words[normalized] else {
            return input.trimmingSpaces() == "?" ? (.help, false) : nil
        }
        return (command, input.trimmingSpaces().hasPrefix("/"))
    }
}
