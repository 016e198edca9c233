/// The page a visitor takes away from a kiosk with a printer: each case's explanation as the
/// screen showed it (what may fit, the law and forms, where to file, the cost, when), then the
/// dialog's own closing text (the record, fees, free help, "not legal advice"). Nothing else of
/// the visit: no answer appears on it but what the advice itself says (a date to come back).
///
/// Laid out as PostScript for US Letter paper, which every CUPS printer takes.
package struct Handout: Sendable, Equatable {
    package struct Case: Sendable, Equatable {
        package var round: Int
        package var texts: [String]
        package var heading = ""

        package init(round: Int, texts: [String]) {
            self.round = round
            self.texts = texts
        }
    }

    package var title: String
    package var date: String
    package var cases: [Case]
    package var end: String

    package init(title: String, date: String, caseHeading: (Int, Int) -> String, cases: [Case], end: String) {
        self.title = title
        self.date = date
        self.cases = cases
        for index in self.cases.indices { self.cases[index].heading = caseHeading(index + 1, cases.count) }
        self.end = end
    }

    package enum Style: Sendable, Equatable {
        case title, heading, body
    }

    package struct Line: Sendable, Equatable {
        package var style: Style
        package var text: String
    }

    /// Characters to a line of body text: Helvetica at 11 points averages about 5.2 points a
    /// character in plain English or Spanish, so 88 fill the 6.5 inches between 1-inch margins
    /// (a line of wider letters is narrowed to fit, never cut).
    package static let width = 88

    /// The handout as styled lines, blank lines between paragraphs and parts.
    package func lines(width: Int = Handout.width) -> [Line] {
        let renderer = Renderer(width: width)
        var lines = [Line(style: .title, text: title)]
        if !date.isEmpty { lines.append(Line(style: .body, text: date)) }
        func add(_ text: String) {
            lines.append(Line(style: .body, text: ""))
            lines += renderer.layout(text).map { Line(style: .body, text: $0) }
        }
        for item in cases {
            lines.append(Line(style: .body, text: ""))
            lines.append(Line(style: .heading, text: item.heading))
            for text in item.texts { add(text) }
        }
        add(end)
        return lines
    }

    /// The handout as plain text (what `pdftotext` finds on the printed page).
    package func plainText(width: Int = Handout.width) -> String {
        lines(width: width).map { $0.text + "\n" }.joined()
    }

    // MARK: - PostScript

    /// Lines of body text on a page: 9 inches at 14-point leading, less the footer's room.
    static let linesPerPage = 44

    /// The handout as a PostScript document for Letter paper: 1-inch margins, 11-point
    /// Helvetica, headings in bold, "title, page 1 of 2" at the foot of each page. A heading
    /// never ends a page.
    package func postScript() -> String {
        let pages = paginate(lines())
        var document = """
            %!PS-Adobe-3.0
            %%Title: (\(Self.escape(title)))
            %%Pages: \(pages.count)
            %%DocumentMedia: Letter 612 792 0 () ()
            %%BoundingBox: 0 0 612 792
            %%EndComments
            %%BeginProlog
            /latin1 { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
              /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } bind def
            /Body /Helvetica latin1
            /Bold /Helvetica-Bold latin1
            /body { /Body findfont 11 scalefont setfont } bind def
            /bold { /Bold findfont exch scalefont setfont } bind def
            % (text) y line: shows the text at the left margin, narrowed if wider than 6.5 inches.
            /line { gsave 72 exch translate dup stringwidth pop dup 468 gt { 468 exch div 1 scale } { pop } ifelse
              0 0 moveto show grestore } bind def
            %%EndProlog

            """
        for (index, page) in pages.enumerated() {
            document += "%%Page: \(index + 1) \(index + 1)\n"
            var y = 720 - 11
            for line in page {
                switch line.style {
                case .title: document += "16 bold\n"
                case .heading: document += "13 bold\n"
                case .body: document += "body\n"
                }
                if !line.text.isEmpty { document += "(\(Self.escape(line.text))) \(y) line\n" }
                y -= line.style == .title ? 20 : 14
            }
            let footer = Self.escape("\(title), \(index + 1) / \(pages.count)")
            document += "/Body findfont 9 scalefont setfont (\(footer)) 48 line\nshowpage\n"
        }
        return document + "%%EOF\n"
    }

    /// Lines cut into pages; no page starts with a blank line or ends with a heading.
    func paginate(_ lines: [Line]) -> [[Line]] {
        var pages: [[Line]] = [[]]
        for line in lines {
            if pages[pages.count - 1].count >= Self.linesPerPage {
                var carried: [Line] = []
                if pages[pages.count - 1].last?.style == .heading { carried.append(pages[pages.count - 1].removeLast()) }
                pages.append(carried)
            }
            if pages[pages.count - 1].isEmpty, line.text.isEmpty { continue }
            pages[pages.count - 1].append(line)
        }
        return pages
    }

    /// A text as a PostScript string's contents in ISO Latin-1: `(`, `)` and `\` escaped,
    /// accented letters as octal codes, common typographic marks as their plain forms, and
    /// anything else as `?`.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x28, 0x29, 0x5C: out += "\\" + String(Character(scalar))
            case 0x20...0x7E: out.unicodeScalars.append(scalar)
            case 0xA0...0xFF: out += "\\" + String(scalar.value, radix: 8)
            case 0x2018, 0x2019: out += "'"
            case 0x201C, 0x201D: out += "\""
            case 0x2013, 0x2014, 0x2212: out += "-"
            case 0x2026: out += "..."
            case 0x2022: out += "-"
            default: out += "?"
            }
        }
        return out
    }
}
