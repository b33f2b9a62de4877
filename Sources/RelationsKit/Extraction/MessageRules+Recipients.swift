/// Messages, part of `MessageRules`: the recipients after "to" or a verb of congratulating (lists closed by "and",
/// groups and their members, "as well as to"), and the senders after "from".
extension MessageRules {
    /// A full name the reference does not know at `index` ("Anthony Albanese", "Droupadi Murmu", "Xi Jinping" where the tables list
    /// no Chinese president), closed by the end of the recipient phrase ("on", "for", "over", a comma, "and", the sentence's end):
    /// the recipient, as the conventions write a person the tables do not list. Not words of an occasion ("Independence Day",
    /// "New Year"), of a body or a place the gazetteer knows, nor a name in capitals.
    func unknownRecipientName(at index: Int, in sentence: Range<Int>) -> Actor? {
        guard index < sentence.upperBound, document.spanAt[index] == nil, tokens[index].kind == .word, !tokens[index].isAllCaps,
              let person = LeaderRules(document: document, reference: reference).newName(at: index), !person.known, person.end <= sentence.upperBound,
              person.end - index >= 2, (index..<person.end).allSatisfy({ document.spanAt[$0] == nil && !Self.nonNameWords.contains(tokens[$0].text) }),
              occasion(in: index..<person.end) == nil,
              person.end >= sentence.upperBound || [".", ",", ";", "on", "for", "upon", "over", "and", "in", "with", "who"].contains(document.word(person.end))
        else { return nil }
        return Actor(name: person.name, start: index, end: person.end, isPerson: true)
    }

    /// Courtesy titles written before a person's name ("to Mr Joko Widodo", "called Ms B"), passed over to reach the name.
    static let courtesyTitles: Set<String> = ["mr", "mrs", "ms", "dr", "madam"]

    /// Capitalized words of holidays, bodies and places that a run of capitalized words after a verb of congratulating may be
    /// made of, and no person's name is (`unknownRecipientName`).
    static let nonNameWords: Set<String> = ["Day", "Year", "Years", "New", "Independence", "Republic", "National", "State", "States", "Union", "Assembly",
                                            "Council", "Party", "Government", "Ministry", "Embassy", "University", "Holiday", "Navruz", "Nowruz", "Novruz",
                                            "Christmas", "Eid", "Easter", "Victory", "Constitution", "Flag", "Unity", "Anniversary", "President", "Prime",
                                            "Minister", "King", "Queen", "Emir", "Sultan", "Chairman", "Speaker", "People", "Parliament", "Office", "Agency",
                                            "Federation", "Kingdom", "Organization", "Organisation", "Committee", "Bank", "Fund", "Forum", "Summit"]

    /// Whether token `index` is a "to" that introduces a recipient ("to the leaders of", "to President X",
    /// "to his counterpart"), not an infinitive ("to develop").
    func isRecipientTo(_ index: Int) -> Bool {
        // "during the state visit to Tashkent", "his trip to Moscow", "according to the ministry": no addressee.
        // "a letter of thanks to B" names its addressee: "thanks" there is the letter's noun, not "thanks to".
        guard document.word(index) == "to", index + 1 < tokens.count,
              !Self.nonAddresseeWords.contains(document.word(index - 1)) || document.word(index - 1) == "thanks" && document.word(index - 2) == "of" else { return false }
        let first = afterAside(index + 1)
        guard first < tokens.count else { return false }
        let next = tokens[first]
        // "to acting President of Ukraine A": a holder's qualifier before an office.
        if Self.holderQualifiers.contains(next.lower), document.entity(at: index + 2)?.entity.office != nil { return true }
        // "to former Russian President A", "to outgoing Prime Minister B", "to newly elected President C": words of when the
        // holder holds the office, before the office or its country.
        if let after = tenureEnd(from: index + 1), let entity = document.entity(at: after)?.entity, entity.office != nil || entity.country != nil { return true }
        return next.isCapitalized || next.text == "\"" || ["the", "his", "her", "their", "its", "all", "leaders", "people", "heads"].contains(next.lower)
    }

    /// Asides a list may open with between commas ("sent to, among others, A; B; and C", "to, in particular, A and B").
    static let listAsides: [[String]] = [["among", "others"], ["in", "particular"], ["inter", "alia"], ["notably"]]

    /// The first token after an aside set off by commas at `index` (`listAsides`), or `index` itself when none stands there.
    func afterAside(_ index: Int) -> Int {
        guard document.word(index) == "," else { return index }
        for aside in Self.listAsides where aside.indices.allSatisfy({ document.word(index + 1 + $0) == aside[$0] }) {
            let close = index + 1 + aside.count
            if document.word(close) == "," { return close + 1 }
        }
        return index
    }

    /// Words that say when the holder holds an office ("former", "outgoing", "incoming", "newly elected").
    static let tenureWords: Set<String> = ["former", "outgoing", "incoming", "newly", "elected", "re-elected", "ex"]

