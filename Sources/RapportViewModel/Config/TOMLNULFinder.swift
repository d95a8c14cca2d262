import Foundation
import TOMLKit

/// Finds a key or string holding U+0000 in a table TOMLKit has parsed.
///
/// TOML allows the escape `\u0000`, but TOMLKit hands keys and strings to Swift as C strings,
/// which end at the first NUL: `red = "#ff0000\u0000junk"` would read as `#ff0000` without a
/// word. TOMLKit's JSON writer (toml++'s) still has the whole string and writes the NUL as an
/// escape, which Foundation's JSON reader decodes again, so the check needs no reading of the
/// TOML text by hand.
public enum TOMLNULFinder {
    /// The keys leading to the first key or string (in key order) that holds U+0000: the key
    /// itself, or the key whose value it is (an array's elements are named by the array's key).
    /// Nil when there is none.
    public static func firstNUL(in table: TOMLTable) -> [String]? {
        // Infinities and NaNs quoted, non-ASCII left as it is: otherwise toml++ writes
        // `inf` or `\U0001F600`, which are not JSON.
        let json = table.convert(to: .json, options: [.quoteDateAndTimes, .quoteInfinitesAndNaNs, .allowUnicodeStrings])
        // Unreachable with those options; if toml++ ever wrote something else, the theme is still
        // checked value by value, only a NUL escape would go unseen as before this check existed.
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return nil }
        return firstNUL(in: object, at: [])
    }

    private static func firstNUL(in object: Any, at path: [String]) -> [String]? {
        switch object {
        case let string as String:
            return string.unicodeScalars.contains("\0") ? path : nil
        case let array as [Any]:
            for element in array {
                if let found = firstNUL(in: element, at: path) { return found }
            }
            return nil
        case let dictionary as [String: Any]:
            for key in dictionary.keys.sorted() {
                if key.unicodeScalars.contains("\0") { return path + [key] }
                if let value = dictionary[key], let found = firstNUL(in: value, at: path + [key]) { return found }
            }
            return nil
        default:
            return nil
        }
    }
}
