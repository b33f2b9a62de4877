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
    /// agree, and so do "Sergei" and "Sergey", "Yuri", "Yury" and "Yuriy").
    static func transliteration(_ name: String) -> String {
        var text = name.lowercased().split(whereSeparator: { !$0.isLetter }).map { word in
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
}