    /// The token after one or two words of tenure at `start` ("former", "newly elected", "ex -"), or nil when none stands there.
    func tenureEnd(from start: Int) -> Int? {
        var cursor = start
        while cursor < start + 3, Self.tenureWords.contains(document.word(cursor)) || cursor > start && document.word(cursor) == "-" { cursor += 1 }
        return cursor > start ? cursor : nil
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
            cursor = afterAside(cursor + 1)
            if let named = unknownNamesInApposition(at: cursor, in: sentence) { return named }
        }
        // "to the heads of the CIS states — A, B, C", "to several foreign leaders, including those of A and B": a group whose states
        // a colon, a dash or an introducer lists (a plain "of" is read below, with the items that may follow it).
        if let group = leaderGroupStates(from: cursor, in: sentence, actors: actors), let first = group.states.first,
           !(document.word(first.start - 1) == "of" || document.word(first.start - 1) == "the" && document.word(first.start - 2) == "of") {
            return group.states + recipientsAlso(after: group.end, in: sentence, actors: actors)
        }
        if let group = leadersNamedBefore(at: cursor, in: sentence, subjects: actors.filter { $0.isPerson && $0.end <= trigger }) {
            return group.leaders + recipientsAlso(after: group.end, in: sentence, actors: actors)
        }
        let filler: Set<String> = ["to", "the", "of", "'s", "\"", "his", "her", "their", "its", "leaders", "leader", "people", "peoples", "counterpart", "counterparts", "colleague", "mr", "mrs", "ms", "all",
                                   ":", "heads", "head", "state", "states", "government", "governments", "countries", "presidents", "member", "entire", "whole"]
        var result: [Actor] = []
        var skipped = 0
        var last = false
        // Persons listed with commas ("to A, B, C and D") are a list only when "and" closes it; otherwise the comma
        // ends the recipient phrase ("In his message to A, B noted").
        var commaListFrom: Int?
        var closed = false
        // Inside the brackets that list a group's members ("to the leaders of CIS countries (A, B and C), ...").
        var bracket = false
        // After a plural group of a list ("the heads of"), whose states "and" joins within the item (`groupItem`).
        var groupStates = false
        // Persons whose titles the gazetteer does not know (`titledNewPerson`), read as the list reaches them.
        var actors = actors
        // The next item of the list after the comma at `comma`: a person with only descriptors before it, else one closing
        // titles the gazetteer does not know (added to the actors).
        func listedAfter(_ comma: Int) -> Actor? {
            if let listed = nextListedPerson(after: comma, in: sentence, actors: actors) { return listed }
            guard let item = titledNewPerson(after: comma, in: sentence), continuesList(after: item.person, in: sentence) else { return nil }
            actors.append(item.person)
            return item.person
        }
        // "to A, B and C, D and E, F.": after the item "and" closed, an item of two persons joined by "and" ("Armenian President A
        // and Prime Minister B") inside a longer list, which goes on after the comma when another item follows that is itself
        // followed by a comma, "and" or the end; the rest must close as a list of its own.
        func resumesAfterPair() -> Bool {
            guard document.word(cursor) == ",", let listed = listedAfter(cursor), continuesList(after: listed, in: sentence) else { return false }
            cursor = listed.start
            commaListFrom = result.count
            closed = false
            last = false
            return true
        }
        // "to the Vice President, Prime Minister of X and Ruler of Y Sheikh A", "to Crown Prince and Prime Minister of X B": titles
        // stacked with commas or "and" before a full name the reference does not know, first in the recipient phrase, are that
        // person's, not a list of offices or their country's (`titledNewPerson`); the list is read on from the person.
        // A single title before the name is left to the tables, which resolve its holder under any spelling of the name, and so is
        // one set off by a comma from a style and the name ("the President of X, Honorable A").
        if let item = titledNewPerson(after: cursor - 1, in: sentence),
           (cursor..<item.person.start).contains(where: { [",", "and"].contains(document.word($0))
               && (Self.titleWords.contains(tokens[$0 + 1].text) || document.entity(at: $0 + 1)?.entity.office != nil) }) {
            actors.append(item.person)
            cursor = item.person.start
        // "congratulated Anthony Albanese on his victory", "sent a message to Mr Joko Widodo": a full name the reference does not
        // know, first in the recipient phrase, is a person (`unknownRecipientName`); the list is read on from it as from any person.
        } else if let person = unknownRecipientName(at: Self.courtesyTitles.contains(document.word(cursor)) ? cursor + 1 : cursor, in: sentence) {
            actors.append(person)
            cursor = person.start
        }
        while cursor < sentence.upperBound, skipped < 6 {
            // "to Boris Yeltsin and Mikhail Gorbachev": a full name the reference does not know, closing a list of persons
            // after "and", is a person too.
            if last, result.last?.isPerson == true, document.spanAt[cursor] == nil, bodyNameOffice(before: cursor + 1, floor: sentence.lowerBound) == nil,
               let person = LeaderRules(document: document, reference: reference).newName(at: cursor), !person.known,
               person.end >= sentence.upperBound || [".", ",", ";", "on", "in", "for", "with"].contains(document.word(person.end)) {
                result.append(Actor(name: person.name, start: cursor, end: person.end, isPerson: true))
                cursor = person.end
                closed = true
                if resumesAfterPair() { continue }
                break
            }
            if let actor = actors.first(where: { $0.start == cursor }) {
                // "to the National Leader of the Turkmen people, Chairman of the Halk Maslahaty B": a people that completes a title
                // in apposition with the person who holds it describes the person.
                if !actor.isPerson, let comma = titleComplementBeforeApposition(actor, actors: actors) { cursor = comma + 1; continue }
                // An apposition naming the same person again ("to Ilham Aliyev, President of Azerbaijan").
                if !result.contains(where: { $0.name == actor.name }) { result.append(actor) }
                cursor = actor.end
                // The bracket that lists the group's members closes, and the list goes on after it ("(A, B and C), the leadership
                // of D and ..."); with neither a comma nor "and" after it the phrase ends.
                if bracket, document.word(cursor) == ")" {
                    bracket = false
                    last = false
                    closed = false
                    cursor += 1
                    let comma = document.word(cursor) == ","
                    if comma { cursor += 1 }
                    if document.word(cursor) == "and" { cursor += 1; last = true; continue }
                    if comma { continue }
                    break
                }
                // "..., and the heads of E and F": the second state of the group's item, then the list is closed.
                // "..., and the peoples of E and F": after a plural group's noun the last item's states are joined by "and" too.
                let afterPluralGroup = (max(0, actor.start - 4)..<actor.start).contains { index in
                    document.word(index).hasSuffix("s") && Self.addressedGroups.union(Self.groupNouns).contains(document.word(index)) && document.word(index + 1) == "of"
                }
                if last, groupStates || afterPluralGroup, document.word(cursor) == "and", actors.contains(where: { $0.start == cursor + 1 && !$0.isPerson }) {
                    groupStates = false
                    cursor += 1
                    continue
                }
                groupStates = false
                // A list goes on after "and" (which brings its last item), or after a comma when another actor follows.
                if last {
                    closed = true
                    if resumesAfterPair() { continue }
                    break
                }
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
                // "to A, Crown Prince of X, Deputy Supreme Commander of the Armed Forces B, President of Y C": an item whose stacked
                // titles the gazetteer does not know, closed by a full name, is an item too (`listedAfter`).
                if next == ",", actor.isPerson, let listed = listedAfter(cursor) {
                    if commaListFrom == nil { commaListFrom = result.count }
                    cursor = listed.start
                    continue
                }
                // "to A, B, the leaders of C and D, the Iranian president and the emperor of Japan": items that name a state's head
                // without a name close the list (`headsListTail`).
                if next == ",", actor.isPerson, let tail = headsListTail(after: cursor, previous: actor, in: sentence, actors: actors) {
                    for item in tail.items where !result.contains(where: { $0.name == item.name }) { result.append(item) }
                    cursor = tail.end
                    closed = true
                    break
                }
                break
            }
            // "of the Belarus-Russia Union State": the states name the organisation, read next.
            if let place = document.entity(at: cursor), place.entity.country != nil, let body = organisationNamed(by: place) { cursor = body.start; continue }
            if let org = document.entity(at: cursor), case .organisation = org.entity {
                // "to Chairman of the Council of Ministers of the Union State, Prime Minister of Russia A": the organisation closes
                // the body of a title stacked on the recipient's next one.
                if inTitleBody(org.start), document.word(org.end) == ",", nextListedPerson(after: org.end, in: sentence, actors: actors) != nil {
                    cursor = org.end + 1
                    continue
                }
                // "to Secretary-General of the SCO Vladimir Norov": the organisation describes the person after it, and so do the
                // states its name may close with ("Chairman of the Parliamentary Assembly of the Union State of Belarus and Russia B").
                let nameEnd = statesClosingName(of: org)
                if actors.contains(where: { $0.start == nameEnd && $0.isPerson }) { cursor = nameEnd; continue }
                // "to the CIS chairman, Russian President B", "to the SCO's current chair B", "to the CIS term president Russian
                // Leader, B": the organisation is the body of a title its holder bears, and the person named after it is the recipient.
                if result.isEmpty, let title = organisationTitleEnd(after: org.end, in: sentence, actors: actors) { cursor = title; continue }
                // "to the heads of the CIS states: A, B and C", "to the leaders of the SCO countries, including A and B":
                // the organisation modifies the noun after it. The list follows a colon or a word that introduces members;
                // without one the phrase names no one ("to leaders of the CIS countries, the Kremlin said").
                if result.isEmpty, Self.memberNouns.contains(document.word(org.end)) {
                    var after = org.end
                    while Self.memberNouns.contains(document.word(after)) { after += 1 }
                    if document.word(after) == ":" { cursor = after + 1; continue }
                    // "to the leaders of CIS countries (A, B and C)": the members in brackets.
                    if document.word(after) == "(", actors.contains(where: { $0.start == after + 1 }) { cursor = after + 1; bracket = true; continue }
                    if let list = afterListIntroducer(document.word(after) == "," ? after + 1 : after) { cursor = list; continue }
                    return result + recipientsAlso(after: after, in: sentence, actors: actors)
                }
                return result
            }
            // "to A, B and the emperor of Japan": a last item that names a state's head without a name (`headsOfStatesItem`).
            if last, result.last?.isPerson == true, !actors.contains(where: { $0.start == cursor }),
               let item = headsOfStatesItem(at: cursor, in: sentence, actors: actors) {
                for state in item.states where !result.contains(where: { $0.name == state.name }) { result.append(state) }
                cursor = item.end
                closed = true
                break
            }
            if filler.contains(document.word(cursor)) || document.entity(at: cursor)?.entity.office != nil { cursor += 1; continue }
            // "A and the country's First President B": the country named before, as a descriptor.
            if ["country", "republic", "state"].contains(document.word(cursor)), document.word(cursor + 1) == "'s" { cursor += 2; continue }
            // "President A and First Secretary of the Central Committee of the Communist Party B": the last item's titles the
            // gazetteer does not know, closed by a full name.
            if last, result.last?.isPerson == true, document.word(cursor - 1) == "and", let item = titledNewPerson(after: cursor - 1, in: sentence),
               continuesList(after: item.person, in: sentence) {
                actors.append(item.person)
                cursor = item.person.start
                continue
            }
            // "and Acting President of Ukraine A", "Interim Prime Minister B": a holder's qualifier before an office in the list.
            if Self.holderQualifiers.contains(document.word(cursor)), document.entity(at: cursor + 1)?.entity.office != nil { cursor += 1; continue }
            // "to former Russian President A": words of when the holder holds the office, before the office or its country.
            if let after = tenureEnd(from: cursor), let entity = document.entity(at: after)?.entity, entity.office != nil || entity.country != nil { cursor = after; continue }
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
            // "..., the leadership of D, the de facto heads of E and F": a group of a state's leaders, its noun perhaps after words
            // that qualify it, is an item of the list.
            if !result.isEmpty, let item = groupItem(at: cursor, in: sentence, actors: actors) {
                // "and the heads of E and F": a plural group's states joined by "and" are one item, the list's last.
                groupStates = document.word(item - 1) != "leadership" && (cursor..<item).contains { document.word($0).hasSuffix("s") && Self.addressedGroups.union(Self.groupNouns).contains(document.word($0)) }
                cursor = item
                continue
            }
            // "and to the National Leader of the Turkmen people, Chairman of the Halk Maslahaty B": a capitalized title the gazetteer
            // does not know, completed by a people and followed by its holder in apposition, opens the list's next item.
            if !result.isEmpty, tokens[cursor].kind == .word, tokens[cursor].isCapitalized,
               let people = actors.first(where: { $0.start > cursor && $0.start <= cursor + 6 }), !people.isPerson,
               (cursor..<people.start).allSatisfy({ ["of", "the"].contains(document.word($0)) || tokens[$0].kind == .word && tokens[$0].isCapitalized && document.spanAt[$0] == nil }),
               titleComplementBeforeApposition(people, actors: actors) != nil {
                cursor = people.start
                continue
            }
            if !result.isEmpty { break }
            skipped += 1
            cursor += 1
        }
        // The list read on by the coordination reader, past a separator or a descriptor the loop above stops at.
        if let group = coordinatedRecipients(extending: result, actors: actors, in: sentence) {
            return group.items + recipientsAlso(after: group.end, in: sentence, actors: actors)
        }
        // An asyndetic list of three or more ("to A, B, C.") closes at the end of the sentence or of the recipient phrase.
        let closesPhrase = cursor >= sentence.upperBound || [".", ";", "on", "in", "for", "over", "with", "\""].contains(document.word(cursor))
        // "to A, B, C etc.", "to A, B and other leaders": an open-ended list is closed too.
        if let from = commaListFrom, !closed, !(result.count >= 3 && closesPhrase), !(result.count >= 2 && closesOpenList(at: cursor)) { return Array(result.prefix(from)) }
        return result + recipientsAlso(after: cursor, in: sentence, actors: actors)
    }

    /// The recipients of a list the coordination reader (`Coordination`) reads further than the item loop of `recipients`: the
    /// group of coordinated actors the recipients read so far open and all belong to, when it holds more items and closes as a
    /// list ("to Chinese President A, North Korean leader B, Indian Prime Minister C, as well as Hungarian Prime Minister D and
    /// Pope E": mixed separators, an item's descriptor in small letters). It closes when a conjunction brings its last item, an
    /// open end follows it ("and others"), or it holds three items or more and the recipient phrase ends after it; and the next
    /// clause does not start with its last item (", and B said"). With the token after the list.
    func coordinatedRecipients(extending result: [Actor], actors: [Actor], in sentence: Range<Int>) -> (items: [Actor], end: Int)? {
        guard let first = result.first,
              let group = document.coordination.groups(of: actors.map { $0.start..<$0.end }, in: sentence)
                .first(where: { $0.conjuncts.first?.anchor.lowerBound == first.start }) else { return nil }
        let starts = group.conjuncts.map(\.anchor.lowerBound)
        guard group.conjuncts.count > result.count, result.allSatisfy({ starts.contains($0.start) }) else { return nil }
        let after = document.word(group.end)
        let closesPhrase = group.end >= sentence.upperBound || [".", ";", "on", "in", "for", "over", "with", "upon", "\""].contains(after)
        guard group.closed || closesOpenList(at: group.end) || group.conjuncts.count >= 3 && closesPhrase,
              closesPhrase || closesOpenList(at: group.end) || ["and", "as", "(", "who", "whose", "respectively"].contains(after)
                // ", and B, as well as C, attended the talks": a verb after the comma makes the last items another clause's subject.
                || after == "," && !startsPredicate(at: group.end + 1) else { return nil }
        var items = result
        for anchor in starts {
            guard !items.contains(where: { $0.start == anchor }), let actor = actors.first(where: { $0.start == anchor }),
                  !items.contains(where: { $0.name == actor.name }) else { continue }
            items.append(actor)
        }
        return (items, group.end)
    }

    /// Whether the word at `index`, after a comma that follows a list, opens a predicate: a word in small letters that is neither a
    /// preposition nor a participle of what the message said ("..., attended the talks", "..., said"; not "..., on the holiday",
    /// "..., wishing them success", "..., who ...").
    func startsPredicate(at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        let word = document.word(index)
        return !word.hasSuffix("ing") && !["on", "in", "for", "over", "with", "upon", "who", "whose", "which", "as", "and", "the", "respectively", "among", "including"].contains(word)
    }

    /// The start of the state a list item after a comma or "and" names by its group of leaders ("the leadership of D", "the de facto
    /// heads of E", "the self-proclaimed leaders of F"): at most four small words (or hyphens) before a group noun, "of", at most two
    /// small words, then a country the actors hold; nil for anything else ("the holiday of D", "which the heads of E").
    func groupItem(at index: Int, in sentence: Range<Int>, actors: [Actor]) -> Int? {
        let joints: Set<String> = [",", "and"]
        guard joints.contains(document.word(index - 1)) || document.word(index - 1) == "the" && joints.contains(document.word(index - 2)) else { return nil }
        let words = Self.groupNouns.union(Self.addressedGroups).union(["head", "leader", "authorities", "government", "governments"])
        func small(_ at: Int) -> Bool {
            guard at < sentence.upperBound, document.spanAt[at] == nil else { return false }
            if tokens[at].text == "-" { return true }
            return tokens[at].kind == .word && !tokens[at].isCapitalized
                && !["and", "or", "which", "who", "that", "whose", "to", "of", "the"].contains(document.word(at)) && !Self.clauseBreaks.contains(document.word(at))
        }
        var cursor = index
        while cursor < index + 4, !words.contains(document.word(cursor)), small(cursor) { cursor += 1 }
        guard words.contains(document.word(cursor)), document.word(cursor + 1) == "of" else { return nil }
        cursor += 2
        if document.word(cursor) == "the" { cursor += 1 }
        let start = cursor
        while cursor < start + 2, small(cursor) { cursor += 1 }
        guard actors.contains(where: { $0.start == cursor && !$0.isPerson }), document.entity(at: cursor)?.entity.country != nil else { return nil }
        return cursor
    }

    /// Capitalized nouns that end the name of a body inside a title, never a person's name: the leader rules' institutions and
    /// the armed forces' and parties' ("Deputy Supreme Commander of the Armed Forces", "First Secretary of the Communist Party").
    static let titleBodyNouns: Set<String> = LeaderRules.institutionWords.union(["Forces", "Party", "Army", "Navy", "Guard", "Staff", "Command", "Front",
                                                                                  "Movement", "Union", "Federation", "Republic", "Kingdom", "Emirates", "Emirate", "States"])
    /// Capitalized words of titles the conventions do not list, which no person's name includes ("Crown Prince", "Deputy Supreme
    /// Commander", "First Secretary").
    static let titleWords: Set<String> = ["Crown", "Prince", "Princess", "Deputy", "Supreme", "Commander", "Commander-in-Chief", "Secretary", "General",
                                          "First", "Vice", "Chief", "Minister", "Chairman", "Chairwoman", "Chair", "Head", "Leader", "Emir", "Sheikh",
                                          "Sultan", "King", "Queen", "Grand", "Duke", "Federal", "Chancellor", "President", "Speaker", "Governor", "Mayor",
                                          "Ruler", "Marshal"]

    /// A list item after the comma (or "and") at `comma` whose titles the gazetteer does not know, closed by a full name the
    /// reference does not know: capitalized title words, "of", "the", "'s", places and organisations, perhaps commas between
    /// stacked titles (or "and" before a title word), then the name after the last title word or body noun ("Crown Prince of Abu
    /// Dhabi, Deputy Supreme Commander of the Armed Forces Mohammed bin Zayed"), ending at a comma, "and" or the sentence's end. Nil when no such
    /// name closes the run within 30 tokens, or the run holds a person the gazetteer knows.
    /// The end of a title an organisation before it owns ("CIS chairman", "SCO's current chair", "CIS term president"), when a
    /// person follows it within eight tokens of descriptors only (capitalized words, commas, "the", places and offices): the
    /// organisation's officer named after it, as in "to the CIS chairman, Russian President B". Nil when no office noun follows the
    /// organisation, or no person closes the phrase ("a letter to the CIS chairman on the gas dispute").
    func organisationTitleEnd(after end: Int, in sentence: Range<Int>, actors: [Actor]) -> Int? {
        var cursor = end
        if document.word(cursor) == "'s" { cursor += 1 }
        let officeNouns: Set<String> = ["chairman", "chair", "chairwoman", "chairperson", "president", "head", "leader"]
        func isOffice(_ at: Int) -> Bool { document.entity(at: at)?.entity.office != nil || officeNouns.contains(document.word(at)) }
        var small = 0
        while small < 2, cursor < sentence.upperBound, !isOffice(cursor), tokens[cursor].kind == .word, !tokens[cursor].isCapitalized,
              document.spanAt[cursor] == nil, !["and", "or", "of", "on", "in", "for", "to", "that", "which", "who"].contains(document.word(cursor)) {
            small += 1
            cursor += 1
        }
        guard cursor < sentence.upperBound, isOffice(cursor) else { return nil }
        cursor = document.entity(at: cursor)?.end ?? cursor + 1
        guard let person = actors.first(where: { $0.isPerson && $0.start >= cursor && $0.start <= cursor + 8 }),
              (cursor..<person.start).allSatisfy({ at in
                  document.spanAt[at] != nil || [",", "the"].contains(document.word(at)) || tokens[at].kind == .word && tokens[at].isCapitalized }) else { return nil }
        return cursor
    }

    func titledNewPerson(after comma: Int, in sentence: Range<Int>) -> (person: Actor, start: Int)? {
        var cursor = comma + 1
        let limit = min(sentence.upperBound, comma + 30)
        var nameStart: Int?
        var sawTitle = false
        while cursor < limit {
            let token = tokens[cursor]
            let word = document.word(cursor)
            if let span = document.entity(at: cursor) {
                // A known surname may end the new name ("Mohammed bin Zayed Al Nahyan" after "Khalifa bin Zayed Al Nahyan").
                if nameStart != nil, span.entity.person != nil { cursor = span.end; continue }
                guard span.entity.person == nil else { return nil }
                if span.entity.office != nil { sawTitle = true }
                nameStart = nil
                cursor = span.end
                continue
            }
            if ["of", "the", "'s", "-", "–"].contains(word) { nameStart = nil; cursor += 1; continue }
            if word == "," || word == "and" || word == "." || word == ";" {
                // The name closes the item when a comma, "and" or the end follows it.
                if let start = nameStart, sawTitle, let person = closingName(from: start, to: cursor) { return (person, comma + 1) }
                // A comma between stacked titles goes on when another title word follows it (one the gazetteer knows as an office
                // too: "Vice President, Prime Minister of X"); so does "and" before a title word ("Prime Minister of X and Ruler of Y").
                let office = document.entity(at: cursor + 1)?.entity.office != nil
                let titleFollows = cursor + 1 < limit && tokens[cursor + 1].kind == .word && tokens[cursor + 1].isCapitalized
                guard word == "," && titleFollows && (document.spanAt[cursor + 1] == nil || office)
                        || word == "and" && nameStart == nil && sawTitle && titleFollows && (office || Self.titleWords.contains(tokens[cursor + 1].text)) else { return nil }
                nameStart = nil
                cursor += 1
                continue
            }
            if token.kind == .word, token.isCapitalized, !token.isAllCaps {
                // A style of address between the titles and the name ("Honorable", "His Excellency") is no part of the name.
                if Self.titleWords.contains(token.text) || Self.titleBodyNouns.contains(token.text) || LeaderRules.styleWords.contains(token.text) || token.text == "Excellency" {
                    sawTitle = true
                    nameStart = nil
                } else if nameStart == nil, sawTitle, !["of", "the", "'s", "-", "–"].contains(document.word(cursor - 1)) {
                    // A name follows its title or body noun directly; after "of" it names a place or a body ("Crown Prince of Abu
                    // Dhabi", "of the Armed Forces").
                    nameStart = cursor
                }
                cursor += 1
                continue
            }
            // Lower-case particles inside a name ("bin", "al", "von der").
            if nameStart != nil, LeaderRules.nameParticles.contains(token.text) { cursor += 1; continue }
            return nil
        }
        if cursor >= sentence.upperBound, let start = nameStart, sawTitle, let person = closingName(from: start, to: cursor) { return (person, comma + 1) }
        return nil
    }

    /// The new person whose full name runs over `start..<end` (two words or more): as the leader rules read it, or, when a
    /// known surname ends it ("Mohammed bin Zayed Al Nahyan" beside "Khalifa bin Zayed Al Nahyan"), the words as written. Nil for
    /// a listed person's name.
    func closingName(from start: Int, to end: Int) -> Actor? {
        if let person = fullNewName(at: start), person.end == end {
            return !person.known && person.name.contains(" ") ? Actor(name: person.name, start: start, end: end, isPerson: true) : nil
        }
        guard end - start >= 2, (start..<end).allSatisfy({ tokens[$0].isCapitalized || LeaderRules.nameParticles.contains(tokens[$0].text) || tokens[$0].text == "-" }) else { return nil }
        let name = (start..<end).reduce("") { text, index in text.isEmpty || !tokens[index].spaceBefore ? text + tokens[index].text : text + " " + tokens[index].text }
        return Actor(name: name, start: start, end: end, isPerson: true)
    }

    /// Whether a list goes on after `item`: a comma, "and", the sentence's end or the end of the recipient phrase follows it
    /// ("on", "for", "in"), not a verb ("In his message to A and B, President C noted").
    func continuesList(after item: Actor, in sentence: Range<Int>) -> Bool {
        item.end >= sentence.upperBound || [",", "and", ".", ";", "on", "for", "in", "with", "as"].contains(document.word(item.end))
    }

    /// The comma after a country that completes a capitalized title with "of" ("the National Leader of the Turkmen people"), or a
    /// state's head's noun in small letters ("the new emir of Kuwait", `headNoun`), when a person follows it in apposition, or nil.
    func titleComplementBeforeApposition(_ actor: Actor, actors: [Actor]) -> Int? {
        var before = actor.start - 1
        if document.word(before) == "the" { before -= 1 }
        let smallHead = before > 0 && !tokens[before - 1].isCapitalized && headNoun(at: before - 1).map { !$0.plural && $0.end == before } == true
        guard document.word(before) == "of", before > 0, tokens[before - 1].isCapitalized || smallHead, document.spanAt[before - 1] == nil else { return nil }
        var comma = actor.end
        if ["people", "nation"].contains(document.word(comma)) { comma += 1 }
        guard document.word(comma) == ",", let person = actors.first(where: { $0.start > comma && $0.start <= comma + 14 }), person.isPerson,
              descriptorStart(person.start, floor: comma + 1) <= comma + 1 else { return nil }
        return comma
    }

    /// "from the National Leader of the Turkmen people, Chairman of the Halk Maslahaty of Turkmenistan, B": the comma after a title
    /// a people completes opens the sender's own office phrase, not another clause.
    func titleBeforeApposition(after from: Int, reaching sender: Actor, actors: [Actor]) -> Bool {
        guard let people = actors.first(where: { $0.start > from && $0.start < sender.start }), !people.isPerson, people.start <= from + 8,
              let comma = titleComplementBeforeApposition(people, actors: actors) else { return false }
        return actors.first { $0.start > comma && $0.isPerson }?.start == sender.start
    }

    /// "President of X A, Vice President of X B sent a letter": two persons, each named with an office, the first opening the
    /// sentence, parted by a comma alone and followed right away by the verb of sending: an asyndetic pair of senders, as wire
    /// copy writes a joint message. Not a longer list, nor a pair with no titles ("In his message to A, B noted").
    func isTitledPair(_ senders: [Actor], opening sentence: Range<Int>, before trigger: Int) -> Bool {
        guard senders.count == 2, senders[1].end < trigger else { return false }
        let starts = senders.map { descriptorStart($0.start, floor: sentence.lowerBound) }
        // Each with an office before the name: in its descriptors, or in the phrase the leader rules read as the person.
        let titled = zip(senders, starts).allSatisfy { actor, start in
            start < actor.start || document.entities(in: actor.start..<actor.end).contains { $0.entity.office != nil }
        }
        guard titled, starts[0] == sentence.lowerBound, document.word(starts[1] - 1) == ",", senders[0].end == starts[1] - 1 else { return false }
        let between = senders[1].end..<trigger
        return between.count <= 4 && between.allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
            && between.contains { Self.sendingVerbs.contains(document.word($0)) || ["extended", "conveyed", "expressed"].contains(document.word($0)) }
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
        // "for example, A and B", "for instance A": the comma after it is no part of the list.
        if word == "for", ["example", "instance"].contains(next) { return document.word(index + 2) == "," ? index + 3 : index + 2 }
        return nil
    }

    /// Nouns of a country's group of leaders, which its members may follow in apposition ("Turkmenistan's leaders, President A
    /// and ...", "the Armenian leadership: President A and Prime Minister B").
    static let groupNouns: Set<String> = ["leaders", "heads", "leadership"]

    /// Plural nouns of those addressed in a country ("the peoples of A and B", "the leaders of C", "and citizens of D and E").
    static let addressedGroups: Set<String> = ["peoples", "people", "leaders", "heads", "presidents", "citizens", "nations"]

    /// Titles of elected or appointed officials that `offices.tsv` does not list, before a full name ("Governor Brian Kemp").
    static let otherTitles: Set<String> = ["Governor", "Mayor", "Senator", "Congressman", "Congresswoman", "Commissioner", "Chairwoman"]

    /// Professions in small letters before a full name ("Olympic champion A", "famous artist B", "cosmonaut C"): a public figure's.
    static let professionTitles: Set<String> = ["champion", "artist", "singer", "writer", "poet", "poetess", "composer", "actor", "actress", "cosmonaut",
                                                "astronaut", "athlete", "boxer", "wrestler", "player", "footballer", "businessman", "businesswoman",
                                                "philanthropist", "scientist", "academician", "painter", "sculptor", "musician", "conductor", "journalist",
                                                "skater", "filmmaker"]
    /// Words before a profession that belong to the figure's description ("Olympic champion", "famous artist", "world chess champion").
    static let professionModifiers: Set<String> = ["olympic", "famous", "renowned", "legendary", "prominent", "popular", "celebrated", "acclaimed", "world",
                                                   "chess", "honoured", "honored", "outstanding", "veteran", "paralympic", "opera", "pop", "film"]

    /// Styles that go with one name instead of an office and a full name ("Pope Francis", "Patriarch Kirill").
    /// Titles of a body's chair that are no office of the conventions ("Chairwoman of the Federation Council A", "Chair of the
    /// Senate B"); "Chairman" is an office.
    /// The end of an organisation's name that closes with the states it joins ("the Union State of Belarus and Russia"): "of"
    /// and two or more states joined by commas or "and"; the organisation's own end when no states follow.
    func statesClosingName(of org: EntitySpan) -> Int {
        guard document.word(org.end) == "of", let first = document.entity(at: org.end + 1), first.entity.country != nil else { return org.end }
        var end = first.end
        var count = 1
        while [",", "and"].contains(document.word(end)), let next = document.entity(at: end + 1), next.entity.country != nil {
            end = next.end
            count += 1
        }
        return count >= 2 ? end : org.end
    }

    /// Whether the token at `index` follows the body of an office's title ("Chairman of the Council of Ministers of the ▸Union State"):
    /// "of", "the" and capitalized words the gazetteer does not know back to an office, within eight tokens.
    func inTitleBody(_ index: Int) -> Bool {
        // "of the Belarus-Russia Union State": the states that name the body are part of its name.
        var first = index
        while let place = document.entity(at: first - 1), place.entity.country != nil, organisationNamed(by: place)?.start == index {
            first = place.start
            if document.word(first - 1) == "-" { first -= 1 }
        }
        var cursor = first - 1
        guard ["of", "the"].contains(document.word(cursor)) else { return false }
        while cursor >= max(0, first - 8) {
            if let span = document.spanAt[cursor].map({ document.spans[$0] }) { return span.entity.office != nil }
            guard ["of", "the"].contains(document.word(cursor)) || tokens[cursor].kind == .word && tokens[cursor].isCapitalized else { return false }
            cursor -= 1
        }
        return false
    }

    /// Words that qualify an office's holder ("Acting President", "interim Prime Minister", "the country's First President").
    static let holderQualifiers: Set<String> = ["acting", "interim", "first"]
    static let chairTitles: Set<String> = ["Chairwoman", "Chairperson", "Chair"]
    static let styles: Set<String> = ["Pope", "Patriarch", "Catholicos", "Emir", "Sultan", "Sheikh"]

    /// Nouns an organisation's name modifies ("the CIS states", "the SCO member countries").
    static let memberNouns: Set<String> = ["states", "countries", "member", "members", "nations", "state", "country"]
    /// Words that open the clause reporting what a message says: a "to" or "from" after them is not the message's.
    static let clauseBreaks: Set<String> = ["said", "says", "noted", "stressed", "emphasised", "emphasized", "reads", "wrote", ";"]

    /// Words after which a "from" no longer introduces the message's senders (`fromOfMessage`).
    static let senderPhraseBreaks = clauseBreaks.union([",", "to", "that", "which", "who", "and", "by"])

    /// The "from" that introduces a message's senders: right after the message word, or after its occasion
    /// ("congratulatory messages on the occasion of Navruz from A and B"), before any other clause.
    /// Also the "by" of a participle of authorship after the message ("a letter addressed to B and written by A", "the message,
    /// signed by A,"): whoever carried or delivered it, the author sends it.
    func fromOfMessage(after trigger: Int, in sentence: Range<Int>) -> Int? {
        if Self.written.contains(document.word(trigger)),
           trigger + 2 < sentence.upperBound, let by = ((trigger + 2)..<min(sentence.upperBound, trigger + 16)).first(where: { document.word($0) == "by" && Self.authorshipWords.contains(document.word($0 - 1)) }),
           !((trigger + 1)..<by).contains(where: { [";", "\"", "."].contains(document.word($0)) }) {
            return by
        }
        for index in (trigger + 1)..<min(sentence.upperBound, trigger + 14) {
            let word = document.word(index)
            if word == "from" { return index }
            // "the congratulatory message of US President A to B": "of" after the medium names its sender.
            // Not the "of" of the message's kind ("a telegram of congratulations President of X A", with its "to" lost): the kind
            // names no sender.
            if word == "of", Self.written.contains(document.word(index - 1)) || Self.kindWords[document.word(index - 1)] != nil,
               Self.kindWords[document.word(index + 1)] == nil, !Self.mediumWords.contains(document.word(index + 1)),
               let span = document.entity(at: index + 1) ?? document.entity(at: index + 2), span.entity.person != nil || span.entity.office != nil || span.entity.country != nil {
                return index
            }
            if index >= trigger + 4, Self.senderPhraseBreaks.contains(word) { return nil }
        }
        return nil
    }

    /// Participles that name a message's author before "by".
    static let authorshipWords: Set<String> = ["written", "signed", "penned", "authored", "drafted"]

    /// Whether the phrase after `from` names a group, then some of its members with "including", "among them", "such as" or "for
    /// example" up to `member`'s descriptors ("from foreign leaders, including Chinese President A"). The group may take commas
    /// of its own ("from figures of culture, athletes and public figures of X and Y, for example, Olympic champion A").
    func groupMembers(after from: Int, reaching member: Actor) -> Bool {
        guard let comma = ((from + 1)..<min(member.start, from + 21)).first(where: { document.word($0) == "," && afterListIntroducer($0 + 1) != nil }),
              let list = afterListIntroducer(comma + 1) else { return false }
        return ((from + 1)..<comma).allSatisfy { (!tokens[$0].isCapitalized || document.spanAt[$0] != nil) && document.word($0) != ";" }
            && descriptorStart(member.start, floor: list) <= list
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

    /// Whether `gap`, before a person in a list after an introducer ("including"), reads as that person's title: capitalized words
    /// and names ("Deputy Chairman of the Russian Security Council", "Astrakhan Governor") with the small words titles take ("a
    /// member of the royal family,"), and no verb or clause (a lowercase word outside those, a quotation, a full stop).
    func isTitleGap(_ gap: Range<Int>) -> Bool {
        !gap.isEmpty && gap.count <= 12 && gap.allSatisfy { index in
            document.spanAt[index] != nil || tokens[index].kind == .word && tokens[index].isCapitalized
                || Self.titleGapWords.contains(document.word(index)) || document.word(index) == "," && index == gap.upperBound - 1
        }
    }

    /// Small words inside a title (`isTitleGap`).
    static let titleGapWords: Set<String> = ["of", "the", "a", "an", "'s", "for", "on", "-", "–", "member", "head", "deputy", "first", "acting", "chief",
                                             "royal", "family", "general", "foreign", "affairs", "state", "government"]

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
        var limit = comma + 14
        var bodyCountry = false
        while cursor < min(sentence.upperBound, limit) {
            if let actor = actors.first(where: { $0.start == cursor }) {
                // A country inside a title's body ("Chairman of the Parliamentary Assembly of the Belarus-Russia Union State, ...")
                // describes the title, and so does one joined to it.
                if !actor.isPerson, inTitleBody(actor.start) || bodyCountry && ["-", "–", "and"].contains(document.word(actor.start - 1)) {
                    bodyCountry = true
                    cursor = actor.end
                    continue
                }
                guard actor.isPerson else { return nil }
                guard ["-", "–", "—"].contains(document.word(actor.end)) else { return actor }
                cursor = actor.end + 1
                continue
            }
            if let span = document.entity(at: cursor), span.entity.country != nil || span.entity.office != nil { cursor = span.end; continue }
            // Stacked titles ("Chairman of the State Duma of Russia, Chairman of the Parliamentary Assembly of the Union State B"): a
            // comma before another office, and an organisation inside a title's body, go on to the name.
            if document.word(cursor) == ",", cursor + 1 < tokens.count,
               document.entity(at: cursor + 1)?.entity.office != nil || Self.chairTitles.contains(tokens[cursor + 1].text) {
                cursor += 1
                limit = cursor + 14
                continue
            }
            // The organisation may follow its members' names ("of the Belarus-Russia Union State").
            if let span = document.entity(at: cursor), case .organisation = span.entity,
               ["of", "the"].contains(document.word(cursor - 1)) || tokens[cursor - 1].isCapitalized || document.entity(at: cursor - 1)?.entity.country != nil { cursor = span.end; continue }
            let token = tokens[cursor]
            guard ["the", "of", "mr", "mrs", "ms", "'s", "to", "-", "–", "—"].contains(token.lower)
                || token.kind == .word && token.isCapitalized && !token.isAllCaps && document.spanAt[cursor] == nil else { return nil }
            cursor += 1
        }
        return nil
    }
}

