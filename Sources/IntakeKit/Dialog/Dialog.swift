/// A checked dialog: a state machine of questions, messages and outcomes, read from a file.
///
/// `DialogLoader` makes one from a file that passed every check, so the engine never meets a
/// dangling `next`, an unknown choice or a missing translation. The package initialisers are for
/// code generated from such a file (the built-in dialogs, see Sources/embed-dialogs): they
/// check nothing.
package struct Dialog: Sendable, Equatable {
    /// The file it came from, as given to the loader (used in messages and transcripts).
    package let file: String
    package let id: String
    package let title: Text?
    /// Languages every text is written in, in the file's order; the first is the default.
    package let languages: [String]
    package let start: String
    package let nodes: [String: Node]
    /// Node ids in the order the file lists them.
    package let order: [String]
    /// What a printed handout says before and after the cases; nil: the dialog has none.
    package let handout: Handout?
    /// Languages being translated: checked and counted, never offered to a visitor (they are
    /// not in `languages`).
    package let drafts: [String]

    package init(
        file: String, id: String, title: Text?, languages: [String], start: String, nodes: [String: Node], order: [String],
        handout: Handout? = nil, drafts: [String] = []
    ) {
        self.file = file
        self.id = id
        self.title = title
        self.languages = languages
        self.start = start
        self.nodes = nodes
        self.order = order
        self.handout = handout
        self.drafts = drafts
    }

    /// The handout's own texts: its title, and what follows the cases (how to get the record,
    /// fees, free help). The same for everyone: they show no answers.
    package struct Handout: Sendable, Equatable {
        package var title: Text
        package var end: Text

        package init(title: Text, end: Text) {
            self.title = title
            self.end = end
        }
    }

    /// The node with this id; the loader guarantees every id a node names exists.
    package func node(_ id: String) -> Node? { nodes[id] }
}

