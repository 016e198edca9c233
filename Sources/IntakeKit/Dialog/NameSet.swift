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

    /// Takes `other`'s words; the words past them become 0.
    mutating func replaceWords(with other: ArraySlice<UInt64>) {
        words.withUnsafeMutableBufferPointer { words in
            other.withUnsafeBufferPointer { other in
                for i in 0..<other.count { words[i] = other[i] }
            }
            for i in other.count..<words.count where words[i] != 0 { words[i] = 0 }
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
        positions.reserveCapacity(names.underestimatedCount)
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
/// nothing per node or per edge. Each set has its own width in words; the names past a set's
/// width are not in it.
struct NameSets {
    private let offsets: [Int]
    private let widths: [Int]
    private var words: [UInt64]

    /// Empty sets of the given widths, in words.
    init(widths: [Int]) {
        var offsets: [Int] = []
        offsets.reserveCapacity(widths.count)
        var total = 0
        for width in widths {
            offsets.append(total)
            total += width
        }
        self.offsets = offsets
        self.widths = widths
        words = [UInt64](repeating: 0, count: total)
    }

    func contains(_ set: Int, _ index: Int) -> Bool {
        guard index / 64 < widths[set] else { return false }
        return words[offsets[set] + index / 64] & (1 << UInt64(index % 64)) != 0
    }

    /// Makes set `set` equal to `other`'s words up to its width.
    mutating func assign(_ set: Int, _ other: NameSet) {
        let (offset, width) = (offsets[set], widths[set])
        words.withUnsafeMutableBufferPointer { words in
            other.words.withUnsafeBufferPointer { other in
                for i in 0..<width { words[offset + i] = i < other.count ? other[i] : 0 }
            }
        }
    }

    /// Copies set `set` into `target`, which is at least as wide; its other words become 0.
    func copy(_ set: Int, into target: inout NameSet) {
        target.replaceWords(with: words[offsets[set]..<(offsets[set] + widths[set])])
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
        let (offset, width) = (offsets[set], widths[set])
        // Branch-free, so the loop vectorizes: every word is written, and the differences
        // are gathered in one word.
        var difference: UInt64 = 0
        words.withUnsafeMutableBufferPointer { words in
            other.words.withUnsafeBufferPointer { other in
                let shared = min(width, other.count)
                for i in 0..<shared {
                    let old = words[offset + i]
                    let new = operation(old, other[i])
                    difference |= old ^ new
                    words[offset + i] = new
                }
                // Past `other`'s words, it holds nothing.
                for i in shared..<width {
                    let old = words[offset + i]
                    let new = operation(old, 0)
                    difference |= old ^ new
                    words[offset + i] = new
                }
            }
        }
        return difference != 0
    }
}
