/// Coordination: the lists a sentence makes of the things the rules read one by one (countries, persons, offices of a
/// country), read once by one reader instead of by each rule's own loop.
///
/// Wire copy lists leaders, recipients and members in every shape at once: commas, "and", "as well as", "along with",
/// semicolons, several of them in one list ("to Chinese President A, North Korean leader B, Indian Prime Minister C, as well
/// as Hungarian Prime Minister D, Serbian President E, and Pope F"), with each item's own descriptors (a country's adjective,
/// an office, words of tenure: "former Cuban President G", "President-elect H"), inside brackets after the group they list
/// ("the leaders of the countries of the region (A, B, C and D)"). A rule hands the reader the anchors it reads (its actors'
/// token ranges: a person, a country) and gets back the groups of anchors that stand coordinated, each with the descriptors
/// its items carry, whether a conjunction closes it, and the head noun of the group it lists, if one stands before it ("the
/// leaders of", "the presidents of", "member states").
struct Coordination {
    /// One item of a list: the anchor the rule read (`anchor`) and, around it, the descriptors that belong to it
    /// (`start..<end`: "former Cuban President" before a person, "Republic" after a country's name).
    struct Conjunct: Equatable {
        let anchor: Range<Int>
        let start: Int
        let end: Int
    }

    /// Items that stand coordinated, in order. `closed` when a conjunction ("and", "as well as", "along with") brings the last
    /// item; `head` is the plural noun of the group the items list ("leaders", "presidents", "members"), when one stands before
    /// the first item with only the group's own words between ("the leaders of the countries of the region (").
    struct Group: Equatable {
        var conjuncts: [Conjunct]
        var closed: Bool
        var head: String?
        /// The token after the last item (and its descriptors).
        var end: Int { conjuncts.last?.end ?? 0 }
        var start: Int { conjuncts.first?.start ?? 0 }
    }

    let document: Document

    /// Words of a conjunction that brings a list's next (usually last) item.
    static let conjunctions: [[String]] = [["and"], ["as", "well", "as"], ["along", "with"], ["together", "with"], ["and", "also"]]

    /// Words an item's descriptors may hold besides the gazetteer's countries and offices: articles, courtesy titles, words of
    /// tenure ("former", "outgoing", "newly elected", "-elect") and nouns of a state's head in small letters ("North Korean
    /// leader B").
    static let descriptorWords: Set<String> = ["the", "'s", "of", "mr", "mrs", "ms", "dr", "former", "outgoing", "incoming", "newly", "elected", "re-elected",
                                               "ex", "-", "elect", "acting", "interim", "leader", "counterpart", "president", "premier", "king", "queen",
                                               "emir", "sultan", "monarch", "chancellor", "ruler"]

    /// Words after a country's name that still belong to the item ("the Azerbaijan Republic", "the Kyrgyz Republic").
    static let trailingWords: Set<String> = ["republic"]

    /// Plural nouns of a group whose members a list names.
    static let headNouns: Set<String> = ["leaders", "heads", "presidents", "premiers", "kings", "monarchs", "counterparts", "members", "states", "countries",
                                         "nations", "republics", "governments", "peoples"]

    /// The groups of at least two coordinated items among `anchors` (token ranges in order, none overlapping) in `sentence`.
    func groups(of anchors: [Range<Int>], in sentence: Range<Int>) -> [Group] {
        let anchors = anchors.filter { sentence.contains($0.lowerBound) }.sorted { $0.lowerBound < $1.lowerBound }
        var result: [Group] = []
        var current: [Conjunct] = []
        var closed = false
        var closedByAnd = false
        func flush() {
            if current.count >= 2 { result.append(Group(conjuncts: current, closed: closed, head: head(before: current[0].start, in: sentence))) }
            current = []
            closed = false
            closedByAnd = false
        }
        for (number, anchor) in anchors.enumerated() {
            // The walk may reach back over the previous anchor only when that anchor is a descriptor of this one.
            let floor = current.last?.start ?? (number > 0 ? anchors[number - 1].upperBound : sentence.lowerBound)
            let conjunct = Conjunct(anchor: anchor, start: descriptorStart(anchor.lowerBound, floor: floor),
                                    end: trailingEnd(anchor.upperBound, in: sentence))
            if let previous = current.last, conjunct.start <= previous.anchor.lowerBound {
                // The previous anchor is this item's descriptor ("President of ▸Armenia◂ A", "▸Kazakhstan◂'s President B").
                current[current.count - 1] = Conjunct(anchor: anchor, start: previous.start, end: conjunct.end)
            } else if let previous = current.last, previous.end <= conjunct.start, let joint = separator(previous.end..<conjunct.start),
                      // "A, B and C, Russian media reports": after "and" has brought the last item, a bare comma opens another phrase.
                      joint || !closedByAnd {
                current.append(conjunct)
                closed = joint
                closedByAnd = joint && (previous.end..<conjunct.start).contains { document.word($0) == "and" }
            } else {
                flush()
                current = [conjunct]
            }
        }
        flush()
        return result
    }

