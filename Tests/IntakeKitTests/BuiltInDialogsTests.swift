import BuiltInDialogs
import IntakeKit
import Testing

/// The built-in dialogs reach a visitor as compiled code, not YAML: that code must build
/// exactly the dialog the file describes.
struct BuiltInDialogsTests {
    @Test(arguments: BuiltInDialogs.names)
    func compiledDialogEqualsTheFile(name: String) throws {
        let file = try #require(BuiltInDialogs.file(named: name))
        let loaded = try #require(DialogLoader.load(text: file.text, file: file.path).dialog)
        let compiled = try #require(BuiltInDialogs.dialog(named: name))
        // Field by field, so a failure names what differs instead of printing two dialogs.
        #expect(compiled.file == loaded.file)
        #expect(compiled.id == loaded.id)
        #expect(compiled.title == loaded.title)
        #expect(compiled.languages == loaded.languages)
        #expect(compiled.start == loaded.start)
        #expect(compiled.order == loaded.order)
        #expect(compiled.nodes.count == loaded.nodes.count)
        for id in loaded.order where compiled.nodes[id] != loaded.nodes[id] {
            Issue.record("node '\(id)' differs from the file")
        }
    }

    @Test func embeddedTextIsTheRepositoryFile() throws {
        for name in BuiltInDialogs.names {
            let file = try #require(BuiltInDialogs.file(named: name))
            #expect(file.text == (try Repository.text(file.path)))
        }
    }

    @Test func unknownNamesHaveNoDialog() {
        #expect(BuiltInDialogs.dialog(named: "nowhere") == nil)
        #expect(BuiltInDialogs.file(named: "nowhere") == nil)
    }
}
