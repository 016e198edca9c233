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
        let report = PathExplorer(dialog: dialog).explore(rowLimit: 5_000_000)
        let routes = try #require(report.routes)
        let table = DecisionTable.renderOutcomes(routes, dialog: dialog, format: .md)
        #expect(String(file[marker.upperBound...]) == table, "regenerate Dialogs/california-decision-table.md (see its top)")
    }
}
