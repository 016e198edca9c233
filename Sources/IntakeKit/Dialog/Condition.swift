/// A condition in an `if:` rule, over saved answers.
///
/// Grammar (lowest precedence first):
/// ```
/// or         := and ("or" and)*
/// and        := not ("and" not)*
/// not        := "not" not | primary
/// primary    := "(" or ")" | date op date | name [comparison]
/// comparison := op literal | ["not"] "in" "[" literal ("," literal)* "]"
/// op         := "==" | "!=" | "<" | "<=" | ">" | ">="
/// literal    := word | number | "quoted text"
/// date       := (name | "today" | YYYY-MM | YYYY-MM-DD) [("+" | "-") number unit]
/// unit       := "year" | "years" | "month" | "months"
/// ```
/// A bare name is true when a yes/no answer is yes. A date comparison is true only when it
/// holds for every day a date answer may be ("2019" is all of 2019): see `truth(for:today:)`.
package indirect enum Condition: Sendable, Equatable {
    case truthy(Name)
    case compare(Name, Operator, Literal)
    case member(Name, [Literal], negated: Bool)
    /// Two dates compared: `arrest_date + 2 years <= today`.
    case dates(DateTerm, Operator, DateTerm)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)

    package enum Operator: String, Sendable {
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="

        var isOrdering: Bool { self != .equal && self != .notEqual }
    }

    /// A saved answer's name, where it stands in the file.
    package struct Name: Sendable, Equatable {
        package var name: String
        package var location: SourceLocation

        package init(name: String, location: SourceLocation) {
            self.name = name
            self.location = location
        }
    }

    package struct Literal: Sendable, Equatable {
        package enum Value: Sendable, Equatable {
            case word(String)
            case number(Int)
            case text(String)
        }

        package var value: Value
        package var location: SourceLocation

        package init(value: Value, location: SourceLocation) {
            self.value = value
            self.location = location
        }
    }

    /// A date in a condition or a text: a date answer, today or a fixed date, moved by a
    /// number of months ("arrest_date + 2 years" is 24 months after the arrest date).
    package struct DateTerm: Sendable, Equatable {
        package enum Base: Sendable, Equatable {
            case answer(Name)
            case today
            /// `2011-10-01`, or `2011-10`, which is the same day: the month's first.
            case fixed(Day, wholeMonth: Bool)
        }

        package var base: Base
        package var months: Int
        package var location: SourceLocation

        package init(base: Base, months: Int, location: SourceLocation) {
            self.base = base
            self.months = months
            self.location = location
        }

        package var name: Name? {
            if case .answer(let name) = base { return name }
            return nil
        }
    }

    /// Calls `body` with every name the condition reads, in order.
    package func forEachName(_ body: (Name) -> Void) {
        switch self {
        case .truthy(let name), .compare(let name, _, _), .member(let name, _, _): body(name)
        case .dates(let a, _, let b):
            if let name = a.name { body(name) }
            if let name = b.name { body(name) }
        case .not(let inner): inner.forEachName(body)
        case .and(let a, let b), .or(let a, let b):
            a.forEachName(body)
            b.forEachName(body)
        }
    }

    /// Every name the condition reads, in order.
    package var names: [Name] {
        var names: [Name] = []
        forEachName { names.append($0) }
        return names
    }
}

extension Condition {
    /// Parses a date written alone, as in a text's `{arrest_date + 2 years}`; nil when
    /// `source` is a plain name (no date arithmetic and not `today`).
    package static func parseDate(_ source: String, at location: SourceLocation) throws(ConditionSyntaxError) -> DateTerm? {
        var parser = ConditionParser(tokens: try ConditionLexer.tokens(source, at: location), start: location)
        guard parser.tokens.count > 1 || parser.tokens.first?.kind == .date || parser.isKeyword("today", parser.tokens.first) else { return nil }
        let term = try parser.parseDate()
        if let extra = parser.peek {
            throw ConditionSyntaxError(message: "unexpected '\(extra.text)' after the date", location: extra.location)
        }
        return term
    }
}

