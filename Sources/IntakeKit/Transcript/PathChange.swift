/// Tells a changed path from changed wording when a transcript no longer matches, so that
/// `replay --update` does not accept a story that now goes another way (another question
/// asked, another outcome reached) as if a word had changed.
///
/// Both screens are cut at the person's lines into steps: what the screen showed before each
/// answer. The path changed when the number of steps differs, or when a step's question (its
/// last paragraph) or its whole text shares fewer than half its words, in order, with the old
/// one. Rewording, rewrapping and a sentence added or dropped stay above that.
package enum PathChange {
    /// A step shares less than this part of its words with the old one: it is another step.
    static let sameStepShare = 0.5

    /// Why the path looks changed, or nil when only wording did. A transcript none of whose
    /// screen lines the dialog shows any more is a sketch (written by hand, answers only, to be
    /// filled in by `--update`): there is no path in it to keep.
    package static func reason(expected: [String], actual: [String]) -> String? {
        let shown = Set(actual)
        guard expected.contains(where: { !$0.isEmpty && Transcript.input(in: $0) == nil && shown.contains($0) }) else { return nil }
        let old = steps(expected)
        let new = steps(actual)
        if old.count != new.count {
            return "it now has \(new.count - 1) answers' worth of questions where it had \(old.count - 1): another way through the dialog"
        }
        for (index, (before, after)) in zip(old, new).enumerated() {
            let last = index == old.count - 1
            let answer = last ? "after the last answer" : "before answer \(index + 1) ('\(before.answer)')"
            if share(words(before.question), words(after.question)) < sameStepShare {
                return last
                    ? "\(answer), the screen now ends with another text: \"\(after.question.prefix(60))\""
                    : "\(answer), another question is asked: \"\(after.question.prefix(60))\""
            }
            if share(words(before.text), words(after.text)) < sameStepShare {
                return "\(answer), the screen now says something else: another outcome or message"
            }
        }
        return nil
    }

    struct Step {
        var text: String
        var question: String
        var answer: String
    }

    /// The screen cut at the person's lines; the last step is what follows the last answer.
    static func steps(_ lines: [String]) -> [Step] {
        var steps: [Step] = []
        var current: [String] = []
        func close(answer: String) {
            let paragraphs = current.split(separator: "", omittingEmptySubsequences: true)
            let question = paragraphs.last.map { $0.joined(separator: " ") } ?? ""
            steps.append(Step(text: current.joined(separator: " "), question: question, answer: answer))
            current = []
        }
        for line in lines {
            if let answer = Transcript.input(in: line) {
                close(answer: answer)
            } else {
                current.append(line)
            }
        }
        close(answer: "")
        return steps
    }

    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " })
    }

    /// The longest common subsequence of the two word lists, over the longer one's length.
    static func share(_ a: [Substring], _ b: [Substring]) -> Double {
        let longer = max(a.count, b.count)
        guard longer > 0 else { return 1 }
        guard a.count * b.count <= 4_000_000 else { return a == b ? 1 : 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var row = previous
        for i in 0..<a.count {
            for j in 0..<b.count {
                row[j + 1] = a[i] == b[j] ? previous[j] + 1 : max(previous[j + 1], row[j])
            }
            swap(&previous, &row)
        }
        return Double(previous[b.count]) / Double(longer)
    }
}
