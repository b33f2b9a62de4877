import Foundation
import GRDB

/// Loads `ReferenceData` into the reference tables. Runs inside the caller's transaction; when the
/// loaded files' hashes match the stored ones it does nothing, otherwise it upserts every row by its
/// natural key, so article facts that point at reference rows stay valid; then the derived tables
/// (`DerivedFacts`) are computed again.
enum ReferenceLoader {
    /// Returns true when anything was (re)loaded.
    @discardableResult
    static func load(_ data: ReferenceData, into db: Database) throws -> Bool {
        let stored = try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT file, sha256 FROM reference_files").map { (row: Row) -> (String, String) in (row["file"], row["sha256"]) })
        if data.files.allSatisfy({ stored[$0.name] == $0.sha256 }) { return false }

        for country in data.countries {
            try db.execute(sql: """
                INSERT INTO countries (iso3, iso2, iso_numeric, name, official_name, capital, un_member, status, country_group, note, source, confidence, independence_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (iso3) DO UPDATE SET iso2 = excluded.iso2, iso_numeric = excluded.iso_numeric, name = excluded.name, independence_on = excluded.independence_on,
                  official_name = excluded.official_name, capital = excluded.capital, un_member = excluded.un_member, status = excluded.status,
                  country_group = excluded.country_group, note = excluded.note, source = excluded.source, confidence = excluded.confidence
                """, arguments: [country.iso3, country.iso2, country.isoNumeric, country.name, country.officialName, country.capital,
                                 country.unMember ? 1 : 0, country.status, country.group, country.note, country.source, country.confidence, country.independence])
        }
        try db.execute(sql: "DELETE FROM country_names")
        for country in data.countries {
            var names: [(String, String)] = [(country.name, "name")]
            country.officialName.map { names.append(($0, "official name")) }
            names += country.aliases.map { ($0, "alias") } + country.formerNames.map { ($0, "former name") } + country.demonyms.map { ($0, "demonym") }
            country.capital.map { names.append(($0, "capital")) }
            names += country.capitalAliases.map { ($0, "capital alias") } + country.formerCapitals.map { ($0, "former capital") }
            names += country.notTheCountry.map { ($0, "not the country") }
            for (name, kind) in names {
                try db.execute(sql: "INSERT OR IGNORE INTO country_names (country, name, kind) VALUES (?, ?, ?)", arguments: [country.iso3, name, kind])
            }
        }

        for org in data.organisations {
            try db.execute(sql: """
                INSERT INTO organisations (code, name, founded_on, operational_from, dissolved_on, members_complete_on, headquarters, note, source, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, founded_on = excluded.founded_on, operational_from = excluded.operational_from,
                  dissolved_on = excluded.dissolved_on, members_complete_on = excluded.members_complete_on, headquarters = excluded.headquarters,
                  note = excluded.note, source = excluded.source, confidence = excluded.confidence
                """, arguments: [org.code, org.name, org.founded, org.operationalFrom, org.dissolved, org.membersComplete, org.headquarters, org.note, org.source, org.confidence])
        }
        try db.execute(sql: "DELETE FROM organisation_names")
        for org in data.organisations {
            try db.execute(sql: "INSERT OR IGNORE INTO organisation_names (organisation, name, kind) VALUES (?, ?, 'name')", arguments: [org.code, org.name])
            for alias in org.aliases where alias != org.name {
                try db.execute(sql: "INSERT OR IGNORE INTO organisation_names (organisation, name, kind) VALUES (?, ?, 'alias')", arguments: [org.code, alias])
            }
        }

        try db.execute(sql: "DELETE FROM memberships")
        for membership in data.memberships {
            try db.execute(sql: """
                INSERT INTO memberships (organisation, country, role, joined_on, left_on, suspended_on, note, source, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [membership.organisation, membership.country, membership.role, membership.joined, membership.left,
                                 membership.suspended, membership.note, membership.source, membership.confidence])
        }

        // Persons keep their ids (articles point at them); terms and spellings are replaced.
        try db.execute(sql: "DELETE FROM office_terms")
        for term in data.terms {
            let person = try personID(term.person, origin: "reference", db: db)
            for alias in term.aliases where alias != term.person {
                try db.execute(sql: "INSERT OR IGNORE INTO person_names (person, name) VALUES (?, ?)", arguments: [person, alias])
            }
            try db.execute(sql: """
                INSERT OR IGNORE INTO office_terms (person, country, role, office, started_on, ended_on, note, source, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [person, term.country, term.role, term.office, term.from, term.to, term.note, term.source, term.confidence])
        }

        try db.execute(sql: "DELETE FROM diplomatic_relations")
        for relation in data.relations {
            try db.execute(sql: """
                INSERT INTO diplomatic_relations (country_a, country_b, established_on, ended_on, status, note, source, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [relation.countryA, relation.countryB, relation.established, relation.ended, relation.status, relation.note, relation.source, relation.confidence])
        }

        // Treaties keep their ids (anniversaries point at them): upsert by (name, signed_on, parties).
        for treaty in data.treaties {
            let id = try Int64.fetchOne(db, sql: """
                INSERT INTO treaties (name, parties, kind, signed_on, in_force_on, ended_on, note, source, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (name, signed_on, parties) DO UPDATE SET kind = excluded.kind, in_force_on = excluded.in_force_on, ended_on = excluded.ended_on,
                  note = excluded.note, source = excluded.source, confidence = excluded.confidence
                RETURNING id
                """, arguments: [treaty.name, treaty.parties.joined(separator: ";"), treaty.kind, treaty.signed, treaty.inForce, treaty.ended, treaty.note, treaty.source, treaty.confidence])!
            try db.execute(sql: "DELETE FROM treaty_parties WHERE treaty = ?", arguments: [id])
            for party in treaty.parties {
                let isCountry = data.countries.contains { $0.iso3 == party }
                try db.execute(sql: "INSERT INTO treaty_parties (treaty, country, organisation) VALUES (?, ?, ?)",
                               arguments: [id, isCountry ? party : nil, isCountry ? nil : party])
            }
        }

        let now = ISO8601DateFormatter().string(from: Date())
        for file in data.files {
            try db.execute(sql: """
                INSERT INTO reference_files (file, sha256, rows, loaded_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (file) DO UPDATE SET sha256 = excluded.sha256, rows = excluded.rows, loaded_at = excluded.loaded_at
                """, arguments: [file.name, file.sha256, file.rows, now])
        }
        // The derived tables depend on office terms, memberships, relations and treaties: derive them again.
        try DerivedFacts.recompute(db)
        return true
    }

    /// The id of the person with this canonical name, created if new.
    static func personID(_ name: String, origin: String, db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM persons WHERE name = ?", arguments: [name]) { return id }
        try db.execute(sql: "INSERT INTO persons (name, origin) VALUES (?, ?)", arguments: [name, origin])
        return db.lastInsertedRowID
    }
}