/// Lists whose items name a state's head without a name ("the Iranian president", "the emperor of Japan", "the kings of A and B",
/// "the leaders of C, D and E") after persons named in full: wire copy closes a long list of senders or recipients so
/// ("by Chinese President A, US President B, the leaders of C and D, the Iranian president and the emperor of Japan").
extension MessageRules {
    /// Nouns of a state's head, singular and plural, with the office of the conventions each is a form of ("president" is
    /// President); a noun of no such office ("emperor", "leader") leaves the state itself for its head.
    static let headNouns: [String: String] = [
        "president": "President", "presidents": "President", "premier": "Prime Minister", "premiers": "Prime Minister",
        "king": "King", "kings": "King", "queen": "King",
        "leader": "", "leaders": "", "emperor": "", "emperors": "", "emir": "", "emirs": "", "sultan": "", "sultans": "",
        "monarch": "", "monarchs": "", "head": "", "heads": "",
    ]

    /// The token after a noun of a state's head at `index` ("president", "prime minister", "head of state", "kings"), with whether
    /// it is plural and the office it is a form of ("" for none); nil when no such noun stands there.
    func headNoun(at index: Int) -> (end: Int, plural: Bool, office: String)? {
        let word = document.word(index)
        if word == "prime", ["minister", "ministers"].contains(document.word(index + 1)) {
            return (index + 2, document.word(index + 1) == "ministers", "Prime Minister")
        }
        guard let office = Self.headNouns[word] else { return nil }
        // "the heads of state of A and B", "the Iranian head of state": the noun and its "of state" (or "of government").
        if ["head", "heads"].contains(word) {
            guard document.word(index + 1) == "of", ["state", "government"].contains(document.word(index + 2)) else { return nil }
            return (index + 3, word == "heads", document.word(index + 2) == "state" ? "President" : "Prime Minister")
        }
        return (index + 1, word.hasSuffix("s"), office)
    }

