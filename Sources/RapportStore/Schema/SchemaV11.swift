/// The SQL of migration v11. Plain SQL fixed at release, like every migration.
///
/// What v11 adds, and why: the follow-up and risk sorts (see `followUpAndRiskSorts`), and initiatives in the search index, so "/blocked" finds the accounts
/// with a blocked initiative and "/erp" the accounts with an ERP initiative. An initiative's
/// title and status go into its account's `other` search text (see `SearchIndexing`); these
/// triggers mark the text stale when an initiative is added, removed, renamed, moves account
/// or changes status (a progress bump leaves the text alone), and every account's text is
/// marked stale so the next refresh rebuilds it with its initiatives.
enum SchemaV11 {
    static let initiativeSearch = """
        CREATE TRIGGER account_search_after_initiative_insert AFTER INSERT ON initiative BEGIN
            UPDATE account_summary SET stale = stale | 2 WHERE account_id = NEW.account_id;
        END;
        CREATE TRIGGER account_search_after_initiative_update AFTER UPDATE OF title, status, account_id ON initiative BEGIN
            UPDATE account_summary SET stale = stale | 2 WHERE account_id IN (OLD.account_id, NEW.account_id);
        END;
        CREATE TRIGGER account_search_after_initiative_delete AFTER DELETE ON initiative BEGIN
            UPDATE account_summary SET stale = stale | 2 WHERE account_id = OLD.account_id;
        END;
        UPDATE account_summary SET stale = stale | 2;
        """

    /// Two more sorts of the accounts list, each with its key column and index for keyset
    /// paging: next follow-up (soonest first, "~" for none sorts last) and risk (minus the
    /// count of initiatives in trouble, so the most at risk come first). Every summary is
    /// marked stale so the next refresh fills both keys.
    static let followUpAndRiskSorts = """
        ALTER TABLE account_summary ADD COLUMN follow_up_key TEXT NOT NULL DEFAULT '~';
        ALTER TABLE account_summary ADD COLUMN risk_key INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX account_summary_by_follow_up ON account_summary(follow_up_key, name_key, account_id);
        CREATE INDEX account_summary_by_risk ON account_summary(risk_key, name_key, account_id);
        UPDATE account_summary SET stale = stale | 1;
        """
}
