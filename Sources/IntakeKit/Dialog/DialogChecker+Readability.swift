extension DialogChecker {
    /// Shorter texts are not graded on their own: one two-syllable word ("Hello.") scores
    /// grade 8.4, which says nothing about how hard it is to read.
    static let minimumGradedWords = 5
    /// The dialog's overall grade needs enough text to mean something.
    static let minimumPooledWords = 30

    /// Warns where a question, help, message or outcome of five words or more reads harder than
    /// its language's table asks (English: grade 8; Spanish: "bastante fácil"), and where all of
    /// a language's text together reads above its average grade.
    mutating func checkReadability() {
        var totals: [String: Readability.Counts] = [:]
        for node in nodesInOrder {
            checkReadability(node.text, totals: &totals)
            if let help = node.help { checkReadability(help, totals: &totals) }
        }
        if let end = dialog.handout?.end { checkReadability(end, totals: &totals) }
        for (code, total) in totals.sorted(by: { $0.key < $1.key }) where total.words >= Self.minimumPooledWords {
            guard case .fleschKincaid(_, let averageGrade)? = languages.table(code)?.readingLevel else { continue }
            let average = Readability.fleschKincaidGrade(total)
            if average > averageGrade {
                report(
                    .textMustBeEasyToRead,
                    "the \(code) texts together read at grade \(Self.format(average)) (Flesch-Kincaid); aim for \(Self.whole(averageGrade)) or below",
                    at: SourceLocation(line: 1, column: 1), severity: .warning)
            }
        }
    }

    /// Checks one text, adding its counts to its language's total.
    mutating func checkReadability(_ text: Dialog.Text, totals: inout [String: Readability.Counts]) {
        text.forEachVariant { language, variant in
            let code = language ?? dialog.languages.first ?? "en"
            let plain = text.hasBraces ? Self.readable(variant) : variant
            switch languages.table(code)?.readingLevel {
            case .fleschKincaid(let maximum, _)?:
                let counts = Readability.counts(plain, syllables: Readability.englishSyllables as ([Unicode.Scalar]) -> Int)
                totals[code, default: Readability.Counts(sentences: 0, words: 0, syllables: 0)].add(counts)
                guard counts.words >= Self.minimumGradedWords else { return }
                let grade = Readability.fleschKincaidGrade(counts)
                if grade > maximum {
                    report(
                        .textMustBeEasyToRead,
                        "this \(code) text reads at grade \(Self.format(grade)) (Flesch-Kincaid); aim for \(Self.whole(maximum)) or below: shorter sentences, shorter words",
                        at: text.location(of: language), severity: .warning)
                }
            case .fernandezHuerta(let minimum)?:
                let counts = Readability.counts(plain, syllables: Readability.spanishSyllables as ([Unicode.Scalar]) -> Int)
                guard counts.words >= Self.minimumGradedWords else { return }
                let ease = Readability.fernandezHuerta(counts)
                if ease < minimum {
                    report(
                        .textMustBeEasyToRead,
                        "this \(code) text scores \(Self.format(ease)) (Fernández-Huerta); aim for \(Self.whole(minimum)) or more (bastante fácil): shorter sentences, shorter words",
                        at: text.location(of: language), severity: .warning)
                }
            case nil:
                return
            }
        }
    }

    /// The text without placeholders, which stand for short answers.
    static func readable(_ text: String) -> String {
        Template.fill(ConditionalText.everyBranch(text)) { _ in "it" }.text
    }

    /// A threshold from a language table: "8", or "7.5".
    static func whole(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : format(value)
    }

    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
