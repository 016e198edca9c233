import IntakeKit

/// What a visit shows on the screen, and records in a transcript when an operator asked for one.
struct Visit {
    var recorder: OutputFile?

    func record(_ text: String) {
        do {
            try recorder?.write(text)
        } catch {
            Terminal.error("intake: \(error)")
        }
    }

    func header(_ dialogPath: String, language: String?, width: Int, height: Int?, date: Day?) {
        record(Transcript.header(dialogPath: dialogPath, language: language, width: width, height: height, date: date))
    }

    func show(_ shown: Session.Shown) {
        Terminal.write(shown.screen)
        record(shown.text)
    }

    /// A line the person typed: a terminal has shown it already; a pipe has not.
    func typed(_ line: String, echoed: Bool) {
        if !echoed { Terminal.write(ScreenText.sanitize(line) + "\n") }
        record(Session.echo(line))
    }

    /// End of input or Ctrl-C, marked in the transcript as on the screen.
    func marker(_ marker: String, shown: Bool) {
        if shown { Terminal.write(marker + "\n") }
        record(Session.prompt + marker + "\n")
    }
}