/// A condition that does not parse: the message and where.
package struct ConditionSyntaxError: Error, Sendable {
    package var message: String
    package var location: SourceLocation
}

extension Condition {
    /// The most `and`, `or`, `not` and `(` one condition may have. The parser, and every walk
    /// of a condition after it, recurses once per level; with this bound no condition, however
    /// written, can take them deeper than a few hundred calls. Real conditions have a handful.
    package static let maximumOperators = 64

    /// Parses `source`, which starts at `location` in the file.
    package static func parse(_ source: String, at location: SourceLocation) throws(ConditionSyntaxError) -> Condition {
        var parser = ConditionParser(tokens: try ConditionLexer.tokens(source, at: location), start: location)
        try parser.checkSize()
        let condition = try parser.parseOr()
        if let extra = parser.peek {
            throw ConditionSyntaxError(message: "unexpected '\(extra.text)' after the end of the condition", location: extra.location)
        }
        return condition
    }
}

/// A token: its kind, its text (a quoted text's without its quotes) and where it starts.
private struct Token {
    enum Kind: Equatable { case word, number, text, symbol, date }
    var kind: Kind
    var text: String
    var location: SourceLocation
    /// Its length on the line, in Unicode scalars (with the quotes of a quoted text).
    var width: Int
}

/// Splits a condition into tokens. Columns count Unicode scalars, as libyaml's do.
private enum ConditionLexer {
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic }

    static func tokens(_ source: String, at start: SourceLocation) throws(ConditionSyntaxError) -> [Token] {
        let scalars = Array(source.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func location(_ index: Int) -> SourceLocation { SourceLocation(line: start.line, column: start.column + index) }
        func append(_ kind: Token.Kind, _ range: Range<Int>, width: Int? = nil) {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[range])
            tokens.append(
                Token(
                    kind: kind, text: text, location: location(kind == .text ? range.lowerBound - 1 : range.lowerBound), width: width ?? range.count))
        }
        while i < scalars.count {
            let c = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            let begin = i
            if c == " " || c == "\t" || c == "\n" {
                i += 1
            } else if isLetter(c) {
                while i < scalars.count, isLetter(scalars[i]) || isDigit(scalars[i]) { i += 1 }
                append(.word, begin..<i)
            } else if let length = dateLength(scalars, at: i) {
                i += length
                append(.date, begin..<i)
            } else if isDigit(c) || (c == "-" && next.map(isDigit) == true && !(tokens.last.map(endsOperand) ?? false)) {
                i += 1
                while i < scalars.count, isDigit(scalars[i]) { i += 1 }
                append(.number, begin..<i)
            } else if c == "\"" || c == "'" {
                i += 1
                while i < scalars.count, scalars[i] != c { i += 1 }
                guard i < scalars.count else { throw ConditionSyntaxError(message: "the quoted text is not closed", location: location(begin)) }
                append(.text, (begin + 1)..<i, width: i + 1 - begin)
                i += 1
            } else if next == "=", c == "=" || c == "!" || c == "<" || c == ">" {
                i += 2
                append(.symbol, begin..<i)
            } else if "<>()[],+-".unicodeScalars.contains(c) {
                i += 1
                append(.symbol, begin..<i)
            } else if c == "=" {
                throw ConditionSyntaxError(message: "use '==' to compare, not '='", location: location(begin))
            } else {
                throw ConditionSyntaxError(message: "unexpected character '\(c)'", location: location(begin))
            }
        }
        return tokens
    }

    /// Whether a "-" after this token subtracts (after a name, a number or a date) rather than
    /// starting a negative number.
    static func endsOperand(_ token: Token) -> Bool {
        token.kind == .word || token.kind == .date || (token.kind == .symbol && token.text == ")")
    }

    /// The length of a date written YYYY-MM or YYYY-MM-DD at `i`, if one starts there.
    static func dateLength(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        func digits(_ from: Int, _ count: Int) -> Bool {
            from + count <= s.count && (from..<(from + count)).allSatisfy { isDigit(s[$0]) }
        }
        func endsAt(_ j: Int) -> Bool { j == s.count || !(isDigit(s[j]) || isLetter(s[j])) }
        guard digits(i, 4), i + 4 < s.count, s[i + 4] == "-", digits(i + 5, 2) else { return nil }
        if i + 7 < s.count, s[i + 7] == "-", digits(i + 8, 2), endsAt(i + 10) { return 10 }
        return endsAt(i + 7) ? 7 : nil
    }
}

