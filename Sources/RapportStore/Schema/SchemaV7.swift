/// The SQL of migration v7. Plain SQL fixed at release, like every migration.
///
/// What v7 adds, and why:
/// - `account_summary.renewal_lapsed`: the account's renewal date has passed (as of the
///   summary's day), and `book_totals.lapsed_renewals`, their count, so the KPI strip shows
///   lapsed renewals beside the ones coming up instead of dropping them. The count is kept by
///   triggers of its own, so v6's totals triggers stay as they were;
/// - every summary marked stale, because v7 also changes what two columns mean: an account
///   without enough data to score its health is stored in no band (`health_band` -1) with
///   `health` 101, after every score, so "health ↑" lists the scored accounts, worst first,
///   before those that cannot be scored yet. Opening recomputes the stale rows.
enum SchemaV7 {
    static let lapsedRenewals = """
        ALTER TABLE account_summary ADD COLUMN renewal_lapsed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE book_totals ADD COLUMN lapsed_renewals INTEGER NOT NULL DEFAULT 0;
        CREATE TRIGGER book_totals_lapsed_add AFTER INSERT ON account_summary WHEN NEW.renewal_lapsed <> 0 BEGIN
            UPDATE book_totals SET lapsed_renewals = lapsed_renewals + 1 WHERE id = 1;
        END;
        CREATE TRIGGER book_totals_lapsed_remove AFTER DELETE ON account_summary WHEN OLD.renewal_lapsed <> 0 BEGIN
            UPDATE book_totals SET lapsed_renewals = lapsed_renewals - 1 WHERE id = 1;
        END;
        CREATE TRIGGER book_totals_lapsed_change AFTER UPDATE OF renewal_lapsed ON account_summary
        WHEN NEW.renewal_lapsed <> OLD.renewal_lapsed BEGIN
            UPDATE book_totals SET lapsed_renewals = lapsed_renewals - OLD.renewal_lapsed + NEW.renewal_lapsed WHERE id = 1;
        END;
        """

    static let recomputeSummaries = "UPDATE account_summary SET stale = stale | 1;"
}
