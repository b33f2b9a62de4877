import Testing
@testable import RelationsKit

/// Hard-wrapped copy (older wire copy, RFE/RL, Jamestown, pasted PDFs): paragraphs broken into lines of a fixed width. A line
/// break that only wraps a paragraph ends no sentence, while headings, datelines, date lines, lists and headlines keep their
/// breaks; and a capital I read as a small l by a scan. Invented articles, each mechanism with a negative case.
@Suite("extraction: real8 round, hard-wrapped copy")
struct Real8WrapTests: WireCopyProbe {
    /// A paragraph wrapped greedily at `width` characters, as a wire terminal or a text editor does.
    func wrap(_ paragraph: String, width: Int) -> String {
        var lines: [String] = [], line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width { lines.append(line); line = String(word) } else { line += (line.isEmpty ? "" : " ") + word }
        }
        return (lines + [line]).joined(separator: "\n")
    }

    /// The sentences of a cleaned body, each line break inside one read as a space.
    func sentences(_ body: String) -> [String] {
        let text = MatchText(TextCleaner.clean(body))
        let tokens = Tokenizer.tokenize(text)
        return SentenceSplitter.sentences(tokens).map { text.string(tokens[$0.lowerBound].start, tokens[$0.upperBound - 1].end).split(separator: "\n").joined(separator: " ") }
    }

    /// Every fact but its offsets, and the date.
    func summary(_ body: String) -> Set<String> {
        let found = facts(body, date: nil)
        var result = Set(found.countries + found.organisations)
        result.formUnion(found.leaders.map { "\($0.name) \($0.office) \($0.country)" })
        result.formUnion(found.anniversaries.map { "\($0.parties) \($0.subject) \($0.ordinal)" })
        result.formUnion(found.memberships.map { "\($0.country) \($0.action) \($0.org)" })
        result.formUnion(found.messages.map { "\($0.from) → \($0.to) \($0.kind)" })
        result.formUnion(found.relations.map { "\($0.parties) \($0.label)" })
        result.insert("date \(found.published_on ?? "-")")
        return result
    }

    static let withdrawal = [
        "TASHKENT, June 2 (Wire) - After handing over a note on its withdrawal from the Collective Security Treaty Organization (Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan), Uzbekistan has suspended its membership in the bloc, the ministry said on Thursday.",
        "Speakers at a gathering in the capital on Friday marked the 60th anniversary of the United Nations, and the ministers of Armenia and Belarus spoke of the years of joint work in the hall of the old palace.",
        "The delegation was received by the head of state, and the talks that followed in the presidential residence with Georgian President Mikheil Saakashvili lasted for almost four hours, aides of both leaders told reporters.",
    ]
    static let telegram = [
        "MINSK, December 8 (Wire) - President of Belarus Alexander Lukashenko has sent a congratulatory telegram to President of Kazakhstan Nursultan Nazarbayev on the occasion of the Independence Day of Kazakhstan, the press service of the Belarusian leader said on Thursday.",
        "In the telegram the head of state noted that relations between Belarus and Kazakhstan are developing in the spirit of strategic partnership and alliance, and that the two countries will mark the 15th anniversary of diplomatic relations next year.",
    ]

    // MARK: A line break that only wraps a paragraph is a space

    @Test(arguments: [44, 52, 60, 68, 72, 78, 92, 104])
    func aWrappedArticleGivesTheFactsOfItsFlatCopy(width: Int) {
        for (dateLine, paragraphs) in [("02.06.2005, 14.10", Self.withdrawal), ("08.12.2011, 10.15", Self.telegram)] {
            let flat = summary(dateLine + "\n" + paragraphs.joined(separator: "\n\n"))
            #expect(flat.count >= 9)
            // Paragraphs parted by blank lines, and (older wire copy) by a line break alone.
            #expect(summary(dateLine + "\n" + paragraphs.map { wrap($0, width: width) }.joined(separator: "\n\n")) == flat)
            #expect(summary(dateLine + "\n" + paragraphs.map { wrap($0, width: width) }.joined(separator: "\n")) == flat)
        }
    }

    @Test func theWrappedSentencesRunOverCapitalsNumbersAndBrackets() {
        let body = """
            12.05.2004, 18.40
            BAKU, May 12 (Wire) - After handing over a statement on its exit from
            the regional group (Georgia, Ukraine, Azerbaijan, Armenia and
            Moldova), the country has ended its part in the work of the group.
            The guests arrived in April 1999, in the days of the celebration of the
            50th anniversary of the alliance, and met the President of Georgia
            Eduard Shevardnadze in the residence on the shore of the lake.
            """
        #expect(sentences(body) == [
            "12.05.2004, 18.40",
            "BAKU, May 12 (Wire) - After handing over a statement on its exit from the regional group (Georgia, Ukraine, Azerbaijan, Armenia and Moldova), the country has ended its part in the work of the group.",
            "The guests arrived in April 1999, in the days of the celebration of the 50th anniversary of the alliance, and met the President of Georgia Eduard Shevardnadze in the residence on the shore of the lake.",
        ])
    }

    @Test func theBodyAndItsOffsetsStayAsWritten() {
        let body = "02.06.2005, 14.10\n" + Self.withdrawal.map { wrap($0, width: 60) }.joined(separator: "\n")
        #expect(TextCleaner.clean(body) == body)
        let found = facts(body, date: nil)
        let scalars = Array(body.unicodeScalars)
        let evidence = found.anniversaries.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(evidence.count == 1 && evidence[0].contains("60th anniversary") && evidence[0].contains("\n"))
    }

    // MARK: Headings, datelines, date lines, lists and headlines keep their breaks

    @Test func headersListsAndHeadlinesKeepTheirLines() {
        let body = """
            Moldova reports that Uzbekistan has left the regional group
            The Wire, Moscow
            May 11, 2005
            CHISINAU, May 11 (Wire) - The ministry said that the decision of the
            country to leave the group had been sent to the chairman in a note and
            that the leaders of the other members would be informed of it soon.
            The members of the group at the time of its summit in the capital were
            - Georgia and Ukraine, the founders of the group in the autumn of 1997
            - Azerbaijan and Moldova, which signed the founding statement with them
            Armenian parliament ratifies the treaty on the customs union
            Kazakhstan and Uzbekistan sign a road map on water and energy
            Belarus hosts a forum of the regional group on trade and transit
            """
        let lines = body.split(separator: "\n").map(String.init)
        let found = sentences(body)
        #expect(found.contains("CHISINAU, May 11 (Wire) - The ministry said that the decision of the country to leave the group had been sent to the chairman in a note and that the leaders of the other members would be informed of it soon."))
        for line in lines.prefix(3) + lines.suffix(5) { #expect(found.contains(line)) }
        #expect(facts(body, date: nil).published_on == "2005-05-11")
    }

    @Test(arguments: [
        // One paragraph a line: no width to wrap at.
        "Greetings went to the President of Mongolia Ukhnaagiin Khurelsukh\nOfficials said so.",
        // A bracket the next line does not close.
        "The summit of the group (its fifth since the founding\nThe ministers met in Baku on Friday.",
    ])
    func aBreakInCopyThatIsNotWrappedStays(body: String) {
        #expect(sentences(body).count == 2)
    }

    @Test(arguments: [
        "The summit of the group (Armenia, Belarus and\nKazakhstan) opened in Minsk on Friday.",
        "The ministers of the bloc [Armenia, Belarus and\nKazakhstan] met in Minsk on Friday.",
    ])
    func aBracketTheNextLineClosesRunsOn(body: String) {
        #expect(sentences(body).count == 1)
    }

    // MARK: A capital I read as a small l

    @Test func aSmallLBeforeAConsonantIsACapitalI() {
        #expect(facts("TASHKENT, March 3 (Wire) - Uzbek President lslam Karimov received the delegation on Friday.").leaders.map(\.name) == ["Islam Karimov"])
        #expect(facts("His Excellency Mr llham Aliyev, President of the Republic of Azerbaijan\nDear Mr President, I congratulate you.").leaders.map(\.name) == ["Ilham Aliyev"])
        #expect(facts("The minister flew to the capital, where talks with lran's foreign minister went on.").countries == ["IRN"])
        let words = Tokenizer.tokenize(MatchText("a llama, a lymph node, a label and a &lsquo;freeze&rsquo; lbs")).filter { $0.kind == .word }.map(\.text)
        #expect(words == ["a", "llama", "a", "lymph", "node", "a", "label", "and", "a", "lsquo", "freeze", "rsquo", "lbs"])
    }
}
