/// Cuts laid-out lines into pages that fit a screen, at paragraph and list-item boundaries
/// where it can, so that nothing scrolls away before the person has read it.
///
/// Every page but the last leaves room below it for a blank line, the page prompt and the
/// prompt line; the last page leaves room for the prompt line only (it ends with the question).
package enum Pager {
    /// Below this many lines a screen is too small to page sensibly; nothing is paged.
    package static let smallestHeight = 8

    /// The pages of `lines` for a screen `height` lines high, as ranges of `lines`, or nil when
    /// all of it fits (or the screen is too small to page). `promptLines`: how many lines the
    /// page prompt takes when wrapped.
    package static func pages(_ lines: [String], height: Int, promptLines: Int) -> [Range<Int>]? {
        let lastCapacity = height - 1
        let capacity = height - 2 - promptLines
        guard height >= smallestHeight, capacity >= 3, lines.count > lastCapacity else { return nil }
        var pages: [Range<Int>] = []
        var start = 0
        while start < lines.count {
            if lines.count - start <= lastCapacity {
                pages.append(start..<lines.count)
                break
            }
            let end = breakPoint(lines, from: start, limit: start + capacity)
            pages.append(start..<trimmed(lines, start, end))
            start = end
            while start < lines.count, lines[start].isEmpty { start += 1 }
        }
        return pages
    }

    /// Where the page that starts at `start` ends (exclusive), at most at `limit`: the last
    /// paragraph or list-item boundary that does not leave a lead-in line ("You may need:") at
    /// the foot of the page; else the last boundary of any kind; else `limit`, cutting a
    /// paragraph too long for a page.
    static func breakPoint(_ lines: [String], from start: Int, limit: Int) -> Int {
        var anyBoundary: Int?
        var index = limit
        while index > start {
            if startsUnit(lines, at: index) {
                if !endsWithLeadIn(lines, before: index) { return index }
                if anyBoundary == nil { anyBoundary = index }
            }
            index -= 1
        }
        return anyBoundary ?? limit
    }

    /// Whether a paragraph, list item or block ends just before `index`: at a blank line, a
    /// line after a blank line, or a list item (`- `, `1. `). Wrapped lines of an item and a
    /// question's choices are indented, so they never start one.
    static func startsUnit(_ lines: [String], at index: Int) -> Bool {
        guard index < lines.count else { return true }
        let line = lines[index]
        guard let first = line.first else { return true }
        return first != " " && (lines[index - 1].isEmpty || Renderer.listMarker(line) != nil)
    }

    /// Whether the last non-blank line before `index` introduces what follows (ends in a colon).
    static func endsWithLeadIn(_ lines: [String], before index: Int) -> Bool {
        lines[..<index].last { !$0.isEmpty }?.hasSuffix(":") ?? false
    }

    /// `end`, less the blank lines just before it.
    static func trimmed(_ lines: [String], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start + 1, lines[end - 1].isEmpty { end -= 1 }
        return end
    }
}
