/// Understands an answer typed in a person's own words, deterministically.
package struct AnswerInterpreter: Sendable {
    /// What the words meant.
    package enum Result: Sendable, Equatable {
        /// An answer. `exact` is false when it was read from looser words (a misspelling, a
        /// word of the label), so the engine says back what it understood.
        case answer(Value, exact: Bool)
        /// Several choices fit equally well; their indexes.
        case ambiguous([Int])
        case outOfRange
        case severalNumbers
        case dontKnowNotOffered
        case empty
        case notUnderstood
    }

    package var question: Dialog.Question
    package var language: String
    /// The words answers are read with (see `Languages.vocabulary`).
    package var vocabulary: Vocabulary

    package init(question: Dialog.Question, language: String, vocabulary: Vocabulary) {
        self.question = question
        self.language = language
        self.vocabulary = vocabulary
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
            if question.allowsUnknown, Words.saysUnknown(tokens, vocabulary) { return .answer(.unknown, exact: true) }
            return .answer(.text(input), exact: true)
        }
        if Words.saysUnknown(tokens, vocabulary) {
            return question.allowsUnknown ? .answer(.unknown, exact: true) : .dontKnowNotOffered
        }
        switch question.answer {
        case .yesNo:
            return interpretYesNo(tokens)
        case .number(let min, let max):
            let numbers = Words.numbers(in: tokens, vocabulary)
            guard let first = numbers.first else { return .notUnderstood }
            if Set(numbers).count > 1 { return .severalNumbers }
            return (min...max).contains(first) ? .answer(.number(first), exact: true) : .outOfRange
        case .choice(let choices):
            return interpretChoice(tokens, choices)
        case .text:
            return .notUnderstood
        }
    }

    func interpretYesNo(_ tokens: [String]) -> Result {
        if tokens.count == 1, let n = Words.leadingDigits(tokens[0]), String(n) == tokens[0] {
            switch n {
            case 1: return .answer(.yes, exact: true)
            case 2: return .answer(.no, exact: true)
            case 3 where question.allowsUnknown: return .answer(.unknown, exact: true)
            default: return .notUnderstood
            }
        }
        let saysYes = tokens.contains { vocabulary.yes.contains($0) }
        let saysNo = tokens.contains { vocabulary.no.contains($0) }
        switch (saysYes, saysNo) {
        case (true, false): return .answer(.yes, exact: tokens.count == 1)
        case (false, true): return .answer(.no, exact: tokens.count == 1)
        default: return .notUnderstood
        }
    }

    // MARK: - Choices

    func interpretChoice(_ tokens: [String], _ choices: [Dialog.Choice]) -> Result {
        let content = Words.canonicalize(tokens, vocabulary).filter { !vocabulary.filler.contains($0) || Words.leadingDigits($0) != nil }
        // "2", "number 2", "option 2)"
        if content.count == 1, let n = Words.leadingDigits(content[0]), String(n) == content[0] {
            if (1...choices.count).contains(n) { return .answer(.choice(choices[n - 1].id), exact: true) }
            if question.allowsUnknown, n == choices.count + 1 { return .answer(.unknown, exact: true) }
            return .outOfRange
        }
        let joined = tokens.joined(separator: " ")
        let forms = choices.map { $0.makeMatching(language, vocabulary) }
        if let index = forms.firstIndex(where: { $0.exact.contains(joined) }) {
            return .answer(.choice(choices[index].id), exact: true)
        }
        // A listed word or phrase inside a longer answer.
        let phraseHits = forms.indices.filter { index in
            forms[index].phrases.contains { Words.contains(tokens, phrase: $0) }
        }
        if phraseHits.count == 1 { return .answer(.choice(choices[phraseHits[0]].id), exact: false) }

        // Otherwise: which choice's label and words share the most with the answer. The whole
        // answer without spaces may also be a misspelled label ("countyjail", "stateprision").
        var scores = [Int](repeating: 0, count: choices.count)
        let squeezed = content.joined()
        for (index, form) in forms.enumerated() {
            if !content.isEmpty, form.squeezed.contains(where: { Self.resembles(squeezed, $0) }) {
                scores[index] += 2
            }
            for token in content {
                if form.vocabulary.contains(token) {
                    scores[index] += 2
                } else if form.vocabulary.contains(where: { Self.resembles(token, $0) }) {
                    scores[index] += 1
                }
            }
        }
        guard let best = scores.max(), best > 0 else { return .notUnderstood }
        let winners = scores.indices.filter { scores[$0] == best }
        if winners.count > 1 { return .ambiguous(winners) }
        return .answer(.choice(choices[winners[0]].id), exact: false)
    }

    /// A likely misspelling or a start of a word: "probaton" ~ "probation", "prob" ~ "probation".
    static func resembles(_ typed: String, _ word: String) -> Bool {
        if typed.count >= 3, word.count > typed.count, word.hasPrefix(typed) { return true }
        guard typed.count >= 4, word.count >= 4 else { return false }
        let allowed = typed.count >= 7 ? 2 : 1
        return editDistance(typed, word, limit: allowed) <= allowed
    }
}

extension String {
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
