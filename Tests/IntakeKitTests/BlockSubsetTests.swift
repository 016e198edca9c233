@testable import IntakeKit
import Testing

/// The fast reader of dialog-style YAML either declines a file or builds exactly the tree that
/// libyaml's events build: same nodes, order, texts, quoting and positions.
@Suite struct BlockSubsetTests {
    /// The fast reader's tree, or nil when it declines.
    static func fast(_ text: String) -> YAMLTree? {
        BlockSubset.parse(Array(text.utf8))
    }

    static func libyaml(_ text: String) -> YAMLTree? {
        try? YAMLParser.parseWithLibYAML(bytes: Array(text.utf8))
    }

    /// Fails unless the fast reader declines `text` or agrees with libyaml; returns whether it read it.
    @discardableResult
    static func agrees(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard let tree = fast(text) else { return false }
        let reference = libyaml(text)
        #expect(reference != nil, "fast reader accepted what libyaml rejects:\n\(text)", sourceLocation: sourceLocation)
        #expect(reference == tree, "trees differ for:\n\(text)", sourceLocation: sourceLocation)
        return true
    }

    @Test func theCaliforniaDialogTakesTheFastPath() throws {
        let text = try Repository.text("Dialogs/california.yaml")
        #expect(Self.agrees(text))
    }

    @Test(arguments: [
        // Lists, nested and at the key's own indentation; compact mappings in lists.
        "a: 1\nb:\n  - x\n  - y: 1\n    z: 2\n  -\n    w: 3\nc:\n- p\n- q\nd: e\n",
        "- a\n- b: c\n  d: e\n-  f\n",
        "  a: 1\n  b:\n    c: d\n",
        "a:\n  - k:\n    - 1\n    - 2\n    j: x\n",
        // Values: plain with inner colons and hashes, quoted with escapes, comments.
        "a: http://x.org/#top  # comment\nb: 'it''s'\nc: \"say \\\"hi\\\"\\n\\t\\u00e9\\\\ \\/\"\nd: C# and F#\n",
        "a: \"  spaced  \"\nb: ''\nc: \"\"\nd: '#'\n# last\n",
        "key with spaces  : value with  spaces   \n",
        // One-line lists.
        "w: [a, b c,  'd, e', \"f\"]  # words\nv: []\nu: [ x ]\n",
        // Text blocks, with blank lines, deeper lines, comments inside and after.
        "t: |\n  one\n\n  two\n    deeper\n  # not a comment\n\nu: |-\n  last\nv: x\n",
        "- |\n  item text\n- x: |\n    inside\n  y: 2\n",
        "a:\n  b: |\n    x\n   \n  c: d\n",
        // Other alphabets: columns count characters, not bytes.
        "título: \"¿Qué? ñ\"\n日本: 語 # c\nemoji: [😀, é]\n",
        "---\na: b\n",
        "a: |\n  no final newline", "a: |-\n  x", "a: |\n  x\n  ", "a: |\n  x\n\n", "a: |\n  x\nb: c",
        "# only a comment first\n\n\na: b\n",
    ])
    func agreesWithLibYAML(_ text: String) {
        #expect(Self.agrees(text), "declined:\n\(text)")
    }

    @Test(arguments: [
        "a:\tb\n", "a: b\r\nc: d\r\n", "a: >\n  folded\n", "a: |+\n  kept\n\n", "a: |2\n   x\n",
        "a: &x b\nc: *x\n", "a: !tag b\n", "a: b\n  continued\n", "a:\nb: c\n", "a: [x,\n  y]\n",
        "a: \"open\n  close\"\n", "{a: b}\n", "? a\n: b\n", "\u{FEFF}a: b\n", "a: b\u{85}c\n", "a: b\u{2028}c\n",
        "a: b\n---\nc: d\n", "%YAML 1.1\n---\na: b\n", "plain\n", "", "# nothing\n", "a: |\n\n  leading blank\n",
        "a: \"\\x41\"\n", "- - a\n", "a: - b\n", "a: b: c\n", "a: [a: b]\n",
    ])
    func declinesWhatItDoesNotKnow(_ text: String) {
        #expect(Self.fast(text) == nil, "accepted:\n\(text)")
    }

