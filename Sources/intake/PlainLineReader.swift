import Glibc

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
