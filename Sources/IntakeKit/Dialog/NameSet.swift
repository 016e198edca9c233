/// A set of saved answers' names as bits, so the checks over large dialogs stay fast: a
/// 10,000-node chain holds thousands of names at every node.
struct NameSet: Equatable {
    private(set) var words: [UInt64]

    init(capacity: Int, full: Bool = false) {
        words = [UInt64](repeating: full ? .max : 0, count: (capacity + 63) / 64)
    }

    /// Makes this the set of every name (`full`) or of none.
    mutating func fill(_ full: Bool) {
        for i in words.indices { words[i] = full ? .max : 0 }
    }

    mutating func replaceWords(with other: ArraySlice<UInt64>) {
        guard !other.isEmpty else { return }
        words.withUnsafeMutableBufferPointer { words in
            other.withUnsafeBufferPointer { other in
                words.baseAddress!.update(from: other.baseAddress!, count: other.count)
            }
        }
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

/// One name set per node, in one flat array: the dataflow over a large dialog then allocates
/// nothing per node or per edge.
struct NameSets {
    let wordsPerSet: Int
    private var words: [UInt64]

    /// `count` empty sets.
    init(count: Int, capacity: Int) {
        wordsPerSet = (capacity + 63) / 64
        words = [UInt64](repeating: 0, count: count * wordsPerSet)
    }

    func contains(_ set: Int, _ index: Int) -> Bool {
        words[set * wordsPerSet + index / 64] & (1 << UInt64(index % 64)) != 0
    }

    mutating func assign(_ set: Int, _ other: NameSet) {
        guard wordsPerSet > 0 else { return }
        words.withUnsafeMutableBufferPointer { words in
            other.words.withUnsafeBufferPointer { other in
                (words.baseAddress! + set * wordsPerSet).update(from: other.baseAddress!, count: wordsPerSet)
            }
        }
    }

    func copy(_ set: Int, into target: inout NameSet) {
        target.replaceWords(with: words[(set * wordsPerSet)..<((set + 1) * wordsPerSet)])
    }

    /// Intersects set `set` with `other`; whether it changed.
    mutating func formIntersection(_ set: Int, _ other: NameSet) -> Bool {
        combine(set, other) { $0 & $1 }
    }

    /// Adds `other` to set `set`; whether it changed.
    mutating func formUnion(_ set: Int, _ other: NameSet) -> Bool {
        combine(set, other) { $0 | $1 }
    }

    private mutating func combine(_ set: Int, _ other: NameSet, _ operation: (UInt64, UInt64) -> UInt64) -> Bool {
        let base = set * wordsPerSet
        // Branch-free, so the loop vectorizes: every word is written, and the differences
        // are gathered in one word.
        var difference: UInt64 = 0
        words.withUnsafeMutableBufferPointer { words in
            other.words.withUnsafeBufferPointer { other in
                for i in 0..<wordsPerSet {
                    let old = words[base + i]
                    let new = operation(old, other[i])
                    difference |= old ^ new
                    words[base + i] = new
                }
            }
        }
        return difference != 0
    }
}