private struct ConditionParser {
    let tokens: [Token]
    var index = 0
    /// Where errors at the condition's end point: after its last token.
    let end: SourceLocation

    init(tokens: [Token], start: SourceLocation) {
        self.tokens = tokens
        end = tokens.last.map { SourceLocation(line: $0.location.line, column: $0.location.column + $0.width) } ?? start
    }

    var peek: Token? { index < tokens.count ? tokens[index] : nil }

    /// Refuses a condition with more than `Condition.maximumOperators` operators, before
    /// parsing it, at the first operator past the limit.
    func checkSize() throws(ConditionSyntaxError) {
        var operators = 0
        for token in tokens where isKeyword("and", token) || isKeyword("or", token) || isKeyword("not", token) || isSymbol("(", token) {
            operators += 1
            if operators > Condition.maximumOperators {
                throw ConditionSyntaxError(
                    message: "the condition has more than \(Condition.maximumOperators) of 'and', 'or', 'not' and '('; split it over several rules",
                    location: token.location)
            }
        }
    }

    func isKeyword(_ word: String, _ token: Token?) -> Bool {
        token?.kind == .word && token?.text == word
    }

    func isSymbol(_ symbol: String, _ token: Token?) -> Bool {
        token?.kind == .symbol && token?.text == symbol
    }

    mutating func next(_ expecting: String) throws(ConditionSyntaxError) -> Token {
        guard let token = peek else {
            throw ConditionSyntaxError(message: "the condition ends where \(expecting) was expected", location: end)
        }
        index += 1
        return token
    }

    mutating func expectSymbol(_ symbol: String) throws(ConditionSyntaxError) {
        let token = try next("'\(symbol)'")
        guard isSymbol(symbol, token) else {
            throw ConditionSyntaxError(message: "expected '\(symbol)' but found '\(token.text)'", location: token.location)
        }
    }

    mutating func parseOr() throws(ConditionSyntaxError) -> Condition {
        var left = try parseAnd()
        while isKeyword("or", peek) {
            index += 1
            left = .or(left, try parseAnd())
        }
        return left
    }

    mutating func parseAnd() throws(ConditionSyntaxError) -> Condition {
        var left = try parseNot()
        while isKeyword("and", peek) {
            index += 1
            left = .and(left, try parseNot())
        }
        return left
    }

    mutating func parseNot() throws(ConditionSyntaxError) -> Condition {
        if isKeyword("not", peek) {
            index += 1
            return .not(try parseNot())
        }
        return try parsePrimary()
    }

    func isReserved(_ token: Token) -> Bool {
        token.kind == .word && ["and", "or", "not", "in", "today"].contains(token.text)
    }

    /// Whether a date starts at the next token: today, a fixed date, or a name with "+" or
    /// "-" after it.
    var dateAhead: Bool {
        guard let token = peek else { return false }
        if token.kind == .date || isKeyword("today", token) { return true }
        guard token.kind == .word, !isReserved(token), index + 1 < tokens.count else { return false }
        let after = tokens[index + 1]
        return isSymbol("+", after) || isSymbol("-", after) || (after.kind == .number && after.text.hasPrefix("-"))
    }

