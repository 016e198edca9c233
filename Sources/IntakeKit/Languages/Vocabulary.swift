/// The words people answer with in one language (or several, merged), all folded (see
/// `Words.normalize`).
package struct Vocabulary: Sendable {
    /// Words that mean yes, or no, as a whole answer or inside one.
    package var yes: Set<String>
    package var no: Set<String>
    /// Words that mean yes or no wherever they stand, folded to "yes" and "no" when matching
    /// choices, so "yeah" picks "Yes, ..." and "nope" picks "No, ...".
    package var sameAsYes: Set<String>
    package var sameAsNo: Set<String>
    /// The ways to say "I don't know", each a run of words.
    package var unknown: [[String]]
    /// Words that carry no answer on their own.
    package var filler: Set<String>
    /// Number words: 0 to 29 or so, the tens, "hundred", and the word that joins them ("and").
    package var units: [String: Int]
    package var tens: [String: Int]
    package var hundreds: Set<String>
    package var joiners: Set<String>

    package init(
        yes: Set<String>, no: Set<String>, sameAsYes: Set<String>, sameAsNo: Set<String>, unknown: [[String]], filler: Set<String>,
        units: [String: Int], tens: [String: Int], hundreds: Set<String>, joiners: Set<String>
    ) {
        self.yes = yes
        self.no = no
        self.sameAsYes = sameAsYes
        self.sameAsNo = sameAsNo
        self.unknown = unknown
        self.filler = filler
        self.units = units
        self.tens = tens
        self.hundreds = hundreds
        self.joiners = joiners
    }

    /// The words of all of `vocabularies` together.
    package init(merging vocabularies: [Vocabulary]) {
        self.init(yes: [], no: [], sameAsYes: [], sameAsNo: [], unknown: [], filler: [], units: [:], tens: [:], hundreds: [], joiners: [])
        for other in vocabularies {
            yes.formUnion(other.yes)
            no.formUnion(other.no)
            sameAsYes.formUnion(other.sameAsYes)
            sameAsNo.formUnion(other.sameAsNo)
            unknown += other.unknown.filter { !unknown.contains($0) }
            filler.formUnion(other.filler)
            units.merge(other.units) { first, _ in first }
            tens.merge(other.tens) { first, _ in first }
            hundreds.formUnion(other.hundreds)
            joiners.formUnion(other.joiners)
        }
    }
}
