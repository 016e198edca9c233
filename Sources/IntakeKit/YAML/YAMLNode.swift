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

/// A composed YAML node: the little of YAML that dialog files use, with positions kept.
///
/// Every scalar stays a string here; the dialog loader decides what a scalar means where it
/// stands. That skips the regex-driven type resolution that makes general YAML libraries slow
/// to start, and means `no` is never silently a boolean.
public indirect enum YAMLNode: Sendable {
    case scalar(String, SourceLocation, quoted: Bool)
    case mapping([(key: YAMLNode, value: YAMLNode)], SourceLocation)
    case sequence([YAMLNode], SourceLocation)

    /// Where the node starts.
    public var location: SourceLocation {
        switch self {
        case .scalar(_, let location, _), .mapping(_, let location), .sequence(_, let location):
            return location
        }
    }

    /// The text of a scalar, or nil.
    public var string: String? {
        if case .scalar(let text, _, _) = self { return text }
        return nil
    }

    /// A word for the kind of node, for error messages.
    public var kindName: String {
        switch self {
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

/// Composes the events of libyaml's parser into a `YAMLNode` tree.
public enum YAMLParser {
    /// Parses one YAML document. An empty document gives an empty mapping.
    public static func parse(_ text: String) throws(YAMLError) -> YAMLNode {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses one YAML document from raw bytes; invalid UTF-8 is an error with its position.
    public static func parse(bytes: [UInt8]) throws(YAMLError) -> YAMLNode {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(message: "could not start the YAML parser", location: .init(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }

        var bytes = bytes
        return try bytes.withUnsafeMutableBufferPointer { (buffer) throws(YAMLError) -> YAMLNode in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var composer = Composer()
            return try composer.run(&parser, bytes: buffer)
        }
    }
}

/// Builds nodes from events with an explicit stack, so deep nesting cannot overflow the call stack.
private struct Composer {
    /// A mapping or sequence being read. Mutated in place on the stack, so appending stays O(1).
    struct Frame {
        var isMapping: Bool
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var items: [YAMLNode] = []
        var pendingKey: YAMLNode?
        var location: SourceLocation
    }

    var stack: [Frame] = []
    var root: YAMLNode?
    var documents = 0

    mutating func run(_ parser: inout yaml_parser_t, bytes: UnsafeMutableBufferPointer<UInt8>) throws(YAMLError) -> YAMLNode {
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
                return root ?? .mapping([], SourceLocation(line: 1, column: 1))
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
                let quoted = scalar.style != YAML_PLAIN_SCALAR_STYLE
                try add(.scalar(text, location, quoted: quoted))
            case YAML_SEQUENCE_START_EVENT:
                try checkDepth(location)
                stack.append(Frame(isMapping: false, location: location))
            case YAML_MAPPING_START_EVENT:
                try checkDepth(location)
                stack.append(Frame(isMapping: true, location: location))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                try add(frame.isMapping ? .mapping(frame.pairs, frame.location) : .sequence(frame.items, frame.location))
            default:
                break
            }
        }
    }

    mutating func checkDepth(_ location: SourceLocation) throws(YAMLError) {
        // No dialog nests this deep; a file that does is broken or hostile.
        if stack.count >= 64 {
            throw YAMLError(message: "the file nests more than 64 levels deep", location: location)
        }
    }

    mutating func add(_ node: YAMLNode) throws(YAMLError) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].pairs.append((key, node))
            stack[top].pendingKey = nil
        } else {
            guard case .scalar = node else {
                throw YAMLError(message: "a key must be a single word or value, not \(node.kindName)", location: node.location)
            }
            stack[top].pendingKey = node
        }
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
