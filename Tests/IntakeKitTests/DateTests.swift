import IntakeKit
import Testing

/// Dates: the arithmetic at month and year edges, conditions over whole-year answers, the
/// ways people write a date, and what `check` says about dates used wrongly.
@Suite struct DateTests {
    static func day(_ text: String) -> Day { Day(text)! }
    static func month(_ year: Int, _ month: Int) -> Value { .date(DateSpan(Month(year: year, month: month))) }

    @Test func addingMonthsKeepsTheDayOrTheMonthsLastDay() {
        #expect(Self.day("2026-01-31").adding(months: 1) == Self.day("2026-02-28"))
        #expect(Self.day("2028-01-31").adding(months: 1) == Self.day("2028-02-29"))
        #expect(Self.day("2028-02-29").adding(months: 12) == Self.day("2029-02-28"))
        #expect(Self.day("2028-02-29").adding(months: 48) == Self.day("2032-02-29"))
        #expect(Self.day("2026-03-31").adding(months: -1) == Self.day("2026-02-28"))
        #expect(Self.day("2026-12-15").adding(months: 1) == Self.day("2027-01-15"))
        #expect(Self.day("2026-01-15").adding(months: -13) == Self.day("2024-12-15"))
        #expect(Month(year: 2024, month: 1).adding(-1) == Month(year: 2023, month: 12))
        #expect(Month(year: 2024, month: 12).lastDay == Self.day("2024-12-31"))
        #expect(Month(year: 2024, month: 2).lastDay == Self.day("2024-02-29"))
        #expect(Self.day("2026-03-01").ordinal - Self.day("2026-02-28").ordinal == 1)
        #expect(Self.day("2024-03-01").ordinal - Self.day("2024-02-28").ordinal == 2)
    }

    func truth(_ source: String, _ answers: [String: Value], today: String) throws -> Truth {
        let condition = try Condition.parse(source, at: SourceLocation(line: 1, column: 1))
        return condition.truth(for: answers, today: Self.day(today))
    }

    @Test func aPeriodEndsInItsMonthAndOnlyTheLastDayOfItDecides() throws {
        let rule = "ended + 2 years <= today"
        // The month before, the month of, the month after.
        #expect(try truth(rule, ["ended": Self.month(2024, 10)], today: "2026-11-15") == .yes)
        #expect(try truth(rule, ["ended": Self.month(2024, 11)], today: "2026-11-15") == .undecided)
        #expect(try truth(rule, ["ended": Self.month(2024, 12)], today: "2026-11-15") == .no)
        // On the last day of that month, every day of it is past.
        #expect(try truth(rule, ["ended": Self.month(2024, 11)], today: "2026-11-30") == .yes)
        // A leap day: February 2024 plus four years ends on February 29, 2028.
        #expect(try truth("ended + 4 years <= today", ["ended": Self.month(2024, 2)], today: "2028-02-28") == .undecided)
        #expect(try truth("ended + 4 years <= today", ["ended": Self.month(2024, 2)], today: "2028-02-29") == .yes)
    }

    @Test func aYearAloneHoldsOnlyWhereTheWholeYearDoes() throws {
        let year2024 = Value.date(DateSpan(year: 2024))
        #expect(try truth("ended + 1 year <= today", ["ended": year2024], today: "2026-01-10") == .yes)
        #expect(try truth("ended + 2 years <= today", ["ended": year2024], today: "2026-06-15") == .undecided)
        #expect(try truth("ended + 2 years > today", ["ended": year2024], today: "2026-06-15") == .undecided)
        #expect(try truth("not (ended + 2 years <= today)", ["ended": year2024], today: "2026-06-15") == .undecided)
        #expect(try truth("ended + 2 years <= today or ended < 2011-10", ["ended": year2024], today: "2026-06-15") == .undecided)
        #expect(try truth("ended + 2 years <= today and ended < 2011-10", ["ended": year2024], today: "2026-06-15") == .no)
        // Undecided rules are passed over.
        let condition = try Condition.parse("ended + 2 years <= today", at: SourceLocation(line: 1, column: 1))
        #expect(!condition.holds(for: ["ended": year2024], today: Self.day("2026-06-15")))
        // "I don't know", or no answer: false, as for any comparison.
        #expect(try truth("ended + 2 years <= today", ["ended": .unknown], today: "2026-06-15") == .no)
        #expect(try truth("ended + 2 years <= today", [:], today: "2026-06-15") == .no)
        #expect(try truth("today - 2 years >= ended", ["ended": Self.month(2024, 5)], today: "2026-06-15") == .yes)
        #expect(try truth("ended < 2011-10-01", ["ended": Self.month(2011, 9)], today: "2026-06-15") == .yes)
        #expect(try truth("ended < 2011-10", ["ended": Self.month(2011, 10)], today: "2026-06-15") == .no)
        #expect(try truth("ended >= 2011-10", ["ended": Self.month(2011, 10)], today: "2026-06-15") == .yes)
    }

