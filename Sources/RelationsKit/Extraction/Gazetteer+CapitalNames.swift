/// When a capital's name is part of another name and stands for no country: a document's or a body's ("the Alma-Ata
/// Protocol", "the OSCE Minsk Group", "the Tashkent collective security treaty", "the Helsinki Final Act", "the Minsk-2
/// agreements", "the Charter of Paris", "the Treaty of Tashkent"), a standard's ("the Copenhagen criteria", "the Madrid principles"), an event's ("the 2008 Bucharest
/// summit", "the Tashkent conference on Afghanistan", "NATO's Bucharest summit"), a landmark's or an outlet's ("the Berlin
/// Wall", "the Astana Times") or a person's, as a given name before a
/// surname ("Sofia Petrova", "Secretary General Baghdad Amreyev"). A capital that stands for its government keeps its
/// country: "Kiev announced", "talks between Minsk and Moscow", "the Moscow-Minsk talks", "Moscow's summit", "Moscow talks
/// to Kiev"; so does a place: "in Baku Aliyev said" (which `Parties` weighs as a venue).
/// The word lists these rules read are here, and only here.
extension Gazetteer {
    /// Nouns that, after a capital's name, make it the name of a document, a process or a body ("the Tashkent treaty" as
    /// much as "the Tashkent Treaty").
    static let documentNouns: Set<String> = {
        let singular = ["Protocol", "Group", "Agreement", "Accord", "Declaration", "Treaty", "Pact", "Process", "Format", "Initiative", "Charter",
                        "Convention", "Statute", "Document"]
        // Both cases, and the plurals ("the Alma-Ata documents", "the Minsk Protocols"); "Memorandum" has its own.
        let nouns = singular.flatMap { [$0, $0.hasSuffix("y") ? String($0.dropLast()) + "ies" : $0.hasSuffix("s") ? $0 + "es" : $0 + "s"] } + ["Memorandum", "Memoranda"]
        return Set(nouns.flatMap { [$0, $0.lowercased()] })
    }()

