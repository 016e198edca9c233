/// Reads a date answer: a month and year ("March 2024", "3/2024", "marzo de 2024"), a year
/// alone ("2019", "last year", "dos mil diecinueve"), or a time ago ("about six months ago",
/// "hace dos años"). A year alone is the whole year (see `DateSpan`); a time ago is the month
/// it points to, read loosely, so that it is said back where it matters.
struct DateReader {
    enum Reading: Equatable {
        /// `loose`: counted back from today, a two-digit year, a day and month that could be
        /// the other way round, a misspelled month, or a hedge ("I think 2019").
        case date(DateSpan, loose: Bool)
        /// Two different dates ("2019 or 2020").
        case several
        /// A date after today.
        case future
        /// A month with no year ("in March").
        case needsYear
        /// An age ("when I was 19"): the year cannot be told from it.
        case age
        /// A date counted from today, or this year, with no today to count from.
        case needsToday
        case none
    }

    let vocabulary: Vocabulary
    let today: Day?
    /// Whether 3/4/2024 is the 3rd of April (Spanish) rather than March 4th.
    let dayFirst: Bool
    /// Whether the date may be after today ("When will your parole end?"): then a time with
    /// no "ago" ("in 6 months", "6 months") is counted ahead.
    var future = false

    /// English writes the month first (3/4/2024 is March); the other languages the day.
    init(vocabulary: Vocabulary, today: Day?, language: String, future: Bool) {
        self.vocabulary = vocabulary
        self.today = today
        dayFirst = language != "en"
        self.future = future
    }

    /// The earliest year taken: older answers are mistakes.
    static let firstYear = 1900

    func read(_ input: String, _ utterance: Utterance) -> Reading {
        var found: [(span: DateSpan, loose: Bool)] = []
        var rest = ""
        numericDates(in: input, into: &found, rest: &rest)
        var tokens = Words.tokens(rest)
        var needsToday = false
        var needsYear = false

        func add(_ span: DateSpan, loose: Bool) { found.append((span, loose)) }
        // This month, last month, this year, last year: counted from today.
        let runs: [([[String]], Int, Bool)] = [
            (vocabulary.lastMonth, -1, false), (vocabulary.thisMonth, 0, false), (vocabulary.lastYear, -12, true), (vocabulary.thisYear, 0, true),
            (vocabulary.nextMonth, 1, false), (vocabulary.nextYear, 12, true),
        ]
        for (phrases, back, wholeYear) in runs {
            for run in phrases.sorted(by: { $0.count > $1.count }) {
                while let start = Words.firstIndex(of: run, in: tokens) {
                    tokens.replaceSubrange(start..<(start + run.count), with: ["\u{1}"])
                    guard let now = thisMonth else {
                        needsToday = true
                        continue
                    }
                    let month = now.adding(back)
                    add(wholeYear ? DateSpan(year: month.year) : DateSpan(month), loose: false)
                }
            }
        }

        let numbers = NumberReader(unit: .count, vocabulary: vocabulary, today: today)
        var index = 0
        var used = Set<Int>()
        // Month names, with the year next to them ("march 2024", "marzo de 2024", "march of 24").
        while index < tokens.count {
            defer { index += 1 }
            guard let (month, misspelled) = monthName(tokens[index]) else { continue }
            used.insert(index)
            var j = index + 1
            while j < tokens.count, vocabulary.filler.contains(tokens[j]) || tokens[j] == "de" || tokens[j] == "del" || tokens[j] == "of" {
                j += 1
            }
            if j < tokens.count, let (year, length, twoDigits) = self.year(at: j, tokens, numbers) {
                for k in j..<(j + length) { used.insert(k) }
                add(DateSpan(Month(year: year, month: month)), loose: misspelled || twoDigits)
            } else {
                // A month alone: its year may stand elsewhere ("2024, in march"); else ask.
                found.append((DateSpan(Month(year: 0, month: month)), misspelled))
                needsYear = true
            }
        }
        // Years alone, and times ago.
        var ages = false
        let mentions = numbers.mentions(in: tokens.enumerated().map { used.contains($0.offset) ? "\u{1}" : $0.element })
        for mention in mentions {
            if mention.isYear {
                let year = Int(mention.value)
                guard year >= Self.firstYear else { continue }
                add(DateSpan(year: year), loose: false)
            } else if mention.isAge {
                ages = true
            } else if mention.lessThan {
                // "less than a year ago": some time this past year; the month is asked.
                continue
            } else if let unit = mention.days {
                // "six months ago", "hace dos años", or just "six months": counted back.
                guard let now = thisMonth else {
                    needsToday = true
                    continue
                }
                let months = Int((mention.value * Double(unit) / 30.44).rounded())
                let ahead = future && !mention.isAgo && !tokens.contains { vocabulary.ago.contains($0) }
                add(DateSpan(now.adding(ahead ? months : -months)), loose: true)
            } else if mention.value >= Double(Self.firstYear), mention.value < 3000 {
                // A year in words ("two thousand nineteen").
                add(DateSpan(year: Int(mention.value)), loose: true)
            }
        }

        // "3 or 4 years ago": a bare number beside a time is another time.
        if found.contains(where: { !$0.span.isOneMonth || $0.loose }),
            mentions.contains(where: { $0.days == nil && !$0.isYear && !$0.isAge && $0.value < Double(Self.firstYear) }),
            mentions.contains(where: { $0.days != nil })
        {
            return .several
        }
        // A month with no year takes the one year the answer gives elsewhere.
        let years = found.filter { !$0.span.isOneMonth }
        if needsYear {
            let months = found.filter { $0.span.isOneMonth && $0.span.first.year == 0 }
            if years.count == 1, months.count == 1 {
                found = [(DateSpan(Month(year: years[0].span.first.year, month: months[0].span.first.month)), months[0].loose || years[0].loose)]
            } else if found.count == months.count {
                return .needsYear
            } else {
                found.removeAll { $0.span.isOneMonth && $0.span.first.year == 0 }
            }
        }
        // "March 2024" also read as the year 2024: the month says more.
        found = found.filter { candidate in
            candidate.span.isOneMonth || !found.contains { $0.span.isOneMonth && $0.span.first.year == candidate.span.first.year }
        }
        guard let first = found.first else {
            if needsToday { return .needsToday }
            return ages ? .age : .none
        }
        if found.contains(where: { $0.span != first.span }) { return .several }
        var span = first.span
        if let now = thisMonth, !future {
            if span.first > now { return .future }
            if span.last > now { span.last = now }  // this year: up to this month
        }
        let moreThan = vocabulary.moreThan.contains { Words.firstIndex(of: $0, in: tokens) != nil }
        let loose = found.contains(where: \.loose) || utterance.hedged || utterance.approximate || moreThan
        return .date(span, loose: loose)
    }

