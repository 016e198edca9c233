/// Replays transcript files: finds each one's dialog, loads it once, replays, reports.
///
/// File access comes in as closures, so the engine stays free of I/O and tests can use
/// whatever they like.
package struct TranscriptRunner {
    package typealias ReadFile = (String) throws -> [UInt8]
    package typealias FileExists = (String) -> Bool
    /// A built-in dialog's file path and text, by name.
    package typealias BuiltIn = (String) -> (path: String, text: String)?

    let readFile: ReadFile
    let fileExists: FileExists
    let builtIn: BuiltIn
    var loaded: [String: Dialog] = [:]

    /// Largest transcript replayed: a conversation of some thousand lines is a few hundred KB.
    package static let maximumTranscriptBytes = 1 << 20

    package init(readFile: @escaping ReadFile, fileExists: @escaping FileExists, builtIn: @escaping BuiltIn = { _ in nil }) {
        self.readFile = readFile
        self.fileExists = fileExists
        self.builtIn = builtIn
    }

    /// Parses, resolves and replays one transcript file.
    /// Throws `Transcript.FormatError` for a malformed transcript or a dialog that cannot be used.
    package mutating func replay(_ file: String) throws -> (transcript: Transcript, dialog: Dialog, result: Replay.Result) {
        let transcript = try parse(file)
        let dialog = try dialog(for: transcript, in: file)
        return (transcript, dialog, try Replay.run(transcript, dialog: dialog, file: file))
    }

    /// Reads and parses one transcript file.
    package func parse(_ file: String) throws -> Transcript {
        let bytes = try readFile(file)
        guard bytes.count <= Self.maximumTranscriptBytes else {
            throw Transcript.FormatError(file: file, line: 1, message: "the transcript is \(bytes.count) bytes; a transcript may be at most 1 MiB")
        }
        return try Transcript.parse(String(decoding: bytes, as: UTF8.self), file: file)
    }

    /// The transcript's dialog, loaded once per runner.
    package mutating func dialog(for transcript: Transcript, in file: String) throws -> Dialog {
        if let found = builtIn(transcript.dialogPath) {
            if let dialog = loaded[found.path] { return dialog }
            return try load(Array(found.text.utf8), path: found.path, for: file)
        }
        let path = try resolve(transcript.dialogPath, from: file)
        if let dialog = loaded[path] { return dialog }
        return try load(try readFile(path), path: path, for: file)
    }

    mutating func load(_ bytes: [UInt8], path: String, for file: String) throws -> Dialog {
        let result = DialogLoader.load(bytes: bytes, file: path)
        guard let dialog = result.dialog else {
            throw Transcript.FormatError(file: file, line: 1, message: "dialog \(path) has errors; run: intake check \(path)")
        }
        loaded[path] = dialog
        return dialog
    }

    /// A `# dialog:` path names a dialog file inside the transcript's own tree: relative, with
    /// no `..`, ending in `.yaml`, looked up from the transcript's folder upwards the way git
    /// finds its folder (so `Dialogs/california.yaml` works anywhere in a repository), but no
    /// higher than the working folder (or, for a transcript outside it, its own folder). A
    /// transcript from elsewhere cannot make a replay read, and quote in its errors, any other
    /// file (`/etc/shadow`, `../../secret`).
    package func resolve(_ path: String, from file: String) throws -> String {
        func refuse(_ why: String) -> Transcript.FormatError {
            Transcript.FormatError(
                file: file, line: 1, message: "dialog '\(path)' \(why); name a built-in dialog or a .yaml file inside this transcript's folders")
        }
        if path.hasPrefix("/") { throw refuse("is an absolute path") }
        if path.split(separator: "/").contains("..") { throw refuse("climbs out with '..'") }
        if !path.hasSuffix(".yaml") && !path.hasSuffix(".yml") { throw refuse("is not a .yaml file") }
        var folder = Self.directory(of: file)
        let top = file.hasPrefix("/") ? folder : "."
        for _ in 0..<64 {
            let candidate = folder == "." ? path : folder + "/" + path
            if fileExists(candidate) { return candidate }
            if folder == top { break }
            let parent = Self.directory(of: folder)
            if parent == folder { break }
            folder = parent
        }
        throw Transcript.FormatError(file: file, line: 1, message: "dialog '\(path)' not found from this transcript's folder or any folder above it")
    }

    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
