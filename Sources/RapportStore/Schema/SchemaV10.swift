/// The SQL of migration v10. Plain SQL fixed at release, like every migration.
///
/// What v10 adds, and why: `sent_update`, one row per stakeholder update sent (written to a
/// file by `rapport update` or `U`), so the next update covers "what moved since the last
/// update" for that account and audience.
enum SchemaV10 {
    static let sentUpdates = """
        CREATE TABLE sent_update (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
            sent_at TEXT NOT NULL,
            audience TEXT NOT NULL,
            covered_since TEXT NOT NULL,
            format TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX sent_update_by_account ON sent_update(account_id, audience, sent_at);
        """
}
