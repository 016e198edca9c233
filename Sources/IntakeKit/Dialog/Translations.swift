/// How far each language of a dialog is translated, and which translations are stale: the
/// translator's view (`intake translations`, and a line of `intake check`).
package struct TranslationStatus: Sendable, Equatable {
    package var language: String
    package var isDraft: Bool
    /// Texts written per language (a single string serves every language and is not counted).
    package var total: Int
    package var translated: Int
    /// Translations whose stamp no longer matches their source text.
    package var stale: [SourceLocation]
    /// Texts with no translation in this language.
    package var missing: [SourceLocation]

    package var percent: Int { total == 0 ? 100 : translated * 100 / total }

    /// One entry per language after the first (the source), offered languages first.
    package static func of(_ dialog: Dialog) -> [TranslationStatus] {
        guard let source = dialog.languages.first else { return [] }
        let targets = dialog.languages.dropFirst().map { ($0, false) } + dialog.drafts.map { ($0, true) }
        var statuses = targets.map { TranslationStatus(language: $0.0, isDraft: $0.1, total: 0, translated: 0, stale: [], missing: []) }
        let nodes = dialog.order.compactMap { dialog.nodes[$0] }
        DialogChecker.forEachText(of: nodes, title: dialog.title, handout: dialog.handout) { text, _ in
            guard text.single == nil, text.byLanguage[source] != nil else { return }
            let stale = Set(text.staleTranslations(of: source).map(\.language))
            for index in statuses.indices {
                let language = statuses[index].language
                statuses[index].total += 1
                guard text.byLanguage[language] != nil else {
                    statuses[index].missing.append(text.location)
                    continue
                }
                statuses[index].translated += 1
                if stale.contains(language) { statuses[index].stale.append(text.location(of: language)) }
            }
        }
        return statuses
    }

    /// "es 100% (472 of 472)", "fr 12% (58 of 472, draft: not offered)", "es ... 3 stale".
    package var summary: String {
        var line = "\(language) \(percent)% (\(translated) of \(total)"
        if isDraft { line += ", draft: not offered to visitors" }
        if !stale.isEmpty { line += ", \(stale.count) stale" }
        return line + ")"
    }
}

extension Dialog.Text {
    /// The translations stamped with another version of the `source` text than it has now, in
    /// language order: each with its stamp and the source text's stamp now.
    func staleTranslations(of source: String) -> [(language: String, stamped: String, now: String)] {
        guard let sourceText = byLanguage[source], !stamps.isEmpty else { return [] }
        let now = Dialog.Text.stamp(of: sourceText)
        return stamps.sorted { $0.key < $1.key }.filter { $0.value != now }.map { ($0.key, $0.value, now) }
    }
}

extension DialogChecker {
    /// A translation stamped with the source text it translates (`es@1a2b3c4d:`) warns when
    /// that source text has changed since.
    mutating func checkTranslationStamps() {
        guard let source = dialog.languages.first else { return }
        Self.forEachText(of: nodesInOrder, title: dialog.title, handout: dialog.handout) { text, what in
            for (language, written, stamp) in text.staleTranslations(of: source) {
                report(
                    .translationMustBeCurrent,
                    "stale: the \(source) text of \(what()) changed since this \(language) text was written (stamped \(written); the \(source) text is now \(stamp)); update the \(language) text, then stamp it: intake translations FILE --stamp \(language)",
                    at: text.location(of: language), severity: .warning)
            }
        }
    }
}

extension TranslationStatus {
    /// The dialog's source with every `language` text stamped with the source text it now
    /// translates (`es:` or `es@old:` becomes `es@1a2b3c4d:`), and how many were stamped. Only
    /// the keys change; everything else in the file stays as written.
    package static func stamping(_ language: String, in source: String, languages: [String]) throws(YAMLError) -> (text: String, count: Int) {
        let tree = try YAMLParser.parse(source)
        guard let first = languages.first else { return (source, 0) }
        var edits: [(line: Int, column: Int, length: Int, key: String)] = []
        for node in tree.nodes.indices where tree.kind(node) == .mapping {
            var keys: [(code: String, key: Int, value: Int)] = []
            for index in 0..<tree.pairCount(node) {
                let (key, value) = tree.pair(node, index)
                guard let name = tree.string(key), let code = name.split(separator: "@").first.map(String.init), languages.contains(code)
                else { break }
                keys.append((code, key, value))
            }
            guard keys.count == tree.pairCount(node), let sourceText = keys.first(where: { $0.code == first }).flatMap({ tree.string($0.value) })
            else { continue }
            for entry in keys where entry.code == language && tree.kind(entry.value) == .scalar {
                let location = tree.location(entry.key)
                let name = tree.string(entry.key) ?? language
                edits.append((location.line, location.column, name.count, language + "@" + Dialog.Text.stamp(of: sourceText)))
            }
        }
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for edit in edits.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) where edit.line <= lines.count {
            var characters = Array(lines[edit.line - 1])
            let start = edit.column - 1
            guard start + edit.length <= characters.count else { continue }
            characters.replaceSubrange(start..<start + edit.length, with: edit.key)
            lines[edit.line - 1] = String(characters)
        }
        return (lines.joined(separator: "\n"), edits.count)
    }
}
