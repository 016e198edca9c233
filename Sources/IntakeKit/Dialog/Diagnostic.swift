/// One problem found in a dialog or transcript file, located and named after the rule it breaks.
package struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    package enum Severity: String, Sendable {
        case error
        case warning
    }

    /// The rules `intake check` enforces. Each raw value names a broken fixture under
    /// Tests/IntakeKitTests/Fixtures/Invalid that proves the rule fires.
    package enum Rule: String, Sendable, CaseIterable {
        case yamlMustParse = "YAML-MustParse"
        case keyMustBeKnown = "Key-MustBeKnown"
        case keyMustBeUnique = "Key-MustBeUnique"
        case keyMustFitNodeKind = "Key-MustFitNodeKind"
        case valueMustHaveRightShape = "Value-MustHaveRightShape"
        case dialogMustHaveRequiredKeys = "Dialog-MustHaveRequiredKeys"
        case startMustNameANode = "Start-MustNameANode"
        case nodeMustHaveOneKind = "Node-MustHaveOneKind"
        case nodeMustBeReachable = "Node-MustBeReachable"
        case nodeMustLeadOn = "Node-MustLeadOn"
        case nextMustNameAnExistingNode = "Next-MustNameAnExistingNode"
        case rulesMustEndWithFallback = "Rules-MustEndWithFallback"
        case questionMustHaveAnswer = "Question-MustHaveAnswer"
        case questionShouldHaveHelp = "Question-ShouldHaveHelp"
        case numberRangeMustBeOrdered = "Number-RangeMustBeOrdered"
        case choiceIdMustBeUnique = "Choice-IdMustBeUnique"
        case choiceWordsMustMatch = "Choice-WordsMustMatch"
        case saveMustKeepOneType = "Save-MustKeepOneType"
        case conditionMustParse = "Condition-MustParse"
        case conditionMustUseSavedAnswer = "Condition-MustUseSavedAnswer"
        case conditionMustUseKnownChoice = "Condition-MustUseKnownChoice"
        case conditionMustCompareLikeTypes = "Condition-MustCompareLikeTypes"
        case textMustHaveEveryLanguage = "Text-MustHaveEveryLanguage"
        case translationMustBeCurrent = "Translation-MustBeCurrent"
        case textPlaceholderMustBeSaved = "Text-PlaceholderMustBeSaved"
        case textPlaceholderShouldFitTheSentence = "Text-PlaceholderShouldFitTheSentence"
        case textMustBeEasyToRead = "Text-MustBeEasyToRead"
        case textMustHaveNoControlCharacters = "Text-MustHaveNoControlCharacters"
        case textMustNotBeCutByComment = "Text-MustNotBeCutByComment"
        case summaryMustNotShowSummaries = "Summary-MustNotShowSummaries"
        /// Found by `intake paths`, not `intake check`: see `PathExplorer`.
        case pathsMustEndWell = "Paths-MustEndWell"
    }

    package var file: String
    package var location: SourceLocation
    package var severity: Severity
    package var rule: Rule
    package var message: String

    package init(file: String, location: SourceLocation, severity: Severity = .error, rule: Rule, message: String) {
        self.file = file
        self.location = location
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    /// `file:line:column: error: message`, as compilers print it. Control characters (from a
    /// hostile file's keys or names) are shown escaped, never sent to the terminal, and a
    /// message that quotes a huge piece of the file is cut.
    package var description: String {
        Self.printable("\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)", limit: Self.maximumMessageLength)
    }

    /// Longest message shown, in characters.
    package static let maximumMessageLength = 400

    /// `text` with control characters escaped as `\u{1B}`, cut to `limit` characters.
    static func printable(_ text: String, limit: Int) -> String {
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit {
                out += "…"
                break
            }
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }
}

extension [Diagnostic] {
    package var hasErrors: Bool { contains { $0.severity == .error } }

    /// In file order, so a report reads top to bottom.
    package func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            (a.element.file, a.element.location.line, a.element.location.column, a.offset)
                < (b.element.file, b.element.location.line, b.element.location.column, b.offset)
        }.map(\.element)
    }
}

extension Diagnostic {
    /// The message, then the source line and a caret under the column, as compilers show it.
    package func rendered(source: String?) -> String {
        [self].rendered(source: source)
    }

    /// The source line, cut to a window of this many characters around the caret.
    static let sourceWindow = 100

    /// The message, then `line` (the source line it points into, if any) and a caret.
    func rendered(line: Substring?) -> String {
        guard let line else { return description }
        var shown = ScreenText.sanitize(String(line).replacingTabs(), trim: false)
        var caretColumn = min(max(location.column - 1, 0), shown.count)
        if shown.count > Self.sourceWindow {
            // A window around the caret, so a megabyte-long line prints as one screen line.
            let start = max(0, min(caretColumn - Self.sourceWindow / 2, shown.count - Self.sourceWindow))
            let window = shown.dropFirst(start).prefix(Self.sourceWindow)
            shown = (start > 0 ? "…" : "") + window + (start + Self.sourceWindow < shown.count ? "…" : "")
            caretColumn = caretColumn - start + (start > 0 ? 1 : 0)
        }
        return description + "\n    " + shown + "\n    " + String(repeating: " ", count: caretColumn) + "^"
    }
}

extension [Diagnostic] {
    /// Most messages printed for one file; the rest are counted.
    package static let maximumShown = 100

    /// Each message with its source line and caret, at most `maximumShown` of them and then
    /// "and N more". The source is split into lines once, not once per message.
    package func rendered(source: String?) -> String {
        let lines = source?.split(separator: "\n", omittingEmptySubsequences: false)
        var out = prefix(Self.maximumShown).map { diagnostic in
            let number = diagnostic.location.line
            let line = lines.flatMap { number >= 1 && number <= $0.count ? $0[number - 1] : nil }
            return diagnostic.rendered(line: line)
        }
        if count > Self.maximumShown {
            out.append("... and \(count - Self.maximumShown) more")
        }
        return out.joined(separator: "\n")
    }
}

extension String {
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
