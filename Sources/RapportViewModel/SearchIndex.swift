import Foundation
import RapportCore

/// Case- and accent-folded text of each account, so filtering and name sorting compare bytes
/// instead of Unicode strings on every keystroke.
struct SearchIndex: Sendable {
    /// Folded "name industry owner region" per overview.
    private(set) var haystacks: [[UInt8]]
    /// Folded name per overview, for sorting by name.
    private(set) var names: [[UInt8]]

    init(overviews: [AccountOverview]) {
        haystacks = []
        names = []
        haystacks.reserveCapacity(overviews.count)
        names.reserveCapacity(overviews.count)
        for overview in overviews {
            let account = overview.account
            let name = Self.fold(account.name)
            names.append(name)
            var haystack = name
            for field in [account.industry, account.owner, account.region] {
                haystack.append(0x1F)  // unit separator: a term never matches across fields
                haystack += Self.fold(field)
            }
            haystacks.append(haystack)
        }
    }

    /// Lowercased, accents removed. ASCII (the common case) takes a fast byte path.
    static func fold(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        }
        return Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased().utf8)
    }

    /// The query's words, folded; a row matches when it contains every one.
    static func terms(of query: String) -> [[UInt8]] {
        query.split(whereSeparator: { $0 == " " }).map { fold(String($0)) }.filter { !$0.isEmpty }
    }

    func matches(row: Int, terms: [[UInt8]]) -> Bool {
        let haystack = haystacks[row]
        return terms.allSatisfy { Self.contains(haystack, $0) }
    }

    /// Matches every term against the row's own fields or its other text (contacts, notes,
    /// timeline). Returns nil for no match, "" for a match in the row itself, or the label of
    /// the first other text that matched.
    func match(row: Int, terms: [[UInt8]], extras: [(label: String, haystack: [UInt8])]) -> String? {
        let haystack = haystacks[row]
        var place = ""
        for term in terms where !Self.contains(haystack, term) {
            guard let extra = extras.first(where: { Self.contains($0.haystack, term) }) else { return nil }
            if place.isEmpty { place = extra.label }
        }
        return place
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        let count = needle.count
        guard count <= haystack.count, let first = needle.first else { return count == 0 }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var start = 0
                let last = hay.count - count
                while start <= last {
                    if hay[start] == first {
                        var offset = 1
                        while offset < count && hay[start + offset] == pin[offset] { offset += 1 }
                        if offset == count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    func nameLess(_ lhs: Int, _ rhs: Int) -> Bool {
        let left = names[lhs]
        let right = names[rhs]
        return left.lexicographicallyPrecedes(right)
    }
}
