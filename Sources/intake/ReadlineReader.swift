import CReadline
import Glibc

/// GNU readline, set up for a public terminal (see Sources/CReadline).
struct ReadlineReader: LineReader {
    let echoes = true

    let idleSeconds: Int
    let warningSeconds: Int

    init(ignoreEndOfInputKey: Bool, interruptEndsRead: Bool, idleSeconds: Int = 0, warningSeconds: Int = 0, warning: String = "") {
        self.idleSeconds = idleSeconds
        self.warningSeconds = warningSeconds
        intake_rl_setup(ignoreEndOfInputKey ? 1 : 0, interruptEndsRead ? 1 : 0)
        setIdleWarning(warning)
    }

    /// The words shown when the idle time runs out, in the visitor's language.
    func setIdleWarning(_ warning: String) {
        if idleSeconds > 0 {
            intake_rl_set_idle(Int32(idleSeconds * 1000), Int32(warningSeconds * 1000), warning)
        }
    }

    mutating func read(prompt: String, completions: [String]) -> ReadResult {
        var pointers = completions.map { strdup($0) }
        defer { for pointer in pointers { free(pointer) } }
        pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                intake_rl_set_choices($0, Int32(buffer.count))
            }
        }
        var status = INTAKE_READ_EOF
        guard let line = intake_rl_read(prompt, &status) else {
            switch status {
            case INTAKE_READ_IDLE: return .idle
            case INTAKE_READ_INTERRUPT: return .interrupt
            default: return .endOfInput
            }
        }
        defer { free(line) }
        return .line(String(decoding: UnsafeRawBufferPointer(start: line, count: strlen(line)), as: UTF8.self))
    }
}
