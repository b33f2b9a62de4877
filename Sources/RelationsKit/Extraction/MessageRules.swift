/// Written messages: greetings, congratulations, condolences and letters, with sender, recipient
/// (a person, or a country when no person is named), kind and occasion.
///
/// Shapes it reads: "A sent greetings to B", "In his message to B, A noted", "A congratulated B",
/// "A and B exchanged congratulatory messages", "B received a message from A", "A informed B in a letter".
/// Words spoken at a meeting or on the phone are not messages, nor is a message the text says was
/// not sent ("does not say whether Putin has sent a greeting").
struct MessageRules {
    let document: Document
    let reference: ReferenceIndex
    var tokens: [Token] { document.tokens }
    /// `isTrigger` of every token, worked out once: three rules look for the first trigger of each sentence.
    private var triggers: [Bool] = []
    /// The one person the article reports messages to ("Ilham Aliyev continues to receive letters of congratulations"), and the
    /// kind of what they received, when the sentence that says so names one.
    private var receiver: String?
    private var receivedKind: String?
    /// The first tokens of paragraphs that open inside a quotation the paragraph before opened and did not close, and that
    /// close it ("... I wish you, the people of Russia, patience," the head of state said): wire copy runs a letter's quotation
    /// over paragraphs without opening each again.
    private var quoteContinues: Set<Int> = []

    init(document: Document, reference: ReferenceIndex) {
        self.document = document
        self.reference = reference
        triggers = document.tokens.indices.map { isTrigger(document.tokens[$0].lower, at: $0) }
        var continues: Set<Int> = []
        var open = false
        for paragraph in document.paragraphs {
            let odd = paragraph.filter { document.tokens[$0].text == "\"" }.count % 2 == 1
            if open, odd { continues.insert(paragraph.lowerBound) }
            open = !open && odd
        }
        quoteContinues = continues
        receiver = receiverOfArticle()
        receivedKind = receiver.flatMap { _ in receivingKind() }
    }

    /// The first token of `sentence` that reports a message (`isTrigger`).
    func firstTrigger(in sentence: Range<Int>) -> Int? { sentence.first { triggers[$0] } }

