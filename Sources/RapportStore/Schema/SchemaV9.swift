/// The SQL of migration v9, the agenda. Plain SQL fixed at release, like every migration.
///
/// What v9 adds, and why:
/// - `agenda_snooze`: an agenda item hidden until a day (a snooze) or for good (`until` NULL:
///   done), by the item's key (`AgendaItem.key`, which holds the item's due date, so a renewal
///   marked done comes back with next year's date). Written through intents and the change log,
///   so undo works; deleted with its account.
/// - `account_summary.health_change`: the health's change since a month ago (0 when there is
///   nothing fair to compare with), so "health dropped" is a range read of one index.
/// - indexes for the agenda's candidate reads: open initiatives by due date, initiatives in
///   trouble, and accounts by stay-in-touch state. Each kind's candidates are then read in
///   index order or scored in SQL, and only the best are decoded (see `AgendaQuery`).
/// - every summary marked stale, so `health_change` is filled on the next refresh.
enum SchemaV9 {
    static let agenda = """
        CREATE TABLE agenda_snooze (
            item_key TEXT PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
            until TEXT
        );
        CREATE INDEX agenda_snooze_by_account ON agenda_snooze(account_id);
        ALTER TABLE account_summary ADD COLUMN health_change INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX account_summary_by_health_change ON account_summary(health_change) WHERE health_change < 0;
        CREATE INDEX account_summary_by_touch ON account_summary(touch_state, touch_trigger, touch_days);
        CREATE INDEX initiative_open_by_due ON initiative(due_date) WHERE status <> 'done' AND due_date IS NOT NULL;
        CREATE INDEX initiative_in_trouble ON initiative(status) WHERE status IN ('at-risk', 'blocked');
        UPDATE account_summary SET stale = stale | 1;
        """
}
