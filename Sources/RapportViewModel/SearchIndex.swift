import Foundation
import RapportCore

/// Case- and accent-folded text of each account, so filtering and name sorting compare bytes
/// instead of Unicode strings on every keystroke.
struct SearchIndex: Sendable {
    /// Folded "name industry owner region" per overview.
    private(set) var haystacks: [[UInt8]]
    /// Folded name per overview, for sorting by name.
    private(set) var names: [[UInt8]]
    /// Account id per overview: reading it from the overviews would copy each row.
    private(set) var ids: [Int64]

    init(overviews: [AccountOverview]) {
        haystacks = []
        names = []
        ids = overviews.map(\.id)
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
    func match(row: Int, terms: [[UInt8]], other: AccountText?) -> String? {
        let haystack = haystacks[row]
        var place = ""
        for term in terms where !Self.contains(haystack, term) {
            guard let other, let position = Self.firstIndex(of: term, in: other.haystack) else { return nil }
            if place.isEmpty { place = other.label(at: position) }
        }
        return place
    }

    /// memchr finds candidate first bytes with vector instructions and memcmp checks them:
    /// a 100,000-account book is scanned on every filter keystroke.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let base = hay.baseAddress, let pattern = pin.baseAddress else { return nil }
                var position = 0
                let last = hay.count - pin.count
                while position <= last {
                    guard let hit = memchr(base + position, Int32(first), last - position + 1) else { return nil }
                    let offset = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + offset, pattern, pin.count) == 0 { return offset }
                    position = offset + 1
                }
                return nil
            }
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        needle.isEmpty || firstIndex(of: needle, in: haystack) != nil
    }

    func nameLess(_ lhs: Int, _ rhs: Int) -> Bool {
        let left = names[lhs]
        let right = names[rhs]
        return left.lexicographicallyPrecedes(right)
    }
}

/// One account's contacts, notes and timeline as a single folded haystack, segments apart, with
/// the label of each segment: one allocation per account rather than one per contact or call,
/// which keeps a 10,000-account book well inside its memory budget.
struct AccountText: Sendable {
    static let separator: UInt8 = 0x1E
    private(set) var haystack: [UInt8] = []
    private(set) var segmentStarts: [Int32] = []
    private(set) var labels: [String] = []

    mutating func append(text: String, label: String) {
        if !haystack.isEmpty { haystack.append(Self.separator) }
        segmentStarts.append(Int32(haystack.count))
        haystack += SearchIndex.fold(text)
        labels.append(label)
    }

    /// The label of the segment a match at `position` falls in.
    func label(at position: Int) -> String {
        var low = 0
        var high = segmentStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(segmentStarts[middle]) <= position { low = middle } else { high = middle - 1 }
        }
        return labels.indices.contains(low) ? labels[low] : ""
    }
}
