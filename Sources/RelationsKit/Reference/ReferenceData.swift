import Foundation

/// The reference tables (countries, organisations, memberships, leaders, diplomatic relations,
/// treaties, offices, historical events), parsed from `seeds/reference/*.tsv`. Pure data: no database.
public struct ReferenceData: Sendable {
    public struct Country: Sendable {
        public let iso3: String, iso2: String?, isoNumeric: String?
        public let name: String, officialName: String?
        public let aliases: [String], formerNames: [String], demonyms: [String]
        public let capital: String?, capitalAliases: [String], formerCapitals: [String]
        /// Phrases containing one of the country's names that do not mean it ("Atlanta, Georgia").
        public let notTheCountry: [String]
        /// The date the country's independence is counted from, when the tables give one.
        public let independence: String?
        public let unMember: Bool, status: String?, group: String
        /// The words copy names the country's region by, for "the Central Asian country" ("Central Asian"; "South Caucasus").
        public let regionWords: [String]
        public let note: String?, source: String, confidence: String
    }
    public struct Organisation: Sendable {
        public let code: String, name: String, aliases: [String]
        public let founded: String?, operationalFrom: String?, dissolved: String?
        /// The day (or month, or year) up to which `memberships.tsv` lists every state that was ever a full member of the
        /// organisation; nil when the list may lack some (BRICS, the UN). Other roles (observers, partners) may be incomplete.
        public let membersComplete: String?
        public let headquarters: String?, note: String?, source: String, confidence: String
    }
    public struct Membership: Sendable {
        public let organisation: String, country: String, role: String
        public let joined: String?, left: String?
        /// The day (or month) the member suspended or froze its participation, which need not end the membership.
        public let suspended: String?
        public let note: String?, source: String, confidence: String
    }
    public struct OfficeTerm: Sendable {
        public let country: String, role: String, office: String
        public let person: String, aliases: [String]
        public let from: String?, to: String?
        public let note: String?, source: String, confidence: String
    }
    public struct DiplomaticRelation: Sendable {
        public let countryA: String, countryB: String
        public let established: String?, ended: String?, status: String
        public let note: String?, source: String, confidence: String
    }
    public struct Treaty: Sendable {
        public let parties: [String], kind: String, name: String
        public let signed: String?, inForce: String?, ended: String?
        public let note: String?, source: String, confidence: String
        /// Other names copy gives the treaty ("Shusha Declaration" for the "Shusha Declaration on Allied Relations"),
        /// matched as its name is (`ReferenceIndex.keyedTreaties`); the `aliases` column, empty when the row has none.
        public let aliases: [String]
    }
    /// An event of history that copy counts anniversaries of ("the 30th anniversary of the collapse of the Soviet Union"),
    /// with the names copy gives it; its year dates an article that marks the anniversary.
    public struct HistoricalEvent: Sendable {
        public let name: String, date: String, aliases: [String]
        public let note: String?, source: String, confidence: String
    }
    /// A title as texts write it ("Foreign Minister", "Minister of Foreign Affairs") and the office it names.
    public struct OfficeTitle: Sendable {
        public let office: String, role: String?, variants: [String], plurals: [String]
    }

    public var countries: [Country] = []
    public var organisations: [Organisation] = []
    public var memberships: [Membership] = []
    public var terms: [OfficeTerm] = []
    public var relations: [DiplomaticRelation] = []
    public var treaties: [Treaty] = []
    public var offices: [OfficeTitle] = []
    public var events: [HistoricalEvent] = []
    /// (file name, SHA-256 of its text, row count) for each table read.
    public var files: [(name: String, sha256: String, rows: Int)] = []

    /// The reference data bundled with this build.
    public static let bundled: ReferenceData = {
        do { return try ReferenceData(files: Bundled.referenceTables) } catch { fatalError("bundled reference data: \(error)") }
    }()

