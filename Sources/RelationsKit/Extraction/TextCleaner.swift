import Foundation

/// Prepares an article's text for storage: Unicode NFC, `\n` line ends, page furniture
/// ("All news", "Read more", photo credits, share buttons, and what closes a page: see `bodyEnd`) and repeated
/// paragraphs removed.
/// The result is the body that offsets point into.
public enum TextCleaner {
    /// Lines that are page furniture when they stand alone (compared case-insensitively, trimmed).
    static let furnitureLines: Set<String> = [
        "all news", "read more", "read also", "read more:", "share", "print", "tweet", "subscribe",
        "advertisement", "related news", "related articles", "latest news", "most read", "top stories",
        "comments", "follow us", "back to top", "show more", "more news", "news feed", "also read",
    ]
    /// Headings of a list of links to other stories ("Read more:", "Related news"): the headlines under them are furniture too.
    static let linkListHeadings: Set<String> = [
        "read more", "read more:", "read also", "read also:", "also read", "also read:", "related", "related:", "related news",
        "related news:", "related articles", "related articles:", "latest news", "latest news:", "most read", "most read:",
        "more news", "more news:", "top stories", "top stories:", "most popular", "most popular:", "most viewed", "most viewed:", "partner news", "news feed", "see also", "see also:", "more on the topic", "more on the topic:", "more on this topic",
        // Other outlets' wording of the same heading ("Check Also", "You may also like", "Don't miss").
        "check also", "check also:", "you may also like", "you may also like:", "you might also like", "you might also like:",
        "recommended", "recommended:", "recommended for you", "related posts", "related posts:", "related stories", "related stories:",
        "more stories", "more stories:", "read next", "read next:", "don't miss", "don't miss:", "similar news", "similar news:",
        "similar articles", "similar articles:", "in other news", "in other news:",
    ]
    /// Headings of a digest of other stories ("Top stories", "Latest news"): every line under them, up to a blank line, is
    /// another story's headline or lead, full stop or not.
    static let digestHeadings: Set<String> = [
        "top stories", "top stories:", "latest news", "latest news:", "most read", "most read:", "more news", "more news:",
        "most popular", "most popular:", "partner news", "news feed",
    ]
    /// Prefixes of furniture lines ("Photo: TASS", "Read more: ...").
    static let furniturePrefixes = ["photo:", "photo by", "photo credit", "photo source:", "photo ©", "©", "read more:", "read also:", "related:", "see also:",
                                    "also read:", "tags:", "follow us on", "share on", "source:", "image:", "video:",
                                    // A page's classification of the story ("Region: Armenia, Azerbaijan, Russia", "Theme: Politics").
                                    "region:", "regions:", "theme:", "themes:", "topics:", "keywords:", "category:", "categories:", "rubric:",
                                    // A multilingual site's switch to the story's translations ("This post is also available in:
                                    // Georgian Russian").
                                    "this post is also available in", "this article is also available in", "this page is also available in",
                                    "this news is also available in", "also available in:",
                                    // A copyright line, however the page writes its sign ("(c) Copyright British Broadcasting
                                    // Corporation 2011", "Copyright © 2015 X", "(c) 2009 Y", "All rights reserved"): the owner
                                    // it names is the page's, not the story's.
                                    "(c) copyright", "copyright ©", "copyright (c)", "copyright 19", "copyright 20", "(c) 19",
                                    "(c) 20", "all rights reserved"]

