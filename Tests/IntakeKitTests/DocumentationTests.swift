import Foundation
import IntakeKit
import Testing

/// The documentation's examples must work as written.
@Suite struct DocumentationTests {
    /// The first ```yaml block after `heading` in a Markdown file.
    static func yamlBlock(in path: String, after heading: String) throws -> String {
        let text = try Repository.text(path)
        let section = try #require(text.range(of: heading)).upperBound
        let open = try #require(text.range(of: "```yaml\n", range: section..<text.endIndex)).upperBound
        let close = try #require(text.range(of: "```", range: open..<text.endIndex)).lowerBound
        return String(text[open..<close])
    }

    @Test func dialogsReadmeExampleChecksCleanAndRuns() throws {
        let yaml = try Self.yamlBlock(in: "Dialogs/README.md", after: "## A small complete example")
        let result = DialogLoader.load(text: yaml, file: "example.yaml")
        #expect(result.diagnostics.map(\.description) == [])
        let dialog = try #require(result.dialog)
        #expect(
            screen(dialog, ["I was 16"], language: "en").hasSuffix(
                "You were 16. The rules for people under 18 may help you.\n\nWhat may fit:\n1. Under 18 at the time.\n"))
        #expect(screen(dialog, ["30", "I was never charged"], language: "en").contains("OK: No charges were filed."))
        #expect(screen(dialog, ["dieciséis"], language: "es").contains("Usted tenía 16 años."))
        // Without a language, the conversation offers both, one key each.
        #expect(screen(dialog, ["2", "dieciséis"]).hasPrefix("For English, type 1.\n\nPara español, escriba 2.\n> 2\n\nHola."))
        #expect(screen(dialog, ["espanol", "english", "16"]).contains("OK, we will go on in English."))
    }
}

/// The decision table kept for legal review must match the dialog.
@Suite struct DecisionTableFileTests {
    @Test func californiaTableIsUpToDate() throws {
        let file = try Repository.text("Dialogs/california-decision-table.md")
        let marker = try #require(file.range(of: "<!-- table -->\n"))
        let dialog = try Repository.dialog(try Repository.text("Dialogs/california.yaml"), file: "Dialogs/california.yaml")
        let report = PathExplorer(dialog: dialog).explore(rowLimit: 5_000_000, keepRows: false)
        let routes = try #require(report.routes)
        let table = DecisionTable.renderOutcomes(routes, dialog: dialog, format: .md)
        #expect(String(file[marker.upperBound...]) == table, "regenerate Dialogs/california-decision-table.md (see its top)")

        // No contradictions on one screen, path by path: automatic relief (PC 1203.425) is
        // never offered to a person who said the felony was serious or violent, or must register.
        for outcome in ["when_auto_now", "when_auto_later"] {
            for route in routes[outcome] ?? [] {
                #expect(!route.contains { $0.question == "serious" && $0.answer == "yes" }, "\(outcome) after a serious felony: \(route)")
                #expect(!route.contains { $0.question == "registrant" && $0.answer == "yes" }, "\(outcome) for a registrant: \(route)")
            }
        }
    }

    /// Texts that must not follow each other within one case, whatever the answers: every node
    /// reachable from the first before the case ends (the next round, or the end).
    @Test(arguments: [
        // A case outside California, or a ticket, is not sent to the California steps.
        ("out_federal", "BCIA 8016RR"), ("out_other_state", "BCIA 8016RR"), ("out_ticket", "BCIA 8016RR"),
        ("out_federal", "FW-001"), ("out_other_state", "FW-001"),
        // A dismissal that cannot be had is not explained as if it could.
        ("out_registrant_barred", "the court must"),
    ])
    func californiaTextsThatMustNotFollow(_ from: String, _ forbidden: String) throws {
        let dialog = try Repository.dialog(try Repository.text("Dialogs/california.yaml"), file: "Dialogs/california.yaml")
        var seen: Set<String> = []
        var work = [from]
        while let id = work.popLast() {
            guard seen.insert(id).inserted, let node = dialog.nodes[id], !node.forget else { continue }
            node.forEachText { text in
                text.forEachVariant { _, variant in
                    #expect(!variant.contains(forbidden), "'\(forbidden)' in '\(id)', after '\(from)'")
                }
            }
            work += node.next?.targets.map(\.id) ?? []
        }
    }
}
