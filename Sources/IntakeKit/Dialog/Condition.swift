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
        var source = source
        // withUTF8 cannot pass a typed error through; it is carried out in a Result.
        let result = source.withUTF8 { bytes -> Result<Condition, ConditionSyntaxError> in
            do throws(ConditionSyntaxError) {
                // A token takes at least one byte: room for as many tokens as bytes, on the stack.
                return try withUnsafeTemporaryAllocation(of: Token.self, capacity: bytes.count + 1) { (room) throws(ConditionSyntaxError) in
                    let count = try ConditionLexer.tokens(bytes, at: location, into: room)
                    var parser = ConditionParser(bytes: bytes, tokens: UnsafeBufferPointer(rebasing: room[..<count]), start: location)
                    try parser.checkSize()
                    let condition = try parser.parseOr()
                    if let extra = parser.peek {
                        throw ConditionSyntaxError(
                            message: "unexpected '\(parser.text(extra))' after the end of the condition", location: extra.location)
                    }
                    return .success(condition)
                }
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// A token: its kind and where its bytes are; its text is made only when needed.
private struct Token {
    enum Kind: Equatable { case word, number, text, symbol }
    var kind: Kind
    /// The token's bytes (inside the quotes, for a text).
    var range: Range<Int>
    var location: SourceLocation
}

/// Splits a condition into tokens, reading its UTF-8 bytes: ASCII by byte-range tests, and only
/// letters of other alphabets through the Unicode tables (loading a 10,000-node dialog lexes
/// 10,000 conditions). Columns count Unicode scalars, as libyaml's do.
private enum ConditionLexer {
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Writes the tokens into `tokens` (room for one a byte) and returns how many there are.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, at start: SourceLocation, into tokens: UnsafeMutableBufferPointer<Token>)
        throws(ConditionSyntaxError) -> Int
    {
        var ascii = true
        for byte in bytes where byte >= 0x80 {
            ascii = false
            break
        }
        var count = 0
        func append(_ token: Token) {
            tokens.initializeElement(at: count, to: token)
            count += 1
        }
        var i = 0
        func location(_ index: Int) -> SourceLocation {
            var scalars = index
            if !ascii { scalars = bytes[..<index].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
            return SourceLocation(line: start.line, column: start.column + scalars)
        }
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        /// The length in bytes of the letter at `index`, or 0 if there is none.
        func letter(at index: Int) -> Int {
            let byte = bytes[index]
            if byte < 0x80 {
                return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F ? 1 : 0
            }
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            guard let scalar = text(index..<end).unicodeScalars.first, scalar.properties.isAlphabetic else { return 0 }
            return end - index
        }
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x20 || c == 0x09 || c == 0x0A {
                i += 1
                continue
            }
            let begin = i
            let next = i + 1 < bytes.count ? bytes[i + 1] : 0
            if letter(at: i) > 0 {
                while i < bytes.count {
                    if isDigit(bytes[i]) {
                        i += 1
                        continue
                    }
                    let length = letter(at: i)
                    if length == 0 { break }
                    i += length
                }
                append(Token(kind: .word, range: begin..<i, location: location(begin)))
            } else if isDigit(c) || (c == UInt8(ascii: "-") && isDigit(next)) {
                i += 1
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
                append(Token(kind: .number, range: begin..<i, location: location(begin)))
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                i += 1
                while i < bytes.count, bytes[i] != c { i += 1 }
                guard i < bytes.count else {
                    throw ConditionSyntaxError(message: "the quoted text is not closed", location: location(begin))
                }
                append(Token(kind: .text, range: (begin + 1)..<i, location: location(begin)))
                i += 1
            } else if next == UInt8(ascii: "="), c == UInt8(ascii: "=") || c == UInt8(ascii: "!") || c == UInt8(ascii: "<") || c == UInt8(ascii: ">")
            {
                append(Token(kind: .symbol, range: i..<(i + 2), location: location(begin)))
                i += 2
            } else if "<>()[],".utf8.contains(c) {
                append(Token(kind: .symbol, range: i..<(i + 1), location: location(begin)))
                i += 1
            } else if c == UInt8(ascii: "=") {
                throw ConditionSyntaxError(message: "use '==' to compare, not '='", location: location(begin))
            } else {
                var end = i + 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                throw ConditionSyntaxError(message: "unexpected character '\(text(i..<end))'", location: location(begin))
            }
        }
        return count
    }
}

private struct ConditionParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeBufferPointer<Token>
    var index = 0
    /// Where errors at the condition's end point: after its last token.
    let end: SourceLocation

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, start: SourceLocation) {
        self.bytes = bytes
        self.tokens = tokens
        end =
            tokens.last.map { token in
                let length = bytes[token.range].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
                return SourceLocation(line: token.location.line, column: token.location.column + length + (token.kind == .text ? 2 : 0))
            } ?? start
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

    /// A token's text as written (a text token's without its quotes).
    func text(_ token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
    }

    /// Whether the token's bytes are `word` (ASCII).
    func its(_ token: Token, _ word: StaticString) -> Bool {
        guard token.range.count == word.utf8CodeUnitCount else { return false }
        let expected = word.utf8Start
        for offset in 0..<token.range.count where bytes[token.range.lowerBound + offset] != expected[offset] { return false }
        return true
    }

    func isKeyword(_ word: StaticString, _ token: Token?) -> Bool {
        guard let token, token.kind == .word else { return false }
        return its(token, word)
    }

    func isSymbol(_ symbol: StaticString, _ token: Token?) -> Bool {
        guard let token, token.kind == .symbol else { return false }
        return its(token, symbol)
    }

    mutating func next(_ expecting: String) throws(ConditionSyntaxError) -> Token {
        guard let token = peek else {
            throw ConditionSyntaxError(message: "the condition ends where \(expecting) was expected", location: end)
        }
        index += 1
        return token
    }

    mutating func expectSymbol(_ symbol: StaticString) throws(ConditionSyntaxError) {
        let token = try next("'\(symbol)'")
        guard isSymbol(symbol, token) else {
            throw ConditionSyntaxError(message: "expected '\(symbol)' but found '\(text(token))'", location: token.location)
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
        token.kind == .word && (its(token, "and") || its(token, "or") || its(token, "not") || its(token, "in"))
    }

    /// The comparison a symbol token stands for, if any.
    func comparison(_ token: Token) -> Condition.Operator? {
        guard token.kind == .symbol else { return nil }
        let first = bytes[token.range.lowerBound]
        if token.range.count == 2 {
            switch first {
            case UInt8(ascii: "="): return .equal
            case UInt8(ascii: "!"): return .notEqual
            case UInt8(ascii: "<"): return .lessOrEqual
            case UInt8(ascii: ">"): return .greaterOrEqual
            default: return nil
            }
        }
        switch first {
        case UInt8(ascii: "<"): return .less
        case UInt8(ascii: ">"): return .greater
        default: return nil
        }
    }

    mutating func parsePrimary() throws(ConditionSyntaxError) -> Condition {
        let token = try next("a saved answer's name")
        if isSymbol("(", token) {
            let inner = try parseOr()
            try expectSymbol(")")
            return inner
        }
        guard token.kind == .word, !isReserved(token) else {
            throw ConditionSyntaxError(message: "expected a saved answer's name but found '\(text(token))'", location: token.location)
        }
        let name = Condition.Name(name: text(token), location: token.location)

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
            return .init(value: .word(text(token)), location: token.location)
        case .number:
            guard let number = Int(text(token)) else {
                throw ConditionSyntaxError(message: "the number '\(text(token))' is too large", location: token.location)
            }
            return .init(value: .number(number), location: token.location)
        case .text:
            return .init(value: .text(text(token)), location: token.location)
        default:
            throw ConditionSyntaxError(message: "expected a value but found '\(text(token))'", location: token.location)
        }
    }
}
