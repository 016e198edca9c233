/// Reads a number answer: digits or words ("sixteen", "treinta y dos", "sixten"), with the
/// units and times that go with it where the question says what it counts (see
/// `Dialog.NumberUnit`).
struct NumberReader {
    enum Reading: Equatable {
        /// A number as typed.
        case number(Int)
        /// A number read from looser words: a unit turned into years ("six months": 0), a
        /// calendar year ("in 2015"), "about 30", a misspelled number word. `range` holds
        /// every value the words could mean; `hedged` says the person was not sure.
        case estimate(Int, range: ClosedRange<Int>, hedged: Bool)
        /// Two different numbers that could each be the answer ("3 or 4 years").
        case several
        /// An age now, to a question about the age then ("I'm 40 now").
        case ageNow
        /// A calendar year, to an age question.
        case yearNotAge
        case none
    }

    /// One number in the answer and what stands around it.
    struct Mention {
        var value: Double
        /// The unit after it, in days ("years": 365), if any.
        var days: Int?
        /// A calendar year (1900 to 2999, four digits, no unit).
        var isYear = false
        /// An age: "when I was 19", "19 years old", "tengo 40". `now` says which.
        var isAge = false
        var now = false
        /// "less than a year"
        var lessThan = false
        /// A time ago: "10 years ago", "hace 10 años".
        var isAgo = false
        /// "a few months": `value` is a guess.
        var few = false
        /// A misspelled number word.
        var misspelled = false
    }

    let unit: Dialog.NumberUnit
    let vocabulary: Vocabulary
    let today: Day?

    func read(_ utterance: Utterance) -> Reading {
        let hedged = utterance.hedged || utterance.approximate
        let mentions = utterance.clauses.flatMap { self.mentions(in: Utterance.tokens(of: $0)) }
        switch unit {
        case .count: return readCount(mentions, hedged: hedged)
        case .age: return readAge(mentions, hedged: hedged)
        }
    }

    func readCount(_ mentions: [Mention], hedged: Bool) -> Reading {
        let values = Set(mentions.map { Int($0.value) })
        guard let value = values.first else { return .none }
        if values.count > 1 { return .several }
        return finish(value, hedged: hedged, misspelled: mentions.contains { $0.misspelled })
    }

    func readAge(_ mentions: [Mention], hedged: Bool) -> Reading {
        let ages = mentions.filter { !$0.isYear && !$0.isAgo && ($0.days == nil || $0.days == 365 || $0.isAge) }
        let then = Set(ages.filter { !$0.now }.map { Int($0.value) })
        if let value = then.first {
            if then.count > 1 { return .several }
            return finish(value, hedged: hedged, misspelled: ages.contains { $0.misspelled }, margin: 2)
        }
        // "I'm 35, it was 10 years ago": 24 or 25 then.
        if let now = ages.first(where: \.now), let ago = mentions.first(where: { $0.isAgo && ($0.days ?? 365) == 365 }) {
            let age = Int(now.value) - Int(ago.value)
            if age >= 0 { return .estimate(age, range: Swift.max(0, age - 1)...age, hedged: true) }
        }
        if ages.contains(where: \.now) { return .ageNow }
        return mentions.contains(where: \.isYear) ? .yearNotAge : .none
    }

    /// A plain number, or an estimate when the person hedged ("about 30") or misspelled it.
    func finish(_ value: Int, hedged: Bool, misspelled: Bool, margin: Int? = nil) -> Reading {
        guard hedged || misspelled else { return .number(value) }
        let spread = hedged ? (margin ?? Swift.max(1, value / 10)) : 2
        return .estimate(value, range: Swift.max(0, value - spread)...(value + spread), hedged: true)
    }

    // MARK: - Finding numbers

