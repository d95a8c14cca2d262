import Foundation
import GRDB
import RapportCore
@testable import RapportStore

/// A store as an earlier release left it: migrated up to that release's last step and holding
/// the same small book in whatever tables that schema has. Three accounts (one German, one
/// Japanese name) with contacts, initiatives, a progress update, revenue and another metric;
/// from v2 on, interactions with the contacts in them, a contact's cadence and an undo entry in
/// the old (window-less) change log; from v4 on, opportunities.
struct EarlierStore {
    /// What a schema holds beyond v1's accounts, contacts, initiatives, progress and metrics.
    enum Content: Sendable {
        /// v2: interactions, the change log, contact cadence.
        case timeline
        /// v4.
        case opportunities
        /// v6: summaries marked current for the tests' day (the search text still to build).
        case summaries
        /// v8: an initiative's milestones and stakeholders.
        case plans
        /// v9: an agenda item snoozed.
        case snoozes
        /// v10: a stakeholder update sent.
        case sentUpdates
    }

    let lastStep: String
    let holds: Set<Content>

    /// Every schema an earlier release left stores in, oldest first.
    static let all = [
        EarlierStore(lastStep: "v1 accounts, contacts, initiatives, progress, metrics", holds: []),
        EarlierStore(lastStep: "v2 change log, interactions, contact cadence", holds: [.timeline]),
        EarlierStore(lastStep: "v3 covering indexes for the accounts list", holds: [.timeline]),
        EarlierStore(lastStep: "v4 opportunities", holds: [.timeline, .opportunities]),
        v5,
        v6,
        v7,
        EarlierStore(lastStep: "v8 initiative plans and account lifecycle", holds: [.timeline, .opportunities, .summaries, .plans]),
        // v9: summaries left stale, as another program's writes leave them (a v9 store's own
        // summaries are this release's; only v6's need a migration to put them right).
        EarlierStore(lastStep: "v9 agenda", holds: [.timeline, .opportunities, .plans, .snoozes]),
        // v10: as v9; its search text lacks initiatives, which v11 adds for every account.
        EarlierStore(lastStep: "v10 sent updates", holds: [.timeline, .opportunities, .plans, .snoozes, .sentUpdates]),
        // v11: as v10; its agenda is ranked at read time, which v12 stores for every account.
        EarlierStore(lastStep: "v11 initiative search", holds: [.timeline, .opportunities, .plans, .snoozes, .sentUpdates]),
    ]

    static let v5 = EarlierStore(lastStep: "v5 metric points by metric and account", holds: [.timeline, .opportunities])

    /// The previous release's schema.
    static let v6 = EarlierStore(
        lastStep: "v6 versions, account summary, search index, book totals, per-window history", holds: [.timeline, .opportunities, .summaries])

    /// The release before initiative plans and account lifecycles.
    static let v7 = EarlierStore(lastStep: "v7 lapsed renewals, health without enough data", holds: [.timeline, .opportunities, .summaries])

    var name: String { String(lastStep.prefix { $0 != " " }) }