    var thisMonth: Month? { today.map { Month(year: $0.year, month: $0.month) } }

    /// A month's number from its name or short form, or a misspelling of a long name.
    func monthName(_ token: String) -> (Int, misspelled: Bool)? {
        if let month = vocabulary.months[token] { return (month, false) }
        guard token.count >= 5, !vocabulary.filler.contains(token) else { return nil }
        let close = Set(vocabulary.months.filter { $0.key.count >= 5 && editDistance(token, $0.key, limit: 1) <= 1 }.map(\.value))
        return close.count == 1 ? (close.first!, true) : nil
    }

    /// A year at `index`: four digits, two digits ("march 24"), or words ("two thousand
    /// nineteen"); its length in tokens and whether it had two digits.
    func year(at index: Int, _ tokens: [String], _ numbers: NumberReader) -> (Int, Int, Bool)? {
        let token = tokens[index]
        if token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            guard let value = Int(token) else { return nil }
            if token.count == 4, value >= Self.firstYear { return (value, 1, false) }
            if token.count == 2 { return (Self.century(value, today: today), 1, true) }
            return nil
        }
        if let words = numbers.number(at: index, tokens), words.value >= Double(Self.firstYear), words.value < 3000 {
            return (Int(words.value), words.length, words.misspelled)
        }
        return nil
    }

    /// A two-digit year: this century unless that is after this year.
    static func century(_ twoDigits: Int, today: Day?) -> Int {
        let thisYear = today?.year ?? 2000
        let guess = thisYear / 100 * 100 + twoDigits
        return guess > thisYear ? guess - 100 : guess
    }

    /// Dates written with digits and / - or . ("3/2024", "2024-03", "03/15/2024"): each found
    /// is added; `rest` is the input without them.
    func numericDates(in input: String, into found: inout [(span: DateSpan, loose: Bool)], rest: inout String) {
        let scalars = Array(input.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i < scalars.count && scalars[i] >= "0" && scalars[i] <= "9" }
        func isSeparator(_ i: Int) -> Bool { i < scalars.count && (scalars[i] == "/" || scalars[i] == "-" || scalars[i] == ".") }
        var i = 0
        while i < scalars.count {
            guard isDigit(i), i == 0 || !isDigit(i - 1) else {
                rest.unicodeScalars.append(scalars[i])
                i += 1
                continue
            }
            var groups: [String] = []
            var j = i
            while isDigit(j) {
                var group = ""
                while isDigit(j) {
                    group.unicodeScalars.append(scalars[j])
                    j += 1
                }
                groups.append(group)
                guard groups.count < 3, isSeparator(j), isDigit(j + 1) else { break }
                j += 1
            }
            if groups.count >= 2, let date = numericDate(groups) {
                found.append(date)
                rest += " "
                i = j
            } else {
                rest.unicodeScalars.append(scalars[i])
                i += 1
            }
        }
    }

    /// The month groups of digits name: M/YYYY, YYYY-MM, M/D/YYYY (D/M/YYYY in Spanish), M/YY.
    func numericDate(_ groups: [String]) -> (span: DateSpan, loose: Bool)? {
        let values = groups.compactMap { $0.count <= 4 ? Int($0) : nil }
        guard values.count == groups.count else { return nil }
        func month(_ year: Int, _ month: Int, loose: Bool) -> (DateSpan, Bool)? {
            guard (1...12).contains(month), year >= Self.firstYear, year < 3000 else { return nil }
            return (DateSpan(Month(year: year, month: month)), loose)
        }
        let lengths = groups.map(\.count)
        if groups.count == 2 {
            if lengths[1] == 4, lengths[0] <= 2 { return month(values[1], values[0], loose: false) }
            if lengths[0] == 4, lengths[1] <= 2 { return month(values[0], values[1], loose: false) }
            if lengths[1] == 2, lengths[0] <= 2 { return month(Self.century(values[1], today: today), values[0], loose: true) }
            return nil
        }
        if lengths[0] == 4 { return month(values[0], values[1], loose: false) }
        guard lengths[2] == 4 || lengths[2] == 2, lengths[0] <= 2, lengths[1] <= 2 else { return nil }
        let year = lengths[2] == 4 ? values[2] : Self.century(values[2], today: today)
        var (m, d) = dayFirst ? (values[1], values[0]) : (values[0], values[1])
        if m > 12, d <= 12 { swap(&m, &d) }
        guard (1...31).contains(d) else { return nil }
        // 3/4/2024: March or April, by where the person is from; said back where it matters.
        return month(year, m, loose: d <= 12 && d != m || lengths[2] == 2)
    }
}
