extension Condition {
    /// Whether the condition holds for these saved answers. An answer not given makes every
    /// comparison with it false (so `not` of one is true).
    package func holds(for answers: [String: Value]) -> Bool {
        switch self {
        case .truthy(let name): return answers[name.name] == .yes
        case .not(let inner): return !inner.holds(for: answers)
        case .and(let a, let b): return a.holds(for: answers) && b.holds(for: answers)
        case .or(let a, let b): return a.holds(for: answers) || b.holds(for: answers)
        case .compare(let name, let op, let literal):
            guard let value = answers[name.name] else { return false }
            if case .number(let n) = value, case .number(let m) = literal.value {
                switch op {
                case .equal: return n == m
                case .notEqual: return n != m
                case .less: return n < m
                case .lessOrEqual: return n <= m
                case .greater: return n > m
                case .greaterOrEqual: return n >= m
                }
            }
            let same = Self.matches(value, literal.value)
            switch op {
            case .equal: return same
            case .notEqual: return !same
            default: return false
            }
        case .member(let name, let literals, let negated):
            guard let value = answers[name.name] else { return false }
            return literals.contains { Self.matches(value, $0.value) } != negated
        }
    }

    static func matches(_ value: Value, _ literal: Literal.Value) -> Bool {
        switch (value, literal) {
        case (.unknown, .word("unknown")): return true
        case (.yes, .word("yes")), (.no, .word("no")): return true
        case (.choice(let id), .word(let word)): return id == word
        case (.number(let n), .number(let m)): return n == m
        case (.text(let a), .text(let b)): return Words.normalize(a) == Words.normalize(b)
        default: return false
        }
    }

    /// Every number this condition compares `name` with, and how.
    func numberComparisons(of name: String) -> [(Operator, Int)] {
        switch self {
        case .truthy, .member: return []
        case .not(let inner): return inner.numberComparisons(of: name)
        case .and(let a, let b), .or(let a, let b): return a.numberComparisons(of: name) + b.numberComparisons(of: name)
        case .compare(let n, let op, let literal):
            guard n.name == name, case .number(let value) = literal.value else { return [] }
            return [(op, value)]
        }
    }

    /// Every quoted text this condition compares `name` with.
    func textLiterals(of name: String) -> [String] {
        switch self {
        case .truthy: return []
        case .not(let inner): return inner.textLiterals(of: name)
        case .and(let a, let b), .or(let a, let b): return a.textLiterals(of: name) + b.textLiterals(of: name)
        case .compare(let n, _, let literal):
            guard n.name == name, case .text(let text) = literal.value else { return [] }
            return [text]
        case .member(let n, let literals, _):
            guard n.name == name else { return [] }
            return literals.compactMap { if case .text(let text) = $0.value { return text } else { return nil } }
        }
    }
}
