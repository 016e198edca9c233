/// Reads an answer to a choice question: which choice its words point at, which they deny, and
/// whether the reading is sure enough to take without saying it back.
///
/// Evidence, strongest first: a listed word or phrase, or the label, found in the answer (the
/// longest wins where two overlap: "possession for sale" over "possession"); a word of a
/// label; a misspelled word of either; a yes or no said as an answer, for the choices whose
/// label starts with it. Each counts for its choice when the answer affirms it and against it
/// when the answer denies it ("not a felony", "I finished my probation" against "I am on
/// probation now").
struct ChoiceReader {
    /// One choice's words, read once per question.
    struct Pattern {
        struct Item: Equatable {
            var stem: String
            var polarity: Utterance.Polarity
        }
        /// The label and each listed word or phrase, as runs of content words.
        var phrases: [[Item]]
        /// Listed words that are only negation words ("none", "nada"), matched as typed.
        var literals: [[String]]
        /// The content words of the label and the id.
        var labelWords: [Item]
        /// Folded words of the label and listed words, for misspellings.
        var spellings: [String]
        /// The label and listed words run together ("countyjail").
        var squeezed: [String]
        /// Whole answers that pick the choice at once: the id, the label, each listed word.
        var exact: Set<String>
        /// Whether the choice is the yes (true) or the no (false) of the question: its label
        /// starts with "Yes,"/"No," or it lists "yes" or "no".
        var side: Bool?
        /// Whether its label says it is so now ("I am on probation now").
        var isPresent: Bool
    }

    let patterns: [Pattern]
    let vocabulary: Vocabulary
    /// Every folded word of every choice.
    let knownSpellings: Set<String>

    init(_ choices: [Dialog.Choice], language: String, vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        var patterns = choices.map { Self.pattern($0, language, vocabulary) }
        // A label word every choice shares ("court" in three court names) tells nothing.
        if patterns.count > 1 {
            let shared = patterns.dropFirst().reduce(Set(patterns[0].labelWords.map(\.stem))) { $0.intersection($1.labelWords.map(\.stem)) }
            for i in patterns.indices { patterns[i].labelWords.removeAll { shared.contains($0.stem) } }
        }
        self.patterns = patterns
        knownSpellings = Set(patterns.flatMap(\.spellings))
    }

    static func pattern(_ choice: Dialog.Choice, _ language: String, _ v: Vocabulary) -> Pattern {
        let label = choice.label.resolve(language, fallback: language)
        let listed = (choice.words[""] ?? []) + (choice.words[language] ?? [])
        let id = choice.id.replacingUnderscores()
        // Each text is read once: the label, then the listed words, then the id.
        let texts = [label] + listed
        let readings = texts.map { Utterance($0, v) }
        let idReading = Utterance(id, v)
        func items(_ words: [Utterance.Word]) -> [Pattern.Item] { words.map { Pattern.Item(stem: $0.stem, polarity: $0.polarity) } }

        var phrases: [[Pattern.Item]] = []
        var literals: [[String]] = []
        var side: Bool?
        for (index, reading) in readings.enumerated() {
            let content = items(reading.contentWords)
            if !content.isEmpty { phrases.append(content) }
            guard index > 0, content.isEmpty else { continue }
            // A listed "yes" or "no" puts the choice on that side; "none", "nada" are matched as typed.
            if reading.words.allSatisfy({ if case .polar = $0.role { return true } else { return false } }), let said = reading.saidYesOrNo {
                side = said
            } else {
                literals.append(Utterance.tokens(of: reading.words))
            }
        }
        let labelReading = readings[0]
        if side == nil, case .polar(let saysYes)? = labelReading.clauses.first?.first?.role, labelReading.clauses.count > 1 {
            side = saysYes
        }
        // Words a misspelling may be of: those of the label and the one-word listed words that
        // the choice affirms ("probation" in "No probation" is not one; "possession" in
        // "possession for sale" is not one either: a longer phrase is matched whole).
        let spellingSources = [labelReading, idReading] + readings.dropFirst().filter { $0.words.count == 1 }
        let spellings = spellingSources.flatMap(\.contentWords).filter { $0.polarity == .affirmed && $0.text.count >= 4 }.map(\.text)
        let squeezed = (readings + [idReading]).map { $0.words.filter { $0.role != .filler }.map(\.text).joined().filter { $0 != " " } }
        let exact = Set([Words.normalize(id)] + texts.map(Words.normalize))
        // In any language: a Spanish label may say "now" where the English does not need to.
        var isPresent = false
        choice.label.forEachVariant { _, text in isPresent = isPresent || Words.tokens(text).contains { v.present.contains($0) } }
        return Pattern(
            phrases: phrases, literals: literals, labelWords: items(labelReading.contentWords + idReading.contentWords), spellings: spellings,
            squeezed: squeezed, exact: exact, side: side, isPresent: isPresent)
    }

