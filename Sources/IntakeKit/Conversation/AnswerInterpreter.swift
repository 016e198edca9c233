/// Understands an answer typed in a person's own words, deterministically: the same words,
/// question and language give the same reading every time, with no network and no model.
/// Dialogs/README.md ("How answers are read") explains the rules to authors.
package struct AnswerInterpreter: Sendable {
    /// What the words meant.
    package enum Result: Sendable, Equatable {
        /// An answer. `exact`: typed as a number, a label or a listed word; otherwise the
        /// engine says back what it understood. `sure`: read from a listed word or phrase, or a
        /// plain yes or no, with nothing against it; otherwise (a misspelling, a word of a
        /// label, a negation that leaves one choice, a hedge) the engine asks "Is that right?"
        /// first wherever the reading changes what comes next.
        case answer(Value, exact: Bool, sure: Bool = true)
        /// A number known within `range` ("about 30", "in 2015", "six months" for years).
        /// `hedged`: the person was unsure, or misspelled it.
        case estimate(Int, range: ClosedRange<Int>, hedged: Bool)
        /// Several choices fit; their indexes.
        case ambiguous([Int])
        case outOfRange
        case severalNumbers
        /// The answer gives a number, but not the one asked for.
        case wrongNumber(NumberProblem)
        case dontKnowNotOffered
        /// The person asked something ("what is prop 47"): show the question's help.
        case question
        case empty
        case notUnderstood
    }

    package enum NumberProblem: Sendable, Equatable {
        /// The age now, to a question about the age then.
        case ageNow
        /// A calendar year, to an age question.
        case yearNotAge
        /// A date counted from today ("two years ago"), with no date for today to count from.
        case needsToday
        /// Date answers that cannot be taken as they are.
        case dateInFuture
        case dateNeedsYear
        case dateNotAge
    }

    package var question: Dialog.Question
    package var language: String
    /// The words answers are read with (see `Languages.vocabulary`).
    package var vocabulary: Vocabulary
    /// Today, for answers such as "in 2015" or "last year"; nil: such answers are asked again.
    package var today: Day?
    /// The choices' words, already read (a conversation keeps one per question); nil: read them.
    var choiceReader: ChoiceReader?

    package init(question: Dialog.Question, language: String, vocabulary: Vocabulary, today: Day? = nil) {
        self.question = question
        self.language = language
        self.vocabulary = vocabulary
        self.today = today
    }

    package func interpret(_ input: String) -> Result {
        interpret(input, normalized: Words.normalize(input))
    }

    /// The same, with the folded input already made (see `Words.normalize`).
    func interpret(_ input: String, normalized: String) -> Result {
        let tokens = Words.split(normalized)
        if tokens.isEmpty {
            return input.trimmingSpaces().isEmpty ? .empty : .notUnderstood
        }
        if case .text = question.answer {
            if question.allowsUnknown, Words.unknownRun(in: tokens, vocabulary) != nil { return .answer(.unknown, exact: true) }
            return .answer(.text(input), exact: true)
        }
        if let run = Words.unknownRun(in: tokens, vocabulary) {
            // "I don't know" with an answer beside it ("not sure, maybe 20") is asked again.
            var rest = tokens
            rest.removeSubrange(run)
            switch read(rest.joined(separator: " "), tokens: rest) {
            case .answer, .estimate, .ambiguous: return .notUnderstood
            default: return question.allowsUnknown ? .answer(.unknown, exact: true) : .dontKnowNotOffered
            }
        }
        return read(input, tokens: tokens)
    }

    func read(_ input: String, tokens: [String]) -> Result {
        guard !tokens.isEmpty else { return .notUnderstood }
        let utterance = Utterance(input, vocabulary)
        if utterance.isQuestion { return .question }
        switch question.answer {
        case .yesNo:
            return readYesNo(utterance, tokens)
        case .number(let min, let max, let unit):
            return readNumber(utterance, min, max, unit)
        case .choice(let choices):
            return readChoice(utterance, tokens, choices)
        case .date(let future):
            return readDate(input, utterance, future: future)
        case .text:
            return .notUnderstood
        }
    }

    // MARK: - Dates

    func readDate(_ input: String, _ utterance: Utterance, future: Bool) -> Result {
        let reader = DateReader(vocabulary: vocabulary, today: today, language: language, future: future)
        switch reader.read(input, utterance) {
        case .date(let span, let loose):
            // Exact when the year is written out ("March 2024", "2019"); "last year" is said back.
            let yearWritten = Words.tokens(input).contains { $0.count == 4 && Int($0) == span.last.year }
            return .answer(.date(span), exact: !loose && yearWritten, sure: !loose)
        case .several: return .severalNumbers
        case .future: return .wrongNumber(.dateInFuture)
        case .needsYear: return .wrongNumber(.dateNeedsYear)
        case .age: return .wrongNumber(.dateNotAge)
        case .needsToday: return .wrongNumber(.needsToday)
        case .none: return .notUnderstood
        }
    }

    // MARK: - Yes or no

    /// A yes or no said as an answer decides; a negation with no yes or no means no ("not
    /// yet", "I don't have to register"), except where the question asks about two things
    /// ("serious or violent"), where denying one does not answer it.
    func readYesNo(_ utterance: Utterance, _ tokens: [String]) -> Result {
        if let n = onlyNumber(tokens) {
            switch n {
            case 1: return .answer(.yes, exact: true)
            case 2: return .answer(.no, exact: true)
            case 3 where question.allowsUnknown: return .answer(.unknown, exact: true)
            default: return .notUnderstood
            }
        }
        if tokens.count == 1 {
            if vocabulary.aloneYes.contains(tokens[0]) { return .answer(.yes, exact: true) }
            if vocabulary.aloneNo.contains(tokens[0]) { return .answer(.no, exact: true) }
        }
        if tokens.count == 1, tokens[0] == "right" { return .answer(.yes, exact: true) }
        // A yes or no, or a plain negation ("not yet"), is sure unless hedged ("I think so");
        // exact when it is all the answer says.
        let sure = !utterance.hedged
        let exact =
            sure
            && utterance.words.allSatisfy { word in
                if case .polar = word.role { return true }
                return word.role == .filler
            }
        switch (utterance.yes > 0, utterance.no > 0) {
        case (true, true):
            return .notUnderstood
        case (true, false):
            return utterance.negates ? .notUnderstood : .answer(.yes, exact: exact, sure: sure)
        case (false, true):
            return .answer(.no, exact: exact, sure: sure)
        case (false, false):
            if utterance.negates {
                return asksAboutTwoThings ? .notUnderstood : .answer(.no, exact: false, sure: sure)
            }
            // "it was a DUI" to "Was it a DUI?": the answer says the question's own words.
            return repeatsTheQuestion(utterance) ? .answer(.yes, exact: false, sure: false) : .notUnderstood
        }
    }

    /// Whether the question's text joins two things with "or" ("Was it serious or violent?").
    var asksAboutTwoThings: Bool {
        guard let text = questionText else { return false }
        return Words.tokens(text).contains { vocabulary.negationJoiners.contains($0) }
    }

    /// Whether every content word of the answer is a word of the question, affirmed.
    func repeatsTheQuestion(_ utterance: Utterance) -> Bool {
        guard let text = questionText else { return false }
        let asked = Set(Utterance(text, vocabulary).contentWords.filter { Words.leadingDigits($0.text) == nil }.map(\.stem))
        let said = utterance.contentWords
        return !said.isEmpty && said.allSatisfy { $0.polarity == .affirmed && asked.contains($0.stem) }
    }

    /// The question's own words are not part of `Dialog.Question`; the conversation passes them.
    package var questionText: String?

    // MARK: - Numbers

    func readNumber(_ utterance: Utterance, _ min: Int, _ max: Int, _ unit: Dialog.NumberUnit) -> Result {
        let reader = NumberReader(unit: unit, vocabulary: vocabulary, today: today)
        switch reader.read(utterance) {
        case .number(let n):
            return (min...max).contains(n) ? .answer(.number(n), exact: true) : .outOfRange
        case .estimate(let n, let range, let hedged):
            guard (min...max).contains(n) else { return .outOfRange }
            return .estimate(n, range: range.clamped(to: min...max), hedged: hedged)
        case .several: return .severalNumbers
        case .ageNow: return .wrongNumber(.ageNow)
        case .yearNotAge: return .wrongNumber(.yearNotAge)
        case .none: return .notUnderstood
        }
    }

    // MARK: - Choices

    func readChoice(_ utterance: Utterance, _ tokens: [String], _ choices: [Dialog.Choice]) -> Result {
        // "2", "number 2", "option 2)"; a number past the end of the list that a choice lists
        // as a word ("288" for Penal Code 288) is that choice.
        if let n = onlyNumber(tokens) {
            let places = choices.count + (question.allowsUnknown ? 1 : 0)
            if n > places, let listed = choices.firstIndex(where: { $0.words.values.contains { $0.contains(String(n)) } }) {
                return .answer(.choice(choices[listed].id), exact: true)
            }
            return pick(n, choices)
        }
        let reader = choiceReader ?? ChoiceReader(choices, language: language, vocabulary: vocabulary)
        var utterance = utterance
        if tokens.count == 1, vocabulary.aloneYes.contains(tokens[0]) || vocabulary.aloneNo.contains(tokens[0]) {
            utterance = Utterance(vocabulary.aloneYes.contains(tokens[0]) ? "yes" : "no", vocabulary)
        }
        let reading = reader.read(utterance, normalized: tokens.joined(separator: " "))
        // "the first one", "la segunda", "two": a place in the list, unless a choice says so.
        if case .choice(_, exact: true, _) = reading {
        } else if let n = onlyPlace(tokens, count: choices.count + (question.allowsUnknown ? 1 : 0)) {
            return pick(n, choices)
        }
        switch reading {
        case .choice(_, exact: false, _) where vocabulary.changes.contains(where: { Words.contains(tokens, phrase: $0) }):
            // "It got reduced to a misdemeanor": what it was, or what it became? Ask.
            return .ambiguous(Array(choices.indices))
        case .choice(let index, let exact, let sure): return .answer(.choice(choices[index].id), exact: exact, sure: sure)
        case .ambiguous(let indexes): return .ambiguous(indexes)
        case .notUnderstood: return .notUnderstood
        }
    }

    /// The choice at place `n` of the list shown ("I don't know" last, where offered).
    func pick(_ n: Int, _ choices: [Dialog.Choice]) -> Result {
        if (1...choices.count).contains(n) { return .answer(.choice(choices[n - 1].id), exact: true) }
        if question.allowsUnknown, n == choices.count + 1 { return .answer(.unknown, exact: true) }
        return .outOfRange
    }

    /// The place an answer names, when it only names a place: an ordinal ("the first one",
    /// "la última") or a small number word ("two").
    func onlyPlace(_ tokens: [String], count: Int) -> Int? {
        let content = tokens.filter { !vocabulary.choicePointers.contains($0) }
        guard content.count == 1 else { return nil }
        if let place = vocabulary.ordinals[content[0]] { return place < 0 ? count : place }
        if let unit = vocabulary.units[content[0]], (1...9).contains(unit) { return unit }
        return nil
    }

    /// The number of an answer that is only a number, with at most a word such as "number" or
    /// "option" around it ("number 2", "opción 3"); "2 years" is not one.
    func onlyNumber(_ tokens: [String]) -> Int? {
        let content = tokens.filter { !vocabulary.choicePointers.contains($0) }
        guard content.count == 1, let n = Words.leadingDigits(content[0]), String(n) == content[0] else { return nil }
        return n
    }
}

extension String {
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
