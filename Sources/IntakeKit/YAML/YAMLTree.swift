/// A composed YAML document: the little of YAML that dialog files use, with positions kept.
///
/// Every scalar stays a string here; the dialog loader decides what a scalar means where it
/// stands. That skips the regex-driven type resolution that makes general YAML libraries slow
/// to start, and means `no` is never silently a boolean. Nodes are named by their index.
package struct YAMLTree: Sendable, Equatable {
    package enum Kind: Sendable {
        case scalar
        case mapping
        case sequence
    }

    struct Node: Sendable, Equatable {
        var kind: Kind
        /// Whether a scalar was quoted (or a block scalar) rather than plain.
        var quoted = false
        var location: SourceLocation
        /// A scalar's text.
        var text = ""
        /// A collection's entries: keys and values alternate in a mapping.
        var children: [Int] = []
    }

    var nodes: [Node] = []
    /// The document's top node.
    package internal(set) var root = 0

    package func kind(_ node: Int) -> Kind { nodes[node].kind }

    /// Where the node starts.
    package func location(_ node: Int) -> SourceLocation { nodes[node].location }

    /// Whether a scalar was quoted (or a block scalar) rather than plain.
    package func isQuoted(_ node: Int) -> Bool { nodes[node].quoted }

    /// The text of a scalar, or nil.
    package func string(_ node: Int) -> String? {
        nodes[node].kind == .scalar ? nodes[node].text : nil
    }

    /// Whether the node is a scalar whose text is `text`.
    package func scalar(_ node: Int, is text: String) -> Bool {
        nodes[node].kind == .scalar && nodes[node].text == text
    }

    /// A sequence's items; empty for anything else.
    package func items(_ node: Int) -> [Int] {
        nodes[node].kind == .sequence ? nodes[node].children : []
    }

    /// The number of key-value pairs of a mapping.
    package func pairCount(_ node: Int) -> Int {
        nodes[node].kind == .mapping ? nodes[node].children.count / 2 : 0
    }

    /// A mapping's pair at `index`.
    package func pair(_ node: Int, _ index: Int) -> (key: Int, value: Int) {
        (nodes[node].children[2 * index], nodes[node].children[2 * index + 1])
    }

    /// A word for the kind of node, for error messages.
    package func kindName(_ node: Int) -> String {
        switch nodes[node].kind {
        case .scalar: return "a single value"
        case .mapping: return "a set of keys"
        case .sequence: return "a list"
        }
    }
}
