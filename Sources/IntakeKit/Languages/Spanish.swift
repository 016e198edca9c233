extension Language {
    /// Spanish: the engine's words (as the California courts write them), the words people
    /// answer with, and Fernández-Huerta.
    package static let spanish = Language(
        code: "es", phrases: spanishPhrases,
        vocabulary: Vocabulary(
            yes: ["si", "claro", "cierto", "correcto", "afirmativo", "sip", "seguro", "efectivamente", "exacto", "simon", "sep"],
            no: ["no", "nel", "negativo", "nop"],
            yesPhrases: ["asi es", "eso es", "por supuesto"],
            noPhrases: ["para nada", "es todo", "eso es todo", "ya esta", "de ninguna manera", "no gracias"],
            unknown: [
                "no se", "no lo se", "no estoy seguro", "no estoy segura", "ni idea", "no me acuerdo", "no recuerdo", "quien sabe",
                "no tengo idea", "nose", "no sabria", "desconozco",
            ],
            filler: [
                "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "en", "al", "y", "o", "mi", "mis",
                "fue", "fui", "era", "es", "que", "lo", "le", "me", "se", "con", "por", "para", "su", "sus", "yo", "creo", "pues",
                "bueno", "numero", "opcion", "respuesta", "anos", "ano", "edad", "tenia", "tengo", "estoy", "estaba", "he", "ha",
                "hubo", "solo", "nomas", "soy", "son", "somos", "como", "cuando", "donde", "muy", "mas", "este", "esta", "estos",
                "estas", "ese", "esa", "eso", "esos", "esas", "aqui", "alli", "alla", "tambien", "hay", "hace", "ahora", "ya",
            ],
            choicePointers: ["numero", "opcion", "respuesta", "el", "la", "es", "elijo", "escojo"],
            ordinals: [
                "primero": 1, "primera": 1, "primer": 1, "segundo": 2, "segunda": 2, "tercero": 3, "tercera": 3, "tercer": 3,
                "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6, "ultimo": -1, "ultima": -1,
            ],
            negations: ["no", "nunca", "jamas", "ya no", "tampoco", "ni", "sin", "ningun", "ninguno", "ninguna", "nada", "nadie"],
            interjectionFollowers: ["yo", "el", "ella", "ellos", "eso", "gracias", "senor", "senora", "no", "solo", "nomas"],
            negationJoiners: ["ni", "o"], scopeEnds: ["y", "luego", "entonces"],
            clauseBreaks: ["pero", "porque", "aunque", "sino", "luego", "y luego", "y despues", "despues", "desde"],
            completions: [
                "termine", "termino", "terminado", "terminada", "acabo", "acabe", "acabado", "se acabo", "cumpli", "cumplido", "cerrado", "ya no",
            ],
            changes: ["reducido", "reducida", "redujeron", "lo bajaron", "la bajaron", "cambiaron a", "se hizo"],
            present: ["ahora", "todavia", "aun", "actualmente", "sigo"],
            hedges: ["creo", "tal vez", "quizas", "quiza", "a lo mejor", "capaz"],
            approximately: ["como", "mas o menos", "aproximadamente", "unos", "unas", "casi", "cerca de"],
            questionStarts: [
                "que es", "que son", "que significa", "que quiere decir", "que pasa", "cual", "cuales", "como se", "como puedo",
                "por que", "puedo", "puede", "donde", "quien", "necesito hablar", "quiero hablar",
            ],
            units: [
                "cero": 0, "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
                "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
                "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
                "veintiuno": 21, "veintiun": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
                "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
            ],
            tens: [
                "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
                "noventa": 90,
            ],
            hundreds: ["cien", "ciento"], joiners: ["y"], halves: ["medio", "media"],
            durations: ["ano": 365, "anos": 365, "mes": 30, "meses": 30, "semana": 7, "semanas": 7, "dia": 1, "dias": 1],
            few: ["unos", "unas", "algunos", "algunas", "pocos", "pocas", "varios", "varias"], lessThan: ["menos de", "ni un"],
            lastYear: ["ano pasado"], thisYear: ["este ano"],
            ageNow: ["ahora", "tengo", "actualmente", "hoy"], ageThen: ["tenia", "cuando", "era", "entonces"],
            ago: ["hace"], old: ["edad"],
            // "ago" (agosto) is left out: it is English for "hace".
            months: [
                "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6,
                "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "sep": 9, "sept": 9,
                "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
            ],
            lastMonth: ["mes pasado"], thisMonth: ["este mes", "esta semana", "semana pasada", "ayer", "hoy"],
            moreThan: ["mas de", "por lo menos", "al menos"],
            nextMonth: ["mes que viene", "proximo mes"], nextYear: ["ano que viene", "proximo ano"], thousands: ["mil"]),
        commands: [
            .help: ["ayuda", "ayudame", "ayudeme", "necesito ayuda", "no entiendo", "por que", "porque", "que"],
            .back: ["atras", "volver", "regresar", "anterior"],
            .repeatQuestion: ["repetir", "repite", "otra vez", "de nuevo"],
            .review: ["revisar", "respuestas", "mis respuestas"],
            .startOver: ["empezar de nuevo", "volver a empezar", "reiniciar", "comenzar de nuevo"],
            .quit: ["salir", "terminar", "adios"],
        ],
        names: ["spanish", "espanol", "in spanish", "en espanol", "castellano"], offerNames: ["s"],
        readingLevel: .fernandezHuerta(ease: 80))

    static let spanishMonths = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]

    static let spanishPhrases = Phrases(
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
        confirmReading: { "Entendí: " + sentence($0) + " ¿Es correcto?" },
        letsTryAgain: "Bien, intentemos otra vez.",
        giveAgeThen: "Por favor, escriba la edad que tenía cuando pasó, no la edad que tiene ahora.",
        yearIsNotAge: "Eso parece un año. Por favor, escriba qué edad tenía entonces.",
        monthYear: { "\(spanishMonths[$0 - 1]) de \($1)" },
        typeDate: "Por favor, escriba el mes y el año, por ejemplo marzo de 2024. Si solo sabe el año, escriba el año.",
        dateInFuture: "Esa fecha es después de hoy. Por favor, escriba cuándo pasó.",
        dateNeedsYear: "¿De qué año? Por favor, escriba el mes y el año, por ejemplo marzo de 2024.",
        dateNotAge: "Eso parece una edad. Por favor, escriba el mes y el año, o solo el año.",
        oneDate: "Por favor, escriba una sola fecha. Si no está seguro, escriba el año.",
        askMonth: { "¿Recuerda el mes de \($0)? Aquí importa. Escriba el mes, o escriba: no sé." },
        typeMonth: "Por favor, escriba el mes, por ejemplo marzo, o escriba: no sé.",
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
        page: { number, total in
            "Página \(number) de \(total). Oprima Enter para seguir leyendo."
                + (number > 1 ? " Escriba atrás para ver la página anterior." : "")
        },
        pageHelp:
            "Este texto es más largo que la pantalla. Oprima Enter para seguir leyendo. Escriba atrás para ver la página anterior, o repetir para verlo desde el principio. La pregunta viene después de la última página.",
        sshCommandRefused: "Esta cuenta solo sirve para la entrevista. No ejecuta comandos ni copia archivos.",
        sshNeedsTerminal: "Por favor, conéctese con una terminal, por ejemplo: ssh -t",
        chooseThisLanguage: { "Para español, escriba \($0)." }
    )
}
