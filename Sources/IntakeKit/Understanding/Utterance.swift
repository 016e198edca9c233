/// An answer (or a label, or a listed word) as the interpreter reads it: its words in clauses,
/// each word marked with what it does, and each content word with whether a negation denies it.
///
/// Negation follows NegEx (Chapman et al., 2001), cut down to what short answers need: a
/// negation ("not", "never", "ya no") denies the first content word after it in its clause,
/// and words joined to that one by "or" ("not on probation or parole"); content words further
/// on are left unclear, since "not adult court" denies "adult", not "court". A lone "no" at
/// the start ("no, I finished", "no it was in Nevada") is the answer no, not a negation.
struct Utterance: Sendable {
    enum Polarity: Sendable, Equatable {
        case affirmed
        case denied
        /// Inside a negation's reach, but not the word it denies.
        case unclear
    }

    enum Role: Sendable, Equatable {
        case content
        case filler
        case negation
        /// A word or run that says yes (true) or no (false).
        case polar(Bool)
    }

    struct Word: Sendable {
        /// Folded (see `Words.normalize`).
        var text: String
        /// The word without plural and past endings, for matching ("charges", "charged" → "charg").
        var stem: String
        var role: Role
        var polarity = Polarity.affirmed
        /// The polarity when the clause also says the thing is over ("finished my probation"
        /// denies "probation" as a thing going on now).
        var polarityNow = Polarity.affirmed
        /// Whether the word says something is over ("finished", "done").
        var isCompletion = false
    }

    var clauses: [[Word]]
    /// How many times the answer says yes, and no, as an answer (not as a negation).
    var yes = 0
    var no = 0
    /// Whether a negation denies something.
    var negates = false
    /// Whether the answer hedges ("I think", "maybe", "creo").
    var hedged = false
    /// Whether it gives a number as a guess ("about 30", "como 30").
    var approximate = false
    /// Whether the answer asks something instead ("what is prop 47", "puedo hablar con alguien").
    var isQuestion = false

    /// Yes (true) or no (false), where the answer says one of them and not the other.
    var saidYesOrNo: Bool? {
        switch (yes > 0, no > 0) {
        case (true, false): return true
        case (false, true): return false
        default: return nil
        }
    }

    /// Every word, clause after clause.
    var words: [Word] { clauses.flatMap { $0 } }
    var contentWords: [Word] { words.filter { $0.role == .content } }

    /// The folded words of a clause as typed, one per word (a run such as "no longer" is two).
    static func tokens(of clause: [Word]) -> [String] {
        clause.flatMap { $0.text.split(separator: " ").map(String.init) }
    }

    init(_ text: String, _ vocabulary: Vocabulary) {
        let pieces = Words.clauses(text)
        clauses = []
        let all = pieces.flatMap { $0 }
        if let first = pieces.first, Self.startsWith(first, vocabulary.questionStarts) { isQuestion = true }
        hedged = vocabulary.hedges.contains { Words.contains(all, phrase: $0) }
        approximate = vocabulary.approximately.contains { Words.contains(all, phrase: $0) }
        for piece in pieces {
            for clause in Self.split(piece, at: vocabulary.clauseBreaks) where !clause.isEmpty {
                clauses.append(read(clause, vocabulary))
            }
        }
    }

    // MARK: - Reading one clause

