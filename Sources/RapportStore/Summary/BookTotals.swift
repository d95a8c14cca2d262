import GRDB

/// The KPI strip's running totals over `account_summary`. Triggers keep them for single writes;
/// a bulk load sets the triggers aside and adds everything up once at the end.
enum BookTotals {
    static func recompute(_ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE book_totals SET (accounts, arr, qtd_actual, quarter_target, good, watch, poor, needs_contact, at_risk, blocked,
                                        overdue, renewals, renewal_arr, lapsed_renewals) = (
                    SELECT COUNT(*), COALESCE(SUM(arr), 0), COALESCE(SUM(qtd_actual), 0), COALESCE(SUM(quarter_target), 0),
                           COALESCE(SUM(health_band = 0), 0), COALESCE(SUM(health_band = 1), 0), COALESCE(SUM(health_band = 2), 0),
                           COALESCE(SUM(needs_contact), 0), COALESCE(SUM(at_risk), 0), COALESCE(SUM(blocked), 0),
                           COALESCE(SUM(overdue), 0), COALESCE(SUM(renews_soon), 0), COALESCE(SUM(renews_soon * arr), 0),
                           COALESCE(SUM(renewal_lapsed), 0)
                    FROM account_summary)
                WHERE id = 1
                """)
    }
}