    // MARK: - Reading

    /// What the answer says of each choice.
    struct Evidence {
        var score = 0
        /// The part of `score` that the yes or no said gave.
        var fromSide = 0
        /// A listed phrase or the label was found, affirmed.
        var listed = false
        /// Something counted against it.
        var denied = false
        /// A misspelling or a loose word counted for it.
        var loose = false

        mutating func add(_ other: Evidence) {
            score += other.score
            fromSide += other.fromSide
            listed = listed || other.listed
            denied = denied || other.denied
            loose = loose || other.loose
        }
    }

    enum Reading: Equatable {
        /// `exact`: the whole answer is the label or a listed word; `sure`: see
        /// `AnswerInterpreter.Result.answer`.
        case choice(Int, exact: Bool, sure: Bool)
        case ambiguous([Int])
        case notUnderstood
    }

    func read(_ utterance: Utterance, normalized: String) -> Reading {
        let exact = patterns.indices.filter { patterns[$0].exact.contains(normalized) }
        if exact.count == 1 { return .choice(exact[0], exact: true, sure: true) }
        if exact.count > 1 { return .ambiguous(exact) }
        var evidence = [Evidence](repeating: Evidence(), count: patterns.count)
        // Two facts: clauses that each point at a different choice ("I had a violation but I
        // finished", "yes in California but federal court") are asked about, naming both.
        var pointedAt: [Int] = []
        var unexplained = 0
        for clause in utterance.clauses {
            var own = [Evidence](repeating: Evidence(), count: patterns.count)
            unexplained += weigh(clause, &own)
            for index in own.indices where own[index].listed && own[index].score > 0 && !pointedAt.contains(index) {
                pointedAt.append(index)
            }
            for index in own.indices { evidence[index].add(own[index]) }
        }
        weighSide(utterance, &evidence)
        weighSqueezed(utterance, &evidence)
        if pointedAt.count > 1 { return .ambiguous(pointedAt.sorted()) }

        let positive = evidence.indices.filter { evidence[$0].score > 0 }
        let listed = positive.filter { evidence[$0].listed }
        var winner: Int
        if listed.count > 1 {
            return .ambiguous(listed)
        } else if listed.count == 1 {
            winner = listed[0]
        } else if positive.isEmpty {
            // Only denials: "not a felony" leaves the other choice, or asks among the rest.
            let denied = Set(evidence.indices.filter { evidence[$0].score < 0 })
            let rest = patterns.indices.filter { !denied.contains($0) }
            if denied.isEmpty || rest.isEmpty { return .notUnderstood }
            return rest.count == 1 ? .choice(rest[0], exact: false, sure: false) : .ambiguous(rest)
        } else {
            let best = positive.map { evidence[$0].score }.max() ?? 0
            let top = positive.filter { evidence[$0].score == best }
            if top.count > 1 { return .ambiguous(top) }
            winner = top[0]
            // Only words of a label, beside words that match nothing ("felony" in "it was a felony
            // DUI"): the answer is about something the choices do not name.
            if evidence[winner].score > evidence[winner].fromSide, unexplained > 0 { return .notUnderstood }
        }
        // Sure: found from a listed word with nothing else for another choice, or from the yes or
        // no said alone, the other words pointing nowhere ("yes sir").
        let others = evidence.indices.filter { $0 != winner }
        let wordsForOthers = others.contains { evidence[$0].listed && evidence[$0].score - evidence[$0].fromSide > 0 }
        let anyWords = evidence.contains { $0.score != $0.fromSide || $0.denied }
        let sure =
            !utterance.hedged && !evidence[winner].loose && !evidence[winner].denied
            && (evidence[winner].listed ? !wordsForOthers : evidence[winner].fromSide > 0 && !anyWords)
        return .choice(winner, exact: false, sure: sure)
    }