    /// Words that name a kind of message.
    static let kindWords: [String: String] = [
        "greeting": "greeting", "greetings": "greeting",
        "congratulated": "congratulation", "congratulates": "congratulation", "congratulate": "congratulation", "congratulating": "congratulation",
        "congratulations": "congratulation", "congratulatory": "congratulation", "congratulation": "congratulation",
        "condolences": "condolence", "condolence": "condolence", "condoled": "condolence", "sympathy": "condolence",
        "greeted": "greeting", "greets": "greeting",
    ]
    /// Words that name a written medium without saying what kind of message it is.
    static let mediumWords: Set<String> = ["message", "messages", "letter", "letters", "telegram", "telegrams", "address", "addressed", "addressing", "wrote", "writes", "cable"]
    static let written: Set<String> = ["message", "messages", "letter", "letters", "telegram", "telegrams", "sent", "send", "sends", "sending", "card", "wrote", "writes", "writing", "cable"]
    /// Words of what is said face to face or aloud, also at an event ("conveyed his congratulations at a reception", "visited the
    /// embassy and made an entry in the book of condolences").
    /// "called" and "rang" are calls only with a person as their object (`calls`), and "at" only before an event (`isAtEvent`).
    static let spoken: Set<String> = ["phone", "telephone", "call", "conversation", "meeting", "talks", "met", "visit", "visited", "told", "ceremony", "reception",
                                      "interview", "spoke", "phoned", "telephoned", "video", "televised", "speech", "remarks", "sidelines"]
    /// Words of a post won, whose "at" places the win, not the message ("elected at the congress").
    static let postWonWords = winWords.union(voteWords).union(["elected", "re-elected", "appointment", "inauguration"])
    /// Events a message may be spoken at ("at the start of the summit", "at the forum's opening"), in small letters.
    static let events: Set<String> = ["summit", "session", "forum", "conference", "congress", "meeting", "ceremony", "reception", "briefing", "rally", "plenary", "event", "gathering"]
    static let negations: Set<String> = ["not", "n't", "whether", "never", "no", "without", "refused", "declined"]
    /// Verbs whose object is the recipient ("congratulated B", "informed B ... in a letter").
    static let recipientVerbs: Set<String> = ["congratulated", "congratulates", "congratulate", "congratulating", "greeted", "greets", "addressing", "informed", "notified", "thanked", "wished", "urged", "assured"]
    /// The same, and "sent" ("A informed B of the decision in a letter").
    static let objectVerbs = recipientVerbs.union(["sent", "sends", "send"])
    /// Occasions, as lowercase word sequences. Specific days come before "anniversary".
    static let occasions: [(words: [String], occasion: String)] = [
        (["new", "year"], "New Year"), (["new", "year's"], "New Year"), (["independence", "day"], "Independence Day"),
        (["victory", "day"], "Victory Day"), (["birthday"], "birthday"), (["nowruz"], "Nowruz"), (["novruz"], "Nowruz"), (["navruz"], "Nowruz"),
        // The spring holiday in each language's spelling: Kazakh "Nauryz", Kyrgyz "Nooruz", Persian "Nawruz", Kurdish "Newroz".
        (["nauryz"], "Nowruz"), (["nooruz"], "Nowruz"), (["nawruz"], "Nowruz"), (["norouz"], "Nowruz"), (["newroz"], "Nowruz"),
        (["christmas"], "Christmas"), (["national", "day"], "national holiday"), (["national", "holiday"], "national holiday"),
        (["russia", "day"], "national holiday"), (["national", "unity", "day"], "national holiday"), (["republic", "day"], "national holiday"),
        (["constitution", "day"], "national holiday"), (["state", "holiday"], "national holiday"),
        (["re", "-", "election"], "election victory"), (["election"], "election victory"), (["runoff"], "election victory"), (["elected"], "election victory"), (["inauguration"], "election victory"),
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
        for sentence in document.sentences.flatMap(messageClauses) {
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
            // "A sent a message to B. In it, he congratulated B on ...": a sentence that refers back to the message describes it
            // (its kind and occasion); it is not another message.
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
            for item in items where !found.contains(where: { $0.from == item.from && $0.to == item.to
                && ($0.kind == item.kind && $0.occasion == item.occasion || item.kind == "letter" || !statesKind && $0.occasion == item.occasion || !namesMessage) }) {
                found.append(item)
                if isCountryCode(item.to), addressesPeople(of: item.to, in: sentence) { peoples.insert("\(item.from)>\(item.to)") }
                // "In a congratulatory telegram the Russian leader expressed confidence that ... Kyrgyz society": a country whose
                // person the sender already wrote to stands for that person.
                let covering = found.last { $0.from == item.from && !isCountryCode($0.to) && countryOf(person: $0.to) == item.to }?.to
                context.recipient = isCountryCode(item.to) ? personAddressed ?? covering ?? item.to : item.to
                context.sender = item.from
                context.senders.insert(item.from)
                context.lastKind = item.kind
            }
        }
        // A sender's message to a named person makes the same sender's message to that person's country redundant.
        // Only a message of the same kind: "a congratulatory message to Putin" and "greetings to the peoples of Belarus and
        // Russia" are two messages.
        // A people addressed ("also sent congratulations to the people of Belarus") is a message of its own.
        let covered = Set(found.compactMap { message in countryOf(person: message.to).map { "\(message.from)>\($0)>\(message.kind)" } })
        return found.filter { !(isCountryCode($0.to) && covered.contains("\($0.from)>\($0.to)>\($0.kind)") && !peoples.contains("\($0.from)>\($0.to)")) }
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

    /// Whether the sentence names the country `code` as a people addressed ("to the people of Belarus", "the peoples of A and B").
    func addressesPeople(of code: String, in sentence: Range<Int>) -> Bool {
        sentence.contains { index in
            guard ["people", "peoples", "nation", "citizens"].contains(document.word(index)), document.word(index + 1) == "of" else { return false }
            var cursor = index + 2
            while cursor < sentence.upperBound, let place = document.entity(at: cursor), let country = place.entity.country {
                if country == code { return true }
                cursor = place.end
                if [",", "and"].contains(document.word(cursor)) { cursor += 1 }
            }
            return false
        }
    }

    /// The person who sends messages in a sentence that names no single recipient ("A has sent New Year greetings to
    /// the heads of state of the CIS countries"): the subject before the message word, with a verb of sending.
    func announcingSubject(in sentence: Range<Int>) -> String? {
        guard let trigger = firstTrigger(in: sentence) else { return nil }
        let triggerOffset = trigger - sentence.lowerBound
        let words = sentence.map { document.word($0) }
        guard !isFirstPersonQuote(trigger), !words[..<triggerOffset].contains(where: Self.negations.contains),
              let verb = words[..<triggerOffset].lastIndex(where: { ["sent", "sends", "send", "addressed", "dispatched"].contains($0) }),
              !(verb > 0 && ["was", "were", "been", "is", "are"].contains(words[verb - 1])) else { return nil }
        let subjects = actors(in: sentence.lowerBound..<(sentence.lowerBound + verb)).filter(\.isPerson)
        return subjects.count == 1 ? subjects[0].name : nil
    }

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

    /// Words that make a message an answer to the one before.
    static let replyWords: Set<String> = ["replied", "replies", "reply", "responded", "responds", "response", "answered", "answers"]

    /// Verbs of sending whose indirect object may stand right after them ("sent him a telegram").
    static let sendingVerbs: Set<String> = ["sent", "send", "sends", "sending", "wrote", "writes", "addressed"]

    /// Passive participles that report a message ("were sent to B by A", "were also expressed by A in a message").
    static let passiveParticiples: Set<String> = ["sent", "addressed", "signed", "conveyed", "delivered", "expressed", "extended", "forwarded", "dispatched", "offered"]

    /// The "by" that introduces a passive sentence's agent: after a passive participle, with only the recipient phrase
    /// or adverbs between ("Congratulations were sent to Mirziyoyev by Tokayev and Japarov").
    /// "B was congratulated on Navruz by A" too: the passive of a verb whose object is the recipient.
    func passiveAgent(after trigger: Int, in sentence: Range<Int>) -> Int? {
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
    static let reportingVerbs: Set<String> = ["noted", "wrote", "expressed", "stressed", "emphasised", "emphasized", "hoped", "wished", "underlined",
                                              "pointed", "voiced", "assured", "thanked", "highlighted", "reaffirmed", "praised"]

    /// In an article about messages a leader received ("Rahmon has received congratulatory messages from heads of
    /// foreign states", or a summary that names no sender: "Leaders of the region sent congratulations to A"), a paragraph
    /// that opens with a person reporting something ("President of China Xi Jinping stressed that ...") gives that person's
    /// message to the receiver; so does each clause after ", while" or ";" that opens so ("..., while B wrote that ...").
    func receivedMessage(in sentence: Range<Int>, recipient: String, context: Context) -> [ArticleFacts.Message] {
        let paragraph = document.paragraph(containing: sentence.lowerBound)
        guard paragraph.lowerBound == sentence.lowerBound, paragraph.lowerBound >= (document.paragraphs.first?.upperBound ?? 0) else { return [] }
        let delivered = Self.beforeRecalling(sentence.map { document.word($0) })
        guard !saysSpoken(delivered, from: sentence.lowerBound), !delivered.contains(where: { ["visit", "visited", "attended", "met", "arrived"].contains($0) }) else { return [] }
        let kind = contextKind() ?? context.summary?.kind ?? "letter"
        let occasion = kind == "condolence" ? nil : contextOccasion() ?? context.summary?.occasion
        let span = document.bodySpan(sentence.lowerBound, sentence.upperBound)
        var result: [ArticleFacts.Message] = []
        for clause in reportingClauses(sentence) {
            let words = clause.map { document.word($0) }
            guard let verbOffset = words.firstIndex(where: Self.reportingVerbs.contains) else { break }
            let verb = clause.lowerBound + verbOffset
            guard !isFirstPersonQuote(verb), !words[..<verbOffset].contains(where: Self.negations.contains), !speaksOfState(after: verb, in: clause) else { break }
            // The subject opens the clause and is the only actor before the verb.
            let before = actors(in: clause.lowerBound..<verb)
            guard before.count == 1, let sender = before.first, sender.isPerson, sender.name != recipient,
                  sender.start <= clause.lowerBound + 1, (sender.end..<verb).allSatisfy({ !tokens[$0].isCapitalized && tokens[$0].kind == .word }) else { break }
            result.append(ArticleFacts.Message(from: sender.name, to: recipient, kind: kind, occasion: occasion, start: span.start, end: span.end))
        }
        return result
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

    /// The first token of the descriptor before a person ("Kyrgyz President" in "Kyrgyz President Sadyr Japarov").
    func descriptorStart(_ start: Int, floor: Int) -> Int {
        var cursor = start
        // The phrase the leader rules tied the person to an office in ("Chairman of the Halk Maslahaty of Turkmenistan X").
        if let phrase = document.personPhrases.first(where: { $0.range.lowerBound < start && $0.range.contains(start) && $0.range.lowerBound >= floor }) {
            cursor = phrase.range.lowerBound
        }
        while cursor > floor {
            let previous = cursor - 1
            if let span = document.spanAt[previous].map({ document.spans[$0] }), span.entity.country != nil || span.entity.office != nil {
                cursor = span.start
            } else if let span = document.spanAt[previous].map({ document.spans[$0] }), case .organisation = span.entity, document.entity(at: cursor)?.entity.office != nil {
                // "UN Secretary-General A": the organisation whose officer the person is.
                cursor = span.start
            } else if ["the", "'s", "of", "leader", "counterpart"].contains(document.word(previous)) {
                cursor = previous
            } else if let office = bodyNameOffice(before: cursor, floor: floor) {
                // "Chairman of the Halk Maslahaty of Turkmenistan": a body's name the gazetteer does not know, after an office.
                cursor = office
            } else {
                break
            }
        }
        return cursor
    }

    /// The office entity that a run of capitalized words, "of" and "the" before `index` belongs to, if any.
    func bodyNameOffice(before index: Int, floor: Int) -> Int? {
        var cursor = index - 1
        guard cursor >= floor, tokens[cursor].isCapitalized, document.spanAt[cursor] == nil else { return nil }
        while cursor >= floor, cursor >= index - 6 {
            if let span = document.spanAt[cursor].map({ document.spans[$0] }), span.entity.office != nil { return span.start }
            guard tokens[cursor].isCapitalized && document.spanAt[cursor] == nil || ["of", "the"].contains(tokens[cursor].text) else { return nil }
            cursor -= 1
        }
        return nil
    }

    func isCountryCode(_ value: String) -> Bool { value.count == 3 && value == value.uppercased() && reference.data.country(value) != nil }

    func countryOf(person: String) -> String? {
        document.personCountries[person] ?? reference.office(of: person, on: document.publishedOn)?.country
    }

    /// A country recipient ("the people of Azerbaijan") is the context's recipient when that person is of that country.
    func resolveToContext(_ actor: Actor, context: Context) -> Actor {
        guard !actor.isPerson, let person = context.recipient, countryOf(person: person) == actor.name else { return actor }
        return Actor(name: person, start: actor.start, end: actor.end, isPerson: true)
    }

    /// The country of the dateline's place ("ASTANA. December 30. KAZINFORM"): the outlet's own country, whose
    /// "Head of State" an unqualified title means when the article names several presidents.
    func datelineCountry() -> String? {
        for span in document.entities(in: 0..<min(tokens.count, 3)) { if let code = span.entity.country { return code } }
        // No dateline: a first line that names one country only ("Ministry of Foreign Affairs of the Republic of Kazakhstan").
        if let first = document.paragraphs.first {
            let named = Set(document.entities(in: first).compactMap(\.entity.country))
            if named.count == 1 { return named.first }
        }
        return nil
    }

    /// The person the article is about: the first office-holder it names of the publisher's (dateline's) country
    /// ("Main events in the work of Foreign Minister of the Russian Federation Sergey Lavrov").
    func principal() -> (name: String, office: String)? {
        guard let country = datelineCountry(), let first = document.leaders.first(where: { $0.country == country }) else { return nil }
        return (first.name, first.office)
    }

    /// The head of state of the publisher's country: the dateline's, else that of the first office-holder the article names
    /// (a national agency's copy opens with its own leader: "President of the Republic of Uzbekistan A sent ...").
    func publisherHead() -> String? {
        guard let country = datelineCountry() ?? document.leaders.min(by: { $0.start < $1.start })?.country else { return nil }
        return articleHolder(office: "President", country: country) ?? reference.holder(office: "President", country: country, on: document.publishedOn)
    }

    /// The one person the article names with this office (and country, when given): "the Prime Minister".
    func articleHolder(office: String?, country: String?) -> String? {
        let holders = Set(document.leaders.filter { (office == nil || $0.office == office) && (country == nil || $0.country == country) }.map(\.name))
        return holders.count == 1 ? holders.first : nil
    }

    /// The token after any initials at `index` ("V.V." of "V.V. Putin", "Sh.M." of "Sh.M. Mirziyoyev").
    func afterInitials(_ index: Int) -> Int {
        var cursor = index
        while cursor + 1 < tokens.count, LeaderRules.isInitial(tokens[cursor]), tokens[cursor + 1].text == "." { cursor += 2 }
        return cursor
    }

    /// Persons, office-holders ("the President of Kazakhstan", "the Kazakh Head of State") and countries in a range.
    func actors(in range: Range<Int>) -> [Actor] {
        var result: [Actor] = []
        var index = range.lowerBound
        let date = document.publishedOn
        while index < range.upperBound {
            // A whole phrase naming a person with an office is that person.
            if let phrase = document.personPhrases.first(where: { $0.range.lowerBound == index && $0.range.upperBound <= range.upperBound }) {
                result.append(Actor(name: phrase.name, start: index, end: phrase.range.upperBound, isPerson: true))
                index = phrase.range.upperBound
                continue
            }
            // "The Minister sent a message to ..." in a chronicle of a minister's work: the article's principal, when a minister.
            if document.entity(at: index) == nil, tokens[index].text == "Minister", document.word(index - 1) == "the", document.word(index + 1) != "of",
               document.entity(at: index + 1) == nil, let principal = principal(), principal.office.hasSuffix("Minister") {
                result.append(Actor(name: principal.name, start: index - 1, end: index + 1, isPerson: true))
                index += 1
                continue
            }
            // "to Pope Francis", "Patriarch Kirill sent": a person known by a style and one name, written with the style.
            if document.spanAt[index] == nil, Self.styles.contains(tokens[index].text), index + 1 < range.upperBound, document.spanAt[index + 1] == nil,
               tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized, !tokens[index + 1].isAllCaps, tokens[index + 1].text.count > 2 {
                var end = index + 2
                // A regnal number: "Pope Benedict XVI".
                if end < range.upperBound, tokens[end].isAllCaps, tokens[end].text.allSatisfy({ "IVXL".contains($0) }) { end += 1 }
                result.append(Actor(name: (index..<end).map { tokens[$0].text }.joined(separator: " "), start: index, end: end, isPerson: true))
                index = end
                continue
            }
            // "to Georgia Governor Brian Kemp", "Mayor Sadiq Khan": a full name the reference does not know after a title that is no
            // office of the conventions.
            if document.spanAt[index] == nil, Self.otherTitles.contains(tokens[index].text), index + 1 < range.upperBound, document.spanAt[index + 1] == nil,
               let person = LeaderRules(document: document, reference: reference).newName(at: index + 1), !person.known, person.end <= range.upperBound {
                result.append(Actor(name: person.name, start: index, end: person.end, isPerson: true))
                index = person.end
                continue
            }
            // "the head of our state", "the leader of our country": the publisher's head of state.
            if document.spanAt[index] == nil, ["head", "leader"].contains(document.word(index)), document.word(index + 1) == "of", document.word(index + 2) == "our",
               ["state", "country", "republic"].contains(document.word(index + 3)), let holder = publisherHead() {
                result.append(Actor(name: holder, start: index, end: index + 4, isPerson: true))
                index += 4
                continue
            }
            guard let span = document.entity(at: index) else { index += 1; continue }
            switch span.entity {
            case let .person(name, _):
                result.append(Actor(name: name, start: span.start, end: span.end, isPerson: true))
            case let .office(office, plural: true):
                // "to the presidents of Kyrgyzstan and Uzbekistan": each country's holder (named in the article, else on the date).
                var cursor = span.end
                guard document.word(cursor) == "of" else { break }
                cursor += 1
                var listed: [Actor] = []
                while cursor < range.upperBound {
                    if document.word(cursor) == "the" { cursor += 1; continue }
                    guard let place = document.entity(at: cursor), let code = place.entity.country else { break }
                    let holder = articleHolder(office: office, country: code) ?? reference.holder(office: office, country: code, on: date)
                    listed.append(Actor(name: holder ?? code, start: place.start, end: place.end, isPerson: holder != nil, listed: true))
                    cursor = place.end
                    if [",", "and"].contains(document.word(cursor)) { cursor += 1 }
                    if document.word(cursor) == "and" { cursor += 1 }
                }
                if listed.count >= 2, document.entity(at: listed.last!.end)?.entity.person == nil, document.word(listed.last!.end) != "," || document.entity(at: listed.last!.end + 1)?.entity.person == nil {
                    result += listed
                    index = listed.last!.end
                    continue
                }
                // "the heads of state of X, Y and Z, A, B and C, respectively": the names after the countries are the
                // actors; the countries only describe them.
                if listed.count >= 2, document.word(listed.last!.end) == ",", document.entity(at: listed.last!.end + 1)?.entity.person != nil {
                    index = listed.last!.end
                    continue
                }
            case let .office(office, plural: false):
                // "his victory in the election of the President of Turkmenistan", "his election as President of X": the post
                // contested or taken, held by no one the sentence speaks of.
                if let end = postNamed(span) {
                    index = end
                    continue
                }
                // "Foreign Minister Vladimir Makei sent", "to Ambassador John Smith": a full name the reference does not know,
                // right after its office, is a person.
                if span.end < document.tokens.count, document.word(span.end) != "of", document.spanAt[span.end] == nil,
                   let person = LeaderRules(document: document, reference: reference).newName(at: span.end), !person.known, person.end <= range.upperBound {
                    result.append(Actor(name: person.name, start: span.start, end: person.end, isPerson: true))
                    index = person.end
                    continue
                }
                // "President of the European Commission Ursula von der Leyen", "the Chairman of the Federation Council, Sergei Mironov":
                // an office, a body's name, then a full name the reference does not know.
                if let person = nameAfterBody(of: span), person.end <= range.upperBound {
                    result.append(Actor(name: person.name, start: span.start, end: person.end, isPerson: true))
                    index = person.end
                    continue
                }
                // "the Prime Minister" alone: the one person the article names with that office.
                if document.word(span.start - 1) == "the", document.word(span.end) != "of", document.entity(at: span.end)?.entity.person == nil,
                   let holder = articleHolder(office: office, country: nil) ?? (["President", "Prime Minister"].contains(office) ? articleHolder(office: office, country: datelineCountry()) : nil) {
                    result.append(Actor(name: holder, start: span.start, end: span.end, isPerson: true))
                    index = span.end
                    continue
                }
                // "President of Kazakhstan" with no name after it: the holder on the article's date.
                var cursor = span.end
                if document.word(cursor) == "of" { cursor += 1 }
                if document.word(cursor) == "the" { cursor += 1 }
                if let place = document.entity(at: cursor), let code = place.entity.country, document.entity(at: afterInitials(place.end))?.entity.person == nil,
                   !(document.word(place.end) == "," && document.entity(at: place.end + 1)?.entity.person != nil) {
                    // The holder the article names with that office and country (Xi Jinping, whom the reference does not
                    // list), else the reference's holder on the date.
                    if let holder = articleHolder(office: office, country: code) ?? reference.holder(office: office, country: code, on: date) {
                        result.append(Actor(name: holder, start: span.start, end: place.end, isPerson: true))
                    } else {
                        result.append(Actor(name: code, start: span.start, end: place.end, isPerson: false))
                    }
                    index = place.end
                    continue
                }
            case .country(_, .capital) where (span.start == 0 || tokens[span.start].newlinesBefore > 0) && (tokens[span.start].isAllCaps || isDatelinePlace(span)):
                // A dateline's place ("MOSCOW, June 5 (Interfax) -", "Bishkek, Sept. 1 / AKIpress /") filed the news; it sends nothing.
                break
            case let .country(code, _):
                // "the leaders of Armenia, Azerbaijan and Belarus, A, B and C": the names after a list of countries are the
                // actors; the countries describe them.
                if let names = namesAfterCountryList(from: span, in: range) { index = names; continue }
                // "the head of the Russian state", "the head of the Kazakh government": the holder the article names, else on the date.
                if ["state", "government"].contains(document.word(span.end)), document.word(span.start - 1) == "the", document.word(span.start - 2) == "of",
                   document.word(span.start - 3) == "head", document.entity(at: span.end + 1)?.entity.person == nil {
                    let office = document.word(span.end) == "state" ? "President" : "Prime Minister"
                    if let holder = articleHolder(office: office, country: code) ?? reference.holder(office: office, country: code, on: date) {
                        result.append(Actor(name: holder, start: span.start - 3, end: span.end + 1, isPerson: true))
                        index = span.end + 1
                        continue
                    }
                }
                // "the Kazakh Head of State", "Kazakhstan's President" with no name after it.
                var cursor = span.end
                if document.word(cursor) == "'s" { cursor += 1 }
                while LeaderRules.titleFillers.contains(tokens[min(cursor, tokens.count - 1)].text), cursor < range.upperBound { cursor += 1 }
                if let title = document.entity(at: cursor), let office = title.entity.office {
                    if document.entity(at: afterInitials(title.end))?.entity.person != nil { index = title.end; continue }
                    if let holder = articleHolder(office: office, country: code) ?? reference.holder(office: office, country: code, on: date) {
                        result.append(Actor(name: holder, start: span.start, end: title.end, isPerson: true))
                        index = title.end
                        continue
                    }
                }
                // "the Russian leader" with no name: the one leader of that country the article names.
                // When the article names several of that country's office-holders ("Putin" and "Foreign Minister Lavrov"), the
                // leader is its head of state, else its head of government.
                // With no office-holder of that country, the person the article calls its leader ("Belarusian leader Alexander
                // Lukashenko", a title that ties no office), else its head of state on the date.
                if ["leader", "head"].contains(document.word(cursor)), document.entity(at: cursor + 1)?.entity.person == nil,
                   document.word(cursor + 1) != "of", let holder = articleHolder(office: nil, country: code)
                    ?? articleHolder(office: "President", country: code) ?? articleHolder(office: "Prime Minister", country: code)
                    ?? personCalledLeader(of: code) ?? reference.holder(office: "President", country: code, on: date) {
                    result.append(Actor(name: holder, start: span.start, end: cursor + 1, isPerson: true))
                    index = cursor + 1
                    continue
                }
                // "the Armenian foreign minister" in lower case, with no name: the holder the article names, else the country.
                if let (office, end) = lowercaseOffice(at: cursor), document.entity(at: end)?.entity.person == nil {
                    let holder = articleHolder(office: office, country: code)
                    result.append(Actor(name: holder ?? code, start: span.start, end: end, isPerson: holder != nil))
                    index = end
                    continue
                }
                // A country right before a person is that person's descriptor ("Russian President Vladimir Putin",
                // "his Uzbek counterpart Shavkat Mirziyoyev", "Belarusian leader Alexander Lukashenko").
                if ["counterpart", "leader", "colleague"].contains(document.word(cursor)) { cursor += 1 }
                // "Turkmenistan's leaders, President A and ...": the country describes the persons in apposition.
                // "to the Armenian leadership: President A and Prime Minister B" likewise.
                if Self.groupNouns.contains(document.word(cursor)), [",", ":"].contains(document.word(cursor + 1)), personInApposition(after: cursor + 1) {
                    index = span.end
                    continue
                }
                if document.entity(at: afterInitials(cursor))?.entity.person == nil {
                    result.append(Actor(name: code, start: span.start, end: span.end, isPerson: false))
                }
            case .organisation: break
            }
            index = span.end
        }
        return result
    }

    /// The one person the article names right after the country's adjective and "leader" ("Belarusian leader Alexander Lukashenko").
    func personCalledLeader(of code: String) -> String? {
        let named = Set(document.spans.compactMap { span -> String? in
            guard span.entity.country == code, document.word(span.end) == "leader" else { return nil }
            return document.entity(at: span.end + 1)?.entity.person
        })
        return named.count == 1 ? named.first : nil
    }

    /// The full name the reference does not know after an office's body ("Chairman of the Cabinet of Ministers Akylbek Japarov",
    /// "of the European Commission Ursula von der Leyen", "of the Federation Council, Sergei Mironov"): the body's capitalized
    /// words (an organisation's name among them) hold an institution's noun, or a region's ("of the Republic of Tatarstan"),
    /// and the name closes the run.
    func nameAfterBody(of office: EntitySpan) -> (name: String, end: Int)? {
        guard document.word(office.end) == "of" else { return nil }
        var cursor = office.end + 1
        if document.word(cursor) == "the" { cursor += 1 }
        var institution = false
        let leaders = LeaderRules(document: document, reference: reference)
        while cursor < min(tokens.count, office.end + 10) {
            if let span = document.entity(at: cursor), case .organisation = span.entity {
                institution = true
                cursor = span.end
            } else if tokens[cursor].kind == .word, tokens[cursor].isCapitalized, document.spanAt[cursor] == nil,
                      LeaderRules.institutionWords.contains(tokens[cursor].text) || Self.regionWords.contains(tokens[cursor].text) {
                institution = true
                cursor += 1
            } else if institution, tokens[cursor].kind == .word && tokens[cursor].isCapitalized || document.word(cursor) == ",", document.spanAt[cursor] == nil {
                let start = document.word(cursor) == "," ? cursor + 1 : cursor
                // The name follows the body's last word or its comma, not "of" inside the body ("Cabinet of Ministers").
                if tokens[start - 1].isCapitalized || document.word(start - 1) == ",", let person = leaders.newName(at: start), !person.known,
                   person.end >= tokens.count || !tokens[person.end].isCapitalized || tokens[person.end].kind != .word { return (person.name, person.end) }
                cursor += 1
            } else if ["of", "the"].contains(document.word(cursor)) || tokens[cursor].isCapitalized && tokens[cursor].kind == .word {
                cursor += 1
            } else {
                return nil
            }
        }
        return nil
    }

    /// Nouns of a region inside a state, which a regional office's body names like an institution ("President of the Republic of
    /// Tatarstan A", "Governor of the Leningrad Region B"); a state's own name ("the Republic of Korea") is the gazetteer's.
    static let regionWords: Set<String> = ["Republic", "Region", "Oblast", "Province", "Krai", "Territory", "Governorate", "Canton", "Prefecture"]

    /// Nouns of a post contested or taken ("the election of the President", "his candidacy for President of").
    static let postNouns: Set<String> = ["election", "elections", "post", "office", "candidate", "candidacy", "race", "seat", "position", "elected", "re-elected"]

    /// The end of an office named as a post ("the election of the President of X", "elected President of X", "his election as
    /// President"), with its country, or nil when the office stands for its holder.
    func postNamed(_ office: EntitySpan) -> Int? {
        var before = office.start - 1
        if document.word(before) == "the" { before -= 1 }
        if ["of", "for", "as"].contains(document.word(before)) { before -= 1 }
        guard Self.postNouns.contains(document.word(before)) else { return nil }
        var end = office.end
        if document.word(end) == "of" { end += 1 }
        if document.word(end) == "the" { end += 1 }
        if let place = document.entity(at: end), place.entity.country != nil { return place.end }
        return office.end
    }

    /// Whether a person follows the comma at `comma` with only descriptors between ("the President", "Chairman of").
    func personInApposition(after comma: Int) -> Bool {
        var cursor = comma + 1
        while cursor < min(tokens.count, comma + 10) {
            guard let span = document.entity(at: cursor) else {
                guard ["the", "of"].contains(document.word(cursor)) else { return false }
                cursor += 1
                continue
            }
            if span.entity.person != nil { return true }
            guard span.entity.office != nil || span.entity.country != nil else { return false }
            cursor = span.end
        }
        return false
    }

    /// The first name after a list of two or more countries joined by commas and "and", a comma, then as many persons
    /// ("of Armenia, Azerbaijan and Belarus, Armen Sarkissian, Ilham Aliyev and Alexander Lukashenko"), or nil.
    func namesAfterCountryList(from first: EntitySpan, in range: Range<Int>) -> Int? {
        var count = 1
        var cursor = first.end
        while cursor < range.upperBound, [",", "and"].contains(document.word(cursor)) {
            let next = document.word(cursor + 1) == "and" ? cursor + 2 : cursor + 1
            guard let place = document.entity(at: next), place.entity.country != nil else { break }
            count += 1
            cursor = place.end
        }
        guard count >= 2, document.word(cursor) == ",", cursor + 1 < range.upperBound else { return nil }
        var names = 0
        var probe = cursor + 1
        while probe < range.upperBound, let person = document.entity(at: probe), person.entity.person != nil {
            names += 1
            probe = person.end
            guard [",", "and"].contains(document.word(probe)) else { break }
            probe += document.word(probe + 1) == "and" ? 2 : 1
        }
        return names == count ? cursor + 1 : nil
    }

    /// Whether a place opening a line is followed by a date ("Bishkek, Sept. 1", "Astana, 5 March", "Baku, 20.03.2023"):
    /// a dateline, whatever its case.
    func isDatelinePlace(_ span: EntitySpan) -> Bool {
        var cursor = span.end
        if document.word(cursor) == "," || document.word(cursor) == "." { cursor += 1 } else { return false }
        guard cursor < tokens.count else { return false }
        if DateWords.month(tokens[cursor]) != nil { return true }
        return tokens[cursor].kind == .number && cursor + 1 < tokens.count && (DateWords.month(tokens[cursor + 1]) != nil || tokens[cursor + 1].text == ".")
    }

    /// Offices written in lower case after a country word ("the Armenian foreign minister", "the Kazakh head of state").
    static let lowercaseOffices: [(words: [String], office: String)] = [
        (["foreign", "minister"], "Foreign Minister"), (["minister", "of", "foreign", "affairs"], "Foreign Minister"),
        (["prime", "minister"], "Prime Minister"), (["head", "of", "state"], "President"), (["president"], "President"),
        (["head", "of", "government"], "Prime Minister"), (["defence", "minister"], "Defence Minister"), (["defense", "minister"], "Defence Minister"),
        (["speaker"], "Speaker"), (["vice", "president"], "Vice President"), (["vice", "-", "president"], "Vice President"),
    ]

    func lowercaseOffice(at index: Int) -> (office: String, end: Int)? {
        guard index < tokens.count, !tokens[index].isCapitalized else { return nil }
        for (words, office) in Self.lowercaseOffices where (0..<words.count).allSatisfy({ document.word(index + $0) == words[$0] }) {
            return (office, index + words.count)
        }
        return nil
    }

    /// "his Armenian colleague", "her Kyrgyz counterpart" with no name: the person in that country who holds the
    /// sender's office (named in the article, else on the reference's date), else the country.
    func counterpart(of sender: String, in country: String) -> String {
        guard let office = document.leaders.first(where: { $0.name == sender })?.office ?? reference.office(of: sender, on: document.publishedOn)?.office
        else { return country }
        return articleHolder(office: office, country: country) ?? reference.holder(office: office, country: country, on: document.publishedOn) ?? country
    }

    func messages(in sentence: Range<Int>, context: Context) -> [ArticleFacts.Message] {
        // Quoted words are the content of a message or a speech, not a report of one: a sentence that opens with the
        // quotation ("'I congratulate you ...,' A's message to B said") reports the message after it.
        guard let trigger = sentence.first(where: { triggers[$0] && !isFirstPersonQuote($0) }) ?? firstTrigger(in: sentence) else { return [] }
        let triggerOffset = trigger - sentence.lowerBound
        let words = sentence.map { document.word($0) }
        if isFirstPersonQuote(trigger) { return [] }
        // "asked the guests to convey his greetings to B": greetings to be passed on by word of mouth, not a message sent.
        if let ask = words[..<triggerOffset].lastIndex(where: { ["asked", "asks", "ask", "requested", "requests"].contains($0) }),
           words[ask..<triggerOffset].contains(where: { ["convey", "pass", "relay", "transmit"].contains($0) }) { return [] }
        // "the message reads", "the message of the head of state reads" introduce the content of a message already reported.
        var afterMedium = trigger + 1
        // "the congratulatory message reads": the medium after its kind.
        if Self.kindWords[document.word(trigger)] != nil, Self.mediumWords.contains(document.word(afterMedium)) { afterMedium += 1 }
        if document.word(afterMedium) == "of" {
            afterMedium += 1
            while afterMedium < min(sentence.upperBound, trigger + 10), document.word(afterMedium) == "the" || document.word(afterMedium) == "of" || document.spanAt[afterMedium] != nil { afterMedium += 1 }
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
        let kind = words.compactMap { Self.kindWords[$0] }.min { priority($0) < priority($1) } ?? (ownTopic || namesLetter ? "letter" : contextKind() ?? context.summary?.kind ?? context.kind ?? "letter")
        // "a New Year greeting message", "Independence Day congratulations": the occasion names the message itself.
        let named = occasion(in: max(sentence.lowerBound, trigger - 3)..<trigger)
        var occasion = kind == "condolence" ? nil : (statedOccasion(in: sentence) ?? named ?? anniversaryOccasion(in: sentence)
            ?? (ownTopic || !statesKind && namesTopic(after: trigger, in: sentence) ? nil : context.summary?.occasion ?? paragraphOccasion(of: sentence) ?? contextOccasion()))
        // "congratulated the people of Kyrgyzstan on the national holiday" in an article about Independence Day, "on the jubilee"
        // in one about the 30th anniversary of independence, or after "On 3 July, Belarus celebrated Independence Day": the
        // definite generic name refers to the holiday the paragraph, else the article, is about.
        let generic: Set<String?> = ["national holiday", "anniversary", "election victory", "birthday", nil]
        // "on the 105th anniversary of the proclamation of the Azerbaijan Democratic Republic" in an article about Independence Day:
        // a state's founding is the holiday the article names.
        if occasion == "national holiday" || occasion == "anniversary", Self.namesGenericOccasion(words) || statesFounding(in: sentence),
           let specific = [paragraphOccasion(of: sentence), contextOccasion()].first(where: { !generic.contains($0) }) ?? nil {
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
        let all = actors(in: sentence).filter { !isFirstPersonQuote($0.start) }
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

        // "A and B exchanged congratulatory messages" / "A exchanged messages with B".
        if let exchange = words.firstIndex(where: { $0.hasPrefix("exchang") }).map({ sentence.lowerBound + $0 }), exchange < trigger || words[triggerOffset] == "messages" || isPassive(exchange) {
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
            if parties.isEmpty, let unnamed = unnamedParties(of: exchange, in: sentence, context: context) { parties = unnamed }
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
           descriptorStart(sender.start, floor: from + 1) <= from + 2 || from < trigger + 4 && document.word(from) == "from"
               // ... but within the phrase: "from heads of state ... on the occasion of X, the President's Office reports" ends
               // at the comma, and a person after it belongs to another clause ...
               && (!((from + 1)..<descriptorStart(sender.start, floor: from + 1)).contains(where: { [",", ";"].contains(document.word($0)) })
                   // ... unless the comma opens some members of the group it names ("from foreign leaders, including A and B").
                   || groupMembers(after: from, reaching: sender)) {
            // The recipient is the subject ("B received a message from A"), else follows "to" ("greetings from A were
            // conveyed to B"), else is the one the article is about.
            // "Letters from A, B and C were delivered to D": every sender listed.
            var senders = [sender]
            var cursor = sender.end
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
                // Each sender may be named with an office ("and Chairman of the Halk Maslahaty of Turkmenistan B").
                guard let next = all.first(where: { $0.isPerson && $0.start >= cursor && $0.start <= cursor + 10 }),
                      descriptorStart(next.start, floor: cursor) <= cursor
                        || (cursor..<next.start).allSatisfy({ document.entity(at: $0) != nil || ["the", "of"].contains(document.word($0)) || document.spanAt[$0] != nil }) else { break }
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
            let recipient = (after ?? before ?? all.first { actor in actor.start < trigger && actor.isPerson && !senders.contains { $0.name == actor.name } }
                ?? all.first { actor in actor.start < trigger && !senders.contains { $0.name == actor.name } })?.name ?? context.recipient
            return recipient.map { target in senders.filter { $0.name != target }.map { message($0.name, target) } } ?? []
        }

        // "B was congratulated by A": the passive's subject is the recipient (persons only; a state congratulated is no message).
        let passiveObject = isPassiveObjectVerb(trigger)
        let recipients = passiveObject ? all.filter { $0.isPerson && $0.end <= trigger } : self.recipients(after: trigger, in: sentence, actors: all).map { actor in
            // "wished the brotherly people of Azerbaijan peace", "sent messages wishing the fraternal people of Tajikistan peace": the
            // people stand for the leader the message went to.
            (max(trigger, actor.start - 6)..<actor.start).contains { Self.addressingWords.contains(document.word($0)) }
                || document.word(actor.start - 1) == "of" && Self.recipientVerbs.contains(document.word(trigger))
                ? resolveToContext(actor, context: context) : actor
        }
        let recipientStarts = Set(recipients.map(\.start))
        // Recipients named as the sender's counterpart in a country ("his Armenian colleague").
        let counterparts = Set(recipients.filter { !$0.isPerson && ["counterpart", "colleague"].contains(document.word($0.end)) }.map(\.name))

        // "Congratulations were also sent by A and B (to C)": the senders follow "by".
        if let by = passiveAgent(after: trigger, in: sentence) {
            var senders: [Actor] = []
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
                } else if joint == ",", let last = senders.last, isListGap(last.end..<actor.start) {
                    if commaFrom == nil { commaFrom = senders.count }
                    senders.append(actor)
                } else { break }
            }
            if let commaFrom, !closed { senders = Array(senders.prefix(commaFrom)) }
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
        for actor in candidates {
            let joint = document.word(descriptorStart(actor.start, floor: sentence.lowerBound) - 1)
            if senders.isEmpty || joint == "and" {
                senders.append(actor)
                if joint == "and" { closed = true; break }
            } else if joint == ",", let last = senders.last, isListGap(last.end..<descriptorStart(actor.start, floor: sentence.lowerBound)) {
                if commaFrom == nil { commaFrom = senders.count }
                senders.append(actor)
            } else { break }
        }
        if let commaFrom, !closed { senders = Array(senders.prefix(commaFrom)) }
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
            while !closed, [",", "and"].contains(document.word(cursor)) || isAsWellAs(cursor) {
                if isAsWellAs(cursor) { cursor += 2 }
                closed = document.word(cursor) == "and" || document.word(cursor) == "as"
                cursor += 1
                if document.word(cursor) == "and" { closed = true; cursor += 1 }
                guard let next = all.first(where: { $0.isPerson && $0.start >= cursor && $0.start <= cursor + 4 }),
                      (cursor..<next.start).allSatisfy({ document.spanAt[$0] != nil || ["-", ":", "the", "of"].contains(document.word($0)) }),
                      !recipientNames.contains(next.name) else { closed = false; break }
                if !listed.contains(where: { $0.name == next.name }) { listed.append(next) }
                cursor = next.end
            }
            // As for recipients, an asyndetic list of three or more closes at the sentence's end.
            if !closed, listed.count >= 3, cursor >= sentence.upperBound || [".", ";"].contains(document.word(cursor)) { closed = true }
            if closed { senders = listed }
        }
        // The context fills in one side only: a sender when the sentence names the recipient ("In the message to
        // President X, the head of the Russian state wished ..."), a recipient when it names the sender.
        var inherited: String?
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
        if targets.isEmpty {
            // "A informed B of the decision in a letter": the object between the subject and the trigger.
            if let first = senders.first, let object = all.first(where: { actor in actor.start > first.end && actor.start < trigger && !senders.contains(actor)
                && (max(first.end, actor.start - 12)..<actor.start).contains { Self.objectVerbs.contains(document.word($0)) } }) {
                targets = [object.name]
            } else if words[..<triggerOffset].contains(where: Self.replyWords.contains), let replied = context.sender, !senders.contains(where: { $0.name == replied }) {
                // "B replied two days later with a letter of his own", "In response, B sent a message": to the sender of the
                // message before.
                targets = [replied]
            } else if case let to = (trigger..<min(sentence.upperBound, trigger + 10)).first(where: { isRecipientTo($0) && !isRecalled($0) }),
                      to.map({ isAnaphoricRecipient($0, actors: all) }) ?? true, let contextRecipient = context.recipient,
                      words.contains(where: { ["message", "messages", "letter", "letters", "telegram", "telegrams", "greetings", "congratulations", "condolences"].contains($0) }) {
                // "Belarusian leader A also sent condolences": to the recipient of the message before.
                // In an article about the messages one person received ("Leaders continue to send congratulations to A"), other
                // senders ("B and C sent telegrams as well") write to that person, not to whoever a side message went to
                // ("D sent congratulations to A's prime minister").
                let others = to == nil && context.addressee != nil && !senders.isEmpty && !senders.contains { $0.name == context.sender }
                targets = [others ? context.addressee! : contextRecipient]
            }
        }
        // "The Russian Ambassador congratulated Kyrgyzstan on the event" in an article that is not about messages: a state
        // congratulated with no written medium is a statement or a visit, not a message (a leader or "the people of X" in a
        // telegram or a message is one).
        // A people addressed ("addressed greetings to the peoples of Belarus and Russia") is the country as the conventions
        // write an addressee with no person, not a state congratulated at a visit.
        let addressesPeople = recipients.contains { ["people", "peoples", "nation", "nations", "citizens"].contains(document.word($0.start - 2)) && document.word($0.start - 1) == "of" }
        if !isWritten, !addressesPeople, contextKind() == nil, context.kind == nil { targets = targets.filter { !isCountryCode($0) } }
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

    /// Whether an "on" after a message word names what the message is about, not its occasion or its date ("sent a letter to B
    /// on the progress of the debt-for-property agreement", "a message to B on the results of the talks"; not "on Independence
    /// Day", "on his re-election", "on 3 April", "on the holiday", "on the occasion of", "on behalf of", "on the eve of"): then a
    /// message of no stated kind takes no occasion from other sentences.
    func namesTopic(after trigger: Int, in sentence: Range<Int>) -> Bool {
        guard let on = ((trigger + 1)..<min(sentence.upperBound, trigger + 14)).first(where: { document.word($0) == "on" && quotation(containing: $0) == nil }),
              ["the", "a", "an"].contains(document.word(on + 1)), on + 2 < sentence.upperBound else { return false }
        let noun = tokens[on + 2]
        guard noun.kind == .word, !noun.isCapitalized, !["occasion", "eve", "day", "holiday", "holidays", "celebration", "jubilee", "festival", "feast", "behalf", "sidelines"].contains(noun.lower) else { return false }
        let phrase = (on + 1)..<(((on + 1)..<sentence.upperBound).first { [",", ";", ".", "and"].contains(document.word($0)) } ?? sentence.upperBound)
        return occasion(in: phrase) == nil && anniversaryOccasion(in: phrase) == nil && !phrase.contains { DateWords.month(tokens[$0]) != nil || tokens[$0].kind == .number }
    }

    /// The thanking verb and the "for" of a message thanked for ("thanked B for the birthday greetings"), with the verb that says
    /// the message was sent after it ("... that B had sent on 7 October"), if any, or nil when the message at `trigger` is no
    /// object of thanks.
    func thanksFor(_ trigger: Int, in sentence: Range<Int>) -> (verb: Int, for: Int, sent: Int?)? {
        guard let preposition = (max(sentence.lowerBound, trigger - 4)..<trigger).last(where: { document.word($0) == "for" }),
              ((preposition + 1)..<trigger).allSatisfy({ tokens[$0].kind == .word }),
              let verb = (sentence.lowerBound..<preposition).last(where: { ["thanked", "thanks", "thanking", "grateful", "gratitude"].contains(document.word($0)) }) else { return nil }
        var sent: Int?
        for index in (trigger + 1)..<min(sentence.upperBound, trigger + 16) {
            let word = document.word(index)
            if [";", ".", "\""].contains(word) || word == "," && ["and", "but", "while"].contains(document.word(index + 1)) { break }
            if ["sent", "addressed", "dispatched", "written"].contains(word) { sent = index; break }
        }
        return (verb, preposition, sent)
    }

    /// The persons of a clause that repeats the event before it for them (", as did A and B", ", and so did A"), after `index`.
    func repeaters(after index: Int, in sentence: Range<Int>, actors: [Actor]) -> [Actor] {
        guard let did = (min(index + 2, sentence.upperBound)..<sentence.upperBound).first(where: { document.word($0) == "did" && quotation(containing: $0) == nil
            && (document.word($0 - 1) == "as" && document.word($0 - 2) == "," || document.word($0 - 1) == "so" && document.word($0 - 2) == "and") }) else { return [] }
        return actors.filter { $0.isPerson && $0.start > did }
    }

    /// Whether the paragraph or the title around a sentence says the exchange was spoken (a call, a meeting).
    func spokenContext(of sentence: Range<Int>) -> Bool {
        let paragraph = document.paragraph(containing: sentence.lowerBound)
        let titleWords = Tokenizer.tokenize(MatchText(document.title ?? "").scalars).map(\.lower)
        let spokenMedium: Set<String> = ["phone", "telephone", "call", "conversation", "talks", "meeting", "phoned", "telephoned"]
        return paragraph.contains { (spokenMedium.contains(document.word($0)) || calls($0)) && !isRecalled($0) } || titleWords.contains(where: spokenMedium.contains)
    }

    /// Whether token `index` is a verb of calling whose object is a person ("Aliyev called Erdogan", "rang his counterpart", "called
    /// the Kazakh leader"; not "called for", "so-called", nor "called Kazakhstan a fraternal country").
    func calls(_ index: Int) -> Bool {
        guard ["called", "rang"].contains(document.word(index)) else { return false }
        var object = index + 1
        if document.word(object) == "the" { object += 1 }
        if ["his", "her"].contains(document.word(object)) { return true }
        guard let span = document.entity(at: object) else { return false }
        if span.entity.person != nil || span.entity.office != nil { return true }
        return span.entity.country != nil && (document.entity(at: span.end)?.entity.office != nil || ["leader", "counterpart", "colleague"].contains(document.word(span.end)))
    }

    /// Whether the "at" at token `index` places the words at an event ("at the start of the summit", "at the forum"), not an
    /// election the message is about ("on his re-election at the party congress") nor an event by its name ("at the 20th Congress").
    func isAtEvent(_ index: Int) -> Bool {
        guard document.word(index) == "at", !(max(0, index - 4)..<index).contains(where: { Self.postWonWords.contains(document.word($0)) }) else { return false }
        for next in (index + 1)..<min(tokens.count, index + 7) {
            if Self.events.contains(tokens[next].text) { return true }
            if tokens[next].kind != .word { return false }
        }
        return false
    }

    /// Whether words of a sentence that opens at token `start` (the sentence's words, or a prefix of them) say that what they report
    /// was spoken: on the phone, in a speech or remarks, at a meeting or an event.
    /// An event named in what the message says ("Putin wrote that the agreements reached at the summit ...") is its content.
    func saysSpoken(_ words: ArraySlice<String>, from start: Int, besides: Set<String> = []) -> Bool {
        let content = words.indices.first { Self.clauseBreaks.contains(words[$0]) || words[$0] == "that" } ?? words.endIndex
        return words.indices.contains { offset in
            !besides.contains(words[offset]) && (Self.spoken.contains(words[offset]) || calls(start + offset) || offset < content && isAtEvent(start + offset))
        }
    }

    /// Whether a verb of recalling comes before token `index` in its sentence ("recalling their meeting in Paris"): the word
    /// is what the message recalls.
    func isRecalled(_ index: Int) -> Bool {
        let sentence = document.sentence(containing: index)
        return (sentence.lowerBound..<index).contains { Self.recallVerbs.contains(document.word($0)) }
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

    /// Whether token `index` is a "to" that introduces a recipient ("to the leaders of", "to President X",
    /// "to his counterpart"), not an infinitive ("to develop").
    func isRecipientTo(_ index: Int) -> Bool {
        // "during the state visit to Tashkent", "his trip to Moscow", "according to the ministry": no addressee.
        // "a letter of thanks to B" names its addressee: "thanks" there is the letter's noun, not "thanks to".
        guard document.word(index) == "to", index + 1 < tokens.count,
              !Self.nonAddresseeWords.contains(document.word(index - 1)) || document.word(index - 1) == "thanks" && document.word(index - 2) == "of" else { return false }
        let next = tokens[index + 1]
        return next.isCapitalized || next.text == "\"" || ["the", "his", "her", "their", "its", "all", "leaders", "people", "heads"].contains(next.lower)
    }

    /// Full names the reference does not know, right after "to" and closed by "and", in apposition with what they are ("to
    /// Raul Khajimba and Leonid Tibilov, the leaders of Abkhazia and South Ossetia"; "to Hakainde Hichilema, the head of state").
    func unknownNamesInApposition(at start: Int, in sentence: Range<Int>) -> [Actor]? {
        let leaders = LeaderRules(document: document, reference: reference)
        var names: [Actor] = []
        var cursor = start
        while cursor < sentence.upperBound, document.spanAt[cursor] == nil, let person = leaders.newName(at: cursor), !person.known {
            names.append(Actor(name: person.name, start: cursor, end: person.end, isPerson: true))
            cursor = person.end
            guard document.word(cursor) == "and" else { break }
            cursor += 1
        }
        guard !names.isEmpty, document.word(cursor) == ",", document.word(cursor + 1) == "the" else { return nil }
        let role = cursor + 2
        guard document.entity(at: role)?.entity.office != nil || ["leader", "leaders", "head", "heads", "presidents"].contains(document.word(role)) else { return nil }
        return names
    }

    /// Whether the "to" at `index` addresses one person by a possessive and a common noun, naming no one ("to his neighbour",
    /// "to her counterpart"): the person the message before went to.
    func isAnaphoricRecipient(_ index: Int, actors: [Actor]) -> Bool {
        guard ["his", "her"].contains(document.word(index + 1)), index + 2 < tokens.count, tokens[index + 2].kind == .word, !tokens[index + 2].isCapitalized,
              !document.word(index + 2).hasSuffix("s") else { return false }
        return !actors.contains { $0.start > index && $0.start <= index + 4 }
    }

    /// Words after which "to" names no addressee: of going somewhere ("the state visit to Tashkent") and of compound
    /// prepositions ("according to the Turkish Communications Directorate", "thanks to").
    static let nonAddresseeWords: Set<String> = ["visit", "visits", "trip", "trips", "travel", "travels", "travelled", "traveled", "journey", "flight", "flew", "return", "returned",
                                           "according", "due", "owing", "thanks", "prior", "contrary", "addition", "regard"]

    /// Actors after "to" (a list joined by commas and "and"), or the object of "congratulated", "addressing"; with `continued`,
    /// the actors right after `trigger`, a list that goes on without its "to".
    func recipients(after trigger: Int, in sentence: Range<Int>, actors: [Actor], continued: Bool = false) -> [Actor] {
        var cursor = trigger + 1
        if !continued, !Self.recipientVerbs.contains(document.word(trigger)) {
            // The recipient phrase may follow a long occasion ("sent congratulatory messages on the occasion of the
            // International Day of X to A, B and C"): "to" belongs to this message until the next clause.
            let window = min(sentence.upperBound, trigger + 18)
            // "sent a telegram congratulating A", "a message wishing A success", "a letter thanking A": the participle that
            // modifies the medium takes the addressee as its object, like "to".
            while cursor < window, !isRecipientTo(cursor), !(cursor <= trigger + 2 && Self.addressingParticiples.contains(document.word(cursor))) {
                // "a message in which he recalled his visits to Ankara": what the message recalls names no recipient.
                if Self.clauseBreaks.contains(document.word(cursor)) || Self.recallVerbs.contains(document.word(cursor)) { return [] }
                if cursor >= trigger + 10, [",", "which", "who", "that", "while", "but", "and"].contains(document.word(cursor)) { return [] }
                // ", and Y travelled to ...": another clause; ", expressing readiness to ..." says what the message said.
                if document.word(cursor) == ",", ["and", "but", "while", "which", "who", "whereas"].contains(document.word(cursor + 1)) || isParticipleClause(after: cursor) { return [] }
                cursor += 1
            }
            guard cursor < window else { return [] }
            cursor += 1
            if let named = unknownNamesInApposition(at: cursor, in: sentence) { return named }
        }
        if let group = leadersNamedBefore(at: cursor, in: sentence, subjects: actors.filter { $0.isPerson && $0.end <= trigger }) {
            return group.leaders + recipientsAlso(after: group.end, in: sentence, actors: actors)
        }
        let filler: Set<String> = ["to", "the", "of", "'s", "\"", "his", "her", "their", "its", "leaders", "leader", "people", "peoples", "counterpart", "counterparts", "colleague", "mr", "mrs", "ms", "all",
                                   ":", "heads", "head", "state", "states", "government", "governments", "countries", "presidents", "member"]
        var result: [Actor] = []
        var skipped = 0
        var last = false
        // Persons listed with commas ("to A, B, C and D") are a list only when "and" closes it; otherwise the comma
        // ends the recipient phrase ("In his message to A, B noted").
        var commaListFrom: Int?
        var closed = false
        while cursor < sentence.upperBound, skipped < 6 {
            // "to Boris Yeltsin and Mikhail Gorbachev": a full name the reference does not know, closing a list of persons
            // after "and", is a person too.
            if last, result.last?.isPerson == true, document.spanAt[cursor] == nil, bodyNameOffice(before: cursor + 1, floor: sentence.lowerBound) == nil,
               let person = LeaderRules(document: document, reference: reference).newName(at: cursor), !person.known,
               person.end >= sentence.upperBound || [".", ",", ";", "on", "in", "for", "with"].contains(document.word(person.end)) {
                result.append(Actor(name: person.name, start: cursor, end: person.end, isPerson: true))
                cursor = person.end
                closed = true
                break
            }
            if let actor = actors.first(where: { $0.start == cursor }) {
                // "to the National Leader of the Turkmen people, Chairman of the Halk Maslahaty B": a people that completes a title
                // in apposition with the person who holds it describes the person.
                if !actor.isPerson, let comma = titleComplementBeforeApposition(actor, actors: actors) { cursor = comma + 1; continue }
                // An apposition naming the same person again ("to Ilham Aliyev, President of Azerbaijan").
                if !result.contains(where: { $0.name == actor.name }) { result.append(actor) }
                cursor = actor.end
                // A list goes on after "and" (which brings its last item), or after a comma when another actor follows.
                if last { closed = true; break }
                // "to A, who thanked him for the support, and B": a relative clause about one recipient.
                if let resumed = afterRelativeClause(cursor, in: sentence) { cursor = resumed }
                let next = document.word(cursor)
                if next == "and" { cursor += 1; last = true; continue }
                // "to the President of Azerbaijan, Ilham Aliyev, and the President of Armenia, Armen Sarkissian": a comma
                // before the closing "and".
                if next == ",", document.word(cursor + 1) == "and" {
                    // ", and B said he would reply": another clause, whose subject B is, not the list's last item.
                    if let following = actors.first(where: { $0.start >= cursor + 2 && $0.start <= cursor + 8 }), following.end < sentence.upperBound,
                       tokens[following.end].kind == .word, !tokens[following.end].isCapitalized,
                       !["on", "for", "in", "over", "at", "with", "of", "respectively", "and", "who", "whose", "which"].contains(document.word(following.end)) { break }
                    cursor += 2; last = true; continue
                }
                if next == ",", !actor.isPerson || actor.listed { cursor += 1; continue }
                if next == ",", actor.isPerson, let listed = nextListedPerson(after: cursor, in: sentence, actors: actors) {
                    if commaListFrom == nil { commaListFrom = result.count }
                    cursor = listed.start
                    continue
                }
                break
            }
            if let org = document.entity(at: cursor), case .organisation = org.entity {
                // "to Secretary-General of the SCO Vladimir Norov": the organisation describes the person after it.
                if actors.contains(where: { $0.start == org.end && $0.isPerson }) { cursor = org.end; continue }
                // "to the heads of the CIS states: A, B and C", "to the leaders of the SCO countries, including A and B":
                // the organisation modifies the noun after it. The list follows a colon or a word that introduces members;
                // without one the phrase names no one ("to leaders of the CIS countries, the Kremlin said").
                if result.isEmpty, Self.memberNouns.contains(document.word(org.end)) {
                    var after = org.end
                    while Self.memberNouns.contains(document.word(after)) { after += 1 }
                    if document.word(after) == ":" { cursor = after + 1; continue }
                    if let list = afterListIntroducer(document.word(after) == "," ? after + 1 : after) { cursor = list; continue }
                    return result + recipientsAlso(after: after, in: sentence, actors: actors)
                }
                return result
            }
            if filler.contains(document.word(cursor)) || document.entity(at: cursor)?.entity.office != nil { cursor += 1; continue }
            // "and to Turkmenistan's leaders, President A and the Chairman of the Halk Maslahaty, B": a group in apposition with
            // its own list, a body's name after an office, and a comma between the last item's office and its name.
            if [",", ":"].contains(document.word(cursor)), Self.groupNouns.contains(document.word(cursor - 1)), nextListedPerson(after: cursor, in: sentence, actors: actors) != nil {
                cursor += 1
                last = false
                continue
            }
            if bodyNameOffice(before: cursor + 1, floor: sentence.lowerBound) != nil { cursor += 1; continue }
            if last, document.word(cursor) == ",", actors.contains(where: { $0.start == cursor + 1 && $0.isPerson }) { cursor += 1; continue }
            // "to the leaders of A, B, the Donetsk People's Republic, as well as ...": an item the gazetteer does not know names
            // no one, and the list goes on after it.
            if !result.isEmpty, !last, let end = unknownListItem(at: cursor, in: sentence) {
                cursor = end + 1
                if document.word(end) == "and" { last = true }
                continue
            }
            // A country that describes the next person ("President of Armenia Armen Sarkissian"), or a list of them before
            // the names ("the heads of state of X, Y and Z, A, B and C, respectively").
            if let place = document.entity(at: cursor), place.entity.country != nil {
                cursor = place.end
                while result.isEmpty, [",", "and"].contains(document.word(cursor)) {
                    let next = document.word(cursor + 1) == "and" ? cursor + 2 : cursor + 1
                    guard let more = document.entity(at: next), more.entity.country != nil, !actors.contains(where: { $0.start == more.start && !$0.isPerson }) else { break }
                    cursor = more.end
                }
                if result.isEmpty, document.word(cursor) == ",", actors.contains(where: { $0.start == cursor + 1 && $0.isPerson }) { cursor += 1 }
                continue
            }
            if !result.isEmpty { break }
            skipped += 1
            cursor += 1
        }
        // An asyndetic list of three or more ("to A, B, C.") closes at the end of the sentence or of the recipient phrase.
        let closesPhrase = cursor >= sentence.upperBound || [".", ";", "on", "in", "for", "over", "with", "\""].contains(document.word(cursor))
        if let from = commaListFrom, !closed, !(result.count >= 3 && closesPhrase) { return Array(result.prefix(from)) }
        return result + recipientsAlso(after: cursor, in: sentence, actors: actors)
    }

    /// The comma after a country that completes a capitalized title with "of" ("the National Leader of the Turkmen people") when a
    /// person follows it in apposition, or nil.
    func titleComplementBeforeApposition(_ actor: Actor, actors: [Actor]) -> Int? {
        var before = actor.start - 1
        if document.word(before) == "the" { before -= 1 }
        guard document.word(before) == "of", before > 0, tokens[before - 1].isCapitalized, document.spanAt[before - 1] == nil else { return nil }
        var comma = actor.end
        if ["people", "nation"].contains(document.word(comma)) { comma += 1 }
        guard document.word(comma) == ",", let person = actors.first(where: { $0.start > comma && $0.start <= comma + 14 }), person.isPerson,
              descriptorStart(person.start, floor: comma + 1) <= comma + 1 else { return nil }
        return comma
    }

    /// Words that point back to countries named before ("the heads of the above-mentioned countries", "the leaders of these states").
    static let backPointers: Set<String> = ["above-mentioned", "abovementioned", "aforementioned", "mentioned", "said", "these", "those"]

    /// The heads of the countries named before, as a group at `start` ("to the heads of the above-mentioned countries", "the
    /// leaders of these states"): the first person of each country the article named before the sentence, but the country of
    /// the sentence's subject, with the token after the phrase; nil when the phrase is no such group or the article named none.
    func leadersNamedBefore(at start: Int, in sentence: Range<Int>, subjects: [Actor]) -> (leaders: [Actor], end: Int)? {
        var cursor = start
        if document.word(cursor) == "the" { cursor += 1 }
        guard ["heads", "leaders", "presidents"].contains(document.word(cursor)) else { return nil }
        cursor += 1
        // "the heads of state of these countries"
        if document.word(cursor) == "of", document.word(cursor + 1) == "state", document.word(cursor + 2) == "of" { cursor += 2 }
        guard document.word(cursor) == "of" else { return nil }
        cursor += 1
        if document.word(cursor) == "the" { cursor += 1 }
        // "above-mentioned" may come as three tokens.
        if document.word(cursor) == "above", document.word(cursor + 1) == "-" { cursor += 2 }
        guard Self.backPointers.contains(document.word(cursor)), ["countries", "states", "nations", "republics"].contains(document.word(cursor + 1)) else { return nil }
        var seen = Set(subjects.compactMap { countryOf(person: $0.name) })
        var leaders: [Actor] = []
        for span in document.spans where span.start < sentence.lowerBound {
            guard let name = span.entity.person, let country = countryOf(person: name), !seen.contains(country) else { continue }
            seen.insert(country)
            leaders.append(Actor(name: name, start: start, end: cursor + 2, isPerson: true))
        }
        return leaders.isEmpty ? nil : (leaders, cursor + 2)
    }

    /// The "," or "and" that closes a list item the gazetteer does not know, a run of capitalized words at `index` after a
    /// comma and perhaps "the" ("the Lugansk People's Republic"), when a known actor or "as well as" follows it; else nil.
    func unknownListItem(at index: Int, in sentence: Range<Int>) -> Int? {
        guard document.word(index - 1) == "," || document.word(index - 1) == "the" && document.word(index - 2) == "," else { return nil }
        var cursor = index
        let first = cursor
        while cursor < sentence.upperBound, document.spanAt[cursor] == nil, tokens[cursor].kind == .word && tokens[cursor].isCapitalized || document.word(cursor) == "'s" {
            cursor += 1
        }
        guard cursor > first, cursor - first <= 5, [",", "and"].contains(document.word(cursor)) else { return nil }
        let end = document.word(cursor) == "," && document.word(cursor + 1) == "and" ? cursor + 1 : cursor
        let next = document.word(end + 1) == "the" ? end + 2 : end + 1
        // Another such item may follow ("the Donetsk People's Republic, the Lugansk People's Republic, as well as ...").
        guard document.entity(at: next) != nil || isAsWellAs(end + 1) || unknownListItem(at: next, in: sentence) != nil else { return nil }
        return end
    }

    /// The recipients a phrase ending before `index` adds with "as well as to" ("to the heads of the CIS states, as well as to
    /// the peoples of Ukraine and Georgia"; "to A and B, as well as to the people of C").
    func recipientsAlso(after index: Int, in sentence: Range<Int>, actors: [Actor]) -> [Actor] {
        let start = document.word(index) == "," ? index + 1 : index
        guard isAsWellAs(start) else { return [] }
        if isRecipientTo(start + 3) { return recipients(after: start + 2, in: sentence, actors: actors) }
        // "to the leaders of A and B, as well as the peoples of C and D": a group of the addressed goes on without its "to"
        // (not a clause of its own: ", as well as Putin, noted").
        guard document.word(start + 3) == "the", Self.addressedGroups.contains(document.word(start + 4)), document.word(start + 5) == "of" else { return [] }
        return recipients(after: start + 2, in: sentence, actors: actors, continued: true)
    }

    /// The token after words that introduce some members of a group named before ("including", "namely", "such as", "among
    /// them", "in particular") at `index`, or nil.
    func afterListIntroducer(_ index: Int) -> Int? {
        let word = document.word(index), next = document.word(index + 1)
        if ["including", "namely", "notably", "particularly", "especially"].contains(word) { return index + 1 }
        if word == "such" && next == "as" || word == "among" && ["them", "whom"].contains(next) || word == "in" && next == "particular" { return index + 2 }
        return nil
    }

    /// Nouns of a country's group of leaders, which its members may follow in apposition ("Turkmenistan's leaders, President A
    /// and ...", "the Armenian leadership: President A and Prime Minister B").
    static let groupNouns: Set<String> = ["leaders", "heads", "leadership"]

    /// Plural nouns of those addressed in a country ("the peoples of A and B", "the leaders of C").
    static let addressedGroups: Set<String> = ["peoples", "people", "leaders", "heads", "presidents"]

    /// Titles of elected or appointed officials that `offices.tsv` does not list, before a full name ("Governor Brian Kemp").
    static let otherTitles: Set<String> = ["Governor", "Mayor", "Senator", "Congressman", "Congresswoman", "Commissioner", "Chairwoman"]

    /// Styles that go with one name instead of an office and a full name ("Pope Francis", "Patriarch Kirill").
    static let styles: Set<String> = ["Pope", "Patriarch", "Catholicos", "Emir", "Sultan", "Sheikh"]

    /// Nouns an organisation's name modifies ("the CIS states", "the SCO member countries").
    static let memberNouns: Set<String> = ["states", "countries", "member", "members", "nations", "state", "country"]
    /// Words that open the clause reporting what a message says: a "to" or "from" after them is not the message's.
    static let clauseBreaks: Set<String> = ["said", "says", "noted", "stressed", "emphasised", "emphasized", "reads", "wrote", ";"]

    /// Words after which a "from" no longer introduces the message's senders (`fromOfMessage`).
    static let senderPhraseBreaks = clauseBreaks.union([",", "to", "that", "which", "who", "and", "by"])

    /// The "from" that introduces a message's senders: right after the message word, or after its occasion
    /// ("congratulatory messages on the occasion of Navruz from A and B"), before any other clause.
    func fromOfMessage(after trigger: Int, in sentence: Range<Int>) -> Int? {
        for index in (trigger + 1)..<min(sentence.upperBound, trigger + 14) {
            let word = document.word(index)
            if word == "from" { return index }
            // "the congratulatory message of US President A to B": "of" after the medium names its sender.
            if word == "of", Self.written.contains(document.word(index - 1)) || Self.kindWords[document.word(index - 1)] != nil,
               let span = document.entity(at: index + 1) ?? document.entity(at: index + 2), span.entity.person != nil || span.entity.office != nil || span.entity.country != nil {
                return index
            }
            if index >= trigger + 4, Self.senderPhraseBreaks.contains(word) { return nil }
        }
        return nil
    }

    /// Whether the phrase after `from` names a group, then some of its members with "including", "among them" or "such as"
    /// up to `member`'s descriptors ("from foreign leaders, including Chinese President A").
    func groupMembers(after from: Int, reaching member: Actor) -> Bool {
        guard let comma = ((from + 1)..<member.start).first(where: { [",", ";"].contains(document.word($0)) }), comma <= from + 8,
              document.word(comma) == ",", let list = afterListIntroducer(comma + 1) else { return false }
        return ((from + 1)..<comma).allSatisfy { !tokens[$0].isCapitalized || document.spanAt[$0] != nil } && descriptorStart(member.start, floor: list) <= list
    }

    /// Whether a participle's clause opens after the comma at `comma` (", wishing him success", ", expressing readiness"; not
    /// ", including A", ", according to").
    func isParticipleClause(after comma: Int) -> Bool {
        let opener = comma + 1
        return document.word(comma) == "," && tokens.indices.contains(opener) && !tokens[opener].isCapitalized && document.word(opener).hasSuffix("ing")
            && afterListIntroducer(opener) == nil && document.word(opener) != "according"
    }

    /// Whether only a comma and the descriptors of list items stand in `gap` between two persons of a list ("A of Russia, B",
    /// "A, Kyrgyzstan's President B", "by A and by B").
    func isListGap(_ gap: Range<Int>) -> Bool {
        gap.allSatisfy { document.word($0) == "," || document.spanAt[$0] != nil || ["the", "of", "'s", "leader", "by"].contains(document.word($0)) }
    }

    /// Whether "as well as" starts at token `index`.
    func isAsWellAs(_ index: Int) -> Bool {
        document.word(index) == "as" && document.word(index + 1) == "well" && document.word(index + 2) == "as"
    }

    /// After ", who ..." or ", which ..." describing a list item, or a participle's clause saying what the message to it said
    /// ("to A, wishing him success, and to B"), the ", and" that resumes the list (the index of the comma), when one closes
    /// the clause within the sentence.
    func afterRelativeClause(_ comma: Int, in sentence: Range<Int>) -> Int? {
        let opener = comma + 1
        guard document.word(comma) == ",", ["who", "whose", "which"].contains(document.word(opener)) || isParticipleClause(after: comma) else { return nil }
        for index in (comma + 2)..<min(sentence.upperBound, comma + 30) where document.word(index) == "," {
            return ["and", "as"].contains(document.word(index + 1)) ? index : nil
        }
        return nil
    }

    /// The person a comma-separated list item after token `comma` names, when only descriptors ("President of
    /// Armenia", "the Kyrgyz President") stand between the comma and that person.
    /// A title the gazetteer does not know may stand in the descriptor, and a dash may part it from the name ("First President
    /// of Kazakhstan – Elbasy Nursultan Nazarbayev"): an office's holder on the date is then no item of its own.
    func nextListedPerson(after comma: Int, in sentence: Range<Int>, actors: [Actor]) -> Actor? {
        var cursor = comma + 1
        while cursor < min(sentence.upperBound, comma + 14) {
            if let actor = actors.first(where: { $0.start == cursor }) {
                guard actor.isPerson else { return nil }
                guard ["-", "–", "—"].contains(document.word(actor.end)) else { return actor }
                cursor = actor.end + 1
                continue
            }
            if let span = document.entity(at: cursor), span.entity.country != nil || span.entity.office != nil { cursor = span.end; continue }
            let token = tokens[cursor]
            guard ["the", "of", "mr", "mrs", "ms", "'s", "to", "-", "–", "—"].contains(token.lower)
                || token.kind == .word && token.isCapitalized && !token.isAllCaps && document.spanAt[cursor] == nil else { return nil }
            cursor += 1
        }
        return nil
    }

    /// A sentence that reports messages of a stated kind without naming their sender ("Congratulations to A on his election
    /// came from the leaders of B and C", "Messages congratulating A on winning the vote poured in"): their kind, occasion
    /// and addressee (the one person it names).
    func summary(of sentence: Range<Int>) -> (kind: String, occasion: String?, recipient: String?)? {
        guard firstTrigger(in: sentence) != nil, announcingSubject(in: sentence) == nil else { return nil }
        // "Foreign leaders congratulated A by telephone": spoken, no summary of messages.
        let words = sentence.map { document.word($0) }
        if !words.contains(where: Self.written.contains), saysSpoken(Self.beforeRecalling(words), from: sentence.lowerBound) { return nil }
        let kind = sentence.filter { quotation(containing: $0) == nil }.compactMap { Self.kindWords[document.word($0)] }.min { priority($0) < priority($1) }
        guard let kind else { return nil }
        // One person, however often named ("to President of Belarus A ..., BelTA learned from the press service of the
        // Belarusian leader").
        let persons = Set(actors(in: sentence).filter(\.isPerson).map(\.name))
        guard persons.count <= 1 else { return nil }
        return (kind, kind == "condolence" ? nil : statedOccasion(in: sentence), persons.first)
    }

    /// A paragraph of one line that does not end a sentence: a heading.
    func isHeading(_ sentence: Range<Int>) -> Bool {
        guard let last = sentence.last, tokens[sentence.lowerBound].newlinesBefore >= 2 else { return false }
        return ![".", "!", "?", "\"", "'"].contains(tokens[last].text) && (last + 1 >= tokens.count || tokens[last + 1].newlinesBefore >= 2)
    }

    /// A short line after a blank one that ends no sentence, with the item's text on the next line: a digest item's heading.
    func isItemHeading(_ sentence: Range<Int>) -> Bool {
        guard let last = sentence.last, sentence.count <= 20, sentence.lowerBound == 0 || tokens[sentence.lowerBound].newlinesBefore >= 2,
              ![".", "!", "?", "\"", "'", ":", ",", ";"].contains(tokens[last].text), last + 1 < tokens.count, tokens[last + 1].newlinesBefore == 1 else { return false }
        let next = document.paragraph(containing: last + 1)
        return next.count > sentence.count
    }

    /// Whether the medium at `index` is definite ("the letter", "this message", "the congratulatory telegram") and the subject
    /// of a finite verb right after it ("had been received", "was delivered", "arrived").
    func isDefiniteSubject(_ index: Int) -> Bool {
        guard Self.mediumWords.contains(document.word(index)) else { return false }
        var determiner = index - 1
        if Self.kindWords[document.word(determiner)] != nil { determiner -= 1 }
        guard ["the", "this", "that"].contains(document.word(determiner)) else { return false }
        return ["had", "has", "have", "was", "were", "is", "are", "arrived", "reached"].contains(document.word(index + 1))
    }

    /// Whether the message word at `index` is the subject of a passive verb right after it ("Messages were addressed to",
    /// "Greetings have also been sent to").
    func isPassiveMedium(_ index: Int) -> Bool {
        (index + 1..<min(tokens.count, index + 5)).contains { Self.passiveParticiples.contains(document.word($0)) && isPassive($0) }
    }

    /// The two parties of an exchange whose sentence names neither ("the two top diplomats exchanged messages", "the Presidents
    /// of the two countries exchanged congratulatory messages", "Messages were also exchanged between the Foreign Ministers"):
    /// with no office named, the pair of the message reported before; else the two countries the text is about, each by the
    /// holder of that office the article names, else by its code. Nil unless the exchange's own phrase is plural.
    func unnamedParties(of exchange: Int, in sentence: Range<Int>, context: Context) -> [Actor]? {
        let phrase = isPassive(exchange) ? (exchange + 1)..<min(sentence.upperBound, exchange + 8) : sentence.lowerBound..<exchange
        var office: String?
        var plural = false
        for index in phrase {
            if case let .office(name, plural: true)? = document.entity(at: index)?.entity { office = name; plural = true }
            if ["two", "both"].contains(document.word(index)) { plural = true }
        }
        guard plural else { return nil }
        let at = sentence.lowerBound
        if office == nil, let from = context.sender, let to = context.recipient, from != to, !isCountryCode(from), !isCountryCode(to) {
            return [Actor(name: from, start: at, end: at, isPerson: true), Actor(name: to, start: at, end: at, isPerson: true)]
        }
        guard let pair = Parties(document: document, reference: reference).pair(around: exchange, sentence: sentence) else { return nil }
        return pair.map { code in
            let holder = office.flatMap { articleHolder(office: $0, country: code) }
            return Actor(name: holder ?? code, start: at, end: at, isPerson: holder != nil)
        }
    }

    /// Whether the verb at `index` is a passive participle: "were exchanged", "were also exchanged", "have likewise been exchanged".
    func isPassive(_ index: Int) -> Bool {
        var cursor = index - 1
        while ["also", "likewise", "similarly", "then", "too", "later", "subsequently"].contains(document.word(cursor)) { cursor -= 1 }
        return ["was", "were", "been", "be"].contains(document.word(cursor))
    }

    /// Whether the verb at `index` takes the recipient as its object and stands in the passive ("the Head of State was
    /// congratulated by A", "Aliyev was warmly greeted on Novruz by B"): its subject receives, and its agent sends.
    func isPassiveObjectVerb(_ index: Int) -> Bool {
        guard Self.recipientVerbs.contains(document.word(index)), document.word(index).hasSuffix("ed") else { return false }
        var cursor = index - 1
        while cursor > 0, tokens[cursor].kind == .word, document.word(cursor).hasSuffix("ly") { cursor -= 1 }
        return isPassive(cursor + 1)
    }

    /// Whether the words name an occasion by a definite generic noun that refers back: "the national holiday", "the national
    /// day", "the jubilee", "the anniversary" (not "the anniversary of ...", which says whose).
    static func namesGenericOccasion(_ words: [String]) -> Bool {
        words.indices.contains { index in
            // "on Armenia's national holiday": a country's possessive is as definite as "the".
            if words[index] == "'s", index + 2 < words.count, words[index + 1] == "national" { return ["holiday", "day"].contains(words[index + 2]) }
            guard words[index] == "the", index + 1 < words.count else { return false }
            if words[index + 1] == "national" { return index + 2 < words.count && ["holiday", "day"].contains(words[index + 2]) }
            return ["jubilee", "anniversary"].contains(words[index + 1]) && (index + 2 >= words.count || words[index + 2] != "of")
        }
    }

    /// An occasion the sentence gives as the message's ("on Russia Day", "on the occasion of the 30th anniversary",
    /// "on his 65th birthday", "on his victory in the presidential election").
    func statedOccasion(in sentence: Range<Int>) -> String? {
        for index in sentence where ["on", "occasion", "for", "over"].contains(document.word(index)) {
            if isElectionWin(after: index, in: sentence) { return "election victory" }
            if let found = occasion(in: (index + 1)..<min(sentence.upperBound, index + 9)) {
                // "on the 28th anniversary of the restoration of the state independence": Independence Day.
                if found == "anniversary", anniversaryOccasion(in: (index + 1)..<min(sentence.upperBound, index + 16)) == "Independence Day" { return "Independence Day" }
                if found == "anniversary", statesFounding(in: (index + 1)..<min(sentence.upperBound, index + 16)) { return "national holiday" }
                if found == "national holiday", let specific = appositiveHoliday(after: index, in: sentence) { return specific }
                return found
            }
        }
        return nil
    }

    /// Nouns of a state's coming into being.
    static let foundingNouns: Set<String> = ["founding", "foundation", "formation", "proclamation", "establishment", "creation"]

    /// Whether the range states the anniversary of a state's founding ("the 75th anniversary of the founding of the PRC", "the
    /// centenary of the proclamation of the Republic"), whose day is its national holiday; not an organisation's founding or the
    /// establishment of relations or of state independence.
    func statesFounding(in range: Range<Int>) -> Bool {
        range.contains { index in
            guard ["anniversary", "centenary", "jubilee"].contains(document.word(index)), document.word(index + 1) == "of" else { return false }
            var cursor = index + 2
            if document.word(cursor) == "the" { cursor += 1 }
            guard Self.foundingNouns.contains(document.word(cursor)), document.word(cursor + 1) == "of" else { return false }
            cursor += 2
            if document.word(cursor) == "the" { cursor += 1 }
            guard cursor < range.upperBound else { return false }
            if document.entity(at: cursor)?.entity.country != nil { return true }
            return ["republic", "state"].contains(document.word(cursor)) && document.word(cursor + 1) != "independence"
        }
    }

    /// "on the main national holiday, the 25th anniversary of Independence", "on the state holiday - Victory Day": a generic
    /// holiday in apposition with the day it is, which is the occasion.
    func appositiveHoliday(after preposition: Int, in sentence: Range<Int>) -> String? {
        guard let holiday = ((preposition + 1)..<min(sentence.upperBound, preposition + 9)).first(where: { ["holiday", "day"].contains(document.word($0)) }),
              [",", "-", "("].contains(document.word(holiday + 1)) else { return nil }
        // The sentence may end at the mark itself ("... on the national holiday -").
        let start = holiday + 2, limit = min(sentence.upperBound, start + 14)
        guard start < limit else { return nil }
        let end = (start..<limit).first { [",", ")", ";"].contains(document.word($0)) } ?? limit
        guard start < end else { return nil }
        let specific = occasion(in: start..<end)
        return ["national holiday", "anniversary", "election victory", nil].contains(specific) ? nil : specific
    }

    /// The occasion stated by its cause: a win whose phrase names a vote ("on his convincing and well-deserved victory in
    /// Sunday's presidential election", "on winning the presidential vote", "on his victory at the polls", "on his win in the
    /// race"); the phrase ends at its clause's comma. A victory in anything else ("of the national team in the final") is not.
    func isElectionWin(after preposition: Int, in sentence: Range<Int>) -> Bool {
        let end = min(sentence.upperBound, preposition + 16)
        guard let win = ((preposition + 1)..<end).first(where: { Self.winWords.contains(document.word($0)) || [",", ";"].contains(document.word($0)) }),
              Self.winWords.contains(document.word(win)) else { return false }
        for index in (win + 1)..<end {
            let word = document.word(index)
            if [",", ";", "and"].contains(word) { return false }
            if Self.voteWords.contains(word) { return true }
        }
        return false
    }

    static let addressingParticiples: Set<String> = ["congratulating", "wishing", "thanking", "urging", "assuring", "inviting", "informing"]
    /// The verbs and participles whose object is a message's addressee.
    static let addressingWords = recipientVerbs.union(addressingParticiples)
    static let winWords: Set<String> = ["victory", "win", "winning", "won", "triumph"]
    static let voteWords: Set<String> = ["election", "elections", "vote", "poll", "polls", "ballot", "race", "runoff", "run-off"]

    func occasion(in range: Range<Int>) -> String? {
        let words = range.map { document.word($0) }
        for (phrase, occasion) in Self.occasions {
            for index in words.indices where words.hasPhrase(phrase, at: index) {
                // Holidays are capitalized ("New Year", "Russia Day").
                if phrase.count > 1, phrase.last == "day" || phrase.first == "new", !tokens[range.lowerBound + index].isCapitalized { continue }
                return occasion
            }
        }
        return Self.namedDay(tokens[range])
    }

    /// A holiday named "the Day of ..." ("the Day of Unity of the Peoples of Belarus and Russia", "the Day of the Republic", "Day of
    /// National Unity"): a national holiday, or the day it names; not an international or world day ("the International Day of Peace").
    static func namedDay(_ tokens: ArraySlice<Token>) -> String? {
        for index in tokens.indices where tokens[index].text == "Day" && index + 2 < tokens.endIndex && tokens[index + 1].lower == "of" {
            if index > tokens.startIndex, ["International", "World"].contains(tokens[index - 1].text) { continue }
            let named = tokens[index + 2].lower == "the" && index + 3 < tokens.endIndex ? tokens[index + 3] : tokens[index + 2]
            guard named.kind == .word, named.isCapitalized else { continue }
            return ["victory": "Victory Day", "independence": "Independence Day"][named.lower] ?? "national holiday"
        }
        return nil
    }

    /// Verbs that give a message's words after or before its medium ("the message reads", "..., reads the message").
    static let contentVerbs: Set<String> = ["reads", "read", "says", "said", "states", "stated", "notes", "continues"]

    /// Whether the medium at `trigger` (or its kind before the medium) follows a quotation and a verb that gives it the quoted
    /// words, and names nothing after it ("'For Belarus, China is a true friend,' reads the congratulatory message.", "..., says
    /// the telegram."): a message already reported, quoted. One that names its sender or addressee ("reads the congratulatory
    /// message of A to B") reports it.
    func isQuotedContentAttribution(_ trigger: Int) -> Bool {
        var determiner = trigger - 1, medium = trigger
        if Self.kindWords[document.word(trigger)] != nil, Self.mediumWords.contains(document.word(trigger + 1)) { medium += 1 }
        if Self.mediumWords.contains(document.word(trigger)), Self.kindWords[document.word(determiner)] != nil { determiner -= 1 }
        guard medium + 1 >= tokens.count || [".", ",", "!", ";"].contains(document.word(medium + 1)) else { return false }
        guard ["the", "this", "his", "her", "their"].contains(document.word(determiner)), Self.contentVerbs.contains(document.word(determiner - 1)) else { return false }
        return ["\"", ","].contains(document.word(determiner - 2))
    }

    /// Words after which a message's content begins: a reporting verb, "said", "that".
    static let contentOpeners = reportingVerbs.union(["said", "says", "that", "recalled", "reads", "spoke"])

    /// "anniversary" when the range states an anniversary the anniversary rules accept ("on the occasion of a quarter
    /// of a century since the establishment of diplomatic relations", "as the two countries mark 30 years of ties").
    /// An anniversary in what the message is reported to say ("Putin noted that in 2022 the two countries would mark
    /// 30 years ...") is its content, not its occasion: only the words before a reporting verb count.
    func anniversaryOccasion(in range: Range<Int>) -> String? {
        let rules = AnniversaryRules(document: document, reference: reference)
        let content = range.first { Self.contentOpeners.contains(document.word($0)) } ?? range.upperBound
        for index in range.lowerBound..<content {
            if let trigger = rules.trigger(at: index), trigger.end <= range.upperBound {
                let found = rules.complete(trigger)
                // An anniversary of independence is the Independence Day it falls on ("the 30th anniversary of your independence").
                if !found.isEmpty { return found.contains { $0.subject == "independence" } ? "Independence Day" : "anniversary" }
            }
        }
        return nil
    }

    /// The occasion the message's paragraph names in another sentence ("Today Kazakhstan celebrates Independence Day.
    /// Mirziyoyev sent a congratulatory telegram to Tokayev."): a named holiday or an anniversary, not a loose word
    /// such as "elected" or "independence".
    /// The occasion another message of the paragraph states for itself is that message's ("Earlier, on the eve of Victory Day,
    /// B had sent A greetings" says nothing of A's message).
    func paragraphOccasion(of sentence: Range<Int>) -> String? {
        let paragraph = document.paragraph(containing: sentence.lowerBound)
        var words = paragraph.map { document.word($0) }
        for other in document.sentences where other.lowerBound >= paragraph.lowerBound && other.upperBound <= paragraph.upperBound && !other.overlaps(sentence) {
            guard firstTrigger(in: other) != nil, statedOccasion(in: other) != nil else { continue }
            for index in other { words[index - paragraph.lowerBound] = "" }
        }
        for (phrase, occasion) in Self.occasions where phrase.count > 1 || ["nowruz", "navruz", "novruz", "nauryz", "nooruz", "nawruz", "norouz", "newroz", "christmas"].contains(phrase[0]) {
            for index in words.indices where words.hasPhrase(phrase, at: index) {
                if phrase.last == "day" || phrase.first == "new", !tokens[paragraph.lowerBound + index].isCapitalized { continue }
                return occasion
            }
        }
        // "The Embassy held a reception on the occasion of the anniversary. The Ambassador read out a message ...": the occasion
        // the paragraph states outright for its event is the message's too.
        for index in paragraph where document.word(index) == "occasion" && document.word(index - 1) == "the" && document.word(index - 2) == "on" {
            if let found = occasion(in: (index + 1)..<min(paragraph.upperBound, index + 6)) { return found }
        }
        return anniversaryOccasion(in: paragraph)
    }

    /// The occasion the title or the first paragraph names ("Putin sends New Year greetings").
    func contextOccasion() -> String? {
        // A state's founding the lead states ("on the 75th anniversary of the founding of the PRC") is the national holiday the
        // title calls an anniversary ("on PRC's 75th anniversary").
        let lead = contextKind() == nil ? nil : document.paragraphs.first { $0.count >= 8 && [".", "!", "?", "\""].contains(tokens[$0.upperBound - 1].text) }
        if let title = document.title {
            let titleTokens = Tokenizer.tokenize(MatchText(title).scalars)
            let words = titleTokens.map(\.lower)
            for (phrase, occasion) in Self.occasions where words.indices.contains(where: { words.hasPhrase(phrase, at: $0) }) {
                if occasion == "anniversary", let lead = lead ?? document.paragraphs.first, statesFounding(in: lead) { return "national holiday" }
                return occasion
            }
            if let day = Self.namedDay(titleTokens[...]) { return day }
            // "Kazakhstan and Russia mark quarter century of diplomatic ties": a span of years of something that began.
            let spans: Set<String> = ["years", "decades", "century", "centuries"]
            let subjects: Set<String> = ["relations", "ties", "treaty", "independence", "founding", "establishment", "friendship"]
            if words.contains(where: spans.contains), words.contains(where: subjects.contains),
               words.indices.contains(where: { spans.contains(words[$0]) && $0 > 0 && (NumberWords.cardinalWords[words[$0 - 1]] != nil || Int(words[$0 - 1]) != nil || ["quarter", "half", "a"].contains(words[$0 - 1]) || words[$0 - 1] == "of") }) {
                return "anniversary"
            }
        }
        // In an article about messages (its title names them), the lead: the first paragraph that ends a sentence, past any
        // lines of dateline and source ("24.kg news agency, Bishkek, November 1, 2011"). A digest's first item is no lead.
        if let lead = lead ?? document.paragraphs.first {
            return occasion(in: lead) ?? anniversaryOccasion(in: lead)
        }
        return nil
    }

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
