import Foundation
import RapportCore

/// The report and the stakeholder update as the dashboard previews and writes them: the same
/// reads and assembly as `rapport report` and `rapport update`, whole.
extension AppDatabase {
    /// The period's report for the book, or one account.
    public func report(period: Period, accountID: Int64?, today: Day) throws -> Report {
        Report.assemble(try reportInput(period: period, accountID: accountID, today: today), period: period, today: today)
    }

    /// The account's update for `audience`, from just after the last one sent to that
    /// audience (else the default span), as `rapport update` without `--since`.
    public func stakeholderUpdate(accountID: Int64, audience: UpdateAudience, today: Day) throws -> StakeholderUpdate {
        let lastSent = try lastSentUpdate(accountID: accountID, audience: audience)
        let start = UpdateStart.resolve(since: nil, lastSent: lastSent, today: today, defaultDays: UpdateStart.defaultDays)
        let input = try stakeholderUpdateInput(accountID: accountID, since: start.time, lastSent: lastSent, today: today)
        return StakeholderUpdate.assemble(input, audience: audience, since: start.day, sinceReason: start.reason, today: today)
    }
}
