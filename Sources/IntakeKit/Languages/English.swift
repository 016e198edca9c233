extension Language {
    /// English: the engine's words, the words people answer with, and Flesch-Kincaid.
    package static let english = Language(
        code: "en", phrases: englishPhrases,
        vocabulary: Vocabulary(
            yes: [
                "yes", "yeah", "yea", "yep", "yup", "yeh", "yah", "ye", "yse", "sure", "correct", "true", "ok", "okay",
                "affirmative", "definitely", "absolutely", "indeed", "mhm",
            ],
            no: ["no", "nope", "nah", "nay", "nop", "negative"],
            yesPhrases: ["think so", "believe so", "of course", "uh huh", "thats right", "that is right", "thats correct"],
            noPhrases: [
                "dont think so", "do not think so", "not really", "no way", "not at all", "thats all", "thats it", "im good", "no thanks",
                "no thank you",
            ],
            aloneYes: ["y", "ya"], aloneNo: ["n"],
            unknown: [
                "i dont know", "dont know", "do not know", "idk", "not sure", "unsure", "no idea", "no clue", "dunno",
                "dont remember", "do not remember", "cant remember", "cannot remember", "dont recall", "cant recall", "i forget",
                "i forgot", "not certain", "unknown", "who knows",
            ],
            filler: [
                "i", "im", "a", "an", "the", "was", "were", "is", "it", "its", "to", "of", "in", "on", "at", "for", "and",
                "or", "my", "me", "he", "she", "they", "we", "you", "be", "been", "had", "have", "has", "did", "do", "got",
                "get", "that", "this", "with", "by", "so", "just", "think", "guess", "um", "uh", "well", "like", "please",
                "answer", "number", "option", "choice", "one", "thats", "about", "years", "year", "old", "age", "yrs", "yo",
                "any", "ever", "really", "actually", "am", "are", "them", "him", "her", "there", "only", "also", "some", "now",
                "right", "here", "ago",
            ],
            choicePointers: ["number", "option", "choice", "answer", "num", "the", "i", "pick", "choose", "its", "is", "one"],
            ordinals: [
                "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
                "sixth": 6, "6th": 6, "last": -1,
            ],
            negations: [
                "not", "no", "never", "didnt", "dont", "doesnt", "wasnt", "werent", "isnt", "arent", "aint", "havent", "hasnt",
                "hadnt", "cant", "cannot", "couldnt", "wont", "wouldnt", "without", "neither", "nor", "none", "nothing", "no longer",
            ],
            interjectionFollowers: [
                "i", "im", "it", "its", "they", "he", "she", "we", "you", "that", "thats", "this", "there", "my", "thanks",
                "thank", "sir", "maam", "no", "nope", "not", "just", "only",
            ],
            negationJoiners: ["or", "nor"], scopeEnds: ["and", "then", "so"],
            clauseBreaks: ["but", "because", "cause", "cuz", "bc", "though", "although", "however", "then", "except", "since"],
            completions: [
                "finished", "finish", "done", "completed", "complete", "over", "ended", "terminated", "expired", "discharged",
                "off", "closed", "no longer",
            ],
            changes: ["reduced", "lowered", "knocked down", "changed to", "bumped down", "turned into"],
            present: ["now", "still", "currently", "yet"],
            hedges: ["think", "guess", "maybe", "probably", "possibly", "perhaps", "believe", "kinda", "sort of", "pretty sure"],
            approximately: ["about", "around", "approximately", "roughly", "like", "or so", "almost", "nearly"],
            questionStarts: [
                "what is", "whats", "what does", "what do", "what counts", "what are", "what about", "what if", "how do", "how does",
                "how can", "how long", "how much", "how come", "why", "who", "where", "which", "can i", "can you", "could i",
                "could you", "do i", "do you", "does it", "does that", "should i", "is there", "i need to talk", "i want to talk",
                "talk to", "can someone",
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
            hundreds: ["hundred"], joiners: ["and"], halves: ["half"],
            durations: [
                "year": 365, "years": 365, "yr": 365, "yrs": 365, "month": 30, "months": 30, "mo": 30, "mos": 30, "week": 7,
                "weeks": 7, "day": 1, "days": 1,
            ],
            one: ["a", "an"], few: ["few", "several"], lessThan: ["less than", "not even", "under"],
            lastYear: ["last year"], thisYear: ["this year", "earlier this year"],
            ageNow: ["now", "currently", "today", "im", "am"], ageThen: ["was", "were", "when", "then", "at"],
            ago: ["ago", "back"], old: ["old", "yo"],
            months: [
                "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6,
                "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
                "november": 11, "nov": 11, "december": 12, "dec": 12,
            ],
            lastMonth: ["last month"], thisMonth: ["this month", "this week", "last week", "yesterday", "today"],
            moreThan: ["over", "more than", "at least", "way more than"],
            nextMonth: ["next month"], nextYear: ["next year"], thousands: ["thousand"]),
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

    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

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
        confirmReading: { "I understood: " + sentence($0) + " Is that right?" },
        letsTryAgain: "OK, let's try again.",
        giveAgeThen: "Please type how old you were when it happened, not how old you are now.",
        yearIsNotAge: "That looks like a year. Please type how old you were then.",
        monthYear: { "\(englishMonths[$0 - 1]) \($1)" },
        typeDate: "Please type the month and year, like March 2024. If you only know the year, type the year.",
        dateInFuture: "That date is after today. Please type when it happened.",
        dateNeedsYear: "Which year? Please type the month and the year, like March 2024.",
        dateNotAge: "That looks like an age. Please type the month and year, or just the year.",
        oneDate: "Please type just one date. If you are not sure, type the year.",
        askMonth: { "Do you remember the month in \($0)? It makes a difference here. Type the month, or type: I don't know." },
        typeMonth: "Please type the month, like March, or type: I don't know.",
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
        page: { number, total in
            "Page \(number) of \(total). Press Enter to read on." + (number > 1 ? " Type back to see the page before." : "")
        },
        pageHelp:
            "This text is longer than the screen. Press Enter to read on. Type back to see the page before, or repeat to start it again. The question comes after the last page.",
        sshCommandRefused: "This account only runs the intake. It does not run commands or copy files.",
        sshNeedsTerminal: "Please connect with a terminal, for example: ssh -t",
        chooseThisLanguage: { "For English, type \($0)." }
    )

}
