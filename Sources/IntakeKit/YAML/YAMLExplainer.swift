/// Says what to do about the YAML mistakes dialog authors make most, in plain words and at the
/// place to fix. libyaml still finds every error; this only explains the common ones (its own
/// words follow in brackets), and leaves any other error as libyaml gave it.
package enum YAMLExplainer {
    /// Characters that YAML reads as syntax when a plain value starts with them.
    static let specialStarts: Set<Character> = ["*", "&", "!", "%", "@", "`", "[", "{", "-", "?", ">", "|", "\"", "'", "#", ","]

    package static func explain(_ error: YAMLError, source: String) -> YAMLError {
        guard error.fromLibYAML else { return error }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.droppingTrailingCarriageReturn) }
        let problem = error.message
        func line(_ number: Int) -> String? { number >= 1 && number <= lines.count ? lines[number - 1] : nil }
        func explained(_ text: String, line: Int, column: Int) -> YAMLError {
            YAMLError(message: "\(text) [YAML: \(problem)]", location: SourceLocation(line: line, column: column))
        }

        // A tab in the indentation, anywhere up to the error.
        if problem.contains("tab") || problem.contains("cannot start any token") {
            for number in 1...max(1, min(error.location.line, lines.count)) {
                guard let text = line(number) else { break }
                let indent = text.prefix { $0 == " " || $0 == "\t" }
                if let tab = indent.firstIndex(of: "\t") {
                    return explained(
                        "this line is indented with a tab; use spaces, not a tab (YAML counts only spaces)", line: number,
                        column: text.distance(from: text.startIndex, to: tab) + 1)
                }
            }
        }

        // `key: value` on the error's line (or the line the error's context names).
        let candidates = [error.location.line, contextLine(problem)].compactMap { $0 }
        for number in candidates {
            guard let text = line(number), let (key, valueColumn) = keyAndValue(text) else { continue }
            let value = String(text.dropFirst(valueColumn - 1))
            guard let first = value.first else { continue }
            if first == "\"" || first == "'", !value.dropFirst().contains(first) {
                return explained(
                    "this text starts with a quote mark (\(first)) but does not end with one; end it with \(first), or put the whole text in the other kind of quotes",
                    line: number, column: valueColumn)
            }
            if specialStarts.contains(first), first != "\"", first != "'", first != "|", first != ">" {
                return explained(
                    "a text that starts with '\(first)' must be in quotes: \(key): \"\(value.replacingQuotes())\"", line: number,
                    column: valueColumn)
            }
            if problem.contains("mapping values are not allowed"), number == error.location.line,
                let colon = value.firstRange(of: ": "), !value.hasPrefix("\"")
            {
                let before = value[..<colon.lowerBound]
                return explained(
                    "this text has ': ' in it (after '\(before.suffix(20))'), which YAML reads as a new key; put the whole text in quotes: \(key): \"\(value.replacingQuotes())\"",
                    line: number, column: valueColumn)
            }
        }

        // Indentation that does not line up: the error's line against the line before it.
        if problem.contains("mapping values are not allowed") || problem.contains("did not find expected key")
            || problem.contains("did not find expected '-'")
        {
            let here = error.location.line
            if let text = line(here), let previous = (1..<max(1, here)).reversed().first(where: { !(line($0) ?? "").allSatisfy(\.isWhitespace) }),
                let previousText = line(previous)
            {
                let indent = text.prefix { $0 == " " }.count
                let previousIndent = previousText.prefix { $0 == " " }.count
                let opensBlock = previousText.droppingTrailingSpaces().hasSuffix(":")
                if indent != previousIndent, !opensBlock || indent < previousIndent {
                    let step = indentStep(lines)
                    // The line whose indent is off the file's step is the one to move; else this one.
                    let (wrong, other, where_) =
                        previousIndent % step != 0 && indent % step == 0
                        ? (previous, here, "below") : (here, previous, "above")
                    let wrongText = line(wrong) ?? ""
                    let otherText = line(other) ?? ""
                    let wrongIndent = wrongText.prefix { $0 == " " }.count
                    let otherIndent = otherText.prefix { $0 == " " }.count
                    let otherKey = keyAndValue(otherText)?.key ?? otherText.trimmingSpaces()
                    return explained(
                        "this line is indented \(wrongIndent) spaces; the key \(where_) it, '\(otherKey)', is at \(otherIndent): line them up",
                        line: wrong, column: wrongIndent + 1)
                }
            }
        }
        return error
    }

    /// "(while parsing a block mapping at line 5)" → 5.
    static func contextLine(_ problem: String) -> Int? {
        guard let range = problem.ranges(of: " at line ").last else { return nil }
        return Int(problem[range.upperBound...].prefix { $0.isNumber })
    }

    /// `  key: value` → ("key", the value's column); nil for a line that is not one.
    static func keyAndValue(_ line: String) -> (key: String, valueColumn: Int)? {
        var rest = Substring(line)
        rest = rest.drop { $0 == " " }
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        let key = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard !key.isEmpty, rest.dropFirst(key.count).hasPrefix(": ") else { return nil }
        let afterColon = rest.dropFirst(key.count + 2)
        let value = afterColon.drop { $0 == " " }
        guard !value.isEmpty else { return nil }
        return (String(key), line.distance(from: line.startIndex, to: value.startIndex) + 1)
    }

    /// The file's indentation step: the smallest indent of a line that has one (usually 2).
    static func indentStep(_ lines: [String]) -> Int {
        let indents = lines.map { $0.prefix { $0 == " " }.count }.filter { $0 > 0 }
        return max(indents.min() ?? 2, 1)
    }

    /// Plain text values where ` #` starts a comment, so the text shown stops before it: the
    /// places, with the text as YAML reads it. `textKeys`: the keys whose values are texts.
    package static func textsCutByComments(_ source: String, textKeys: Set<String>) -> [(location: SourceLocation, kept: String)] {
        var found: [(SourceLocation, String)] = []
        for (index, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw.droppingTrailingCarriageReturn)
            guard let (key, column) = keyAndValue(line), textKeys.contains(key) else { continue }
            let value = line.dropFirst(column - 1)
            guard let first = value.first, !specialStarts.contains(first), let hash = value.firstRange(of: " #") else { continue }
            found.append(
                (
                    SourceLocation(line: index + 1, column: line.distance(from: line.startIndex, to: hash.lowerBound) + 2),
                    String(value[..<hash.lowerBound])
                ))
        }
        return found
    }
}

extension StringProtocol {
    var droppingTrailingCarriageReturn: SubSequence { hasSuffix("\r") ? dropLast() : self[...] }

    /// Double quotes inside a text, escaped for a double-quoted YAML string.
    func replacingQuotes() -> String {
        String(self).split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\\\"")
    }
}
