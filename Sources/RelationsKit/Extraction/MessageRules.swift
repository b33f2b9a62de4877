/// Written messages: greetings, congratulations, condolences and letters, with sender, recipient
/// (a person, or a country when no person is named), kind and occasion.
///
/// Shapes it reads: "A sent greetings to B", "In his message to B, A noted", "A congratulated B",
/// "A and B exchanged congratulatory messages", "B received a message from A", "A informed B in a letter".
/// Words spoken at a meeting or on the phone are not messages, nor is a message the text says was
/// not sent ("does not say whether Putin has sent a greeting").
///
/// This file holds the pass over the sentences and the per-sentence rule (`messages(in:context:)`); the rest is in
/// `MessageRules+*.swift`: senders and recipients as persons, offices or countries (`+Actors`), recipient lists and
/// "from" phrases (`+Recipients`), the sentence shapes around a message word (`+Shapes`) and the occasion (`+Occasion`).
struct MessageRules {
    let document: Document
    let reference: ReferenceIndex
    var tokens: [Token] { document.tokens }
    /// `isTrigger` of every token, worked out once: three rules look for the first trigger of each sentence.
    private var triggers: [Bool] = []
    /// The one person the article reports messages to ("Ilham Aliyev continues to receive letters of congratulations"), and the
    /// kind of what they received, when the sentence that says so names one.
    private(set) var receiver: String?
    private var receivedKind: String?
    /// The first tokens of paragraphs that open inside a quotation the paragraph before opened and did not close, and that
    /// close it ("... I wish you, the people of Russia, patience," the head of state said), or that have no quotation mark
    /// and lie between such an opening and its closing: wire copy runs a letter's quotation over paragraphs without opening
    /// each again.
    private(set) var quoteContinues: Set<Int> = []
    /// The persons whose death an article about condolences reports (`reportedDeaths`): they neither send nor receive anywhere in it.
    private(set) var deceased: Set<String> = []

    init(document: Document, reference: ReferenceIndex) {
        self.document = document
        self.reference = reference
        triggers = document.tokens.indices.map { isTrigger(document.tokens[$0].lower, at: $0) }
        var continues: Set<Int> = []
        var open = false
        var between: [Int] = []
        for paragraph in document.paragraphs {
            let marks = paragraph.filter { document.tokens[$0].text == "\"" }.count
            // A paragraph with no quotation marks after one that left a quotation open is inside it when a later
            // paragraph closes it: a letter's text quoted over several paragraphs with one mark at each end.
            if open, marks == 0 { between.append(paragraph.lowerBound); continue }
            let odd = marks % 2 == 1
            if open, odd { continues.formUnion(between); continues.insert(paragraph.lowerBound) }
            between = []
            open = !open && odd
        }
        quoteContinues = continues
        receiver = receiverOfArticle()
        if document.tokens.contains(where: { Self.kindWords[$0.lower] == "condolence" }) { deceased = reportedDeaths() }
        receivedKind = receiver.flatMap { _ in receivingKind() }
    }

    /// The first token of `sentence` that reports a message (`isTrigger`).
    func firstTrigger(in sentence: Range<Int>) -> Int? { sentence.first { triggers[$0] } }

    /// Words that name a kind of message.
    static let kindWords: [String: String] = [
        "greeting": "greeting", "greetings": "greeting",
        "congratulated": "congratulation", "congratulates": "congratulation", "congratulate": "congratulation", "congratulating": "congratulation",
        "congratulations": "congratulation", "congratulatory": "congratulation", "congratulation": "congratulation",
        "condolences": "condolence", "condolence": "condolence", "condoled": "condolence", "sympathy": "condolence", "sympathies": "condolence",
        "greeted": "greeting", "greets": "greeting",
        // "felicitated B on Independence Day", "sent felicitations to B": the congratulation of South Asian and Iranian English copy.
        "felicitated": "congratulation", "felicitates": "congratulation", "felicitate": "congratulation", "felicitating": "congratulation",
        "felicitation": "congratulation", "felicitations": "congratulation",
    ]
    /// Kind words that may stand as an infinitive of purpose after "to" ("to congratulate him").
    static let infinitiveKinds: Set<String> = ["congratulate", "greet", "felicitate"]
    /// Words that name a written medium without saying what kind of message it is.
    static let mediumWords: Set<String> = ["message", "messages", "letter", "letters", "telegram", "telegrams", "address", "addressed", "addressing", "wrote", "writes", "cable"]
    static let written: Set<String> = ["message", "messages", "letter", "letters", "telegram", "telegrams", "sent", "send", "sends", "sending", "card", "wrote", "writes", "writing", "cable"]
    /// Words of what is said face to face or aloud, also at an event ("conveyed his congratulations at a reception", "visited the
    /// embassy and made an entry in the book of condolences").
    /// "called" and "rang" are calls only with a person as their object (`calls`), and "at" only before an event (`isAtEvent`).
    static let spoken: Set<String> = ["phone", "telephone", "call", "conversation", "meeting", "talks", "met", "visit", "visited", "told", "ceremony", "reception",
                                      "interview", "spoke", "phoned", "telephoned", "video", "televised", "speech", "remarks", "sidelines"]
    /// Words that make a message spoken or shown rather than written ("a video message", "his televised address", "a TV
    /// address", "a radio address", "an audio message"): what a leader records or broadcasts is not a written message, nor is
    /// one an envoy passes on by word of mouth ("a verbal message", "an oral message", "oral greetings").
    static let broadcastWords: Set<String> = ["video", "televised", "tv", "television", "radio", "audio", "broadcast", "videotaped", "filmed", "recorded",
                                              "verbal", "oral"]
    /// Media that are written whatever else the sentence says ("a letter", "a telegram", "a card").
    static let paperMedia: Set<String> = ["letter", "letters", "telegram", "telegrams", "card", "cards", "cable", "cables"]

    /// Whether a sentence's message is a recorded or broadcast one ("A recorded a short video message of congratulations to B",
    /// "A said in his televised address to the people of X", "B also released a video greeting"): a word of the message
    /// ("message", "address", "greeting", "appeal") with a broadcast word among the three before it, and no written medium.
    func namesBroadcast(_ sentence: Range<Int>) -> Bool {
        let words = sentence.map { document.word($0) }
        guard !words.contains(where: Self.paperMedia.contains) else { return false }
        let messageWords: Set<String> = ["message", "messages", "address", "addresses", "greeting", "greetings", "appeal", "congratulations", "condolences", "statement"]
        return words.indices.contains { index in
            messageWords.contains(words[index]) && words[max(0, index - 3)..<index].contains(where: Self.broadcastWords.contains)
        }
    }

    /// Words of a post won, whose "at" places the win, not the message ("elected at the congress").
    static let postWonWords = winWords.union(voteWords).union(["elected", "re-elected", "appointment", "inauguration"])
    /// Events a message may be spoken at ("at the start of the summit", "at the forum's opening"), in small letters.
    static let events: Set<String> = ["summit", "session", "forum", "conference", "congress", "meeting", "ceremony", "reception", "briefing", "rally", "plenary", "event", "gathering"]
    static let negations: Set<String> = ["not", "n't", "whether", "never", "no", "without", "refused", "declined", "refrained", "refrain", "refrains"]
    /// Verbs whose object is the recipient ("congratulated B", "informed B ... in a letter").
    static let recipientVerbs: Set<String> = ["congratulated", "congratulates", "congratulate", "congratulating", "felicitated", "felicitates", "felicitate", "felicitating",
                                              "greeted", "greets", "addressing", "informed", "notified", "thanked", "wished", "urged", "assured"]
    /// The same, and "sent" ("A informed B of the decision in a letter").
    static let objectVerbs = recipientVerbs.union(["sent", "sends", "send"])
    /// Occasions, as lowercase word sequences. Specific days come before "anniversary".
    static let occasions: [(words: [String], occasion: String)] = [
        (["new", "year"], "New Year"), (["new", "year's"], "New Year"), (["independence", "day"], "Independence Day"),
        (["victory", "day"], "Victory Day"), (["birthday"], "birthday"), (["nowruz"], "Nowruz"), (["novruz"], "Nowruz"), (["navruz"], "Nowruz"),
        // The spring holiday in each language's spelling: Kazakh "Nauryz", Kyrgyz "Nooruz", Persian "Nawruz", Kurdish "Newroz".
        (["nauryz"], "Nowruz"), (["nooruz"], "Nowruz"), (["nawruz"], "Nowruz"), (["norouz"], "Nowruz"), (["newroz"], "Nowruz"),
        // China's Spring Festival (the Lunar New Year) is a New Year; after Nowruz, which copy also calls "the Spring Festival".
        (["spring", "festival"], "New Year"),
        // Mongolia's national holiday goes by its own name ("on the occasion of the Naadam Festival", "Naadam greetings").
        (["naadam"], "national holiday"),
        (["christmas"], "Christmas"), (["national", "day"], "national holiday"), (["national", "holiday"], "national holiday"),
        (["russia", "day"], "national holiday"), (["national", "unity", "day"], "national holiday"), (["republic", "day"], "national holiday"),
        (["constitution", "day"], "national holiday"), (["state", "holiday"], "national holiday"),
        // A day named for the state's own being, whatever the state ("Statehood Day", "Sovereignty Day", "Unity Day"), as
        // "Republic Day" and "Constitution Day" are; capitalized, as `occasion(in:)` requires of every day.
        (["statehood", "day"], "national holiday"), (["sovereignty", "day"], "national holiday"), (["unity", "day"], "national holiday"),
        (["re", "-", "election"], "election victory"), (["reelection"], "election victory"), (["reelected"], "election victory"), (["election"], "election victory"), (["runoff"], "election victory"), (["elected"], "election victory"), (["inauguration"], "election victory"),
        // "on the 75th anniversary of Victory in the Great Patriotic War": the anniversary of the Victory is Victory Day.
        (["anniversary", "of", "victory"], "Victory Day"), (["anniversary", "of", "the", "victory"], "Victory Day"),
        (["anniversary", "of", "the", "great", "victory"], "Victory Day"), (["anniversary", "of", "great", "victory"], "Victory Day"),
        (["independence"], "Independence Day"), (["anniversary"], "anniversary"), (["centenary"], "anniversary"), (["jubilee"], "anniversary"),
    ]

    /// Someone or something that can send or receive a message, over tokens `start..<end`.
    /// `listed`: one of the countries after a plural office ("to the presidents of A, B and C"), whose holder the article may
    /// name elsewhere: the list goes on after it whether it stands for a person or its country.
    struct Actor: Equatable { let name: String; let start: Int; let end: Int; let isPerson: Bool; var listed = false }