    /// A state as the one its head stands for: the holder of `office` the article names, else the reference's on the article's
    /// date, else the state itself (a noun of no office, "the emperor of Japan", is the state).
    func headOf(_ state: Actor, office: String) -> Actor {
        guard !state.isPerson, !office.isEmpty,
              let holder = articleHolder(office: office, country: state.name) ?? reference.holder(office: office, country: state.name, on: document.publishedOn) else { return state }
        return Actor(name: holder, start: state.start, end: state.end, isPerson: true, listed: true)
    }

    /// A list item at `index` that names a state's head without a name: "the Iranian president" (the state's adjective, then a
    /// noun of its head), "the emperor of Japan", "the kings of the United Kingdom and Saudi Arabia", "the leaders of A, B and C"
    /// (the noun, "of", and one state, or several joined by commas and "and" after a plural noun), or an office the actors already
    /// read ("the President of Iran"). The states' actors, each its head's (`headOf`), and the token after the item.
    func headsOfStatesItem(at index: Int, in sentence: Range<Int>, actors: [Actor]) -> (states: [Actor], end: Int)? {
        var cursor = index
        if document.word(cursor) == "the" { cursor += 1 }
        func state(at start: Int) -> Actor? {
            guard start < sentence.upperBound, document.entity(at: start)?.entity.country != nil else { return nil }
            return actors.first { $0.start == start && (!$0.isPerson || $0.listed) }
        }
        // "the Iranian president".
        if let adjective = state(at: cursor), !adjective.listed, let noun = headNoun(at: adjective.end), !noun.plural {
            return ([headOf(adjective, office: noun.office)], noun.end)
        }
        // "the President of Iran", read by the actors as its holder or its state.
        if document.entity(at: cursor)?.entity.office != nil, let actor = actors.first(where: { $0.start == cursor }) { return ([actor], actor.end) }
        guard let noun = headNoun(at: cursor), document.word(noun.end) == "of" else { return nil }
        cursor = noun.end + 1
        var states: [Actor] = []
        while true {
            if document.word(cursor) == "the" { cursor += 1 }
            guard let next = state(at: cursor) else { break }
            states.append(headOf(next, office: noun.office))
            cursor = next.end
            guard noun.plural, [",", "and"].contains(document.word(cursor)) else { break }
            // The group's states go on after a comma or "and" (or both: ", and the State of Palestine"), up to a state whose own
            // head's noun follows it (", the Iranian president" is the next item).
            var following = cursor + 1
            if document.word(cursor) == ",", document.word(following) == "and" { following += 1 }
            let afterJoint = following
            if document.word(following) == "the" { following += 1 }
            guard let more = state(at: following), headNoun(at: more.end) == nil else { break }
            cursor = afterJoint
        }
        return states.isEmpty ? nil : (states, cursor)
    }

