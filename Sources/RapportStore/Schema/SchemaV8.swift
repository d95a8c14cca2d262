/// The SQL of migration v8. Plain SQL fixed at release, like every migration.
///
/// What v8 adds, and why:
/// - initiatives get a start date (where the burn-up's line begins), an objective as a figure
///   (`target_metric`, `target_value` in the metric's stored unit, `target_date`) beside the
///   free-text one, and `progress_follows_milestones`;
/// - `milestone`: an initiative's checklist, ordered by `position`, with a version like every
///   edited row;
/// - `initiative_stakeholder`: contacts who hear about an initiative, internal or external;
/// - accounts get `client_since` and `churned_on`, so reports can count new, churned and net
///   accounts. Existing accounts are given the earliest day the store knows them by: their
///   first interaction or first metric month, whichever is earlier, else the day of the
///   migration (the account was a client by then, at the latest). Filling them leaves each
///   account's `version` as it was: the version trigger is set aside for that one update, since
///   no person edited anything;
/// - `change_log_by_time`: "what changed since" reads the log from a day on, not whole;
/// - `progress_update.reason`: why an initiative moved to at risk or blocked (the `note` is
///   what was said about a change afterwards).
///
/// Health and lateness do not read the new data, so the summaries need no new stale marks;
/// a milestone's write that moves progress updates `initiative`, whose triggers mark it.
enum SchemaV8 {
    static let initiativePlans = """
        ALTER TABLE initiative ADD COLUMN start_date TEXT;
        ALTER TABLE initiative ADD COLUMN target_metric TEXT;
        ALTER TABLE initiative ADD COLUMN target_value INTEGER;
        ALTER TABLE initiative ADD COLUMN target_date TEXT;
        ALTER TABLE initiative ADD COLUMN progress_follows_milestones INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE milestone (
            id INTEGER PRIMARY KEY,
            initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            due_date TEXT,
            done_on TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            version INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX milestone_by_initiative ON milestone(initiative_id, position);
        CREATE TRIGGER milestone_version AFTER UPDATE ON milestone WHEN NEW.version = OLD.version
        BEGIN UPDATE milestone SET version = OLD.version + 1 WHERE id = NEW.id; END;
        CREATE TABLE initiative_stakeholder (
            initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
            audience TEXT NOT NULL DEFAULT 'internal' CHECK (audience IN ('internal', 'external')),
            PRIMARY KEY (initiative_id, contact_id)
        ) WITHOUT ROWID;
        CREATE INDEX initiative_stakeholder_by_contact ON initiative_stakeholder(contact_id);
        ALTER TABLE progress_update ADD COLUMN reason TEXT NOT NULL DEFAULT '';
        CREATE INDEX change_log_by_time ON change_log(recorded_at);
        """

    static let accountLifecycle = """
        ALTER TABLE account ADD COLUMN client_since TEXT;
        ALTER TABLE account ADD COLUMN churned_on TEXT;
        CREATE INDEX account_by_client_since ON account(client_since);
        CREATE INDEX account_by_churned_on ON account(churned_on) WHERE churned_on IS NOT NULL;
        DROP TRIGGER account_version;
        UPDATE account SET client_since = COALESCE(
            (SELECT MIN(day) FROM (
                SELECT MIN(date) AS day FROM interaction WHERE interaction.account_id = account.id
                UNION ALL
                SELECT MIN(month) || '-01' FROM metric_point WHERE metric_point.account_id = account.id)),
            date('now'));
        CREATE TRIGGER account_version AFTER UPDATE ON account WHEN NEW.version = OLD.version
        BEGIN UPDATE account SET version = OLD.version + 1 WHERE id = NEW.id; END;
        """
}
