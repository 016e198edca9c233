import CReadline
import Glibc
import IntakeKit

/// `intake kiosk`: one visitor after another at a public terminal, each in a fresh process;
/// `intake kiosk --ssh`: one visitor over SSH (sshd's ForceCommand starts one process each).
/// Either way the visitor runs in a child of a `Supervisor`, which enforces the idle limit.
///
/// A fresh process per visitor is the only sure wipe: readline keeps a kill ring (Ctrl-Y
/// brings back what the last person erased) with no public way to clear it.
enum KioskCommand {
    static let valued: Set<String> = ["--lang", "--idle", "--warn", "--width", "--printer"]
    static let switches: Set<String> = ["--ssh", "--visitor"]

    /// Clears the screen and the scrollback: home, erase display, erase saved lines.
    static let wipe = "\u{1B}[H\u{1B}[2J\u{1B}[3J"

    static func run(_ words: [String]) throws(CommandError) -> ExitCode {
        let args = try Arguments(words, for: "kiosk", valued: valued, switches: switches)
        let ssh = args.flags.contains("--ssh")
        let idle = try args.integer("--idle", in: 1...86_400) ?? (ssh ? 600 : 180)
        let warn = try args.integer("--warn", in: 0...3_600) ?? (ssh ? 60 : 30)
        let width = try args.integer("--width", in: 20...500)
        // Over SSH the server's printer is not the visitor's: no handout is offered.
        let printer = ssh ? nil : args.options["--printer"]
        if let printer, printer.isEmpty || printer.hasPrefix("-") || printer.contains(where: { $0 == "/" || $0.isWhitespace }) {
            throw CommandError.usage("--printer needs the name of a CUPS queue, such as kiosk, not '\(printer)'", command: "kiosk")
        }

        let dialog = try DialogSource.command(try args.dialog(), checks: .forRunning).dialog
        let language = args.options["--lang"]
        try DialogSource.checkLanguage(language, of: dialog, command: "kiosk")
        let phrases = Languages.builtIn.named(language ?? dialog.languages.first ?? "en").phrases

        if ssh {
            // sshd puts a client's own command (ssh host 'id', scp, sftp) here: refuse it all.
            if let command = Terminal.environment("SSH_ORIGINAL_COMMAND"), !command.isEmpty {
                throw CommandError(code: .usage, message: phrases.sshCommandRefused)
            }
            guard Terminal.isInteractive else { throw CommandError(code: .usage, message: phrases.sshNeedsTerminal) }
        } else {
            guard Terminal.isInteractive else { throw CommandError.usage("kiosk mode needs a terminal", command: "kiosk") }
        }
        if args.flags.contains("--visitor") {
            return visit(dialog, language: language, width: width, idle: idle, warn: warn, ssh: ssh, printer: printer)
        }
        // A few seconds past the visitor's own timer, so that its warning and wipe come first.
        return Supervisor.serve(arguments: ["kiosk", "--visitor"] + words, limit: idle + warn + 3, once: ssh)
    }

    /// One visitor: the conversation, then a wipe. Nothing is written anywhere.
    static func visit(_ dialog: Dialog, language: String?, width fixedWidth: Int?, idle: Int, warn: Int, ssh: Bool, printer: String?) -> ExitCode {
        // Ctrl-\ and Ctrl-Z do nothing (readline leaves ignored signals alone). SIGHUP and
        // SIGTERM stay at their defaults: the process ends at once, saving nothing.
        signal(SIGQUIT, SIG_IGN)
        signal(SIGTSTP, SIG_IGN)
        Terminal.useUTF8Locale()
        var reader = ReadlineReader(
            ignoreEndOfInputKey: !ssh, interruptEndsRead: false,
            idleSeconds: idle, warningSeconds: warn, warning: "")
        var pipeStatus = stat()
        if fstat(Supervisor.heartbeatDescriptor, &pipeStatus) == 0, pipeStatus.st_mode & S_IFMT == S_IFIFO {
            intake_rl_set_heartbeat(Supervisor.heartbeatDescriptor)
        }
        var session = Session(
            dialog: dialog, language: language, width: fixedWidth ?? Terminal.width(), color: Terminal.wantsColor(), today: Clock.today())
        session.height = Terminal.height()
        session.closing = printer == nil ? .done : .offerPrint
        Terminal.write(wipe)
        Terminal.write(session.begin().screen)

        while session.isWaiting {
            // Before a language is chosen, warn in every language the dialog offers.
            let warning =
                session.conversation.offersLanguages && session.conversation.isChoosingLanguage
                ? dialog.languages.map { Languages.builtIn.named($0).phrases.idleWarning }.joined(separator: " ")
                : Languages.builtIn.named(session.conversation.language).phrases.idleWarning
            reader.setIdleWarning(warning)
            let read = reader.read(prompt: Session.prompt, completions: session.completions)
            if fixedWidth == nil { session.setWidth(Terminal.width()) }
            session.height = Terminal.height()
            switch read {
            case .line(let line):
                Terminal.write(session.answer(line).screen)
            case .idle:
                Terminal.write(wipe)
                return .success
            case .endOfInput, .interrupt:
                // The terminal is gone (hang-up), or Ctrl-D over SSH: nobody to show anything to.
                Terminal.write(session.endOfInput().screen)
                Terminal.write(wipe)
                return .success
            }
        }
        let phrases = session.conversation.phrasesNow
        reader.setIdleWarning(phrases.idleWarning)
        if session.offersPrint, let printer, let handout = session.conversation.handout {
            guard case .line(let answer) = reader.read(prompt: Session.prompt, completions: [phrases.yes, phrases.no]) else {
                Terminal.write(wipe)
                return .success
            }
            var notes: [Conversation.Reply] = []
            if session.conversation.yesOrNo(answer) == true {
                Terminal.write("\n" + session.renderer.render([.note(phrases.printing)]))
                notes.append(.note(Printer.print(handout.postScript(), queue: printer) ? phrases.printed : phrases.printFailed))
            }
            notes.append(.note(phrases.whenDone))
            Terminal.write("\n" + session.renderer.render(notes))
        }
        // "I'm done" (the last screen says so): any line, or the idle time, clears the screen
        // for the next person.
        _ = reader.read(prompt: Session.prompt, completions: [])
        Terminal.write(wipe)
        return .success
    }
}
