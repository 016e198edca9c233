import Synchronization

/// Remembers how replies were laid out for a width, for runs that render the same dialog texts
/// thousands of times (replaying a folder of transcripts). Safe to share between threads.
public final class LayoutCache: Sendable {
    struct Key: Hashable {
        var width: Int
        var color: Bool
        var reply: Conversation.Reply
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
