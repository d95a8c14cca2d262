/// The SQL of migration v6, kept apart from the migrator because it is long. Like every
/// migration it is plain SQL fixed at release: it never uses app types, so an old store always
/// migrates the same way.
///
/// What v6 adds, and why:
/// - a `version` on every edited row, bumped by a trigger on every update (whoever writes), so
///   a form can tell the row changed underneath it;
/// - the change log's `session`, so `u` undoes only what this window did;
/// - `account_summary`, one row per account with the figures the list shows and sorts by, kept
///   current in the same transaction as every write (triggers mark rows stale, the app
///   recomputes them before commit), with an index per sort for keyset paging;
/// - `book_totals`, the KPI strip as running sums over the summary, kept by triggers;
/// - `account_search`, an FTS5 index of each account's own fields and its contacts, notes and
///   timeline;
/// - `book_metric_month`, every metric summed over the book month by month, kept by triggers;
/// - `book_pipeline_month`, the book's opportunities summed by expected close month, kept by
///   triggers.
enum SchemaV6 {
    static let versions = """
        ALTER TABLE account ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE contact ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE initiative ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE interaction ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE opportunity ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
        CREATE TRIGGER account_version AFTER UPDATE ON account WHEN NEW.version = OLD.version
        BEGIN UPDATE account SET version = OLD.version + 1 WHERE id = NEW.id; END;
        CREATE TRIGGER contact_version AFTER UPDATE ON contact WHEN NEW.version = OLD.version
        BEGIN UPDATE contact SET version = OLD.version + 1 WHERE id = NEW.id; END;
        CREATE TRIGGER initiative_version AFTER UPDATE ON initiative WHEN NEW.version = OLD.version
        BEGIN UPDATE initiative SET version = OLD.version + 1 WHERE id = NEW.id; END;
        CREATE TRIGGER interaction_version AFTER UPDATE ON interaction WHEN NEW.version = OLD.version
        BEGIN UPDATE interaction SET version = OLD.version + 1 WHERE id = NEW.id; END;
        CREATE TRIGGER opportunity_version AFTER UPDATE ON opportunity WHEN NEW.version = OLD.version
        BEGIN UPDATE opportunity SET version = OLD.version + 1 WHERE id = NEW.id; END;
        """

    static let history = """
        ALTER TABLE change_log ADD COLUMN session TEXT NOT NULL DEFAULT '';
        DROP INDEX change_log_by_state;
        CREATE INDEX change_log_by_session ON change_log(session, undone, id);
        """

    /// `stale` bit 1: the figures need recomputing; bit 2: the search text does.
    static let summary = """
        CREATE TABLE account_summary (
            account_id INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
            stale INTEGER NOT NULL DEFAULT 3,
            name_key TEXT NOT NULL DEFAULT '',
            arr_key INTEGER NOT NULL DEFAULT 0,
            renewal_key TEXT NOT NULL DEFAULT '~',
            health INTEGER NOT NULL DEFAULT 0,
            health_band INTEGER NOT NULL DEFAULT -1,
            trouble INTEGER NOT NULL DEFAULT 0,
            touch_state INTEGER NOT NULL DEFAULT 0,
            touch_days INTEGER NOT NULL DEFAULT 0,
            touch_trigger TEXT NOT NULL DEFAULT '',
            arr INTEGER NOT NULL DEFAULT 0,
            qtd_actual INTEGER NOT NULL DEFAULT 0,
            quarter_target INTEGER NOT NULL DEFAULT 0,
            at_risk INTEGER NOT NULL DEFAULT 0,
            blocked INTEGER NOT NULL DEFAULT 0,
            overdue INTEGER NOT NULL DEFAULT 0,
            needs_contact INTEGER NOT NULL DEFAULT 0,
            renews_soon INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX account_summary_by_name ON account_summary(name_key, account_id);
        CREATE INDEX account_summary_by_arr ON account_summary(arr_key, name_key, account_id);
        CREATE INDEX account_summary_by_health ON account_summary(health, name_key, account_id);
        CREATE INDEX account_summary_by_renewal ON account_summary(renewal_key, name_key, account_id);
        CREATE INDEX account_summary_stale ON account_summary(stale) WHERE stale <> 0;
        CREATE TABLE summary_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            as_of TEXT NOT NULL DEFAULT '',
            fiscal_start INTEGER NOT NULL DEFAULT 1
        );
        INSERT INTO summary_state (id) VALUES (1);
        INSERT INTO account_summary (account_id) SELECT id FROM account;
        """

