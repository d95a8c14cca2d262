import GRDB
import RapportCore

extension AppDatabase {
    /// Names to suggest for a name that matched no account: those sharing its first letters
    /// (read from the name index, a bounded range), closest by edit distance first.
    public func accountSuggestions(for name: String, limit: Int = 3) throws -> [String] {
        let key = SummaryRow.nameKey(name.trimmingCharacters(in: .whitespaces))
        guard let first = key.first else { return [] }
        var candidates = try accountNames(prefix: String(key.prefix(2)), limit: 500)
        if candidates.count < limit { candidates += try accountNames(prefix: String(first), limit: 500) }
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0).inserted }
        let scored: [(name: String, distance: Int)] = unique.map { name in (name, Self.editDistance(key, SummaryRow.nameKey(name))) }
        let ranked = scored.sorted { lhs, rhs in lhs.distance != rhs.distance ? lhs.distance < rhs.distance : lhs.name < rhs.name }
        return ranked.prefix(limit).map(\.name)
    }

    /// Levenshtein distance over Characters.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        if left.isEmpty { return right.count }
        var previous = Array(0...right.count)
        for (row, leftCharacter) in left.enumerated() {
            var current = [row + 1] + Array(repeating: 0, count: right.count)
            for (column, rightCharacter) in right.enumerated() {
                current[column + 1] = min(previous[column + 1] + 1, current[column] + 1, previous[column] + (leftCharacter == rightCharacter ? 0 : 1))
            }
            previous = current
        }
        return previous[right.count]
    }
}
