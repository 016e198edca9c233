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