    /// The items of a list after the comma at `comma` that follows a person, when at least one names a state's head without a name
    /// (`headsOfStatesItem`) and "and" or an open end ("among others") closes the list; the others are persons with their
    /// descriptors (`nextListedPerson`). An item in apposition with the person before it ("A, the Kazakh president, and B") adds
    /// no one. Nil for any other phrase.
    func headsListTail(after comma: Int, previous: Actor, in sentence: Range<Int>, actors: [Actor]) -> (items: [Actor], end: Int)? {
        var items: [Actor] = []
        var cursor = comma
        var heads = false
        var before = previous
        while cursor < sentence.upperBound {
            var last = false
            if document.word(cursor) == "," { cursor += 1 }
            if document.word(cursor) == "and" { cursor += 1; last = true }
            if let item = headsOfStatesItem(at: cursor, in: sentence, actors: actors) {
                let apposition = item.states.count == 1 && !last && (item.states[0].name == before.name || countryOf(person: before.name) == item.states[0].name)
                if !apposition { items += item.states; heads = true }
                cursor = item.end
            } else if let person = nextListedPerson(after: cursor - 1, in: sentence, actors: actors) {
                items.append(person)
                before = person
                cursor = person.end
            } else { return nil }
            if last || closesOpenList(at: cursor) { return heads ? (items, cursor) : nil }
            guard [",", "and"].contains(document.word(cursor)) else { return nil }
        }
        return nil
    }
}

