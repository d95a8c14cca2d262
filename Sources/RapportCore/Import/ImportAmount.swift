/// Reads amounts as exports and spreadsheets write them: `$1,234.50`, `1.234,50 €`,
/// `EUR 1 234`, `1'234.50`, `1.2M`. Currency symbols and codes, and spaces used as thousands
/// separators, are dropped; the decimal mark is told from the thousands mark by position (the
/// last of `.` and `,` when both appear; a lone one followed by exactly three digits groups
/// thousands). The result goes through `MoneyInput`, exact cents, never a `Double`.
public enum ImportAmount {
    public static func parse(_ text: String) -> Result<Money, MoneyInputError> {
        var kept: [Character] = []
        var letters = ""
        for character in text {
            if character.isLetter {
                letters.append(character)
                continue
            }
            if !letters.isEmpty {
                guard acceptLetters(letters, into: &kept) else { return .failure(.notAnAmount) }
                letters = ""
            }
            if character.isNumber || character == "." || character == "," || character == "-" || character == "−" {
                kept.append(character)
            } else if character == "(" {
                kept.append("-")
            } else if !(character.isWhitespace || character == "'" || character == "’" || character == ")" || character.isCurrencySymbol) {
                return .failure(.notAnAmount)
            }
        }
        if !letters.isEmpty, !acceptLetters(letters, into: &kept) { return .failure(.notAnAmount) }
        var digits = String(kept)
        if digits.isEmpty { return text.allSatisfy(\.isWhitespace) ? .failure(.empty) : .failure(.notAnAmount) }
        let commas = digits.filter { $0 == "," }.count
        let points = digits.filter { $0 == "." }.count
        if commas > 0 && points > 0 {
            let decimal: Character = (digits.lastIndex(of: ",") ?? digits.startIndex) > (digits.lastIndex(of: ".") ?? digits.startIndex) ? "," : "."
            digits = String(digits.filter { $0 == decimal || ($0 != "," && $0 != ".") }.map { $0 == decimal ? "." : $0 })
        } else if commas + points == 1 {
            let mark: Character = commas == 1 ? "," : "."
            let after = digits.split(separator: mark, omittingEmptySubsequences: false).last ?? ""
            let groupsThousands = after.count == 3 && after.allSatisfy(\.isNumber)
            digits = String(digits.compactMap { $0 == mark ? (groupsThousands ? nil : ".") : $0 })
        } else if commas + points > 1 {
            // Several of one mark and none of the other: they group thousands (1.234.567).
            digits = digits.filter { $0 != "," && $0 != "." }
        }
        return MoneyInput.parse(digits)
    }

    /// A run of letters is a currency code (EUR, usd) or a suffix straight after the digits
    /// (1.2M, 950k); anything else makes the value not an amount.
    static func acceptLetters(_ letters: String, into kept: inout [Character]) -> Bool {
        if letters.count == 1, "kmbKMB".contains(letters), let last = kept.last, last.isNumber {
            kept.append(contentsOf: letters)
            return true
        }
        return letters.count == 3 && letters.allSatisfy(\.isASCII)
    }
}

extension Character {
    fileprivate var isCurrencySymbol: Bool { unicodeScalars.allSatisfy { $0.properties.generalCategory == .currencySymbol } }
}
