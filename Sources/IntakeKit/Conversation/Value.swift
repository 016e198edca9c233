/// A saved answer.
package enum Value: Sendable, Hashable {
    case yes
    case no
    /// "I don't know", where the question allows it.
    case unknown
    case number(Int)
    case choice(String)
    case text(String)
    /// A date: the months it may be (see `DateSpan`).
    case date(DateSpan)
}
