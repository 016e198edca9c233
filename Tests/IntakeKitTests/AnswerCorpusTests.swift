import Foundation
import IntakeKit
import Testing

/// Plays every answer of Tests/corpus/answers.tsv at its question of the California dialog, as
/// a visitor would meet it (the question reached by a real path through the dialog), and
/// compares what the program did with what a careful clerk would understand. Fails on any
/// answer taken as something else, and on any answer taken where a clerk would ask again;
/// prints understood %, asked-back % and the confirmations it took, per language and kind.
@Suite struct AnswerCorpusTests {
    struct Row {
        var line: Int
        var language: String
        var question: String
        var answer: String
        var clerk: String
        var kind: String
    }

    enum Outcome: Equatable {
        case taken(Value, confirmed: Bool)
        case asked
    }

    /// The day the corpus is read on ("in 2015" is 10 or 11 years before it).
    static let today = Day(year: 2026, month: 11, day: 15)

    static func rows() throws -> [Row] {
        let text = try Repository.text("Tests/corpus/answers.tsv")
        var rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { throw TestFailure("answers.tsv:\(index + 1): expected 5 tab-separated fields") }
            rows.append(Row(line: index + 1, language: fields[0], question: fields[1], answer: fields[2], clerk: fields[3], kind: fields[4]))
        }
        return rows
    }

    static func dialog() throws -> Dialog {
        try Repository.dialog(try Repository.text("Dialogs/california.yaml"), file: "Dialogs/california.yaml")
    }

    /// For each question, a conversation waiting at it, reached by the shortest list of typed
    /// choices (numbers). A breadth-first search over conversations: a conversation is a value,
    /// so each branch is a copy.
    static func paths(_ dialog: Dialog, language: String) -> [String: Conversation] {
        let questions = Set(dialog.nodes.values.filter { $0.question != nil }.map(\.id))
        var paths: [String: Conversation] = [:]
        var start = Conversation(dialog: dialog, language: language, today: today)
        _ = start.start()
        var queue: [Conversation] = [start]
        var seen: Set<String> = []
        var next = 0
        while next < queue.count, paths.count < questions.count {
            let conversation = queue[next]
            next += 1
            guard let node = conversation.current, let question = dialog.nodes[node]?.question else { continue }
            // Where the conversation stands: its question and the answers that brought it there.
            guard seen.insert(node + " " + conversation.trace.answers.sorted().joined(separator: " ")).inserted else { continue }
            if paths[node] == nil { paths[node] = conversation }
            var inputs: [String]
            switch question.answer {
            case .yesNo: inputs = ["1", "2"]
            case .choice(let choices): inputs = (1...choices.count).map(String.init)
            case .number(let min, let max, _): inputs = ["30", "16", "5", "1"].filter { (min...max).contains(Int($0)!) }
            case .text: inputs = ["something"]
            case .date: inputs = ["March 2025", "June 2015"]
            }
            if question.allowsUnknown, question.answer.isDate || question.answer.name == "number" {
                inputs.append("I don't know")
            }
            for input in inputs {
                var branch = conversation
                _ = branch.handle(input)
                queue.append(branch)
            }
        }
        return paths
    }

    static func play(_ row: Row, at start: Conversation) throws -> Outcome {
        var conversation = start
        guard conversation.current == row.question else { throw TestFailure("answers.tsv:\(row.line): cannot reach '\(row.question)'") }
        _ = conversation.handle(row.answer)
        if let taken = conversation.taken, taken.node == row.question { return .taken(taken.value, confirmed: false) }
        if conversation.isConfirming {
            _ = conversation.handle("1")
            if let taken = conversation.taken, taken.node == row.question { return .taken(taken.value, confirmed: true) }
        }
        return .asked
    }

    /// Whether `value` is what the clerk column says.
    static func matches(_ value: Value, _ clerk: String) -> Bool {
        switch value {
        case .yes: return clerk == "yes"
        case .no: return clerk == "no"
        case .unknown: return clerk == "unknown"
        case .choice(let id): return clerk == id
        case .text(let text): return clerk == text
        case .date(let span):
            // "2024-03" for a month, "2024" for a year.
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            if span.isOneMonth { return clerk == "\(span.first.year)-\(two(span.first.month))" }
            return clerk == String(span.first.year)
        case .number(let n):
            let bounds = clerk.split(separator: ".", omittingEmptySubsequences: true).compactMap { Int($0) }
            if bounds.count == 2 { return (bounds[0]...bounds[1]).contains(n) }
            return Int(clerk) == n
        }
    }

    struct Tally {
        var total = 0
        var understood = 0
        var asked = 0
        var wrong = 0
        var takenWhereAsk = 0
        var confirmations = 0

        mutating func add(_ outcome: Outcome, clerk: String) {
            total += 1
            switch outcome {
            case .asked:
                if clerk == "ask" { understood += 1 } else { asked += 1 }
            case .taken(let value, let confirmed):
                if confirmed { confirmations += 1 }
                if clerk == "ask" {
                    takenWhereAsk += 1
                } else if AnswerCorpusTests.matches(value, clerk) {
                    understood += 1
                } else {
                    wrong += 1
                }
            }
        }

        func line(_ name: String) -> String {
            func percent(_ n: Int) -> String { String(format: "%5.1f%%", total == 0 ? 0 : 100 * Double(n) / Double(total)) }
            return name.padding(toLength: 12, withPad: " ", startingAt: 0)
                + String(format: "%4d", total) + "  understood " + percent(understood) + "  asked back " + percent(asked)
                + "  wrong \(wrong)  taken where a clerk asks \(takenWhereAsk)  confirmations \(confirmations)"
        }
    }

    @Test func everyAnswerIsReadAsAClerkWould() throws {
        let dialog = try Self.dialog()
        let rows = try Self.rows()
        #expect(rows.count >= 600)
        var paths: [String: [String: Conversation]] = [:]
        for language in dialog.languages { paths[language] = Self.paths(dialog, language: language) }

        var all = Tally()
        var byLanguage: [String: Tally] = [:]
        var byKind: [String: Tally] = [:]
        var failures: [String] = []
        var askedBack: [String] = []
        var confirmed: [String] = []
        for row in rows {
            guard let start = paths[row.language]?[row.question] else {
                failures.append("answers.tsv:\(row.line): no question '\(row.question)' in \(row.language)")
                continue
            }
            let outcome = try Self.play(row, at: start)
            all.add(outcome, clerk: row.clerk)
            byLanguage[row.language, default: Tally()].add(outcome, clerk: row.clerk)
            byKind[row.kind, default: Tally()].add(outcome, clerk: row.clerk)
            switch outcome {
            case .taken(let value, let confirmed) where row.clerk == "ask" || !Self.matches(value, row.clerk):
                let how = confirmed ? "confirmed and took" : "took"
                failures.append("answers.tsv:\(row.line): \(row.question) \"\(row.answer)\": \(how) \(value), a clerk: \(row.clerk)")
            case .taken(let value, confirmed: true):
                confirmed.append("\(row.language) \(row.question) \"\(row.answer)\" (\(value))")
            case .asked where row.clerk != "ask":
                askedBack.append("\(row.language) \(row.question) \"\(row.answer)\" (clerk: \(row.clerk))")
            default:
                break
            }
        }
        var report = ["Answer corpus (Tests/corpus/answers.tsv), read as a clerk would:", all.line("all")]
        report += byLanguage.keys.sorted().map { byLanguage[$0]!.line($0) }
        report += byKind.keys.sorted().map { byKind[$0]!.line($0) }
        if ProcessInfo.processInfo.environment["CORPUS_VERBOSE"] != nil { report += ["Asked back:"] + askedBack + ["Confirmed:"] + confirmed }
        print(report.joined(separator: "\n"))
        #expect(failures.isEmpty, Comment(rawValue: "\(failures.count) answers misread:\n" + failures.joined(separator: "\n")))
    }
}