    /// Phrases first, longest first; then label words; then misspellings. Returns how many
    /// affirmed words matched nothing.
    func weigh(_ clause: [Utterance.Word], _ evidence: inout [Evidence]) -> Int {
        var unexplained = 0
        let content = clause.filter { $0.role == .content }
        var covered = [Bool](repeating: false, count: content.count)

        struct Hit {
            var choice: Int
            var start: Int
            var length: Int
            var affirmed: Bool
        }
        var hits: [Hit] = []
        let typed = Utterance.tokens(of: clause)
        for (index, pattern) in patterns.enumerated() {
            for phrase in pattern.phrases where phrase.count <= content.count {
                for start in 0...(content.count - phrase.count) {
                    if let affirmed = match(phrase, content[start..<(start + phrase.count)], now: pattern.isPresent) {
                        hits.append(Hit(choice: index, start: start, length: phrase.count, affirmed: affirmed))
                    }
                }
            }
            for literal in pattern.literals where Words.contains(typed, phrase: literal) {
                evidence[index].score += 3
                evidence[index].listed = true
            }
        }
        // Longest first; a hit overlapping a longer one is dropped, equal ones both count.
        hits.sort { ($0.length, -$0.start) > ($1.length, -$1.start) }
        var taken: [Hit] = []
        for hit in hits {
            let span = hit.start..<(hit.start + hit.length)
            // Only a hit the same way round hides a shorter one: "no open cases" denies "open
            // case" and, as well, affirms "nothing is open".
            let clashes = taken.contains { other in
                let otherSpan = other.start..<(other.start + other.length)
                return other.affirmed == hit.affirmed && otherSpan.overlaps(span) && (other.length > hit.length || other.start != hit.start)
            }
            if clashes { continue }
            taken.append(hit)
        }
        for hit in taken {
            for i in hit.start..<(hit.start + hit.length) { covered[i] = true }
            if hit.affirmed {
                evidence[hit.choice].score += 3
                evidence[hit.choice].listed = true
            } else {
                evidence[hit.choice].score -= 3
                evidence[hit.choice].denied = true
            }
        }
        // Label words, then misspellings, for the words no phrase took.
        for (i, word) in content.enumerated() where !covered[i] {
            var matched = false
            for (index, pattern) in patterns.enumerated() {
                let polarity = pattern.isPresent ? word.polarityNow : word.polarity
                guard polarity != .unclear else { continue }
                for item in pattern.labelWords where item.stem == word.stem && item.polarity != .unclear {
                    matched = true
                    if item.polarity == polarity {
                        evidence[index].score += 1
                    } else {
                        evidence[index].score -= 1
                        evidence[index].denied = true
                    }
                    break
                }
            }
            // A word one of the choices spells just so is not a misspelling of another's.
            guard !matched, word.text.count >= 3, Words.leadingDigits(word.text) == nil, !knownSpellings.contains(word.text) else {
                // A number, or a word no choice uses, is something the choices do not name.
                if !matched, word.polarity == .affirmed, !knownSpellings.contains(word.text) { unexplained += 1 }
                continue
            }
            let near = patterns.indices.filter { patterns[$0].spellings.contains { Self.resembles(word.text, $0) } }
            if near.isEmpty, word.polarity == .affirmed { unexplained += 1 }
            for index in near {
                let polarity = patterns[index].isPresent ? word.polarityNow : word.polarity
                if polarity == .affirmed {
                    evidence[index].score += 1
                    // One letter off a word of five or more, and of one choice only: sure enough.
                    let close =
                        near.count == 1 && word.text.count >= 5
                        && patterns[index].spellings.contains { $0.count >= 5 && editDistance(word.text, $0, limit: 1) <= 1 }
                    if close { evidence[index].listed = true } else { evidence[index].loose = true }
                } else if polarity == .denied {
                    evidence[index].score -= 1
                    evidence[index].denied = true
                }
            }
        }
        return unexplained
    }