/// A people addressed as a whole in a message's own words, for a report that names no recipient.
extension MessageRules {
    /// Nouns of a people addressed as a whole with its country ("the people of X", "the peoples of A and B", "the Uzbek nation",
    /// "the citizens of X").
    static let peopleNouns: Set<String> = ["people", "peoples", "nation", "citizens"]
    /// Nouns of the writer's own people, which need no country ("Dear compatriots", "my fellow countrymen", "dear fellow citizens").
    static let ownPeopleNouns: Set<String> = ["compatriots", "countrymen", "fellow-citizens", "fellow-countrymen"]
    /// Nouns that are the writer's own people after "fellow" or "dear" ("my fellow citizens", "dear people", "fellow-countrymen").
    static let fellowPeopleNouns: Set<String> = ["citizens", "countrymen", "people"]
    /// Words right before a people that address it: a salutation ("Dear citizens of X"), "to" ("my best wishes to the people of
    /// Y"), and the verbs of a message's own words ("I congratulate the people of Z", "I wish the Mongolian people").
    static let peopleCues: Set<String> = ["dear", "to", "congratulate", "greet", "wish", "congratulating", "greeting", "wishing", "felicitate"]
    /// Words that may stand between that cue and the people: determiners and the epithets wire copy gives a people.
    static let peopleEpithets: Set<String> = ["the", "all", "my", "our", "fellow", "dear", "brotherly", "fraternal", "friendly", "great", "heroic", "hardworking",
                                              "multinational", "entire", "whole", "beloved", "esteemed", "respected"]

