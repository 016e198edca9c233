/// Lines of a dialog text shown only when a condition holds:
///
///     What may fit: a dismissal under Penal Code 1203.4.
///     {if dui == yes}
///     For a DUI, the judge decides.
///     {else}
///     The court must grant it if you qualify.
///     {end}
///
/// `{if CONDITION}`, `{else}` and `{end}` each stand alone on a line; the condition is written
/// as in `next:` rules. Blocks may nest. A condition that is undecided (a date known only to its
/// year) counts as false, as a rule's does.
package enum ConditionalText {
    /// A directive line's condition, or nil for `{else}` and `{end}`.
    enum Directive: Equatable {
        case open(String)
        case otherwise
        case close
    }

    static func directive(_ line: Substring) -> Directive? {
        let trimmed = line.trimmingSpaces()
        guard trimmed.hasPrefix("{"), trimmed.hasSuffix("}") else { return nil }
        let inner = trimmed.dropFirst().dropLast().trimmingSpaces()
        if inner == "else" { return .otherwise }
        if inner == "end" { return .close }
        if inner.hasPrefix("if ") { return .open(inner.dropFirst(3).trimmingSpaces()) }
        return nil
    }

    /// Whether a text has any directive (most texts have none and are left alone).
    package static func hasDirectives(_ text: String) -> Bool {
        text.contains("{if ") && text.split(separator: "\n", omittingEmptySubsequences: false).contains { directive($0) != nil }
    }

    /// The text without its directive lines and without the lines whose conditions do not
    /// hold. `holds` is asked once per `{if}` that is reached.
    package static func select(_ text: String, holds: (String) -> Bool) -> String {
        var shown: [Substring] = []
        // One entry per open block: whether its current branch shows, and whether the
        // block's surroundings show.
        var stack: [(showing: Bool, outer: Bool)] = []
        var visible: Bool { stack.last.map { $0.showing && $0.outer } ?? true }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            switch directive(line) {
            case .open(let source)?:
                let outer = visible
                stack.append((outer && holds(source), outer))
            case .otherwise?:
                if let last = stack.popLast() { stack.append((!last.showing, last.outer)) }
            case .close?:
                _ = stack.popLast()
            case nil:
                if visible { shown.append(line) }
            }
        }
        return shown.joined(separator: "\n")
    }

    /// The text with its directive lines taken out and every branch kept: what `check` reads
    /// for placeholders and reading level.
    package static func everyBranch(_ text: String) -> String {
        guard hasDirectives(text) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).filter { directive($0) == nil }.joined(separator: "\n")
    }

    /// Each `{if}` condition with its line (0-based, within the text), and the lines where the
    /// blocks do not pair up, with what is wrong.
    package static func outline(_ text: String) -> (conditions: [(source: String, line: Int)], problems: [(message: String, line: Int)]) {
        var conditions: [(String, Int)] = []
        var problems: [(String, Int)] = []
        var open: [(line: Int, hasElse: Bool)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            switch directive(line) {
            case .open(let source)?:
                conditions.append((source, index))
                open.append((index, false))
            case .otherwise?:
                if open.isEmpty {
                    problems.append(("'{else}' with no '{if ...}' before it", index))
                } else if open[open.count - 1].hasElse {
                    problems.append(("a second '{else}' in one '{if ...}'", index))
                } else {
                    open[open.count - 1].hasElse = true
                }
            case .close?:
                if open.popLast() == nil { problems.append(("'{end}' with no '{if ...}' before it", index)) }
            case nil:
                continue
            }
        }
        for block in open { problems.append(("'{if ...}' with no '{end}' after it", block.line)) }
        return (conditions, problems)
    }
}
