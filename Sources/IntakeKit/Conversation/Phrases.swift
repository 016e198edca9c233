/// Everything the engine itself says, in each language it speaks. Dialog files say the rest.
public struct Phrases: Sendable {
    public var yes: String
    public var no: String
    public var dontKnow: String
    public var didNotUnderstand: String
    public var answerYesOrNo: String
    public var orDontKnow: String
    public var typeNumberFromTo: @Sendable (Int, Int) -> String
    public var typeChoiceNumber: @Sendable (Int) -> String
    public var typeSomething: String
    public var typeOneNumber: String
    public var helpHint: String
    public var stuck: String
    public var didYouMean: @Sendable ([String]) -> String
    public var understood: @Sendable (String) -> String
    public var noHelp: String
    public var commandList: String
    public var firstQuestion: String
    public var confirmQuit: String
    public var confirmStartOver: String
    public var goingOn: String
    public var startingOver: String
    public var goodbye: String
    public var endOfInput: String
    public var reviewTitle: String
    public var reviewEmpty: String
    public var reviewHowTo: String
    public var reviewPickNumber: @Sendable (Int) -> String
    public var switchedLanguage: String
    public var tooLong: String
    /// A dialog text grew past `Conversation.maximumTextLength` (a dialog mistake).
    public var textCut: String
    public var dontKnowNotOffered: String
    /// Kiosk and SSH: shown after the idle time, before the screen is cleared.
    public var idleWarning: String
    /// Kiosk and SSH: after the last reply.
    public var whenDone: String
    /// SSH: a client asked to run a command instead of the intake.
    public var sshCommandRefused: String
    /// SSH: the client did not ask for a terminal.
    public var sshNeedsTerminal: String
    /// At the start: how to pick this language, in this language.
    public var chooseThisLanguage: @Sendable (Int) -> String
}

/// `text` ending as a sentence: with a period, unless it ends in one (or in ? or !) already,
/// as a label such as "Sí, soy ciudadano de EE. UU." does.
func sentence(_ text: String) -> String {
    guard let last = text.last, !".?!".contains(last) else { return text }
    return text + "."
}
