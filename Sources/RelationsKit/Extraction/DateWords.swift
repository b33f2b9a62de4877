import Foundation

/// Month and weekday names, and calendar arithmetic on proleptic Gregorian dates.
enum DateWords {
    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        var map: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            map[name] = index + 1
            map[String(name.prefix(3))] = index + 1
        }
        map["sept"] = 9
        // The months in the genitive, as a date line in Russian, Ukrainian or Belarusian writes them ("4 Ліпеня 2019", "12
        // июня 2020"): pages in English keep their site's date stamp in the site's language.
        let cyrillic = [["января", "січня", "студзеня"], ["февраля", "лютого", "лютага"], ["марта", "березня", "сакавіка"],
                        ["апреля", "квітня", "красавіка"], ["мая", "травня"], ["июня", "червня", "чэрвеня"], ["июля", "липня", "ліпеня"],
                        ["августа", "серпня", "жніўня"], ["сентября", "вересня", "верасня"], ["октября", "жовтня", "кастрычніка"],
                        ["ноября", "листопада", "лістапада"], ["декабря", "грудня", "снежня"]]
        for (index, names) in cyrillic.enumerated() { for name in names { map[name] = index + 1 } }
        // Their abbreviations, as a site's stamp under an English article writes them ("22 апр 2023, 11:43").
        let cyrillicShort = [["янв", "січ", "студз"], ["фев", "февр", "лют"], ["мар", "бер", "сак"], ["апр", "квіт", "крас"], ["май", "трав"],
                             ["июн", "черв", "чэрв"], ["июл", "лип", "ліп"], ["авг", "серп", "жнів"], ["сен", "сент", "вер", "вяр"],
                             ["окт", "жовт", "каст"], ["ноя", "нояб", "лист", "ліст"], ["дек", "груд", "снеж"]]
        for (index, names) in cyrillicShort.enumerated() { for name in names { map[name] = index + 1 } }
        // The months of the other European languages a syndicated page's stamp may keep ("gepubliceerd op donderdag 13
        // augustus 2015"), where they differ from the English and mean nothing else in English copy: "mai", "mars", "mei" and
        // "mayo" are left out, and so are "avril", "julio" and "junio", which are given names ("Avril Haines", "Julio Cobos")
        // that a name would stop at.
        let european = [["januari", "januar", "janvier", "gennaio", "enero"], ["februari", "februar", "février", "fevrier", "febbraio", "febrero"],
                        ["maart", "märz", "marzo"], ["aprile", "abril"], ["maggio"], ["juni", "juin", "giugno"],
                        ["juli", "juillet", "luglio"], ["augustus", "août", "aout", "agosto"], ["septembre", "settembre", "septiembre"],
                        ["oktober", "octobre", "ottobre", "octubre"], ["novembre", "noviembre"], ["dezember", "décembre", "decembre", "dicembre", "diciembre"]]
        for (index, names) in european.enumerated() { for name in names { map[name] = index + 1 } }
        // The Turkish months, as a Turkish outlet's English page keeps its stamp ("Güncelleme Tarihi: 24 Aralık 2014, 15:39",
        // "Yayınlanma: 3 Temmuz 2024"), with and without the letters matching folds ("ı" to "i"). "Mart", "Nisan" and
        // "Kasım" are left out: given names ("Mart Laar", "Kasim") a name would stop at.
        let turkish = [["ocak"], ["şubat", "subat"], [], [], ["mayis"], ["haziran"], ["temmuz"], ["ağustos", "agustos"], ["eylül", "eylul"],
                       ["ekim"], [], ["aralik"]]
        for (index, names) in turkish.enumerated() { for name in names { map[name] = index + 1 } }
        return map
    }()
    static let weekdays = ["sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7]

    /// The weekday a capitalized token names, in full or abbreviated as a page's stamp writes it ("Tuesday", "Tue", "Tues",
    /// "Thu"): 1 = Sunday ... 7 = Saturday. Nil for a word in small letters ("sat", "wed").
    static func weekday(named token: Token) -> Int? {
        guard token.kind == .word, token.isCapitalized else { return nil }
        return weekdays[token.lower] ?? weekdayAbbreviations[token.lower]
    }
    static let weekdayAbbreviations = ["sun": 1, "mon": 2, "tue": 3, "tues": 3, "wed": 4, "thu": 5, "thur": 5, "thurs": 5, "fri": 6, "sat": 7]

    /// Month number of a month-name token ("December", "Dec", "DECEMBER"); "may" only when capitalized.
    static func month(_ token: Token) -> Int? {
        guard token.kind == .word else { return nil }
        if token.text == "may" { return nil }
        return months[token.lower]
    }

    /// 1 = Sunday ... 7 = Saturday, or nil for an invalid date.
    static func weekday(year: Int, month: Int, day: Int) -> Int? {
        guard isValid(year: year, month: month, day: day) else { return nil }
        // Zeller-like computation (Sakamoto's method), 0 = Sunday.
        let y = month < 3 ? year - 1 : year
        let value = (y + y / 4 - y / 100 + y / 400 + sakamotoOffsets[month - 1] + day) % 7
        return value + 1
    }

    // Tables built once: year inference tries every year from 1991 on for each article without a dated line.
    private static let sakamotoOffsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    private static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return day <= monthLengths[month - 1] + (month == 2 && leap ? 1 : 0)
    }

    /// The day after a day of `year` (31 December gives 1 January of the next year); nil for an invalid day.
    static func dayAfter(year: Int, month: Int, day: Int) -> (year: Int, month: Int, day: Int)? {
        guard isValid(year: year, month: month, day: day) else { return nil }
        if isValid(year: year, month: month, day: day + 1) { return (year, month, day + 1) }
        return month == 12 ? (year + 1, 1, 1) : (year, month + 1, 1)
    }

    /// "2017-12-30", "2017-12", "2017" (zero-padded; without `String(format:)`, which is slow and called often here).
    static func iso(_ year: Int, _ month: Int?, _ day: Int?) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return value >= 0 && digits.count < width ? String(repeating: "0", count: width - digits.count) + digits : digits
        }
        var text = padded(year, 4)
        if let month { text += "-" + padded(month, 2) }
        if let month, let day, month > 0 { text += "-" + padded(day, 2) }
        return text
    }

    /// The year of an ISO date text ("2017-12-30" → 2017).
    static func year(of iso: String?) -> Int? { iso.flatMap { Int($0.prefix(4)) } }

    /// The year, month and day of an ISO date, as precise as it is written ("2024-07-04", "2024-07" with no day, "2024").
    static func parts(of iso: String) -> (year: Int, month: Int?, day: Int?)? {
        guard let year = year(of: iso) else { return nil }
        return (year, iso.count >= 7 ? Int(iso.dropFirst(5).prefix(2)) : nil, iso.count >= 10 ? Int(iso.dropFirst(8).prefix(2)) : nil)
    }

    /// The weekday of a full ISO date ("2024-07-04" → 5, Thursday); nil for "2024-07" or "2024".
    static func weekday(of iso: String) -> Int? {
        guard let (year, month, day) = parts(of: iso), let month, let day else { return nil }
        return weekday(year: year, month: month, day: day)
    }

    /// The weekdays lowercase words name after "on" ("became a member on Friday" → [6]).
    static func weekdaysAfterOn(_ words: [String]) -> [Int] {
        zip(words, words.dropFirst()).compactMap { $0 == "on" ? weekdays[$1] : nil }
    }
}
