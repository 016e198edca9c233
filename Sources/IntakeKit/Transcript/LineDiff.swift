/// A line diff in unified format, from the longest common subsequence.
package enum LineDiff {
    enum Edit: Equatable {
        case same(Int, Int)
        case removed(Int)
        case added(Int)
    }

    /// The most cells the LCS table may have (4 bytes each: 16 MB). Past it, the lines between
    /// the common head and tail are shown as removed and added as a whole: a longer diff, but
    /// memory stays in proportion to the files (a 5,000-line transcript that differs
    /// everywhere once took 857 MB).
    static let maximumTableCells = 4_000_000

    static func edits(_ a: [String], _ b: [String]) -> [Edit] {
        // Skip the common head and tail, then LCS on what is left (transcripts differ in a few places).
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let n = a.count - head - tail
        let m = b.count - head - tail
        var edits: [Edit] = (0..<head).map { .same($0, $0) }
        if (n + 1) * (m + 1) > maximumTableCells {
            edits += (0..<n).map { .removed(head + $0) } + (0..<m).map { .added(head + $0) }
        } else {
            // table[i * (m + 1) + j]: the longest common subsequence of a[i...] and b[j...].
            var table = [Int32](repeating: 0, count: (n + 1) * (m + 1))
            func cell(_ i: Int, _ j: Int) -> Int32 { table[i * (m + 1) + j] }
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i * (m + 1) + j] = a[head + i] == b[head + j] ? cell(i + 1, j + 1) + 1 : max(cell(i + 1, j), cell(i, j + 1))
                }
            }
            var i = 0
            var j = 0
            while i < n || j < m {
                if i < n, j < m, a[head + i] == b[head + j] {
                    edits.append(.same(head + i, head + j))
                    i += 1
                    j += 1
                } else if i < n, j == m || cell(i + 1, j) >= cell(i, j + 1) {
                    edits.append(.removed(head + i))
                    i += 1
                } else {
                    edits.append(.added(head + j))
                    j += 1
                }
            }
        }
        for k in 0..<tail { edits.append(.same(a.count - tail + k, b.count - tail + k)) }
        return edits
    }

    /// `firstLine` is the file line number of `expected[0]`, so hunks point into the file.
    package static func unified(expected: [String], actual: [String], expectedName: String, actualName: String, firstLine: Int = 1, context: Int = 3)
        -> String
    {
        let edits = edits(expected, actual)
        let changed = edits.indices.filter { if case .same = edits[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return "" }
        var out = "--- \(expectedName)\n+++ \(actualName)\n"
        var start = 0
        while start < changed.count {
            var end = start
            while end + 1 < changed.count, changed[end + 1] - changed[end] <= 2 * context + 1 { end += 1 }
            let low = max(0, changed[start] - context)
            let high = min(edits.count - 1, changed[end] + context)
            let hunk = edits[low...high]
            var aStart: Int?
            var bStart: Int?
            var aCount = 0
            var bCount = 0
            var body = ""
            for edit in hunk {
                switch edit {
                case .same(let i, let j):
                    aStart = aStart ?? i
                    bStart = bStart ?? j
                    aCount += 1
                    bCount += 1
                    body += " \(expected[i])\n"
                case .removed(let i):
                    aStart = aStart ?? i
                    aCount += 1
                    body += "-\(expected[i])\n"
                case .added(let j):
                    bStart = bStart ?? j
                    bCount += 1
                    body += "+\(actual[j])\n"
                }
            }
            let aLine = (aStart ?? 0) + firstLine
            let bLine = (bStart ?? 0) + firstLine
            out += "@@ -\(aLine),\(aCount) +\(bLine),\(bCount) @@\n" + body
            start = end + 1
        }
        return out
    }
}
