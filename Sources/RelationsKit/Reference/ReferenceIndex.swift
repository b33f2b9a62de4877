/// Fast lookups over `ReferenceData` for the extractor: who held an office on a date,
/// which offices a person held, which treaty a name refers to.
struct ReferenceIndex: Sendable {
    let data: ReferenceData
    let termsByPerson: [String: [ReferenceData.OfficeTerm]]
    /// Office title (offices.tsv) for a role ("head_of_state" → "President").
    let officeForRole: [String: String]
    let roleForOffice: [String: String]
    /// Office title for each of its forms that names a body with "of the" ("chairman of the government" → "Prime
    /// Minister"), lowercased: the form may stand with a country's adjective inside ("Chairman of the Russian Government").
    let officeByBodyForm: [String: String]
    /// Each person by every spelling folded over transliteration variants (`NameKey.transliteration`), for a full name
    /// spelt another way ("Ayaz Mutalibov" for Ayaz Mutallibov); a key two persons share is left out.
    let personBySpellingKey: [String: String]
    /// Each reference treaty with its name and each of its aliases folded by `treatyKey`, folded once: the rules compare
    /// names with every treaty of the tables, many times an article.
    let keyedTreaties: [(key: String, treaty: ReferenceData.Treaty)]
    /// Each treaty-organisation the tables list with the organisation later built on it, named as the treaty with
    /// "Organization" after it (CST → CSTO), and the year that organisation was founded.
    let institutionalisedAs: [String: (code: String, year: Int)]
    /// Every name of each historical event (`historical_events.tsv`) as lowercase tokens, with the event's year; the
    /// longest names first, so that a name is tried before any shorter one it begins with.
    let historicalEvents: [(words: [String], year: Int)]
    /// The countries of each region by the words `countries.tsv` gives for it, in small letters ("central asian" → the five
    /// Central Asian states), for "the Central Asian country's independence".
    let countriesByRegionWords: [String: Set<String>]

    init(_ data: ReferenceData) {
        self.data = data
        countriesByRegionWords = data.countries.reduce(into: [:]) { regions, country in
            for words in country.regionWords { regions[Tokenizer.lowercase(words), default: []].insert(country.iso3) }
        }
        historicalEvents = data.events.flatMap { event -> [(words: [String], year: Int)] in
            guard let year = Int(event.date.prefix(4)) else { return [] }
            return ([event.name] + event.aliases).map { (Tokenizer.tokenize(MatchText($0)).map(\.lower), year) }
        }.sorted { $0.words.count > $1.words.count }
        var institutionalisedAs: [String: (code: String, year: Int)] = [:]
        for treaty in data.organisations {
            for organisation in data.organisations where ["Organization", "Organisation"].contains(where: { organisation.name == treaty.name + " " + $0 }) {
                if let year = organisation.founded.flatMap({ Int($0.prefix(4)) }) { institutionalisedAs[treaty.code] = (organisation.code, year) }
            }
        }
        self.institutionalisedAs = institutionalisedAs
        keyedTreaties = data.treaties.flatMap { treaty in (ReferenceIndex.readings(treaty.name) + treaty.aliases).map { (ReferenceIndex.treatyKey($0), treaty) } }
        termsByPerson = Dictionary(grouping: data.terms, by: \.person)
        var byKey: [String: String] = [:]
        var shared = Set<String>()
        for term in data.terms {
            for spelling in [term.person] + term.aliases where spelling.contains(" ") {
                let key = NameKey.transliteration(spelling)
                if let other = byKey[key], other != term.person { shared.insert(key) }
                byKey[key] = term.person
            }
        }
        personBySpellingKey = byKey.filter { !shared.contains($0.key) }
        var officeForRole: [String: String] = [:]
        var roleForOffice: [String: String] = [:]
        for office in data.offices {
            if let role = office.role {
                officeForRole[role] = officeForRole[role] ?? office.office
                roleForOffice[office.office] = role
            }
        }
        self.officeForRole = officeForRole
        self.roleForOffice = roleForOffice
        var byBodyForm: [String: String] = [:]
        for office in data.offices {
            for form in office.variants where form.contains(" of the ") { byBodyForm[form.lowercased()] = office.office }
        }
        officeByBodyForm = byBodyForm
    }

