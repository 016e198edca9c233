/// Replays transcript files: finds each one's dialog, loads it once, replays, reports.
///
/// File access comes in as closures, so the engine stays free of I/O and tests can use
/// whatever they like.
public struct TranscriptRunner {
    public typealias ReadFile = (String) throws -> [UInt8]
    public typealias FileExists = (String) -> Bool

    let readFile: ReadFile
    let fileExists: FileExists
    var loaded: [String: Dialog] = [:]
    let cache = LayoutCache()

    public init(readFile: @escaping ReadFile, fileExists: @escaping FileExists) {
        self.readFile = readFile
        self.fileExists = fileExists
    }

    /// Parses, resolves and replays one transcript file.
    /// Throws `Transcript.FormatError` for a malformed transcript or a dialog that cannot be used.
    public mutating func replay(_ file: String) throws -> (transcript: Transcript, dialog: Dialog, result: Replay.Result) {
        let transcript = try parse(file)
        let dialog = try dialog(for: transcript, in: file)
        return (transcript, dialog, try Replay.run(transcript, dialog: dialog, file: file, cache: cache))
    }

    /// Reads and parses one transcript file.
    public func parse(_ file: String) throws -> Transcript {
        try Transcript.parse(String(decoding: try readFile(file), as: UTF8.self), file: file)
    }

    /// The transcript's dialog, loaded once per runner.
    public mutating func dialog(for transcript: Transcript, in file: String) throws -> Dialog {
        let path = try resolve(transcript.dialogPath, from: file)
        if let dialog = loaded[path] { return dialog }
        let result = DialogLoader.load(bytes: try readFile(path), file: path)
        guard let dialog = result.dialog else {
            throw Transcript.FormatError(file: file, line: 1, message: "dialog \(path) has errors; run: intake check \(path)")
        }
        loaded[path] = dialog
        return dialog
    }

    /// A relative `# dialog:` path is looked up from the transcript's folder upwards, the way
    /// git finds its folder, so `Dialogs/california.yaml` works anywhere in a repository.
    public func resolve(_ path: String, from file: String) throws -> String {
        if path.hasPrefix("/") {
            if fileExists(path) { return path }
        } else {
            var folder = Self.directory(of: file)
            for _ in 0..<64 {
                let candidate = folder == "." ? path : folder + "/" + path
                if fileExists(candidate) { return candidate }
                let parent = Self.directory(of: folder)
                if parent == folder { break }
                folder = parent
            }
        }
        throw Transcript.FormatError(file: file, line: 1, message: "dialog '\(path)' not found from this transcript's folder or any folder above it")
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