    /// The country whose people a message's own words address, when its report names no recipient: "A addressed a congratulatory
    /// message on Independence Day. The message reads: 'Dear citizens of X, ...'", "A sent greetings on the occasion of the
    /// festival. The greetings read: '... I extend my best wishes to the people of Y'", '"Dear compatriots! ...," A says in his
    /// congratulatory message'. The words read are those quoted in the report's paragraph from the report on (from the opening
    /// mark of a quotation the report's sentence begins inside: "Dear compatriots!" may be a sentence of its own), then the
    /// quoted words and salutation lines of the paragraphs after it, up to one that names another person outside quotes. A people of a country named
    /// after a cue that addresses it (`peopleCues`: "dear", "to", "wish", "congratulate") gives that country; the writer's own
    /// people named without one ("Dear compatriots", "dear fellow citizens") gives the sender's. What the words say of a people
    /// otherwise ("the friendship of the Uzbek and Kyrgyz peoples") addresses no one.
    func peopleAddressedInText(of sentence: Range<Int>, sender: String) -> String? {
        addressedPeople(among: messageWords(of: sentence, sender: sender), sender: sender)
    }

    /// The words `peopleAddressedInText` reads as a message's own: those quoted in the report's paragraph from the report on, then
    /// the quoted words and salutation lines of the paragraphs after it, up to one that names another person outside quotes.
    func messageWords(of sentence: Range<Int>, sender: String) -> [Int] {
        var words = quotedWords(from: sentence)
        let first = document.paragraphs.firstIndex { $0.contains(sentence.lowerBound) } ?? document.paragraphs.count
        for paragraph in document.paragraphs.dropFirst(first + 1).prefix(4) {
            let outside = paragraph.filter { quotation(containing: $0) == nil }
            if outside.contains(where: { index in document.entity(at: index).map { $0.entity.person != nil && $0.entity.person != sender } == true }) { break }
            words += isSalutation(paragraph) ? Array(paragraph) : paragraph.filter { quotation(containing: $0) != nil }
        }
        return words
    }

