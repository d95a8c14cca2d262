import Foundation

/// Where an update starts: the day asked for, else just after the last update sent, else a
/// default span before today.
public struct UpdateStart: Hashable, Sendable {
    public let time: Date
    public let day: Day
    public let reason: String

    /// The span `rapport update` and `U` use when no update was sent before.
    public static let defaultDays = 30

    public static func resolve(since: Day?, lastSent: Date?, today: Day, defaultDays: Int) -> UpdateStart {
        if let since { return UpdateStart(time: since.startOfDayUTC, day: since, reason: "as asked") }
        if let lastSent { return UpdateStart(time: lastSent, day: Day(utcDate: lastSent), reason: "the last update") }
        let day = today.adding(days: -defaultDays)
        return UpdateStart(time: day.startOfDayUTC, day: day, reason: "no update sent before: the last \(defaultDays) days")
    }
}

extension Day {
    /// Midnight UTC at the start of the day, as stored times compare.
    public var startOfDayUTC: Date { Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch) * 86_400 - 0.001) }
}