    /// Random files put together from pieces of dialogs and stray YAML characters (the
    /// robustness tests' pieces): the fast reader agrees with libyaml or declines.
    @Test func piecedFilesAgreeOrAreDeclined() {
        var random = RobustnessTests.SplitMix(state: 11)
        var accepted = 0
        for _ in 0..<20000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...14, using: &random) {
                text += RobustnessTests.pieces.randomElement(using: &random)!
            }
            if Self.agrees(text) { accepted += 1 }
        }
        #expect(accepted > 1000, "accepted \(accepted) of 20,000")
    }

    /// One line of thousands of list items, with other alphabets in it: every column right.
    @Test func aLongLineOfItems() {
        let items = (0..<5000).map { $0 % 7 == 0 ? "\"é \($0)\"" : "ñ\($0)" }
        let text = "words: [" + items.joined(separator: ", ") + "]\nnext: x\n"
        #expect(Self.agrees(text))
    }

    @Test func badBytesAreLeftToLibYAML() {
        for bytes: [UInt8] in [[0x61, 0x3A, 0x20, 0xFF, 0x0A], [0x61, 0x3A, 0x20, 0xC3], [0x61, 0x3A, 0x20, 0xED, 0xA0, 0x80, 0x0A],
                               [0x61, 0x3A, 0x20, 0xC0, 0xAF, 0x0A], [0x61, 0x3A, 0x20, 0x07, 0x0A], [0x61, 0x3A, 0x00]] {
            #expect(BlockSubset.parse(bytes) == nil)
        }
    }

    /// Thousands of altered pieces of the California dialog: wherever the
    /// fast reader accepts one, libyaml reads the same tree.
    @Test func alteredFilesAgreeOrAreDeclined() throws {
        let california = try Repository.text("Dialogs/california.yaml").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Pieces are one to three whole nodes of the dialog, as documents of their own.
        let starts = california.indices.filter { california[$0].hasPrefix("  ") && california[$0].dropFirst(2).first?.isLetter == true }
        var random = RobustnessTests.SplitMix(state: 2026)
        let insertions = [" ", "  ", ":", ": ", "-", "- ", "#", " #", "\"", "'", "|", "|-", "[", "]", "{", "}", ",", "\n", "a", "\t", "é", ">", "!", "&", "*", "?", "\\", "\\n", "---", "\r"]
        var accepted = 0
        var declined = 0
        let cases = 6000
        for _ in 0..<cases {
            let first = Int.random(in: 0..<(starts.count - 3), using: &random)
            let end = first + Int.random(in: 1...3, using: &random)
            var lines = california[starts[first]..<starts[end]].map { String($0.dropFirst(min(2, $0.prefix { $0 == " " }.count))) }
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let index = Int.random(in: 0..<lines.count, using: &random)
                var line = Array(lines[index])
                switch Int.random(in: 0..<5, using: &random) {
                case 0:  // insert something
                    let at = Int.random(in: 0...line.count, using: &random)
                    line.insert(contentsOf: insertions.randomElement(using: &random)!, at: at)
                    lines[index] = String(line)
                case 1:  // delete a character
                    if !line.isEmpty { line.remove(at: Int.random(in: 0..<line.count, using: &random)) }
                    lines[index] = String(line)
                case 2:  // indent differently
                    lines[index] = Bool.random(using: &random) ? "  " + lines[index] : String(lines[index].drop { $0 == " " }.prefix(1000))
                case 3:  // drop a line
                    if lines.count > 1 { lines.remove(at: index) }
                default:  // repeat a line
                    lines.insert(lines[index], at: index)
                }
            }
            // Half end without a final newline.
            var text = lines.joined(separator: "\n")
            if Bool.random(using: &random) { text += "\n" }
            if Self.agrees(text) { accepted += 1 } else { declined += 1 }
        }
        print("altered files: \(accepted) read by the fast reader, \(declined) left to libyaml")
        // The test means something only if both outcomes happen often.
        #expect(accepted > cases / 4, "accepted \(accepted) of \(cases)")
        #expect(declined > cases / 10, "declined \(declined) of \(cases)")
    }
}
