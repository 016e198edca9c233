/// Lays replies out as lines of text for a width: wrapped paragraphs, hanging list items,
/// numbered choices. Optional bold for questions on a colour terminal.
package struct Renderer: Sendable {
    package var width: Int
    package var color: Bool
    package init(width: Int, color: Bool = false) {
        self.width = max(width, 20)
        self.color = color
    }

    /// The replies as text: blocks separated by one blank line, ending with a newline.
    package func render(_ replies: [Conversation.Reply]) -> String {
        replies.isEmpty ? "" : replies.map(block).joined(separator: "\n\n") + "\n"
    }

    func block(_ reply: Conversation.Reply) -> String {
        switch reply {
        case .text(let text), .outcome(let text):
            return layout(text).joined(separator: "\n")
        case .note(let note):
            return layout(note).joined(separator: "\n")
        case .question(let text, let choices):
            var lines = layout(text)
            if color { lines = lines.map { $0.isEmpty ? $0 : "\u{1B}[1m\($0)\u{1B}[0m" } }
            for (index, label) in choices.enumerated() {
                let number = "  \(index + 1)) "
                lines += ScreenText.wrap(ScreenText.sanitize(label), width: width, first: number, rest: String(repeating: " ", count: number.count))
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Paragraphs are separated by blank lines; consecutive lines join into one paragraph,
    /// except list items (`- `, `* `, `1. `), which keep their own lines and a hanging indent.
    func layout(_ text: String) -> [String] {
        var lines: [String] = []
        var paragraph: [String] = []
        var marker = ""
        func flush() {
            guard !paragraph.isEmpty else { return }
            let indent = String(repeating: " ", count: ScreenText.width(marker))
            lines += ScreenText.wrap(paragraph.joined(separator: " "), width: width, first: marker, rest: indent)
            paragraph = []
            marker = ""
        }
        for raw in text.fastSplit(0x0A) {
            // Never a control character from a dialog text on the screen (check refuses them;
            // this is the second line of defence): sanitize drops them and escape sequences.
            let line = ScreenText.sanitize(String(raw))
            if line.isEmpty {
                flush()
                if lines.last != "" && !lines.isEmpty { lines.append("") }
                continue
            }
            if let itemMarker = Self.listMarker(line) {
                flush()
                marker = itemMarker
                paragraph = [String(line.dropFirst(itemMarker.count))]
                continue
            }
            paragraph.append(line)
        }
        flush()
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// `- `, `* ` or `12. ` at the start of a line.
    static func listMarker(_ line: String) -> String? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return String(line.prefix(2)) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 2, line.dropFirst(digits.count).hasPrefix(". ") {
            return String(line.prefix(digits.count + 2))
        }
        return nil
    }
}
