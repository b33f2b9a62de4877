/// What a name in the gazetteer stands for.
enum GazetteerEntry: Hashable, Sendable {
    enum CountryNameKind: String, Sendable { case name, officialName, alias, formerName, demonym, capital }
    case country(iso3: String, kind: CountryNameKind)
    /// A phrase that contains a country's name but does not mean it ("Atlanta, Georgia").
    case notCountry
    case organisation(code: String)
    /// A person by canonical name; `surnameOnly` when the text gave just the surname.
    case person(name: String, surnameOnly: Bool)
    /// A title ("Foreign Minister"); `plural` for "presidents", "foreign ministers".
    case office(name: String, plural: Bool)
}

/// A gazetteer match: token range `start..<end` and everything the phrase may stand for.
struct GazetteerMatch: Sendable {
    let start: Int
    let end: Int
    let entries: [GazetteerEntry]
}

/// Names of countries, organisations, persons and offices, built from the reference tables,
/// matched in one left-to-right pass over the tokens with a token trie (longest match wins).
/// Matching is case-sensitive, except that an all-capitals text ("MOSCOW", "30TH ANNIVERSARY")
/// matches a name in any case.
final class Gazetteer: Sendable {
    private final class Node {
        var children: [String: Node] = [:]
        var upperChildren: [String: Node] = [:]
        var entries: [GazetteerEntry] = []
    }
    private struct FrozenNode: Sendable {
        let children: [String: Int]
        let upperChildren: [String: Int]
        let entries: [GazetteerEntry]
    }
    private let nodes: [FrozenNode]
    /// The root's case-sensitive keys: most tokens ("the", "said") start no name, and this says so without hashing them.
    private let rootKeys: WordFilter
    /// Token sequences that, after an unknown capitalized word, do not mean the country ("*, Georgia").
    let notCountryAfterUnknownWord: Set<[String]>
    /// Names that, before a capitalized word the gazetteer does not know, are a person's first name ("Jordan *": "Chad Smith").
    let notCountryBeforeUnknownWord: Set<[String]>

    /// A name with the hyphen after the prefix "co" before a vowel closed up ("Co-operation" to "Cooperation", "co-ordination"
    /// to "coordination").
    static func withoutCoHyphen(_ name: String) -> String {
        let characters = Array(name)
        var result = ""
        for (index, character) in characters.enumerated() {
            // A hyphen after a word's "co"/"Co" and before "o" or "e".
            if character == "-", index >= 2, index + 1 < characters.count, "oe".contains(characters[index + 1]),
               characters[index - 1] == "o", "Cc".contains(characters[index - 2]), index == 2 || characters[index - 3] == " " { continue }
            result.append(character)
        }
        return result
    }

