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
    /// The screen's height in lines, when text longer than a screen is shown a page at a time
    /// (a terminal, or a transcript that asks for it); nil: never paged (pipes, transcripts).
    package var height: Int? {
        didSet { if height != oldValue { repage() } }
    }
    /// What the kiosk's last screen ends with, laid out (and fitted to the screen) with the rest
    /// of it: "When you are done, press Enter", or the offer of a printed handout.
    package var closing = Closing.none
    /// Whether the last screen offered a printed handout (the dialog made one, and the kiosk
    /// has a printer): the next line is the answer.
    package private(set) var offersPrint = false

    package enum Closing: Sendable {
        case none
        case done
        /// Offer a printed handout when the visit made one; else as `done`.
        case offerPrint
    }
    /// The pages of a text too long for the screen, while the person reads them.
    private var reading: Reading?
    /// The pages left for `quit` or `start over` typed below one: a "no" goes back to them.
    private var suspended: Reading?

    struct Reading: Sendable {
        var text: [String]
        var screen: [String]
        var pages: [Range<Int>]
        var index = 0
        /// `help` was typed below page `index`: Enter shows that page again.
        var helped = false
    }

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

    /// Whether a question, or a page of text, waits for a line.
    package var isWaiting: Bool { !conversation.isFinished || reading != nil }

    /// Whether the screen shows a page of a long text (Enter reads on) rather than a question.
    package var isPaging: Bool { reading != nil }

    /// Words Tab may complete to: the question's choices, none on a page.
    package var completions: [String] { reading == nil ? conversation.completions : [] }

    /// What the screen shows first, up to the first prompt.
    package mutating func begin() -> Shown {
        let replies = conversation.start()
        return show(replies, after: "")
    }

    /// What the screen shows after the person's line (the line itself not included).
    package mutating func answer(_ line: String) -> Shown {
        // Pages left for a quit or start over on the line before this one.
        let left = suspended
        suspended = nil
        if reading != nil, let shown = turnPage(line) { return shown }
        // The replies first: a call `after(conversation...)` would hold a copy of this session
        // while the conversation changes, and copy its history on every answer.
        let replies = conversation.handle(line)
        if let pages = left {
            // "No, go on" to quit or start over: back to the page, not to the question after it
            // (the page again says that the visit goes on; a note above it would push its top
            // lines off a full screen).
            if replies.first == .note(conversation.phrasesNow.goingOn) {
                reading = pages
                return page(after: "\n")
            }
        }
        return after(replies)
    }

    /// What the screen shows when the input ends.
    package mutating func endOfInput() -> Shown {
        reading = nil
        suspended = nil
        let replies = conversation.endOfInput()
        return after(replies)
    }

    /// What the screen shows after Ctrl-C.
    package mutating func interrupt() -> Shown {
        reading = nil
        suspended = nil
        let replies = conversation.interrupt()
        return after(replies)
    }

    /// The person's line as shown after the prompt: without control characters or escapes.
    /// An empty answer shows as `>` alone, so no line of screen text ends in a space.
    package static func echo(_ line: String) -> String {
        let shown = ScreenText.sanitize(line)
        return shown.isEmpty ? ">\n" : prompt + shown + "\n"
    }

    mutating func after(_ replies: [Conversation.Reply]) -> Shown {
        show(replies, after: "\n")
    }

    /// Lays out replies (and the kiosk's closing note when the visit has ended) and shows them
    /// whole, or their first page when they are longer than the screen.
    mutating func show(_ replies: [Conversation.Reply], after lead: String) -> Shown {
        var replies = replies
        if conversation.isFinished, !replies.isEmpty {
            let phrases = conversation.phrasesNow
            switch closing {
            case .none: break
            case .offerPrint where conversation.handout != nil:
                offersPrint = true
                replies.append(.note(phrases.askPrint))
            case .done, .offerPrint:
                replies.append(.note(phrases.whenDone))
            }
        }
        guard !replies.isEmpty else { return Shown(text: "", screen: "") }
        let text = renderer.render(replies)
        let screen = screenRenderer?.render(replies) ?? text
        if let height {
            let textLines = Transcript.lines(text)
            let screenLines = Transcript.lines(screen)
            if textLines.count == screenLines.count,
                let pages = Pager.pages(textLines, height: height, promptLines: promptLines)
            {
                reading = Reading(text: textLines, screen: screenLines, pages: pages)
                return page(after: lead)
            }
        }
        return Shown(text: lead + text, screen: lead + screen)
    }

    /// The window changed size while a long text is read: the pages after the one on the screen
    /// are cut again for the new height (the one on the screen stays as it was read).
    mutating func repage() {
        guard var reading, let height, reading.index + 1 < reading.pages.count else { return }
        var rest = reading.pages[reading.index].upperBound
        while rest < reading.text.count, reading.text[rest].isEmpty { rest += 1 }
        let remaining = Array(reading.text[rest...])
        let cut = Pager.pages(remaining, height: height, promptLines: promptLines) ?? [0..<remaining.count]
        reading.pages = Array(reading.pages[...reading.index]) + cut.map { ($0.lowerBound + rest)..<($0.upperBound + rest) }
        self.reading = reading
    }

    /// The lines the page prompt takes at this width, at most (a page number of two digits).
    var promptLines: Int {
        renderer.layout(conversation.phrasesNow.page(99, 99)).count
    }

    /// The page being read; the last one ends the reading, and ends with the question.
    mutating func page(after lead: String) -> Shown {
        guard let reading else { return Shown(text: "", screen: "") }
        let range = reading.pages[reading.index]
        var text = reading.text[range].joined(separator: "\n") + "\n"
        var screen = reading.screen[range].joined(separator: "\n") + "\n"
        if reading.index == reading.pages.count - 1 {
            self.reading = nil
        } else {
            let prompt = renderer.render([.note(conversation.phrasesNow.page(reading.index + 1, reading.pages.count))])
            text += "\n" + prompt
            screen += "\n" + prompt
        }
        return Shown(text: lead + text, screen: lead + screen)
    }

    /// A line typed below a page: Enter (or anything else) reads on, back shows the page before,
    /// repeat the first page, help how to page. Another command, a language's name, or back on
    /// the first page leaves the pages to the conversation (nil), as it would at the question.
    mutating func turnPage(_ line: String) -> Shown? {
        guard var reading else { return nil }
        switch conversation.command(in: line) {
        case (_, .help?):
            // How paging works, and the page's prompt again; Enter then shows this page again
            // (the help may have pushed its first lines off the screen).
            reading.helped = true
            self.reading = reading
            let phrases = conversation.phrasesNow
            let help = "\n" + renderer.render([.note(phrases.pageHelp), .note(phrases.page(reading.index + 1, reading.pages.count))])
            return Shown(text: help, screen: help)
        case (_, .back?) where reading.index > 0:
            reading.index -= 1
        case (_, .repeatQuestion?):
            reading.index = 0
        case (_, .quit?), (_, .startOver?):
            suspended = reading
            self.reading = nil
            return nil
        case (true, _):
            self.reading = nil
            return nil
        default:
            if !reading.helped { reading.index += 1 }
        }
        reading.helped = false
        self.reading = reading
        return page(after: "\n")
    }
}