extension Dialog {
    /// A text as the file gives it: one string for every language, or one per language.
    package struct Text: Sendable, Equatable {
        package var single: String?
        package var byLanguage: [String: String]
        package var location: SourceLocation
        /// Where each language's text starts.
        package var locations: [String: SourceLocation]
        /// For a translation written `es@1a2b3c4d:`, the stamp of the source-language text it
        /// translates (see `stamp(of:)`): when the source text changes, the translation is stale.
        package var stamps: [String: String]

        /// Whether any variant has `{` or `}`, so texts without placeholders skip filling.
        package let hasBraces: Bool

        package init(
            single: String? = nil, byLanguage: [String: String] = [:], location: SourceLocation, locations: [String: SourceLocation] = [:],
            stamps: [String: String] = [:]
        ) {
            self.single = single
            self.byLanguage = byLanguage
            self.location = location
            self.locations = locations
            self.stamps = stamps
            func braces(_ text: String) -> Bool {
                var text = text
                return text.withUTF8 { $0.contains { $0 == 0x7B || $0 == 0x7D } }
            }
            hasBraces = single.map(braces) ?? byLanguage.values.contains(where: braces)
        }

        /// A short fingerprint of a source text (FNV-1a, 32 bits, in hex): what a translation's
        /// stamp records, so that a change to the source shows.
        package static func stamp(of text: String) -> String {
            var hash: UInt32 = 2_166_136_261
            for byte in text.utf8 {
                hash ^= UInt32(byte)
                hash = hash &* 16_777_619
            }
            let hex = String(hash, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }

        /// Where line `offset` (from 0) of the text in `language` stands in the file. A text of
        /// several lines is a block (`|`), which starts on the line after its key.
        package func location(of language: String?, line offset: Int) -> SourceLocation {
            let start = location(of: language)
            let variant = language.flatMap { byLanguage[$0] } ?? single ?? ""
            return SourceLocation(line: start.line + offset + (variant.contains("\n") ? 1 : 0), column: start.column)
        }

        /// Where the text in `language` starts (the whole text's start for a single string).
        package func location(of language: String?) -> SourceLocation {
            language.flatMap { locations[$0] } ?? location
        }

        /// The text in `language`, else in `fallback`, else any.
        package func resolve(_ language: String, fallback: String) -> String {
            if let single { return single }
            return byLanguage[language] ?? byLanguage[fallback] ?? byLanguage.values.sorted().first ?? ""
        }

        /// Calls `body` with every variant and its language (nil for a single string), the
        /// languages in alphabetical order.
        package func forEachVariant(_ body: (_ language: String?, _ text: String) -> Void) {
            if let single { return body(nil, single) }
            if byLanguage.count == 1, let only = byLanguage.first { return body(only.key, only.value) }
            for (language, text) in byLanguage.sorted(by: { $0.key < $1.key }) { body(language, text) }
        }
    }

    /// One state of the dialog.
    /// A class, not a struct: the loader, the checker and every conversation pass nodes
    /// around, and a node is never changed once read, so sharing one costs a reference count
    /// where a copy would cost one for each of its texts, lists and rules.
    package final class Node: Sendable, Equatable {
        package enum Kind: Sendable, Equatable {
            case question(Question)
            case message
            case outcome
        }

        package let id: String
        package let location: SourceLocation
        package let kind: Kind
        /// What is shown: the question, the message or the outcome.
        package let text: Text
        /// Why we ask and how to find out; shown by the help command.
        package let help: Text?
        /// A one-line result for the end-of-visit summary (outcomes).
        package let summary: Text?
        /// Forget every saved answer on arriving here, except `keep`: a new round, such as
        /// another case.
        package let forget: Bool
        package let keep: [String]
        package let next: Next?
        /// Whether the text goes on the printed handout when it is shown after a case's outcome
        /// (`print: false` keeps a generic or personal text off it).
        package let print: Bool

        package init(
            id: String, location: SourceLocation, kind: Kind, text: Text, help: Text?, summary: Text?, forget: Bool, keep: [String], next: Next?,
            print: Bool = true
        ) {
            self.id = id
            self.location = location
            self.kind = kind
            self.text = text
            self.help = help
            self.summary = summary
            self.forget = forget
            self.keep = keep
            self.next = next
            self.print = print
        }

        /// Calls `body` with the node's text, then its help and its summary if it has them.
        package func forEachText(_ body: (Text) -> Void) {
            body(text)
            if let help { body(help) }
            if let summary { body(summary) }
        }

        package var question: Question? {
            if case .question(let question) = kind { return question }
            return nil
        }

        package var isOutcome: Bool {
            if case .outcome = kind { return true }
            return false
        }

        package static func == (lhs: Node, rhs: Node) -> Bool {
            lhs === rhs
                || (lhs.id == rhs.id && lhs.location == rhs.location && lhs.kind == rhs.kind
                    && lhs.text == rhs.text && lhs.help == rhs.help && lhs.summary == rhs.summary
                    && lhs.forget == rhs.forget && lhs.keep == rhs.keep && lhs.next == rhs.next)
        }
    }

    /// What a question asks for and where the answer goes.
    package struct Question: Sendable, Equatable {
        package var answer: AnswerType
        /// The name the answer is saved under, for conditions and `{name}` in texts.
        package var save: String
        /// Whether "I don't know" is an answer here.
        package var allowsUnknown: Bool
        /// Asked once a visit: reached again with its answer kept from an earlier case (see
        /// `keep`), the question is not asked, and the dialog goes on with that answer.
        package var once: Bool

        package init(answer: AnswerType, save: String, allowsUnknown: Bool, once: Bool = false) {
            self.answer = answer
            self.save = save
            self.allowsUnknown = allowsUnknown
            self.once = once
        }
    }

    package enum AnswerType: Sendable, Equatable {
        case yesNo
        case number(min: Int, max: Int, unit: NumberUnit = .count)
        case choice([Choice])
        case text
        /// A month and year, or a year alone (see `DateSpan`): on or before today, or, with
        /// `future`, any date ("When will your parole end?": "in 6 months" is ahead).
        case date(future: Bool)

        package var isDate: Bool {
            if case .date = self { return true }
            return false
        }

        /// A word for the type, for messages.
        package var name: String {
            switch self {
            case .yesNo: return "yes/no"
            case .date: return "date"
            case .number: return "number"
            case .choice: return "choice"
            case .text: return "text"
            }
        }
    }

    /// What a number answer counts, so that answers with units and times are read right.
    package enum NumberUnit: String, Sendable, Equatable, CaseIterable {
        /// A plain number.
        case count
        /// An age at the time something happened: "when I was 19" is 19; "I'm 40 now" is asked
        /// again (it is the age now); a year such as 2019 is never taken as an age.
        case age
    }

    /// One answer a choice question offers.
    package struct Choice: Sendable, Equatable {
        package var id: String
        package var label: Text
        /// The choice as a text shows it inside a sentence ("a 30-day notice"), where the menu
        /// label ("A 30-day notice") would read wrong; nil: the label.
        package var sentence: Text?
        /// Other words a person may use for this choice, per language ("" for every language).
        package var words: [String: [String]]
        package var location: SourceLocation
        package init(id: String, label: Text, sentence: Text? = nil, words: [String: [String]], location: SourceLocation) {
            self.id = id
            self.label = label
            self.sentence = sentence
            self.words = words
            self.location = location
        }
    }

    /// Where to go after a node.
    package enum Next: Sendable, Equatable {
        case node(Target)
        case rules([Rule])

        /// Every node this can lead to.
        package var targets: [Target] {
            switch self {
            case .node(let target): return [target]
            case .rules(let rules): return rules.map(\.target)
            }
        }
    }

    package struct Target: Sendable, Equatable {
        package var id: String
        package var location: SourceLocation

        package init(id: String, location: SourceLocation) {
            self.id = id
            self.location = location
        }
    }

    /// `if: condition` / `goto: node`; the last rule has no condition.
    package struct Rule: Sendable, Equatable {
        package var condition: Condition?
        /// The condition as written in the file, for graphs and tables.
        package var source: String?
        package var target: Target
        package var location: SourceLocation

        package init(condition: Condition?, source: String?, target: Target, location: SourceLocation) {
            self.condition = condition
            self.source = source
            self.target = target
            self.location = location
        }
    }
}
