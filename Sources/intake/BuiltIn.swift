import BuiltInDialogs

enum BuiltIn {
    static var names: [String] { BuiltInDialogs.names }

    static let defaultName = "california"
}
