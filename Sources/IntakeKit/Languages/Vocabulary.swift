/// The words people answer with in one language (or several, merged), all folded (see
/// `Words.normalize`). Dialogs/README.md ("How answers are read") says what each list does.
package struct Vocabulary: Sendable {
    // MARK: - Yes, no, "I don't know"

    /// Words that say yes, or no, wherever they stand ("yeah", "nope", "sí", "nel").
    package var yes: Set<String>
    package var no: Set<String>
    /// Runs of words that say yes or no ("think so", "para nada", "that's all").
    package var yesPhrases: [[String]]
    package var noPhrases: [[String]]
    /// Words that say yes or no only as the whole answer: "y", and "ya", which inside a
    /// longer answer is Spanish for "already".
    package var aloneYes: Set<String>
    package var aloneNo: Set<String>
    /// The ways to say "I don't know", each a run of words.
    package var unknown: [[String]]
    /// Words that carry no answer on their own.
    package var filler: Set<String>
    /// Words that may stand around the number of a choice ("number 2", "option 3", "el 2");
    /// a number with other words ("2 years") is not a choice's number.
    package var choicePointers: Set<String>
    /// Words for a place in a list ("first", "segunda"): alone, they pick that choice.
    package var ordinals: [String: Int]

    // MARK: - Negation (after NegEx: Chapman et al., 2001)

    /// Runs of words that deny what follows them in the same clause ("not", "never", "ya no").
    /// A "no" followed by nothing, a comma or an `interjectionFollowers` word is the answer
    /// "no" instead ("no, I finished", "no it was in Nevada").
    package var negations: [[String]]
    package var interjectionFollowers: Set<String>
    /// Words that carry a negation on to the next word ("not on probation or parole").
    package var negationJoiners: Set<String>
    /// Words after which a negation no longer reaches ("no probation and a fine").
    package var scopeEnds: Set<String>
    /// Words and runs that start a new clause ("but", "because", "pero").
    package var clauseBreaks: [[String]]
    /// Words that say something is over ("finished", "done", "terminé"): they count against a
    /// choice whose label says it is so now ("I am on probation now").
    package var completions: [[String]]
    /// Runs of words that say something changed from one thing to another ("reduced to a
    /// misdemeanor"): the answer names what it became, not always what the question asks, so
    /// a choice read from it is asked about.
    package var changes: [[String]]
    /// Words that make a label say "now" ("now", "still", "todavía").
    package var present: Set<String>
    /// Words that make an answer uncertain ("I think", "maybe", "creo"): it is read, then
    /// confirmed where it matters.
    package var hedges: [[String]]
    /// Runs of words that make a number a guess ("about 30", "como 30", "más o menos").
    package var approximately: [[String]]
    /// Runs of words that begin a question to the program rather than an answer ("what is",
    /// "can I", "qué es"): the program shows the question's help instead.
    package var questionStarts: [[String]]

    // MARK: - Numbers, times and ages

    /// Number words: 0 to 29 or so, the tens, "hundred", and the word that joins them ("and").
    package var units: [String: Int]
    package var tens: [String: Int]
    package var hundreds: Set<String>
    /// "thousand", "mil": for years in words ("two thousand nineteen", "dos mil diecinueve").
    package var thousands: Set<String>
    package var joiners: Set<String>
    /// Words for a half ("and a half", "y medio").
    package var halves: Set<String>
    /// Units of time and their length in days ("years": 365, "meses": 30).
    package var durations: [String: Int]
    /// Words that count one before a unit of time ("a year", "an hour").
    package var one: Set<String>
    /// Words for "a few" before a unit of time ("a few months").
    package var few: Set<String>
    /// Runs that mean "less than" before a time ("less than a year": 0 whole years).
    package var lessThan: [[String]]
    /// Runs that name last year and this year.
    package var lastYear: [[String]]
    package var thisYear: [[String]]
    /// Words that make a number an age now ("I'm 40 now", "tengo 40") or an age then ("when
    /// I was 19", "tenía 19").
    package var ageNow: Set<String>
    package var ageThen: Set<String>
    /// Words that make a number a time ago ("5 years ago", "hace 5 años", "back in 2010").
    package var ago: Set<String>
    /// Words after a number in years that make it an age ("19 years old").
    package var old: Set<String>

    // MARK: - Dates

    /// Month names and their short forms, 1 to 12 ("march", "mar", "marzo").
    package var months: [String: Int]
    /// Runs that name this month and last month ("last month", "el mes pasado").
    package var lastMonth: [[String]]
    package var thisMonth: [[String]]
    /// Runs that make a time a lower bound ("over 5 years ago", "hace más de 5 años"): the
    /// date is read, then said back where it matters.
    package var moreThan: [[String]]
    /// Runs that name next month and next year, for dates ahead ("next year", "el año que viene").
    package var nextMonth: [[String]]
    package var nextYear: [[String]]

    /// The first word of every run above, so that a word that starts none is passed over fast.
    private(set) var runStarts: Set<String> = []

    package init(
        yes: Set<String>, no: Set<String>, yesPhrases: [String] = [], noPhrases: [String] = [], aloneYes: Set<String> = [],
        aloneNo: Set<String> = [], unknown: [String], filler: Set<String>, choicePointers: Set<String> = [], ordinals: [String: Int] = [:],
        negations: [String] = [],
        interjectionFollowers: Set<String> = [], negationJoiners: Set<String> = [], scopeEnds: Set<String> = [],
        clauseBreaks: [String] = [], completions: [String] = [], changes: [String] = [], present: Set<String> = [], hedges: [String] = [],
        approximately: [String] = [], questionStarts: [String] = [], units: [String: Int], tens: [String: Int], hundreds: Set<String>,
        joiners: Set<String>,
        halves: Set<String> = [], durations: [String: Int] = [:], one: Set<String> = [], few: Set<String> = [], lessThan: [String] = [],
        lastYear: [String] = [], thisYear: [String] = [], ageNow: Set<String> = [], ageThen: Set<String> = [],
        ago: Set<String> = [], old: Set<String> = [], months: [String: Int] = [:], lastMonth: [String] = [], thisMonth: [String] = [],
        moreThan: [String] = [], nextMonth: [String] = [], nextYear: [String] = [], thousands: Set<String> = []
    ) {
        func runs(_ phrases: [String]) -> [[String]] { phrases.map(Words.tokens).filter { !$0.isEmpty } }
        self.yes = yes
        self.no = no
        self.yesPhrases = runs(yesPhrases)
        self.noPhrases = runs(noPhrases)
        self.aloneYes = aloneYes
        self.aloneNo = aloneNo
        self.unknown = runs(unknown)
        self.filler = filler
        self.choicePointers = choicePointers
        self.ordinals = ordinals
        self.negations = runs(negations)
        self.interjectionFollowers = interjectionFollowers
        self.negationJoiners = negationJoiners
        self.scopeEnds = scopeEnds
        self.clauseBreaks = runs(clauseBreaks)
        self.completions = runs(completions)
        self.changes = runs(changes)
        self.present = present
        self.hedges = runs(hedges)
        self.approximately = runs(approximately)
        self.questionStarts = runs(questionStarts)
        self.units = units
        self.tens = tens
        self.hundreds = hundreds
        self.thousands = thousands
        self.joiners = joiners
        self.halves = halves
        self.durations = durations
        self.one = one
        self.few = few
        self.lessThan = runs(lessThan)
        self.lastYear = runs(lastYear)
        self.thisYear = runs(thisYear)
        self.ageNow = ageNow
        self.ageThen = ageThen
        self.ago = ago
        self.old = old
        self.months = months
        self.lastMonth = runs(lastMonth)
        self.thisMonth = runs(thisMonth)
        self.moreThan = runs(moreThan)
        self.nextMonth = runs(nextMonth)
        self.nextYear = runs(nextYear)
        runStarts = Set(Self.runFields.flatMap { self[keyPath: $0].map { $0[0] } })
    }

    /// The words of all of `vocabularies` together.
    package init(merging vocabularies: [Vocabulary]) {
        self.init(yes: [], no: [], unknown: [], filler: [], units: [:], tens: [:], hundreds: [], joiners: [])
        for other in vocabularies {
            for field in Self.wordFields { self[keyPath: field].formUnion(other[keyPath: field]) }
            for field in Self.runFields {
                self[keyPath: field] += other[keyPath: field].filter { !self[keyPath: field].contains($0) }
            }
            for field in Self.numberFields { self[keyPath: field].merge(other[keyPath: field]) { first, _ in first } }
        }
        runStarts = Set(Self.runFields.flatMap { self[keyPath: $0].map { $0[0] } })
    }

    static var wordFields: [WritableKeyPath<Vocabulary, Set<String>>] {
        [
            \.yes, \.no, \.aloneYes, \.aloneNo, \.filler, \.choicePointers, \.interjectionFollowers, \.negationJoiners, \.scopeEnds, \.present,
            \.hundreds, \.thousands, \.joiners, \.halves, \.one, \.few, \.ageNow, \.ageThen, \.ago, \.old,
        ]
    }
    static var runFields: [WritableKeyPath<Vocabulary, [[String]]>] {
        [
            \.yesPhrases, \.noPhrases, \.unknown, \.negations, \.clauseBreaks, \.completions, \.changes, \.hedges, \.approximately,
            \.questionStarts,
            \.lessThan, \.lastYear, \.thisYear, \.lastMonth, \.thisMonth, \.moreThan, \.nextMonth, \.nextYear,
        ]
    }
    static var numberFields: [WritableKeyPath<Vocabulary, [String: Int]>] { [\.units, \.tens, \.durations, \.ordinals, \.months] }
}
