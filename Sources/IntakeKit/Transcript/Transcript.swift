/// A recorded conversation: a header that makes it reproducible, then exactly what the screen
/// showed, with the person's lines marked `> `. Replaying one is a test.
public struct Transcript: Sendable {
    /// The header: which dialog, language and width.
    public var dialogPath: String
    public var language: String?
    public var width: Int
    /// The body, one element per line, without the newline.
    public var body: [String] {
        didSet { expectedText = Self.expectedText(body) }
    }
    /// The file line of `body[0]`.
    public var bodyStartLine: Int

    /// The body as one text, each line without trailing spaces and ending in a newline: what a
    /// replay must produce.
    public private(set) var expectedText: String

    static func expectedText(_ body: [String]) -> String {
        var text = ""
        for line in body {
            text += line.droppingTrailingSpaces()
            text += "\n"
        }
        return text
    }

    /// Marks a line on which the input ended (Ctrl-D, a closed pipe).
    public static let endOfInputMarker = "(end of input)"
    /// Marks a Ctrl-C at a terminal.
    public static let interruptMarker = "(Ctrl-C)"
    public static let defaultWidth = 72

    public init(dialogPath: String, language: String?, width: Int, body: [String], bodyStartLine: Int = 4) {
        self.dialogPath = dialogPath
        self.language = language
        self.width = width
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.expectedText = Self.expectedText(body)
    }

    /// A problem with the transcript file itself: `file:line: error: message`.
    public struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String

        public init(file: String, line: Int, message: String) {
            self.file = file
            self.line = line
            self.message = message
        }

        public var description: String { "\(file):\(line): error: \(message)" }
    }

    /// The header lines for a recording. Without `language`, the replay starts by offering the
    /// dialog's languages, as the live session did.
    public static func header(dialogPath: String, language: String?, width: Int) -> String {
        "# dialog: \(dialogPath)\n" + (language.map { "# lang: \($0)\n" } ?? "") + "# width: \(width)\n"
    }

    /// The whole file text.
    public var text: String {
        Self.header(dialogPath: dialogPath, language: language, width: width)
            + body.map { $0 + "\n" }.joined()
    }

    /// Reads a transcript file's text.
    public static func parse(_ text: String, file: String) throws(FormatError) -> Transcript {
        var lines = text.fastSplit(0x0A).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var dialog: String?
        var language: String?
        var width = defaultWidth
        var index = 0
        while index < lines.count, lines[index].hasPrefix("#") {
            let line = lines[index]
            let content = line.dropFirst().trimmingSpaces()
            guard let colon = content.firstIndex(of: ":") else {
                throw FormatError(file: file, line: index + 1, message: "a header line must read '# key: value'")
            }
            let key = content[..<colon].trimmingSpaces()
            let value = content[content.index(after: colon)...].trimmingSpaces()
            switch key {
            case "dialog": dialog = value
            case "lang": language = value
            case "width":
                guard let number = Int(value), (20...500).contains(number) else {
                    throw FormatError(file: file, line: index + 1, message: "width must be a whole number from 20 to 500, not '\(value)'")
                }
                width = number
            default:
                throw FormatError(file: file, line: index + 1, message: "unknown header key '\(key)' (expected dialog, lang or width)")
            }
            index += 1
        }
        guard let dialog, !dialog.isEmpty else {
            throw FormatError(file: file, line: 1, message: "the transcript has no '# dialog: FILE' header")
        }
        return Transcript(dialogPath: dialog, language: language, width: width, body: Array(lines[index...]), bodyStartLine: index + 1)
    }

    /// Whether a body line is the person's, and what they typed.
    public static func input(in line: String) -> String? {
        if line == ">" || line == "> " { return "" }
        if line.hasPrefix("> ") { return String(line.dropFirst(2)) }
        return nil
    }
}
