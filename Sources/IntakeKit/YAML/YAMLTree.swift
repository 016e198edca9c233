import CYAML

/// A position in a source file, 1-based, as people and editors count.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A composed YAML document: the little of YAML that dialog files use, with positions kept.
///
/// Every scalar stays a string here; the dialog loader decides what a scalar means where it
/// stands. That skips the regex-driven type resolution that makes general YAML libraries slow
/// to start, and means `no` is never silently a boolean.
///
/// The nodes live in flat arrays and are named by their index, so a 10,000-node dialog is a
/// handful of allocations to build and to free, not one per node.
public struct YAMLTree: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case scalar
        case mapping
        case sequence
    }

    /// 20 bytes: a 10,000-node dialog has some 160,000 of them, and memory first touched costs
    /// more than the instructions that fill it.
    struct Node: Sendable {
        var kind: Kind
        var quoted: Bool
        /// A scalar whose text is its bytes in `source` (`first` and `count` are their offset and
        /// length); else its text is `decoded[first]`.
        var inSource: Bool = false
        var line: UInt32
        var column: UInt32
        /// A scalar's first byte in `source`, or its index in `decoded`; a collection's first
        /// entry in `children`.
        var first: UInt32
        /// A collection's entries in `children`: keys and values alternate in a mapping.
        var count: UInt32

        init(kind: Kind, quoted: Bool, location: SourceLocation, first: Int, count: Int) {
            self.kind = kind
            self.quoted = quoted
            // Past 4 billion lines or columns, positions saturate; the file is never that big.
            line = UInt32(clamping: location.line)
            column = UInt32(clamping: location.column)
            self.first = UInt32(truncatingIfNeeded: first)
            self.count = UInt32(truncatingIfNeeded: count)
        }

        var location: SourceLocation { SourceLocation(line: Int(line), column: Int(column)) }
    }

    var nodes: [Node] = []
    /// The file's bytes, when scalars point into them (shared with the caller's array, not copied).
    var source: [UInt8] = []
    /// The texts of scalars that are not plain bytes of the file: escaped or folded ones, and
    /// every scalar libyaml reads. Most scalars are made into strings only when asked for.
    var decoded: [String] = []
    var children: [Int] = []
    /// The document's top node.
    public internal(set) var root = 0

    public func kind(_ node: Int) -> Kind { nodes[node].kind }

    /// Where the node starts.
    public func location(_ node: Int) -> SourceLocation { nodes[node].location }

    /// Whether a scalar was quoted (or a block scalar) rather than plain.
    public func isQuoted(_ node: Int) -> Bool { nodes[node].quoted }

    /// The text of a scalar, or nil.
    public func string(_ node: Int) -> String? {
        let node = nodes[node]
        guard node.kind == .scalar else { return nil }
        guard node.inSource else { return decoded[Int(node.first)] }
        return source.withUnsafeBufferPointer { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(node.first)..<Int(node.first + node.count)]), as: UTF8.self)
        }
    }

    /// Whether the node is a scalar whose text is `text`, byte for byte (for ASCII keys, the
    /// same as string equality), without making its string.
    public func scalar(_ node: Int, is text: String) -> Bool {
        let node = nodes[node]
        guard node.kind == .scalar else { return false }
        guard node.inSource else { return decoded[Int(node.first)].utf8.elementsEqual(text.utf8) }
        guard text.utf8.count == Int(node.count) else { return false }
        var text = text
        return text.withUTF8 { text in
            source.withUnsafeBufferPointer { bytes in
                let start = Int(node.first)
                for offset in 0..<text.count where bytes[start + offset] != text[offset] { return false }
                return true
            }
        }
    }

    /// A sequence's items; empty for anything else.
    public func items(_ node: Int) -> ArraySlice<Int> {
        guard nodes[node].kind == .sequence else { return [] }
        let first = Int(nodes[node].first)
        return children[first..<(first + Int(nodes[node].count))]
    }

    /// The number of key-value pairs of a mapping.
    public func pairCount(_ node: Int) -> Int {
        nodes[node].kind == .mapping ? Int(nodes[node].count) / 2 : 0
    }

    /// A mapping's pair at `index`.
    public func pair(_ node: Int, _ index: Int) -> (key: Int, value: Int) {
        let at = Int(nodes[node].first) + 2 * index
        return (children[at], children[at + 1])
    }

    /// Two trees are equal when they have the same nodes in the same order, with the same
    /// texts, quoting and positions, however each stores its texts.
    public static func == (lhs: YAMLTree, rhs: YAMLTree) -> Bool {
        guard lhs.root == rhs.root, lhs.children == rhs.children, lhs.nodes.count == rhs.nodes.count else { return false }
        for index in lhs.nodes.indices {
            let (left, right) = (lhs.nodes[index], rhs.nodes[index])
            guard left.kind == right.kind, left.quoted == right.quoted, left.line == right.line, left.column == right.column else { return false }
            if left.kind == .scalar {
                guard lhs.string(index) == rhs.string(index) else { return false }
            } else {
                guard left.first == right.first, left.count == right.count else { return false }
            }
        }
        return true
    }

    /// A word for the kind of node, for error messages.
    public func kindName(_ node: Int) -> String {
        switch nodes[node].kind {
        case .scalar: return "a single value"
        case .mapping: return "a set of keys"
        case .sequence: return "a list"
        }
    }
}

