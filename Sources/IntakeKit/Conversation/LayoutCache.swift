import Synchronization

/// Remembers how replies were laid out for a width, for runs that render the same dialog texts
/// thousands of times (replaying a folder of transcripts). Safe to share between threads.
public final class LayoutCache: Sendable {
    struct Key: Hashable {
        var width: Int
        var color: Bool
        var reply: Conversation.Reply

        /// Hashes the width, the kind, the lengths and the ends of the texts, not every byte:
        /// dialog texts run to hundreds of bytes and differ at their ends. Equality still
        /// compares them whole.
        func hash(into hasher: inout Hasher) {
            func ends(_ text: String) {
                var text = text
                text.withUTF8 { bytes in
                    hasher.combine(bytes.count)
                    hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(32))))
                    hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.suffix(32))))
                }
            }
            hasher.combine(width)
            hasher.combine(color)
            switch reply {
            case .text(let text):
                hasher.combine(0)
                ends(text)
            case .note(let text):
                hasher.combine(1)
                ends(text)
            case .question(let text, let choices):
                hasher.combine(2)
                ends(text)
                hasher.combine(choices.count)
                if let first = choices.first { ends(first) }
            }
        }
    }

    private let entries = Mutex<[Key: String]>([:])
    /// Past this many texts the cache starts over, so memory stays bounded.
    static let capacity = 4096

    public init() {}

    /// The rendered block for `reply`, made by `render` the first time.
    func block(_ reply: Conversation.Reply, width: Int, color: Bool, render: () -> String) -> String {
        let key = Key(width: width, color: color, reply: reply)
        if let found = entries.withLock({ $0[key] }) { return found }
        let block = render()
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = block
        }
        return block
    }
}