    func extract() -> [ArticleFacts.Message] {
        var found: [ArticleFacts.Message] = []
        var context = Context(recipient: receiver, sender: nil)
        context.addressee = receiver
        // "Rahmon has received congratulatory messages ...": the messages reported next are congratulations.
        context.kind = receivedKind
        let roundup = contextKind() != nil
        var peoples: Set<String> = []
        // Messages reported as a plain "message" of no kind and no occasion (`isPlainMessage`), by their index in `found`.
        var plainMessages: Set<Int> = []
        // Messages whose sentence named no kind (the title's or the context's was taken), by their index in `found`: a later
        // sentence that describes the sender's message by its kind ("A said in his message of greetings") gives it.
        var unstatedKinds: Set<Int> = []
        // Messages of the last sentence that reported any, of a kind that has an occasion and with none found yet: the letter's
        // own words quoted after the report may state it (`occasionInLetter`).
        var awaitingOccasion: [Int] = []
        // Exchanges reported ("from>to" of each direction), and the persons a country code stood for in one of them until a later
        // sentence told the exchange again by name (`aliases`: code to person).
        var exchanged: Set<String> = []
        var aliases: [String: String] = [:]
        // The recipient of the last sentence that reported messages to someone without naming their senders ("Congratulatory
        // messages have been sent to the President of X from heads of foreign states"), for a list of senders after it.
        var announced: String?
        // The end of the lines a list of senders took (`senderListMessages`): they report nothing more.
        var listEnd = -1
        for sentence in document.sentences.flatMap(messageClauses) {
            if sentence.lowerBound < listEnd { continue }
            // "Congratulatory messages have been sent by:" over one sender a line: each sender's message to the recipient announced.
            if let listed = senderListMessages(sentence, recipient: context.addressee ?? receiver ?? announced, context: context) {
                for item in listed.messages where !found.contains(where: { $0.from == item.from && $0.to == item.to }) { found.append(item) }
                listEnd = listed.end
                continue
            }
            // A heading ("KAZAKHSTAN: Border checks tightened") opens another item of a digest: a summary before it is over.
            if isHeading(sentence) { context.summary = nil }
            // "May 28, 2010 | Congratulations to President of Azerbaijan Ilham Aliyev" over the item that reports that message:
            // the item's own lines say who sent what on which occasion.
            if isItemHeading(sentence) {
                context.summary = nil
                continue
            }
            var items = messages(in: sentence, context: context)
            if items.isEmpty, roundup { items = roundupMessage(in: sentence, context: context) }
            if items.isEmpty, let receiver = receiver ?? context.summary?.recipient { items = receivedMessage(in: sentence, recipient: receiver, context: context) }
            if items.isEmpty, let recipient = unsentRecipient(in: sentence) { announced = recipient }
            // "A sent a congratulatory letter to B. ... 'Please accept my sincere congratulations on the occasion of your birthday'":
            // the occasion the letter's own words give the congratulation they offer is the message's. A quoted paragraph after the
            // report is the letter printed, which offers them to its addressee without a "you" ("'Dear Ilham Heydarovich, / Please
            // accept my most sincere congratulations on the occasion of Novruz'").
            if items.isEmpty, !awaitingOccasion.isEmpty,
               let stated = occasionInLetter(sentence, printed: isQuotedParagraph(document.paragraph(containing: sentence.lowerBound))) {
                for index in awaitingOccasion where found[index].occasion == nil { found[index].occasion = stated }
                awaitingOccasion = []
            }
            let reported = found.count
            // "In his congratulatory message, Lavrov noted that ...": a message already reported (an exchange of "messages"), whose
            // kind the sentence states.
            if items.isEmpty, let described = describedMessage(sentence),
               let earlier = found.lastIndex(where: { $0.from == described.sender }), found[earlier].kind == "letter" || unstatedKinds.contains(earlier) {
                found[earlier].kind = described.kind
                unstatedKinds.remove(earlier)
            }
            // "A sent a message to B. In it, he congratulated B on ...": a sentence that refers back to the message describes it
            // (its kind and occasion); it is not another message.
            // The sentence's own messages, before a sentence that refers back drops those already reported: "In his message, A
            // extends condolences to President B and the people of X" still addresses the people beside their own leader.
            let sentenceItems = items
            if refersBack(sentence) {
                // "The message congratulates the people of Kyrgyzstan on Independence Day": the last message, described.
                if items.isEmpty, let last = found.indices.last {
                    let kinds = sentence.filter { quotation(containing: $0) == nil }.compactMap { Self.kindWords[document.word($0)] }
                    // "In their messages the heads of state also congratulated him on ...": several messages, and something they
                    // said besides; the kind of the last one stays.
                    let adds = sentence.prefix(5).contains { ["messages", "letters", "telegrams"].contains(document.word($0)) } || sentence.contains { document.word($0) == "also" }
                    if !adds, let kind = kinds.min(by: { priority($0) < priority($1) }), priority(kind) < priority(found[last].kind) { found[last].kind = kind }
                    if found[last].occasion == nil, found[last].kind != "condolence" { found[last].occasion = statedOccasion(in: sentence) }
                }
                items = items.filter { item in
                    guard let earlier = found.lastIndex(where: { $0.from == item.from && $0.to == item.to }) else { return true }
                    if priority(item.kind) < priority(found[earlier].kind) { found[earlier].kind = item.kind }
                    if found[earlier].occasion == nil, found[earlier].kind != "condolence" { found[earlier].occasion = item.occasion }
                    return false
                }
            }
            // "A sent greetings to the leaders of the CIS states." names no recipient; the lists that follow ("Greetings
            // were sent to: ...", "Greetings also went to ...") are A's.
            if items.isEmpty, let subject = announcingSubject(in: sentence) {
                context.sender = subject
                // "A has sent congratulations to the leaders ...": the lists that follow ("Telegrams went to ...") are congratulations.
                context.kind = sentence.compactMap { Self.kindWords[document.word($0)] }.min { priority($0) < priority($1) }
            }
            // "Congratulations to A on his victory in the election came from the leaders of B, C and D": a summary that names no
            // sender. The messages reported next one sender at a time ("B's President sent a telegram in which he wished A
            // success") are of its kind and occasion, and to its addressee.
            if items.isEmpty, let summary = summary(of: sentence) {
                context.summary = (summary.kind, summary.occasion, summary.recipient)
                if let recipient = summary.recipient { context.recipient = recipient; context.addressee = recipient }
            }
            // "Heads of foreign states continue to send congratulations to B": B is the recipient of the messages reported next.
            if items.isEmpty, let recipient = announcedRecipient(in: sentence) { context.recipient = recipient; context.addressee = recipient }
            // "The presidents of the Baltic states sent condolences to the Polish people": a people addressed by senders the sentence
            // does not name is the recipient of the messages reported next with none of their own ("A also sent condolences").
            else if items.isEmpty, let people = announcedPeople(in: sentence) { context.recipient = people }
            // "Similar messages were sent by A and B": the kind and occasion of the message reported before.
            if let last = found.last, !sentence.contains(where: { Self.kindWords[document.word($0)] != nil }),
               sentence.contains(where: { ["similar", "such", "identical", "same"].contains(document.word($0)) && Self.mediumWords.contains(document.word($0 + 1)) }) {
                items = items.map { item in
                    var item = item
                    item.kind = last.kind
                    item.occasion = last.occasion
                    return item
                }
            }
            // "In his message to B, A noted ...": a message of no stated kind between a pair already reported is that message again.
            // "A congratulated B and the Belarusian people": a later sentence that names no recipient goes on to B, not the people.
            // "In the message sent to B, the head of state emphasized ...": with no kind of its own, a message between a pair
            // already reported on the same occasion is that message, whatever kind the title would give it.
            // "The Turkmen leader wished the fraternal Uzbek people peace" after his greetings to the head of state: a sentence that
            // names neither a kind nor a medium, between a pair already reported, says more of that message.
            let statesKind = sentence.contains { Self.kindWords[document.word($0)] != nil }
            let namesMessage = statesKind || sentence.contains { Self.mediumWords.contains(document.word($0)) }
            let personAddressed = items.last { !isCountryCode($0.to) }?.to
            // "This was stated in the message of A addressed to B ... A congratulated B on the 20th anniversary of the treaty": a
            // message of no kind and no occasion of its own, a plain "message", is described by the later sentence that states
            // them for the same pair, unless that sentence says it is another ("also", "another", "separately").
            let another = sentence.contains { ["also", "another", "separately", "second"].contains(document.word($0)) }
            // "A congratulated B on Independence Day. ... 'A sent a message of greetings to B on the occasion of Independence Day,' the
            // Kremlin said": greetings and congratulations between the same pair on the same stated occasion are one message told
            // twice, of the kind first reported, unless the sentence says it is another.
            // "The foreign ministers of X and Y swapped greetings ... A and B wrote to one another": an exchange told again by name,
            // after one whose party only a country stood for (the article names no holder of the office), is that exchange; the
            // country stands for the person in the messages reported after it ("The Foreign Minister of Y also congratulated ...").
            let mirrored = items.count == 2 && items[0].from == items[1].to && items[0].to == items[1].from
            if mirrored {
                for (person, other) in [(items[0].from, items[0].to), (items[0].to, items[0].from)] where !isCountryCode(person) && !isCountryCode(other) {
                    guard let code = found.first(where: { $0.from == other && isCountryCode($0.to) && exchanged.contains("\($0.to)>\(other)") })?.to,
                          (countryOf(person: person) ?? code) == code, countryOf(person: other) != code else { continue }
                    for index in found.indices {
                        if found[index].from == code, found[index].to == other { found[index].from = person }
                        if found[index].from == other, found[index].to == code { found[index].to = person }
                    }
                    exchanged.formUnion(["\(person)>\(other)", "\(other)>\(person)"])
                    aliases[code] = person
                    items = []
                    break
                }
            }
            items = items.map { item in
                var item = item
                item.from = aliases[item.from] ?? item.from
                item.to = aliases[item.to] ?? item.to
                return item
            }
            // "A and B exchanged greetings on the anniversary. ... B also congratulated A on the date": a message between the parties
            // of an exchange already reported, on its occasion or none, tells one side of that exchange (not a condolence).
            func detailsExchange(_ earlier: ArticleFacts.Message, _ item: ArticleFacts.Message) -> Bool {
                !mirrored && exchanged.contains("\(item.from)>\(item.to)") && (item.occasion == nil || item.occasion == earlier.occasion)
                    && item.kind != "condolence" && earlier.kind != "condolence"
            }
            // "A conveyed condolences to B on the anniversary of the earthquake. In a letter, A expressed his profound sympathy": a
            // message of the same kind between the same pair, stating no occasion where the one reported before stated one, is that
            // message told again, unless the sentence says it is another. Greetings and congratulations are one kind here ("A has
            // sent New Year greetings to B. ... A wished him good health in a congratulatory message").
            func retellsWithoutOccasion(_ earlier: ArticleFacts.Message, _ item: ArticleFacts.Message) -> Bool {
                !another && item.occasion == nil && earlier.occasion != nil
                    && (earlier.kind == item.kind || Set([earlier.kind, item.kind]) == ["congratulation", "greeting"])
            }
            // "A has sent a letter to B on the occasion of Russia Day. A congratulated B and the people of X on the national holiday": a
            // congratulation or greeting to the addressee of a letter reported before (and to their people beside them), on the
            // letter's occasion, says what the letter does; it stays a letter, as the report's own word has it. (A plain "message"
            // of no kind takes the kind the later sentence states, below, and so does an exchange of messages: "exchange messages
            // ... exchanged congratulatory messages".)
            func describesLetter(_ item: ArticleFacts.Message) -> Bool {
                guard !another, ["congratulation", "greeting"].contains(item.kind), item.occasion != nil else { return false }
                return found.indices.contains { index in
                    let earlier = found[index]
                    let addressee = earlier.to == item.to
                        || isCountryCode(item.to) && countryOf(person: earlier.to) == item.to && sentenceItems.contains { $0.from == item.from && $0.to == earlier.to }
                    return earlier.from == item.from && addressee && earlier.kind == "letter" && earlier.occasion == item.occasion
                        && !plainMessages.contains(index) && !exchanged.contains("\(earlier.from)>\(earlier.to)")
                }
            }
            for item in items where !found.contains(where: { $0.from == item.from && $0.to == item.to
                && ($0.kind == item.kind && $0.occasion == item.occasion || item.kind == "letter" || !statesKind && $0.occasion == item.occasion || !namesMessage
                    || !another && $0.occasion != nil && $0.occasion == item.occasion && Set([$0.kind, item.kind]) == ["congratulation", "greeting"]
                    || detailsExchange($0, item) || retellsWithoutOccasion($0, item)) }) && !describesLetter(item) {
                if statesKind, !another, item.kind != "letter",
                   let earlier = found.indices.first(where: { plainMessages.contains($0) && found[$0].from == item.from && found[$0].to == item.to }) {
                    found[earlier].kind = item.kind
                    if item.kind != "condolence" { found[earlier].occasion = item.occasion }
                    plainMessages.remove(earlier)
                } else {
                    found.append(item)
                    if item.kind == "letter", item.occasion == nil, !statesKind, isPlainMessage(sentence) { plainMessages.insert(found.count - 1) }
                    if !statesKind { unstatedKinds.insert(found.count - 1) }
                }
                // "to President A and the people of X": a people addressed beside its own leader in one recipient list is a
                // co-addressee of the message to that leader, not a message of its own.
                // A people addressed in a sentence of its own is a message of its own only when the sentence says it is another
                // ("A also sent congratulations to the people of X", "Separately, A greeted the people of X"). Else it is the
                // message to that people's leader told once more ("A sent greetings to the government and people of X. In his
                // message to President B, A wished ...", "In the telegram A extended condolences to the families and the people of
                // X"), and the leader's message covers it.
                if isCountryCode(item.to), another, addressesPeople(of: item.to, in: sentence),
                   !sentenceItems.contains(where: { $0.from == item.from && countryOf(person: $0.to) == item.to }) { peoples.insert("\(item.from)>\(item.to)") }
                // "In a congratulatory telegram the Russian leader expressed confidence that ... Kyrgyz society": a country whose
                // person the sender already wrote to stands for that person.
                let covering = found.last { $0.from == item.from && !isCountryCode($0.to) && countryOf(person: $0.to) == item.to }?.to
                context.recipient = isCountryCode(item.to) ? personAddressed ?? covering ?? item.to : item.to
                context.sender = item.from
                context.senders.insert(item.from)
                context.lastKind = item.kind
            }
            if mirrored, found.count > reported { exchanged.formUnion(found[reported...].map { "\($0.from)>\($0.to)" }) }
            // A letter of no stated occasion waits too: "A sent a letter to B. '... I cordially congratulate you on the convincing
            // victory in the parliamentary election ...'" is a letter on that occasion.
            if found.count > reported {
                awaitingOccasion = (reported..<found.count).filter { found[$0].occasion == nil && ["congratulation", "greeting", "letter"].contains(found[$0].kind) }
            }
        }
        takeKindsOfPeoplesAddressed(&found, unstated: unstatedKinds, peoples: peoples)
        // "With respect,\nA,\nThe President of X": a letter printed whole, closed by its signer, in an article about the messages one
        // person receives, is the signer's message to that person.
        if let receiver {
            for signature in signatures() where signature.name != receiver && !found.contains(where: { $0.from == signature.name && $0.to == receiver }) {
                let kind = receivedKind ?? contextKind() ?? "letter"
                let span = document.bodySpan(signature.range.lowerBound, signature.range.upperBound)
                found.append(ArticleFacts.Message(from: signature.name, to: receiver, kind: kind, occasion: kind == "condolence" ? nil : contextOccasion(),
                                                  start: span.start, end: span.end))
            }
        }
        // "His Excellency Mr A, President of X\nDear A,\n...\nSincerely,\nB": a letter printed whole, its addressee's line over the
        // salutation and its signer under the valediction, is the signer's message to the addressee, of the kind its own words
        // offer ("I extend my sincere congratulations") and on the occasion they state.
        // "Your Excellency,\n...\nA\nPrime Minister of X": the signer's line with no valediction over it, at the letter's foot.
        func letterMessage(from signature: (name: String, range: Range<Int>), to addressee: String, salutation: Range<Int>) -> ArticleFacts.Message {
            let letter = salutation.lowerBound..<signature.range.lowerBound
            let sentences = document.sentences.filter { letter.contains($0.lowerBound) }
            // A letter to the article's receiver is of the kind the article says they receive ("has been receiving holiday
            // greetings"), as the letters found by their valediction are; else of the kind its own words offer.
            let kind = (addressee == receiver ? receivedKind : nil)
                ?? sentences.flatMap { $0.compactMap { Self.kindWords[document.word($0)] } }.min { priority($0) < priority($1) } ?? "letter"
            // The letter's own words need not say "you" ("Please accept my sincerest congratulations on Navruz"); thanks for the
            // addressee's message state that message's occasion, not this one's. Else the article's.
            let own = sentences.filter { sentence in !sentence.contains { Self.thanksWords.contains(document.word($0)) } }
            let occasion = ["congratulation", "greeting"].contains(kind) ? own.lazy.compactMap { occasionInLetter($0, printed: true) }.first ?? contextOccasion() : nil
            let span = document.bodySpan(signature.range.lowerBound, signature.range.upperBound)
            return ArticleFacts.Message(from: signature.name, to: addressee, kind: kind, occasion: occasion, start: span.start, end: span.end)
        }
        // A page that prints several letters to one leader, each under its own address block, holds one letter under each: its
        // signer is the one at its foot, before the next block. The addressee's own message the letter thanks them for ("I thank
        // you for your congratulations") is the addressee's message to the signer.
        // A letter with no signer (the page cut off under it) is the message of the state on whose behalf its words congratulate
        // ("on behalf of the Government and people of X, I convey our congratulations to you").
        // A state's message found in the words of a signed letter ("on behalf of the people of X ...") is the signer's letter.
        // In an article about the messages one person receives, the letter printed under that person's block is the signer's message
        // already found above; its thanks and its bounds still count.
        let letters = letterAddressees()
        var signedLetters: [(start: Int, end: Int, signer: String, addressee: String)] = []
        for (number, addressee) in letters.enumerated() {
            let own = receiver == nil || letters.count > 1
            let end = number + 1 < letters.count ? letters[number + 1].start : tokens.count
            let signed = signatures().filter { $0.range.lowerBound > addressee.salutation.lowerBound && $0.range.lowerBound < end }
            let signers = signed.isEmpty ? bareSignatures(after: addressee.salutation.lowerBound, before: end) : signed
            if let last = signers.last {
                let span = document.bodySpan(addressee.salutation.lowerBound, last.range.lowerBound)
                signedLetters.append((span.start, span.end, last.name, addressee.name))
            } else if own, let behalf = behalfMessage(in: addressee.salutation.lowerBound..<end, to: addressee.name),
                      !found.contains(where: { $0.from == behalf.from && $0.to == behalf.to }) {
                found.append(behalf)
            }
            for signature in signers where signature.name != addressee.name {
                // In an article about the messages one person receives, a letter printed under that person's block whose signer
                // stands with no valediction over them ("Xi Jinping,\nThe President of X" at its foot) is found here.
                if !found.contains(where: { $0.from == signature.name && $0.to == addressee.name }) {
                    found.append(letterMessage(from: signature, to: addressee.name, salutation: addressee.salutation))
                }
                guard found.contains(where: { $0.from == signature.name && $0.to == addressee.name }) else { continue }
                if let thanks = thankedMessage(in: addressee.salutation.lowerBound..<signature.range.lowerBound),
                   !found.contains(where: { $0.from == addressee.name && $0.to == signature.name }) {
                    let span = document.bodySpan(thanks.at, thanks.at + 1)
                    found.append(ArticleFacts.Message(from: addressee.name, to: signature.name, kind: thanks.kind, occasion: thanks.occasion, start: span.start, end: span.end))
                }
            }
        }
        // "Dear Madame President,\n...\nSincerely,\nA": a page that is a letter, its salutation the body's first line and no addressee
        // named, goes to the one country its words name besides the signer's ("to you and the friendly people of X").
        // A line of date and time over the salutation ("24 September 2022, 16:47") is the page's stamp, not the letter's first line.
        // "Dear Serdar Gurbangulyevich": a salutation by given name (and patronymic) is the head of state or government of that
        // country on the date whose given name it is.
        // A state's message the letter's own words gave ("On behalf of the people of X, I send you ...") is that letter.
        if receiver == nil, letterAddressee() == nil, let salutation = document.paragraphs.prefix(2).first(where: isSalutation),
           salutation == document.paragraphs.first || isDateStamp(document.paragraphs[0]),
           let signature = signatures().first(where: { $0.range.lowerBound > salutation.upperBound }) ?? bareSignature(after: salutation.lowerBound)
               ?? closingSigner(after: salutation.upperBound),
           case let words = document.bodySpan(salutation.lowerBound, signature.range.lowerBound),
           found.allSatisfy({ isCountryCode($0.from) && words.start <= $0.start && $0.start < words.end }) {
            let own = countryOf(person: signature.name)
            let named = Set(document.entities(in: salutation.lowerBound..<signature.range.lowerBound).compactMap(\.entity.country)).subtracting([own].compactMap { $0 })
            // "Dear compatriots,", "Dear citizens of X!": a salutation to a people (`addressedPeople`) addresses that people's country,
            // when the words offer a greeting, a congratulation or a condolence ("I congratulate you on ..."); an address to a people
            // that offers none ("Today we celebrate ...") is a speech printed, not a message.
            if let people = addressedPeople(among: Array(salutation), sender: signature.name) {
                let message = letterMessage(from: signature, to: people, salutation: salutation)
                if message.kind != "letter" { found = [message] }
            } else if named.count == 1, let country = named.first {
                // A salutation by a name that is no holder's ("Dear Dr Jaishankar,") greets a person the tables do not resolve: the
                // country does not stand for them.
                let holder = salutedHolder(salutation, of: country)
                if holder != nil || !salutesByName(salutation) { found = [letterMessage(from: signature, to: holder ?? country, salutation: salutation)] }
            }
        }
        // A sender's message to a named person makes the same sender's message to that person's country redundant.
        // Only a message of the same kind: "a congratulatory message to Putin" and "greetings to the peoples of Belarus and
        // Russia" are two messages.
        // A people addressed ("also sent congratulations to the people of Belarus") is a message of its own, unless it stands
        // beside its own leader in the same recipient list ("to President A and the people of X").
        let covered = Set(found.compactMap { message in countryOf(person: message.to).map { "\(message.from)>\($0)>\(message.kind)" } })
        // A country stands for a sender only when the text names no person: a country's message to a recipient whom a person of
        // that country wrote to ("the leader of Türkiye says in his letter" after Erdoğan's letter to B) is that person's
        // message again, and a country writes to neither itself nor its own office-holders (the quoted words of a Belarusian
        // letter to Lukashenko, a dateline's "UZBEKISTAN" over the messages to Mirziyoyev).
        let personSent = Set(found.filter { !isCountryCode($0.from) }.compactMap { message in countryOf(person: message.from).map { "\($0)>\(message.to)" } })
        func stateToItself(_ message: ArticleFacts.Message) -> Bool {
            isCountryCode(message.from) && (message.to == message.from || countryOf(person: message.to) == message.from || personSent.contains("\(message.from)>\(message.to)")
                || signedLetters.contains { $0.start <= message.start && message.start < $0.end })
        }
        // "Please allow me to convey my congratulations to you and to the people of X" in a letter printed whole: the people its words
        // greet beside "you" share the letter to their leader; the signer sends no second message to them.
        func peopleOfLetter(_ message: ArticleFacts.Message) -> Bool {
            isCountryCode(message.to) && signedLetters.contains { $0.start <= message.start && message.start < $0.end && $0.signer == message.from && countryOf(person: $0.addressee) == message.to }
        }
        return found.filter { !(isCountryCode($0.to) && covered.contains("\($0.from)>\($0.to)>\($0.kind)") && !peoples.contains("\($0.from)>\($0.to)")) && !stateToItself($0) && !peopleOfLetter($0) }
    }

