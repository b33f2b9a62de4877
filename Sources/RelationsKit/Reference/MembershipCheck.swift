/// The reference check of membership events: after extraction, drops an event the reference tables flatly contradict on
/// the article's date. It is a precision mechanism and nothing more: it never adds or changes an event, and it keeps
/// every event it cannot judge.
///
/// An event is dropped when the article has a date, its sentence names no year (a history sentence, "joined NATO in
/// 2004", "applied in 2008", is kept: the check does not know which date the sentence speaks of), and either
/// - the country left, suspended, froze or plans to leave an organisation it never had any role in, or joined one it was
///   never a member of in any role that counts as membership (`joiningRoles`: full or associate member, or participant,
///   as Ukraine in the CIS and Saudi Arabia, whose status is disputed, in BRICS), while `memberships.tsv` lists every
///   full member of that organisation up to the article's date (`organisations.tsv` column `members_complete`):
///   "Georgia left NATO", "Russia joined NATO",
///   "Uzbekistan joined the Customs Union"; or
/// - the country plans to join (applies to) an organisation it has been a full member of since before the article's
///   year: "Romania ... on the path to joining" the EU in 2024. A member row is evidence enough, complete list or not.
///
/// The Collective Security Treaty and the CSTO count as one organisation for the first rule: the CSTO continues the
/// treaty, and copy gives either name to the other's members ("Georgia left the CSTO" in 1999).
///
/// Called once, by `Extractor.extract`, on what `MembershipRules` found.
struct MembershipCheck {
    let reference: ReferenceIndex
    let document: Document

    /// Organisations that continue one another and share members in copy.
    static let continued: [Set<String>] = [["CST", "CSTO"]]
    /// Roles of `memberships.tsv` that copy reports the taking up of as joining ("Ukraine joined the CIS" of a participant,
    /// "Saudi Arabia joined BRICS" of a disputed one); observers, partners and candidates have not joined.
    static let joiningRoles: Set<String> = ["member", "associate", "participant"]
    /// Actions that need the country to be in the organisation.
    static let exits: Set<String> = ["left", "suspended", "froze", "plans_to_leave"]

    /// `events` without those the reference contradicts; all of them when the article has no date.
    func kept(_ events: [ArticleFacts.Membership]) -> [ArticleFacts.Membership] {
        guard let date = document.publishedOn, !events.isEmpty else { return events }
        return events.filter { !contradicts($0, on: date) || namesAYear(start: $0.start, end: $0.end) }
    }

    /// Whether the reference contradicts `event` reported in an article of `date` (a full or partial ISO date).
    func contradicts(_ event: ArticleFacts.Membership, on date: String) -> Bool {
        let memberships = reference.data.memberships
        if event.action == "plans_to_join" {
            guard let year = DateWords.year(of: date) else { return false }
            return memberships.contains { row in
                row.organisation == event.org && row.country == event.country && row.role == "member"
                    && (DateWords.year(of: row.joined).map { $0 < year } ?? false)
                    && (row.left.map { $0 > date } ?? true)
            }
        }
        guard event.action == "joined" || Self.exits.contains(event.action) else { return false }
        let family = Self.continued.first { $0.contains(event.org) } ?? [event.org]
        guard family.allSatisfy({ listsEveryMember(of: $0, on: date) }) else { return false }
        let rows = memberships.filter { family.contains($0.organisation) && $0.country == event.country }
        return event.action == "joined" ? !rows.contains { Self.joiningRoles.contains($0.role) } : rows.isEmpty
    }

    /// Whether `memberships.tsv` lists every full member of `org` up to `date`.
    func listsEveryMember(of org: String, on date: String) -> Bool {
        guard let complete = reference.data.organisations.first(where: { $0.code == org })?.membersComplete else { return false }
        // A partial date stands for its last day: "2026-03" lists every member up to 2026-03-31.
        return date <= complete + "~"
    }

    /// Whether the sentence at body offsets `start..<end` names a year (1900–2100) or says "ago".
    func namesAYear(start: Int, end: Int) -> Bool {
        document.tokens.contains { token in
            let span = document.text.bodySpan(token.start, token.end)
            guard span.start >= start, span.end <= end else { return false }
            if token.kind == .number, token.text.count == 4, let year = Int(token.text) { return (1900...2100).contains(year) }
            return token.lower == "ago"
        }
    }
}
