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
        return map
    }()
    static let weekdays = ["sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7]

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
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let value = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
        return value + 1
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    static func iso(_ year: Int, _ month: Int?, _ day: Int?) -> String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let month, let day, month > 0 { text += String(format: "-%02d", day) }
        return text
    }

    /// The year of an ISO date text ("2017-12-30" → 2017).
    static func year(of iso: String?) -> Int? { iso.flatMap { Int($0.prefix(4)) } }
}
