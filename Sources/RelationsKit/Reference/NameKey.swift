import Foundation

/// Keys that fold the spellings of a person's name, for looking names up in the reference tables: the extractor's name
/// rules and the reference's own index use the same keys.
enum NameKey {
    /// The transliteration key without its vowels after the first letter.
    static func consonants(_ name: String) -> String {
        let key = transliteration(name)
        guard let first = key.first else { return key }
        var folded = String(first)
        for character in key.dropFirst() where !"aeiou".contains(character) && folded.last != character { folded.append(character) }
        return folded
    }

    /// A name folded over the variants of romanising Cyrillic and Turkic spellings: case, hyphens and spaces, doubled letters,
    /// q/k, zh/j/dzh, kh/h, "ye"/"e", x/ks, "y"/"i" before a consonant, a word's closing "y", "iy" or "ey" ("Kassym-Jomart", "Kasym-Zhomart", "Qasym-Jomart"
    /// agree, and so do "Sergei" and "Sergey", "Yuri", "Yury" and "Yuriy"). Letters of the Latin alphabets of the region
    /// are read as English romanisation writes them: "š", "ș" and "ş" as "sh", "č" and "ç" as "ch", "ž" as "zh", "ə" as "a",
    /// and other marks dropped, so that Romanian "Lukașenko", Lithuanian "Lukašenka" and Azerbaijani "Əliyev" find the
    /// English spellings.
    static func transliteration(_ name: String) -> String {
        var text = latinDigraphs(name.lowercased()).split(whereSeparator: { !$0.isLetter }).map { word in
            word.hasSuffix("y") ? String(word.reversed().drop { $0 == "y" }.reversed()) + "i" : String(word)
        }.joined()
        for (from, to) in [("dzh", "j"), ("zh", "j"), ("kh", "h"), ("q", "k"), ("ye", "e"), ("yu", "iu"), ("ya", "ia"), ("x", "ks")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        // A "y" before a consonant is a vowel ("Kassym", "Berdymukhamedov" beside "Kasim", "Berdimuhamedov").
        let letters = Array(text)
        var folded = ""
        for (index, character) in letters.enumerated() {
            let read: Character = character == "y" && index + 1 < letters.count && !"aeiouy".contains(letters[index + 1]) ? "i" : character
            if folded.last != read { folded.append(read) }
        }
        return folded
    }

    /// Letters with a caron, comma or cedilla spelled as the English digraph for the same sound, the schwa as "a", and any
    /// other accent dropped ("é" → "e", "ğ" → "g", "ı" → "i").
    private static func latinDigraphs(_ text: String) -> String {
        var spelled = ""
        for character in text {
            switch character {
            case "š", "ș", "ş": spelled += "sh"
            case "č", "ç", "ć": spelled += "ch"
            case "ž": spelled += "zh"
            case "ə": spelled += "a"
            case "ı": spelled += "i"
            default: spelled.append(character)
            }
        }
        return spelled.folding(options: .diacriticInsensitive, locale: nil)
    }

    /// Whether two spellings differ by at most one letter added, dropped or changed ("Alecander" and "Alexander").
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard abs(x.count - y.count) <= 1 else { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