    /// A people addressed with a kind ("A expressed congratulations to the people of X", "A extended greetings to the government
    /// and people of X") and a message of no stated kind from the same sender to that people's leader ("In a warm message to
    /// President B, A conveyed ...", "In his letter to President B, A recalled ...") are one message told twice: the people's
    /// sentence says what kind it is, the other whom it went to. The leader's message takes the kind (and the occasion, when it
    /// states none), and the final filter then drops the people's message as covered by it (`covered`), which needs the kinds
    /// to agree; without this step a retelling of no kind left both messages standing. A people's message the text says is
    /// another ("A also sent congratulations to the people of X": `peoples`) stays its own and gives nothing; so does one of
    /// another occasion than the leader's message states.
    /// `unstated`: the indices in `found` of messages whose sentence named no kind.
    func takeKindsOfPeoplesAddressed(_ found: inout [ArticleFacts.Message], unstated: Set<Int>, peoples: Set<String>) {
        for people in found where isCountryCode(people.to) && !isCountryCode(people.from) && people.kind != "letter" && !peoples.contains("\(people.from)>\(people.to)") {
            guard let leader = found.indices.first(where: { unstated.contains($0) && found[$0].kind == "letter" && found[$0].from == people.from
                && !isCountryCode(found[$0].to) && countryOf(person: found[$0].to) == people.to
                && (found[$0].occasion == nil || found[$0].occasion == people.occasion) }) else { continue }
            found[leader].kind = people.kind
            if found[leader].occasion == nil { found[leader].occasion = people.kind == "condolence" ? nil : people.occasion }
        }
    }

    /// The sender and the stated kind of a sentence that opens with a message of its subject's, naming no recipient ("In his
    /// congratulatory message, published on the ministry's website, A noted that ..."): the subject is the first person after
    /// the medium, and a verb reporting what the message says follows the name. Nil for a plain letter or message.
    /// Also the same told after the subject's verb ("'...,' A said in his message of greetings", "A noted in her congratulatory
    /// telegram that ...", "A wrote in his letter of condolence"): the kind the words around the medium give.
    func describedMessage(_ sentence: Range<Int>) -> (sender: String, kind: String)? {
        let start = sentence.lowerBound
        if let described = describedAfterVerb(sentence) { return described }
        guard document.word(start) == "in", ["his", "her"].contains(document.word(start + 1)) else { return nil }
        var cursor = start + 2
        var kinds: [String] = []
        while cursor < start + 5, let kind = Self.kindWords[document.word(cursor)] { kinds.append(kind); cursor += 1 }
        guard let kind = kinds.min(by: { priority($0) < priority($1) }), kind != "letter", Self.mediumWords.contains(document.word(cursor)),
              document.word(cursor + 1) == "," else { return nil }
        let rest = (cursor + 1)..<min(sentence.upperBound, cursor + 24)
        guard let subject = actors(in: rest).first(where: \.isPerson),
              !rest.prefix(while: { $0 < subject.start }).contains(where: { isRecipientTo($0) }),
              Self.reportingVerbs.contains(document.word(subject.end)) || Self.contentOpeners.contains(document.word(subject.end)) else { return nil }
        return (subject.name, kind)
    }

    /// "A said in his message of greetings", "A stressed in her congratulatory letter": a person, a verb that reports what a message
    /// says, then "in his/her" and a medium whose own words state a kind; the person and that kind (`describedMessage`).
    /// The attribution after the words it closes may put the verb first ("'...,' wrote A in his congratulatory letter", "..., noted
    /// President A in her message of greetings"): the person between the verb and "in his/her" is the sender too.
    func describedAfterVerb(_ sentence: Range<Int>) -> (sender: String, kind: String)? {
        let verbs = Self.reportingVerbs.union(Self.contentOpeners)
        guard let inIndex = sentence.first(where: { document.word($0) == "in" && ["his", "her"].contains(document.word($0 + 1)) && quotation(containing: $0) == nil }),
              inIndex > sentence.lowerBound else { return nil }
        let inverted = actors(in: sentence.lowerBound..<inIndex).last.flatMap { subject in
            subject.isPerson && subject.end == inIndex && verbs.contains(document.word(subject.start - 1)) ? subject : nil
        }
        guard inverted != nil || verbs.contains(document.word(inIndex - 1)) else { return nil }
        var cursor = inIndex + 2
        var kinds: [String] = []
        var medium = false
        while cursor < min(sentence.upperBound, inIndex + 7) {
            let word = document.word(cursor)
            if let kind = Self.kindWords[word] { kinds.append(kind) } else if Self.mediumWords.contains(word) { medium = true } else if word != "of" { break }
            cursor += 1
        }
        guard medium, let kind = kinds.min(by: { priority($0) < priority($1) }) else { return nil }
        if let inverted { return (inverted.name, kind) }
        guard let subject = actors(in: sentence.lowerBound..<(inIndex - 1)).last(where: \.isPerson), subject.end == inIndex - 1 else { return nil }
        return (subject.name, kind)
    }

    /// The signers of letters printed whole: a line of valediction ("With respect,", "Sincerely,", "Respectfully yours,") and a
    /// line that opens with a person ("A," then the office on the next line), with the range of the signer's line.
    func signatures() -> [(name: String, range: Range<Int>)] {
        var result: [(name: String, range: Range<Int>)] = []
        for (number, line) in document.paragraphs.enumerated().dropLast() where line.count <= 6 {
            var words = line.map { document.word($0) }
            if words.last == "," { words.removeLast() }
            guard Self.isValediction(words), quotation(containing: line.lowerBound) == nil else { continue }
            let next = document.paragraphs[number + 1]
            let opening = actors(in: next).first.flatMap { $0.isPerson && $0.start == next.lowerBound ? $0.name : nil }
            if let signer = signerLine(next)?.name ?? opening { result.append((signer, next)) }
        }
        return result
    }

    /// The signer of a letter printed whole whose foot has no valediction: the last of `bareSignatures`.
    func bareSignature(after floor: Int, before ceiling: Int = Int.max) -> (name: String, range: Range<Int>)? {
        bareSignatures(after: floor, before: ceiling).last
    }

    /// The signers of letters printed whole whose feet have no valediction, in order: each line after `floor` and before `ceiling`
    /// that is a signer alone ("A" or "A,") over a line that opens with an office ("Prime Minister of X", "The President of X"), or
    /// a signer and their office on one line ("A, President of X."), outside quotations (`signerLine`). A page that prints
    /// several letters under one address block signs each at its foot.
    func bareSignatures(after floor: Int, before ceiling: Int = Int.max) -> [(name: String, range: Range<Int>)] {
        let paragraphs = document.paragraphs
        return paragraphs.indices.compactMap { number in
            let line = paragraphs[number]
            guard line.lowerBound > floor, line.upperBound <= ceiling, let signer = signerLine(line) else { return nil }
            let officeBelow = number + 1 < paragraphs.count && opensWithOffice(paragraphs[number + 1])
            return signer.officeBeside || officeBelow ? (signer.name, line) : nil
        }
    }

    /// The signer a line of a letter's foot names, when the line is that name alone ("A", "A,"), the name and its office after a
    /// comma ("A, President of X.", "B, Secretary General of the Organization of Y.") or the office and the name ("The President of
    /// X, A."), as pages set a signature on one line or two.
    /// The name is a person the article knows, or a full name the reference does not ("Zhang Wei" over "Secretary-General of the
    /// Z"): a signature gives its signer's name in full, and the valediction over it or the office beside or under it makes it
    /// one. `officeBeside`: the office stands on the line.
    func signerLine(_ line: Range<Int>) -> (name: String, officeBeside: Bool)? {
        guard line.count <= 24, let first = line.first, quotation(containing: first) == nil else { return nil }
        // "The President of X, A.": the office first and the name closing the line, as some pages sign.
        if opensWithOffice(line), let person = actors(in: line).last, person.isPerson,
           person.end == line.upperBound || person.end == line.upperBound - 1 && document.word(person.end) == "." {
            return (person.name, true)
        }
        let written = LeaderRules(document: document, reference: reference).newName(at: first)
        let name: String
        if let actor = actors(in: line).first, actor.isPerson, actor.start == first {
            name = actor.name
        } else if let written, !written.known, written.end <= line.upperBound, written.name.contains(" "), document.spanAt[first] == nil {
            name = written.name
        } else {
            return nil
        }
        // The name's own extent: the new name read, else the span of the person the gazetteer knows.
        guard let nameEnd = (written?.end ?? document.entity(at: first)?.end).map({ min($0, line.upperBound) }) else { return personAlone(line).map { ($0, false) } }
        let rest = nameEnd..<line.upperBound
        if rest.isEmpty || rest.count == 1 && document.word(nameEnd) == "," { return (name, false) }
        // The office beside the name, and nothing after it but the office's own words ("of", "the", a state's or a body's name).
        let officeWords = (nameEnd + 1)..<line.upperBound
        let spoken = officeWords.contains { index in
            tokens[index].kind == .word && !tokens[index].isCapitalized && !["of", "the", "and", "for"].contains(tokens[index].text)
        }
        guard document.word(nameEnd) == ",", opensWithOffice(officeWords), !spoken else { return nil }
        return (name, true)
    }

    /// The signer of a page that is a letter whose foot is the signer's name alone on the body's last line, with neither a
    /// valediction over it nor an office under it ("Dear compatriots, ... Happy Independence Day, dear friends!\n\nA").
    func closingSigner(after floor: Int) -> (name: String, range: Range<Int>)? {
        guard let line = document.paragraphs.last, line.lowerBound > floor, let signer = personAlone(line) else { return nil }
        return (signer, line)
    }

    /// The person a short line outside quotations is, alone ("A" or "A,"): a letter's signer.
    func personAlone(_ line: Range<Int>) -> String? {
        guard line.count <= 6, quotation(containing: line.lowerBound) == nil, let signer = actors(in: line).first, signer.isPerson, signer.start == line.lowerBound,
              signer.end == line.upperBound || signer.end == line.upperBound - 1 && document.word(signer.end) == "," else { return nil }
        return signer.name
    }

    /// Whether a line is a letter's salutation: "Dear ...", "Esteemed ...", or a style of address alone ("Your Excellency,",
    /// "Excellency,", "Mr President,").
    func isSalutation(_ line: Range<Int>) -> Bool {
        guard let first = line.first else { return false }
        if ["Dear", "Esteemed", "Distinguished", "Respected"].contains(tokens[first].text) { return true }
        // "Highly esteemed Mr President!", "Deeply respected A!"
        if ["Highly", "Deeply", "Much"].contains(tokens[first].text), ["esteemed", "respected"].contains(document.word(first + 1)) { return true }
        let words = line.map { document.word($0) }
        let styles: Set<String> = ["your", "excellency", "excellencies", "mr", "madam", "madame", "president", ",", ".", "!"]
        // "Your Excellency,", "Your Excellency Mr. President!", "Your Excellency, Mr. President,": forms of address alone.
        return line.count <= 8 && ["Your", "Excellency"].contains(tokens[first].text) && words.allSatisfy(styles.contains)
    }

    /// Whether a line holds only a date and a time ("24 September 2022, 16:47", "12.05.2023 10:15"): numbers, punctuation and month
    /// or weekday names.
    func isDateStamp(_ line: Range<Int>) -> Bool {
        !line.isEmpty && line.count <= 12 && line.contains { tokens[$0].kind == .number } && line.allSatisfy { index in
            tokens[index].kind != .word || DateWords.month(tokens[index]) != nil || DateWords.weekdays[tokens[index].lower] != nil
        }
    }

    /// The words that open a salutation before the title or the name ("Dear", "Highly Esteemed Mr").
    static let salutationOpeners: Set<String> = ["Dear", "Esteemed", "Distinguished", "Respected", "Highly", "Deeply", "Much", "Mr", "Mrs", "Ms", "Madam", "Madame"]

