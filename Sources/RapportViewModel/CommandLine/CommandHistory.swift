/// The commands run in this session, most recent first: ↑/↓ on the command line walk it.
/// Bounded, and a command run twice in a row is kept once, as shells do with `ignoredups`.
public struct CommandHistory: Hashable, Sendable {
    public private(set) var entries: [String] = []
    public let limit: Int

    public init(limit: Int = 50) { self.limit = max(1, limit) }

    public mutating func add(_ line: String) {
        guard !line.isEmpty, entries.first != line else { return }
        entries.insert(line, at: 0)
        if entries.count > limit { entries.removeLast(entries.count - limit) }
    }
}
