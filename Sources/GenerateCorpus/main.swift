// relations-corpus: writes a deterministic corpus of realistic wire-copy articles for `make bench`.
//
//   relations-corpus --count 10000 --format jsonl --out corpus.jsonl [--seed 1]
//   relations-corpus --count 10000 --format txt --out folder/
//
// Articles are 1–8 KB of several kinds (anniversaries of relations and treaties, New Year greetings, condolences,
// Independence Day telegrams, summits with their members, phone calls): a title, a dateline, leaders with their
// titles, anniversaries with the right arithmetic, organisations, a quote, and paragraphs of unrelated noise. Names and dates come from the
// bundled reference tables, so the extractor finds real facts in them.
import Foundation
import RelationsKit

/// SplitMix64: small, fast and the same on every machine.
struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
}

let arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
guard let countText = option("--count"), let count = Int(countText), count > 0, let out = option("--out"),
      let format = option("--format"), ["txt", "jsonl"].contains(format) else {
    FileHandle.standardError.write(Data("usage: relations-corpus --count N --format txt|jsonl --out PATH [--seed S]\n".utf8))
    exit(64)
}
/// Writes articles from templates filled with reference names and random noise.
struct Generator {
var random: Random
let reference = ReferenceData.bundled
let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
let outlets = [("TASS", "/TASS/."), ("Interfax", "(Interfax) -"), ("BelTA", "(BelTA) -"), ("Kazinform", "(Kazinform) –"), ("Trend", "(Trend) -"), ("Armenpress", "(Armenpress) -")]
// Russia's relations only: the stories below are Russia's anniversaries (the table also holds other pairs).
let relations = ReferenceData.bundled.relations.filter { $0.countryA == "RUS" && $0.established != nil && $0.countryB.first != "X" }
let treaties = ReferenceData.bundled.treaties.filter { $0.parties.count == 2 && $0.parties.contains("RUS") && $0.parties.allSatisfy { $0.first != "X" }
    && $0.signed.map { Int($0.prefix(4))! + 5 <= 2026 } ?? false }
let noiseSubjects = ["The regional administration", "A group of engineers", "The city council", "Local farmers", "The national railway company", "Researchers at the state university", "The ministry of education", "A delegation of entrepreneurs", "The customs service", "Organisers of the festival"]
let noiseVerbs = ["reported steady progress on", "announced a new programme for", "discussed the financing of", "presented the results of", "completed the first stage of", "opened public consultations on", "raised concerns about the cost of", "published a detailed plan for"]
let noiseObjects = ["the renovation of school buildings", "irrigation canals in the south", "a new terminal at the airport", "digital services for small businesses", "the spring sowing campaign", "the modernisation of power lines", "student exchanges with neighbouring regions", "tourist routes in the mountains", "the supply of medical equipment", "a logistics hub near the border"]
let noiseTails = ["according to figures released this week", "despite a difficult winter", "ahead of the autumn session", "with support from private investors", "as part of a five-year strategy", "after several months of preparation"]

func holder(_ country: String, role: String, year: Int, on monthDay: String = "06-30") -> ReferenceData.OfficeTerm? {
    let date = "\(year)-" + monthDay
    return reference.terms.last { $0.country == country && $0.role == role && ($0.from ?? "") <= date && ($0.to.map { $0 >= date } ?? true) }
}

/// "President of Kazakhstan Nursultan Nazarbayev", "Kazakh President ...", "..., the President of Kazakhstan," at random.
mutating func titled(_ country: ReferenceData.Country, _ person: String, office: String = "President") -> String {
    switch random.int(0...2) {
    case 0: "\(office) of \(country.name) \(person)"
    case 1: "\(country.demonyms.first ?? country.name) \(office) \(person)"
    default: "\(person), the \(office) of \(country.name),"
    }
}

mutating func noiseParagraph() -> String {
    (0..<random.int(2...4)).map { _ in
        "\(random.pick(noiseSubjects)) \(random.pick(noiseVerbs)) \(random.pick(noiseObjects)), \(random.pick(noiseTails))."
    }.joined(separator: " ")
}

/// Post-Soviet partners of Russia with a head of state in the reference on that day.
func partners(in year: Int, on monthDay: String = "06-30") -> [(ReferenceData.Country, String)] {
    reference.countries.filter { $0.group == "post-Soviet" && $0.iso3 != "RUS" }.compactMap { country in
        holder(country.iso3, role: "head_of_state", year: year, on: monthDay).map { (country, $0.person) }
    }
}

/// One article of a kind drawn at random: an anniversary of relations (the most common), New Year greetings,
/// condolences, a treaty's anniversary, a summit with membership news, Independence Day congratulations, a phone call.
mutating func article(_ number: Int) -> (title: String, date: String, url: String, body: String) {
    let kind = random.int(1...100)
    var story: (title: String, year: Int, month: Int, day: Int, capital: String, paragraphs: [String])
    switch kind {
    case 1...30: story = relationsAnniversary()
    case 31...45: story = newYearGreetings()
    case 46...55: story = condolences()
    case 56...68: story = treatyAnniversary()
    case 69...82: story = summit()
    case 83...91: story = independenceDay()
    default: story = phoneCall()
    }
    let (outlet, mark) = random.pick(outlets)
    var paragraphs = story.paragraphs
    paragraphs[0] = "\(story.capital.uppercased()), \(months[story.month - 1]) \(story.day). \(mark) " + paragraphs[0]
    // 1–4 KB, and one in ten up to 7 KB: noise paragraphs until the article reaches its size.
    let size = 1024 + random.int(0...3000) + (random.chance(10) ? random.int(0...3000) : 0)
    while paragraphs.reduce(0, { $0 + $1.utf8.count + 2 }) < size { paragraphs.append(noiseParagraph()) }
    if random.chance(30) {
        paragraphs.append("In \(story.year) the two sides also plan to hold the 12th meeting of the intergovernmental commission, the 3rd round of consultations and a forum of the regions.")
    }
    let date = String(format: "%04d-%02d-%02d", story.year, story.month, story.day)
    let url = "https://news.example/\(outlet.lowercased())/\(story.year)/\(number)"
    return (story.title, date, url, paragraphs.joined(separator: "\n\n"))
}

mutating func relationsAnniversary() -> (String, Int, Int, Int, String, [String]) {
    let relation = random.pick(relations)
    let since = Int(relation.established!.prefix(4))!
    let year = min(since + random.pick([5, 10, 15, 20, 25, 30]), 2026)
    let marked = year - since
    let partner = reference.country(relation.countryB)!
    let russian = holder("RUS", role: "head_of_state", year: year)?.person ?? "Vladimir Putin"
    let other = holder(partner.iso3, role: "head_of_state", year: year)?.person
    let demonym = partner.demonyms.first ?? partner.name
    return ("Russia, \(partner.name) mark \(marked) years of diplomatic relations", year, random.int(1...12), random.int(1...28), partner.capital ?? partner.name, [
        other.map { "Russian President \(russian) and \(demonym) President \($0) exchanged congratulatory messages on the \(marked)th anniversary of diplomatic relations between the two countries, the press service said." }
            ?? "Russian President \(russian) sent a message to the leadership of \(partner.name) on the \(marked)th anniversary of diplomatic relations between the two countries, the press service said.",
        "\"Over these years Russia and \(partner.name) have built a relationship of strategic partnership. We will continue to deepen our cooperation within the CIS and the SCO,\" the message reads.",
    ])
}

mutating func newYearGreetings() -> (String, Int, Int, Int, String, [String]) {
    let year = random.int(2000...2025)
    let day = random.int(29...31)
    let russian = holder("RUS", role: "head_of_state", year: year, on: "12-\(day)")?.person ?? "Vladimir Putin"
    var recipients = partners(in: year, on: "12-\(day)")
    for index in recipients.indices.reversed() where random.chance(40) { recipients.remove(at: index) }
    if recipients.isEmpty { recipients = Array(partners(in: year, on: "12-\(day)").prefix(2)) }
    var paragraphs = ["Russian President \(russian) has sent New Year greetings to the leaders of CIS countries, the Kremlin press service reported."]
    for (country, person) in recipients {
        paragraphs.append("In his message to \(titled(country, person)) the Russian leader noted the dynamic development of bilateral ties in the outgoing year and wished the people of \(country.name) peace and prosperity.")
    }
    return ("\(russian) sends New Year greetings to CIS leaders", year, 12, day, "Moscow", paragraphs)
}

mutating func condolences() -> (String, Int, Int, Int, String, [String]) {
    let year = random.int(1995...2025)
    let month = random.int(1...12), day = random.int(1...28)
    let monthDay = String(format: "%02d-%02d", month, day)
    let russian = holder("RUS", role: "head_of_state", year: year, on: monthDay)?.person ?? "Vladimir Putin"
    let (country, person) = random.pick(partners(in: year, on: monthDay))
    let disaster = random.pick(["the floods", "the earthquake", "the mudflow", "the fire at a shopping centre", "the mine accident", "the bus crash"])
    return ("\(russian) expresses condolences over \(disaster) in \(country.name)", year, month, day, "Moscow", [
        "Russian President \(russian) has sent a message of condolences to \(titled(country, person)) over the victims of \(disaster), the Kremlin said.",
        "\"Please convey words of sympathy and support to the families of those who died and wishes of a speedy recovery to all the injured,\" the message says.",
    ])
}

mutating func treatyAnniversary() -> (String, Int, Int, Int, String, [String]) {
    let treaty = random.pick(treaties)
    let signed = Int(treaty.signed!.prefix(4))!
    let ordinal = random.pick([5, 10, 15, 20, 25, 30].filter { signed + $0 <= 2026 })
    let year = signed + ordinal
    let other = reference.country(treaty.parties.first { $0 != "RUS" }!)!
    let month = Int(treaty.signed!.dropFirst(5).prefix(2)) ?? random.int(1...12)
    let day = min(28, Int(treaty.signed!.dropFirst(8).prefix(2)) ?? random.int(1...28))
    let minister = holder("RUS", role: "foreign_minister", year: year)?.person
    let speaker = minister.map { "Russian Foreign Minister \($0)" } ?? "The Russian Foreign Ministry"
    return ("\(ordinal) years since Russia and \(other.name) signed the \(treaty.name)", year, month, day, other.capital ?? other.name, [
        "Russia and \(other.name) this week marked the \(ordinal)th anniversary of the \(treaty.name), signed in \(signed).",
        "\(speaker) said the document \"remains the foundation of our relations with \(other.name)\" and called for new joint projects in energy and transport.",
    ])
}

mutating func summit() -> (String, Int, Int, Int, String, [String]) {
    let code = random.pick(["CIS", "CSTO", "EAEU", "SCO"])
    let organisation = reference.organisations.first { $0.code == code }!
    let founded = Int((organisation.operationalFrom ?? organisation.founded)!.prefix(4))!
    let year = random.int(max(founded + 1, 2003)...2025)
    let members = reference.memberships.filter { member in
        member.organisation == code && member.role == "member" && (member.joined.map { Int($0.prefix(4))! < year } ?? false)
            && (member.left.map { Int($0.prefix(4))! > year } ?? true)
    }
    let host = reference.country(random.pick(members).country)!
    let leaders: [String] = members.compactMap { member in
        guard let country = reference.country(member.country), let person = holder(member.country, role: "head_of_state", year: year)?.person else { return nil }
        return "\(country.name) \(person)"
    }
    var paragraphs = [
        "The leaders of the \(organisation.name) member states gathered in \(host.capital ?? host.name) for their annual summit, the press service of the host country said.",
        "Taking part were the presidents: \(leaders.joined(separator: ", ")).",
    ]
    if let joiner = members.filter({ $0.joined != nil }).randomElement(using: &random), let country = reference.country(joiner.country) {
        paragraphs.append("\(country.name) joined the \(code) in \(joiner.joined!.prefix(4)), and its delegation presented proposals on customs and transport.")
    }
    if (year - founded) % 5 == 0 {
        paragraphs.append("The summit coincided with the \(year - founded)th anniversary of the \(code).")
    }
    return ("\(code) summit opens in \(host.capital ?? host.name)", year, random.int(1...12), random.int(1...28), host.capital ?? host.name, paragraphs)
}

mutating func independenceDay() -> (String, Int, Int, Int, String, [String]) {
    let candidates = reference.countries.filter { $0.group == "post-Soviet" && $0.iso3 != "RUS" && $0.independence != nil }
    let country = random.pick(candidates)
    let independence = country.independence!
    let month = Int(independence.dropFirst(5).prefix(2))!, day = Int(independence.dropFirst(8).prefix(2))!
    let year = random.int(2001...2025)
    let monthDay = String(format: "%02d-%02d", month, day)
    let russian = holder("RUS", role: "head_of_state", year: year, on: monthDay)?.person ?? "Vladimir Putin"
    let person = holder(country.iso3, role: "head_of_state", year: year, on: monthDay)?.person
    let recipient = person.map { titled(country, $0) } ?? "the people of \(country.name)"
    return ("\(russian) congratulates \(country.name) on Independence Day", year, month, day, "Moscow", [
        "Russian President \(russian) has sent a congratulatory telegram to \(recipient) on the occasion of Independence Day, the Kremlin press service said.",
        "The message stresses that relations between the two countries rest on the traditions of friendship and mutual respect.",
    ])
}

mutating func phoneCall() -> (String, Int, Int, Int, String, [String]) {
    let year = random.int(2000...2025)
    let month = random.int(1...12), day = random.int(1...28)
    let monthDay = String(format: "%02d-%02d", month, day)
    let russian = holder("RUS", role: "head_of_state", year: year, on: monthDay)?.person ?? "Vladimir Putin"
    let (country, person) = random.pick(partners(in: year, on: monthDay))
    return ("\(russian), \(person) discuss trade by phone", year, month, day, "Moscow", [
        "Russian President \(russian) held a telephone conversation with \(titled(country, person)), the Kremlin press service reported.",
        "The two leaders discussed trade and economic cooperation and agreed to keep in touch. \(russian) also congratulated his counterpart on the successful harvest.",
    ])
}
}

