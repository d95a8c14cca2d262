/// The SQL of migration v12. Plain SQL fixed at release, like every migration.
///
/// What v12 adds, and why: the agenda ranked in the store. Scoring every candidate at read
/// time cost 0.4 s on a book of 100,000 accounts (it scores ~250,000 items to show 50), so the
/// candidates are kept in `agenda_candidate`, each with its rank, and the agenda is the top of
/// an index. A row is derived like `account_summary`: recomputed with its account's summary (in
/// the transaction of the write that made it stale), and all of them when the day or the
/// coefficients change (`summary_state.agenda_basis` names the coefficients, see
/// `AgendaCoefficients.storedText`). An account's candidates are its own items, its
/// initiatives' and its key contacts'; `record_id` is the initiative or contact (0 for the
/// account's own), `list` the KPI list that shows the item, `on_agenda` 0 for an item only a
/// list shows. Deleting an account deletes its candidates (through the foreign key, or, for a
/// program that deletes with foreign keys off, at the next refresh).
///
/// Two more writes make an account's figures stale, as they change its agenda: a progress
/// update (an initiative not updated for a week is on the agenda) and who was in an interaction
/// (a key contact's last contact: the interaction's account and the contact's, which another
/// program may have made different). Candidates start empty with no basis, so the next opening
/// computes them all.
///
/// And former clients: `account_summary.former` is 1 for an account whose client left on or
/// before the summary's day; such a summary adds nothing to the book's ARR, health or
/// attention figures and has nothing on the agenda (see `SummaryRow.former`). Every summary is
/// marked stale so the next opening computes it.
enum SchemaV12 {
    static let agendaCandidates = """
        CREATE TABLE agenda_candidate (
            account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            record_id INTEGER NOT NULL,
            list TEXT,
            on_agenda INTEGER NOT NULL,
            due TEXT,
            days INTEGER NOT NULL,
            severity REAL NOT NULL,
            rank REAL NOT NULL,
            PRIMARY KEY (account_id, kind, record_id)
        ) WITHOUT ROWID;
        CREATE INDEX agenda_candidate_by_rank ON agenda_candidate(on_agenda, rank);
        CREATE INDEX agenda_candidate_by_list ON agenda_candidate(list, rank) WHERE list IS NOT NULL;
        ALTER TABLE summary_state ADD COLUMN agenda_basis TEXT NOT NULL DEFAULT '';
        ALTER TABLE account_summary ADD COLUMN former INTEGER NOT NULL DEFAULT 0;
        UPDATE account_summary SET stale = stale | 1;
        CREATE TRIGGER account_summary_after_progress_update_insert AFTER INSERT ON progress_update BEGIN
            UPDATE account_summary SET stale = stale | 1 WHERE account_id = (SELECT account_id FROM initiative WHERE id = NEW.initiative_id);
        END;
        CREATE TRIGGER account_summary_after_progress_update_update AFTER UPDATE ON progress_update BEGIN
            UPDATE account_summary SET stale = stale | 1
            WHERE account_id IN (SELECT account_id FROM initiative WHERE id IN (OLD.initiative_id, NEW.initiative_id));
        END;
        CREATE TRIGGER account_summary_after_progress_update_delete AFTER DELETE ON progress_update BEGIN
            UPDATE account_summary SET stale = stale | 1 WHERE account_id = (SELECT account_id FROM initiative WHERE id = OLD.initiative_id);
        END;
        CREATE TRIGGER account_summary_after_interaction_contact_insert AFTER INSERT ON interaction_contact BEGIN
            UPDATE account_summary SET stale = stale | 1 WHERE account_id IN (
                SELECT account_id FROM interaction WHERE id = NEW.interaction_id
                UNION SELECT account_id FROM contact WHERE id = NEW.contact_id);
        END;
        CREATE TRIGGER account_summary_after_interaction_contact_update AFTER UPDATE ON interaction_contact BEGIN
            UPDATE account_summary SET stale = stale | 1 WHERE account_id IN (
                SELECT account_id FROM interaction WHERE id IN (OLD.interaction_id, NEW.interaction_id)
                UNION SELECT account_id FROM contact WHERE id IN (OLD.contact_id, NEW.contact_id));
        END;
        CREATE TRIGGER account_summary_after_interaction_contact_delete AFTER DELETE ON interaction_contact BEGIN
            UPDATE account_summary SET stale = stale | 1 WHERE account_id IN (
                SELECT account_id FROM interaction WHERE id = OLD.interaction_id
                UNION SELECT account_id FROM contact WHERE id = OLD.contact_id);
        END;
        """
}