    @Test func dateConditionsThatDoNotParseSayWhere() {
        for (source, message) in [
            ("ended + 2 <= today", "expected 'years' or 'months' but found '<='"),
            ("ended + two years <= today", "expected a number of years or months but found 'two'"),
            ("ended + 2 years", "the condition ends where a comparison such as <= was expected"),
            ("today <= 2011-13", "'2011-13' is not a date (write it as YYYY-MM or YYYY-MM-DD)"),
        ] {
            #expect(throws: (any Error).self) { try Condition.parse(source, at: SourceLocation(line: 1, column: 1)) }
            do {
                _ = try Condition.parse(source, at: SourceLocation(line: 1, column: 1))
            } catch {
                #expect(error.message == message, "\(source)")
            }
        }
    }

    static let dialog = """
        id: dates
        start: ended
        nodes:
          ended:
            ask: When did it end?
            answer: date
            unknown: true
            save: ended
            next:
              - if: ended == unknown
                goto: out_unknown
              - if: ended + 2 years <= today
                goto: out_now
              - if: ended + 2 years > today
                goto: out_later
              - goto: out_month
          out_now:
            outcome: Now. It ended in {ended}.
          out_later:
            outcome: Not yet. From about {ended + 2 years}.
          out_month:
            outcome: About now, in {ended + 2 years}.
          out_unknown:
            outcome: Get your record.
        """

    func reading(_ answer: String, today: String = "2026-11-15", language: String = "en", future: Bool = false) -> AnswerInterpreter.Result {
        let question = Dialog.Question(answer: .date(future: future), save: "ended", allowsUnknown: true)
        return AnswerInterpreter(question: question, language: language, vocabulary: Languages.builtIn.vocabulary, today: Self.day(today))
            .interpret(answer)
    }