/// SplitMix64 as a generator for the standard library's random helpers (randomElement).
extension Random: RandomNumberGenerator {}

func jsonString(_ text: String) -> String {
    let data = try! JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
    return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
}

var generator = Generator(random: Random(state: UInt64(option("--seed").flatMap(Int.init) ?? 1)))
if format == "jsonl" {
    guard FileManager.default.createFile(atPath: out, contents: nil), let handle = FileHandle(forWritingAtPath: out) else { FileHandle.standardError.write(Data("cannot write \(out)\n".utf8)); exit(73) }
    var buffer = ""
    for number in 1...count {
        let item = generator.article(number)
        buffer += "{\"url\": \(jsonString(item.url)), \"title\": \(jsonString(item.title)), \"date\": \"\(item.date)\", \"text\": \(jsonString(item.body))}\n"
        if buffer.utf8.count > 1 << 20 { handle.write(Data(buffer.utf8)); buffer = "" }
    }
    handle.write(Data(buffer.utf8))
    try? handle.close()
} else {
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    for number in 1...count {
        let item = generator.article(number)
        let folder = (out as NSString).appendingPathComponent(String(format: "%03d", number / 1000))
        if number % 1000 == 0 || number == 1 { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let path = (folder as NSString).appendingPathComponent(String(format: "%06d.txt", number))
        try Data("\(item.title)\n\n\(item.body)\n".utf8).write(to: URL(fileURLWithPath: path))
    }
}