    init(_ reference: ReferenceData) {
        let root = Node()
        var wildcardSuffixes = Set<[String]>()
        var wildcardPrefixes = Set<[String]>()
        func words(_ phrase: String) -> [String] { Tokenizer.tokenize(MatchText(phrase).scalars).map(\.text) }
        func add(_ phrase: String, _ entry: GazetteerEntry) {
            let tokens = words(phrase)
            guard !tokens.isEmpty else { return }
            var node = root
            for token in tokens {
                let next = node.children[token] ?? Node()
                node.children[token] = next
                node.upperChildren[token.uppercased()] = next
                node = next
            }
            if !node.entries.contains(entry) { node.entries.append(entry) }
        }
        for country in reference.countries {
            add(country.name, .country(iso3: country.iso3, kind: .name))
            country.officialName.map { add($0, .country(iso3: country.iso3, kind: .officialName)) }
            country.aliases.forEach { add($0, .country(iso3: country.iso3, kind: .alias)) }
            country.formerNames.forEach { add($0, .country(iso3: country.iso3, kind: .formerName)) }
            country.demonyms.forEach { add($0, .country(iso3: country.iso3, kind: .demonym)) }
            (country.capital.map { [$0] } ?? []).forEach { add($0, .country(iso3: country.iso3, kind: .capital)) }
            country.capitalAliases.forEach { add($0, .country(iso3: country.iso3, kind: .capital)) }
            country.formerCapitals.forEach { add($0, .country(iso3: country.iso3, kind: .capital)) }
            for phrase in country.notTheCountry {
                // "*, Georgia": any capitalized word the gazetteer does not know, a comma, the name ("Columbus, Georgia").
                if phrase.hasPrefix("*") {
                    wildcardSuffixes.insert(Tokenizer.tokenize(MatchText(String(phrase.dropFirst())).scalars).map(\.text))
                } else if phrase.hasSuffix(" *") {
                    // "Jordan *": the name, then any capitalized word the gazetteer does not know ("Jordan Bardella").
                    wildcardPrefixes.insert(Tokenizer.tokenize(MatchText(String(phrase.dropLast(2))).scalars).map(\.text))
                } else {
                    add(phrase, .notCountry)
                }
            }
        }
        // Organisation names that list countries ("Customs Union of Belarus, Kazakhstan and Russia", the official
        // name as well as the aliases) are left out: their shorter names still match, and the countries in them count
        // as mentions, since the name states the members.
        // Compared word by word: a substring search per country word and name cost a tenth of a second at every start.
        let countryWords = Set(reference.countries.flatMap { [$0.name] + $0.aliases + $0.demonyms }.map(words))
        let longestCountryWords = countryWords.map(\.count).max() ?? 0
        func namesCountries(_ name: String) -> Bool {
            let tokens = words(name)
            return tokens.indices.dropFirst().contains { start in
                (1...max(1, longestCountryWords)).contains { length in
                    start + length <= tokens.count && countryWords.contains(Array(tokens[start..<(start + length)]))
                }
            }
        }
        for organisation in reference.organisations {
            add(organisation.code, .organisation(code: organisation.code))
            // "Co-operation" is also written "Cooperation" ("the Organisation for Security and Cooperation in Europe"): a name
            // with the prefix's hyphen is also matched without it.
            let written = ([organisation.name] + organisation.aliases).filter { !namesCountries($0) }
            let names = written + written.map(Self.withoutCoHyphen).filter { !written.contains($0) }
            names.forEach { add($0, .organisation(code: organisation.code)) }
            // Long names are unambiguous in lower case too ("the collective security treaty").
            for name in names where name.split(separator: " ").count >= 3 {
                add(name.lowercased(), .organisation(code: organisation.code))
            }
        }
        // Persons: full names and spellings, and each spelling's surname on its own.
        var surnames: [String: Set<String>] = [:]
        for term in reference.terms {
            for spelling in [term.person] + term.aliases {
                add(spelling, .person(name: term.person, surnameOnly: false))
                let parts = spelling.split(separator: " ")
                if parts.count >= 2, let last = parts.last, last.count >= 3 {
                    surnames[String(last), default: []].insert(term.person)
                }
            }
        }
        for (surname, persons) in surnames {
            for person in persons.sorted() { add(surname, .person(name: person, surnameOnly: true)) }
        }
        for office in reference.offices {
            // A title in small letters also opens a sentence ("Defence ministers A and B of ..., respectively", "Foreign
            // minister X said").
            // So does a title in title case ("The Heads of Government A and B signed"): each word capitalized but "of", "the",
            // "and".
            // And a title of several words whose pages capitalize some of them only ("the head of Government of the Russian
            // Federation", "Minister of foreign affairs", "Head of government"): every word of its own in either case, one at
            // least in capitals (all in small letters only when the reference lists that form).
            func forms(_ variant: String) -> [String] {
                let words = variant.split(separator: " ").map(String.init)
                let own = words.indices.filter { index in
                    !["of", "the", "and", "for"].contains(words[index]) && words[index].dropFirst().allSatisfy { !$0.isUppercase }
                }
                var mixed: [String] = []
                if words.count > 1, (2...4).contains(own.count) {
                    for mask in 1..<(1 << own.count) {
                        var cased = words
                        for (bit, index) in own.enumerated() {
                            cased[index] = (mask >> bit) & 1 == 1 ? cased[index].prefix(1).uppercased() + cased[index].dropFirst()
                                : cased[index].prefix(1).lowercased() + cased[index].dropFirst()
                        }
                        mixed.append(cased.joined(separator: " "))
                    }
                }
                guard let first = variant.first, first.isLowercase else { return [variant] + mixed }
                let titled = words.map { word in
                    ["of", "the", "and", "for"].contains(word) ? word : word.prefix(1).uppercased() + word.dropFirst()
                }.joined(separator: " ")
                return [variant, first.uppercased() + variant.dropFirst()] + (titled.contains(" ") ? [titled] : []) + mixed
            }
            office.variants.flatMap(forms).forEach { add($0, .office(name: office.office, plural: false)) }
            office.plurals.flatMap(forms).forEach { add($0, .office(name: office.office, plural: true)) }
            // "Ambassadors Extraordinary and Plenipotentiary": a title whose head noun opens it and is a variant of its own takes
            // that noun's one-word plural ("Ambassadors") in the plural.
            for variant in office.variants {
                let words = variant.split(separator: " ", maxSplits: 1)
                guard words.count == 2, office.variants.contains(String(words[0])),
                      let plural = office.plurals.first(where: { !$0.contains(" ") && $0.hasPrefix(words[0]) }) else { continue }
                add(plural + " " + words[1], .office(name: office.office, plural: true))
            }
        }
        // Freeze into an immutable, Sendable array of nodes.
        var frozen: [FrozenNode] = []
        var ids: [ObjectIdentifier: Int] = [:]
        func index(_ node: Node) -> Int {
            if let id = ids[ObjectIdentifier(node)] { return id }
            let id = frozen.count
            ids[ObjectIdentifier(node)] = id
            frozen.append(FrozenNode(children: [:], upperChildren: [:], entries: []))
            let children = node.children.mapValues(index)
            let upper = node.upperChildren.mapValues(index)
            frozen[id] = FrozenNode(children: children, upperChildren: upper, entries: node.entries)
            return id
        }
        _ = index(root)
        nodes = frozen
        rootKeys = WordFilter(frozen[0].children.keys)
        notCountryAfterUnknownWord = wildcardSuffixes
        notCountryBeforeUnknownWord = wildcardPrefixes
    }

