/// A set of saved answers' names as bits, so the checks over large dialogs stay fast: a
/// 10,000-node chain holds thousands of names at every node.
struct NameSet: Equatable {
    private(set) var words: [UInt64]

    init(capacity: Int, full: Bool = false) {
        words = [UInt64](repeating: full ? .max : 0, count: (capacity + 63) / 64)
    }

    func contains(_ index: Int) -> Bool {
        words[index / 64] & (1 << UInt64(index % 64)) != 0
    }

    mutating func insert(_ index: Int) {
        words[index / 64] |= 1 << UInt64(index % 64)
    }

    mutating func remove(_ index: Int) {
        words[index / 64] &= ~(1 << UInt64(index % 64))
    }

    mutating func formIntersection(_ other: NameSet) {
        for i in words.indices { words[i] &= other.words[i] }
    }

    mutating func formUnion(_ other: NameSet) {
        for i in words.indices { words[i] |= other.words[i] }
    }
}

/// Names and their bit positions.
struct NameIndex {
    let names: [String]
    let positions: [String: Int]

    init(_ names: some Sequence<String>) {
        var unique: [String] = []
        var positions: [String: Int] = [:]
        for name in names where positions[name] == nil {
            positions[name] = unique.count
            unique.append(name)
        }
        self.names = unique
        self.positions = positions
    }

    func set(_ names: some Sequence<String>) -> NameSet {
        var set = NameSet(capacity: self.names.count)
        for name in names { if let index = positions[name] { set.insert(index) } }
        return set
    }
}
