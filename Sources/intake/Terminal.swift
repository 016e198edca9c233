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

    /// The terminal's height in lines (else LINES), for paging long text; nil when unknown.
    static func height() -> Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        return environment("LINES").flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
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
