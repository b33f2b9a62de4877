import GRDB

/// The derived tables of `Migrations/0006_derived_facts.sql`: `message_countries` (the rows of the view
/// `message_parties_derived`) and `conflicting_facts` (the rows of `anniversary_conflicts_derived`,
/// `office_conflicts_derived` and `membership_conflicts_derived`).
///
/// Triggers keep them true as articles and their facts are written and deleted. What they cannot follow is the
/// reference data they are derived from (office terms, memberships, diplomatic relations, treaties): whenever the
/// reference tables are reloaded, `recompute` derives both tables again from scratch.
enum DerivedFacts {
    static func recompute(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM message_countries;
            INSERT INTO message_countries (message, side, iso3) SELECT message, side, iso3 FROM message_parties_derived;
            DELETE FROM conflicting_facts;
            INSERT INTO conflicting_facts (kind, iso3, anniversary) SELECT 'anniversary', iso3, anniversary FROM anniversary_conflicts_derived;
            INSERT INTO conflicting_facts (kind, iso3, office_mention) SELECT 'office', iso3, office_mention FROM office_conflicts_derived;
            INSERT INTO conflicting_facts (kind, iso3, membership_event) SELECT 'membership', iso3, membership_event FROM membership_conflicts_derived;
            """)
    }
}
