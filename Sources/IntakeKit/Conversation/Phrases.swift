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
    /// Words that name this language, folded.
    public var languageNames: [String]

    /// The phrases for a language code, English for any language the engine does not speak.
    public static func forLanguage(_ code: String) -> Phrases {
        code == "es" ? .spanish : .english
    }

    public static let english = Phrases(
        yes: "Yes",
        no: "No",
        dontKnow: "I don't know",
        didNotUnderstand: "Sorry, I did not understand that.",
        answerYesOrNo: "Please answer yes or no.",
        orDontKnow: "If you are not sure, type: I don't know.",
        typeNumberFromTo: { "Please type a number from \($0) to \($1)." },
        typeChoiceNumber: { "Please type the number of your answer, from 1 to \($0)." },
        typeSomething: "Please type your answer.",
        typeOneNumber: "Please type just one number.",
        helpHint: "Type help to learn more.",
        stuck: "This question seems hard. That is OK. Type help to see why we ask and how to find out.",
        didYouMean: { "Did you mean \($0.joined(separator: " or "))? Please type the number." },
        understood: { "OK: " + sentence($0) },
        noHelp: "There is no more help for this question.",
        commandList: "At any question you can type: help, back, repeat, review, start over, or quit.",
        firstQuestion: "This is the first question, so there is nothing to go back to.",
        confirmQuit: "Do you want to stop now? Your answers will be erased. Please answer yes or no.",
        confirmStartOver: "Do you want to start over? Your answers so far will be erased. Please answer yes or no.",
        goingOn: "OK, let's go on.",
        startingOver: "OK, we will start over.",
        goodbye: "Goodbye. Your answers were not saved.",
        endOfInput: "The conversation has ended. Your answers were not saved.",
        reviewTitle: "Your answers so far:",
        reviewEmpty: "You have not answered any questions yet.",
        reviewHowTo: "To change an answer, type its number. To go on, just press Enter.",
        reviewPickNumber: { "Please type a number from 1 to \($0), or just press Enter to go on." },
        switchedLanguage: "OK, we will go on in English.",
        tooLong: "That answer is very long. Please type a shorter answer.",
        textCut: "(The rest of this text is too long to show. Please ask staff for help.)",
        dontKnowNotOffered: "That is OK. Type help to see how to find out.",
        idleWarning: "Are you still there? Press any key to go on. If not, the screen will be cleared soon.",
        whenDone: "When you are done, press Enter. The screen will be cleared.",
        sshCommandRefused: "This account only runs the intake. It does not run commands or copy files.",
        sshNeedsTerminal: "Please connect with a terminal, for example: ssh -t",
        chooseThisLanguage: { "For English, type \($0)." },
        languageNames: ["english", "ingles", "en", "e"]
    )

    public static let spanish = Phrases(
        yes: "Sí",
        no: "No",
        dontKnow: "No sé",
        didNotUnderstand: "Perdón, no entendí.",
        answerYesOrNo: "Por favor, conteste sí o no.",
        orDontKnow: "Si no está seguro, escriba: no sé.",
        typeNumberFromTo: { "Por favor, escriba un número del \($0) al \($1)." },
        typeChoiceNumber: { "Por favor, escriba el número de su respuesta, del 1 al \($0)." },
        typeSomething: "Por favor, escriba su respuesta.",
        typeOneNumber: "Por favor, escriba un solo número.",
        helpHint: "Escriba ayuda para saber más.",
        stuck: "Esta pregunta parece difícil. No pasa nada. Escriba ayuda para ver por qué preguntamos y cómo averiguarlo.",
        didYouMean: { "¿Quiso decir \($0.joined(separator: " o "))? Por favor, escriba el número." },
        understood: { "Bien: " + sentence($0) },
        noHelp: "No hay más ayuda para esta pregunta.",
        commandList: "En cualquier pregunta puede escribir: ayuda, atrás, repetir, revisar, empezar de nuevo o salir.",
        firstQuestion: "Esta es la primera pregunta. No hay nada antes.",
        confirmQuit: "¿Quiere terminar ahora? Se borrarán sus respuestas. Por favor, conteste sí o no.",
        confirmStartOver: "¿Quiere empezar de nuevo? Se borrarán sus respuestas. Por favor, conteste sí o no.",
        goingOn: "Bien, sigamos.",
        startingOver: "Bien, vamos a empezar de nuevo.",
        goodbye: "Adiós. No se guardaron sus respuestas.",
        endOfInput: "La conversación terminó. No se guardaron sus respuestas.",
        reviewTitle: "Sus respuestas hasta ahora:",
        reviewEmpty: "Todavía no ha contestado ninguna pregunta.",
        reviewHowTo: "Para cambiar una respuesta, escriba su número. Para seguir, solo oprima Enter.",
        reviewPickNumber: { "Por favor, escriba un número del 1 al \($0), o solo oprima Enter para seguir." },
        switchedLanguage: "Bien, seguimos en español.",
        tooLong: "Esa respuesta es muy larga. Por favor, escriba algo más corto.",
        textCut: "(El resto de este texto es demasiado largo para mostrarlo. Pida ayuda al personal.)",
        dontKnowNotOffered: "No pasa nada. Escriba ayuda para ver cómo averiguarlo.",
        idleWarning: "¿Sigue ahí? Oprima cualquier tecla para seguir. Si no, pronto se borrará la pantalla.",
        whenDone: "Cuando termine, oprima Enter. Se borrará la pantalla.",
        sshCommandRefused: "Esta cuenta solo sirve para la entrevista. No ejecuta comandos ni copia archivos.",
        sshNeedsTerminal: "Por favor, conéctese con una terminal, por ejemplo: ssh -t",
        chooseThisLanguage: { "Para español, escriba \($0)." },
        languageNames: ["espanol", "spanish", "castellano", "es", "s"]
    )
}

/// `text` ending as a sentence: with a period, unless it ends in one (or in ? or !) already,
/// as a label such as "Sí, soy ciudadano de EE. UU." does.
func sentence(_ text: String) -> String {
    guard let last = text.last, !".?!".contains(last) else { return text }
    return text + "."
}