    /// All longest, non-overlapping matches, left to right.
    func matches(in tokens: [Token]) -> [GazetteerMatch] {
        var result: [GazetteerMatch] = []
        var position = 0
        while position < tokens.count {
            var node = 0
            var best: (end: Int, entries: [GazetteerEntry])?
            var index = position
            var upperOnly = false
            // `tokens[index]` and `nodes[node]` are read in place: copying a token or a node to a local retains its strings,
            // dictionaries and arrays, on every token of every article.
            while index < tokens.count {
                // A phrase does not run across a line break.
                if index > position, tokens[index].newlinesBefore > 0 { break }
                var next: Int?
                if !upperOnly, node != 0 || rootKeys.mayContain(tokens[index].text) { next = nodes[node].children[tokens[index].text] }
                if next == nil, tokens[index].isAllCaps || (upperOnly && tokens[index].kind == .punctuation) {
                    next = nodes[node].upperChildren[tokens[index].text.uppercased()]
                    if next != nil { upperOnly = true }
                }
                guard let found = next else {
                    // "Ilham Heydarovich [Aliyev": a patronymic or a bracket (or both) inside a name, passed over.
                    var after = index
                    while node != 0, after < min(tokens.count, index + 2), interruptsName(tokens[after]), after == index || tokens[after].newlinesBefore == 0 { after += 1 }
                    if after > index, after < tokens.count, tokens[after].newlinesBefore == 0, nodes[node].children[tokens[after].text] != nil {
                        index = after
                        continue
                    }
                    break
                }
                node = found
                index += 1
                if !nodes[node].entries.isEmpty { best = (index, nodes[node].entries) }
            }
            if let best, startsWord(tokens, position), endsWord(tokens, best.end) {
                result.append(GazetteerMatch(start: position, end: best.end, entries: best.entries))
                position = best.end
            } else {
                position += 1
            }
        }
        return result
    }

    /// A token that may stand inside a name without being part of it: an editor's square bracket ("Mr. Ilham [Aliyev,
    /// President of Azerbaijan]", "[Russian President Vladimir] Putin", "the Eurasian [Economic] Union") or a patronymic
    /// between a first name and the surname ("Ilham Heydarovich Aliyev", "Islam Abduganiyevich Karimov", "Anna Petrovna
    /// Ivanova"). It is passed over only when the word after it goes on with the same name, so "Vladimir Vladimirovich,"
    /// in a salutation stays what it was.
    private func interruptsName(_ token: Token) -> Bool {
        if token.text == "[" || token.text == "]" { return true }
        guard token.kind == .word, token.isCapitalized, token.lower.count > 5 else { return false }
        return Self.patronymicEndings.contains { token.lower.hasSuffix($0) }
    }

    /// How Russian and Central Asian patronymics end ("-ovich", "-evich", "Ilyich", "-ovna", "-ichna").
    private static let patronymicEndings = ["vich", "ich", "vna", "ichna"]

    /// A match must not begin right after a letter-joined hyphen or apostrophe piece of a longer word. An apostrophe that opens
    /// a quotation ("'Russia will benefit,' he said", "''Russia ...''", a space, a line start or another mark before it) joins
    /// nothing.
    private func startsWord(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        if tokens[index].spaceBefore { return true }
        if previous.text == "'" { return index == 1 || previous.spaceBefore || tokens[index - 2].kind == .punctuation }
        return previous.kind == .punctuation || previous.text == "-"
    }

    /// A match must end the word it is in. A currency sign glued after it makes it a currency's prefix ("US$314 million",
    /// "HK$", "NZ$"), naming money, not the country.
    private func endsWord(_ tokens: [Token], _ end: Int) -> Bool {
        guard end < tokens.count else { return true }
        let next = tokens[end]
        if !next.spaceBefore, Self.currencySigns.contains(next.text) { return false }
        return next.spaceBefore || next.kind == .punctuation || next.text == "'s"
    }

    /// Currency signs that pages glue to a country's letters to name its money ("US$", "A$", "C$").
    private static let currencySigns: Set<String> = ["$"]
}