    mutating func read(_ tokens: [String], _ v: Vocabulary) -> [Word] {
        var words: [Word] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let rest = tokens[index...]
            func take(_ length: Int, _ role: Role) {
                let text = tokens[index..<(index + length)].joined(separator: " ")
                words.append(Word(text: text, stem: Words.stem(text), role: role))
                index += length
            }
            // Only a word that starts some run of the vocabulary needs the runs looked up.
            let startsRun = v.runStarts.contains(token)
            func run(_ runs: [[String]]) -> Int? { startsRun ? Self.longest(in: rest, among: runs) : nil }
            let squeezed = Words.squeezingRepeats(token)
            if let run = run(v.noPhrases) {
                no += 1
                take(run, .polar(false))
            } else if let run = run(v.yesPhrases) {
                yes += 1
                take(run, .polar(true))
            } else if v.no.contains(token), !isNegation(tokens, at: index, v) {
                no += 1
                take(1, .polar(false))
            } else if let run = run(v.negations) {
                negates = true
                take(run, .negation)
            } else if v.yes.contains(token) || v.yes.contains(squeezed) {
                yes += 1
                take(1, .polar(true))
            } else if v.no.contains(squeezed) {
                no += 1
                take(1, .polar(false))
            } else if let run = run(v.completions) {
                take(run, .content)
                words[words.count - 1].isCompletion = true
            } else {
                take(1, v.filler.contains(token) ? .filler : .content)
            }
        }
        markNegation(&words, v)
        markCompletion(&words, v)
        return words
    }

    /// Whether a "no" at `index` denies what follows ("no charges", "no fue") rather than
    /// answering no ("no, ...", "no it was...", "creo que no").
    func isNegation(_ tokens: [String], at index: Int, _ v: Vocabulary) -> Bool {
        guard v.negations.contains([tokens[index]]) else { return false }
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return !(v.interjectionFollowers.contains(next) || v.yes.contains(next) || v.no.contains(next))
    }

    /// A negation denies the first content word after it, and those joined to it by "or".
    func markNegation(_ words: inout [Word], _ v: Vocabulary) {
        var reach = false
        var head = false
        for i in words.indices {
            switch words[i].role {
            case .negation:
                reach = true
                head = true
            case .polar:
                reach = false
            case .filler:
                guard reach else { continue }
                if v.negationJoiners.contains(words[i].text) {
                    head = true
                } else if v.scopeEnds.contains(words[i].text), !head {
                    reach = false
                }
            case .content:
                guard reach else { continue }
                words[i].polarity = head ? .denied : .unclear
                head = false
            }
        }
        for i in words.indices { words[i].polarityNow = words[i].polarity }
    }

    /// "finished my probation", "parole was done": an affirmed completion word denies, as of
    /// now, the content words after it in its clause and the one just before it.
    func markCompletion(_ words: inout [Word], _ v: Vocabulary) {
        for i in words.indices where words[i].isCompletion && words[i].polarity == .affirmed {
            var j = i + 1
            while j < words.count, !v.scopeEnds.contains(words[j].text), words[j].role != .negation {
                if words[j].role == .content, words[j].polarityNow == .affirmed { words[j].polarityNow = .denied }
                j += 1
            }
            j = i - 1
            while j >= 0, words[j].role == .filler, !v.scopeEnds.contains(words[j].text) { j -= 1 }
            if j >= 0, words[j].role == .content, !words[j].isCompletion, words[j].polarityNow == .affirmed {
                words[j].polarityNow = .denied
            }
        }
    }

    // MARK: - Runs of words

    /// The length of the longest of `runs` that `tokens` starts with.
    static func longest(in tokens: ArraySlice<String>, among runs: [[String]]) -> Int? {
        guard let first = tokens.first else { return nil }
        var best: Int?
        for run in runs where run[0] == first && run.count <= tokens.count && run.count > (best ?? 0) {
            var same = true
            for offset in 1..<run.count where tokens[tokens.startIndex + offset] != run[offset] {
                same = false
                break
            }
            if same { best = run.count }
        }
        return best
    }

    static func startsWith(_ tokens: [String], _ runs: [[String]]) -> Bool {
        longest(in: tokens[...], among: runs) != nil
    }

    /// Splits at every occurrence of `breaks`, dropping them.
    static func split(_ tokens: [String], at breaks: [[String]]) -> [[String]] {
        var clauses: [[String]] = [[]]
        var index = 0
        while index < tokens.count {
            if let run = longest(in: tokens[index...], among: breaks) {
                clauses.append([])
                index += run
            } else {
                clauses[clauses.count - 1].append(tokens[index])
                index += 1
            }
        }
        return clauses.filter { !$0.isEmpty }
    }
}
