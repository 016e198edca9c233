/// One problem found in a dialog or transcript file, located and named after the rule it breaks.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    /// The rules `intake check` enforces. Each raw value names a broken fixture under
    /// Tests/IntakeKitTests/Fixtures/Invalid that proves the rule fires.
    public enum Rule: String, Sendable, CaseIterable {
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
        case saveMustKeepOneType = "Save-MustKeepOneType"
        case conditionMustParse = "Condition-MustParse"
        case conditionMustUseSavedAnswer = "Condition-MustUseSavedAnswer"
        case conditionMustUseKnownChoice = "Condition-MustUseKnownChoice"
        case conditionMustCompareLikeTypes = "Condition-MustCompareLikeTypes"
        case textMustHaveEveryLanguage = "Text-MustHaveEveryLanguage"
        case textPlaceholderMustBeSaved = "Text-PlaceholderMustBeSaved"
        case textMustBeEasyToRead = "Text-MustBeEasyToRead"
        /// Found by `intake paths`, not `intake check`: see `PathExplorer`.
        case pathsMustEndWell = "Paths-MustEndWell"
    }

    public var file: String
    public var location: SourceLocation
    public var severity: Severity
    public var rule: Rule
    public var message: String

    public init(file: String, location: SourceLocation, severity: Severity = .error, rule: Rule, message: String) {
        self.file = file
        self.location = location
        self.severity = severity
        self.rule = rule
        self.message = message
    }

    /// `file:line:column: error: message`, as compilers print it.
    public var description: String {
        "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }
}

extension [Diagnostic] {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// In file order, so a report reads top to bottom.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            (a.element.file, a.element.location.line, a.element.location.column, a.offset)
                < (b.element.file, b.element.location.line, b.element.location.column, b.offset)
        }.map(\.element)
    }
}

extension Diagnostic {
    /// The message, then the source line and a caret under the column, as compilers show it.
    public func rendered(source: String?) -> String {
        guard let source else { return description }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= lines.count else { return description }
        let line = ScreenText.sanitize(String(lines[location.line - 1]).replacingTabs(), trim: false)
        let caretColumn = min(max(location.column - 1, 0), line.count)
        return description + "\n    " + line + "\n    " + String(repeating: " ", count: caretColumn) + "^"
    }
}

extension String {
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
