import IntakeKit

/// `intake translations`: how far each language is translated, what is missing or stale, and
/// `--stamp LANG` to record which source texts the LANG texts now translate.
enum TranslationsCommand {
    static func run(_ words: [String]) throws(CommandError) -> ExitCode {
        let args = try Arguments(words, for: "translations", valued: ["--stamp"], switches: [])
        let (loaded, dialog) = try DialogSource.command(try args.dialog())
        if let language = args.options["--stamp"] {
            guard let file = args.positionals.first, FileSystem.exists(file) else {
                throw CommandError.usage(
                    "--stamp rewrites a dialog file: name one (built-in dialogs are stamped in their source file)", command: "translations")
            }
            let declared = dialog.languages + dialog.drafts
            guard declared.dropFirst().contains(language) else {
                throw CommandError.usage(
                    "--stamp \(language): the dialog translates \(declared.first ?? "en") into \(declared.dropFirst().joined(separator: ", "))",
                    command: "translations")
            }
            let stamped: (text: String, count: Int)
            do {
                stamped = try TranslationStatus.stamping(language, in: loaded.source, languages: declared)
            } catch {
                throw CommandError.invalid()
            }
            try FileSystem.write(stamped.text, to: file)
            Terminal.write("\(file): stamped \(stamped.count) \(language) texts with the \(declared[0]) texts they translate\n")
            return .success
        }
        let statuses = TranslationStatus.of(dialog)
        if statuses.isEmpty { Terminal.write("\(loaded.label): one language (\(dialog.languages.first ?? "en")), nothing to translate\n") }
        for status in statuses {
            Terminal.write("\(loaded.label): \(status.summary)\n")
            for place in status.missing.prefix(20) {
                Terminal.write("  \(loaded.label):\(place.line):\(place.column): no \(status.language) text\n")
            }
            if status.missing.count > 20 { Terminal.write("  ... and \(status.missing.count - 20) more without \(status.language)\n") }
            for place in status.stale {
                Terminal.write("  \(loaded.label):\(place.line):\(place.column): stale: the \(dialog.languages.first ?? "en") text changed since\n")
            }
        }
        return .success
    }
}
