/// A calendar day. A conversation is given today's date once, at its start (a transcript states
/// it in its header), so the same answers read the same way on any day.
package struct Day: Sendable, Equatable, Comparable, CustomStringConvertible {
    package var year: Int
    package var month: Int
    package var day: Int

    package init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2026-11-15"; nil for anything else, or a day that does not exist.
    package init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1900...2999).contains(year), (1...12).contains(month), (1...Self.days(inMonth: month, of: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    package static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

extension Day {
    /// The same day `months` later (earlier when negative); a day the month does not have
    /// becomes its last day (January 31 plus one month is February 28 or 29).
    package func adding(months: Int) -> Day {
        let month = Month(year: year, month: self.month).adding(months)
        return Day(year: month.year, month: month.month, day: Swift.min(day, Self.days(inMonth: month.month, of: month.year)))
    }

    /// Days since a fixed day, for telling how far apart two days are.
    package var ordinal: Int {
        // Days before this year, then before this month, then this month's.
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += Self.days(inMonth: m, of: year) }
        return days + day
    }
}

/// A calendar month.
package struct Month: Sendable, Hashable, Comparable {
    /// Months since the start of year 0: March 2024 is 2024 * 12 + 2.
    package var index: Int

    package init(year: Int, month: Int) { index = year * 12 + (month - 1) }
    init(index: Int) { self.index = index }

    package var year: Int { Int((Double(index) / 12).rounded(.down)) }
    /// 1 to 12.
    package var month: Int { index - year * 12 + 1 }

    package func adding(_ months: Int) -> Month { Month(index: index + months) }
    package var firstDay: Day { Day(year: year, month: month, day: 1) }
    package var lastDay: Day { Day(year: year, month: month, day: Day.days(inMonth: month, of: year)) }

    package static func < (a: Month, b: Month) -> Bool { a.index < b.index }
}

/// A date answer: the months it may be. One month when the person said the month, the twelve
/// months of a year when they said only the year ("2019", "last year"). A rule about the date
/// holds only if it holds for every day of every month in it.
package struct DateSpan: Sendable, Hashable, CustomStringConvertible {
    package var first: Month
    package var last: Month

    package init(_ month: Month) {
        first = month
        last = month
    }

    package init(first: Month, last: Month) {
        self.first = first
        self.last = last
    }

    /// January to December of `year`.
    package init(year: Int) {
        self.init(first: Month(year: year, month: 1), last: Month(year: year, month: 12))
    }

    package var isOneMonth: Bool { first == last }

    package func adding(_ months: Int) -> DateSpan { DateSpan(first: first.adding(months), last: last.adding(months)) }

    /// "2024-03" for a month, "2024" for a whole year, "2024-01..2024-11" otherwise.
    package var description: String {
        func month(_ m: Month) -> String { "\(m.year)-" + (m.month < 10 ? "0" : "") + "\(m.month)" }
        if isOneMonth { return month(first) }
        if first.month == 1, last.month == 12, first.year == last.year { return String(first.year) }
        return month(first) + ".." + month(last)
    }
}
