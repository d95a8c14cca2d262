/// The SQL of migration v11. Plain SQL fixed at release, like every migration.
///
/// What v11 adds, and why: initiatives in the search index, so "/blocked" finds the accounts
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
}
