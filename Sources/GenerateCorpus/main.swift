// relations-corpus: writes a deterministic corpus of realistic wire-copy articles for `make bench`.
//
//   relations-corpus --count 10000 --format jsonl --out corpus.jsonl [--seed 1]
//   relations-corpus --count 10000 --format txt --out folder/
//
// Articles are 1–8 KB: a title, a dateline, leaders with their titles, anniversaries with the right
// arithmetic, organisations, a quote, and paragraphs of unrelated noise. Names and dates come from the
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
let relations = ReferenceData.bundled.relations.filter { $0.established != nil && $0.countryB.first != "X" }
let noiseSubjects = ["The regional administration", "A group of engineers", "The city council", "Local farmers", "The national railway company", "Researchers at the state university", "The ministry of education", "A delegation of entrepreneurs", "The customs service", "Organisers of the festival"]
let noiseVerbs = ["reported steady progress on", "announced a new programme for", "discussed the financing of", "presented the results of", "completed the first stage of", "opened public consultations on", "raised concerns about the cost of", "published a detailed plan for"]
let noiseObjects = ["the renovation of school buildings", "irrigation canals in the south", "a new terminal at the airport", "digital services for small businesses", "the spring sowing campaign", "the modernisation of power lines", "student exchanges with neighbouring regions", "tourist routes in the mountains", "the supply of medical equipment", "a logistics hub near the border"]
let noiseTails = ["according to figures released this week", "despite a difficult winter", "ahead of the autumn session", "with support from private investors", "as part of a five-year strategy", "after several months of preparation"]

func holder(_ country: String, role: String, year: Int) -> ReferenceData.OfficeTerm? {
    let date = String(format: "%04d-06-30", year)
    return reference.terms.last { $0.country == country && $0.role == role && ($0.from ?? "") <= date && ($0.to.map { $0 >= date } ?? true) }
}

mutating func noiseParagraph() -> String {
    (0..<random.int(2...4)).map { _ in
        "\(random.pick(noiseSubjects)) \(random.pick(noiseVerbs)) \(random.pick(noiseObjects)), \(random.pick(noiseTails))."
    }.joined(separator: " ")
}

mutating func article(_ number: Int) -> (title: String, date: String, url: String, body: String) {
    let relation = random.pick(relations)
    let since = Int(relation.established!.prefix(4))!
    let ordinal = random.pick([5, 10, 15, 20, 25, 30])
    let year = min(since + ordinal, 2026)
    let marked = year - since
    let partner = reference.country(relation.countryB)!
    let month = random.int(1...12), day = random.int(1...28)
    let (outlet, mark) = random.pick(outlets)
    let capital = (partner.capital ?? partner.name).uppercased()
    let russian = holder("RUS", role: "head_of_state", year: year)?.person ?? "Vladimir Putin"
    let other = holder(partner.iso3, role: "head_of_state", year: year)?.person
    let demonym = partner.demonyms.first ?? partner.name
    var paragraphs: [String] = []
    paragraphs.append("\(capital), \(months[month - 1]) \(day). \(mark) Russian President \(russian) and \(demonym) President \(other ?? "the head of state") exchanged congratulatory messages on the \(marked)th anniversary of diplomatic relations between the two countries, the press service said.")
    paragraphs.append("\"Over these years Russia and \(partner.name) have built a relationship of strategic partnership. We will continue to deepen our cooperation within the CIS and the SCO,\" the message reads.")
    for _ in 0..<random.int(1...12) { paragraphs.append(noiseParagraph()) }
    if random.chance(30) {
        paragraphs.append("In \(year) the two countries also plan to hold the 12th meeting of the intergovernmental commission, the 3rd round of consultations and a forum of the regions.")
    }
    let title = "Russia, \(partner.name) mark \(marked) years of diplomatic relations"
    let date = String(format: "%04d-%02d-%02d", year, month, day)
    let url = "https://news.example/\(outlet.lowercased())/\(year)/\(number)"
    return (title, date, url, paragraphs.joined(separator: "\n\n"))
}
}

func jsonString(_ text: String) -> String {
    let data = try! JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
    return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
}

var generator = Generator(random: Random(state: UInt64(option("--seed").flatMap(Int.init) ?? 1)))
if format == "jsonl" {
    FileManager.default.createFile(atPath: out, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: out) else { FileHandle.standardError.write(Data("cannot write \(out)\n".utf8)); exit(73) }
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
