import Glibc

/// Exit codes, after BSD sysexits where one fits.
enum ExitCode: Int32 {
    case success = 0
    case failure = 1
    case usage = 64
    case invalidInput = 65
    case noInput = 66
}

/// Why a command stopped: the exit code, and what to say on stderr (nil when the command has
/// already said it, as `check` does with a dialog's messages). Commands throw it; only the
/// entry point prints it and exits.
struct CommandError: Error, CustomStringConvertible {
    let code: ExitCode
    let message: String?

    var description: String { message ?? "exit \(code.rawValue)" }

    /// Bad usage: what was wrong, and where to read how it goes.
    static func usage(_ what: String, command: String? = nil) -> CommandError {
        CommandError(code: .usage, message: "intake: \(what)\nSee: intake \(command.map { "\($0) " } ?? "")--help")
    }

    /// A file that could not be read or written, with the system's reason.
    static func file(_ path: String, _ reason: String) -> CommandError {
        CommandError(code: .noInput, message: "\(path): error: \(reason)")
    }

    /// The same, with the reason from `errno`.
    static func file(_ path: String, errno code: Int32 = errno) -> CommandError {
        file(path, String(cString: strerror(code)))
    }

    /// A dialog or transcript that is not valid; `message` nil when it was reported already.
    static func invalid(_ message: String? = nil) -> CommandError {
        CommandError(code: .invalidInput, message: message)
    }
}
