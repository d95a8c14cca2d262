/// The names closest to one nobody has, for "did you mean ...?": by edit distance between the
/// folded names (accents, case and punctuation ignored), or a name that begins with what was
/// typed ("Acme" for "Acme Corp").
public enum NameSuggestions {
    /// Up to `limit` of `names`, closest first; only names near enough to be a likely slip.
    public static func closest(to wanted: String, among names: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(fold(wanted))
        guard !target.isEmpty else { return [] }
        let allowed = max(2, target.count / 3)
        var scored: [(distance: Int, name: String)] = []
        for name in names {
            let candidate = Array(fold(name))
            if candidate.isEmpty { continue }
            let distance: Int
            if candidate.starts(with: target) || target.starts(with: candidate) {
                distance = 1
            } else if abs(candidate.count - target.count) > allowed {
                continue
            } else {
                distance = editDistance(target, candidate, cutoff: allowed)
            }
            if distance <= allowed { scored.append((distance, name)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
        var seen: Set<String> = []
        return Array(scored.map(\.name).filter { seen.insert($0).inserted }.prefix(limit))
    }

    static func fold(_ name: String) -> String { SearchText.words(name).joined(separator: " ") }

    /// Levenshtein distance, giving up (returning more than `cutoff`) once every path is over it.
    static func editDistance(_ a: [Character], _ b: [Character], cutoff: Int) -> Int {
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > cutoff { return cutoff + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
