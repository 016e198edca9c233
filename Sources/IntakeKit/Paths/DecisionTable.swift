/// A decision table for a lawyer to review: one row per distinct path, with the answers given,
/// the outcomes shown, and the laws and forms those outcomes name.
package enum DecisionTable {
    package enum Format: String, Sendable {
        case md
        case csv
    }

    package static func render(_ rows: [PathExplorer.Row], dialog: Dialog, format: Format) -> String {
        var references: [String: [String]] = [:]
        for id in dialog.order {
            guard let node = dialog.nodes[id], node.isOutcome else { continue }
            references[id] = citations(in: node.text.resolve(dialog.languages.first ?? "en", fallback: "en"))
        }
        let header = ["path", "round", "answers", "outcomes", "laws and forms named"]
        let body = rows.enumerated().map { index, row -> [String] in
            let cited = unique(row.outcomes.flatMap { references[$0] ?? [] })
            return [
                String(index + 1),
                row.round,
                row.answers.map { "\($0.question) = \($0.answer)" }.joined(separator: "; "),
                row.outcomes.joined(separator: ", "),
                cited.joined(separator: ", "),
            ]
        }
        return table(header: header, body: body, format: format)
    }

    /// One row per outcome: the laws and forms it names, and each set of answers that leads to
    /// it (only the answers a condition read on the way). This is the table for a lawyer.
    package static func renderOutcomes(_ routes: [String: [[(question: String, answer: String)]]], dialog: Dialog, format: Format) -> String {
        let header = ["outcome", "laws and forms named", "answers that lead to it"]
        var body: [[String]] = []
        for id in dialog.order {
            guard let node = dialog.nodes[id], node.isOutcome else { continue }
            let cited = citations(in: node.text.resolve(dialog.languages.first ?? "en", fallback: "en"))
            let ways = merge(routes[id] ?? []).map { route in
                route.isEmpty ? "(always)" : route.map { "\($0.question) = \($0.answers.joined(separator: " or "))" }.joined(separator: "; ")
            }
            body.append([id, cited.joined(separator: ", "), ways.joined(separator: format == .md ? "<br>" : "\n")])
        }
        return table(header: header, body: body, format: format)
    }

    static func table(header: [String], body: [[String]], format: Format) -> String {
        switch format {
        case .csv:
            return ([header] + body).map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
        case .md:
            var text = "| " + header.joined(separator: " | ") + " |\n"
            text += "|" + String(repeating: " --- |", count: header.count) + "\n"
            for row in body {
                text += "| " + row.map { $0.replacingPipes() }.joined(separator: " | ") + " |\n"
            }
            return text
        }
    }

    /// Folds routes that differ in one answer only into one ("age = 18-110 or unknown"), until
    /// no two can be folded, keeping the order in which routes were found.
    static func merge(_ routes: [[(question: String, answer: String)]]) -> [[(question: String, answers: [String])]] {
        typealias Route = [(question: String, answers: [String])]
        var merged: [Route] = routes.map { $0.map { (question: $0.question, answers: [$0.answer]) } }
        var changed = true
        while changed {
            changed = false
            let length = merged.map(\.count).max() ?? 0
            for position in 0..<length {
                // Routes equal everywhere but at `position` fold into the first of them.
                var first: [String: Int] = [:]
                var result: [Route] = []
                for route in merged {
                    guard position < route.count else {
                        result.append(route)
                        continue
                    }
                    var key = route.map(\.question).joined(separator: "|") + "#"
                    for (index, step) in route.enumerated() where index != position {
                        key += step.answers.joined(separator: "/") + "|"
                    }
                    if let at = first[key] {
                        let extra = route[position].answers.filter { !result[at][position].answers.contains($0) }
                        if !extra.isEmpty {
                            result[at][position].answers += extra
                        }
                        changed = true
                    } else {
                        first[key] = result.count
                        result.append(route)
                    }
                }
                merged = result
            }
        }
        return merged
    }

    /// The statutes and forms a text names: "Penal Code 851.91", "PC 1203.4", "WIC 781",
    /// "Welfare and Institutions Code 786", "form CR-409", "JV-595", "BCIA 8016RR", "Prop 47".
    package static func citations(in text: String) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { token -> String in
            // "(Penal" -> "Penal"; "851.93)." -> "851.93"; "1170(h)." -> "1170(h)".
            var word = Substring(token)
            while word.first == "(" { word = word.dropFirst() }
            while let last = word.last, ".,;:".contains(last) || (last == ")" && word.filter({ $0 == ")" }).count > word.filter({ $0 == "(" }).count)
            {
                word = word.dropLast()
            }
            return String(word)
        }
        var found: [String] = []
        let codes: [([String], String)] = [
            (["Penal", "Code"], "PC"), (["PC"], "PC"), (["Welfare", "and", "Institutions", "Code"], "WIC"), (["WIC"], "WIC"),
            (["Vehicle", "Code"], "VC"), (["Health", "and", "Safety", "Code"], "HSC"), (["Prop"], "Prop"),
        ]
        var index = 0
        while index < words.count {
            var matched = false
            for (phrase, short) in codes where index + phrase.count < words.count && Array(words[index..<(index + phrase.count)]) == phrase {
                let number = words[index + phrase.count]
                if number.first?.isNumber == true {
                    found.append("\(short) \(number)")
                    index += phrase.count + 1
                    matched = true
                    // "Penal Code 851.90 and 1000.4": the next numbers belong to the same code.
                    while index + 1 < words.count, words[index] == "and", words[index + 1].first?.isNumber == true {
                        found.append("\(short) \(words[index + 1])")
                        index += 2
                    }
                }
                break
            }
            if matched { continue }
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : ""
            if isForm(word) {
                found.append(word)
            } else if word == "BCIA" || (isAbbreviation(word) && next.first?.isNumber == true) {
                // Any state's code by its initials: "ORS 90.427", "RCW 59.18.650", "BCIA 8705".
                found.append("\(word) \(next)")
            } else if word == "Code", next.first?.isNumber == true {
                // A code named in words: "Civil Code 1946.2".
                var start = index
                while start > 0, words[start - 1].first?.isUppercase == true || (words[start - 1] == "and" && start > 1) { start -= 1 }
                found.append(words[start...index].joined(separator: " ") + " " + next)
            }
            index += 1
        }
        return unique(found)
    }

    /// Two to five capitals, as a code's initials are ("ORS", "RCW", "USC").
    static func isAbbreviation(_ word: String) -> Bool {
        (2...5).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// CR-409, CR-409-INFO, FW-001, JV-596: capitals, a dash, digits.
    static func isForm(_ word: String) -> Bool {
        let parts = word.split(separator: "-")
        guard parts.count >= 2, parts[0].count >= 2, parts[0].allSatisfy({ $0.isUppercase && $0.isLetter }) else { return false }
        return parts[1].allSatisfy { $0.isNumber || $0.isUppercase } && parts[1].first?.isNumber == true
    }

    static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }

    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}

extension String {
    func replacingPipes() -> String { String(map { $0 == "|" ? "/" : $0 }) }
}
