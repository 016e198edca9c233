/// A recorded conversation: a header that makes it reproducible, then exactly what the screen
/// showed, with the person's lines marked `> `. Replaying one is a test.
package struct Transcript: Sendable {
    /// The header: which dialog, language and width, and the day the visit took place (answers
    /// such as "in 2015" are counted from it; without it they are asked again).
    package var dialogPath: String
    package var language: String?
    package var width: Int
    package var date: Day?
    /// The screen's height, when the visit was shown a page at a time (`# height:`); without
    /// it nothing is paged.
    package var height: Int?
    /// The file line of the body's first line.
    package var bodyStartLine: Int

    /// The body as one text, each line without trailing spaces and ending in a newline: what a
    /// replay must produce. Kept whole: a replay that matches never splits it into lines.
    package private(set) var expectedText: String
    /// The person's lines, each with its offset from the body's first line.
    package private(set) var inputs: [(offset: Int, text: String)]

    /// The body, one element per line, without the newline.
    package var body: [String] {
        get { Self.lines(expectedText) }
        set { (expectedText, inputs) = Self.digest(newValue.joined(separator: "\n")[...]) }
    }

    static func lines(_ text: String) -> [String] {
        var lines = text.fastSplit(0x0A).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The expected text (each line without trailing spaces, each ending in a newline) and
    /// the marked lines of a body.
    static func digest(_ body: Substring) -> (String, [(offset: Int, text: String)]) {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var inputs: [(offset: Int, text: String)] = []
        for (offset, line) in lines.enumerated() {
            if let input = input(in: line) { inputs.append((offset, input)) }
        }
        let text = lines.map { $0.droppingTrailingSpaces() + "\n" }.joined()
        return (text, inputs)
    }

    /// Marks a line on which the input ended (Ctrl-D, a closed pipe).
    package static let endOfInputMarker = "(end of input)"
    /// Marks a Ctrl-C at a terminal.
    package static let interruptMarker = "(Ctrl-C)"
    package static let defaultWidth = 72

    package init(dialogPath: String, language: String?, width: Int, body: [String], bodyStartLine: Int = 4) {
        self.dialogPath = dialogPath
        self.language = language
        self.width = width
        self.bodyStartLine = bodyStartLine
        (expectedText, inputs) = Self.digest(body.joined(separator: "\n")[...])
    }

    init(dialogPath: String, language: String?, width: Int, bodyText: Substring, bodyStartLine: Int) {
        self.dialogPath = dialogPath
        self.language = language
        self.width = width
        self.bodyStartLine = bodyStartLine
        (expectedText, inputs) = Self.digest(bodyText)
    }

    /// A problem with the transcript file itself: `file:line: error: message`.
    package struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
        package var file: String
        package var line: Int
        package var message: String

        package init(file: String, line: Int, message: String) {
            self.file = file
            self.line = line
            self.message = message
        }

        package var description: String { "\(file):\(line): error: \(message)" }
    }

    /// The header lines for a recording. Without `language`, the replay starts by offering the
    /// dialog's languages, as the live session did.
    package static func header(dialogPath: String, language: String?, width: Int, height: Int? = nil, date: Day? = nil) -> String {
        "# dialog: \(dialogPath)\n" + (language.map { "# lang: \($0)\n" } ?? "") + "# width: \(width)\n"
            + (height.map { "# height: \($0)\n" } ?? "") + (date.map { "# date: \($0)\n" } ?? "")
    }

    /// The whole file text.
    package var text: String {
        Self.header(dialogPath: dialogPath, language: language, width: width, height: height, date: date)
            + body.map { $0 + "\n" }.joined()
    }

    /// Reads a transcript file's text.
    package static func parse(_ text: String, file: String) throws(FormatError) -> Transcript {
        var dialog: String?
        var language: String?
        var width = defaultWidth
        var date: Day?
        var height: Int?
        var lineNumber = 0
        var seen: Set<String> = []
        var rest = Substring(text)
        // The header: "# key: value" lines at the top.
        while rest.utf8.first == UInt8(ascii: "#") {
            lineNumber += 1
            let end = rest.utf8.firstIndex(of: 0x0A) ?? rest.endIndex
            let line = rest[rest.startIndex..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
            let content = line.dropFirst().trimmingSpaces()
            guard let colon = content.firstIndex(of: ":") else {
                throw FormatError(file: file, line: lineNumber, message: "a header line must read '# key: value'")
            }
            let key = content[..<colon].trimmingSpaces()
            let value = content[content.index(after: colon)...].trimmingSpaces()
            guard seen.insert(key).inserted else {
                throw FormatError(file: file, line: lineNumber, message: "a second '\(key)' header; each header key may appear once")
            }
            switch key {
            case "dialog": dialog = value
            case "lang": language = value
            case "width":
                guard let number = Int(value), (20...500).contains(number) else {
                    throw FormatError(file: file, line: lineNumber, message: "width must be a whole number from 20 to 500, not '\(value)'")
                }
                width = number
            case "height":
                guard let number = Int(value), (Pager.smallestHeight...500).contains(number) else {
                    throw FormatError(
                        file: file, line: lineNumber, message: "height must be a whole number from \(Pager.smallestHeight) to 500, not '\(value)'")
                }
                height = number
            case "date":
                guard let day = Day(String(value)) else {
                    throw FormatError(
                        file: file, line: lineNumber, message: "date must be a day written YYYY-MM-DD, such as 2026-11-15, not '\(value)'")
                }
                date = day
            default:
                throw FormatError(
                    file: file, line: lineNumber, message: "unknown header key '\(key)' (expected dialog, lang, width, height or date)")
            }
        }
        guard let dialog, !dialog.isEmpty else {
            throw FormatError(file: file, line: 1, message: "the transcript has no '# dialog: FILE' header")
        }
        var transcript = Transcript(dialogPath: dialog, language: language, width: width, bodyText: rest, bodyStartLine: lineNumber + 1)
        transcript.date = date
        transcript.height = height
        return transcript
    }

    /// Whether a body line is the person's, and what they typed.
    package static func input(in line: some StringProtocol) -> String? {
        if line == ">" || line == "> " { return "" }
        if line.hasPrefix("> ") { return String(line.dropFirst(2)) }
        return nil
    }
}