/// A file that cannot be read as YAML at all: one error, with the parser's position.
public struct YAMLError: Error, Sendable, Equatable {
    public var message: String
    public var location: SourceLocation
}

/// Composes the events of libyaml's parser into a `YAMLTree`.
public enum YAMLParser {
    /// Parses one YAML document. An empty document gives an empty mapping.
    public static func parse(_ text: String) throws(YAMLError) -> YAMLTree {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses one YAML document from raw bytes; invalid UTF-8 is an error with its position.
    ///
    /// Files in the plain block style of dialog files are read by `BlockSubset`, in about a
    /// quarter of the time of libyaml's parse alone; libyaml reads everything else, and reports
    /// every error.
    public static func parse(bytes: [UInt8]) throws(YAMLError) -> YAMLTree {
        if let tree = BlockSubset.parse(bytes) { return tree }
        return try parseWithLibYAML(bytes: bytes)
    }

    /// Parses with libyaml alone: all of YAML, and its errors.
    static func parseWithLibYAML(bytes: [UInt8]) throws(YAMLError) -> YAMLTree {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(message: "could not start the YAML parser", location: .init(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }

        var bytes = bytes
        return try bytes.withUnsafeMutableBufferPointer { (buffer) throws(YAMLError) -> YAMLTree in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var composer = Composer()
            return try composer.run(&parser, bytes: buffer)
        }
    }
}

/// Builds a `YAMLTree` from nodes met in document order, for libyaml's events and for
/// `BlockSubset` alike. An explicit stack, so deep nesting cannot overflow the call stack: a
/// collection's entries wait on one shared list until it closes, then move, in order, to the
/// tree's `children`.
struct TreeBuilder {
    /// No dialog nests deeper; a file that does is broken or hostile.
    static let maximumDepth = 64

    private(set) var tree = YAMLTree()
    /// The open collections: each node, and where its entries start on `pending`.
    private var open: [(node: Int, start: Int)] = []
    private var pending: [Int] = []
    private(set) var hasRoot = false

    /// How many collections are open.
    var depth: Int { open.count }

    /// Whether a node added now would be a key of the innermost mapping.
    var expectsKey: Bool {
        guard let top = open.last else { return false }
        return tree.nodes[top.node].kind == .mapping && (pending.count - top.start) % 2 == 0
    }

    /// Room for `nodes` nodes and entries, so no array is copied as it grows.
    mutating func reserveCapacity(_ nodes: Int) {
        tree.nodes.reserveCapacity(nodes)
        tree.children.reserveCapacity(nodes)
        pending.reserveCapacity(nodes)
    }

    /// Stores a node and returns its index; `add` then places it.
    mutating func append(_ node: YAMLTree.Node) -> Int {
        tree.nodes.append(node)
        return tree.nodes.count - 1
    }

    /// Stores a scalar's text that is not plain bytes of the file; the index for its node.
    mutating func appendDecoded(_ text: String) -> Int {
        tree.decoded.append(text)
        return tree.decoded.count - 1
    }

    /// Starts a mapping or a sequence.
    mutating func open(_ kind: YAMLTree.Kind, at location: SourceLocation) {
        open.append((append(.init(kind: kind, quoted: false, location: location, first: 0, count: 0)), pending.count))
    }

    /// Ends the innermost collection, moving its entries to `children`; returns its node, for `add`.
    mutating func close() -> Int {
        let (node, start) = open.removeLast()
        tree.nodes[node].first = UInt32(truncatingIfNeeded: tree.children.count)
        tree.nodes[node].count = UInt32(truncatingIfNeeded: pending.count - start)
        tree.children.append(contentsOf: pending[start...])
        pending.removeSubrange(start...)
        return node
    }

    /// Places a finished node: as the next entry of the innermost collection, or as the root.
    mutating func add(_ node: Int) {
        if open.isEmpty {
            tree.root = node
            hasRoot = true
        } else {
            pending.append(node)
        }
    }
}

/// Composes libyaml's events into a tree.
private struct Composer {
    var builder = TreeBuilder()
    var documents = 0

    mutating func run(_ parser: inout yaml_parser_t, bytes: UnsafeMutableBufferPointer<UInt8>) throws(YAMLError) -> YAMLTree {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw Self.error(of: parser, bytes: bytes)
            }
            defer { yaml_event_delete(&event) }
            let location = SourceLocation(
                line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)

            switch event.type {
            case YAML_STREAM_END_EVENT:
                if !builder.hasRoot {
                    builder.open(.mapping, at: SourceLocation(line: 1, column: 1))
                    builder.add(builder.close())
                }
                return builder.tree
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw YAMLError(message: "a dialog file holds one document; remove the second '---'", location: location)
                }
            case YAML_ALIAS_EVENT:
                throw YAMLError(message: "anchors and aliases ('*name') are not supported in dialog files", location: location)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let node = builder.append(.init(
                    kind: .scalar, quoted: scalar.style != YAML_PLAIN_SCALAR_STYLE, location: location,
                    first: builder.appendDecoded(text), count: 0))
                try add(node)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if builder.depth >= TreeBuilder.maximumDepth {
                    throw YAMLError(message: "the file nests more than \(TreeBuilder.maximumDepth) levels deep", location: location)
                }
                builder.open(event.type == YAML_MAPPING_START_EVENT ? .mapping : .sequence, at: location)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard builder.depth > 0 else { break }
                try add(builder.close())
            default:
                break
            }
        }
    }

    /// Places a node, refusing a collection where a key belongs: a key is a single value.
    mutating func add(_ node: Int) throws(YAMLError) {
        if builder.expectsKey, builder.tree.kind(node) != .scalar {
            throw YAMLError(
                message: "a key must be a single word or value, not \(builder.tree.kindName(node))", location: builder.tree.location(node))
        }
        builder.add(node)
    }

    static func error(of parser: yaml_parser_t, bytes: UnsafeMutableBufferPointer<UInt8>) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message = "\(problem) (\(context) at line \(parser.context_mark.line + 1))"
        }
        if parser.error == YAML_READER_ERROR {
            // The reader (encoding) reports a byte offset, not a mark.
            let offset = min(Int(parser.problem_offset), bytes.count)
            var line = 1
            var lineStart = 0
            for index in 0..<offset where bytes[index] == 10 {
                line += 1
                lineStart = index + 1
            }
            let column = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<offset]), as: UTF8.self).count + 1
            return YAMLError(message: message, location: SourceLocation(line: line, column: column))
        }
        let mark = parser.problem_mark
        return YAMLError(
            message: message,
            location: SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1))
    }
}