    func mentions(in tokens: [String]) -> [Mention] {
        let v = vocabulary
        var mentions: [Mention] = []
        var index = 0
        // Last year, this year: a calendar year; their words are not read again.
        var tokens = tokens
        for (runs, back) in [(v.lastYear, 1), (v.thisYear, 0)] {
            for run in runs.sorted(by: { $0.count > $1.count }) {
                while let start = Words.firstIndex(of: run, in: tokens) {
                    mentions.append(Mention(value: Double((today?.year ?? 2000) - back), isYear: true))
                    tokens.replaceSubrange(start..<(start + run.count), with: ["\u{1}"])
                }
            }
        }
        while index < tokens.count {
            let start = index
            guard let found = number(at: index, tokens) else {
                // "a year", "año y medio": a unit with no number before it counts one.
                if let days = v.durations[tokens[index]], index == 0 || v.one.contains(tokens[index - 1]) || v.ago.contains(tokens[index - 1]) {
                    var mention = Mention(value: 1, days: days)
                    if index + 2 < tokens.count, v.joiners.contains(tokens[index + 1]) || tokens[index + 1] == "a",
                        v.halves.contains(tokens[index + 2]) || (index + 3 < tokens.count && v.halves.contains(tokens[index + 3]))
                    {
                        mention.value = 1.5
                    }
                    mention.lessThan = lessThan(before: index, tokens)
                    mentions.append(mention)
                } else if v.few.contains(tokens[index]), index + 1 < tokens.count, let days = v.durations[tokens[index + 1]] {
                    mentions.append(Mention(value: 3, days: days, few: true))
                    index += 1
                }
                index += 1
                continue
            }
            var value = found.value
            index += found.length
            // "and a half", "y medio"
            if index + 1 < tokens.count, v.joiners.contains(tokens[index]) {
                if v.halves.contains(tokens[index + 1]) {
                    value += 0.5
                    index += 2
                } else if index + 2 < tokens.count, tokens[index + 1] == "a", v.halves.contains(tokens[index + 2]) {
                    value += 0.5
                    index += 3
                }
            }
            var mention = Mention(value: value, misspelled: found.misspelled)
            let digits = tokens[start]
            if found.length == 1, digits.count == 4, Words.leadingDigits(digits).map({ String($0) == digits }) == true, value >= 1900 {
                mention.isYear = true
            }
            if index < tokens.count, let days = v.durations[tokens[index]] {
                mention.days = days
                mention.isYear = false
                index += 1
                // "and a half" after the unit: "a year and a half"
                if index + 2 < tokens.count, v.joiners.contains(tokens[index]), tokens[index + 1] == "a", v.halves.contains(tokens[index + 2]) {
                    mention.value += 0.5
                    index += 3
                } else if index + 1 < tokens.count, v.joiners.contains(tokens[index]), v.halves.contains(tokens[index + 1]) {
                    mention.value += 0.5
                    index += 2
                }
            }
            if digits.hasSuffix("yo"), Words.leadingDigits(digits) != nil { mention.isAge = true }
            if index < tokens.count, v.old.contains(tokens[index]) { mention.isAge = true }
            mention.lessThan = lessThan(before: start, tokens)
            let agoNear =
                (start > 0 && v.ago.contains(tokens[start - 1])) || (index < tokens.count && v.ago.contains(tokens[index]))
                || (start > 1 && v.ago.contains(tokens[start - 2]))
            mention.isAgo = agoNear && !mention.isYear
            if !mention.isYear, !agoNear, let marker = ageMarker(before: start, tokens) {
                mention.isAge = true
                mention.now = marker
            } else if mention.isAge, let marker = ageMarker(before: start, tokens) ?? ageMarker(after: index, tokens) {
                mention.now = marker
            } else if !mention.isYear, !agoNear, mention.days == nil, let marker = ageMarker(after: index, tokens) {
                mention.isAge = true
                mention.now = marker
            }
            mentions.append(mention)
        }
        return mentions
    }