    /// Whether `gap` between two items is a list's separator: a comma or a semicolon, a conjunction, or both (", and", ", as well
    /// as", "; and"), perhaps with "to" after a conjunction ("and to B"). Nil when it is none; else whether a conjunction stands in it.
    func separator(_ gap: Range<Int>) -> Bool? {
        var words = gap.map { document.word($0) }
        guard !words.isEmpty else { return nil }
        if [",", ";"].contains(words[0]) { words.removeFirst() }
        if words.isEmpty { return false }
        guard let conjunction = Self.conjunctions.first(where: { words.starts(with: $0) }) else { return nil }
        words.removeFirst(conjunction.count)
        if words == ["to"] { words = [] }
        return words.isEmpty ? true : nil
    }

    /// The first token of the descriptors before the anchor at `start`, not before `floor`: countries and offices the gazetteer
    /// knows, capitalized words it does not know ("Pope", "Crown Prince"), and `descriptorWords`; a comma or any other word ends them.
    func descriptorStart(_ start: Int, floor: Int) -> Int {
        var cursor = start
        while cursor > floor {
            let previous = cursor - 1
            if let index = document.spanAt[previous] {
                let span = document.spans[index]
                guard span.entity.country != nil || span.entity.office != nil, span.start >= floor else { break }
                cursor = span.start
                continue
            }
            let token = document.tokens[previous]
            guard Self.descriptorWords.contains(token.lower) || token.kind == .word && token.isCapitalized && !token.isAllCaps else { break }
            cursor = previous
        }
        // A list's own words are no item's descriptors: "and", a comma, "as well as" stop the walk above; an article stays, and
        // the "of" of a group's noun before the first item ("the leaders of ▸A") is the group's.
        while cursor < start, document.word(cursor) == "of" { cursor += 1 }
        return cursor
    }

    /// The token after an item whose anchor ends at `end`, past words that still belong to it (`trailingWords`).
    func trailingEnd(_ end: Int, in sentence: Range<Int>) -> Int {
        var cursor = end
        while cursor < sentence.upperBound, document.spanAt[cursor] == nil, Self.trailingWords.contains(document.word(cursor)) { cursor += 1 }
        return cursor
    }

    /// The plural noun of the group a list names its members of, when it stands before the list's first item at `start` with only
    /// the group's own words between: "of", "the", a colon, a dash or an opening bracket, and words in small letters or capitals
    /// that open no clause ("the leaders of the countries of the region (", "the heads of state of", "member states:"). Nil
    /// when a verb of reporting, a full stop or a quotation stands first, or no such noun stands within ten tokens.
    func head(before start: Int, in sentence: Range<Int>) -> String? {
        var cursor = start - 1
        let stop: Set<String> = [".", ";", "\"", "said", "says", "noted", "which", "who", "that", "and", ","]
        while cursor >= max(sentence.lowerBound, start - 10) {
            let word = document.word(cursor)
            if Self.headNouns.contains(word) { return word }
            if stop.contains(word) { return nil }
            cursor -= 1
        }
        return nil
    }
}

extension Document {
    /// The coordination reader over this document (`Coordination`).
    var coordination: Coordination { Coordination(document: self) }
}
