/// What a person can type at any question, in any dialog: defined by the engine, not by dialogs.
public enum Command: String, Sendable, CaseIterable {
    case help
    case back
    case repeatQuestion = "repeat"
    case review
    case startOver = "start over"
    case quit
    case english
    case spanish

    /// The words for each command, folded (see `Words.normalize`).
    static let words: [Command: [String]] = [
        .help: [
            "help", "help me", "why", "what", "what do you mean", "i need help", "i dont understand",
            "ayuda", "ayudame", "ayudeme", "necesito ayuda", "no entiendo", "por que", "porque", "que",
        ],
        .back: ["back", "go back", "undo", "previous", "atras", "volver", "regresar", "anterior"],
        .repeatQuestion: ["repeat", "again", "say again", "repetir", "repite", "otra vez", "de nuevo"],
        .review: ["review", "answers", "my answers", "revisar", "respuestas", "mis respuestas"],
        .startOver: [
            "start over", "restart", "start again", "begin again", "empezar de nuevo", "volver a empezar", "reiniciar", "comenzar de nuevo",
        ],
        .quit: ["quit", "exit", "stop", "bye", "goodbye", "salir", "terminar", "adios"],
        .english: ["english", "ingles", "in english", "en ingles"],
        .spanish: ["spanish", "espanol", "in spanish", "en espanol", "castellano"],
    ]

    /// Every command's words, for one look-up per answer.
    static let byWords: [String: Command] = {
        var map: [String: Command] = [:]
        for command in Command.allCases {
            for word in words[command, default: []] where map[word] == nil { map[word] = command }
        }
        return map
    }()

    /// The command these words name, if the whole answer is a command. `?` alone is help.
    /// A leading `/` marks a command where a dialog's choice uses the same word.
    static func match(_ input: String) -> (command: Command, forced: Bool)? {
        match(input, normalized: Words.normalize(input))
    }

    /// The same, with the folded input already made. Folding drops a leading "/".
    static func match(_ input: String, normalized: String) -> (command: Command, forced: Bool)? {
        guard let command = byWords[normalized] else {
            return input.trimmingSpaces() == "?" ? (.help, false) : nil
        }
        return (command, input.trimmingSpaces().hasPrefix("/"))
    }
}
