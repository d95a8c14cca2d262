/// Every status message of the session, newest first: the status bar shows one message for
/// one key and may have to cut it; help shows them all, whole.
///
/// The view model has no clock, so each entry is numbered when it is logged and the event
/// loop stamps the time it was first shown (`ViewModel.stampMessages(at:)`), after the key or
/// reply that produced it, before the frame that shows it.
public struct MessageLog: Hashable, Sendable {
    public static let limit = 50

    public private(set) var entries: [LoggedMessage] = []
    private var nextSequence = 1

    public init() {}

    mutating func append(_ message: StatusMessage) {
        entries.insert(LoggedMessage(sequence: nextSequence, message: message), at: 0)
        nextSequence += 1
        if entries.count > Self.limit { entries.removeLast(entries.count - Self.limit) }
    }

    mutating func stamp(_ time: TimeOfDay) {
        for index in entries.indices where entries[index].shownAt == nil { entries[index].shownAt = time }
    }
}

public struct LoggedMessage: Hashable, Sendable {
    /// 1 for the session's first message.
    public var sequence: Int
    public var message: StatusMessage
    /// When it was shown; nil until the event loop stamps it.
    public var shownAt: TimeOfDay?

    public init(sequence: Int, message: StatusMessage, shownAt: TimeOfDay? = nil) {
        self.sequence = sequence
        self.message = message
        self.shownAt = shownAt
    }
}

/// A wall-clock time of day, as the message log shows it.
public struct TimeOfDay: Hashable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int

    public init(hour: Int, minute: Int, second: Int) {
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// "09:05:30"
    public var description: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(hour)):\(two(minute)):\(two(second))"
    }
}