    /// Whether `phrase` matches these answer words: true when the answer affirms it, false when
    /// it denies it, nil when the words differ or nothing decides.
    func match(_ phrase: [Pattern.Item], _ words: ArraySlice<Utterance.Word>, now: Bool) -> Bool? {
        var agrees = 0
        var disagrees = 0
        for (item, word) in zip(phrase, words) {
            guard item.stem == word.stem else { return nil }
            let polarity = now ? word.polarityNow : word.polarity
            switch (item.polarity, polarity) {
            // A word a negation reaches but does not deny outright decides nothing alone ("trial"
            // in "not guilty at trial"); after a denied first word it goes along ("not a U.S.
            // citizen" is the label "not a U.S. citizen").
            case (.unclear, _), (.affirmed, .unclear): continue
            case (.affirmed, .affirmed), (.denied, .denied), (.denied, .unclear): agrees += 1
            case (.affirmed, .denied), (.denied, .affirmed): disagrees += 1
            }
        }
        // A denied phrase ("no court") is not found in words a negation leaves unclear ("not
        // adult court": it denies "adult").
        if phrase.first?.polarity == .denied, words.first.map({ now ? $0.polarityNow : $0.polarity }) == .unclear { return nil }
        if agrees > 0, disagrees == 0 { return true }
        if disagrees > 0, agrees == 0 { return false }
        return nil
    }

    /// A yes or no said as an answer counts for the choices on that side, against the others
    /// on the other side; where no choice is on that side, it counts against the other side
    /// ("yes" to "Is anything open?" rules out "No, nothing is open").
    func weighSide(_ utterance: Utterance, _ evidence: inout [Evidence]) {
        guard let said = utterance.saidYesOrNo else { return }
        for (index, pattern) in patterns.enumerated() {
            guard let side = pattern.side else { continue }
            let weight = side == said ? 3 : -3
            evidence[index].score += weight
            evidence[index].fromSide += weight
        }
    }

    /// The whole answer typed without spaces, or misspelled as one word ("countyjail").
    func weighSqueezed(_ utterance: Utterance, _ evidence: inout [Evidence]) {
        let content = utterance.contentWords
        guard !content.isEmpty, content.allSatisfy({ $0.polarity == .affirmed }) else { return }
        let squeezed = content.map(\.text).joined()
        guard squeezed.count >= 5 else { return }
        let near = patterns.indices.filter { evidence[$0].score <= 0 && patterns[$0].squeezed.contains { Self.resembles(squeezed, $0) } }
        for index in near {
            evidence[index].score += 2
            // As typed, or one letter off, for one choice only: sure enough.
            let close = near.count == 1 && patterns[index].squeezed.contains { editDistance(squeezed, $0, limit: 1) <= 1 }
            if close { evidence[index].listed = true } else { evidence[index].loose = true }
        }
    }

    /// A likely misspelling or a start of a word: "probaton" ~ "probation", "prob" ~ "probation".
    static func resembles(_ typed: String, _ word: String) -> Bool {
        if typed.count >= 3, word.count > typed.count, word.hasPrefix(typed) { return true }
        guard typed.count >= 4, word.count >= 4 else { return false }
        // A four-letter word may swap or change a letter ("jial"), not gain one ("till" is not "still").
        if typed.count == 4, word.count != 4 { return false }
        let allowed = typed.count >= 7 ? 2 : 1
        return editDistance(typed, word, limit: allowed) <= allowed
    }
}
