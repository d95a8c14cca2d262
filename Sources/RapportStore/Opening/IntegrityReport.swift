/// SQLite's integrity report, folded to fit one line of a message.
enum IntegrityReport {
    /// The first problems SQLite listed, and how many more there were.
    static func summary(_ problems: [String], shown: Int = 2) -> String {
        let first = problems.prefix(shown).joined(separator: "; ")
        let more = problems.count - shown
        guard more > 0 else { return first }
        return first + "; and \(more)\(problems.count >= 100 ? " or more" : "") other problem\(more == 1 ? "" : "s")"
    }
}