    mutating func parseDate() throws(ConditionSyntaxError) -> Condition.DateTerm {
        let token = try next("a date")
        let base: Condition.DateTerm.Base
        switch token.kind {
        case .date:
            let wholeMonth = token.text.count == 7
            guard let day = Day(wholeMonth ? token.text + "-01" : token.text) else {
                throw ConditionSyntaxError(message: "'\(token.text)' is not a date (write it as YYYY-MM or YYYY-MM-DD)", location: token.location)
            }
            base = .fixed(day, wholeMonth: wholeMonth)
        case .word where isKeyword("today", token):
            base = .today
        case .word where !isReserved(token):
            base = .answer(Condition.Name(name: token.text, location: token.location))
        default:
            throw ConditionSyntaxError(message: "expected a date but found '\(token.text)'", location: token.location)
        }
        var months = 0
        var sign = 0
        if isSymbol("+", peek) || isSymbol("-", peek) {
            sign = peek!.text == "+" ? 1 : -1
            index += 1
        } else if let number = peek, number.kind == .number, number.text.hasPrefix("-") {
            sign = 1  // "today -2 years": the number carries its sign
        }
        if sign != 0 {
            let number = try next("a number of years or months")
            guard number.kind == .number, let count = Int(number.text), abs(count) <= 1200 else {
                throw ConditionSyntaxError(message: "expected a number of years or months but found '\(number.text)'", location: number.location)
            }
            let unit = try next("'years' or 'months'")
            switch unit.text {
            case "year", "years": months = sign * count * 12
            case "month", "months": months = sign * count
            default:
                throw ConditionSyntaxError(message: "expected 'years' or 'months' but found '\(unit.text)'", location: unit.location)
            }
        }
        return Condition.DateTerm(base: base, months: months, location: token.location)
    }

    /// The comparison a symbol token stands for, if any.
    func comparison(_ token: Token) -> Condition.Operator? {
        token.kind == .symbol ? Condition.Operator(rawValue: token.text) : nil
    }

    mutating func parsePrimary() throws(ConditionSyntaxError) -> Condition {
        if dateAhead {
            let left = try parseDate()
            let op = try next("a comparison such as <=")
            guard let comparison = comparison(op) else {
                throw ConditionSyntaxError(message: "expected a comparison such as <= after the date but found '\(op.text)'", location: op.location)
            }
            return .dates(left, comparison, try parseDate())
        }
        let token = try next("a saved answer's name")
        if isSymbol("(", token) {
            let inner = try parseOr()
            try expectSymbol(")")
            return inner
        }
        guard token.kind == .word, !isReserved(token) else {
            throw ConditionSyntaxError(message: "expected a saved answer's name but found '\(token.text)'", location: token.location)
        }
        let name = Condition.Name(name: token.text, location: token.location)

        if let op = peek, let comparison = comparison(op) {
            index += 1
            if dateAhead {
                return .dates(Condition.DateTerm(base: .answer(name), months: 0, location: name.location), comparison, try parseDate())
            }
            return .compare(name, comparison, try parseLiteral())
        }
        var negated = false
        if isKeyword("not", peek), index + 1 < tokens.count, isKeyword("in", tokens[index + 1]) {
            negated = true
            index += 1
        }
        if isKeyword("in", peek) {
            index += 1
            try expectSymbol("[")
            var list = [try parseLiteral()]
            while isSymbol(",", peek) {
                index += 1
                list.append(try parseLiteral())
            }
            try expectSymbol("]")
            return .member(name, list, negated: negated)
        }
        return .truthy(name)
    }

    mutating func parseLiteral() throws(ConditionSyntaxError) -> Condition.Literal {
        let token = try next("a value")
        switch token.kind {
        case .word where !isReserved(token):
            return .init(value: .word(token.text), location: token.location)
        case .number:
            guard let number = Int(token.text) else {
                throw ConditionSyntaxError(message: "the number '\(token.text)' is too large", location: token.location)
            }
            return .init(value: .number(number), location: token.location)
        case .text:
            return .init(value: .text(token.text), location: token.location)
        default:
            throw ConditionSyntaxError(message: "expected a value but found '\(token.text)'", location: token.location)
        }
    }
}