    public static func clean(_ raw: String) -> String {
        var text = isNFC(raw) ? raw : raw.precomposedStringWithCanonicalMapping
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        var kept: [String] = [], separators: [String] = []
        var seenParagraphs = Set<String>()
        var blank = 0
        // Under a heading of links: headlines (no sentence's closing stop) until a blank line after them, or, when a blank
        // line parts the heading from its first headline, until a line that is no headline (a list spaced by blank lines);
        // under a digest's heading, any line up to a blank line after them.
        var linkList = false, listed = false, digest = false, spaced = false
        // Whether the digest's first headline was marked as a list item ("- 1 A", "• B", "2. C"): the list then ends at the
        // first line that is no item, blank line or not.
        var itemized = false
        // Whether a paragraph of the article's own was kept: a prompt to respond to the story closes the page only after one.
        var hasParagraph = false
        // Split on "\n" by bytes: splitting a String by Character would segment every grapheme.
        var lines: [Substring] = []
        var lineStart = text.startIndex
        for index in text.utf8.indices where text.utf8[index] == 0x0A {
            lines.append(text[lineStart..<index])
            lineStart = text.utf8.index(after: index)
        }
        lines.append(text[lineStart...])
        // Whether the last line that was not blank was kept: a line dropped as furniture stands between otherwise.
        var afterKept = false
        for rawLine in lines {
            let line = trimmed(rawLine)
            let followsKept = afterKept
            if !line.isEmpty { afterKept = false }
            if line.isEmpty {
                blank += 1
                if linkList, !listed { spaced = true }
                if listed, digest || !spaced { linkList = false }
                continue
            }
            if linkList, digest, listed, itemized, !isListItem(line) {
                linkList = false
            } else if linkList, digest || isLinkedHeadline(line) {
                if !listed { itemized = isListItem(line) }
                listed = true; continue
            }
            linkList = false
            let heading = withoutPointer(line)
            if heading.utf8.count <= 30, linkListHeadings.contains(Tokenizer.lowercase(heading)) {
                linkList = true; listed = false; spaced = false; digest = digestHeadings.contains(Tokenizer.lowercase(heading))
                continue
            } else if heading.utf8.count <= 40, isStoriesHeading(heading) {
                linkList = true; listed = false; spaced = false; digest = true
                continue
            } else if line.utf8.count <= 40, isOutletLinkHeading(line) { linkList = true; listed = false; spaced = false; digest = false; continue }
            if hasParagraph, isResponsePrompt(line) { break }
            if isFurniture(line) { continue }
            if line.utf8.count >= 150 { hasParagraph = true }
            if line.utf8.count >= 40 {
                // A page's headline repeated right after it as its lead, a sentence ("Today, the CSTO marks its 21st anniversary."
                // twice, nothing but blank lines between): the first line is the title an article takes from the text, the
                // second the body's first paragraph, which must not be lost. A headline that does not close like a sentence
                // ("Turkmen President Extends Condolences") stays the title only.
                if seenParagraphs.contains(line), !(kept.count == 1 && followsKept && kept[0] == line && !isLinkedHeadline(line)) { continue }
                seenParagraphs.insert(line)
            }
            let text = withoutImageFileNames(line)
            if text.isEmpty { continue }
            separators.append(kept.isEmpty ? "" : blank > 0 ? "\n\n" : "\n")
            kept.append(separatingGluedOrdinals(text))
            afterKept = true
            blank = 0
        }
        let end = bodyEnd(kept)
        return zip(separators[..<end], kept[..<end]).map { $0 + $1 }.joined()
    }

    /// An image's file name left in a paragraph where the page showed the picture ("... than Georgia. putin_christmas.jpg
    /// Germany"): page furniture, whose words ("christmas") the story does not say. Removed with the space before it; a line
    /// that is nothing else is dropped. An address ("http://.../photo.jpg") stays, as every address in the text does.
    static func withoutImageFileNames(_ line: String) -> String {
        // Every line of every article passes here: a scan of its bytes for a full stop before j, p, g or w comes first.
        let bytes = line.utf8
        guard zip(bytes, bytes.dropFirst()).contains(where: { $0 == 0x2E && [0x6A, 0x70, 0x67, 0x77].contains($1 | 0x20) }) else { return line }
        var words = line.split(separator: " ", omittingEmptySubsequences: false)
        words.removeAll { word in
            let name = word.lowercased()
            return !name.hasPrefix("http") && imageExtensions.contains { name.hasSuffix($0) } && name.count > 4
        }
        return words.joined(separator: " ")
    }

    /// File name endings of images.
    static let imageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp"]

