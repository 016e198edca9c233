/// Edit distance between two strings, by Unicode scalar: insertions, deletions, substitutions
/// and swaps of two neighbours ("jial" → "jail") each cost 1. Stops early past `limit`.
///
/// Used to forgive misspelled answers ("probaton") and to suggest a key for a typo ("nxt").
package func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    if abs(a.count - b.count) > limit { return limit + 1 }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        var rowBest = current[0]
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], beforePrevious[j - 2] + 1)
            }
            rowBest = min(rowBest, current[j])
        }
        if rowBest > limit { return limit + 1 }
        (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
func closest(to word: String, among candidates: [String]) -> String? {
    // One wrong letter in three; nothing for words too short to guess from.
    let limit = word.count / 3
    guard limit > 0 else { return nil }
    var best: (String, Int)?
    for candidate in candidates {
        let distance = editDistance(word, candidate, limit: limit)
        if distance <= limit, distance < (best?.1 ?? .max) {
            best = (candidate, distance)
        }
    }
    return best?.0
}
