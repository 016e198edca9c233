import CYAML

/// A file that cannot be read as YAML at all: one error, with the parser's position.
package struct YAMLError: Error, Sendable, Equatable {
    package var message: String
    package var location: SourceLocation
    /// libyaml's own words (which `YAMLExplainer` explains), not this parser's.
    package var fromLibYAML = false
}

/// Composes the events of libyaml's parser into a `YAMLTree`: all of YAML's syntax, and
/// libyaml's own error messages and positions for every mistake.
package enum YAMLParser {
    /// No dialog nests deeper; a file that does is broken or hostile.
    static let maximumDepth = 64

    /// Parses one YAML document. An empty document gives an empty mapping.
    package static func parse(_ text: String) throws(YAMLError) -> YAMLTree {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses one YAML document from raw bytes; invalid UTF-8 is an error with its position.
    package static func parse(bytes: [UInt8]) throws(YAMLError) -> YAMLTree {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(message: "could not start the YAML parser", location: .init(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        var bytes = bytes
        return try bytes.withUnsafeMutableBufferPointer { (buffer) throws(YAMLError) -> YAMLTree in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            return try compose(&parser, bytes: buffer)
        }
    }

    /// Builds the tree from the events. The open collections are an explicit stack, so deep
    /// nesting cannot overflow the call stack.
    static func compose(_ parser: inout yaml_parser_t, bytes: UnsafeMutableBufferPointer<UInt8>) throws(YAMLError) -> YAMLTree {
        var tree = YAMLTree()
        var open: [Int] = []
        var hasRoot = false
        var documents = 0
        /// Places a finished node: as the next entry of the innermost collection, or as the root.
        func add(_ node: Int) throws(YAMLError) {
            guard let parent = open.last else {
                tree.root = node
                hasRoot = true
                return
            }
            let expectsKey = tree.nodes[parent].kind == .mapping && tree.nodes[parent].children.count % 2 == 0
            if expectsKey, tree.nodes[node].kind != .scalar {
                throw YAMLError(message: "a key must be a single word or value, not \(tree.kindName(node))", location: tree.nodes[node].location)
            }
            tree.nodes[parent].children.append(node)
        }

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw error(of: parser, bytes: bytes)
            }
            defer { yaml_event_delete(&event) }
            let location = SourceLocation(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                if !hasRoot {
                    tree.nodes.append(.init(kind: .mapping, location: SourceLocation(line: 1, column: 1)))
                    tree.root = tree.nodes.count - 1
                }
                return tree
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
                tree.nodes.append(.init(kind: .scalar, quoted: scalar.style != YAML_PLAIN_SCALAR_STYLE, location: location, text: text))
                try add(tree.nodes.count - 1)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if open.count >= maximumDepth {
                    throw YAMLError(message: "the file nests more than \(maximumDepth) levels deep", location: location)
                }
                tree.nodes.append(.init(kind: event.type == YAML_MAPPING_START_EVENT ? .mapping : .sequence, location: location))
                open.append(tree.nodes.count - 1)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let node = open.popLast() else { break }
                try add(node)
            default:
                break
            }
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
            return YAMLError(message: message, location: SourceLocation(line: line, column: column), fromLibYAML: true)
        }
        let mark = parser.problem_mark
        return YAMLError(message: message, location: SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1), fromLibYAML: true)
    }
}