    /// Nouns of standards and joint texts named after where they were agreed ("the Copenhagen criteria", "the Madrid
    /// principles", "the Washington consensus", "the Baku communique"), in both cases. None is a verb after a singular
    /// subject, so no determiner is needed.
    static let standardNouns: Set<String> = {
        let nouns = ["criteria", "principles", "consensus", "guidelines", "commitments", "communique", "communiqué", "communiques", "communiqués"]
        return Set(nouns.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst()] })
    }()

    /// Nouns of events named after their venue ("the Bucharest summit", "the Tashkent conference", "the Astana forum"), in
    /// both cases. These are no verbs after a singular subject.
    static let eventNouns: Set<String> = {
        let nouns = ["summit", "summits", "conference", "conferences", "forum", "forums", "congress", "session", "sessions", "negotiations",
                     "consultations", "games", "olympics", "olympiad", "festival", "exhibition", "expo", "biennale"]
        return Set(nouns.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst()] })
    }()

    /// Event nouns that are also verbs after a singular subject ("Moscow talks to Kiev", "Minsk meeting its obligations"):
    /// an event's name only after a determiner, a number or a possessive ("the Minsk talks", "the 2014 Minsk meeting"), or
    /// capitalized ("the Minsk Talks").
    static let eventNounsAlsoVerbs: Set<String> = ["talks", "meeting", "meetings", "round", "rounds"]

    /// Words that open a noun phrase before a capital that names a thing ("the", "a", "NATO's", "last", "upcoming"); a number
    /// ("the 2008 Bucharest summit") does too.
    static let nameDeterminers: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "'s",
                                               "last", "next", "upcoming", "forthcoming", "recent", "latest", "previous", "first", "second",
                                               "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    /// Endings of surnames in the copy this tool reads (Russian, Ukrainian, Belarusian, Polish, Armenian, Georgian, Central
    /// Asian and Azerbaijani family names: "Amreyev", "Petrova", "Shevchenko", "Sargsyan", "Shevardnadze", "Saakashvili",
    /// "Kulibayuly", "Rasulzade"): a capitalized word so ending, right after a capital's name, makes the capital a given name.
    static let surnameEndings: [String] = ["ov", "ova", "ev", "eva", "in", "ina", "enko", "uk", "yuk", "chuk", "yan", "ian", "dze", "shvili",
                                           "uly", "kyzy", "vich", "vna", "sky", "ski", "skaya", "skiy", "zade"]

    /// Words that end the modifiers between a capital and the noun of what it names: function words ("the Moscow
    /// authorities plan a summit") and nouns that make the capital its government ("the Minsk government session").
    static let modifierStops: Set<String> = ["and", "or", "of", "in", "to", "the", "a", "an", "for", "with", "on", "at", "by", "from", "as",
                                             "is", "are", "was", "were", "will", "would", "has", "have", "had", "that", "which", "who",
                                             "government", "governments", "authorities", "leadership", "regime", "administration",
                                             "officials", "delegation", "side", "parliament", "cabinet", "president", "ministry"]

    /// Capitalized nouns after a capital that make it its government or a state's body ("the Tbilisi Government", "the Kiev
    /// Regime", "the Moscow Kremlin"), not a thing's name.
    static let governmentNouns: Set<String> = ["kremlin", "white", "administration", "government", "authorities", "leadership", "regime", "cabinet",
                                               "parliament", "presidency", "establishment", "elite", "elites", "officials", "court"]

    /// Whether a capitalized word looks like a family name by its ending ("Amreyev", "Sargsyan", "Shevchenko").
    static func looksLikeSurname(_ token: Token) -> Bool {
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, token.text.count >= 4 else { return false }
        return surnameEndings.contains { token.lower.hasSuffix($0) }
    }

    /// Whether the capital matched at `match` is part of a document's, a standard's or an event's name (see the type's
    /// comment).
    static func capitalNamesThing(_ match: GazetteerMatch, tokens: [Token]) -> Bool {
        if capitalEndsDocumentTitle(match, tokens: tokens) { return true }
        guard match.end < tokens.count else { return false }
        let next = tokens[match.end]
        let before = match.start > 0 ? tokens[match.start - 1] : nil
        // "the Alma-Ata Protocol", "the Minsk agreements": a document's noun right after the capital.
        if documentNouns.contains(next.text) { return true }
        guard next.newlinesBefore == 0 else { return false }
        // "the Moscow-Minsk summit", "the Baku and Tbilisi talks": a capital paired with another names the governments.
        if let before, ["-", "/", "and", "&"].contains(before.lower) { return false }
        let opensPhrase = before.map { nameDeterminers.contains($0.lower) || $0.kind == .number } ?? false
        if standardNouns.contains(next.text) || eventNouns.contains(next.text) { return true }
        if eventNounsAlsoVerbs.contains(next.lower), next.isCapitalized || opensPhrase { return true }
        // One to three modifiers between the capital and the noun ("the Tashkent collective security treaty", "the Helsinki
        // Final Act", "the Tashkent international conference", "the 2008 Bucharest [NATO] summit", "the Minsk-2 agreements"):
        // only after a word that opens a noun phrase.
        guard opensPhrase else { return false }
        // "the fall of the Berlin Wall", "the Astana Times reported": after a determiner, a capitalized word that is no
        // government's noun and no name's start, then no further capitalized word, makes the capital part of a landmark's or
        // a body's name.
        if before?.lower != "'s", next.kind == .word, next.isCapitalized, !next.isAllCaps, next.text.count >= 3, next.spaceBefore,
           !modifierStops.contains(next.lower), !governmentNouns.contains(next.lower), DateWords.weekdays[next.lower] == nil, DateWords.month(next) == nil,
           match.end + 1 >= tokens.count || !(tokens[match.end + 1].kind == .word && tokens[match.end + 1].isCapitalized) || tokens[match.end + 1].newlinesBefore > 0 {
            return true
        }
        var cursor = match.end, modifiers = 0, bracket = false
        while cursor < tokens.count, tokens[cursor].newlinesBefore == 0 {
            let token = tokens[cursor]
            if cursor > match.end, !bracket, documentNouns.contains(token.text) || standardNouns.contains(token.text) || eventNouns.contains(token.text)
                || eventNounsAlsoVerbs.contains(token.lower) || token.text == "Act" { return true }
            // A number joined by a hyphen: "the Minsk-2 agreements".
            if cursor == match.end, token.text == "-", !token.spaceBefore, cursor + 1 < tokens.count, tokens[cursor + 1].kind == .number,
               !tokens[cursor + 1].spaceBefore {
                cursor += 2
                modifiers += 1
                continue
            }
            // A year: "the Vienna 1969 Convention on the Law of Treaties".
            if token.kind == .number, token.text.count == 4, !bracket {
                cursor += 1
                modifiers += 1
                guard modifiers <= 3 else { return false }
                continue
            }
            switch token.text {
            // An editor's insertion of up to two words: "the 2008 Bucharest [NATO] summit".
            case "[" where !bracket && modifiers == 0: bracket = true
            case "]" where bracket: bracket = false
            default:
                guard token.kind == .word, !modifierStops.contains(token.lower), token.isLowercase || token.isCapitalized else { return false }
                if bracket { if cursor - match.end > 2 { return false } } else { modifiers += 1 }
            }
            guard modifiers <= 3 else { return false }
            cursor += 1
        }
        return false
    }

    /// Whether the capital matched at `match` closes a document's title built with "of" ("the Charter of Paris", "the Treaty
    /// of Tashkent", "the Final Act of Helsinki", "a new Declaration of Astana", "the Protocols of Alma-Ata"): a capitalized
    /// document noun (`documentNouns`, or "Act") right before "of". Lower case ("a statement of Minsk") is no title; a capital paired with another ("the Declaration of Moscow and Beijing", "the Treaty of
    /// Kiev-Warsaw") names the governments as parties, so it keeps its country.
    static func capitalEndsDocumentTitle(_ match: GazetteerMatch, tokens: [Token]) -> Bool {
        guard match.start >= 2, tokens[match.start - 1].lower == "of", tokens[match.start - 1].newlinesBefore == 0 else { return false }
        let noun = tokens[match.start - 2]
        guard noun.kind == .word, noun.isCapitalized, !noun.isAllCaps, documentNouns.contains(noun.text) || noun.text == "Act" || noun.text == "Acts"
        else { return false }
        // "of Moscow and Beijing", "of Kiev-Warsaw": a connector, then a capitalized word ("of Astana and the Protocols" is a list).
        if match.end + 1 < tokens.count, ["-", "/", "and", "&"].contains(tokens[match.end].lower), tokens[match.end + 1].isCapitalized { return false }
        return true
    }

    /// Whether the capital matched at `match` is a given name: a capitalized word that looks like a surname follows on the
    /// same line and begins no other name the gazetteer knows (`nextNameStart`: "Baghdad Amreyev congratulated", "Sofia
    /// Petrova, the minister"), and what follows that word is no further capitalized word of a name ("the Astana Eurasian
    /// National University"). Not after "in" or "at" ("in Baku Aliyev said"), nor as an office's complement
    /// (`afterOfficesOf`: "the Mayor of Moscow Sobyanin").
    static func capitalIsGivenName(_ match: GazetteerMatch, tokens: [Token], nextNameStart: Int?, afterOfficesOf: Bool) -> Bool {
        guard match.end - match.start == 1, match.end < tokens.count, !afterOfficesOf else { return false }
        let name = tokens[match.start], surname = tokens[match.end]
        guard name.isCapitalized, !name.isAllCaps, surname.spaceBefore, surname.newlinesBefore == 0, looksLikeSurname(surname),
              nextNameStart != match.end else { return false }
        if match.start > 0, ["in", "at", "near", "outside", "around"].contains(tokens[match.start - 1].lower) { return false }
        if match.end + 1 < tokens.count, case let after = tokens[match.end + 1], after.kind == .word, after.isCapitalized,
           after.newlinesBefore == 0, !looksLikeSurname(after) { return false }
        return true
    }
}
