/// One visit as screen text: the same text a terminal shows, a pipe receives and a transcript
/// holds, so live runs, recordings and replays cannot drift apart.
///
/// The person's lines appear as `> answer`. A terminal echoes them itself; everything else
/// (pipes, recordings, replays) uses `echo(_:)`.
package struct Session: Sendable {
    package private(set) var conversation: Conversation
    /// Lays out the plain text (transcripts, pipes).
    package var renderer: Renderer
    /// Lays out the screen text when the terminal takes colour; nil when it is the plain text.
    package var screenRenderer: Renderer?

    /// What one step shows: `text` as a transcript holds it, `screen` as a terminal shows it.
    package struct Shown: Sendable, Equatable {
        package var text: String
        package var screen: String
    }

    /// The prompt shown before each answer.
    package static let prompt = "> "

    package init(dialog: Dialog, language: String? = nil, width: Int, color: Bool = false, today: Day? = nil) {
        conversation = Conversation(dialog: dialog, language: language, today: today)
        renderer = Renderer(width: width)
        screenRenderer = color ? Renderer(width: width, color: true) : nil
    }

    /// Re-wraps future output for a new width (the terminal was resized).
    package mutating func setWidth(_ width: Int) {
        renderer.width = max(width, 20)
        screenRenderer?.width = max(width, 20)
    }

    /// Whether a question waits for an answer.
    package var isWaiting: Bool { !conversation.isFinished }

    /// What the screen shows first, up to the first prompt.
    package mutating func begin() -> Shown {
        let replies = conversation.start()
        let text = renderer.render(replies)
        return Shown(text: text, screen: screenRenderer?.render(replies) ?? text)
    }

    /// What the screen shows after the person's line (the line itself not included).
    package mutating func answer(_ line: String) -> Shown {
        // The replies first: a call `after(conversation...)` would hold a copy of this session
        // while the conversation changes, and copy its history on every answer.
        let replies = conversation.handle(line)
        return after(replies)
    }

    /// What the screen shows when the input ends.
    package mutating func endOfInput() -> Shown {
        let replies = conversation.endOfInput()
        return after(replies)
    }

    /// What the screen shows after Ctrl-C.
    package mutating func interrupt() -> Shown {
        let replies = conversation.interrupt()
        return after(replies)
    }

    /// The person's line as shown after the prompt: without control characters or escapes.
    /// An empty answer shows as `>` alone, so no line of screen text ends in a space.
    package static func echo(_ line: String) -> String {
        let shown = ScreenText.sanitize(line)
        return shown.isEmpty ? ">\n" : prompt + shown + "\n"
    }

    func after(_ replies: [Conversation.Reply]) -> Shown {
        guard !replies.isEmpty else { return Shown(text: "", screen: "") }
        let text = "\n" + renderer.render(replies)
        guard let screenRenderer else { return Shown(text: text, screen: text) }
        return Shown(text: text, screen: "\n" + screenRenderer.render(replies))
    }
}
