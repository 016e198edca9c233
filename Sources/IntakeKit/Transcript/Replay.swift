/// Replays a transcript through a fresh conversation and compares the screens.
package enum Replay {
    /// What a replay found.
    package struct Result: Sendable {
        package var passed: Bool
        /// The body the conversation produced, as one text.
        package var actualText: String
        /// The body the conversation produced, line by line.
        package var actual: [String] { Transcript.lines(actualText) }
        /// A unified diff against the file when it did not pass, else empty.
        package var diff: String
        /// What the replayed conversation went through.
        package var trace: Trace
    }

    /// Feeds the transcript's marked lines to a conversation on `dialog` and compares every line.
    /// Trailing spaces are ignored (editors strip them from `> ` lines).
    package static func run(_ transcript: Transcript, dialog: Dialog, file: String) throws(Transcript.FormatError) -> Result {
        if let language = transcript.language, !dialog.languages.contains(language) {
            throw Transcript.FormatError(
                file: file, line: 1, message: "the dialog has no language '\(language)' (it has: \(dialog.languages.joined(separator: ", ")))")
        }
        var session = Session(dialog: dialog, language: transcript.language, width: transcript.width, today: transcript.date)
        session.height = transcript.height
        var output = session.begin().text
        for (offset, input) in transcript.inputs {
            guard session.isWaiting else {
                throw Transcript.FormatError(
                    file: file, line: transcript.bodyStartLine + offset,
                    message: "the conversation had already ended; nothing asked for this answer")
            }
            output += Session.echo(input)
            switch input {
            case Transcript.endOfInputMarker: output += session.endOfInput().text
            case Transcript.interruptMarker: output += session.interrupt().text
            default: output += session.answer(input).text
            }
        }
        // Screen text has no spaces at line ends, so one comparison settles a match; lines are
        // split only to explain a mismatch.
        if output == transcript.expectedText {
            return Result(passed: true, actualText: output, diff: "", trace: session.conversation.trace)
        }
        let expected = transcript.body
        let trimmedActual = Transcript.lines(output).map(trimTrailing)
        if expected == trimmedActual {
            return Result(passed: true, actualText: output, diff: "", trace: session.conversation.trace)
        }
        let diff = LineDiff.unified(
            expected: expected, actual: trimmedActual, expectedName: "\(file) (expected)", actualName: "replay (actual)",
            firstLine: transcript.bodyStartLine)
        return Result(passed: false, actualText: output, diff: diff, trace: session.conversation.trace)
    }

    static func trimTrailing(_ line: String) -> String {
        String(line.droppingTrailingSpaces())
    }
}
