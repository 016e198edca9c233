import IntakeKit

/// The dialogs compiled into the binary (Dialogs/*.yaml, embedded at build time by the
/// EmbedDialogs plugin), so a copied binary needs no files beside it. The build checks each
/// one (an error fails the build) and writes it twice: as its text, for the commands that
/// report places in the file, and as Swift code that builds its `Dialog`, for a visitor's
/// start-up, which then reads no YAML.
package enum BuiltInDialogs {
    package struct File: Sendable {
        package var name: String
        /// Where the file lives in the repository, as transcripts and messages name it.
        package var path: String
        package var text: String
    }

    package static var names: [String] { EmbeddedDialogs.files.map(\.name) }

    package static func file(named name: String) -> File? {
        EmbeddedDialogs.files.first { $0.name == name }.map { File(name: $0.name, path: $0.path, text: $0.text) }
    }

    /// The checked dialog called `name`, built by compiled code.
    package static func dialog(named name: String) -> Dialog? {
        EmbeddedDialogs.dialog(named: name)
    }
}