    static let totals = """
        CREATE TABLE book_totals (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            accounts INTEGER NOT NULL DEFAULT 0,
            arr INTEGER NOT NULL DEFAULT 0,
            qtd_actual INTEGER NOT NULL DEFAULT 0,
            quarter_target INTEGER NOT NULL DEFAULT 0,
            good INTEGER NOT NULL DEFAULT 0,
            watch INTEGER NOT NULL DEFAULT 0,
            poor INTEGER NOT NULL DEFAULT 0,
            needs_contact INTEGER NOT NULL DEFAULT 0,
            at_risk INTEGER NOT NULL DEFAULT 0,
            blocked INTEGER NOT NULL DEFAULT 0,
            overdue INTEGER NOT NULL DEFAULT 0,
            renewals INTEGER NOT NULL DEFAULT 0,
            renewal_arr INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO book_totals (id, accounts) SELECT 1, COUNT(*) FROM account_summary;
        CREATE TRIGGER book_totals_add AFTER INSERT ON account_summary BEGIN
            UPDATE book_totals SET accounts = accounts + 1, arr = arr + NEW.arr,
                qtd_actual = qtd_actual + NEW.qtd_actual, quarter_target = quarter_target + NEW.quarter_target,
                good = good + (NEW.health_band = 0), watch = watch + (NEW.health_band = 1), poor = poor + (NEW.health_band = 2),
                needs_contact = needs_contact + NEW.needs_contact, at_risk = at_risk + NEW.at_risk,
                blocked = blocked + NEW.blocked, overdue = overdue + NEW.overdue,
                renewals = renewals + NEW.renews_soon, renewal_arr = renewal_arr + NEW.renews_soon * NEW.arr
            WHERE id = 1;
        END;
        CREATE TRIGGER book_totals_remove AFTER DELETE ON account_summary BEGIN
            UPDATE book_totals SET accounts = accounts - 1, arr = arr - OLD.arr,
                qtd_actual = qtd_actual - OLD.qtd_actual, quarter_target = quarter_target - OLD.quarter_target,
                good = good - (OLD.health_band = 0), watch = watch - (OLD.health_band = 1), poor = poor - (OLD.health_band = 2),
                needs_contact = needs_contact - OLD.needs_contact, at_risk = at_risk - OLD.at_risk,
                blocked = blocked - OLD.blocked, overdue = overdue - OLD.overdue,
                renewals = renewals - OLD.renews_soon, renewal_arr = renewal_arr - OLD.renews_soon * OLD.arr
            WHERE id = 1;
        END;
        CREATE TRIGGER book_totals_change AFTER UPDATE ON account_summary BEGIN
            UPDATE book_totals SET arr = arr - OLD.arr + NEW.arr,
                qtd_actual = qtd_actual - OLD.qtd_actual + NEW.qtd_actual,
                quarter_target = quarter_target - OLD.quarter_target + NEW.quarter_target,
                good = good - (OLD.health_band = 0) + (NEW.health_band = 0),
                watch = watch - (OLD.health_band = 1) + (NEW.health_band = 1),
                poor = poor - (OLD.health_band = 2) + (NEW.health_band = 2),
                needs_contact = needs_contact - OLD.needs_contact + NEW.needs_contact,
                at_risk = at_risk - OLD.at_risk + NEW.at_risk, blocked = blocked - OLD.blocked + NEW.blocked,
                overdue = overdue - OLD.overdue + NEW.overdue,
                renewals = renewals - OLD.renews_soon + NEW.renews_soon,
                renewal_arr = renewal_arr - OLD.renews_soon * OLD.arr + NEW.renews_soon * NEW.arr
            WHERE id = 1;
        END;
        """

    /// Whoever writes (Rapport, an import, a script), the rows it touches mark their account's
    /// summary stale; Rapport recomputes stale rows before each of its own commits, and when it
    /// notices another program's writes.
    static let staleMarks = """
        CREATE TRIGGER account_summary_for_new_account AFTER INSERT ON account BEGIN
            INSERT OR IGNORE INTO account_summary (account_id) VALUES (NEW.id);
        END;
        CREATE TRIGGER account_summary_after_account_edit AFTER UPDATE ON account BEGIN
            UPDATE account_summary SET stale = stale | 3 WHERE account_id = NEW.id;
        END;
        \(staleMarkTriggers(on: "contact", bits: 3))
        \(staleMarkTriggers(on: "initiative", bits: 1))
        \(staleMarkTriggers(on: "interaction", bits: 3))
        \(staleMarkTriggers(on: "metric_point", named: "revenue", bits: 1, when: "ROW.metric = 'revenue'"))
        """