    /// Whether an ISO date (possibly shortened) falls in `from...to` (open ends allowed).
    static func covers(_ date: String, from: String?, to: String?) -> Bool {
        if let from, date < from, !date.hasPrefix(from), !from.hasPrefix(date) { return false }
        if let to, date > to, !date.hasPrefix(to) { return false }
        return true
    }

    /// Terms of `person`, those covering `date` first.
    func terms(of person: String, on date: String?) -> [ReferenceData.OfficeTerm] {
        let all = termsByPerson[person] ?? []
        guard let date else { return all.reversed() }
        let current = all.filter { ReferenceIndex.covers(date, from: $0.from, to: $0.to) }
        return current + all.filter { term in !current.contains { $0.from == term.from && $0.role == term.role } }.reversed()
    }

    /// The person who held `office` of `country` on `date`.
    func holder(office: String, country: String, on date: String?) -> String? {
        guard let date, let role = roleForOffice[office] else { return nil }
        return data.terms.last { $0.country == country && $0.role == role && ReferenceIndex.covers(date, from: $0.from, to: $0.to) }?.person
    }

    /// The office-holder a name spells otherwise ("Serzh Sarkisian" for Serzh Sargsyan, "Nursultan Nazarvayev" for Nursultan
    /// Nazarbayev): among those who held `office` (of `country` when it is given) on `date` (in any term when the date is
    /// unknown), the one a spelling of whom is at most one consonant away, vowels aside: in the family name (g for k, b for
    /// v), or in the given name when the family names agree ("Gasim-Jomart Tokayev"). Nil unless exactly one holder fits, and for an office without a role
    /// ("Speaker"); a name one consonant off must have four consonants or more.
    func holder(spelledAs name: String, office: String, country: String?, on date: String?) -> (person: String, country: String)? {
        guard let role = roleForOffice[office] else { return nil }
        let parts = name.split(separator: " ").map(String.init)
        guard parts.count >= 2 else { return nil }
        let given = NameKey.consonants(parts.dropLast().joined(separator: " "))
        let family = NameKey.consonants(parts.last!)
        guard !family.isEmpty else { return nil }
        var fits: [String: String] = [:]
        for term in data.terms where term.role == role && (country == nil || term.country == country)
            && (date.map { ReferenceIndex.covers($0, from: term.from, to: term.to) } ?? true) {
            let matches = ([term.person] + term.aliases).contains { spelling in
                let words = spelling.split(separator: " ").map(String.init)
                guard words.count >= 2 else { return false }
                let spelledGiven = NameKey.consonants(words.dropLast().joined(separator: " ")), spelledFamily = NameKey.consonants(words.last!)
                // One consonant apart in all: in the family name, or in the given name when the family name agrees.
                if spelledGiven == given { return spelledFamily == family || family.count >= 4 && ReferenceIndex.withinOneEdit(spelledFamily, family) }
                return spelledFamily == family && given.count >= 4 && ReferenceIndex.withinOneEdit(spelledGiven, given)
            }
            if matches { fits[term.person] = term.country }
        }
        guard fits.count == 1, let fit = fits.first else { return nil }
        return (fit.key, fit.value)
    }

