/// A condition in an `if:` rule, over saved answers.
///
/// Grammar (lowest precedence first):
/// ```
/// or         := and ("or" and)*
/// and        := not ("and" not)*
/// not        := "not" not | primary
/// primary    := "(" or ")" | name [comparison]
/// comparison := ("==" | "!=" | "<" | "<=" | ">" | ">=") literal
///             | ["not"] "in" "[" literal ("," literal)* "]"
/// literal    := word | number | "quoted text"
/// ```
/// A bare name is true when a yes/no answer is yes.
package indirect enum Condition: Sendable, Equatable {
    case truthy(Name)
    case compare(Name, Operator, Literal)
    case member(Name, [Literal], negated: Bool)
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

    /// Calls `body` with every name the condition reads, in order.
    package func forEachName(_ body: (Name) -> Void) {
        switch self {
        case .truthy(let name), .compare(let name, _, _), .member(let name, _, _): body(name)
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
    enum Kind: Equatable { case word, number, text, symbol }
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
            } else if isDigit(c) || (c == "-" && next.map(isDigit) == true) {
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
            } else if "<>()[],".unicodeScalars.contains(c) {
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
        token.kind == .word && ["and", "or", "not", "in"].contains(token.text)
    }

    /// The comparison a symbol token stands for, if any.
    func comparison(_ token: Token) -> Condition.Operator? {
        token.kind == .symbol ? Condition.Operator(rawValue: token.text) : nil
    }

    mutating func parsePrimary() throws(ConditionSyntaxError) -> Condition {
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