    /// Writes the store in `directory` and returns its path; `extraSQL` runs last, in the same transaction.
    func make(in directory: TemporaryDirectory, extraSQL: String = "") throws -> String {
        let path = directory.file("\(name).sqlite")
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: lastStep)
        try queue.write { db in
            try Self.insertBook(db)
            if holds.contains(.timeline) { try Self.insertTimeline(db) }
            if holds.contains(.opportunities) { try Self.insertOpportunities(db) }
            if holds.contains(.summaries) { try Self.computeSummariesAsV6Did(db) }
            if holds.contains(.plans) { try Self.insertPlans(db) }
            if holds.contains(.snoozes) {
                try db.execute(sql: "INSERT INTO agenda_snooze (item_key, account_id, until) VALUES ('follow-up:1:account:2026-11-01', 1, '2026-12-01')")
            }
            if holds.contains(.sentUpdates) {
                try db.execute(sql: """
                    INSERT INTO sent_update (account_id, sent_at, audience, covered_since, format)
                    VALUES (1, '2026-11-20 09:00:00.000', 'sponsor', '2026-11-01', 'markdown')
                    """)
            }
            try db.execute(sql: extraSQL)
        }
        try queue.close()
        return path
    }

    private static func insertBook(_ db: Database) throws {
        let today = TestClock.today
        let month = today.yearMonth
        let quarter = FiscalCalendar().quarterPeriod(containing: month)
        try db.execute(
            sql: """
                INSERT INTO account (id, name, industry, region, tier, owner, arr_minor, renewal_date, stay_in_touch_days, next_follow_up, notes)
                VALUES (1, 'Acme Corp', 'Manufacturing', 'NA East', 'enterprise', 'Dana Whitfield', 10000000, ?, 30, NULL, 'Prefers email'),
                       (2, 'Müller Präzision GmbH', 'Manufacturing', 'DACH', 'strategic', 'Lena Fischer', 40000000, ?, NULL, NULL, ''),
                       (3, '東京精密 KK', 'Software', 'Japan', 'mid-market', 'Aiko Tanaka', 5000000, NULL, 14, ?, '');
                INSERT INTO contact (id, account_id, name, email, role, is_main_contact, reports_to_id)
                VALUES (1, 1, 'Ada Lovelace', 'ada@acme.example', 'sponsor', 1, NULL),
                       (2, 1, 'Bo Berg', '', 'champion', 0, 1),
                       (3, 2, 'Jonas Schmidt', '', 'decision-maker', 1, NULL);
                INSERT INTO initiative (id, account_id, title, status, progress, due_date)
                VALUES (1, 1, 'Portal', 'on-track', 40, ?), (2, 1, 'Migration', 'at-risk', 20, ?), (3, 2, 'Rollout', 'blocked', 50, NULL);
                INSERT INTO progress_update (initiative_id, recorded_at, previous_progress, progress, previous_status, status)
                VALUES (1, '2026-11-01 10:00:00.000', 30, 40, 'on-track', 'on-track');
                INSERT INTO metric_point (account_id, metric, month, actual, target) VALUES
                    (1, 'revenue', ?, 1000000, 1200000), (1, 'revenue', ?, 900000, 1200000), (2, 'revenue', ?, 3000000, NULL),
                    (1, 'active-users', ?, 120, 150);
                """,
            arguments: [
                today.adding(days: 40).iso, today.adding(days: 300).iso, today.adding(days: -3).iso,
                today.adding(days: 10).iso, today.adding(days: -5).iso,
                quarter.first.iso, month.iso, month.iso, month.iso,
            ])
    }

    private static func insertPlans(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO milestone (id, initiative_id, title, due_date, done_on, position) VALUES (1, 1, 'Pilot live', '2026-12-01', NULL, 0);
            INSERT INTO initiative_stakeholder (initiative_id, contact_id, audience) VALUES (1, 1, 'external');
            """)
    }

    private static func insertTimeline(_ db: Database) throws {
        let today = TestClock.today
        let oldProgress = RowChange(
            table: "initiative", key: ["id": .integer(1)],
            before: ["id": .integer(1), "account_id": .integer(1), "title": .text("Portal"), "objective": .text(""), "owner": .text(""),
                     "status": .text("on-track"), "progress": .integer(30), "due_date": .text(today.adding(days: 10).iso)],
            after: ["id": .integer(1), "account_id": .integer(1), "title": .text("Portal"), "objective": .text(""), "owner": .text(""),
                    "status": .text("on-track"), "progress": .integer(40), "due_date": .text(today.adding(days: 10).iso)])
        let payload = String(decoding: try JSONEncoder().encode([oldProgress]), as: UTF8.self)
        try db.execute(
            sql: """
                UPDATE contact SET stay_in_touch_days = 7 WHERE id = 2;
                INSERT INTO interaction (id, account_id, kind, date, summary, next_step)
                VALUES (1, 1, 'call', ?, 'Quarterly review', 'Send the deck'), (2, 3, 'note', ?, 'Competitor pitched them', '');
                INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (1, 1), (1, 2);
                INSERT INTO change_log (recorded_at, description, changes, undone) VALUES ('2026-11-01 10:00:00.000', 'Portal progress 30% → 40%', ?, 0);
                """,
            arguments: [today.adding(days: -12).iso, today.adding(days: -2).iso, payload])
    }

    /// Marks the summaries current for the tests' day with figures this release would not
    /// compute — every account at risk, as v6 scored an account nobody had contacted, and
    /// nothing else filled in — so only a migration that has them recomputed puts them right.
    private static func computeSummariesAsV6Did(_ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE account_summary SET stale = stale & ~1, health = 0, health_band = 2;
                UPDATE summary_state SET as_of = ?, fiscal_start = 1;
                """,
            arguments: [TestClock.today.iso])
    }

    private static func insertOpportunities(_ db: Database) throws {
        let today = TestClock.today
        try db.execute(
            sql: """
                INSERT INTO opportunity (id, account_id, name, kind, amount_minor, probability, expected_close, category, stage)
                VALUES (1, 2, 'Zweites Werk', 'upsell', 2500000, 60, ?, 'commit', 'Angebot'),
                       (2, 3, '関西拠点', 'new-business', 800000, 30, ?, 'pipeline', '');
                """,
            arguments: [today.adding(days: 20).iso, today.adding(days: 75).iso])
    }
}