    /// Whether two strings differ by at most one substitution, insertion or deletion.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let a = Array(a), b = Array(b)
        if a == b { return true }
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = 0, j = 0, edits = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }

    /// The country and office title a person is known for on `date` (their current term, else any).
    func office(of person: String, on date: String?) -> (country: String, office: String)? {
        guard let term = terms(of: person, on: date).first else { return nil }
        return (term.country, officeForRole[term.role] ?? term.office)
    }

    /// The year what an anniversary celebrates began, from the reference tables: the establishment of
    /// diplomatic relations, a treaty's signing, an organisation's founding.
    func baseYear(of anniversary: ArticleFacts.Anniversary) -> Int? { DateWords.year(of: baseDate(of: anniversary)) }

    /// The date the reference tables give what an anniversary marks, as precise as they give it.
    func baseDate(of anniversary: ArticleFacts.Anniversary) -> String? {
        switch anniversary.subject {
        case "diplomatic relations":
            let pair = Set(anniversary.parties)
            return data.relations.first { Set([$0.countryA, $0.countryB]) == pair }?.established
        case "independence":
            return anniversary.parties.count == 1 ? data.country(anniversary.parties[0])?.independence : nil
        default:
            if let org = data.organisations.first(where: { $0.code == anniversary.subject }) { return org.founded }
            return treaty(named: anniversary.subject, parties: anniversary.parties)?.signed
        }
    }

    /// The year the reference tables date a membership event (see `date(of:)`).
    func year(of event: ArticleFacts.Membership) -> Int? { DateWords.year(of: date(of: event)) }

    /// The date the reference tables give a membership event, as precise as they give it: "joined", the joining date;
    /// "left", the leaving date; "suspended" and "froze", the day the member put its participation on hold (`suspended`,
    /// which need not end the membership: Uzbekistan suspended its part in GUUAM in 2002 and left in 2005); "observer", the
    /// day the observer status was granted. A candidacy is no membership: a country that is only a candidate has not joined.
    func date(of event: ArticleFacts.Membership) -> String? {
        let rows = data.memberships.filter { $0.organisation == event.org && $0.country == event.country && $0.role != "candidate" }
        switch event.action {
        case "joined": return rows.count == 1 || rows.contains { $0.role == "member" } ? rows.first { $0.role == "member" }?.joined ?? rows.first?.joined : nil
        case "left": return rows.compactMap(\.left).max()
        case "suspended", "froze": return rows.compactMap(\.suspended).max()
        case "observer": return rows.first { $0.role == "observer" }?.joined
        default: return nil
        }
    }

    /// Normalizes a treaty name for comparison ("Treaty on Friendship" ~ "Treaty of Friendship").
    static func treatyKey(_ name: String) -> String {
        name.lowercased()
            .replacingOccurrences(of: " on ", with: " of ")
            .replacingOccurrences(of: "-", with: " ")
            .replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "neighborliness", with: "neighbourliness")
            .split(separator: " ").joined(separator: " ")
    }

    /// A name that gives a word's alternative in brackets ("Treaty (Agreement) on Strategic Partnership"), read every way:
    /// whole, with the word ("Treaty on Strategic Partnership") and with its alternative ("Agreement on ..."). A name that
    /// closes with the one it is known by ("Agreement on the Creation of the Commonwealth of Independent States (Belovezha
    /// Accords)") is read whole, without it, and as that name alone. A year in brackets ("... (2002)") is no alternative.
    static func readings(_ name: String) -> [String] {
        if name.hasSuffix(")"), let open = name.range(of: " (", options: .backwards) {
            let known = name[open.upperBound..<name.index(before: name.endIndex)]
            return known.contains(where: \.isLetter) && known.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" }) ? [name, String(name[..<open.lowerBound]), String(known)] : [name]
        }
        guard let open = name.range(of: " ("), let close = name.range(of: ") ", range: open.upperBound..<name.endIndex) else { return [name] }
        let alternative = name[open.upperBound..<close.lowerBound]
        guard !alternative.isEmpty, alternative.allSatisfy({ $0.isLetter || $0 == " " }) else { return [name] }
        let head = name[..<open.lowerBound]
        let rest = name[close.upperBound...]
        let word = head.split(separator: " ").last ?? head
        return [name, "\(head) \(rest)", "\(head.dropLast(word.count))\(alternative) \(rest)"]
    }

    /// The reference treaty with this name, read every way (`readings`), between these parties, if any.
    func treaty(named name: String, parties: [String]) -> ReferenceData.Treaty? {
        let keys = Set(ReferenceIndex.readings(name).map(ReferenceIndex.treatyKey))
        let named = keyedTreaties.filter { keys.contains($0.key) }.map(\.treaty)
        return named.first { treaty in parties.allSatisfy(treaty.parties.contains) } ?? (parties.isEmpty ? named.first : nil)
    }

    /// The reference treaties whose folded name (`treatyKey`) is `key`.
    func treaties(keyed key: String) -> [ReferenceData.Treaty] {
        keyedTreaties.filter { $0.key == key }.map(\.treaty)
    }
}

import Foundation
