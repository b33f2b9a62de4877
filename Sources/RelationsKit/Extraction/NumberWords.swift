/// Reads numbers written as digits or English words, as cardinals ("twenty-five") or ordinals
/// ("25th", "twenty-fifth", "30TH").
enum NumberWords {
    static let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let ordinalUnits = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                               "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
    static let ordinalTens = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]

    static let cardinalWords: [String: Int] = {
        var map: [String: Int] = [:]
        for (value, word) in units.enumerated() { map[word] = value }
        for (value, word) in tens.enumerated() where !word.isEmpty { map[word] = value * 10 }
        map["hundred"] = 100
        return map
    }()
    static let ordinalWords: [String: Int] = {
        var map: [String: Int] = [:]
        for (value, word) in ordinalUnits.enumerated() { map[word] = value }
        for (value, word) in ordinalTens.enumerated() where !word.isEmpty { map[word] = value * 10 }
        map["hundredth"] = 100
        map["centenary"] = 100
        map["centennial"] = 100
        return map
    }()

    /// A number starting at `index`: value, whether it is an ordinal, and the index after it.
    /// Reads "25", "25th", "25-th", "twenty-five", "twenty five", "twenty-fifth", "one hundredth".
    static func read(_ tokens: [Token], at index: Int) -> (value: Int, ordinal: Bool, end: Int)? {
        guard index >= 0, index < tokens.count else { return nil }
        let token = tokens[index]
        let lower = token.lower
        if token.kind == .number, let value = Int(token.text), token.text.count <= 4 {
            // "25-th"
            if index + 2 < tokens.count, tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore,
               ["th", "st", "nd", "rd"].contains(tokens[index + 2].lower) {
                return (value, true, index + 3)
            }
            return (value, false, index + 1)
        }
        if token.kind == .word, let suffixStart = lower.firstIndex(where: { !$0.isNumber }), suffixStart != lower.startIndex {
            let digits = lower[..<suffixStart]
            if ["th", "st", "nd", "rd"].contains(String(lower[suffixStart...])), let value = Int(digits) {
                return (value, true, index + 1)
            }
        }
        if let value = ordinalWords[lower] { return (value, true, index + 1) }
        if let value = cardinalWords[lower] {
            // "twenty-five", "twenty five", "twenty-fifth"
            if value >= 20, value % 10 == 0, value < 100 {
                var next = index + 1
                if next < tokens.count, tokens[next].text == "-" { next += 1 }
                if next < tokens.count {
                    let word = tokens[next].lower
                    if let unit = cardinalWords[word], unit > 0, unit < 10 { return (value + unit, false, next + 1) }
                    if let unit = ordinalWords[word], unit > 0, unit < 10 { return (value + unit, true, next + 1) }
                }
            }
            if value < 10, index + 1 < tokens.count {
                let word = tokens[index + 1].lower
                if word == "hundredth" { return (value * 100, true, index + 2) }
                if word == "hundred" { return (value * 100, false, index + 2) }
            }
            return (value, false, index + 1)
        }
        return nil
    }
}
