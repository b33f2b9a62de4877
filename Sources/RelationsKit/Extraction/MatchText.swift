/// The stored body folded for matching, with the body offset of every folded scalar.
///
/// Folding maps curly quotes to straight ones, dashes to `-`, exotic spaces to a space,
/// drops zero-width characters and soft hyphens, reads the Turkish İ and ı and the Azerbaijani
/// Ə as I, i and A, and replaces Cyrillic look-alike letters inside Latin words ("Qаsym" with a
/// Cyrillic а) by their Latin twins. Offsets are in
/// Unicode scalars, the unit SQLite's `substr` counts in.
struct MatchText {
    let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the body offset of `scalars[i]`; one extra entry holds the body's length.
    let offsets: [Int]
    /// The Turkish and Azerbaijani letters folding read as Latin ("ı" as "i"), by folded index: a name the reference does
    /// not know is stored as written ("Binali Yıldırım"), though it is matched folded.
    let turkicLetters: [Int: Unicode.Scalar]

    init(_ body: String) {
        // One pass over the UTF-8 (`Array(body.unicodeScalars)` walks the string twice, to count and to copy).
        var source: [Unicode.Scalar] = []
        source.reserveCapacity(body.utf8.count)
        var ascii = true, foldsToItself = true
        for scalar in body.unicodeScalars {
            if scalar.value >= 0x80 { ascii = false; foldsToItself = false } else if scalar == "`" || scalar == "\t" { foldsToItself = false }
            source.append(scalar)
        }
        // ASCII without a backquote or a tab (most wire copy) folds to itself: no work for each scalar.
        if foldsToItself {
            scalars = source
            offsets = Array(0...source.count)
            turkicLetters = [:]
            return
        }
        // Words that mix Latin letters with Cyrillic look-alikes ("Tоkаyеv" typed with three Cyrillic
        // letters) are read as Latin; an all-Cyrillic word is left alone.
        var latinWord = [Bool](repeating: false, count: source.count)
        var start = ascii ? source.count : 0
        while start < source.count {
            guard MatchText.isLetter(source[start]) else { start += 1; continue }
            var end = start
            var hasLatin = false
            var allLookalikesOrLatin = true
            while end < source.count, MatchText.isLetter(source[end]) {
                if MatchText.isLatinLetter(source[end]) { hasLatin = true }
                else if MatchText.cyrillicLookalikes[source[end].value] == nil { allLookalikesOrLatin = false }
                end += 1
            }
            if hasLatin, allLookalikesOrLatin { for index in start..<end { latinWord[index] = true } }
            start = end
        }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var turkic: [Int: Unicode.Scalar] = [:]
        scalars.reserveCapacity(source.count)
        offsets.reserveCapacity(source.count + 1)
        for (index, scalar) in source.enumerated() {
            // Most scalars are ASCII, which folds to itself but for the backquote and the tab (`fold`).
            if scalar.value < 0x80, scalar.value != 0x60, scalar.value != 0x09 {
                scalars.append(scalar)
                offsets.append(index)
                continue
            }
            if let folded = MatchText.fold(scalar, inLatinWord: latinWord[index]) {
                if [0x0130, 0x0131, 0x018F, 0x0259].contains(scalar.value) { turkic[scalars.count] = scalar }
                scalars.append(folded)
                offsets.append(index)
            }
        }
        offsets.append(source.count)
        self.scalars = scalars
        self.offsets = offsets
        turkicLetters = turkic
    }

    /// Body offsets of the folded range `start..<end`.
    func bodySpan(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        (offsets[start], end > start ? offsets[end - 1] + 1 : offsets[start])
    }

    func string(_ start: Int, _ end: Int) -> String {
        MatchText.string(scalars, start, end)
    }

    /// `string(start, end)` with the Turkish and Azerbaijani letters as the body writes them.
    func written(_ start: Int, _ end: Int) -> String {
        guard !turkicLetters.isEmpty, end > start else { return string(start, end) }
        var text = String.UnicodeScalarView()
        for index in start..<end { text.append(turkicLetters[index] ?? scalars[index]) }
        return String(text)
    }

    /// `scalars[start..<end]` as a string, encoded to UTF-8 directly (appending scalars to a
    /// `String.UnicodeScalarView` one by one is several times slower).
    static func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        guard end > start else { return "" }
        return String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
            var count = 0
            for index in start..<end {
                UTF8.encode(scalars[index]) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// `scalars[start..<end]`, all ASCII, as a string; in lower case when `lowercased`.
    static func asciiString(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, lowercased: Bool) -> String {
        guard end > start else { return "" }
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            for index in start..<end {
                let byte = UInt8(truncatingIfNeeded: scalars[index].value)
                buffer[index - start] = lowercased && byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            }
            return end - start
        }
    }

    static let cyrillicLookalikes: [UInt32: Unicode.Scalar] = [
        0x0430: "a", 0x0435: "e", 0x043E: "o", 0x0440: "p", 0x0441: "c", 0x0443: "y", 0x0445: "x",
        0x0456: "i", 0x0458: "j", 0x0455: "s", 0x04BB: "h",
        0x0410: "A", 0x0412: "B", 0x0415: "E", 0x041A: "K", 0x041C: "M", 0x041D: "H", 0x041E: "O",
        0x0420: "P", 0x0421: "C", 0x0422: "T", 0x0425: "X", 0x0406: "I", 0x0408: "J", 0x0405: "S",
    ]

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
    }

    static func isLatinLetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x61 && scalar.value <= 0x7A)
            || (scalar.value >= 0xC0 && scalar.value <= 0x24F && scalar.value != 0xD7 && scalar.value != 0xF7)
    }

    static func fold(_ scalar: Unicode.Scalar, inLatinWord: Bool) -> Unicode.Scalar? {
        if scalar.value < 0x80, scalar.value != 0x60, scalar.value != 0x09 { return scalar }
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x2032, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return nil
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x0009: return " "
        case 0x2026: return "."
        // Turkish and Azerbaijani letters English copy keeps by mistake ("İlham Əliyev" for Ilham Aliyev).
        case 0x0130: return "I"
        case 0x0131: return "i"
        case 0x018F: return "A"
        case 0x0259: return "a"
        default:
            if inLatinWord, let latin = cyrillicLookalikes[scalar.value] {
                return latin
            }
            return scalar
        }
    }
}