    /// `own` holds the account's name, industry, owner and region; `other` its contacts, notes
    /// and timeline. unicode61 with folded accents and prefix queries (1- and 2-letter prefixes
    /// indexed) measured faster and smaller than trigram, and finds words by their start in any
    /// script; `detail=column` keeps the index small, since no search needs word positions.
    ///
    /// With `trusted_schema` off a trigger may not touch a virtual table, so a deleted account
    /// is queued in `account_search_removed` and the app takes its entry out.
    /// The insert, update and delete triggers that mark the summary of the account a `table` row
    /// belongs to with `bits`; `condition` (over `ROW`) limits them to some rows.
    private static func staleMarkTriggers(on table: String, named name: String? = nil, bits: Int, when condition: String? = nil) -> String {
        let name = name ?? table
        func when(_ rows: String...) -> String {
            guard let condition else { return "" }
            return "WHEN " + rows.map { condition.replacingOccurrences(of: "ROW", with: $0) }.joined(separator: " OR ") + " "
        }
        return """
            CREATE TRIGGER account_summary_after_\(name)_insert AFTER INSERT ON \(table) \(when("NEW"))BEGIN
                UPDATE account_summary SET stale = stale | \(bits) WHERE account_id = NEW.account_id;
            END;
            CREATE TRIGGER account_summary_after_\(name)_update AFTER UPDATE ON \(table) \(when("NEW", "OLD"))BEGIN
                UPDATE account_summary SET stale = stale | \(bits) WHERE account_id IN (OLD.account_id, NEW.account_id);
            END;
            CREATE TRIGGER account_summary_after_\(name)_delete AFTER DELETE ON \(table) \(when("OLD"))BEGIN
                UPDATE account_summary SET stale = stale | \(bits) WHERE account_id = OLD.account_id;
            END;
            """
    }

    static let search = """
        CREATE VIRTUAL TABLE account_search USING fts5(
            own, other, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2', detail = column
        );
        CREATE TABLE account_search_removed (account_id INTEGER PRIMARY KEY);
        CREATE TRIGGER account_search_after_account_delete AFTER DELETE ON account BEGIN
            INSERT OR IGNORE INTO account_search_removed (account_id) VALUES (OLD.id);
        END;
        """

    /// NEW's figures added to its metric's month in `book_metric_month`.
    private static let metricMonthAdd = """
        INSERT INTO book_metric_month (metric, month, actual, target, actual_count, target_count)
        VALUES (NEW.metric, NEW.month, COALESCE(NEW.actual, 0), COALESCE(NEW.target, 0),
                NEW.actual IS NOT NULL, NEW.target IS NOT NULL)
        ON CONFLICT (metric, month) DO UPDATE SET
            actual = actual + excluded.actual, target = target + excluded.target,
            actual_count = actual_count + excluded.actual_count, target_count = target_count + excluded.target_count;
        """

    /// OLD's figures taken out of its metric's month.
    private static let metricMonthRemove = """
        UPDATE book_metric_month SET
            actual = actual - COALESCE(OLD.actual, 0), target = target - COALESCE(OLD.target, 0),
            actual_count = actual_count - (OLD.actual IS NOT NULL), target_count = target_count - (OLD.target IS NOT NULL)
        WHERE metric = OLD.metric AND month = OLD.month;
        """

