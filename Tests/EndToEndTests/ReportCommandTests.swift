import Foundation
import Testing

/// Every report, run as a user would over the seed article plus the invented corpus in Tests/Fixtures/reports/.
@Suite("reports over the seeds and the fixture corpus")
struct ReportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reports")

    /// A database with the seed article and the fixtures imported; removed when the test ends.
    final class Corpus {
        let folder: TemporaryFolder
        let db: String
        init() throws {
            folder = try TemporaryFolder()
            db = folder.file("reports.db").path
            let seeds = try relations("import", "--db", db)
            #expect(seeds.status == 0, "\(seeds.stderr)")
            let fixtures = try relations("import", ReportCommandTests.fixtures.path, "--db", db)
            #expect(fixtures.status == 0, "\(fixtures.stderr)")
            #expect(fixtures.stdout.contains("7 articles (7 new"), "\(fixtures.stdout)")
        }
        deinit { folder.cleanUp() }

        /// `relations ARGS... --db DB --format tsv --no-headers`, as rows of fields.
        func rows(_ arguments: String...) throws -> [[String]] {
            let result = try run(Binary.url, arguments + ["--db", db, "--format", "tsv", "--no-headers"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        }

        /// `relations ARGS... --db DB --format json`, parsed.
        func json(_ arguments: String...) throws -> Any {
            let result = try run(Binary.url, arguments + ["--db", db, "--format", "json"])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        }

        func result(_ arguments: String...) throws -> CommandResult {
            try run(Binary.url, arguments + ["--db", db])
        }
    }

    @Test func anniversariesFromTheFixturesJoinTheSeeds() throws {
        let corpus = try Corpus()
        #expect(try corpus.rows("query", "anniversaries", "--year", "2019").map { Array($0.prefix(5)) } == [["China", "2019", "70", "1949", "diplomatic relations"]])
        #expect(try corpus.rows("query", "anniversaries", "--country", "TJ").map { Array($0.prefix(4)) } == [["Tajikistan", "2022", "30", "1992"]])
    }

    @Test func leadersOnADayComeFromTheReferenceAndFromDatedArticles() throws {
        let corpus = try Corpus()
        let rows = try corpus.rows("query", "leaders", "--country", "kazakh", "--on", "2019-06")
        #expect(rows.map { [$0[3], $0[4], $0[5], $0[6]] } == [
            ["Beibut Atamkulov", "2018-12", "2019-09-18", "reference"],
            ["Askar Mamin", "2019-02-25", "2022-01-05", "reference"],
            ["Kassym-Jomart Tokayev", "2019-03-20", "", "reference"],
            ["Nursultan Nazarbayev", "2019-06-20", "2019-06-20", "article"],
        ])
        // A year covers every day of it: two heads of state in 2019.
        let year = try corpus.rows("query", "leaders", "--country", "KAZ", "--on", "2019")
        #expect(year.filter { $0[1] == "head_of_state" && $0[6] == "reference" }.map { $0[3] } == ["Nursultan Nazarbayev", "Kassym-Jomart Tokayev"])
    }

    @Test func membersOnADate() throws {
        let corpus = try Corpus()
        let csto = try corpus.rows("query", "members", "--org", "collective security treaty organization", "--on", "2010")
        #expect(csto.map { $0[1] } == ["Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"])
        let georgia = try corpus.rows("query", "members", "--country", "Georgian")
        #expect(georgia.map { "\($0[0]) \($0[3])–\($0[4])" } == ["CIS 1993-12–2009-08-18", "CST 1993-12-09–1999", "EU 2023-12-14–", "GUAM 1997-10-10–"])
    }

    @Test func messagesByRecipientKindAndWhoWasNotGreeted() throws {
        let corpus = try Corpus()
        let kazakhstan = try corpus.rows("query", "messages", "--year", "2017", "--to", "Kazakhstan")
        #expect(kazakhstan.map { [$0[1], $0[3], $0[4]] } == [["Vladimir Putin", "Nursultan Nazarbayev", "Kazakhstan"]])
        let congratulations = try corpus.rows("query", "messages", "--kind", "congratulation", "--from", "RUS")
        #expect(congratulations.map { [$0[0], $0[4]] } == [["2019-06-20", "Kazakhstan"], ["2022-04-08", "Tajikistan"]])
        // Ukraine was a CIS participant in 2017 and got no New Year greeting; nor did Kyrgyzstan.
        let ungreeted2017 = try corpus.rows("query", "messages", "--year", "2017", "--occasion", "New Year", "--from", "Russia", "--not-greeted", "CIS")
        #expect(ungreeted2017.map { [$0[0], $0[2]] } == [["Kyrgyzstan", "member"], ["Ukraine", "participant"]])
        // In 2020 Ukraine was gone (2018-05-19), and only Belarus and Armenia were greeted.
        let ungreeted2020 = try corpus.rows("query", "messages", "--year", "2020", "--from", "Russia", "--not-greeted", "CIS")
        #expect(ungreeted2020.map { $0[0] } == ["Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Moldova", "Tajikistan", "Turkmenistan", "Uzbekistan"])
        let missingYear = try corpus.result("query", "messages", "--not-greeted", "CIS")
        #expect(missingYear.status == 64)
        #expect(missingYear.stderr.contains("--not-greeted needs --year"))
    }

    @Test func aCountryProfileHasItsSections() throws {
        let corpus = try Corpus()
        let profile = try #require(try corpus.json("query", "country", "Armenian") as? [String: [[String: Any]]])
        #expect(Set(profile.keys) == ["country", "organisations", "leaders", "relations", "anniversaries", "latest articles"])
        #expect(profile["country"]?.first?["iso3"] as? String == "ARM")
        #expect(profile["organisations"]?.compactMap { $0["org"] as? String } == ["CIS", "CST", "CSTO", "EurAsEC", "EAEU", "SCO"])
        // Armenia's relations in date order, with Russia's among others; Türkiye's, never established, has no date and comes last.
        let russia = profile["relations"]?.first { $0["country"] as? String == "Russia" }
        #expect(russia?["established_on"] as? String == "1992-04-03")
        #expect(russia?["labels"] as? String == "alliance")
        let dates = profile["relations"]?.map { $0["established_on"] as? String } ?? []
        #expect(dates.count > 3 && dates.last == .some(nil) && dates.dropLast().allSatisfy { $0 != nil })
        #expect(dates.compactMap { $0 } == dates.compactMap { $0 }.sorted())
        #expect(profile["relations"]?.last?["status"] as? String == "none")
        #expect(profile["anniversaries"]?.count == 2)
        #expect(profile["latest articles"]?.compactMap { $0["published_on"] as? String } == ["2020-12-30", "2019-03-12", "2017-12-30"])
        // In TSV each section starts with a "# title" line.
        let tsv = try run(Binary.url, ["query", "country", "AM", "--db", corpus.db, "--format", "tsv"])
        #expect(tsv.stdout.hasPrefix("# country\nname\tiso3\t"))
        #expect(tsv.stdout.contains("\n\n# leaders\nrole\toffice\tperson\tstarted_on\tended_on\n"))
    }

    @Test func organisationsCountTheArticlesThatMentionThem() throws {
        let corpus = try Corpus()
        let rows = try #require(try corpus.json("query", "organisations") as? [[String: Any]])
        let eaeu = try #require(rows.first { $0["code"] as? String == "EAEU" })
        #expect(eaeu["articles"] as? Int == 3)
        #expect(eaeu["members"] as? String == "Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia")
        let eurasec = try #require(rows.first { $0["code"] as? String == "EurAsEC" })
        #expect(eurasec["dissolved_on"] as? String == "2015-01-01")
        #expect(eurasec["members"] is NSNull)
    }

    @Test func articlesByDateCountryAndOrganisation() throws {
        let corpus = try Corpus()
        #expect(try corpus.rows("query", "articles", "--from", "2019", "--to", "2019").map { $0[1] } == ["2019-03-12", "2019-06-05", "2019-06-20"])
        #expect(try corpus.rows("query", "articles", "--country", "Tajikistan").map { $0[1] } == ["2017-12-30", "2022-04-08"])
        #expect(try corpus.rows("query", "articles", "--org", "SCO").map { $0[2] } == ["Moscow and Beijing mark 70 years of ties"])
        let seed = try #require(try corpus.rows("query", "articles", "--from", "2017", "--to", "2017-12").first)
        // 10 leaders, 5 anniversaries, 1 membership event, 8 messages, 8 relationship labels ("the two allied countries"
        // labels none: real6's annotators, on this same text).
        #expect(seed[5] == "32")
    }

    @Test func aTimelineMixesReferenceAndArticleFactsInOrder() throws {
        let corpus = try Corpus()
        let rows = try corpus.rows("query", "timeline", "--country", "Georgia", "--from", "2008", "--to", "2009")
        #expect(rows.filter { $0[1] != "office" }.map { [$0[0], $0[1], $0[2], $0[3]] } == [
            ["2008-09-02", "diplomatic relations", "severed with Russia", "reference"],
            ["2009-08-18", "membership", "left CIS (member)", "reference"],
            ["2009-08-18", "membership", "left CIS", "article"],
        ])
    }

    @Test func aLimitShowsTheFirstRowsInOrderAndSaysSoOnStderr() throws {
        let corpus = try Corpus()
        let all = try corpus.rows("query", "timeline", "--country", "Russia", "--limit", "0")
        #expect(all.count > 5 && all.count < 1000)
        // The default (1,000) leaves these out nothing and says nothing.
        let byDefault = try run(Binary.url, ["query", "timeline", "--country", "Russia", "--db", corpus.db, "--format", "tsv", "--no-headers"])
        #expect(byDefault.stderr.isEmpty, "\(byDefault.stderr)")
        #expect(try corpus.rows("query", "timeline", "--country", "Russia") == all)
        // Streamed (one table, TSV): the first rows of the full report, and a notice.
        let five = try run(Binary.url, ["query", "timeline", "--country", "Russia", "--limit", "5", "--db", corpus.db, "--format", "tsv", "--no-headers"])
        #expect(five.status == 0)
        #expect(five.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) } == Array(all.prefix(5)))
        #expect(five.stderr == "relations: showing the first 5 rows; --limit 0 shows all\n")
        // Exactly as many rows as the limit: nothing left out, no notice.
        let exact = try run(Binary.url, ["query", "timeline", "--country", "Russia", "--limit", String(all.count), "--db", corpus.db, "--format", "tsv"])
        #expect(exact.stderr.isEmpty, "\(exact.stderr)")
        // Several tables (a country profile, held whole): each table is limited, and the notice names it; a table
        // with a LIMIT of its own (latest articles) keeps it.
        let profile = try run(Binary.url, ["query", "country", "Russia", "--limit", "1", "--db", corpus.db, "--format", "table"])
        #expect(profile.status == 0)
        #expect(profile.stderr.contains("relations: showing the first 1 rows of leaders; --limit 0 shows all\n"), "\(profile.stderr)")
        let refused = try run(Binary.url, ["query", "timeline", "--country", "Russia", "--limit", "-1", "--db", corpus.db])
        #expect(refused.status == 64)
    }

    @Test func aPairShowsRelationsTreatiesAnniversariesAndLabels() throws {
        let corpus = try Corpus()
        let rows = try corpus.rows("query", "pair", "China", "Russia", "--evidence")
        #expect(rows.map { [$0[0], $0[1], $0[3]] } == [
            ["1949-10-02", "diplomatic relations", "reference"],
            ["2001-06-15", "treaty", "reference"],
            ["2001-07-16", "treaty", "reference"],
            ["2019-06-05", "anniversary", "article"],
            ["2019-06-05", "relationship", "article"],
        ])
        #expect(rows[4][2] == "comprehensive strategic partnership")
        #expect(rows[3][5].contains("70th anniversary of diplomatic relations"))
    }

    /// Without --evidence the evidence column is not computed at all; the other columns and the order stay the same.
    @Test func leavingOutTheEvidenceKeepsTheRowsAndTheirOrder() throws {
        let corpus = try Corpus()
        let reports: [[String]] = [["anniversaries"], ["leaders", "--country", "Kazakhstan"], ["messages"],
                                   ["timeline", "--country", "Russia"], ["pair", "China", "Russia"]]
        for report in reports {
            let shown = try run(Binary.url, ["query"] + report + ["--evidence", "--db", corpus.db, "--format", "json"])
            let hidden = try run(Binary.url, ["query"] + report + ["--db", corpus.db, "--format", "json"])
            let withEvidence = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
            let without = try #require(try JSONSerialization.jsonObject(with: Data(hidden.stdout.utf8)) as? [[String: Any]])
            #expect(!withEvidence.isEmpty, "\(report)")
            #expect(without.allSatisfy { $0["evidence"] == nil }, "\(report)")
            let expected = withEvidence.map { row in row.filter { $0.key != "evidence" } as NSDictionary }
            #expect(without.map { $0 as NSDictionary } == expected, "\(report)")
        }
    }

    @Test func conflictsShowBothSidesAndTheEvidence() throws {
        let corpus = try Corpus()
        let rows = try corpus.rows("query", "conflicts")
        #expect(rows.map { [$0[0], $0[1], $0[4]] } == [
            ["anniversary", "Uzbekistan", "2018-10-22"],
            ["membership", "Armenia", "2019-03-12"],
            ["office", "Kazakhstan", "2019-06-20"],
        ])
        #expect(rows[0][3] == "diplomatic relations established 1992-03-20")
        #expect(rows[0][6].contains("30th anniversary of diplomatic relations"))
        #expect(rows[1][3] == "member 2015-01-02–")
        #expect(rows[2][2] == "Nursultan Nazarbayev is President of Kazakhstan")
        #expect(rows[2][3].contains("Kassym-Jomart Tokayev"))
        #expect(rows[2][6] == "President of Kazakhstan Nursultan Nazarbayev")
        #expect(try corpus.rows("query", "conflicts", "--country", "UZ", "--kind", "anniversary").count == 1)
        #expect(try corpus.rows("query", "conflicts", "--country", "Belarus").isEmpty)
    }

    @Test func searchRanksStemsHighlightsAndFilters() throws {
        let corpus = try Corpus()
        let rows = try corpus.rows("search", "strategic partnerships", "--from", "2018")
        #expect(Set(rows.map { $0[1] }) == ["2018-10-22", "2019-06-05", "2022-04-08"])
        #expect(rows.allSatisfy { $0[3].contains("[strategic] [partnership]") })
        let phrase = try corpus.rows("search", "\"comprehensive strategic\"", "--org", "SCO")
        #expect(phrase.map { $0[1] } == ["2019-06-05"])
        let tajik = try corpus.rows("search", "alliance", "--country", "Tajikistan", "--limit", "1")
        #expect(tajik.count == 1)
        let bad = try corpus.result("search", "\"unbalanced")
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("query:"))
    }

    @Test func searchFollowsAnArticleThatChanged() throws {
        let corpus = try Corpus()
        let changed = corpus.folder.file("changed.jsonl")
        let line = #"{"url": "https://example.org/fixtures/2019-06-05-china", "title": "Moscow and Beijing mark 70 years of ties", "date": "2019-06-05", "text": "MOSCOW, June 5. /TASS/. Russia and China discussed pipelines."}"#
        try Data((line + "\n").utf8).write(to: changed)
        let imported = try relations("import", changed.path, "--db", corpus.db)
        #expect(imported.stdout.contains("1 updated"))
        #expect(try corpus.rows("search", "comprehensive").isEmpty)
        #expect(try corpus.rows("search", "pipeline").map { $0[1] } == ["2019-06-05"])
    }

    @Test func anUnknownCountryOrBadDateIsRefusedWithSuggestions() throws {
        let corpus = try Corpus()
        let country = try corpus.result("query", "leaders", "--country", "Armenai")
        #expect(country.status == 64)
        #expect(country.stderr.contains("unknown country \"Armenai\"; did you mean \"Armenia\""))
        let date = try corpus.result("query", "members", "--on", "2017-13-01")
        #expect(date.status == 64)
        #expect(date.stderr.contains("expected a date as YYYY, YYYY-MM or YYYY-MM-DD"))
        let org = try corpus.result("query", "members", "--org", "CSOT")
        #expect(org.status == 64)
        #expect(org.stderr.contains("did you mean \"CST\""))
        #expect(org.stderr.contains("\"CSTO\""))
    }

    @Test func everyReportIsListedAndDocumented() throws {
        let list = try relations("query", "list", "--format", "tsv", "--no-headers")
        let names = list.stdout.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
        #expect(names == ["anniversaries", "leaders", "members", "messages", "country", "organisations", "articles", "timeline", "pair", "conflicts"])
        #expect(list.stdout.contains("messages [--year <year>] [--from <country>] [--to <country>]"))
        for name in names {
            let help = try relations("query", name, "--help")
            #expect(help.status == 0)
            #expect(help.stdout.contains("\(name)_report"), "\(name) --help names its view")
            #expect(help.stdout.contains("--format"))
        }
        let search = try relations("search", "--help")
        #expect(search.stdout.contains("--country"))
    }

    /// The help's prose is written as paragraphs that ArgumentParser wraps to the terminal: a line cut short in the middle of
    /// a paragraph means the source broke it by hand, which leaves ragged lines at any width but the author's.
    @Test(arguments: [[], ["import"], ["extract"], ["search"], ["eval"], ["query"], ["query", "sql"], ["query", "country"]])
    func helpProseWrapsAsParagraphs(command: [String]) throws {
        let help = try run(Binary.url, command + ["--help"])
        let prose = help.stdout.components(separatedBy: "\nUSAGE:")[0].components(separatedBy: "\n")
        for (index, line) in prose.enumerated() where index + 1 < prose.count {
            let next = prose[index + 1]
            guard !line.isEmpty, !next.isEmpty, !next.hasPrefix(" ") else { continue }
            #expect(line.count >= 60, "a paragraph of `\(command.joined(separator: " ")) --help` breaks after: \(line)")
        }
    }

    @Test func outputFormatsKeepTypesAndNulls() throws {
        let corpus = try Corpus()
        let arguments = ["query", "anniversaries", "--year", "2019", "--db", corpus.db]
        let json = try run(Binary.url, arguments + ["--format", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(objects.first?["ordinal"] as? Int == 70)
        #expect(json.stdout.contains("\"ordinal\": 70,"))
        let jsonl = try run(Binary.url, arguments + ["--format", "jsonl"])
        #expect(jsonl.stdout.split(separator: "\n").count == 1)
        let csv = try run(Binary.url, arguments + ["--format", "csv"])
        #expect(csv.stdout.hasPrefix("country,year,ordinal,since,subject,published_on,title\r\nChina,2019,70,1949,diplomatic relations,2019-06-05,"))
        let markdown = try run(Binary.url, arguments + ["--format", "markdown", "--no-headers"])
        #expect(markdown.stdout.hasPrefix("| China | 2019 | 70 |"))
        // Piped without --format: TSV.
        let piped = try run(Binary.url, arguments)
        #expect(piped.stdout.hasPrefix("country\tyear\tordinal"))
        // The table format shows NULL as ∅.
        let table = try run(Binary.url, ["query", "leaders", "--country", "KZ", "--on", "2019-06-20", "--db", corpus.db, "--format", "table"])
        #expect(table.stdout.contains("Kassym-Jomart Tokayev  2019-03-20  ∅"))
        #expect(table.stdout.contains("──────"))
    }
}
