import ArgumentParser
import Foundation
import RapportCore
import RapportStore

/// `--today`, shared by the commands that open a store. (Each declares its own `--store`: its
/// default differs, and the help must say which.)
struct TodayOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Pretend today is this date (YYYY-MM-DD), for reports and demos.", valueName: "date"))
    var today: String?

    func resolvedToday() throws -> Day {
        guard let today else { return Day.today() }
        guard let day = Day(iso: today) else {
            throw ValidationError("--today: '\(today)' is not a date; use YYYY-MM-DD, e.g. 2026-12-15")
        }
        return day
    }
}

extension Day {
    /// Today in the local time zone.
    static func today() -> Day {
        let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
            ?? Day(daysSinceEpoch: Int(Date().timeIntervalSince1970 / 86_400))
    }
}

/// A failure that ends a command with a one-line message on stderr and a non-zero exit.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

var processEnvironment: [String: String] { ProcessInfo.processInfo.environment }
