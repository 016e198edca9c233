/// Whether a condition holds: a date answer known only to its year may leave it undecided.
package enum Truth: Sendable, Equatable {
    case yes, no, undecided

    init(_ bool: Bool) { self = bool ? .yes : .no }

    static prefix func ! (t: Truth) -> Truth {
        switch t {
        case .yes: return .no
        case .no: return .yes
        case .undecided: return .undecided
        }
    }
}

extension Condition {
    /// Whether the condition holds for these saved answers, for certain. An answer not given
    /// makes every comparison with it false (so `not` of one is true); an undecided date
    /// comparison makes the rule not hold (see `truth(for:today:)`).
    package func holds(for answers: [String: Value], today: Day? = nil) -> Bool {
        truth(for: answers, today: today) == .yes
    }

    /// Yes, no, or undecided: a date comparison is undecided when it holds for some days the
    /// date answer may be and not for others ("2019 + 2 years <= today" in the middle of 2021),
    /// or when it needs today and there is none. `and`, `or` and `not` follow: false and
    /// undecided is false, true or undecided is true.
    package func truth(for answers: [String: Value], today: Day?) -> Truth {
        switch self {
        case .truthy(let name): return Truth(answers[name.name] == .yes)
        case .not(let inner): return !inner.truth(for: answers, today: today)
        case .and(let a, let b):
            let left = a.truth(for: answers, today: today)
            if left == .no { return .no }
            let right = b.truth(for: answers, today: today)
            if right == .no { return .no }
            return left == .yes && right == .yes ? .yes : .undecided
        case .or(let a, let b):
            let left = a.truth(for: answers, today: today)
            if left == .yes { return .yes }
            let right = b.truth(for: answers, today: today)
            if right == .yes { return .yes }
            return left == .no && right == .no ? .no : .undecided
        case .dates(let a, let op, let b):
            guard let left = a.days(answers, today: today), let right = b.days(answers, today: today) else {
                // An answer not given, or "I don't know": false, as for any comparison.
                if a.isAnswerMissing(answers) || b.isAnswerMissing(answers) { return .no }
                return .undecided
            }
            return Self.compare(left, op, right)
        case .compare(let name, let op, let literal):
            return Truth(Self.compares(answers[name.name], op, literal))
        case .member(let name, let literals, let negated):
            guard let value = answers[name.name] else { return .no }
            return Truth(literals.contains { Self.matches(value, $0.value) } != negated)
        }
    }

    /// How two stretches of days compare: yes when every pair of days does, no when none does.
    static func compare(_ a: ClosedRange<Int>, _ op: Operator, _ b: ClosedRange<Int>) -> Truth {
        switch op {
        case .less: return a.upperBound < b.lowerBound ? .yes : (a.lowerBound >= b.upperBound ? .no : .undecided)
        case .lessOrEqual: return a.upperBound <= b.lowerBound ? .yes : (a.lowerBound > b.upperBound ? .no : .undecided)
        case .greater: return compare(b, .less, a)
        case .greaterOrEqual: return compare(b, .lessOrEqual, a)
        case .equal:
            if a.count == 1, b.count == 1 { return Truth(a == b) }
            return a.overlaps(b) ? .undecided : .no
        case .notEqual: return !compare(a, .equal, b)
        }
    }

    /// A saved answer (nil: not given) compared with a literal.
    static func compares(_ answer: Value?, _ op: Operator, _ literal: Literal) -> Bool {
        guard let value = answer else { return false }
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
        case .truthy, .member, .dates: return []
        case .not(let inner): return inner.numberComparisons(of: name)
        case .and(let a, let b), .or(let a, let b): return a.numberComparisons(of: name) + b.numberComparisons(of: name)
        case .compare(let n, let op, let literal):
            guard n.name == name, case .number(let value) = literal.value else { return [] }
            return [(op, value)]
        }
    }

    /// The months where a comparison of date answer `name` with today or a fixed date turns:
    /// `name + 2 years <= today` turns at the month 24 months before `today`.
    func dateThresholds(of name: String, today: Day) -> [Month] {
        switch self {
        case .truthy, .member, .compare: return []
        case .not(let inner): return inner.dateThresholds(of: name, today: today)
        case .and(let a, let b), .or(let a, let b): return a.dateThresholds(of: name, today: today) + b.dateThresholds(of: name, today: today)
        case .dates(let a, _, let b):
            for (mine, other) in [(a, b), (b, a)] where mine.name?.name == name {
                let at: Month
                switch other.base {
                case .today: at = Month(year: today.year, month: today.month)
                case .fixed(let day, _): at = Month(year: day.year, month: day.month)
                case .answer: return []
                }
                return [at.adding(other.months - mine.months)]
            }
            return []
        }
    }

    /// Every quoted text this condition compares `name` with.
    func textLiterals(of name: String) -> [String] {
        switch self {
        case .truthy, .dates: return []
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

extension Condition.DateTerm {
    /// The days this date may be, as day numbers (see `Day.ordinal`); nil when it reads an
    /// answer not given, not a date, or today with none.
    package func days(_ answers: [String: Value], today: Day?) -> ClosedRange<Int>? {
        switch base {
        case .today:
            guard let today else { return nil }
            let day = today.adding(months: months).ordinal
            return day...day
        case .fixed(let day, _):
            // 2011-10 is its first day: "ended < 2011-10" is "before October 2011".
            let moved = day.adding(months: months).ordinal
            return moved...moved
        case .answer:
            return span(answers, today: today).map(Self.days)
        }
    }

    /// The months this date may be, for showing it in a text: a date answer's, or today's month.
    package func span(_ answers: [String: Value], today: Day?) -> DateSpan? {
        switch base {
        case .today:
            guard let today else { return nil }
            return DateSpan(Month(year: today.year, month: today.month)).adding(months)
        case .fixed(let day, _):
            return DateSpan(Month(year: day.year, month: day.month)).adding(months)
        case .answer(let name):
            guard case .date(let span)? = answers[name.name] else { return nil }
            return span.adding(months)
        }
    }

    static func days(_ span: DateSpan) -> ClosedRange<Int> {
        span.first.firstDay.ordinal...span.last.lastDay.ordinal
    }

    func isAnswerMissing(_ answers: [String: Value]) -> Bool {
        guard case .answer(let name) = base else { return false }
        guard case .date? = answers[name.name] else { return true }
        return false
    }
}