    /// Another state's people that a message's own words address (`peopleAddressedInText`) when they address no one as "you"
    /// ("I extend my condolences to the families of the victims and to the people of Y"): the message goes to that people, as a
    /// report "to the people of Y" does. Nil when the words speak to "you" (a leader written to: "I express to you and to the
    /// people of Y"), address the sender's own people, or address none.
    func peopleAddressedAlone(by sentence: Range<Int>, sender: String) -> String? {
        let words = messageWords(of: sentence, sender: sender)
        guard !words.contains(where: { ["you", "your", "yours", "yourself"].contains(document.word($0)) }),
              let people = addressedPeople(among: words, sender: sender), people != countryOf(person: sender) else { return nil }
        return people
    }

    /// The quoted words of the paragraph of `sentence` from the sentence on, and from the opening mark of a quotation the sentence
    /// begins inside ('"Dear compatriots! I congratulate you ...," says A in his message' is split at the exclamation mark).
    func quotedWords(from sentence: Range<Int>) -> [Int] {
        let paragraph = document.paragraph(containing: sentence.lowerBound)
        var start = sentence.lowerBound
        while start > paragraph.lowerBound, quotation(containing: start) != nil { start -= 1 }
        return (start..<paragraph.upperBound).filter { quotation(containing: $0) != nil }
    }

    /// Whether the words congratulate or greet "you" ("I cordially congratulate you", "We greet you", "I congratulate all of you"):
    /// a message's own words to the one it is addressed to.
    func congratulatesYou(_ indices: [Int]) -> Bool {
        indices.contains { index in
            let next = document.word(index + 1)
            return ["congratulate", "greet", "felicitate"].contains(document.word(index)) && (next == "you" || next == "all" && ["of", "you"].contains(document.word(index + 2)))
        }
    }

    /// The first people `indices` address (`peopleAddressedInText`): its country, or the sender's for their own people.
    func addressedPeople(among indices: [Int], sender: String) -> String? {
        let read = Set(indices)
        for index in indices {
            let word = document.word(index)
            var country: String?
            var start = index
            if Self.peopleNouns.contains(word), document.word(index + 1) == "of" {
                let place = document.word(index + 2) == "the" ? index + 3 : index + 2
                country = document.entity(at: place)?.entity.country
            } else if Self.peopleNouns.contains(word), let adjective = document.entity(at: index - 1), adjective.end == index, let code = adjective.entity.country {
                // "the Mongolian people", "the fraternal Uzbek nation".
                country = code
                start = adjective.start
            } else if Self.ownPeopleNouns.contains(word) || Self.fellowPeopleNouns.contains(word) && ["fellow", "dear"].contains(document.word(index - 1))
                        || Self.fellowPeopleNouns.contains(word) && document.word(index - 1) == "-" && document.word(index - 2) == "fellow" {
                // "Dear compatriots", "my fellow citizens", "fellow-countrymen", "Dear citizens," with no country: the writer's own.
                guard !["of", "'s"].contains(document.word(index + 1)), document.entity(at: index + 1) == nil else { continue }
                country = countryOf(person: sender)
                if document.word(index - 1) == "-" { start = index - 2 }
            }
            guard let country else { continue }
            while read.contains(start - 1), Self.peopleEpithets.contains(document.word(start - 1)) { start -= 1 }
            if Self.peopleCues.contains(document.word(start)) || read.contains(start - 1) && Self.peopleCues.contains(document.word(start - 1)) { return country }
        }
        return nil
    }
}