    public init(files: [EmbeddedFile]) throws {
        func table(_ name: String) throws -> TSVTable {
            guard let file = files.first(where: { $0.name == name }) else {
                throw RelationsError.reference(file: name, line: 0, reason: "missing")
            }
            let parsed = try TSVTable(file: name, text: file.text)
            self.files.append((name, Hashing.sha256Hex(file.text), parsed.rows.count))
            return parsed
        }
        for (_, row) in try table("countries.tsv").rows {
            countries.append(Country(
                iso3: row["iso3"] ?? "", iso2: row.value("iso2"), isoNumeric: row.value("iso_numeric"),
                name: row["name"] ?? "", officialName: row.value("official_name"),
                aliases: row.list("aliases"), formerNames: row.list("former_names"), demonyms: row.list("demonyms"),
                capital: row.value("capital"), capitalAliases: row.list("capital_aliases"), formerCapitals: row.list("former_capitals"),
                notTheCountry: row.list("not_the_country"), independence: row.value("independence"),
                unMember: row["un_member"] == "yes", status: row.value("status"), group: row["group"] ?? "other",
                regionWords: row.list("region_words"), note: row.value("note"), source: row["source"] ?? "", confidence: row["confidence"] ?? "low"))
        }
        for (_, row) in try table("organisations.tsv").rows {
            organisations.append(Organisation(
                code: row["code"] ?? "", name: row["name"] ?? "", aliases: row.list("aliases"),
                founded: row.value("founded"), operationalFrom: row.value("operational_from"), dissolved: row.value("dissolved"),
                membersComplete: row.value("members_complete"), headquarters: row.value("headquarters"), note: row.value("note"), source: row["source"] ?? "", confidence: row["confidence"] ?? "low"))
        }
        for (_, row) in try table("memberships.tsv").rows {
            memberships.append(Membership(
                organisation: row["org"] ?? "", country: row["iso3"] ?? "", role: row["role"] ?? "",
                joined: row.value("joined"), left: row.value("left"), suspended: row.value("suspended"),
                note: row.value("note"), source: row["source"] ?? "", confidence: row["confidence"] ?? "low"))
        }
        for (_, row) in try table("leaders.tsv").rows {
            terms.append(OfficeTerm(
                country: row["iso3"] ?? "", role: row["role"] ?? "", office: row["office"] ?? "",
                person: row["name"] ?? "", aliases: row.list("aliases"), from: row.value("from"), to: row.value("to"),
                note: row.value("note"), source: row["source"] ?? "", confidence: row["confidence"] ?? "low"))
        }
        for (_, row) in try table("diplomatic_relations.tsv").rows {
            relations.append(DiplomaticRelation(
                countryA: row["iso3_a"] ?? "", countryB: row["iso3_b"] ?? "",
                established: row.value("established"), ended: row.value("ended"), status: row["status"] ?? "",
                note: row.value("note"), source: row["source"] ?? "", confidence: row["confidence"] ?? "low"))
        }
        for (_, row) in try table("treaties.tsv").rows {
            treaties.append(Treaty(
                parties: row.list("parties"), kind: row["type"] ?? "", name: row["name"] ?? "",
                signed: row.value("signed"), inForce: row.value("in_force"), ended: row.value("ended"),
                note: row.value("note"), source: row["source"] ?? "", confidence: row["confidence"] ?? "low", aliases: row.list("aliases")))
        }
        for (_, row) in try table("offices.tsv").rows {
            offices.append(OfficeTitle(office: row["office"] ?? "", role: row.value("role"), variants: row.list("variants"), plurals: row.list("plurals")))
        }
        for (_, row) in try table("historical_events.tsv").rows {
            events.append(HistoricalEvent(
                name: row["name"] ?? "", date: row["date"] ?? "", aliases: row.list("aliases"),
                note: row.value("note"), source: row["source"] ?? "", confidence: row["confidence"] ?? "low"))
        }
    }

    /// The country whose ISO3 is `iso3`.
    public func country(_ iso3: String) -> Country? { countries.first { $0.iso3 == iso3 } }
}
