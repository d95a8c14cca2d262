import Foundation

/// How `/` reads text: words made of letters and digits, case and accents folded, and a search
/// word matches a text when it begins one of the text's words ("nor" finds "North", "muller"
/// finds "Müller").
///
/// This is the rule SQLite's FTS5 `unicode61` tokenizer (with `remove_diacritics 2`) applies to
/// the store's search index, written out in Swift so the screen can say where a result matched
/// and tests can check the index against it.
public enum SearchText {
    /// The folded words of `text`, in order.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(fold(String(current))) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Letters, digits and private-use characters make words, as in FTS5's `unicode61`
    /// ("L* N* Co"); everything else separates them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }

    /// Lowercased with diacritics removed: "Müller" → "muller".
    public static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        let decomposed = word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        var result = String.UnicodeScalarView()
        for scalar in decomposed where scalar.properties.generalCategory != .nonspacingMark {
            result.append(scalar)
        }
        return String(result).precomposedStringWithCanonicalMapping
    }
}

/// A search as typed into `/`: its words, every one of which must begin some word of an
/// account's text.
public struct SearchQuery: Hashable, Sendable {
    public let words: [String]

    public init(_ text: String) {
        // Each word once; a longer word that another starts with makes the shorter one redundant.
        var seen: [String] = []
        for word in SearchText.words(text) where !seen.contains(word) { seen.append(word) }
        words = seen
    }

    public var isEmpty: Bool { words.isEmpty }

    /// True when every search word begins a word of one of `texts`.
    public func matches(_ texts: [String]) -> Bool {
        let available = texts.flatMap(SearchText.words)
        return words.allSatisfy { word in available.contains { $0.hasPrefix(word) } }
    }

    /// The words not found in `texts`.
    public func unmatched(in texts: [String]) -> [String] {
        let available = texts.flatMap(SearchText.words)
        return words.filter { word in !available.contains { $0.hasPrefix(word) } }
    }
}