    @Test func peopleWriteDatesTheirWay() {
        let march2024 = Self.month(2024, 3)
        for answer in ["March 2024", "march 2024", "3/2024", "03/2024", "2024-03", "Mar 2024", "march of 2024", "03/15/2024", "in March, 2024"] {
            #expect(reading(answer) == .answer(march2024, exact: true, sure: true), "\(answer)")
        }
        for answer in ["marzo de 2024", "marzo 2024", "15/03/2024", "en marzo del 2024"] {
            #expect(reading(answer, language: "es") == .answer(march2024, exact: true, sure: true), "\(answer)")
        }
        #expect(reading("2019") == .answer(.date(DateSpan(year: 2019)), exact: true, sure: true))
        #expect(reading("last year") == .answer(.date(DateSpan(year: 2025)), exact: false, sure: true))
        #expect(reading("el año pasado", language: "es") == .answer(.date(DateSpan(year: 2025)), exact: false, sure: true))
        // This year runs to this month.
        #expect(
            reading("this year")
                == .answer(.date(DateSpan(first: Month(year: 2026, month: 1), last: Month(year: 2026, month: 11))), exact: false, sure: true))
        // Counted back from today, and hedged or misspelled: read, and said back where it matters.
        #expect(reading("about six months ago") == .answer(Self.month(2026, 5), exact: false, sure: false))
        #expect(reading("hace dos años", language: "es") == .answer(Self.month(2024, 11), exact: false, sure: false))
        #expect(reading("a year and a half ago") == .answer(Self.month(2025, 5), exact: false, sure: false))
        #expect(reading("last month") == .answer(Self.month(2026, 10), exact: false, sure: true))
        #expect(reading("i think 2019") == .answer(.date(DateSpan(year: 2019)), exact: false, sure: false))
        #expect(reading("Febuary 2020") == .answer(Self.month(2020, 2), exact: false, sure: false))
        #expect(reading("3/24") == .answer(march2024, exact: false, sure: false))
        // A year in words.
        #expect(reading("two thousand nineteen") == .answer(.date(DateSpan(year: 2019)), exact: false, sure: false))
        #expect(reading("dos mil diecinueve", language: "es") == .answer(.date(DateSpan(year: 2019)), exact: false, sure: false))
        #expect(reading("march two thousand twenty four") == .answer(march2024, exact: false, sure: true))
        // 3/4/2024 is March in English, April in Spanish; either way it is said back.
        #expect(reading("3/4/2024") == .answer(march2024, exact: false, sure: false))
        #expect(reading("3/4/2024", language: "es") == .answer(Self.month(2024, 4), exact: false, sure: false))
    }

    @Test func aDateAheadWhereTheQuestionAllowsIt() {
        #expect(reading("in 6 months", future: true) == .answer(Self.month(2027, 5), exact: false, sure: false))
        #expect(reading("6 months", future: true) == .answer(Self.month(2027, 5), exact: false, sure: false))
        #expect(reading("6 months ago", future: true) == .answer(Self.month(2026, 5), exact: false, sure: false))
        #expect(reading("March 2027", future: true) == .answer(Self.month(2027, 3), exact: true, sure: true))
        #expect(reading("next year", future: true) == .answer(.date(DateSpan(year: 2027)), exact: false, sure: true))
        #expect(reading("el año que viene", language: "es", future: true) == .answer(.date(DateSpan(year: 2027)), exact: false, sure: true))
        // Where it does not, a date ahead is asked again.
        #expect(reading("next year") == .wrongNumber(.dateInFuture))
    }

    @Test func datesThatCannotBeTakenAreAskedAgainWithAReason() {
        #expect(reading("March 2027") == .wrongNumber(.dateInFuture))
        #expect(reading("in march") == .wrongNumber(.dateNeedsYear))
        #expect(reading("when I was 19") == .wrongNumber(.dateNotAge))
        #expect(reading("2019 or 2020") == .severalNumbers)
        #expect(reading("I don't know") == .answer(.unknown, exact: true))
        #expect(reading("a while back") == .notUnderstood)
        #expect(reading("1850") == .notUnderstood)
        let question = Dialog.Question(answer: .date(future: false), save: "ended", allowsUnknown: false)
        let noToday = AnswerInterpreter(question: question, language: "en", vocabulary: Languages.builtIn.vocabulary)
        #expect(noToday.interpret("two years ago") == .wrongNumber(.needsToday))
        #expect(noToday.interpret("March 2024") == .answer(Self.month(2024, 3), exact: true, sure: true))
    }

    @Test func aYearAloneAsksForTheMonthOnlyWhereItDecides() throws {
        let dialog = try Repository.dialog(Self.dialog)
        func play(_ lines: [String]) -> String {
            var session = Session(dialog: dialog, width: 72, today: Self.day("2026-11-15"))
            var text = session.begin().text
            for line in lines where session.isWaiting { text += Session.echo(line) + session.answer(line).text }
            return text
        }
        // 2020 + 2 years is past whatever the month: no month asked.
        #expect(play(["2020"]).contains("Now. It ended in 2020."))
        #expect(!play(["2020"]).contains("month"))
        // 2024 + 2 years straddles today: the month decides.
        let asked = play(["2024", "october"])
        #expect(asked.contains("Do you remember the month in 2024?"))
        #expect(asked.contains("Now. It ended in October 2024."))
        #expect(play(["2024", "12"]).contains("Not yet. From about December 2026."))
        #expect(play(["2024", "I don't know"]).contains("About now, in 2026."))
        #expect(play(["2024", "December 2026"]).contains("Please type the month"))
        #expect(play(["2024", "back", "March 2020"]).contains("Now. It ended in March 2020."))
    }

    @Test func checkSaysWhereADateIsUsedWrongly() {
        let yaml = """
            id: wrong
            start: ended
            nodes:
              ended:
                ask: When did it end?
                answer: date
                save: ended
                next: age
              age:
                ask: How old were you?
                answer: { number: { min: 8, max: 110 } }
                save: age
                next:
                  - if: ended > 2
                    goto: done
                  - if: age + 2 years <= today
                    goto: done
                  - goto: shown
              shown:
                say: "From {ended + 2 yeers} or {age + 1 year}."
                next: done
              done:
                outcome: Done.
            """
        let messages = DialogLoader.load(text: yaml, file: "wrong.yaml").diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(
            messages == [
                "wrong.yaml:14:21: error: 'ended' is a date answer; compare it with today or a date such as 2011-10, not with a value",
                "wrong.yaml:16:13: error: 'age' is a number answer; only a date answer compares with dates or adds years and months",
                "wrong.yaml:20:10: error: '{ended + 2 yeers}': expected 'years' or 'months' but found 'yeers'",
                "wrong.yaml:20:10: error: 'age' is a number answer; only a date answer compares with dates or adds years and months",
            ], "\(messages)")
    }
}
