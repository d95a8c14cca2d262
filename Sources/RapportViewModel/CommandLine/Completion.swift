import Foundation

/// What Tab makes of a word and its candidates: the one match whole, or as much as all the
/// matches share. Matching ignores case and accents ("mul" finds "Müller").
public enum Completion {
    public struct Result: Hashable, Sendable {
        /// The word after completion (unchanged when nothing more is shared).
        public let word: String
        /// The matches to show when more than one is left.
        public let candidates: [String]
        /// Exactly one match: the word is now that match.
        public var isUnique: Bool { candidates.count <= 1 && matched }
        let matched: Bool
    }

    public static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Completes `word` among `options` (kept in their order).
    public static func complete(_ word: String, among options: [String]) -> Result {
        let key = folded(word)
        let matches = options.filter { folded($0).hasPrefix(key) }
        guard let first = matches.first else { return Result(word: word, candidates: [], matched: false) }
        if matches.count == 1 { return Result(word: first, candidates: [], matched: true) }
        // The longest start every match shares, taken from the first match's own spelling.
        var shared = Array(first)
        for match in matches.dropFirst() {
            let other = Array(match)
            var length = 0
            while length < min(shared.count, other.count), folded(String(shared[length])) == folded(String(other[length])) { length += 1 }
            shared = Array(shared.prefix(length))
        }
        let common = String(shared)
        return Result(word: common.count > word.count ? common : word, candidates: matches, matched: true)
    }
}
