import Testing

@testable import IntakeKit

/// Long text on a small screen: where pages break, and what Enter, back, repeat and help do.
@Suite struct PagingTests {
    /// Paragraphs of `size` lines each, separated by blank lines.
    static func paragraphs(_ sizes: [Int]) -> [String] {
        var lines: [String] = []
        for (number, size) in sizes.enumerated() {
            if !lines.isEmpty { lines.append("") }
            lines.append("Paragraph \(number + 1) begins here.")
            lines += Array(repeating: "and goes on", count: size - 1)
        }
        return lines
    }

    @Test func textThatFitsIsNotPaged() {
        #expect(Pager.pages(Self.paragraphs([5, 5]), height: 24, promptLines: 1) == nil)
        // 23 lines and the prompt line fill a 24-line screen exactly.
        #expect(Pager.pages(Array(repeating: "x", count: 23), height: 24, promptLines: 1) == nil)
        #expect(Pager.pages(Array(repeating: "x", count: 24), height: 24, promptLines: 1) != nil)
    }

    @Test func aScreenTooSmallToPageIsNotPaged() {
        #expect(Pager.pages(Array(repeating: "x", count: 100), height: Pager.smallestHeight - 1, promptLines: 1) == nil)
    }

    @Test func pagesBreakBetweenParagraphsAndFitTheScreen() throws {
        let lines = Self.paragraphs([6, 6, 6, 6, 6])  // 34 lines
        let pages = try #require(Pager.pages(lines, height: 15, promptLines: 2))
        // A page but the last holds at most 15 - 1 (input) - 1 (blank) - 2 (prompt) = 11 lines.
        for page in pages.dropLast() { #expect(page.count <= 11) }
        #expect(pages.last!.count <= 14)
        for page in pages {
            #expect(lines[page.lowerBound].hasPrefix("Paragraph"), "a page starts with a paragraph")
            #expect(!lines[page.upperBound - 1].isEmpty, "a page does not end with a blank line")
        }
        // Nothing is lost or shown twice: pages follow each other, and skip only blank lines.
        for (page, next) in zip(pages, pages.dropFirst()) {
            #expect(lines[page.upperBound..<next.lowerBound].allSatisfy { $0.isEmpty })
        }
        #expect(pages.first?.lowerBound == 0 && pages.last?.upperBound == lines.count)
    }

    @Test func aListBreaksBetweenItemsNotInsideOne() throws {
        var lines = ["Things to know:"]
        for number in 1...8 { lines += ["- Item \(number) is long", "  and wraps"] }
        let pages = try #require(Pager.pages(lines, height: 10, promptLines: 1))
        for page in pages.dropFirst() { #expect(lines[page.lowerBound].hasPrefix("- Item")) }
    }

    @Test func aLeadInLineStaysWithWhatItIntroduces() throws {
        // The lead-in "You will need:" would fit at the foot of the first page; it moves on.
        let lines = ["One", "two", "three", "", "You will need:", "- a form", "- a fee", "- a date", "- a court"]
        let pages = try #require(Pager.pages(lines, height: Pager.smallestHeight, promptLines: 1))
        #expect(pages.first == 0..<3)
        #expect(lines[pages[1].lowerBound] == "You will need:")
    }

    @Test func aParagraphLongerThanAPageIsCutWhereItMust() throws {
        let lines = Self.paragraphs([30])
        let pages = try #require(Pager.pages(lines, height: 12, promptLines: 1))
        #expect(pages.flatMap { Array($0) } == Array(0..<30))
    }

    static let dialog = """
        id: long
        start: ready
        nodes:
          ready:
            ask: Ready?
            answer: yes_no
            next: intro
          intro:
            say: |
              Line one of a long text that goes on.

              Line two of a long text that goes on.

              Line three of a long text that goes on.

              Line four of a long text that goes on.

              Line five of a long text that goes on.

              Line six of a long text that goes on.
            next: done
          done:
            ask: Are you done?
            answer: yes_no
            next: bye
          bye:
            outcome: Goodbye.
        """

    static func session(height: Int?) throws -> Session {
        let dialog = try #require(DialogLoader.load(bytes: Array(Self.dialog.utf8), file: "long.yaml").dialog)
        var session = Session(dialog: dialog, width: 72)
        session.height = height
        return session
    }

    @Test func enterBackRepeatAndHelpOnPages() throws {
        var session = try Self.session(height: Pager.smallestHeight)
        _ = session.begin()
        let first = session.answer("yes").text
        #expect(first.hasPrefix("\nLine one"))
        #expect(first.contains("Page 1 of "))
        #expect(!first.contains("Type back"), "the first page has no page before it")
        #expect(session.isPaging && session.completions.isEmpty)

        let second = session.answer("").text
        #expect(second.contains("Line four") && second.contains("Page 2 of ") && second.contains("Type back"))
        #expect(session.answer("back").text.contains("Line one"))
        #expect(session.answer("no").text.contains("Line four"), "an answer typed on a page reads on")
        #expect(session.answer("repeat").text.contains("Line one"))

        let help = session.answer("help").text
        #expect(help.contains("longer than the screen") && help.contains("Page 1 of "))
        #expect(session.answer("").text.contains("Line one"), "after help, Enter shows the same page")

        var last = ""
        while session.isPaging { last = session.answer("").text }
        #expect(last.contains("Are you done?") && !last.contains("Page "))
        #expect(session.completions == ["Yes", "No"])
    }

    @Test func backOnTheFirstPageGoesToTheQuestionBefore() throws {
        var session = try Self.session(height: Pager.smallestHeight)
        _ = session.begin()
        #expect(session.answer("yes").text.contains("Page 1 of "))
        let back = session.answer("back").text
        #expect(back.contains("Ready?") && !session.isPaging)
    }

    @Test func withoutAHeightNothingIsPaged() throws {
        var session = try Self.session(height: nil)
        _ = session.begin()
        let text = session.answer("yes").text
        #expect(text.contains("Line six") && text.contains("Are you done?") && !text.contains("Page "))
    }
}

@Suite struct RepagingTests {
    @Test func aResizeCutsTheRemainingPagesAgainAndLosesNoLine() throws {
        var session = try PagingTests.session(height: Pager.smallestHeight)
        _ = session.begin()
        var seen = session.answer("yes").text
        session.height = 40  // the window grew: the rest fits on one page with the question
        seen += session.answer("").text
        #expect(!session.isPaging)
        for number in ["one", "two", "three", "four", "five", "six"] { #expect(seen.contains("Line \(number)")) }
        #expect(seen.contains("Are you done?"))
    }
}

@Suite struct QuitOnAPageTests {
    @Test func noToQuitGoesBackToThePage() throws {
        var session = try PagingTests.session(height: Pager.smallestHeight)
        _ = session.begin()
        let page = session.answer("yes").text
        #expect(session.answer("quit").text.contains("Do you want to stop now?"))
        let back = session.answer("no").text
        #expect(session.isPaging && back.contains("Page 1 of ") && back.contains("Line one"))
        #expect(page.hasSuffix(back.dropFirst()) || back.contains("Line one"))
        #expect(session.answer("quit").text.contains("Do you want to stop now?"))
        _ = session.answer("yes")
        #expect(!session.isWaiting)
    }
}