    static let bookMetricMonths = """
        CREATE TABLE book_metric_month (
            metric TEXT NOT NULL,
            month TEXT NOT NULL,
            actual INTEGER NOT NULL DEFAULT 0,
            target INTEGER NOT NULL DEFAULT 0,
            actual_count INTEGER NOT NULL DEFAULT 0,
            target_count INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (metric, month)
        ) WITHOUT ROWID;
        INSERT INTO book_metric_month (metric, month, actual, target, actual_count, target_count)
            SELECT metric, month, COALESCE(SUM(actual), 0), COALESCE(SUM(target), 0), COUNT(actual), COUNT(target)
            FROM metric_point GROUP BY metric, month;
        CREATE TRIGGER book_metric_month_add AFTER INSERT ON metric_point BEGIN
            \(metricMonthAdd)
        END;
        CREATE TRIGGER book_metric_month_remove AFTER DELETE ON metric_point BEGIN
            \(metricMonthRemove)
        END;
        CREATE TRIGGER book_metric_month_change AFTER UPDATE ON metric_point BEGIN
            \(metricMonthRemove)
            \(metricMonthAdd)
        END;
        DROP INDEX metric_point_by_metric;
        -- The summary replaces the grouped scans these served; contact_roles_by_account still
        -- leads with account_id, so it serves every lookup by account.
        DROP INDEX contact_by_account;
        DROP INDEX interaction_contact_dates;
        """

    /// One opportunity's share of its close month, as the VALUES of `book_pipeline_month` for
    /// `row` (NEW or OLD): the weighted amount of an open deal (amount × probability, rounded
    /// down per deal as the pipeline view does), the commit and closed-won amounts, and whether
    /// it is open.
    private static func pipelineShare(_ row: String) -> String {
        let open = "\(row).category IN ('pipeline', 'best-case', 'commit')"
        return """
            substr(\(row).expected_close, 1, 7),
            CASE WHEN \(open) THEN \(row).amount_minor * \(row).probability / 100 ELSE 0 END,
            CASE WHEN \(row).category = 'commit' THEN \(row).amount_minor ELSE 0 END,
            CASE WHEN \(row).category = 'closed-won' THEN \(row).amount_minor ELSE 0 END,
            \(open)
            """
    }

    private static let pipelineAdd = """
        INSERT INTO book_pipeline_month (month, weighted, commit_amount, closed_won, open_count) VALUES (\(pipelineShare("NEW")))
        ON CONFLICT (month) DO UPDATE SET
            weighted = weighted + excluded.weighted, commit_amount = commit_amount + excluded.commit_amount,
            closed_won = closed_won + excluded.closed_won, open_count = open_count + excluded.open_count;
        """

    private static let pipelineRemove = """
        INSERT INTO book_pipeline_month (month, weighted, commit_amount, closed_won, open_count) VALUES (\(pipelineShare("OLD")))
        ON CONFLICT (month) DO UPDATE SET
            weighted = weighted - excluded.weighted, commit_amount = commit_amount - excluded.commit_amount,
            closed_won = closed_won - excluded.closed_won, open_count = open_count - excluded.open_count;
        """

    /// The pipeline for a quarter or a year is then a sum over a dozen rows, however many
    /// opportunities the book holds (summing the opportunities took 60 ms at 100,000 accounts).
    static let bookPipelineMonths = """
        CREATE TABLE book_pipeline_month (
            month TEXT PRIMARY KEY,
            weighted INTEGER NOT NULL DEFAULT 0,
            commit_amount INTEGER NOT NULL DEFAULT 0,
            closed_won INTEGER NOT NULL DEFAULT 0,
            open_count INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        \(pipelineRecompute)
        CREATE TRIGGER book_pipeline_month_add AFTER INSERT ON opportunity BEGIN
            \(pipelineAdd)
        END;
        CREATE TRIGGER book_pipeline_month_remove AFTER DELETE ON opportunity BEGIN
            \(pipelineRemove)
        END;
        CREATE TRIGGER book_pipeline_month_change AFTER UPDATE OF expected_close, category, amount_minor, probability ON opportunity BEGIN
            \(pipelineRemove)
            \(pipelineAdd)
        END;
        """

    /// Rebuilds `book_pipeline_month` from the opportunities (at migration, and after a bulk load).
    static let pipelineRecompute = """
        DELETE FROM book_pipeline_month;
        INSERT INTO book_pipeline_month (month, weighted, commit_amount, closed_won, open_count)
            SELECT substr(expected_close, 1, 7),
                   SUM(CASE WHEN category IN ('pipeline', 'best-case', 'commit') THEN amount_minor * probability / 100 ELSE 0 END),
                   SUM(CASE WHEN category = 'commit' THEN amount_minor ELSE 0 END),
                   SUM(CASE WHEN category = 'closed-won' THEN amount_minor ELSE 0 END),
                   SUM(category IN ('pipeline', 'best-case', 'commit'))
            FROM opportunity GROUP BY 1;
        """
}
