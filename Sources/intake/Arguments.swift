/// A small command-line parser: `--name value`, `--name=value`, `--flag`, and positionals.
///
/// Hand-written rather than swift-argument-parser: every visitor starts a new process, and the
/// reflection-based parser cost a fifth of start-up time in the prototype (issue 8).
struct Arguments {
    var positionals: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    /// The command the words are for, for "see intake COMMAND --help".
    let command: String

    /// Parses `words`; `valued` names options that take a value, `switches` those that do not.
    init(_ words: [String], for command: String, valued: Set<String>, switches: Set<String>) throws(CommandError) {
        self.command = command
        var index = 0
        var onlyPositionals = false
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositionals || !word.hasPrefix("-") || word == "-" {
                positionals.append(word)
                continue
            }
            if word == "--" {
                onlyPositionals = true
                continue
            }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            if valued.contains(name) {
                if let inlineValue {
                    options[name] = inlineValue
                } else if index < words.count {
                    options[name] = words[index]
                    index += 1
                } else {
                    throw CommandError.usage("\(name) needs a value", command: command)
                }
            } else if switches.contains(name), inlineValue == nil {
                flags.insert(name)
            } else {
                throw CommandError.usage("\(command) has no option '\(name)'", command: command)
            }
        }
    }

    /// The one dialog a command takes, if given.
    func dialog() throws(CommandError) -> String? {
        guard positionals.count <= 1 else {
            throw CommandError.usage("\(command) takes one dialog, not \(positionals.count)", command: command)
        }
        return positionals.first
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws(CommandError) -> Int? {
        guard let text = options[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw CommandError.usage("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound)", command: command)
        }
        return value
    }
}
