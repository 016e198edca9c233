import CReadline
import Glibc

/// Writing to the screen, and what the screen is like.
enum Terminal {
    /// Writes everything, flushing readline's stdio buffer first so output keeps its order.
    static func write(_ text: String, to fd: Int32 = STDOUT_FILENO) {
        fflush(nil)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(count)
        }
    }

    static func error(_ text: String) {
        write(text + "\n", to: STDERR_FILENO)
    }

    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Text never gets wider than this, even on a wide terminal: long lines are hard to read.
    static let readableWidth = 76

    /// The width to wrap to: the terminal's, else COLUMNS, else 80; at most `readableWidth`.
    /// A 0 × 0 terminal (ssh -tt from a script) counts as unknown.
    static func width() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(Int(size.ws_col), readableWidth)
        }
        if let columns = environment("COLUMNS").flatMap(Int.init), columns > 0 {
            return min(columns, readableWidth)
        }
        return min(80, readableWidth)
    }

    /// Colour only on a terminal, never with NO_COLOR set, never on a dumb or unknown TERM.
    static func wantsColor() -> Bool {
        guard isatty(STDOUT_FILENO) == 1 else { return false }
        if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return false }
        guard let term = environment("TERM"), !term.isEmpty, term != "dumb" else { return false }
        return term.hasPrefix("xterm") || term.hasPrefix("screen") || term.hasPrefix("tmux")
            || term.hasPrefix("linux") || term.hasPrefix("vt1") || term.hasPrefix("rxvt") || term.contains("color")
    }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Readline edits characters only in a UTF-8 locale; a bare sshd session or systemd unit
    /// may have none, so fall back to C.UTF-8.
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}

/// How a read ended.
enum ReadResult: Equatable {
    case line(String)
    case endOfInput
    case idle
    case interrupt
}

/// Where a person's lines come from: readline on a terminal, plain lines otherwise.
protocol LineReader {
    mutating func read(prompt: String, completions: [String]) -> ReadResult
    /// Whether the reader already showed what was typed (a terminal echoes; a pipe does not).
    var echoes: Bool { get }
}

/// GNU readline, set up for a public terminal (see Sources/CReadline).
struct ReadlineReader: LineReader {
    let echoes = true

    let idleSeconds: Int
    let warningSeconds: Int

    init(ignoreEndOfInputKey: Bool, interruptEndsRead: Bool, idleSeconds: Int = 0, warningSeconds: Int = 0, warning: String = "") {
        self.idleSeconds = idleSeconds
        self.warningSeconds = warningSeconds
        intake_rl_setup(ignoreEndOfInputKey ? 1 : 0, interruptEndsRead ? 1 : 0)
        setIdleWarning(warning)
    }

    /// The words shown when the idle time runs out, in the visitor's language.
    func setIdleWarning(_ warning: String) {
        if idleSeconds > 0 {
            intake_rl_set_idle(Int32(idleSeconds * 1000), Int32(warningSeconds * 1000), warning)
        }
    }

    mutating func read(prompt: String, completions: [String]) -> ReadResult {
        var pointers = completions.map { strdup($0) }
        defer { for pointer in pointers { free(pointer) } }
        pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                intake_rl_set_choices($0, Int32(buffer.count))
            }
        }
        var status = INTAKE_READ_EOF
        guard let line = intake_rl_read(prompt, &status) else {
            switch status {
            case INTAKE_READ_IDLE: return .idle
            case INTAKE_READ_INTERRUPT: return .interrupt
            default: return .endOfInput
            }
        }
        defer { free(line) }
        return .line(String(decoding: UnsafeRawBufferPointer(start: line, count: strlen(line)), as: UTF8.self))
    }
}

/// Lines from a pipe or file: only lines that end in a newline count (a partial last line is
/// dropped, never taken as an answer), invalid UTF-8 becomes U+FFFD, and a huge line is cut
/// to a length the conversation then refuses as too long.
struct PlainLineReader: LineReader {
    let echoes = false
    var buffer: [UInt8] = []
    var finished = false
    let fd: Int32

    /// Longer than any answer the conversation takes, so a cut line is still refused.
    static let maximumLineBytes = 8192

    init(fd: Int32 = STDIN_FILENO) {
        self.fd = fd
    }

    mutating func read(prompt: String, completions: [String]) -> ReadResult {
        Terminal.write(prompt)
        var discarding = false
        var kept: [UInt8] = []
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let chunk = buffer[..<newline]
                buffer.removeSubrange(...newline)
                if !discarding { kept += chunk.prefix(Self.maximumLineBytes - kept.count) }
                var line = kept
                if line.last == 13 { line.removeLast() }  // CRLF from Windows clients
                return .line(String(decoding: line, as: UTF8.self))
            }
            if !discarding {
                kept += buffer.prefix(Self.maximumLineBytes - kept.count)
                if kept.count >= Self.maximumLineBytes { discarding = true }
            }
            buffer.removeAll(keepingCapacity: true)
            if finished { return .endOfInput }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                finished = true
                return .endOfInput
            }
            buffer += chunk[0..<count]
        }
    }
}