    /// Words of a salutation that name no one: its openers, titles and styles ("Dear Mr President", "Your Excellency", "Dear
    /// Colleague").
    static let salutationStyles: Set<String> = salutationOpeners.union(["President", "Prime", "Minister", "Colleague", "Friend", "Excellency", "Your",
                                                                        "His", "Her", "Majesty", "Highness", "Sir", "Sirs", "Brother"])

    /// Whether a salutation names a person ("Dear Dr Jaishankar", "Dear Serdar Gurbangulyevich") rather than an office or a style.
    func salutesByName(_ salutation: Range<Int>) -> Bool {
        salutation.contains { tokens[$0].kind == .word && tokens[$0].isCapitalized && !Self.salutationStyles.contains(tokens[$0].text) && !["Dr", "Prof"].contains(tokens[$0].text)
            && document.entity(at: $0)?.entity.office == nil && document.spanAt[$0].map { document.spans[$0].entity.office != nil } != true }
    }

    /// The person a salutation by given name ("Dear Serdar Gurbangulyevich,", "Dear Kassym-Jomart Kemelevich!") greets: the
    /// president, else the prime minister, of `country` on the article's date, when that holder's first name is the salutation's
    /// first. Nil for a salutation by office ("Dear Mr President") or a name of no holder's.
    func salutedHolder(_ salutation: Range<Int>, of country: String) -> String? {
        guard let first = salutation.first(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized && !Self.salutationOpeners.contains(tokens[$0].text) }) else { return nil }
        var given = tokens[first].text
        // "Kassym-Jomart": a hyphenated given name is one token or three.
        if document.word(first + 1) == "-", first + 2 < salutation.upperBound, tokens[first + 2].kind == .word { given += "-" + tokens[first + 2].text }
        for office in ["President", "Prime Minister"] {
            if let holder = reference.holder(office: office, country: country, on: document.publishedOn),
               holder.split(separator: " ").first.map(String.init) == given { return holder }
        }
        return nil
    }

    /// The addressee of the first letter printed whole (`letterAddressees`): the person a short line names at its start ("His
    /// Excellency Mr A, President of X", "To A"), right over a salutation line ("Dear ...") or over the office's own line above
    /// it, outside quotations; with the salutation's paragraph. Nil when no such pair of lines opens a letter.
    func letterAddressee() -> (name: String, salutation: Range<Int>)? {
        letterAddressees().first.map { ($0.name, $0.salutation) }
    }

    /// Whether the words close a letter ("with respect", "with deep respect", "sincerely", "yours sincerely", "respectfully").
    static func isValediction(_ words: [String]) -> Bool {
        guard let first = words.first, let last = words.last else { return false }
        if first == "with", words.count <= 4, ["respect", "regards", "esteem", "consideration", "wishes"].contains(last) { return true }
        // "Best wishes", "Kind regards", "Warmest regards".
        if words.count <= 2, ["best", "kind", "kindest", "warm", "warmest", "sincere", "respectful"].contains(first), ["wishes", "regards"].contains(last) { return true }
        let closings: Set<String> = ["sincerely", "respectfully", "faithfully", "yours"]
        return words.count <= 2 && words.allSatisfy(closings.contains)
    }

    /// A sentence that reports two messages in coordinated clauses ("A sent B a telegram on Victory Day, and in March he sent
    /// greetings to C"; "...; she also addressed a letter to D"; "..., while in a message to D he wished ...") as one range per
    /// clause, so that each clause's message is read with its own sender and recipients; any other sentence whole.
    func messageClauses(_ sentence: Range<Int>) -> [Range<Int>] {
        guard let first = firstTrigger(in: sentence) else { return [sentence] }
        let sending: Set<String> = ["sent", "sends", "addressed", "dispatched", "wrote", "congratulated", "greeted", "expressed", "conveyed"]
        for index in (first + 1)..<sentence.upperBound where document.word(index) == ";" || document.word(index) == "," && ["and", "while", "whereas"].contains(document.word(index + 1)) {
            // The clause after the mark, when the sentence goes on after it (", and" may close a clipped sentence).
            let start = index + (document.word(index) == ";" ? 1 : 2)
            guard start < sentence.upperBound else { continue }
            let second = start..<sentence.upperBound
            guard quotation(containing: index) == nil, let trigger = firstTrigger(in: second),
                  second.contains(where: { sending.contains(document.word($0)) }) || ((trigger + 1)...(trigger + 2)).contains(where: isRecipientTo) else { continue }
            return [sentence.lowerBound..<index] + messageClauses(second)
        }
        return [sentence]
    }

    /// Whether a sentence reports its message only as a "message" ("This was stated in the message of A addressed to B"): no
    /// letter, telegram or card, which may be about a matter of their own, and no matter named ("concerning", "regarding",
    /// "about", "on the issue").
    func isPlainMessage(_ sentence: Range<Int>) -> Bool {
        let words = sentence.filter { quotation(containing: $0) == nil }.map { document.word($0) }
        let other: Set<String> = ["letter", "letters", "telegram", "telegrams", "card", "cable", "concerning", "regarding", "about",
                                  "issue", "issues", "draft", "thanked", "thanking", "gratitude", "informed", "informing", "notified", "invitation", "invited"]
        return words.contains { $0 == "message" || $0 == "messages" } && !words.contains(where: other.contains)
    }

    /// Whether the sentence names the country `code` as a people addressed ("to the people of Belarus", "the peoples of A and B").
    func addressesPeople(of code: String, in sentence: Range<Int>) -> Bool {
        sentence.contains { index in
            guard ["people", "peoples", "nation", "citizens"].contains(document.word(index)), document.word(index + 1) == "of" else { return false }
            // "to the President and people of X", "to the head of state and the people of X": the people shares its "of X" with its
            // leader's office, so it stands beside that leader (a person, though unnamed) in the list.
            let and = document.word(index - 1) == "the" ? index - 2 : index - 1
            if document.word(and) == "and", Self.leaderNouns.contains(document.word(and - 1)) { return false }
            var cursor = index + 2
            while cursor < sentence.upperBound, let place = document.entity(at: cursor), let country = place.entity.country {
                if country == code { return true }
                cursor = place.end
                if [",", "and"].contains(document.word(cursor)) { cursor += 1 }
            }
            return false
        }
    }

    /// The last words of a leader's office named with no country of its own ("the President", "the head of state", "the Prime
    /// Minister").
    static let leaderNouns: Set<String> = ["president", "leader", "state", "minister", "king", "emir", "sultan", "monarch", "chairman"]

    /// The person who sends messages in a sentence that names no single recipient ("A has sent New Year greetings to
    /// the heads of state of the CIS countries"): the subject before the message word, with a verb of sending.
    func announcingSubject(in sentence: Range<Int>) -> String? {
        guard let trigger = firstTrigger(in: sentence) else { return nil }
        let triggerOffset = trigger - sentence.lowerBound
        let words = sentence.map { document.word($0) }
        guard !isFirstPersonQuote(trigger), !words[..<triggerOffset].contains(where: Self.negations.contains),
              let verb = words[..<triggerOffset].lastIndex(where: Self.announcingVerbs.contains),
              !(verb > 0 && ["was", "were", "been", "is", "are"].contains(words[verb - 1])) else { return nil }
        let subjects = actors(in: sentence.lowerBound..<(sentence.lowerBound + verb)).filter(\.isPerson)
        return subjects.count == 1 ? subjects[0].name : nil
    }

    /// Verbs of sending a message before its word, whose subject announces the messages reported next: "sent", "addressed", and
    /// "extended" or "conveyed", which wire copy uses the same way ("A extended his greetings to heads of foreign states").
    static let announcingVerbs: Set<String> = ["sent", "sends", "send", "addressed", "dispatched", "extended", "extends", "conveyed", "conveys"]

    /// The one person a sentence that names no sender sends messages to ("Foreign leaders continue to send
    /// congratulations to President X"): the recipient of the messages the article reports next.
    func announcedRecipient(in sentence: Range<Int>) -> String? {
        guard let trigger = firstTrigger(in: sentence) else { return nil }
        let words = sentence.map { document.word($0) }
        guard !isFirstPersonQuote(trigger), !words.contains(where: Self.negations.contains), !saysSpoken(words[...], from: sentence.lowerBound) else { return nil }
        let all = actors(in: sentence)
        guard !all.contains(where: { $0.isPerson && $0.start < trigger }) else { return nil }
        let found = recipients(after: trigger, in: sentence, actors: all)
        return found.count == 1 && found[0].isPerson ? found[0].name : nil
    }

    /// The one people a sentence that names no sender sends messages to ("Leaders of the region sent condolences to the people of
    /// Nepal", "to the Polish nation"): a country, addressed as its people.
    func announcedPeople(in sentence: Range<Int>) -> String? {
        guard let trigger = firstTrigger(in: sentence) else { return nil }
        let words = sentence.map { document.word($0) }
        guard !isFirstPersonQuote(trigger), !words.contains(where: Self.negations.contains), !saysSpoken(words[...], from: sentence.lowerBound) else { return nil }
        let all = actors(in: sentence)
        guard !all.contains(where: { $0.isPerson }) else { return nil }
        let found = recipients(after: trigger, in: sentence, actors: all)
        guard found.count == 1, !found[0].isPerson, isCountryCode(found[0].name) else { return nil }
        let people: Set<String> = ["people", "peoples", "nation", "citizens"]
        let addressed = people.contains(document.word(found[0].end)) || document.word(found[0].start - 1) == "of" && people.contains(document.word(found[0].start - 2))
        return addressed ? found[0].name : nil
    }

    /// Words that make a message an answer to the one before.
    static let replyWords: Set<String> = ["replied", "replies", "reply", "responded", "responds", "response", "answered", "answers"]

    /// Verbs of sending whose indirect object may stand right after them ("sent him a telegram").
    static let sendingVerbs: Set<String> = ["sent", "send", "sends", "sending", "wrote", "writes", "addressed", "forwarded"]

    /// Passive participles that report a message ("were sent to B by A", "were also expressed by A in a message").
    static let passiveParticiples: Set<String> = ["sent", "addressed", "signed", "conveyed", "delivered", "expressed", "extended", "forwarded", "dispatched", "offered"]

    /// The "by" that introduces a passive sentence's agent: after a passive participle, with only the recipient phrase
    /// or adverbs between ("Congratulations were sent to Mirziyoyev by Tokayev and Japarov").
    /// "B was congratulated on Navruz by A" too: the passive of a verb whose object is the recipient.
    /// Not when the message is named with its sender's possessive: then the "by" names who carried it (`hasPossessiveSender`).
    func passiveAgent(after trigger: Int, in sentence: Range<Int>) -> Int? {
        if hasPossessiveSender(trigger, in: sentence) { return nil }
        guard let participle = isPassiveObjectVerb(trigger) ? trigger : (max(sentence.lowerBound, trigger - 2)..<sentence.upperBound).first(where: { index in
            Self.passiveParticiples.contains(document.word(index))
                && (max(sentence.lowerBound, index - 3)..<index).contains { ["was", "were", "been", "being", "is", "are"].contains(document.word($0)) }
        }) else {
            return (trigger..<sentence.upperBound).first { document.word($0) == "by" && ["sent", "addressed", "signed"].contains(document.word($0 - 1)) }
        }
        // The recipient phrase may be long ("to A and B, the foreign ministers of X and Y, by C"); "from" a person may close it
        // too ("Congratulations were also addressed to A, Chairman of the Halk Maslahaty, from President of Uzbekistan B").
        for index in (participle + 1)..<min(sentence.upperBound, participle + 24) {
            let word = document.word(index)
            if word == "by" { return index }
            if word == "from", let person = ((index + 1)..<min(sentence.upperBound, index + 10)).first(where: { document.entity(at: $0)?.entity.person != nil }),
               descriptorStart(person, floor: index + 1) <= index + 2 { return index }
            if [";", "which", "who", "while", "but", "said", "noted"].contains(word) { break }
        }
        return nil
    }

    /// Whether the message at `trigger` is named with its sender's possessive: a person's or a state's name, "'s", and at most
    /// three small words ("Putin's letter to B", "Tokayev's congratulatory message", "Turkey's warm greetings"). A passive's "by" then names a go-between, not the sender: "A's letter to B was
    /// delivered by Ambassador C", "A's greetings were conveyed to B by the envoy C", "A's message was passed on to B on Monday by
    /// C". The possessor sends, read as the sentence's subject. Not a possessive after the message word ("greetings to A's
    /// president were sent by B"), nor an office's ("the President's letter was signed by A" names no one before "'s").
    func hasPossessiveSender(_ trigger: Int, in sentence: Range<Int>) -> Bool {
        var cursor = trigger - 1
        while cursor > sentence.lowerBound, cursor >= trigger - 3, document.word(cursor) != "'s",
              tokens[cursor].kind == .word, !tokens[cursor].isCapitalized { cursor -= 1 }
        guard cursor > sentence.lowerBound, document.word(cursor) == "'s", let span = document.spanAt[cursor - 1] else { return false }
        let owner = document.spans[span].entity
        return owner.person != nil || owner.country != nil
    }

    /// The media a sentence that refers back to a message names ("In his telegram, ...").
    static let referringMedia: Set<String> = ["message", "messages", "letter", "letters", "telegram", "telegrams", "address", "cable"]

    /// Whether a sentence opens by referring back to a message already reported: "In it, ...", "In the message, ...",
    /// "In his telegram, ...", "The letter congratulates ...", "This message ...".
    func refersBack(_ sentence: Range<Int>) -> Bool {
        let words = sentence.prefix(4).map { document.word($0) }
        guard let first = words.first else { return false }
        let media = Self.referringMedia
        if first == "in", words.count > 1, words[1] == "it" { return true }
        let lead = first == "in" ? Array(words.dropFirst()) : words
        guard let determiner = lead.first, ["the", "this", "that", "his", "her", "their"].contains(determiner), lead.count > 1 else { return false }
        return media.contains(lead[1]) || lead.count > 2 && media.contains(lead[2]) && Self.kindWords[lead[1]] == nil
    }

    /// Who the article's messages are from and to, when a sentence leaves it out
    /// ("the Russian leader said", "Putin noted in his message that ...").
    struct Context {
        var recipient: String?; var sender: String?; var senders: Set<String> = []; var kind: String?
        /// The one person the article's messages are announced to ("X has received congratulations", "Leaders continue to send
        /// congratulations to X").
        var addressee: String?
        /// The kind of the last message reported: "He wrote in similar terms to B" goes on with it.
        var lastKind: String?
        /// The kind and occasion a summary sentence states for the messages reported after it, one sender at a time.
        var summary: (kind: String, occasion: String?, recipient: String?)?
    }

    /// In an article about messages ("Putin sends New Year greetings to ..."), a sentence whose subject is
    /// a person and whose verb addresses someone ("told", "thanked", "wished") reports part of a message.
    func roundupMessage(in sentence: Range<Int>, context: Context) -> [ArticleFacts.Message] {
        let words = sentence.map { document.word($0) }
        // The verb first: most sentences have none, and the other two conditions look up every word.
        guard let verbOffset = words.firstIndex(where: { ["told", "thanked", "wished", "assured", "reminded"].contains($0) }),
              !saysSpoken(Self.beforeRecalling(words), from: sentence.lowerBound, besides: ["told"]), !words.contains(where: Self.negations.contains) else { return [] }
        let verb = sentence.lowerBound + verbOffset
        if namesBroadcast(sentence) { return [] }
        // "a vote many said was assured", "the minister was told", "they were reminded": a verb of addressing in the passive
        // has the one addressed, or no one, as its subject; the person before it sends nothing.
        if isPassive(verb) { return [] }
        // "The Iranian leader congratulated A and wished him peace" in a paragraph about a phone call: spoken.
        guard !isFirstPersonQuote(verb), words.contains(where: Self.written.contains) || !spokenContext(of: sentence) else { return [] }
        // "told journalists", "told parliament", "told the press": spoken to an audience, not written to a leader.
        if document.word(verb) == "told", verb + 1 < tokens.count, document.entity(at: verb + 1) == nil,
           !["him", "her", "them", "his", "the"].contains(document.word(verb + 1)) || document.word(verb + 1) == "the" && document.entity(at: verb + 2) == nil { return [] }
        if speaksOfState(after: verb, in: sentence) { return [] }
        let all = actors(in: sentence)
        // "He also wished a happy New Year to A", "The head of state also wished ...": a subject that names no one is the sender
        // of the messages reported before.
        let namesNoOne = !all.contains { $0.start < verb }
            && (sentence.lowerBound..<verb).contains { ["he", "she"].contains(document.word($0)) || document.entity(at: $0)?.entity.office != nil }
        guard let sender = all.first(where: { $0.isPerson && $0.end <= verb })?.name ?? (namesNoOne ? context.sender : nil) else { return [] }
        // "wished a happy New Year to A and to B": the list the first person after the verb opens.
        let first = all.first { $0.isPerson && $0.start > verb && $0.start <= verb + 6 && $0.name != sender }
        let listed = recipients(after: verb, in: sentence, actors: all).filter { $0.isPerson && $0.name != sender }.map(\.name)
        let targets = first.map { first in listed.contains(first.name) ? listed : [first.name] } ?? [context.recipient].compactMap { $0 }
        guard let kind = contextKind() else { return [] }
        let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
        return targets.filter { $0 != sender }.map {
            ArticleFacts.Message(from: sender, to: $0, kind: kind, occasion: kind == "condolence" ? nil : contextOccasion(), start: span.start, end: span.end)
        }
    }

    /// The words of a sentence before a verb of recalling: what follows is what the message recalls ("wished the Armenian
    /// people peace and recalled his visit to Yerevan", "recalling their meeting in Sochi"), not how it was delivered.
    /// The sentence without a closing attribution to its source ("..., the press service of the government told 24.kg",
    /// "..., a Kremlin spokesman told reporters"): the source's verb of saying is how the news reached the agency, not how
    /// the message was delivered.
    static func withoutAttribution(_ words: [String]) -> ArraySlice<String> {
        guard let comma = words.lastIndex(of: ","), words.count - comma <= 16, let told = words[comma...].firstIndex(of: "told"),
              told > comma + 1, !words[comma...].contains(where: { kindWords[$0] != nil || mediumWords.contains($0) || ["him", "her", "them"].contains($0) }) else { return words[...] }
        return words[..<comma]
    }

    /// Whether the words say something was delivered face to face ("in person", "personally", "face to face").
    static func isInPerson(_ words: [String]) -> Bool {
        words.contains("personally") || zip(words, words.dropFirst()).contains { $0 == "in" && $1 == "person" || $0 == "face" && $1 == "to" }
    }

    /// An invitation is said the same way: "and invited the head of state to visit Minsk" is what the message says.
    static func beforeRecalling<S: Collection>(_ words: S) -> S.SubSequence where S.Element == String {
        words.prefix { !recallVerbs.contains($0) && !invitingVerbs.contains($0) }
    }

    static let invitingVerbs: Set<String> = ["invited", "inviting", "invites"]

    static let recallVerbs: Set<String> = ["recalled", "recalling", "recalls", "remembered", "mentioned"]

    /// Verbs that report what a message says ("Xi Jinping stressed that ...", "Nazarbayev wrote that ...").
    /// The present tense of a digest's copy ("President of Kyrgyzstan A writes that ...", "B notes") reports the same way.
    static let reportingVerbs: Set<String> = ["noted", "wrote", "expressed", "stressed", "emphasised", "emphasized", "hoped", "wished", "underlined",
                                              "pointed", "voiced", "assured", "thanked", "highlighted", "reaffirmed", "praised", "commended",
                                              "notes", "writes", "expresses", "stresses", "emphasises", "emphasizes", "hopes", "wishes", "underlines",
                                              "points", "voices", "assures", "thanks", "highlights", "reaffirms", "praises", "commends"]

    /// In an article about messages a leader received ("Rahmon has received congratulatory messages from heads of
    /// foreign states", or a summary that names no sender: "Leaders of the region sent congratulations to A"), a paragraph
    /// that opens with a person reporting something ("President of China Xi Jinping stressed that ...") gives that person's
    /// message to the receiver; so does each clause after ", while" or ";" that opens so ("..., while B wrote that ...").
    func receivedMessage(in sentence: Range<Int>, recipient: String, context: Context) -> [ArticleFacts.Message] {
        let paragraph = document.paragraph(containing: sentence.lowerBound)
        guard paragraph.lowerBound == sentence.lowerBound, paragraph.lowerBound >= (document.paragraphs.first?.upperBound ?? 0) else { return [] }
        let delivered = Self.beforeRecalling(sentence.map { document.word($0) })
        guard !saysSpoken(delivered, from: sentence.lowerBound), !delivered.contains(where: { ["visit", "visited", "attended", "met", "arrived"].contains($0) }),
              !namesBroadcast(sentence) else { return [] }
        let kind = contextKind() ?? context.summary?.kind ?? "letter"
        let occasion = kind == "condolence" ? nil : contextOccasion() ?? context.summary?.occasion
        let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
        var result: [ArticleFacts.Message] = []
        for clause in reportingClauses(sentence) {
            let words = clause.map { document.word($0) }
            guard let verbOffset = words.firstIndex(where: Self.reportingVerbs.contains) else { break }
            let verb = clause.lowerBound + verbOffset
            // "A was assured that ...", "B was thanked": the passive's subject is addressed, not the writer.
            guard !isFirstPersonQuote(verb), !isPassive(verb), !words[..<verbOffset].contains(where: Self.negations.contains), !speaksOfState(after: verb, in: clause) else { break }
            // The subject opens the clause and is the only actor before the verb (its own office in apposition names it again).
            let before = actors(in: clause.lowerBound..<verb)
            // A title the gazetteer does not know may stand before it ("Head of the Government of Russia A highlighted").
            guard Set(before.map(\.name)).count == 1, let sender = before.first, sender.isPerson, sender.name != recipient,
                  sender.start <= clause.lowerBound + 1 || isTitle(clause.lowerBound..<sender.start),
                  isSubjectGap(sender.end..<verb, after: sender) else { break }
            result.append(ArticleFacts.Message(from: sender.name, to: recipient, kind: kind, occasion: occasion, start: span.start, end: span.end))
        }
        return result
    }

    /// Verbs that carry a message to the object after their "to" ("conveyed to B congratulations", "extended to B greetings").
    static let deliveryVerbs: Set<String> = ["conveyed", "conveys", "sent", "sends", "extended", "extends", "addressed", "addresses", "expressed",
                                             "expresses", "offered", "offers", "forwarded", "transmitted", "delivered", "passed"]

    /// Verbs of an exchange besides "exchanged": "A and B swapped greetings", "traded New Year messages".
    static let swapVerbs: Set<String> = ["swapped", "swap", "swaps", "swapping", "traded"]

    /// Whether a reciprocal pronoun is the addressee of the message at `trigger` ("wrote a letter to one another", "sent
    /// greetings to each other"), within six tokens and the message's own phrase (no comma or "and" before it: not "sent greetings
    /// to B and urged the sides to talk to each other"): the message is an exchange between its subjects.
    func isReciprocal(after trigger: Int, in sentence: Range<Int>) -> Bool {
        for index in trigger + 1..<min(sentence.upperBound, trigger + 6) {
            let word = document.word(index)
            if [",", "and", ";"].contains(word) || quotation(containing: index) != nil { return false }
            if word == "to", document.word(index + 1) == "one" && document.word(index + 2) == "another" || document.word(index + 1) == "each" && document.word(index + 2) == "other" {
                return true
            }
        }
        return false
    }

    /// Whether the verb at `verb` takes a state by its name as its object ("thanked Belarus for its principled position"): the
    /// state is spoken of, not written to, as its leader or its people would be ("wished the Belarusian people peace"); not a
    /// state's possession or a demonym's noun ("praised Türkiye's rapid development", "praised Russian-Turkish ties"), and
    /// not a state wished well ("wished Belarus peace"), which is its people.
    func speaksOfState(after verb: Int, in range: Range<Int>) -> Bool {
        guard verb + 1 < range.upperBound, document.word(verb) != "wished", let span = document.entity(at: verb + 1), case let .country(_, kind) = span.entity,
              kind != .demonym, kind != .capital, document.word(span.end) != "'s",
              let object = actors(in: (verb + 1)..<range.upperBound).first else { return false }
        return object.start == verb + 1 && !object.isPerson
    }

    /// The clauses of a sentence parted by ", while", ", whereas" or ";" outside quotations (a quotation may close on the
    /// comma: "... on the international stage," while B wrote that ...).
    func reportingClauses(_ sentence: Range<Int>) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = sentence.lowerBound
        for index in sentence where index > start && quotation(containing: index) == nil {
            let word = document.word(index)
            let previous = document.word(index - 1) == "\"" ? document.word(index - 2) : document.word(index - 1)
            if word == ";" || ["while", "whereas"].contains(word) && previous == "," {
                clauses.append(start..<index)
                start = index + 1
            }
        }
        return clauses + [start..<sentence.upperBound]
    }

    /// The number of the quotation in its paragraph that holds token `index`, or nil outside quotes.
    func quotation(containing index: Int) -> Int? {
        let paragraph = document.paragraph(containing: index)
        let marks = (paragraph.lowerBound..<index).filter { tokens[$0].text == "\"" }.count + (quoteContinues.contains(paragraph.lowerBound) ? 1 : 0)
        return marks % 2 == 1 ? paragraph.lowerBound * 1000 + marks : nil
    }

    /// Whether the tokens are a capitalized title before a name: capitalized words, "of" and "the" ("Head of the Government of Russia").
    func isTitle(_ range: Range<Int>) -> Bool {
        range.count <= 10 && tokens[range.lowerBound].isCapitalized
            && range.allSatisfy { tokens[$0].kind == .word && tokens[$0].isCapitalized || ["of", "the"].contains(document.word($0)) }
    }

    /// Whether a verb of congratulating or greeting at `verb` takes as its object a people of no country named ("congratulated the
    /// people", "the nation", "his compatriots", "fellow citizens", "all Kazakhstanis" is named and read elsewhere): a leader's own.
    /// Not "the people of X" nor "the Kazakh people", which name their country, nor a people after a person ("congratulated A and
    /// the people").
    func ownPeople(after verb: Int) -> Bool {
        guard ["congratulated", "congratulates", "felicitated", "felicitates", "greeted", "greets"].contains(document.word(verb)) else { return false }
        var cursor = verb + 1
        if ["the", "his", "her", "all", "its"].contains(document.word(cursor)) { cursor += 1 }
        if ["fellow", "entire", "whole"].contains(document.word(cursor)) { cursor += 1 }
        guard ["people", "nation", "compatriots", "citizens", "countrymen"].contains(document.word(cursor)) else { return false }
        return !["of", "'s"].contains(document.word(cursor + 1)) && document.spanAt[cursor + 1] == nil
    }

    /// Whether `gap`, between a subject and its verb, holds only what sets the subject off: small words ("A also stressed"), and
    /// between two commas the subject's own office in apposition ("A, President of Uzbekistan, commended") or a short adverbial
    /// ("B, in turn, stressed", "C, for his part, noted"). A clause or a name between the commas is none ("A, whom B thanked,").
    /// The closing comma alone follows a subject whose phrase holds its apposition ("A, President of Uzbekistan" read as one).
    func isSubjectGap(_ gap: Range<Int>, after subject: Actor) -> Bool {
        func small(_ index: Int) -> Bool { tokens[index].kind == .word && !tokens[index].isCapitalized }
        if gap.count == 1, document.word(gap.lowerBound) == ",", (subject.start..<subject.end).contains(where: { document.word($0) == "," }) { return true }
        guard document.word(gap.lowerBound) == ",", let close = gap.dropFirst().first(where: { document.word($0) == "," }) else { return gap.allSatisfy(small) }
        let inside = (gap.lowerBound + 1)..<close
        let office = inside.contains { document.spanAt[$0].map { document.spans[$0].entity.office != nil } == true }
            && inside.allSatisfy { document.spanAt[$0] != nil || ["of", "the"].contains(document.word($0)) }
        let adverbial = inside.count <= 3 && inside.allSatisfy(small) && !inside.contains { ["who", "whom", "which", "whose", "that"].contains(document.word($0)) }
        return !inside.isEmpty && (office || adverbial) && ((close + 1)..<gap.upperBound).allSatisfy(small)
    }

    /// Whether the participle at `trigger` goes with a verb of saying whose object is a quotation before it ('"The decision has
    /// been made," A announced, congratulating B', '"...," A told the summit, greeting B'), in a paragraph that names no written
    /// medium outside quotes: words said aloud, not a message.
    func congratulatesInSpeech(_ trigger: Int, in sentence: Range<Int>) -> Bool {
        guard document.word(trigger).hasSuffix("ing"), let comma = (max(sentence.lowerBound, trigger - 5)..<trigger).last(where: { document.word($0) == "," }),
              comma == trigger - 1, let verb = (max(sentence.lowerBound, comma - 4)..<comma).first(where: { Self.speechVerbs.contains(document.word($0)) }),
              (sentence.lowerBound..<verb).contains(where: { tokens[$0].text == "\"" }), quotation(containing: verb) == nil else { return false }
        let paragraph = document.paragraph(containing: trigger)
        return !paragraph.contains { Self.written.contains(document.word($0)) && quotation(containing: $0) == nil }
    }

    static let speechVerbs: Set<String> = ["said", "says", "announced", "announces", "declared", "declares", "told", "tells", "added", "stated", "remarked", "exclaimed"]

    /// Whether the quotation holding token `index` speaks in the first or second person ("I express my
    /// condolences to you"): then it is a message's own words. Wire copy also quotes third-person
    /// paraphrase ("In his message to President X, Mr Putin stressed ..."), which reports a message.
    func isFirstPersonQuote(_ index: Int) -> Bool {
        guard quotation(containing: index) != nil else { return false }
        var start = index
        let paragraph = document.paragraph(containing: index)
        while start > paragraph.lowerBound, tokens[start].text != "\"" { start -= 1 }
        let pronouns: Set<String> = ["i", "we", "my", "our", "me", "us", "you", "your"]
        return (start..<index).contains { pronouns.contains(document.word($0)) }
    }

    func messages(in sentence: Range<Int>, context: Context) -> [ArticleFacts.Message] {
        // Quoted words are the content of a message or a speech, not a report of one: a sentence that opens with the
        // quotation ("'I congratulate you ...,' A's message to B said") reports the message after it.
        guard var trigger = sentence.first(where: { triggers[$0] && !isFirstPersonQuote($0) }) ?? firstTrigger(in: sentence) else { return [] }
        // "In separate messages, A congratulated B and C": a fronted phrase names the medium, the verb after it reports.
        if let fronted = frontedMediumEnd(of: sentence), trigger < fronted,
           let verb = (fronted..<sentence.upperBound).first(where: { triggers[$0] && !isFirstPersonQuote($0) }) { trigger = verb }
        let triggerOffset = trigger - sentence.lowerBound
        // "In addition to the phone call, A also sent greetings to B": a thing set aside says nothing of this message's medium.
        let asides = setAsidePhrases(in: sentence)
        let words = sentence.map { index in asides.contains { $0.contains(index) } ? "" : document.word(index) }
        if isFirstPersonQuote(trigger) || congratulatesInSpeech(trigger, in: sentence) || namesBroadcast(sentence) { return [] }
        // "asked the guests to convey his greetings to B": greetings to be passed on by word of mouth, not a message sent.
        if let ask = words[..<triggerOffset].lastIndex(where: { ["asked", "asks", "ask", "requested", "requests"].contains($0) }),
           words[ask..<triggerOffset].contains(where: { ["convey", "pass", "relay", "transmit"].contains($0) }) { return [] }
        // "the message reads", "the message of the head of state reads" introduce the content of a message already reported.
        var afterMedium = trigger + 1
        // "the congratulatory message reads": the medium after its kind.
        if Self.kindWords[document.word(trigger)] != nil, Self.mediumWords.contains(document.word(afterMedium)) { afterMedium += 1 }
        // "the message of greetings reads", "the letter of condolences reads": a kind after "of" names no one, like a medium's sender.
        if document.word(afterMedium) == "of" {
            afterMedium += 1
            while afterMedium < min(sentence.upperBound, trigger + 10), document.word(afterMedium) == "the" || document.word(afterMedium) == "of" || document.spanAt[afterMedium] != nil
                    || Self.kindWords[document.word(afterMedium)] != nil && document.word(afterMedium).hasSuffix("s") { afterMedium += 1 }
        }
        if Self.contentVerbs.contains(document.word(afterMedium)) || isQuotedContentAttribution(trigger) { return [] }
        // "..., the letter published on the Kremlin's website reads.": a participle phrase between the medium and its verb of content.
        if ["published", "posted", "released"].contains(document.word(afterMedium)),
           let verb = (afterMedium + 1..<min(sentence.upperBound, afterMedium + 10)).first(where: { Self.contentVerbs.contains(document.word($0)) }),
           verb + 1 >= sentence.upperBound || [".", ",", ";"].contains(document.word(verb + 1)) { return [] }
        if (sentence.lowerBound..<trigger).contains(where: { Self.negations.contains(document.word($0)) && quotation(containing: $0) == nil }) { return [] }
        // "Japarov thanked Putin for the congratulations": a reply to a message (sent the other way, perhaps by phone), unless the
        // phrase says it was sent ("for the congratulatory telegram he had sent", "for the greetings that the Kazakh President had
        // sent"): then it reports that message, read below.
        let thanks = thanksFor(trigger, in: sentence)
        if let thanks, thanks.sent == nil { return [] }
        // "In his greetings to B, A spoke highly of ...": a message held as a text ("in his greetings") is written, and what it
        // spoke of is its content.
        let isWritten = words.contains(where: Self.written.contains)
            || Self.kindWords[document.word(trigger)] != nil
                && (max(sentence.lowerBound, trigger - 4)..<trigger).contains { document.word($0) == "in" && ["his", "her", "their"].contains(document.word($0 + 1)) }
        if !isWritten, saysSpoken(Self.beforeRecalling(Self.withoutAttribution(words)), from: sentence.lowerBound) { return [] }
        // "Putin warmly congratulated Mirziyoyev" in a report of a phone call: spoken too.
        if !isWritten, spokenContext(of: sentence) { return [] }
        // "A met with his counterpart B. ... A also expressed his condolences to B": said at the meeting reported before.
        if !isWritten, afterReportedMeeting(sentence) { return [] }
        // "A congratulated B on ...", then '"I extend my congratulations to B ...," he said': the words given as said aloud.
        if !isWritten, isQuotedAsSaid(after: sentence) { return [] }
        // "President A congratulated B on this occasion" in a report of a summit or a ceremony whose title names no message and
        // whose text names no written medium: said at the event.
        if !isWritten, ["congratulated", "congratulates", "felicitated", "felicitates", "greeted", "greets"].contains(document.word(trigger)), atReportedEvent() { return [] }
        // "was congratulated by the Russian leader in person", "will congratulate him personally": delivered face to face.
        if !isWritten, Self.isInPerson(words) { return [] }
        if words.contains("by"), words.contains(where: { ["telephone", "phone"].contains($0) }) { return [] }
        // "offered his condolences in a telephone conversation and said rescuers would be sent": a call, unless the
        // sentence names a written medium ("a telegram sent after the phone call").
        if words.contains(where: { ["telephone", "phone", "call"].contains($0) }),
           !words.contains(where: { ["message", "messages", "letter", "letters", "telegram", "telegrams", "card", "cable"].contains($0) }) { return [] }

        // A letter about a matter of its own ("a letter concerning the draft agreement", "Separately, ...", "thanked B in a
        // letter for the aid", "informed B of the decision in a letter"): not the greeting the title is about, nor an
        // anniversary the paragraph names.
        let ownTopic = !words.contains(where: { Self.kindWords[$0] != nil })
            && (words.contains(where: { ["concerning", "regarding", "about", "thanked", "thanking", "gratitude", "informed", "informing", "notified", "notifying"].contains($0) }) || words.first == "separately"
                || zip(words, words.dropFirst()).contains { $0 == "in" && $1 == "connection" || $0 == "on" && ["issue", "issues", "draft", "situation", "question", "matter"].contains($1) }
                || zip(words, words.dropFirst(2)).contains { $0 == "on" && ["issue", "issues", "draft", "situation", "question", "matter"].contains($1) })
        // "A addressed a letter to B" in an article about congratulations: a letter its sentence's own sender wrote is its own
        // kind when the sentence names no other (a "message" or "telegram" of no stated kind takes the article's, and so do
        // "Letters went to C and D" after the sentence that announced their sender).
        let namesLetter = words.contains { $0 == "letter" || $0 == "letters" } && (sentence.lowerBound..<trigger).contains { document.entity(at: $0)?.entity.person != nil }
        let statesKind = words.contains { Self.kindWords[$0] != nil }
        // "sent birthday greetings to B to congratulate him": an infinitive of purpose says why the message was sent; the kind
        // is the one the message names, when it names one.
        let kindWordIndices = words.indices.filter { Self.kindWords[words[$0]] != nil }
        let purposes = kindWordIndices.filter { $0 > 0 && words[$0 - 1] == "to" && Self.infinitiveKinds.contains(words[$0]) }
        let kindIndices = purposes.count < kindWordIndices.count ? kindWordIndices.filter { !purposes.contains($0) } : kindWordIndices
        let kind = kindIndices.map { Self.kindWords[words[$0]]! }.min { priority($0) < priority($1) } ?? (ownTopic || namesLetter ? "letter" : contextKind() ?? context.summary?.kind ?? context.kind ?? "letter")
        // "a New Year greeting message", "Independence Day congratulations": the occasion names the message itself.
        // "New Year and Christmas greetings": two occasions joined before the message, the first named first; not past a comma.
        let namedFloor = (max(sentence.lowerBound, trigger - 5)..<trigger).last { [",", ".", ";", ":"].contains(document.word($0)) }.map { $0 + 1 } ?? max(sentence.lowerBound, trigger - 5)
        let namedOccasion = occasion(in: (document.word(trigger - 4) == "and" || document.word(trigger - 3) == "and" || document.word(trigger - 2) == "and" ? namedFloor : max(sentence.lowerBound, trigger - 3))..<trigger)
        // A condolence has no occasion, but the anniversary its own clause commemorates ("sent a letter of condolences on the second
        // anniversary of the earthquake").
        var occasion = kind == "condolence" ? (statedOccasion(in: sentence) == "anniversary" ? "anniversary" : nil) : (statedOccasion(in: sentence) ?? namedOccasion ?? anniversaryOccasion(in: sentence) ?? followingOccasion(of: sentence)
            ?? (ownTopic || !statesKind && namesTopic(after: trigger, in: sentence) ? nil : context.summary?.occasion ?? paragraphOccasion(of: sentence) ?? contextOccasion()))
        // "congratulated the people of Kyrgyzstan on the national holiday" in an article about Independence Day, "on the jubilee"
        // in one about the 30th anniversary of independence, or after "On 3 July, Belarus celebrated Independence Day": the
        // definite generic name refers to the holiday the paragraph, else the article, is about.
        let generic: Set<String?> = ["national holiday", "anniversary", "election victory", "birthday", nil]
        // "on the 105th anniversary of the proclamation of the Azerbaijan Democratic Republic" in an article about Independence Day:
        // a state's founding is the holiday the article names.
        // A holiday the whole world keeps (New Year, Christmas) is no state's national day: "Earlier, A congratulated B on the
        // national holiday" in an article about the Spring Festival is B's own day.
        let shared: Set<String?> = ["New Year", "Christmas"]
        if occasion == "national holiday" || occasion == "anniversary", Self.namesGenericOccasion(words) || statesFounding(in: sentence),
           let specific = [paragraphOccasion(of: sentence), contextOccasion()].first(where: { !generic.contains($0) }) ?? nil, !shared.contains(specific) {
            occasion = specific
        }
        let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
        func message(_ from: String, _ to: String) -> ArticleFacts.Message {
            // "Mirziyoyev noted in his letter" in an article about the letters of congratulations Aliyev received: a letter to
            // that person is one of them.
            // "Rahmon has received congratulations ...", then "A and B sent messages": a message of no stated kind to that person is of
            // the kind received, whatever the title calls them.
            let kind = (namesLetter || !statesKind) && !ownTopic && to == receiver ? receivedKind ?? kind : kind
            return ArticleFacts.Message(from: from, to: to, kind: kind, occasion: occasion, start: span.start, end: span.end)
        }
        // "on the passing of your mother, Her Majesty Queen Elizabeth II": the deceased neither sends nor receives.
        let all = actors(in: sentence).filter { !isFirstPersonQuote($0.start) && !($0.isPerson && (isDeceased($0) || deceased.contains($0.name))) }
        // The message thanked for goes from the subject of the clause that says it was sent, else from the one thanked, to the
        // one who thanks.
        if let thanks, let sent = thanks.sent {
            let sender = all.last { $0.isPerson && $0.start > trigger && $0.end <= sent } ?? all.first { $0.isPerson && $0.start > thanks.verb && $0.end <= thanks.for }
            guard let sender, let thanker = all.last(where: { $0.isPerson && $0.end <= thanks.verb }), sender.name != thanker.name else { return [] }
            return [message(sender.name, thanker.name)]
        }
        // "Stratan confirmed that the letter had been received", "A said the message had arrived": a definite medium that is
        // the subject of its own clause is a message already reported, spoken of; the person before it did not send it, nor
        // did a state's officials ("Moldovan officials confirmed that the letter had been received").
        if isDefiniteSubject(trigger), all.contains(where: { $0.end <= trigger }) { return [] }

        // "A and B exchanged congratulatory messages" / "A exchanged messages with B" / "A and B swapped greetings".
        // "A and B wrote letters to each other", "sent greetings to one another": a message to the other of its subjects is an
        // exchange, its verb the message word.
        let exchangeVerb = words.firstIndex(where: { $0.hasPrefix("exchang") || Self.swapVerbs.contains($0) }).map({ sentence.lowerBound + $0 })
            .flatMap { $0 < trigger || words[triggerOffset] == "messages" || isPassive($0) ? $0 : nil }
        if let exchange = exchangeVerb ?? (isReciprocal(after: trigger, in: sentence) ? trigger : nil) {
            var parties: [Actor] = []
            for actor in all where actor.isPerson && actor.start < exchange && !parties.contains(where: { $0.name == actor.name }) { parties.append(actor) }
            // "Messages were also exchanged by A and B", "Greetings were exchanged between A and B": the passive's agents follow
            // the verb, and they are the two parties (not the recipient of the message reported before).
            if parties.isEmpty, isPassive(exchange), ["by", "between"].contains(document.word(exchange + 1)) {
                for actor in all where actor.isPerson && actor.start > exchange && !parties.contains(where: { $0.name == actor.name }) { parties.append(actor) }
                // None named ("between the presidents of the two states"): the unnamed parties below.
                guard parties.count == 2 || parties.isEmpty else { return [] }
            }
            // "A exchanged greetings with B, C and D": one exchange with each.
            if parties.count == 1, let withIndex = (exchange..<sentence.upperBound).first(where: { document.word($0) == "with" }) {
                var others: [Actor] = []
                var cursor = withIndex + 1
                // The first may follow its descriptors ("with the presidents of Russia, Kazakhstan and Uzbekistan, A, B and C").
                while let actor = all.first(where: { $0.isPerson && $0.start >= cursor && $0.start <= cursor + (others.isEmpty ? 14 : 6) && $0.name != parties[0].name }) {
                    if !others.contains(where: { $0.name == actor.name }) { others.append(actor) }
                    cursor = actor.end
                    guard [",", "and"].contains(document.word(cursor)) else { break }
                    cursor += 1
                    if document.word(cursor) == "and" { cursor += 1 }
                }
                if others.count > 1 { return others.flatMap { [message(parties[0].name, $0.name), message($0.name, parties[0].name)] } }
                if let with = others.first { parties.append(with) }
            }
            // "Messages ... were exchanged with Minister X": an agentless passive; the other party is the article's principal.
            if parties.isEmpty, isPassive(exchange), document.word(exchange + 1) == "with",
               let principal = principal(), let other = all.first(where: { $0.isPerson && $0.start > exchange + 1 && $0.start <= exchange + 12 && $0.name != principal.name }) {
                parties = [Actor(name: principal.name, start: sentence.lowerBound, end: sentence.lowerBound, isPerson: true), other]
            }
            // "The Foreign Ministers of A and B exchanged greetings" when the article names A's minister only: the plural office
            // gave one holder as an actor; the exchange is still between both states' ministers.
            if parties.count < 2, let unnamed = unnamedParties(of: exchange, in: sentence, context: context),
               parties.isEmpty || unnamed.contains(where: { $0.name == parties[0].name }) { parties = unnamed }
            guard parties.count == 2 else { return [] }
            // "A and B also exchanged messages, as did C and D": the second pair repeats the exchange.
            let pairs = [parties, repeaters(after: exchange, in: sentence, actors: all)].filter { $0.count == 2 }
            return pairs.flatMap { [message($0[0].name, $0[1].name), message($0[1].name, $0[0].name)] }
        }

        // "a message from A" / "messages from A": A sends; the recipient is the subject or the context.
        if let from = fromOfMessage(after: trigger, in: sentence),
           let sender = all.first(where: { $0.start > from && $0.isPerson }),
           // The sender heads the phrase after "from" ("from President of X A"), not a person further on ("from heads
           // of state ..., the press service of the Belarusian leader said").
           descriptorStart(sender.start, floor: from + 1) <= from + 2
               // "written by the country's president A": the author's phrase, with no comma before the name.
               || document.word(from) == "by" && sender.start <= from + 6 && !((from + 1)..<sender.start).contains(where: { [",", ";"].contains(document.word($0)) })
               // "Congratulatory messages also came from", "Messages of congratulation arrived from": a little further when only
               // lowercase words stand between the message and its "from".
               || (from < trigger + 4 || from <= trigger + 5 && ((trigger + 1)..<from).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized && document.spanAt[$0] == nil }))
                   && document.word(from) == "from"
               // ... but within the phrase: "from heads of state ... on the occasion of X, the President's Office reports" ends
               // at the comma, and a person after it belongs to another clause ...
               && (!((from + 1)..<descriptorStart(sender.start, floor: from + 1)).contains(where: { [",", ";"].contains(document.word($0)) })
                   // ... unless the comma opens some members of the group it names ("from foreign leaders, including A and B"), or
                   // the sender's own office after a title a people completes ("from the National Leader of the Turkmen people,
                   // Chairman of the Halk Maslahaty of Turkmenistan, B").
                   || groupMembers(after: from, reaching: sender) || titleBeforeApposition(after: from, reaching: sender, actors: all)) {
            // The recipient is the subject ("B received a message from A"), else follows "to" ("greetings from A were
            // conveyed to B"), else is the one the article is about.
            // "Letters from A, B and C were delivered to D": every sender listed.
            var senders = [sender]
            var cursor = sender.end
            // "from officials, including A, Deputy Chairman of the Security Council B, Astrakhan Governor C and ...", "from A, First
            // President of Kazakhstan B, Patriarch of Moscow and All Russia C": every item of the list is a title and a name, whatever
            // words the title takes (`isTitleGap`); after a list introducer the title may run longer.
            let introduced = groupMembers(after: from, reaching: sender)
            while [",", "and"].contains(document.word(cursor)) || isAsWellAs(cursor) {
                // "from A, who wished the Uzbek people peace, and from B": a relative clause about one sender.
                if let resumed = afterRelativeClause(cursor, in: sentence) { cursor = resumed }
                // "from A, B and C, as well as from D": "as well as" adds to the list like "and".
                if document.word(cursor) == ",", isAsWellAs(cursor + 1) { cursor += 1 }
                if isAsWellAs(cursor) { cursor += 2 }
                cursor += 1
                if document.word(cursor) == "and" { cursor += 1 }
                // "from A, President of X, and from B": the preposition repeated for each sender.
                if document.word(cursor) == "from" { cursor += 1 }
                // "from A, B, the leaders of X, Y and Z": an item that names states' heads without their names
                // (`headsOfStatesItem`), each state its head's.
                if let item = headsOfStatesItem(at: cursor, in: sentence, actors: all) {
                    for state in item.states where !senders.contains(where: { $0.name == state.name }) { senders.append(state) }
                    cursor = item.end
                    continue
                }
                // Each sender may be named with an office ("and Chairman of the Halk Maslahaty of Turkmenistan B").
                guard let next = all.first(where: { $0.isPerson && $0.start >= cursor && $0.start <= cursor + (introduced ? 14 : 10) }),
                      descriptorStart(next.start, floor: cursor) <= cursor
                        || (cursor..<next.start).allSatisfy({ document.entity(at: $0) != nil || ["the", "of"].contains(document.word($0)) || document.spanAt[$0] != nil })
                        || isTitleGap(cursor..<next.start) else { break }
                if !senders.contains(where: { $0.name == next.name }) { senders.append(next) }
                cursor = next.end
            }
            let last = senders.last!
            let listed = self.recipients(after: last.end - 1, in: sentence, actors: all).filter { actor in !senders.contains { $0.name == actor.name } }
            // "Messages from A were also sent to B, C and D": each recipient listed after the senders.
            if listed.count > 1 { return listed.flatMap { target in senders.map { message($0.name, target.name) } } }
            let after = listed.first
            // "Congratulations to A on the national holiday came from B": "to" before "from" names the recipient too.
            let before = from > trigger + 1 ? self.recipients(after: trigger, in: sentence.lowerBound..<from, actors: all).first { actor in !senders.contains { $0.name == actor.name } } : nil
            // "to B" after the senders names the recipient outright, before any subject ("the Ambassador handed over a
            // letter from A addressed to B", "X read out the message of A to B").
            // "delivered a letter addressed to B and written by A, to the ambassador C": with an author named after the message, its
            // own "to" before the author names the addressee, not the one it was handed to.
            let authored = document.word(from) == "by"
            // "'In the years of independence, X, under your leadership, ...,' reads the message of A": what the message's quoted words
            // name is its content, not its subject.
            let subjects = all.filter { $0.start < trigger && quotation(containing: $0.start) == nil && !senders.contains($0) }
            let recipient = ((authored ? before ?? after : after ?? before) ?? subjects.first { actor in actor.isPerson && !senders.contains { $0.name == actor.name } }
                // "Uzbekistan's Foreign Ministry submitted a letter from President A to ...": the senders' own state delivers their
                // letter; it is not its addressee.
                ?? subjects.first { actor in !senders.contains { $0.name == actor.name }
                    && (actor.isPerson || !senders.allSatisfy { countryOf(person: $0.name) == actor.name }) })?.name ?? context.recipient
            // "Greetings addressed to President A of X have come from ... . X has received greetings from B": the state stands for
            // the person the article announced the messages to, when that person is its own.
            let addressee = context.addressee ?? context.summary?.recipient
            if let state = recipient, isCountryCode(state), let addressee, countryOf(person: addressee) == state {
                return senders.filter { $0.name != addressee }.map { message($0.name, addressee) }
            }
            return recipient.map { target in senders.filter { $0.name != target }.map { message($0.name, target) } } ?? []
        }

        // "B received congratulations from the leaders of A, C and D and other countries": a group of leaders named by their countries
        // only; each country sends, for a leader the text does not name.
        // "from the European Commission's president and presidents of A, B and C": a first item that names no state or person
        // (a short phrase closed by "and") does not hide the group after it.
        if let from = fromOfMessage(after: trigger, in: sentence), document.word(from) == "from",
           let senders = (leaderGroupStates(from: from + 1, in: sentence, actors: all) ?? groupAfterUnnamedItem(from: from + 1, in: sentence, actors: all))?.states {
            let recipient = (all.first { actor in actor.start < trigger && !senders.contains { $0.name == actor.name } })?.name ?? context.recipient
            return recipient.map { target in senders.filter { $0.name != target }.map { message($0.name, target) } } ?? []
        }

        // "B was congratulated by A", "B was sent birthday greetings by A": the passive's subject is the recipient (persons only; a
        // state congratulated is no message).
        let passiveObject = isPassiveObjectVerb(trigger) || isPassiveDative(trigger)
        var recipients = passiveObject ? all.filter { $0.isPerson && $0.end <= trigger } : self.recipients(after: trigger, in: sentence, actors: all).map { actor in
            // "wished the brotherly people of Azerbaijan peace", "sent messages wishing the fraternal people of Tajikistan peace": the
            // people stand for the leader the message went to.
            // (A recipient named before the verb, "leadersNamedBefore", has no words between: an empty range.)
            (max(trigger + 1, actor.start - 6)..<max(trigger + 1, actor.start)).contains { Self.addressingWords.contains(document.word($0)) }
                ? resolveToContext(actor, context: context) : actor
        }
        // "congratulated the Belarusian people and the President on the holiday": in a roundup, a bare office is its addressee, and the
        // people beside them are addressed with them.
        if !passiveObject, let bare = bareOfficeAddressee(after: trigger, in: sentence, addressee: context.addressee ?? receiver ?? context.summary?.recipient,
                                                                      peoples: recipients.filter { !$0.isPerson && isCountryCode($0.name) }.map(\.name)),
           !recipients.contains(where: { $0.name == bare.actor.name }) {
            recipients = recipients.filter { $0.isPerson || $0.name != bare.country } + [bare.actor]
        }
        let recipientStarts = Set(recipients.map(\.start))
        // Recipients named as the sender's counterpart in a country ("his Armenian colleague").
        var counterparts = Set(recipients.filter(isCounterpart).map(\.name))

        // "Congratulations were also sent by A and B (to C)": the senders follow "by".
        if let by = passiveAgent(after: trigger, in: sentence) {
            var senders: [Actor] = []
            // "was congratulated by a number of state leaders, including those of A, B and C": the states stand for the group's members.
            let group = leaderGroupStates(from: by + 1, in: sentence, actors: all)?.states
            // "by A, Kyrgyzstan's President B and Tajik leader C": agents joined by commas, a list only when "and" closes it.
            var commaFrom: Int?
            var closed = false
            for actor in all where actor.start > by && actor.isPerson && !recipientStarts.contains(actor.start) {
                // "by A and by B": the preposition repeated for each agent.
                var jointIndex = descriptorStart(actor.start, floor: sentence.lowerBound) - 1
                if !senders.isEmpty, document.word(jointIndex) == "by" { jointIndex -= 1 }
                let joint = document.word(jointIndex)
                if senders.isEmpty || joint == "and" {
                    senders.append(actor)
                    if joint == "and" { closed = true; break }
                } else if joint == ",", let last = senders.last, isListGap(last.end..<descriptorStart(actor.start, floor: last.end)) {
                    if commaFrom == nil { commaFrom = senders.count }
                    senders.append(actor)
                } else { break }
            }
            if let commaFrom, !closed, !closesOpenList(at: senders[senders.count - 1].end) { senders = Array(senders.prefix(commaFrom)) }
            // "were sent to B by A, C, the leaders of D and E, and the emperor of Japan": the agents are a list as the recipients
            // are, whose items may name a state's head without a name (`headsListTail`); read so, the list goes on past the
            // persons above.
            let agents = self.recipients(after: by, in: sentence, actors: all, continued: true).filter { !recipientStarts.contains($0.start) }
            if !senders.isEmpty, agents.count > senders.count, zip(senders, agents).allSatisfy({ $0.name == $1.name }) { senders = agents }
            if let group, group.count > senders.count { senders = group }
            var targets = recipients.map(\.name)
            if targets.isEmpty, let last = senders.last {
                targets = self.recipients(after: last.end - 1, in: sentence, actors: all).map(\.name)
            }
            if targets.isEmpty, let recipient = context.recipient { targets = [recipient] }
            return senders.flatMap { sender in targets.filter { $0 != sender.name }.map { message(sender.name, $0) } }
        }
        // Senders: the subject, preferring persons (a dateline's "Minsk," is not the sender): the first actor
        // before the trigger and those joined to it by "and"; else a person after the recipient phrase.
        // "A and B continue receiving congratulatory messages": the subject of a verb of receiving receives; with no "from"
        // or "by" the sentence names no sender.
        if words[..<triggerOffset].contains(where: Self.receivingVerbs.contains) { return [] }
        let before = all.filter { $0.start < trigger && !recipientStarts.contains($0.start) }
        let candidates = before.contains(where: \.isPerson) ? before.filter(\.isPerson) : before
        var senders: [Actor] = []
        // "A, B and C sent", "Presidents A of X, B of Y and C of Z were among the first to send": subjects joined by commas
        // are a list only when "and" closes it, as the recipients are.
        var commaFrom: Int?
        var closed = false
        // "The Presidents of A, B and C, as well as other leaders, congratulated X": the states the plural office lists.
        let listedRun = listedSubjects(before: trigger, in: sentence, actors: before)
        if let listedRun { senders = listedRun }
        for actor in candidates where listedRun == nil {
            let joint = document.word(descriptorStart(actor.start, floor: sentence.lowerBound) - 1)
            if senders.isEmpty || joint == "and" {
                senders.append(actor)
                if joint == "and" { closed = true; break }
            } else if joint == ",", let last = senders.last, isListGap(last.end..<descriptorStart(actor.start, floor: sentence.lowerBound)) {
                if commaFrom == nil { commaFrom = senders.count }
                senders.append(actor)
            } else { break }
        }
        // "A, B, C etc. conveyed messages", "A, B and others sent greetings": an open-ended list is closed too.
        if let commaFrom, !closed, !isTitledPair(senders, opening: sentence, before: trigger), !closesOpenList(at: senders[senders.count - 1].end) {
            senders = Array(senders.prefix(commaFrom))
        }
        // A later person the recipient list already names ("to A, B and C, the presidents of X, Y and Z respectively" names
        // them twice) is not a sender.
        let recipientNames = Set(recipients.map(\.name))
        // "Messages were addressed to A, B and C": a passive without "by" names no sender after its verb.
        if senders.isEmpty, !isPassiveMedium(trigger), let later = all.first(where: { !recipientStarts.contains($0.start) && !recipientNames.contains($0.name) && $0.start > trigger && $0.isPerson }) {
            senders = [later]
            // "Among the first to send congratulatory telegrams were the presidents: Russia - A, Uzbekistan - B and Kyrgyzstan
            // - C": a subject after its verb may be a list, closed by "and" as the recipient lists are.
            var cursor = later.end
            var listed = [later]
            var closed = false
            // "were the Presidents of Russia, A; China, B; and Armenia, C": the pairs parted by semicolons, each country set off
            // from its holder by a comma.
            while !closed, [",", ";", "and"].contains(document.word(cursor)) || isAsWellAs(cursor) {
                if isAsWellAs(cursor) { cursor += 2 }
                closed = document.word(cursor) == "and" || document.word(cursor) == "as"
                cursor += 1
                if document.word(cursor) == "and" { closed = true; cursor += 1 }
                guard let next = all.first(where: { $0.isPerson && $0.start >= cursor && $0.start <= cursor + 4 }),
                      (cursor..<next.start).allSatisfy({ document.spanAt[$0] != nil || ["-", "–", ":", "the", "of"].contains(document.word($0))
                          || document.word($0) == "," && $0 > cursor && document.entity(at: $0 - 1)?.entity.country != nil }),
                      !recipientNames.contains(next.name) else { closed = false; break }
                if !listed.contains(where: { $0.name == next.name }) { listed.append(next) }
                cursor = next.end
            }
            // As for recipients, an asyndetic list of three or more closes at the sentence's end.
            if !closed, listed.count >= 3, cursor >= sentence.upperBound || [".", ";"].contains(document.word(cursor)) { closed = true }
            if !closed, listed.count >= 2, closesOpenList(at: cursor) { closed = true }
            if closed { senders = listed }
        }
        // The context fills in one side only: a sender when the sentence names the recipient ("In the message to
        // President X, the head of the Russian state wished ..."), a recipient when it names the sender.
        var inherited: String?
        // "Iranian President A said ... The president made the remarks in a message to B": the office stands for the person named before.
        if senders.isEmpty, !recipients.isEmpty, let sender = officeSubject(of: sentence, before: trigger, recipients: recipients.map(\.name)) {
            senders = [Actor(name: sender, start: sentence.lowerBound, end: sentence.lowerBound + 2, isPerson: true)]
        }
        if senders.isEmpty, !recipients.isEmpty, let sender = context.sender {
            senders = [Actor(name: sender, start: sentence.lowerBound, end: sentence.lowerBound, isPerson: true)]
            // A sentence of no stated kind continues the message the sender announced.
            if !words.contains(where: { Self.kindWords[$0] != nil }), contextKind() == nil, sender == context.sender { inherited = context.kind ?? (ownTopic ? nil : context.lastKind) }
        }
        var targets = recipients.map(\.name)
        // "having earlier sent him a message", "and on 7 October he sent him birthday greetings": a pronoun object of the verb of
        // sending is the last person the sentence names before it, else the recipient of the message reported before; a
        // pronoun subject is that message's sender.
        if targets.isEmpty, let verb = (sentence.lowerBound..<trigger).first(where: { Self.sendingVerbs.contains(document.word($0)) && ["him", "her"].contains(document.word($0 + 1)) }) {
            var subject = verb - 1
            while ["also", "then", "later", "again", "subsequently"].contains(document.word(subject)) { subject -= 1 }
            if senders.isEmpty, ["he", "she"].contains(document.word(subject)), let sender = context.sender {
                senders = [Actor(name: sender, start: verb - 1, end: verb, isPerson: true)]
            }
            let named = all.last { actor in actor.isPerson && actor.end <= verb && !senders.contains { $0.name == actor.name } }
            targets = [named?.name ?? context.recipient].compactMap { $0 }
        }
        // "Xi said in his message that ...": a message already reported, not a new one.
        // "Putin noted in several of the messages": a definite message is one already reported, too.
        if targets.isEmpty, ["his", "her", "their", "its", "the", "these", "those"].contains(document.word(trigger - 1)),
           senders.contains(where: { context.senders.contains($0.name) }) { return [] }
        // "In his congratulatory message, Putin wished Japarov success": the object of a verb after the subject.
        if targets.isEmpty, let first = senders.first, first.start > trigger,
           let verb = (first.end..<min(sentence.upperBound, first.end + 3)).first(where: { Self.recipientVerbs.contains(document.word($0)) }),
           let object = all.first(where: { $0.start > verb && $0.start <= verb + 3 && $0.isPerson && $0.name != first.name }) {
            targets = [object.name]
        }
        // "In his message, Lukashenko congratulated the people of Kyrgyzstan on ...": a people congratulated is the addressee.
        if targets.isEmpty, let first = senders.first, first.start > trigger,
           let verb = (first.end..<min(sentence.upperBound, first.end + 3)).first(where: { document.word($0).hasPrefix("congratulat") }),
           let object = all.first(where: { $0.start > verb && $0.start <= verb + 6 && !$0.isPerson }),
           ["people", "peoples", "nation", "citizens"].contains(document.word(object.start - 2)), document.word(object.start - 1) == "of" {
            targets = [object.name]
        }
        // "Tokayev congratulated the people on Independence Day", "A congratulated his compatriots on the New Year": a people named
        // with no country of its own, as the one congratulated, is the sender's (`ownPeople`).
        if targets.isEmpty, senders.count == 1, senders[0].isPerson, senders[0].end <= trigger, ownPeople(after: trigger),
           let code = countryOf(person: senders[0].name) {
            targets = [code]
        }
        // "A forwarded telegram of congratulations President of Turkmenistan B on the occasion of ...": translated copy may drop the
        // "to" before the addressee. A person right after the message's noun phrase (the medium, perhaps "of" and its kind), with no
        // comma, after a verb of sending whose subject is the sender, is the addressee.
        // "sent a congratulatory letter President B": the medium after its kind.
        let medium = Self.kindWords[document.word(trigger)] != nil && Self.mediumWords.contains(document.word(trigger + 1)) ? trigger + 1 : trigger
        if targets.isEmpty, let first = senders.first, first.end < trigger, Self.mediumWords.contains(document.word(medium)),
           (first.end..<trigger).contains(where: { Self.sendingVerbs.contains(document.word($0)) }) {
            var cursor = medium + 1
            if document.word(cursor) == "of" {
                cursor += 1
                while Self.kindWords[document.word(cursor)] != nil { cursor += 1 }
            }
            if cursor > medium + 2 || cursor == medium + 1, let object = all.first(where: { $0.start >= cursor && $0.start <= cursor + 6 }), object.isPerson,
               !senders.contains(where: { $0.name == object.name }), descriptorStart(object.start, floor: cursor) <= cursor,
               !(cursor..<object.start).contains(where: { [",", ";", ":", "\""].contains(document.word($0)) }) {
                targets = [object.name]
            }
        }
        // "A conveyed to B sincere congratulations", "A extended to B and the people of X his warm greetings", "A sent to B a letter":
        // a recipient between the verb of sending and the message word (a person before a people that stands beside them).
        if targets.isEmpty, let first = senders.first, first.end < trigger,
           let to = (first.end..<trigger).first(where: { document.word($0) == "to" && Self.deliveryVerbs.contains(document.word($0 - 1)) }) {
            let between = all.filter { $0.start > to && $0.end <= trigger && !senders.contains($0) }
            targets = (between.contains(where: \.isPerson) ? between.filter(\.isPerson) : between).map(\.name)
        }
        if targets.isEmpty {
            // "A informed B of the decision in a letter": the object between the subject and the trigger.
            if let first = senders.first, let object = all.first(where: { actor in actor.start > first.end && actor.start < trigger && !senders.contains(actor)
                && (max(first.end, actor.start - 12)..<actor.start).contains { Self.objectVerbs.contains(document.word($0)) } }) {
                // "Putin wished his Uzbek counterpart a happy birthday in a telegram": the sender's counterpart there.
                if isCounterpart(object) { counterparts.insert(object.name) }
                targets = [object.name]
            } else if words[..<triggerOffset].contains(where: Self.replyWords.contains), let replied = context.sender, !senders.contains(where: { $0.name == replied }) {
                // "B replied two days later with a letter of his own", "In response, B sent a message": to the sender of the
                // message before.
                targets = [replied]
            } else if isWritten, senders.count == 1, senders[0].isPerson, !(trigger..<min(sentence.upperBound, trigger + 10)).contains(where: isRecipientTo),
                      let people = peopleAddressedAlone(by: sentence, sender: senders[0].name) {
                // "A also sent a telegram expressing condolences over the earthquake. '... my condolences to the people of Y'": a
                // written message whose report names no recipient, and whose own words address a people and not "you", goes to
                // that people (`peopleAddressedAlone`), not to the recipient of the message before.
                targets = [people]
            } else if case let to = (trigger..<min(sentence.upperBound, trigger + 10)).first(where: { isRecipientTo($0) && !isRecalled($0) }),
                      to.map({ isAnaphoricRecipient($0, actors: all) }) ?? true, let contextRecipient = context.recipient,
                      words.contains(where: { ["message", "messages", "letter", "letters", "telegram", "telegrams", "greetings", "congratulations", "condolences"].contains($0) }) {
                // "Belarusian leader A also sent condolences": to the recipient of the message before.
                // In an article about the messages one person received ("Leaders continue to send congratulations to A"), other
                // senders ("B and C sent telegrams as well") write to that person, not to whoever a side message went to
                // ("D sent congratulations to A's prime minister").
                let others = to == nil && context.addressee != nil && !senders.isEmpty && !senders.contains { $0.name == context.sender }
                targets = [others ? context.addressee! : contextRecipient]
                // "A congratulated B ... '...,' B noted in his telegram", "B wrote in her reply", "B stressed in his own message": the
                // recipient of the message before, the subject that names no one in its own message, answers its sender (not a
                // person named after the message word or inside a quotation).
                let ownMedium = (max(sentence.lowerBound, trigger - 3)..<trigger).contains { ["his", "her"].contains(document.word($0)) }
                if to == nil, !others, ownMedium, senders.count == 1, senders[0].name == contextRecipient, senders[0].end <= trigger,
                   quotation(containing: senders[0].start) == nil, let replied = context.sender, replied != contextRecipient {
                    targets = [replied]
                }
            }
        }
        // "Ukraine marks its Independence Day on 24 August. On this occasion, President A, in her congratulatory message, said ...":
        // a congratulation on a state's own holiday that names no recipient, by no one of that state, goes to the state.
        // '"I cordially congratulate you on the national holiday of X ...," says President A in his congratulatory message': by one of
        // that state, whose own words congratulate "you" (`congratulatesYou`), it goes to the state's people, which the state's code
        // stands for.
        if targets.isEmpty, !senders.isEmpty, ["congratulation", "greeting"].contains(kind), occasion == "Independence Day" || occasion == "national holiday" {
            if let owner = holidayOwner(before: sentence.upperBound), !senders.contains(where: { $0.name == owner || countryOf(person: $0.name) == owner }) {
                targets = [owner]
            } else if isWritten, senders.count == 1, let own = countryOf(person: senders[0].name), congratulatesYou(quotedWords(from: sentence)),
                      holidayOwner(before: sentence.upperBound, includingQuotes: true) == own {
                targets = [own]
            }
        }
        // "A addressed a congratulatory message on Independence Day. The message reads: 'Dear citizens of X, ...'": a written message
        // whose report names no recipient goes to the people its own words address (`peopleAddressedInText`).
        if targets.isEmpty, isWritten, senders.count == 1, senders[0].isPerson, let people = peopleAddressedInText(of: sentence, sender: senders[0].name),
           people != senders[0].name {
            targets = [people]
        }
        // "The Russian Ambassador congratulated Kyrgyzstan on the event" in an article that is not about messages: a state
        // congratulated with no written medium is a statement or a visit, not a message (a leader or "the people of X" in a
        // telegram or a message is one).
        // A people addressed ("addressed greetings to the peoples of Belarus and Russia") is the country as the conventions
        // write an addressee with no person, not a state congratulated at a visit.
        let addressesPeople = recipients.contains { ["people", "peoples", "nation", "nations", "citizens"].contains(document.word($0.start - 2)) && document.word($0.start - 1) == "of" }
        // A state that stands for a member of a group of leaders the message goes to ("The President congratulated the leaders of A,
        // B and C", after "In his letters he stressed ...") is that member written to (`standsForGroupMember`).
        if !isWritten, !addressesPeople, contextKind() == nil, context.kind == nil {
            let members = Set(recipients.filter { !$0.isPerson && standsForGroupMember($0, after: trigger) }.map(\.name))
            targets = targets.filter { !isCountryCode($0) || members.contains($0) }
        }
        // "Other leaders also extended their condolences to China over the quake": condolences offered to a state named bare, with no
        // written medium, are a statement, even in an article about condolences (a leader, "the leader of X", a people or a
        // telegram is a message).
        if !isWritten, !addressesPeople, kind == "condolence" {
            let bareStates = Set(recipients.filter { !$0.isPerson && ["to", "with"].contains(document.word($0.start - 1)) }.map(\.name))
            targets = targets.filter { !bareStates.contains($0) }
        }
        // "A sent congratulations to B, as did C": C sends the same message.
        if !senders.isEmpty { senders += repeaters(after: trigger, in: sentence, actors: all).filter { !senders.contains($0) && !targets.contains($0.name) } }
        var result: [ArticleFacts.Message] = []
        for sender in senders {
            for target in targets.map({ counterparts.contains($0) ? counterpart(of: sender.name, in: $0) : $0 }) where target != sender.name {
                var item = message(sender.name, target)
                if let inherited { item.kind = inherited }
                result.append(item)
            }
        }
        return result
    }

    /// The one state whose own holiday the paragraph names up to `end`: "Ukraine's Independence Day", "the national holiday of
    /// Kazakhstan", "Ukraine marks its Independence Day"; nil when it names none or several. Outside quotations, unless
    /// `includingQuotes` (a message's own words: "I congratulate you on the national holiday of Turkmenistan").
    func holidayOwner(before end: Int, includingQuotes: Bool = false) -> String? {
        let paragraph = document.paragraph(containing: max(0, end - 1))
        let range = paragraph.lowerBound..<min(end, paragraph.upperBound)
        let holidays: Set<String> = ["independence", "national", "state"]
        let celebrating: Set<String> = ["marks", "marked", "celebrates", "celebrated", "celebrating", "observes", "observed"]
        var owners: Set<String> = []
        for span in document.entities(in: range) {
            guard let code = span.entity.country, includingQuotes || quotation(containing: span.start) == nil else { continue }
            var cursor = span.end
            // "Ukraine's Independence Day", "Kazakhstan's national holiday".
            if document.word(cursor) == "'s", holidays.contains(document.word(cursor + 1)) { owners.insert(code); continue }
            // "Lithuania's Statehood Day", "Latvia's Proclamation Day": a day of its own name the possessive owns (`ownedDay`).
            if document.word(cursor) == "'s", ownedDay(in: (cursor - 1)..<min(range.upperBound, cursor + 6)) != nil { owners.insert(code); continue }
            // "Ukraine marks its Independence Day", "Our neighbour, Ukraine, marks its Independence Day".
            if document.word(cursor) == ",", celebrating.contains(document.word(cursor + 1)) { cursor += 1 }
            if celebrating.contains(document.word(cursor)) || document.word(cursor) == "is" && celebrating.contains(document.word(cursor + 1)) {
                cursor += document.word(cursor) == "is" ? 2 : 1
                if ["its", "the"].contains(document.word(cursor)) { cursor += 1 }
                if holidays.contains(document.word(cursor)) { owners.insert(code); continue }
            }
            // "the Independence Day of Ukraine", "the national holiday of Kazakhstan".
            var before = span.start - 1
            if document.word(before) == "the" { before -= 1 }
            if document.word(before) == "of", ["day", "holiday"].contains(document.word(before - 1)),
               (max(range.lowerBound, before - 3)..<before).contains(where: { holidays.contains(document.word($0)) }) { owners.insert(code) }
        }
        return owners.count == 1 ? owners.first : nil
    }

    /// Most specific first: a letter of condolence is a condolence.
    func priority(_ kind: String) -> Int { ["condolence": 0, "congratulation": 1, "greeting": 2, "letter": 3][kind] ?? 4 }

    func isTrigger(_ word: String, at index: Int) -> Bool {
        switch word {
        case "address", "addressed": return document.word(index + 1) == "to" || document.word(index + 1) == "\""
        case "addressing":
            // "addressing President X" (a person), not "addressing the relevant matters".
            var next = index + 1
            while ["\"", "the"].contains(document.word(next)) { next += 1 }
            guard let span = document.entity(at: next) else { return false }
            if case .organisation = span.entity { return false }
            return true
        case "sympathy": return false
        // "made an entry in the book of condolences", "signed the condolence book": a book signed in person, not a message.
        case "condolences", "condolence":
            return !(document.word(index - 1) == "of" && document.word(index - 2) == "book" || document.word(index + 1) == "book")
        // "greeted B" is a written greeting only in an article about messages or beside a written medium; else a welcome.
        case "greeted", "greets": return contextKind() != nil || document.sentence(containing: index).contains { Self.written.contains(document.word($0)) }
        // "the Russian leader wrote" after a quotation reports its words; "wrote to X", "writing to X" and "wrote in similar
        // terms to X" report a letter.
        case "wrote", "writes", "writing":
            for next in (index + 1)..<min(tokens.count, index + 5) {
                if isRecipientTo(next) { return true }
                if document.spanAt[next] != nil || ["that", ",", "\"", ":", ";", ".", "to"].contains(document.word(next)) { return false }
            }
            return false
        default: return Self.kindOrMedium.mayContain(word) && (Self.kindWords[word] != nil || Self.mediumWords.contains(word))
        }
    }

    /// Skips most words (every token is asked) before the two lookups.
    static let kindOrMedium = WordFilter(Set(kindWords.keys).union(mediumWords))

    func contextKind() -> String? {
        guard let title = document.title else { return nil }
        return Tokenizer.tokenize(MatchText(title).scalars).compactMap { Self.kindWords[$0.lower] }.first
    }

    /// The kind the sentence that names the article's recipient gives ("has received congratulatory messages").
    func receivingKind() -> String? {
        for sentence in document.sentences.prefix(4) {
            let words = sentence.map { document.word($0) }
            guard words.contains(where: Self.receivingVerbs.contains) else { continue }
            if let kind = words.compactMap({ Self.kindWords[$0] }).min(by: { priority($0) < priority($1) }) { return kind }
        }
        return nil
    }

    /// A verb of receiving in any form: "has received", "receives", "continues to receive", "keeps receiving".
    static let receivingVerbs: Set<String> = ["received", "receives", "receive", "receiving"]

    /// "Toqayev has received congratulatory messages from foreign heads of state", "X continues to receive telegrams":
    /// the article's recipient.
    func receiverOfArticle() -> String? {
        for sentence in document.sentences.prefix(4) {
            let words = sentence.map { document.word($0) }
            guard let received = words.firstIndex(where: Self.receivingVerbs.contains),
                  words[received...].contains(where: { Self.kindWords[$0] != nil || Self.mediumWords.contains($0) }) else { continue }
            if let subject = actors(in: sentence.lowerBound..<(sentence.lowerBound + received)).first(where: \.isPerson) { return subject.name }
        }
        return nil
    }
}