    /// "the 60thanniversary of our relations", "its 25thYear", "the 31stIndependence Day": an ordinal glued to the word after
    /// it, a space the page lost. The space is put back when the suffix is the number's own ("1st", "22nd", "23rd", "11th")
    /// and a word of four letters or more follows, so that the ordinal and its noun read as two words.
    static func separatingGluedOrdinals(_ line: String) -> String {
        let bytes = Array(line.utf8)
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        var splits: [Int] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), index == 0 || !(isDigit(bytes[index - 1]) || isLetter(bytes[index - 1])) else { index += 1; continue }
            var end = index
            while end < bytes.count, isDigit(bytes[end]) { end += 1 }
            defer { index = end }
            guard end - index <= 3, end + 6 <= bytes.count, (end + 2..<end + 6).allSatisfy({ isLetter(bytes[$0]) }),
                  let value = Int(String(decoding: bytes[index..<end], as: UTF8.self)),
                  String(decoding: bytes[end..<end + 2], as: UTF8.self).lowercased() == AnniversaryRules.ordinalSuffix(value) else { continue }
            splits.append(end + 2)
        }
        guard !splits.isEmpty else { return line }
        var result: [UInt8] = []
        var from = 0
        for split in splits {
            result += bytes[from..<split]
            result.append(0x20)
            from = split
        }
        result += bytes[from...]
        return String(decoding: result, as: UTF8.self)
    }

    /// How many of the kept lines are the article's, leaving out the furniture that closes a page: a site's controls
    /// ("XS", "SM", "MD", "LG"), a "click here" prompt and the notice to the reader it closes ("If you are in ..., please
    /// note that you could face ..."), a bar of the page's controls with only short lines of links after it ("Tools: Save |
    /// Print | E-mail", "China Archives"), and a list of other stories' headlines with no heading of its own (three or more
    /// lines of several words that do not close like a sentence, or questions, after a line that does).
    static func bodyEnd(_ lines: [String]) -> Int {
        var end = lines.count
        var closing = false
        while end > 1 {
            let line = lines[end - 1]
            let lower = Tokenizer.lowercase(line)
            if line.count <= 3 && line.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) || line.count < 200 && lower.contains("click here") {
                closing = true; end -= 1; continue
            }
            // A notice addressed to the reader, outside quotation marks, before the prompt that closes it.
            if closing, line.count < 600, !line.contains("\""), !line.contains("“"),
               lower.split(whereSeparator: { !$0.isLetter }).contains(where: { $0 == "you" || $0 == "your" }) {
                end -= 1; continue
            }
            // "Originally from the UK, J. is a web reporter for the News ... Got a story you want to share? Then get in touch at
            // ...": the writer's note that closes the page, addressed to the reader, outside quotation marks, with a way to write
            // in.
            if !closing, line.count < 600, !line.contains("\""), !line.contains("“"), !line.contains("”"),
               lower.split(whereSeparator: { !$0.isLetter }).contains(where: { $0 == "you" || $0 == "your" }),
               contactPrompts.contains(where: { lower.contains($0) }) {
                closing = true; end -= 1; continue
            }
            break
        }
        // "TURKMENISTAN-TURKEY PIPELINE CONTRACT SIGNED.": a digest's next story cut off after its headline in capitals, the last
        // line after a paragraph that closes like a sentence; no part of this story.
        if end > 2, isCutHeadline(lines[end - 1]), let before = lines[end - 2].last, [".", ")", "\"", "”"].contains(before) { end -= 1 }
        // "Tools: Save | Print | E-mail | Most Read": a bar of the page's controls, and the short lines of links after it that
        // do not close like a sentence ("China Archives"), close the page.
        if let bar = lines[..<end].lastIndex(where: isControlBar), bar > 0,
           lines[(bar + 1)..<end].allSatisfy({ $0.utf8.count < 80 && isLinkedHeadline($0) }) {
            end = bar
        }
        var run = 0
        // A headline may open with a quoted name ("“Smart City” Presents New Map", "'Silk Road' Forum Opens"): the capital
        // after the opening quotation mark counts.
        while run < end - 1, case let line = lines[end - 1 - run], line.utf8.count < 150, isLinkedHeadline(line),
              line.split(separator: " ").count >= 4,
              line.unicodeScalars.first(where: { !openingQuotes.contains($0) }).map({ $0.properties.isUppercase || ("0"..."9").contains($0) }) ?? false {
            run += 1
        }
        if run >= 3, let before = lines[end - 1 - run].unicodeScalars.last, before == "." { end -= run }
        return end
    }

    /// Quotation marks that may open a headline before its first capital.
    static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "«", "„"]

    /// Ways a closing note asks the reader to write in.
    static let contactPrompts = ["get in touch", "contact us", "email us", "e-mail us", "write to us", "[email protected]"]

    /// A headline in capitals closed by a full stop, as a digest sets its stories' headlines: three words or more, under 120
    /// characters, every letter a capital.
    static func isCutHeadline(_ line: String) -> Bool {
        guard line.utf8.count < 120, line.hasSuffix("."), line.split(separator: " ").count >= 3 else { return false }
        let letters = line.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 10 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// A page's controls: "Save", "Print", "E-mail", "Share", ...
    static let controls: Set<String> = ["save", "print", "e-mail", "email", "share", "comment", "comments", "bookmark", "most read", "send",
                                        "feedback", "subscribe", "font size", "print version", "send to a friend", "rss"]

    /// A line of two or more of a page's controls parted by "|" ("Tools: Save | Print | E-mail | Most Read"), perhaps after a
    /// label and a colon; every field a control.
    static func isControlBar(_ line: String) -> Bool {
        guard line.utf8.count < 120, line.contains("|") else { return false }
        var lower = Tokenizer.lowercase(line)
        if let colon = lower.firstIndex(of: ":"), lower[..<colon].split(separator: " ").count <= 2 { lower = String(lower[lower.index(after: colon)...]) }
        let fields = lower.split(separator: "|").map { trimmed($0) }.filter { !$0.isEmpty }
        return fields.count >= 2 && fields.allSatisfy(controls.contains)
    }

    /// True when the text is certainly in NFC already, so Foundation's normalization (slow) can be skipped:
    /// every scalar is ASCII or in a block none of whose characters change under NFC or compose with a neighbour
    /// (Latin-1 Supplement to Spacing Modifier Letters, Cyrillic letters, General Punctuation from U+2002, €).
    /// False means "maybe not", and the text is normalized.
    static func isNFC(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x80, 0xA0...0x2FF, 0x400...0x482, 0x48A...0x4FF, 0x2002...0x206F, 0x20AC: return true
            default: return false
            }
        }
    }

    /// The line without surrounding spaces, tabs, no-break and zero-width spaces.
    static func trimmed(_ line: Substring, newlines: Bool = false) -> String {
        let scalars = line.unicodeScalars
        func blank(_ s: Unicode.Scalar) -> Bool {
            s == " " || s == "\t" || s.value == 0xA0 || s.value == 0x200B || s.value == 0xFEFF || (newlines && s == "\n") || (s.value >= 0x80 && s.properties.isWhitespace)
        }
        guard let first = scalars.firstIndex(where: { !blank($0) }), let last = scalars.lastIndex(where: { !blank($0) }) else { return "" }
        // Copies the UTF-8 bytes at once rather than appending scalar by scalar.
        return String(Substring(scalars[first...last]))
    }

    static func isFurniture(_ line: String) -> Bool {
        guard line.utf8.count < 200 else { return false }
        let lower = Tokenizer.lowercase(line)  // lowercased(), with a fast path for ASCII
        if furnitureLines.contains(lower) { return true }
        if furniturePrefixes.contains(where: { lower.hasPrefix($0) }) && line.count < 160 { return !isSourceStamp(lower) }
        // "Also, read: A, B discuss ...": a prompt written with a comma between its words.
        if line.count < 160, let comma = lower.prefix(12).firstIndex(of: ","), case let prompt = lower[..<comma] + lower[lower.index(after: comma)...],
           promptPrefixes.contains(where: { prompt.hasPrefix($0) }) { return true }
        return isSocialPrompt(lower) || isNeighbourNavigation(line, lower: lower)
    }

    /// "Source: Xinhua| 2017-07-10 22:08:29|Editor: An": a page's stamp row, fields parted by vertical bars, that opens with
    /// the story's source and holds its date. The row is the page's own date line (`PublicationDate` reads it), not a credit
    /// to drop; a plain "Source: TASS" credit has no bar and no number.
    static func isSourceStamp(_ lower: String) -> Bool {
        lower.hasPrefix("source:") && lower.contains("|") && lower.contains(where: \.isNumber)
    }

    /// Labels of the links to the neighbouring posts ("Previous post: ...", "Next article: ...", "Older post").
    static let neighbourLabels = ["previous post", "next post", "previous article", "next article", "previous story", "next story",
                                  "previous news", "next news", "older post", "newer post", "older article", "newer article"]

    /// "« Russia joins CACO | Main | Building trade partnerships in the CIS region »", "‹ Older: A | Newer: B ›", "← A | Home",
    /// "Previous article: A", "Next story: B": a blog's or a site's links to the posts before and after this one, their
    /// headlines being other stories'. A line in guillemets is a quotation too («...»), so the arrows count only in a line of
    /// "|"-separated fields, and not in one with a number, which may be the page's date ("« Back | News | 23.02.2024").
    static func isNeighbourNavigation(_ line: String, lower: String) -> Bool {
        if neighbourLabels.contains(where: { lower.hasPrefix($0) }) { return true }
        guard line.contains("|"), !line.contains(where: \.isNumber) else { return false }
        return ["«", "‹", "←", "<"].contains { line.hasPrefix($0) } || ["»", "›", "→", ">"].contains { line.hasSuffix($0) }
    }

    /// Nouns of a reader's response to a story, which close the headings of a page's comment section ("Comments (14)", "Facebook
    /// Comments", "New comment", "Leave a reply").
    static let responseNouns: Set<String> = ["comment", "comments", "reply"]
    /// The words that may stand before a response noun in such a heading ("Leave a", "Add your", "Facebook", "New", a count),
    /// so that a subheading of the story ("Lavrov's reply", "Kremlin declines comment") is no comment section.
    static let responseQualifiers: Set<String> = ["leave", "a", "add", "post", "write", "your", "new", "all", "show", "view",
                                                  "latest", "reader", "readers", "user", "users", "facebook", "disqus", "vk"]
    /// A story as a reader's prompt names it ("this article", "this news").
    static let storyNoun: Set<String> = ["article", "story", "news", "material", "page", "post", "publication", "report"]

    /// Whether the line opens the part of a page where readers respond to the story: the heading of its comments ("Comments",
    /// "Comments (14)", "3 comments", "Facebook Comments", "New comment", "Leave a reply", "Add your comment:"), or a question
    /// or request to rate the story itself ("Do you like this article?", "Was this story helpful?", "Did you find this news
    /// useful?", "Rate this article"). Whatever follows it is the page's (comments, their authors' dates, a poll, other stories'
    /// headlines and leads), not the article's: the page closes there. A heading is short (up to five words), no sentence, and
    /// has only `responseQualifiers` or a count before its noun; a
    /// question about the story names it by "this" and a noun of stories, in ten words at most. Not a heading that only opens
    /// with the noun ("Comment: Armenia's choice", an opinion's label).
    static func isResponsePrompt(_ line: String) -> Bool {
        guard line.utf8.count <= 80 else { return false }
        let lower = Tokenizer.lowercase(withoutPointer(line))
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" }).map(String.init)
        guard !words.isEmpty else { return false }
        let heading = words.last.map { $0.allSatisfy(\.isNumber) } == true ? words.dropLast() : words[...]
        if words.count <= 5, !lower.contains("."), !lower.hasSuffix("?"), let last = heading.last, responseNouns.contains(last),
           heading.dropLast().allSatisfy({ responseQualifiers.contains($0) || $0.allSatisfy(\.isNumber) }) { return true }
        let namesThisStory = zip(words, words.dropFirst()).contains { $0 == "this" && storyNoun.contains($1) }
        guard namesThisStory, words.count <= 10 else { return false }
        return lower.hasSuffix("?") || words.first == "rate"
    }

    /// Prompts to another story that a comma may part ("Also, read:", "Read, also:").
    static let promptPrefixes = ["also read:", "read also:", "see also:", "read more:"]

    /// Words that qualify a heading's noun of stories as other stories: the newest ("Last news", "Recent stories"), the most
    /// read ("Popular articles"), more of them ("Other news", "More headlines").
    static let storyQualifiers: Set<String> = ["last", "latest", "recent", "newest", "fresh", "top", "main", "other", "more", "popular",
                                               "trending", "today's", "featured", "further", "most", "read", "viewed", "commented", "related", "similar"]
    /// Nouns of the stories a heading lists ("news", "stories", "headlines", "Related readings").
    static let storyNouns: Set<String> = ["news", "stories", "headlines", "articles", "materials", "publications", "posts", "updates", "readings",
                                          "links", "items"]

    /// A heading of a list of other stories that is not in the lists above, as sites word it: up to four words, one to three
    /// qualifiers of other stories and a noun of stories last, perhaps a colon ("Last news", "Recent stories:", "Other
    /// news", "Most viewed articles"). Every line under it, up to the blank line, is another story's, as under "Latest news".
    /// Not a sentence, nor a noun qualified otherwise ("Regional news", "Breaking news: ...").
    static func isStoriesHeading(_ line: String) -> Bool {
        let lower = Tokenizer.lowercase(line.hasSuffix(":") ? String(line.dropLast()) : line)
        let words = lower.split(separator: " ").map(String.init)
        guard (2...4).contains(words.count), let noun = words.last, storyNouns.contains(noun) else { return false }
        return words.dropLast().allSatisfy { storyQualifiers.contains($0) || $0 == "the" } && words.dropLast().contains { storyQualifiers.contains($0) }
    }

    /// A heading without the pointer some sites set after it to lead to the list ("Related >>", "Most Viewed »", "See also ›").
    static func withoutPointer(_ line: String) -> String {
        for pointer in [">>", "»", "›"] where line.hasSuffix(pointer) {
            return trimmed(Substring(line.dropLast(pointer.count)))
        }
        return line
    }

    /// "Also on Civil.ge:", "More from TASS:", "More on this topic:": a heading of links to the outlet's other stories, itself
    /// furniture.
    static func isOutletLinkHeading(_ line: String) -> Bool {
        guard line.hasSuffix(":") else { return false }
        let lower = Tokenizer.lowercase(line)
        return ["also on ", "also from ", "more from ", "more on "].contains { lower.hasPrefix($0) }
    }

    /// Marks that open a list item ("- A", "• B", "* C").
    static let itemMarks: Set<Unicode.Scalar> = ["-", "•", "*", "–", "—", "·"]

    /// Whether the line is set as a list item: it opens with a mark (`itemMarks`) or with a number closed by a full stop or a
    /// bracket ("1. A", "2) B"). Under a digest's heading whose first headline is one, the list is the run of such lines: a
    /// page may set the story's next paragraph right under it with no blank line ("Trending stories", "- 1 A", "- 2 B", then the
    /// paragraph), and that paragraph is the article's.
    static func isListItem(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        if itemMarks.contains(first) { return true }
        let digits = line.unicodeScalars.prefix { ("0"..."9").contains($0) }
        guard (1...2).contains(digits.count) else { return false }
        let rest = line.unicodeScalars.dropFirst(digits.count)
        return rest.count >= 2 && [".", ")"].contains(rest.first!) && rest.dropFirst().first == " "
    }

    /// A line under a heading of links that reads as another story's headline: a list item ("- Iran, Russia discuss
    /// corridor", "• ..."), a short line that does not close like a sentence, a question of one sentence ("What is the
    /// Eurasian Economic Union?"), or a teaser that breaks off with an ellipsis ("Tajikistan's ambassador has met with...").
    static func isLinkedHeadline(_ line: String) -> Bool {
        guard line.utf8.count < 200, let last = line.unicodeScalars.last else { return false }
        if let first = line.unicodeScalars.first, itemMarks.contains(first) { return true }
        if last == "…" || line.hasSuffix("...") { return true }
        if last == "?" { return line.utf8.count < 120 && !line.dropLast().contains { ".!?".contains($0) } }
        return !".!?\"”»)".unicodeScalars.contains(last)
    }

    /// Social-media platforms named by furniture lines.
    static let platforms: Set<String> = ["telegram", "twitter", "x", "facebook", "instagram", "youtube", "vk", "vkontakte", "whatsapp", "threads", "tiktok", "google news"]

    /// "📌 Follow Trend on Telegram", "Subscribe to AKIpress on WhatsApp": a short line inviting readers to follow the outlet.
    static func isSocialPrompt(_ lower: String) -> Bool {
        guard lower.count < 80 else { return false }
        let text = lower.drop { !$0.isLetter }
        guard text.hasPrefix("follow ") || text.hasPrefix("subscribe to ") || text.hasPrefix("join us on "),
              let on = text.range(of: " on ", options: .backwards) else { return false }
        let platform = text[on.upperBound...].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters).union(.symbols))
        return platforms.contains(platform) || platform.split(separator: " ").contains { platforms.contains(String($0)) }
    }
}
