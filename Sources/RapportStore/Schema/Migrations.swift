import GRDB

/// The store's schema history. Append only: a released step is never edited, and steps never
/// use app types, so old stores always migrate the same way.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 accounts, contacts, initiatives, progress, metrics") { db in
            try db.execute(
                sql: """
                    CREATE TABLE account (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        industry TEXT NOT NULL DEFAULT '',
                        region TEXT NOT NULL DEFAULT '',
                        tier TEXT NOT NULL DEFAULT 'mid-market',
                        owner TEXT NOT NULL DEFAULT '',
                        arr_minor INTEGER NOT NULL DEFAULT 0,
                        renewal_date TEXT,
                        stay_in_touch_days INTEGER,
                        next_follow_up TEXT,
                        notes TEXT NOT NULL DEFAULT ''
                    );
                    CREATE TABLE contact (
                        id INTEGER PRIMARY KEY,
                        account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        name TEXT NOT NULL,
                        title TEXT NOT NULL DEFAULT '',
                        email TEXT NOT NULL DEFAULT '',
                        phone TEXT NOT NULL DEFAULT '',
                        role TEXT NOT NULL DEFAULT 'other',
                        influence INTEGER NOT NULL DEFAULT 3 CHECK (influence BETWEEN 1 AND 5),
                        sentiment TEXT NOT NULL DEFAULT 'neutral',
                        is_main_contact INTEGER NOT NULL DEFAULT 0,
                        reports_to_id INTEGER REFERENCES contact(id) ON DELETE SET NULL
                    );
                    CREATE INDEX contact_by_account ON contact(account_id);
                    CREATE TABLE initiative (
                        id INTEGER PRIMARY KEY,
                        account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        title TEXT NOT NULL,
                        objective TEXT NOT NULL DEFAULT '',
                        owner TEXT NOT NULL DEFAULT '',
                        status TEXT NOT NULL DEFAULT 'planned',
                        progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
                        due_date TEXT
                    );
                    CREATE INDEX initiative_by_account ON initiative(account_id);
                    CREATE TABLE progress_update (
                        id INTEGER PRIMARY KEY,
                        initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
                        recorded_at TEXT NOT NULL,
                        previous_progress INTEGER NOT NULL,
                        progress INTEGER NOT NULL,
                        previous_status TEXT NOT NULL,
                        status TEXT NOT NULL,
                        note TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX progress_update_by_initiative ON progress_update(initiative_id, recorded_at);
                    CREATE TABLE metric_point (
                        account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        metric TEXT NOT NULL,
                        month TEXT NOT NULL,
                        actual INTEGER,
                        target INTEGER,
                        PRIMARY KEY (account_id, metric, month)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v2 change log, interactions, contact cadence") { db in
            try db.execute(
                sql: """
                    CREATE TABLE change_log (
                        id INTEGER PRIMARY KEY,
                        recorded_at TEXT NOT NULL,
                        description TEXT NOT NULL,
                        changes TEXT NOT NULL,
                        undone INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE INDEX change_log_by_state ON change_log(undone, id);
                    CREATE TABLE interaction (
                        id INTEGER PRIMARY KEY,
                        account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL DEFAULT 'note',
                        date TEXT NOT NULL,
                        summary TEXT NOT NULL DEFAULT '',
                        next_step TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX interaction_by_account ON interaction(account_id, date);
                    CREATE TABLE interaction_contact (
                        interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
                        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
                        PRIMARY KEY (interaction_id, contact_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX interaction_contact_by_contact ON interaction_contact(contact_id);
                    ALTER TABLE contact ADD COLUMN stay_in_touch_days INTEGER;
                    """)
        }
        migrator.registerMigration("v3 covering indexes for the accounts list") { db in
            // The list's one grouped scan reads each account's roles and latest contact from
            // these indexes alone, never from the tables.
            try db.execute(
                sql: """
                    CREATE INDEX contact_roles_by_account ON contact(account_id, role);
                    CREATE INDEX interaction_contact_dates ON interaction(account_id, kind, date);
                    """)
        }
        migrator.registerMigration("v4 opportunities") { db in
            try db.execute(
                sql: """
                    CREATE TABLE opportunity (
                        id INTEGER PRIMARY KEY,
                        account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL DEFAULT 'upsell',
                        amount_minor INTEGER NOT NULL DEFAULT 0,
                        probability INTEGER NOT NULL DEFAULT 50 CHECK (probability BETWEEN 0 AND 100),
                        expected_close TEXT NOT NULL,
                        category TEXT NOT NULL DEFAULT 'pipeline',
                        stage TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX opportunity_by_account ON opportunity(account_id, expected_close);
                    """)
        }
        migrator.registerMigration("v5 metric points by metric and account") { db in
            // The accounts list sums one metric (revenue) for every account; ordered by metric
            // first, it reads only that metric's rows, already grouped by account.
            try db.execute(sql: "CREATE INDEX metric_point_by_metric ON metric_point(metric, account_id, month, actual, target)")
        }
        migrator.registerMigration("v6 versions, account summary, search index, book totals, per-window history") { db in
            try db.execute(sql: SchemaV6.versions)
            try db.execute(sql: SchemaV6.history)
            try db.execute(sql: SchemaV6.summary)
            try db.execute(sql: SchemaV6.totals)
            try db.execute(sql: SchemaV6.staleMarks)
            try db.execute(sql: SchemaV6.search)
            try db.execute(sql: SchemaV6.bookMetricMonths)
            try db.execute(sql: SchemaV6.bookPipelineMonths)
        }
        migrator.registerMigration("v7 lapsed renewals, health without enough data") { db in
            try db.execute(sql: SchemaV7.lapsedRenewals)
            try db.execute(sql: SchemaV7.recomputeSummaries)
        }
        migrator.registerMigration("v8 initiative plans and account lifecycle") { db in
            try db.execute(sql: SchemaV8.initiativePlans)
            try db.execute(sql: SchemaV8.accountLifecycle)
        }
        migrator.registerMigration("v9 agenda") { db in
            try db.execute(sql: SchemaV9.agenda)
        }
        migrator.registerMigration("v10 sent updates") { db in
            try db.execute(sql: SchemaV10.sentUpdates)
        }
        migrator.registerMigration("v11 initiative search") { db in
            try db.execute(sql: SchemaV11.initiativeSearch)
            try db.execute(sql: SchemaV11.followUpAndRiskSorts)
        }
        migrator.registerMigration("v12 agenda ranked in the store") { db in
            try db.execute(sql: SchemaV12.agendaCandidates)
        }
        return migrator
    }
}
