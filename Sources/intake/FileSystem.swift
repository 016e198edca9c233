import Glibc

/// The few file operations intake needs, on plain POSIX calls (no Foundation at start-up).
enum FileSystem {
    /// Largest file intake reads: dialogs and transcripts are small; anything bigger is a mistake.
    static let maximumFileSize = 16 << 20

    /// Reads a whole regular file. Opened without blocking, so a FIFO or a device named as a
    /// dialog or transcript is refused at once instead of waiting for a writer forever.
    static func read(_ path: String) throws(CommandError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else { throw CommandError.file(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CommandError.file(path) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw CommandError.file(path, "is a folder, not a file")
        default: throw CommandError.file(path, "is not a regular file (a pipe or a device?)")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandError.file(path)
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
            if bytes.count > maximumFileSize { throw CommandError.file(path, "is larger than 16 MiB") }
        }
        return bytes
    }

    /// Writes a whole file, readable only by its owner when created (it may hold answers).
    static func write(_ text: String, to path: String) throws(CommandError) {
        let handle = try OutputFile(path)
        try handle.write(text)
        handle.close()
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// Files under `path` (recursively) whose names end in `suffix`, sorted.
    static func files(under path: String, suffix: String) throws(CommandError) -> [String] {
        guard let dir = opendir(path) else { throw CommandError.file(path) }
        defer { closedir(dir) }
        var found: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            if isDirectory(full) {
                found += try files(under: full, suffix: suffix)
            } else if name.hasSuffix(suffix) {
                found.append(full)
            }
        }
        return found.sorted()
    }
}
