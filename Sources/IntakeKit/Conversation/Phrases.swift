/// Everything the engine itself says, in each language it speaks. Dialog files say the rest.
package struct Phrases: Sendable {
    package var yes: String
    package var no: String
    package var dontKnow: String
    package var didNotUnderstand: String
    package var answerYesOrNo: String
    package var orDontKnow: String
    package var typeNumberFromTo: @Sendable (Int, Int) -> String
    package var typeChoiceNumber: @Sendable (Int) -> String
    package var typeSomething: String
    package var typeOneNumber: String
    package var helpHint: String
    package var stuck: String
    package var didYouMean: @Sendable ([String]) -> String
    package var understood: @Sendable (String) -> String
    /// Says back a loose reading that changes what comes next, before taking it.
    package var confirmReading: @Sendable (String) -> String
    /// After a "no" to `confirmReading`.
    package var letsTryAgain: String
    /// Number answers that give another number than the one asked for.
    package var giveAgeThen: String
    package var yearIsNotAge: String
    /// A month and year as shown ("March 2024", "marzo de 2024"); month 1 to 12.
    package var monthYear: @Sendable (_ month: Int, _ year: Int) -> String
    /// How to type a date; and date answers that cannot be taken as they are.
    package var typeDate: String
    package var dateInFuture: String
    package var dateNeedsYear: String
    package var dateNotAge: String
    package var oneDate: String
    /// A date given as a year alone, where the month decides what comes next.
    package var askMonth: @Sendable (_ year: Int) -> String
    package var typeMonth: String
    package var noHelp: String
    package var commandList: String
    package var firstQuestion: String
    package var confirmQuit: String
    package var confirmStartOver: String
    package var goingOn: String
    package var startingOver: String
    package var goodbye: String
    package var endOfInput: String
    package var reviewTitle: String
    package var reviewEmpty: String
    package var reviewHowTo: String
    package var reviewPickNumber: @Sendable (Int) -> String
    package var switchedLanguage: String
    package var tooLong: String
    /// A dialog text grew past `Conversation.maximumTextLength` (a dialog mistake).
    package var textCut: String
    package var dontKnowNotOffered: String
    /// Kiosk and SSH: shown after the idle time, before the screen is cleared.
    package var idleWarning: String
    /// Kiosk and SSH: after the last reply.
    package var whenDone: String
    /// Below a page of text too long for the screen: which page, and how to go on or back.
    package var page: @Sendable (_ number: Int, _ total: Int) -> String
    /// `help` typed below a page.
    package var pageHelp: String
    /// The printed handout: the day it was printed, and each case's heading.
    package var handoutDate: @Sendable (Day) -> String
    package var handoutCase: @Sendable (_ number: Int, _ total: Int) -> String
    /// Kiosk with a printer: offered at the end of a visit, and what follows the answer.
    package var askPrint: String
    package var printing: String
    package var printed: String
    package var printFailed: String
    /// SSH: a client asked to run a command instead of the intake.
    package var sshCommandRefused: String
    /// SSH: the client did not ask for a terminal.
    package var sshNeedsTerminal: String
    /// At the start: how to pick this language, in this language.
    package var chooseThisLanguage: @Sendable (Int) -> String
}

/// `text` ending as a sentence: with a period, unless it ends in one (or in ? or !) already,
/// as a label such as "Sí, soy ciudadano de EE. UU." does.
func sentence(_ text: String) -> String {
    guard let last = text.last, !".?!".contains(last) else { return text }
    return text + "."
}
