extension Language {
    /// English: the engine's words, the words people answer with, and Flesch-Kincaid.
    package static let english = Language(
        code: "en", phrases: englishPhrases,
        vocabulary: Vocabulary(
            yes: [
                "y", "yes", "yeah", "yea", "yep", "yup", "ya", "sure", "correct", "right", "true", "ok", "okay",
                "affirmative", "definitely", "absolutely", "indeed",
            ],
            no: [
                "n", "no", "nope", "nah", "nay", "never", "not", "negative", "wasnt", "werent", "didnt", "dont",
                "havent", "hasnt", "isnt", "arent", "wrong", "false",
            ],
            sameAsYes: ["yes", "yeah", "yea", "yep", "yup", "sure", "correct"],
            sameAsNo: ["no", "nope", "nah", "not", "never", "negative"],
            unknown: [
                ["i", "dont", "know"], ["dont", "know"], ["do", "not", "know"], ["idk"], ["not", "sure"], ["unsure"],
                ["no", "idea"], ["dunno"], ["dont", "remember"], ["do", "not", "remember"], ["cant", "remember"],
                ["cannot", "remember"], ["i", "forget"], ["i", "forgot"], ["not", "certain"], ["unknown"],
            ],
            filler: [
                "i", "im", "a", "an", "the", "was", "were", "is", "it", "its", "to", "of", "in", "on", "at", "for", "and",
                "or", "my", "me", "he", "she", "they", "we", "you", "be", "been", "had", "have", "has", "did", "do", "got",
                "get", "that", "this", "with", "by", "so", "just", "think", "guess", "um", "uh", "well", "like", "please",
                "answer", "number", "option", "choice", "one", "thats", "about", "years", "year", "old", "age", "yrs", "yo",
            ],
            units: [
                "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
            ],
            tens: [
                "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90,
            ],
            hundreds: ["hundred"], joiners: ["and"]),
        commands: [
            .help: ["help", "help me", "why", "what", "what do you mean", "i need help", "i dont understand"],
            .back: ["back", "go back", "undo", "previous"],
            .repeatQuestion: ["repeat", "again", "say again"],
            .review: ["review", "answers", "my answers"],
            .startOver: ["start over", "restart", "start again", "begin again"],
            .quit: ["quit", "exit", "stop", "bye", "goodbye"],
        ],
        names: ["english", "ingles", "in english", "en ingles"], offerNames: ["e"],
        readingLevel: .fleschKincaid(grade: 8, averageGrade: 7))

    static let englishPhrases = Phrases(
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
        chooseThisLanguage: { "For English, type \($0)." }
    )

}
