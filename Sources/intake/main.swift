import Glibc

/// Exit codes, after BSD sysexits where one fits.
enum ExitCode: Int32, Error {
    case success = 0
    case failure = 1
    case usage = 64
    case invalidInput = 65
    case noInput = 66
}

/// `intake`: the root command. Each subcommand lives in its own file.
enum IntakeCommand {
    static let usage = """
        usage: intake [run] [DIALOG] [--lang CODE] [--width N] [--record FILE]
               intake check [--strict] [DIALOG...]
               intake replay [--update] [--coverage] [FILE or FOLDER...]
               intake kiosk [DIALOG] [--ssh] [--idle SECONDS] [--warn SECONDS] [--lang CODE]
               intake paths [DIALOG] [--table | --outcomes] [--format md|csv]
               intake graph [DIALOG] [--format dot|mermaid]

        Commands:
          run      talk a person through a dialog (the default). DIALOG is a file, or the name
                   of a built-in dialog; without it, the built-in California dialog.
          check    report every problem in dialog files as file:line:column. Without DIALOG,
                   checks the built-in dialogs. --strict fails on warnings too.
          replay   replay transcripts (default: Transcripts/) and compare every line.
                   --update rewrites the ones that differ; --coverage lists what no
                   transcript reaches.
          kiosk    serve one visitor after another at a public terminal, each in a fresh
                   process; the screen is wiped after each. --ssh serves one visitor over
                   SSH (for sshd's ForceCommand). --idle: seconds without a key before the
                   warning (default 180, SSH 600); --warn: seconds after it (30, SSH 60).
          paths    explore every path a person can take; report paths that end without an
                   outcome, loops, questions asked twice, outcomes no path reaches and
                   conditions always true or false. --table lists every path; --outcomes
                   lists, per outcome, the answers that lead to it and the laws it names.
          graph    the flow as a Graphviz (dot) or Mermaid graph.

        Built-in dialogs: \(BuiltIn.names.joined(separator: ", "))
        Exit codes: 0 done, 1 a replay did not match, 64 bad usage, 65 invalid dialog or
        transcript, 66 a file could not be read. intake --version shows the licence.
        """

    static let version = """
        intake 0.1.0
        The source is under the MIT License. This binary links GNU Readline, so it is
        distributed under the GNU General Public License, version 3 or later: whoever gave you
        this binary must also offer you its complete source. A release binary also holds the
        GNU C Library (LGPL-2.1-or-later); with that source you can rebuild it with another.
        See LICENSE in the source, and https://www.gnu.org/licenses/gpl-3.0.html

        """

    static func main(_ words: [String]) -> ExitCode {
        var words = words
        let command = words.first.flatMap { ["run", "check", "replay", "kiosk", "paths", "graph", "help"].contains($0) ? $0 : nil }
        if command != nil { words.removeFirst() }
        if command == "help" || words.contains("--help") || words.contains("-h") {
            Terminal.write(usage + "\n")
            return .success
        }
        if words.first == "--version" {
            Terminal.write(version)
            return .success
        }
        do {
            switch command {
            case "check": return try CheckCommand.run(words)
            case "replay": return try ReplayCommand.run(words)
            case "kiosk": return try KioskCommand.run(words)
            case "paths": return try PathsCommand.run(words)
            case "graph": return try GraphCommand.run(words)
            default: return try RunCommand.run(words)
            }
        } catch {
            Terminal.error("intake: \(error)\n\n\(usage)")
            return .usage
        }
    }
}

exit(IntakeCommand.main(Array(CommandLine.arguments.dropFirst())).rawValue)
