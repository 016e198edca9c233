import Glibc
import IntakeKit

/// `intake`: the root command. Each subcommand lives in its own file; this one finds it, and
/// is the one place that prints a command's error and turns it into the exit code.
enum IntakeCommand {
    struct Subcommand: Sendable {
        let name: String
        let synopsis: String
        let help: String
        let run: @Sendable ([String]) throws(CommandError) -> ExitCode
    }

    static let subcommands: [Subcommand] = [
        Subcommand(
            name: "run", synopsis: "intake [run] [DIALOG] [--lang CODE] [--width N] [--height N] [--record FILE] [--today YYYY-MM-DD]",
            help: """
                Talks a person through a dialog (the default command). DIALOG is a file, or the name of a
                built-in dialog; without it, the built-in California dialog. --lang picks the language
                (without it, the visitor is offered the dialog's languages); --width fixes the wrap width;
                --height N shows text longer than N lines a page at a time (a terminal's own height is
                used without it; piped input is not paged unless --height is given); --record FILE writes the conversation as a transcript (nothing is written without it);
                --today sets the day answers such as "in 2015" are counted from (default: the clock's).
                """, run: RunCommand.run),
        Subcommand(
            name: "test", synopsis: "intake test [DIALOG or FOLDER...]",
            help: """
                Does my dialog work? For each dialog: check --strict, paths, every transcript that names
                it replayed, and the nodes and outcomes no transcript reaches; each part passes or fails,
                and the last line is "N passed, N failed". Without an argument, the Dialogs and
                Transcripts folders here; a FOLDER, its dialogs and transcripts; a DIALOG, it and the
                transcripts under Transcripts or beside it that name it.
                """, run: TestCommand.run),
        Subcommand(
            name: "check", synopsis: "intake check [--strict] [DIALOG...]",
            help: """
                Reports every problem in dialog files as file:line:column, with the source line and a
                caret. Without DIALOG, checks the built-in dialogs. --strict fails on warnings too.
                """, run: CheckCommand.run),
        Subcommand(
            name: "replay", synopsis: "intake replay [--update [--accept-path-changes]] [--coverage] [FILE or FOLDER...]",
            help: """
                Replays transcripts (default: the folder Transcripts) and compares every line; prints a
                unified diff for each mismatch and ends with "N passed, N failed". --update rewrites the
                ones whose wording changed, and names those whose path changed (another question or
                outcome), which --accept-path-changes rewrites too; --coverage lists the nodes and
                outcomes no transcript reaches.
                """, run: ReplayCommand.run),
        Subcommand(
            name: "kiosk", synopsis: "intake kiosk [DIALOG] [--ssh] [--idle SECONDS] [--warn SECONDS] [--lang CODE] [--width N] [--printer QUEUE]",
            help: """
                Serves one visitor after another at a public terminal, each in a fresh process; the
                screen is wiped after each. --ssh serves one visitor over SSH (for sshd's ForceCommand).
                --idle: seconds without a key before the warning (default 180, SSH 600); --warn: seconds
                after it before the wipe (30, SSH 60). --printer QUEUE: at the end of a visit, offer a
                printed handout on that CUPS queue (never over SSH; see README for the queue's settings).
                """, run: KioskCommand.run),
        Subcommand(
            name: "paths", synopsis: "intake paths [DIALOG] [--table | --outcomes [--format md|csv]]",
            help: """
                Explores every path a person can take; reports paths that end without an outcome, loops,
                questions asked twice, outcomes no path reaches and conditions always true or false.
                --table lists every path; --outcomes lists, per outcome, the answers that lead to it
                and the laws it names. Works within a budget, and says so when it stops.
                """, run: PathsCommand.run),
        Subcommand(
            name: "translations", synopsis: "intake translations [DIALOG] [--stamp LANG]",
            help: """
                For translators: how far each language is translated, the places of texts still
                missing and of translations gone stale (their source text changed since they were
                stamped). --stamp LANG marks every LANG text as translating the source text it stands
                beside now ('es:' becomes 'es@1a2b3c4d:'); do it once they are all written and
                checked. A language listed under 'draft:' is counted but never offered to visitors.
                """, run: TranslationsCommand.run),
        Subcommand(
            name: "graph", synopsis: "intake graph [DIALOG] [--format dot|mermaid] [--lang CODE]",
            help: "The dialog's flow as a Graphviz (dot) or Mermaid graph; --lang picks the language of the node labels.",
            run: GraphCommand.run),
    ]

    static var usage: String {
        """
        usage: \(subcommands.map(\.synopsis).joined(separator: "\n       "))

        Commands: \(subcommands.map(\.name).joined(separator: ", ")). intake COMMAND --help tells more.
        Built-in dialogs: \(BuiltIn.names.joined(separator: ", "))
        Exit codes: 0 done, 1 a replay did not match (or paths stopped at its budget), 64 bad
        usage, 65 invalid dialog or transcript, 66 a file could not be read.
        intake --version shows the licence.
        """
    }

    static let version = """
        intake 0.1.0
        The source is under the MIT License. This binary links GNU Readline, so it is
        distributed under the GNU General Public License, version 3 or later: whoever gave you
        this binary must also offer you its complete source. A release binary also holds the
        GNU C Library (LGPL-2.1-or-later); with that source you can rebuild it with another.
        See LICENSE in the source, and https://www.gnu.org/licenses/gpl-3.0.html

        """

    static func main(_ words: [String]) -> ExitCode {
        do {
            return try dispatch(words)
        } catch {
            if let message = error.message { Terminal.error(message) }
            return error.code
        }
    }

    static func dispatch(_ words: [String]) throws(CommandError) -> ExitCode {
        if words.first == "--version" {
            Terminal.write(version)
            return .success
        }
        if words.isEmpty || words.first == "help" || words.first == "--help" || words.first == "-h" {
            if let name = words.dropFirst().first {
                guard let command = subcommands.first(where: { $0.name == name }) else { throw unknown(name) }
                Terminal.write(help(command))
            } else if words.isEmpty {
                return try RunCommand.run([])
            } else {
                Terminal.write(usage + "\n")
            }
            return .success
        }
        let first = words[0]
        let command = subcommands.first { $0.name == first }
        let rest = command == nil ? words : Array(words.dropFirst())
        let chosen = command ?? subcommands[0]
        if rest.contains("--help") || rest.contains("-h") {
            Terminal.write(help(chosen))
            return .success
        }
        // A word that is no command, no option, no file and no built-in dialog is a mistyped
        // command ("intake chek"), not a dialog to run.
        if command == nil, !first.hasPrefix("-"), !first.contains("/"), !first.contains("."),
            !BuiltIn.names.contains(first), !FileSystem.exists(first)
        {
            throw unknown(first)
        }
        return try chosen.run(rest)
    }

    static func help(_ command: Subcommand) -> String {
        "usage: \(command.synopsis)\n\n\(command.help)\n"
    }

    static func unknown(_ word: String) -> CommandError {
        let names = subcommands.map(\.name) + BuiltIn.names
        let near = names.min { editDistance(word, $0) < editDistance(word, $1) }
        let hint = near.flatMap { editDistance(word, $0) <= 2 ? " Did you mean '\($0)'?" : nil } ?? ""
        return CommandError.usage("unknown command or dialog '\(word)'.\(hint)")
    }
}

exit(IntakeCommand.main(Array(CommandLine.arguments.dropFirst())).rawValue)
