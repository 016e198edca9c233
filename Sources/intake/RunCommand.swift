import Glibc
import IntakeKit

/// `intake run`: one conversation over stdin/stdout.
enum RunCommand {
    static func run(_ words: [String]) throws(CommandError) -> ExitCode {
        let args = try Arguments(words, for: "run", valued: ["--lang", "--width", "--height", "--record", "--today"], switches: [])
        let fixedWidth = try args.integer("--width", in: 20...500)
        let fixedHeight = try args.integer("--height", in: Pager.smallestHeight...500)
        let (loaded, dialog) = try DialogSource.command(try args.dialog(), checks: .forRunning)
        let language = args.options["--lang"]
        try DialogSource.checkLanguage(language, of: dialog, command: "run")
        let recorder = try args.options["--record"].map { path throws(CommandError) in try OutputFile(path) }
        let today =
            try args.options["--today"].map { text throws(CommandError) in
                guard let day = Day(text) else { throw .usage("--today needs a day written YYYY-MM-DD, such as 2026-11-15, not '\(text)'") }
                return day
            } ?? Clock.today()

        Terminal.useUTF8Locale()
        let interactive = Terminal.isInteractive
        var reader: any LineReader =
            interactive
            ? ReadlineReader(ignoreEndOfInputKey: false, interruptEndsRead: true)
            : PlainLineReader()
        let width = fixedWidth ?? Terminal.width()
        var session = Session(dialog: dialog, language: language, width: width, color: interactive && Terminal.wantsColor(), today: today)
        // A terminal shows long text a page at a time; a pipe only when asked (--height).
        session.height = fixedHeight ?? (interactive ? Terminal.height() : nil)
        let visit = Visit(recorder: recorder)
        visit.header(
            loaded.label, language: session.conversation.offersLanguages ? nil : session.conversation.language, width: width,
            height: session.height, date: today)
        visit.show(session.begin())

        while session.isWaiting {
            let read = reader.read(prompt: Session.prompt, completions: session.completions)
            // The window may have changed while the person typed: wrap (and page) the reply to it.
            if fixedWidth == nil { session.setWidth(Terminal.width()) }
            if fixedHeight == nil, interactive { session.height = Terminal.height() }
            switch read {
            case .line(let line):
                visit.typed(line, echoed: reader.echoes)
                visit.show(session.answer(line))
            case .interrupt:
                visit.marker(Transcript.interruptMarker, shown: false)
                visit.show(session.interrupt())
            case .endOfInput, .idle:
                // Readline has already ended the line on a terminal; a pipe shows the marker.
                visit.marker(Transcript.endOfInputMarker, shown: !reader.echoes)
                visit.show(session.endOfInput())
            }
        }
        recorder?.close()
        return .success
    }
}