    /// Whether "less than" stands just before `index` (an article may come between).
    func lessThan(before index: Int, _ tokens: [String]) -> Bool {
        vocabulary.lessThan.contains { run in
            for gap in 0...1 where index - gap - run.count >= 0 {
                if tokens[(index - gap - run.count)..<(index - gap)].elementsEqual(run) { return true }
            }
            return false
        }
    }

    /// An age word just before a number ("I was 19", "tengo 40", "when I was 19"): true for
    /// an age now. Only small words may stand between.
    func ageMarker(before index: Int, _ tokens: [String]) -> Bool? {
        var j = index - 1
        while j >= 0 {
            let token = tokens[j]
            if vocabulary.ageNow.contains(token) { return true }
            if vocabulary.ageThen.contains(token) { return false }
            guard vocabulary.filler.contains(token), index - j < 3 else { return nil }
            j -= 1
        }
        return nil
    }

    /// An age word just after ("40 now").
    func ageMarker(after index: Int, _ tokens: [String]) -> Bool? {
        guard index < tokens.count else { return nil }
        if vocabulary.ageNow.contains(tokens[index]) && !vocabulary.filler.contains(tokens[index]) { return true }
        return nil
    }

    /// The number that starts at `index`: digits, number words ("one hundred and five",
    /// "treinta y dos"), or a misspelled number word.
    func number(at index: Int, _ tokens: [String]) -> (value: Double, misspelled: Bool, length: Int)? {
        let v = vocabulary
        // Past a trillion a number is out of any range all the same; capped, it cannot overflow.
        let cap = 1_000_000_000_000
        if let digits = Words.leadingDigits(tokens[index]) { return (Double(Swift.min(digits, cap)), false, 1) }
        var current: Int?
        var hasUnits = false
        var misspelled = false
        var end = index
        var i = index
        while i < tokens.count {
            let token = tokens[i]
            let (word, typo) = i == index ? numberWord(token) : (v.units[token] ?? v.tens[token], false)
            if v.thousands.contains(token) {
                guard (current ?? 1) < 1000 else { break }
                current = (current ?? 1) * 1000
                hasUnits = false
            } else if v.hundreds.contains(token) {
                guard (current ?? 1) < cap else { break }
                current = (current ?? 1) * 100
                hasUnits = false
            } else if let value = word, value >= 20, value % 10 == 0, v.tens.values.contains(value) || typo {
                guard current == nil || (current! >= 100 && current! % 100 == 0) else { break }
                current = (current ?? 0) + value
                hasUnits = false
            } else if let value = word {
                if let c = current {
                    guard !hasUnits, c > 0, c % 10 == 0, c % 100 != 0 || value > 0, value < 10 || c % 100 == 0 else { break }
                    current = c + value
                } else {
                    current = value
                }
                hasUnits = true
            } else if v.joiners.contains(token), current != nil {
                i += 1
                continue
            } else {
                break
            }
            misspelled = misspelled || typo
            i += 1
            end = i
        }
        guard let value = current else { return nil }
        return (Double(value), misspelled, end - index)
    }

    /// A number word, a run-together one ("twentyone"), or a misspelling of one ("sixten").
    func numberWord(_ token: String) -> (Int?, Bool) {
        let v = vocabulary
        if let unit = v.units[token] { return (unit, false) }
        if let ten = v.tens[token] { return (ten, false) }
        for (word, ten) in v.tens where token.hasPrefix(word) {
            if let unit = v.units[String(token.dropFirst(word.count))], unit > 0, unit < 10 { return (ten + unit, false) }
        }
        guard token.count >= 5, !v.filler.contains(token), !v.durations.keys.contains(token) else { return (nil, false) }
        let allowed = token.count >= 8 ? 2 : 1
        let candidates = (v.units.map { ($0.key, $0.value) } + v.tens.map { ($0.key, $0.value) })
            .filter { $0.0.count >= 5 && editDistance(token, $0.0, limit: allowed) <= allowed }
        let values = Set(candidates.map(\.1))
        return values.count == 1 ? (values.first, true) : (nil, false)
    }
}
