-- 0027: the record of what each release adds, corrects and withdraws, written as it happens.
--   change_context  one row: the release being built, and why the statements that follow change
--                   the facts (a sentence, and the source that shows the change is right)
--   fact_changes    one row per fact added or withdrawn and per field corrected: the release, the
--                   table and row, the field, its old and new value, the reason and its source
-- Triggers on every fact table write fact_changes; they refuse a change while change_context has
-- no reason, so no migration can change a fact without saying why. Rows a release adds are not
-- logged again as corrections while the same release fills them in. The 1.0.0 facts, written
-- before this script, are the baseline. A script that adds a column to one of these tables, or
-- rebuilds one, recreates its <table>_log_update trigger (the validator's change_log rule checks).

CREATE TABLE change_context (
  context_id  INTEGER PRIMARY KEY CHECK (context_id = 1),
  release     TEXT NOT NULL CHECK (release GLOB '[0-9]*.[0-9]*.[0-9]*'),
  reason      TEXT CHECK (reason IS NULL OR length(reason) >= 10),
  source_id   TEXT REFERENCES sources (source_id)
) STRICT;

CREATE TABLE fact_changes (
  change_id   INTEGER PRIMARY KEY,
  release     TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  row_key     TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('add', 'correct', 'withdraw')),
  field       TEXT,
  old_value   ANY,
  new_value   ANY,
  reason      TEXT NOT NULL,
  source_id   TEXT,
  CHECK ((action = 'correct') = (field IS NOT NULL))
) STRICT;
CREATE INDEX fact_changes_row ON fact_changes (table_name, row_key);

INSERT INTO change_context (context_id, release, reason, source_id) VALUES (1, '2.0.0', NULL, NULL);

INSERT INTO table_docs (table_name, kind, description) VALUES ('change_context', 'table', 'One row: the release being built and, while a migration changes facts, why (cleared at the end of each script).');
INSERT INTO table_docs (table_name, kind, description) VALUES ('fact_changes', 'table', 'Every fact a release adds or withdraws and every field it corrects, with the old and new value, the reason and the source of the change; written by triggers as the migrations run.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('change_context', 'context_id', 'Always 1: the table has one row.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'release', 'The release (semantic version) that made the change, or that is being built.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'reason', 'Why the facts changed, in a sentence.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes', 'change_id', 'Order of the change within the build.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes', 'table_name', 'The table of the fact changed.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes', 'row_key', 'The changed row''s primary key (columns of a composite key joined by /).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes', 'action', 'add (a new row), correct (one field changed) or withdraw (the row removed).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes', 'field', 'The corrected column; NULL for an added or withdrawn row.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes', 'old_value', 'The value before the correction; for a withdrawn row, the whole row as a JSON object.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes', 'new_value', 'The value after the correction; NULL for an added or withdrawn row.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes', 'source_id', 'The source that shows the change is right, where one does (the new page cited, say).');

-- agreement_actions
CREATE TRIGGER agreement_actions_log_insert AFTER INSERT ON agreement_actions BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(new.agreement_action_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER agreement_actions_log_update AFTER UPDATE ON agreement_actions BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'agreement_action_id', old.agreement_action_id, new.agreement_action_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.agreement_action_id IS NOT new.agreement_action_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'agreement_id', old.agreement_id, new.agreement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.agreement_id IS NOT new.agreement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'action', old.action, new.action, c.reason, c.source_id FROM change_context AS c
    WHERE old.action IS NOT new.action AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'country_id', old.country_id, new.country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.country_id IS NOT new.country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'organization_id', old.organization_id, new.organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.organization_id IS NOT new.organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'date_earliest', old.date_earliest, new.date_earliest, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_earliest IS NOT new.date_earliest AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'date_latest', old.date_latest, new.date_latest, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_latest IS NOT new.date_latest AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'date_precision', old.date_precision, new.date_precision, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_precision IS NOT new.date_precision AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'date_basis', old.date_basis, new.date_basis, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_basis IS NOT new.date_basis AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'date_edtf', old.date_edtf, new.date_edtf, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_edtf IS NOT new.date_edtf AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'method', old.method, new.method, c.reason, c.source_id FROM change_context AS c
    WHERE old.method IS NOT new.method AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_actions' AND f.row_key = CAST(old.agreement_action_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER agreement_actions_log_delete AFTER DELETE ON agreement_actions BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'agreement_actions', CAST(old.agreement_action_id AS TEXT), 'withdraw', json_object('agreement_action_id', old.agreement_action_id, 'agreement_id', old.agreement_id, 'action', old.action, 'country_id', old.country_id, 'organization_id', old.organization_id, 'date_earliest', old.date_earliest, 'date_latest', old.date_latest, 'date_precision', old.date_precision, 'date_basis', old.date_basis, 'date_edtf', old.date_edtf, 'method', old.method, 'event_id', old.event_id, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;

-- agreement_events
CREATE TRIGGER agreement_events_log_insert AFTER INSERT ON agreement_events BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'agreement_events', CAST(new.agreement_id AS TEXT) || '/' || CAST(new.event_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER agreement_events_log_update AFTER UPDATE ON agreement_events BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_events', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.event_id AS TEXT), 'correct', 'agreement_id', old.agreement_id, new.agreement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.agreement_id IS NOT new.agreement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_events' AND f.row_key = CAST(old.agreement_id AS TEXT) || '/' || CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_events', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.event_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_events' AND f.row_key = CAST(old.agreement_id AS TEXT) || '/' || CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_events', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.event_id AS TEXT), 'correct', 'relation', old.relation, new.relation, c.reason, c.source_id FROM change_context AS c
    WHERE old.relation IS NOT new.relation AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_events' AND f.row_key = CAST(old.agreement_id AS TEXT) || '/' || CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER agreement_events_log_delete AFTER DELETE ON agreement_events BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'agreement_events', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.event_id AS TEXT), 'withdraw', json_object('agreement_id', old.agreement_id, 'event_id', old.event_id, 'relation', old.relation), c.reason, c.source_id FROM change_context AS c;
END;

-- agreement_parties
CREATE TRIGGER agreement_parties_log_insert AFTER INSERT ON agreement_parties BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'agreement_parties', CAST(new.agreement_party_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER agreement_parties_log_update AFTER UPDATE ON agreement_parties BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_parties', CAST(old.agreement_party_id AS TEXT), 'correct', 'agreement_party_id', old.agreement_party_id, new.agreement_party_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.agreement_party_id IS NOT new.agreement_party_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_parties' AND f.row_key = CAST(old.agreement_party_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_parties', CAST(old.agreement_party_id AS TEXT), 'correct', 'agreement_id', old.agreement_id, new.agreement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.agreement_id IS NOT new.agreement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_parties' AND f.row_key = CAST(old.agreement_party_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_parties', CAST(old.agreement_party_id AS TEXT), 'correct', 'country_id', old.country_id, new.country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.country_id IS NOT new.country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_parties' AND f.row_key = CAST(old.agreement_party_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_parties', CAST(old.agreement_party_id AS TEXT), 'correct', 'organization_id', old.organization_id, new.organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.organization_id IS NOT new.organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_parties' AND f.row_key = CAST(old.agreement_party_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER agreement_parties_log_delete AFTER DELETE ON agreement_parties BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'agreement_parties', CAST(old.agreement_party_id AS TEXT), 'withdraw', json_object('agreement_party_id', old.agreement_party_id, 'agreement_id', old.agreement_id, 'country_id', old.country_id, 'organization_id', old.organization_id), c.reason, c.source_id FROM change_context AS c;
END;

-- agreement_signatories
CREATE TRIGGER agreement_signatories_log_insert AFTER INSERT ON agreement_signatories BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'agreement_signatories', CAST(new.agreement_id AS TEXT) || '/' || CAST(new.person_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER agreement_signatories_log_update AFTER UPDATE ON agreement_signatories BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_signatories', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.person_id AS TEXT), 'correct', 'agreement_id', old.agreement_id, new.agreement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.agreement_id IS NOT new.agreement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_signatories' AND f.row_key = CAST(old.agreement_id AS TEXT) || '/' || CAST(old.person_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_signatories', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.person_id AS TEXT), 'correct', 'person_id', old.person_id, new.person_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.person_id IS NOT new.person_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_signatories' AND f.row_key = CAST(old.agreement_id AS TEXT) || '/' || CAST(old.person_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_signatories', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.person_id AS TEXT), 'correct', 'on_behalf_of_country_id', old.on_behalf_of_country_id, new.on_behalf_of_country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.on_behalf_of_country_id IS NOT new.on_behalf_of_country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_signatories' AND f.row_key = CAST(old.agreement_id AS TEXT) || '/' || CAST(old.person_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_signatories', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.person_id AS TEXT), 'correct', 'on_behalf_of_organization_id', old.on_behalf_of_organization_id, new.on_behalf_of_organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.on_behalf_of_organization_id IS NOT new.on_behalf_of_organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_signatories' AND f.row_key = CAST(old.agreement_id AS TEXT) || '/' || CAST(old.person_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER agreement_signatories_log_delete AFTER DELETE ON agreement_signatories BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'agreement_signatories', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.person_id AS TEXT), 'withdraw', json_object('agreement_id', old.agreement_id, 'person_id', old.person_id, 'on_behalf_of_country_id', old.on_behalf_of_country_id, 'on_behalf_of_organization_id', old.on_behalf_of_organization_id), c.reason, c.source_id FROM change_context AS c;
END;

-- agreement_topics
CREATE TRIGGER agreement_topics_log_insert AFTER INSERT ON agreement_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'agreement_topics', CAST(new.agreement_id AS TEXT) || '/' || CAST(new.topic_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER agreement_topics_log_update AFTER UPDATE ON agreement_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_topics', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'correct', 'agreement_id', old.agreement_id, new.agreement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.agreement_id IS NOT new.agreement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_topics' AND f.row_key = CAST(old.agreement_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreement_topics', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'correct', 'topic_id', old.topic_id, new.topic_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.topic_id IS NOT new.topic_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreement_topics' AND f.row_key = CAST(old.agreement_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER agreement_topics_log_delete AFTER DELETE ON agreement_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'agreement_topics', CAST(old.agreement_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'withdraw', json_object('agreement_id', old.agreement_id, 'topic_id', old.topic_id), c.reason, c.source_id FROM change_context AS c;
END;

-- agreements
CREATE TRIGGER agreements_log_insert AFTER INSERT ON agreements BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'agreements', CAST(new.agreement_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER agreements_log_update AFTER UPDATE ON agreements BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'agreement_id', old.agreement_id, new.agreement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.agreement_id IS NOT new.agreement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'title', old.title, new.title, c.reason, c.source_id FROM change_context AS c
    WHERE old.title IS NOT new.title AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'kind', old.kind, new.kind, c.reason, c.source_id FROM change_context AS c
    WHERE old.kind IS NOT new.kind AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'summary', old.summary, new.summary, c.reason, c.source_id FROM change_context AS c
    WHERE old.summary IS NOT new.summary AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'date_earliest', old.date_earliest, new.date_earliest, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_earliest IS NOT new.date_earliest AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'date_latest', old.date_latest, new.date_latest, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_latest IS NOT new.date_latest AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'date_precision', old.date_precision, new.date_precision, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_precision IS NOT new.date_precision AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'date_basis', old.date_basis, new.date_basis, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_basis IS NOT new.date_basis AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'date_edtf', old.date_edtf, new.date_edtf, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_edtf IS NOT new.date_edtf AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'place_id', old.place_id, new.place_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.place_id IS NOT new.place_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'status', old.status, new.status, c.reason, c.source_id FROM change_context AS c
    WHERE old.status IS NOT new.status AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'part_of_agreement_id', old.part_of_agreement_id, new.part_of_agreement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.part_of_agreement_id IS NOT new.part_of_agreement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'document_count', old.document_count, new.document_count, c.reason, c.source_id FROM change_context AS c
    WHERE old.document_count IS NOT new.document_count AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'value_amount', old.value_amount, new.value_amount, c.reason, c.source_id FROM change_context AS c
    WHERE old.value_amount IS NOT new.value_amount AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'value_currency', old.value_currency, new.value_currency, c.reason, c.source_id FROM change_context AS c
    WHERE old.value_currency IS NOT new.value_currency AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'value_approximate', old.value_approximate, new.value_approximate, c.reason, c.source_id FROM change_context AS c
    WHERE old.value_approximate IS NOT new.value_approximate AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'valid_until', old.valid_until, new.valid_until, c.reason, c.source_id FROM change_context AS c
    WHERE old.valid_until IS NOT new.valid_until AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'evidence_status', old.evidence_status, new.evidence_status, c.reason, c.source_id FROM change_context AS c
    WHERE old.evidence_status IS NOT new.evidence_status AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'registration_number', old.registration_number, new.registration_number, c.reason, c.source_id FROM change_context AS c
    WHERE old.registration_number IS NOT new.registration_number AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'text_languages', old.text_languages, new.text_languages, c.reason, c.source_id FROM change_context AS c
    WHERE old.text_languages IS NOT new.text_languages AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'correct', 'text_url', old.text_url, new.text_url, c.reason, c.source_id FROM change_context AS c
    WHERE old.text_url IS NOT new.text_url AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'agreements' AND f.row_key = CAST(old.agreement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER agreements_log_delete AFTER DELETE ON agreements BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'agreements', CAST(old.agreement_id AS TEXT), 'withdraw', json_object('agreement_id', old.agreement_id, 'title', old.title, 'kind', old.kind, 'summary', old.summary, 'date_earliest', old.date_earliest, 'date_latest', old.date_latest, 'date_precision', old.date_precision, 'date_basis', old.date_basis, 'date_edtf', old.date_edtf, 'place_id', old.place_id, 'status', old.status, 'part_of_agreement_id', old.part_of_agreement_id, 'document_count', old.document_count, 'value_amount', old.value_amount, 'value_currency', old.value_currency, 'value_approximate', old.value_approximate, 'valid_until', old.valid_until, 'evidence_status', old.evidence_status, 'note', old.note, 'registration_number', old.registration_number, 'text_languages', old.text_languages, 'text_url', old.text_url), c.reason, c.source_id FROM change_context AS c;
END;

-- aid_deliveries
CREATE TRIGGER aid_deliveries_log_insert AFTER INSERT ON aid_deliveries BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(new.aid_delivery_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER aid_deliveries_log_update AFTER UPDATE ON aid_deliveries BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'aid_delivery_id', old.aid_delivery_id, new.aid_delivery_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.aid_delivery_id IS NOT new.aid_delivery_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'arrival_event_id', old.arrival_event_id, new.arrival_event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.arrival_event_id IS NOT new.arrival_event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'sequence_number', old.sequence_number, new.sequence_number, c.reason, c.source_id FROM change_context AS c
    WHERE old.sequence_number IS NOT new.sequence_number AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'donor_country_id', old.donor_country_id, new.donor_country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.donor_country_id IS NOT new.donor_country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'donor_organization_id', old.donor_organization_id, new.donor_organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.donor_organization_id IS NOT new.donor_organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'recipient_country_id', old.recipient_country_id, new.recipient_country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.recipient_country_id IS NOT new.recipient_country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'recipients', old.recipients, new.recipients, c.reason, c.source_id FROM change_context AS c
    WHERE old.recipients IS NOT new.recipients AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'distributor_organization_id', old.distributor_organization_id, new.distributor_organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.distributor_organization_id IS NOT new.distributor_organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'trucks', old.trucks, new.trucks, c.reason, c.source_id FROM change_context AS c
    WHERE old.trucks IS NOT new.trucks AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'tonnes', old.tonnes, new.tonnes, c.reason, c.source_id FROM change_context AS c
    WHERE old.tonnes IS NOT new.tonnes AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'tonnes_approximate', old.tonnes_approximate, new.tonnes_approximate, c.reason, c.source_id FROM change_context AS c
    WHERE old.tonnes_approximate IS NOT new.tonnes_approximate AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'contents', old.contents, new.contents, c.reason, c.source_id FROM change_context AS c
    WHERE old.contents IS NOT new.contents AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'route', old.route, new.route, c.reason, c.source_id FROM change_context AS c
    WHERE old.route IS NOT new.route AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'beneficiary_count', old.beneficiary_count, new.beneficiary_count, c.reason, c.source_id FROM change_context AS c
    WHERE old.beneficiary_count IS NOT new.beneficiary_count AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'beneficiary_unit', old.beneficiary_unit, new.beneficiary_unit, c.reason, c.source_id FROM change_context AS c
    WHERE old.beneficiary_unit IS NOT new.beneficiary_unit AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'beneficiary_qualifier', old.beneficiary_qualifier, new.beneficiary_qualifier, c.reason, c.source_id FROM change_context AS c
    WHERE old.beneficiary_qualifier IS NOT new.beneficiary_qualifier AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER aid_deliveries_log_delete AFTER DELETE ON aid_deliveries BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'withdraw', json_object('aid_delivery_id', old.aid_delivery_id, 'event_id', old.event_id, 'arrival_event_id', old.arrival_event_id, 'sequence_number', old.sequence_number, 'donor_country_id', old.donor_country_id, 'donor_organization_id', old.donor_organization_id, 'recipient_country_id', old.recipient_country_id, 'recipients', old.recipients, 'distributor_organization_id', old.distributor_organization_id, 'trucks', old.trucks, 'tonnes', old.tonnes, 'tonnes_approximate', old.tonnes_approximate, 'contents', old.contents, 'route', old.route, 'beneficiary_count', old.beneficiary_count, 'beneficiary_unit', old.beneficiary_unit, 'beneficiary_qualifier', old.beneficiary_qualifier, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;

-- assessment_topics
CREATE TRIGGER assessment_topics_log_insert AFTER INSERT ON assessment_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'assessment_topics', CAST(new.assessment_id AS TEXT) || '/' || CAST(new.topic_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER assessment_topics_log_update AFTER UPDATE ON assessment_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'assessment_topics', CAST(old.assessment_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'correct', 'assessment_id', old.assessment_id, new.assessment_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.assessment_id IS NOT new.assessment_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'assessment_topics' AND f.row_key = CAST(old.assessment_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'assessment_topics', CAST(old.assessment_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'correct', 'topic_id', old.topic_id, new.topic_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.topic_id IS NOT new.topic_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'assessment_topics' AND f.row_key = CAST(old.assessment_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER assessment_topics_log_delete AFTER DELETE ON assessment_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'assessment_topics', CAST(old.assessment_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'withdraw', json_object('assessment_id', old.assessment_id, 'topic_id', old.topic_id), c.reason, c.source_id FROM change_context AS c;
END;

-- assessments
CREATE TRIGGER assessments_log_insert AFTER INSERT ON assessments BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'assessments', CAST(new.assessment_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER assessments_log_update AFTER UPDATE ON assessments BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'assessments', CAST(old.assessment_id AS TEXT), 'correct', 'assessment_id', old.assessment_id, new.assessment_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.assessment_id IS NOT new.assessment_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'assessments' AND f.row_key = CAST(old.assessment_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'assessments', CAST(old.assessment_id AS TEXT), 'correct', 'kind', old.kind, new.kind, c.reason, c.source_id FROM change_context AS c
    WHERE old.kind IS NOT new.kind AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'assessments' AND f.row_key = CAST(old.assessment_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'assessments', CAST(old.assessment_id AS TEXT), 'correct', 'summary', old.summary, new.summary, c.reason, c.source_id FROM change_context AS c
    WHERE old.summary IS NOT new.summary AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'assessments' AND f.row_key = CAST(old.assessment_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'assessments', CAST(old.assessment_id AS TEXT), 'correct', 'organization_id', old.organization_id, new.organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.organization_id IS NOT new.organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'assessments' AND f.row_key = CAST(old.assessment_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'assessments', CAST(old.assessment_id AS TEXT), 'correct', 'period', old.period, new.period, c.reason, c.source_id FROM change_context AS c
    WHERE old.period IS NOT new.period AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'assessments' AND f.row_key = CAST(old.assessment_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'assessments', CAST(old.assessment_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'assessments' AND f.row_key = CAST(old.assessment_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER assessments_log_delete AFTER DELETE ON assessments BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'assessments', CAST(old.assessment_id AS TEXT), 'withdraw', json_object('assessment_id', old.assessment_id, 'kind', old.kind, 'summary', old.summary, 'organization_id', old.organization_id, 'period', old.period, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;

-- citations
CREATE TRIGGER citations_log_insert AFTER INSERT ON citations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'citations', CAST(new.citation_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER citations_log_update AFTER UPDATE ON citations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'citation_id', old.citation_id, new.citation_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.citation_id IS NOT new.citation_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'source_id', old.source_id, new.source_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.source_id IS NOT new.source_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'paragraph', old.paragraph, new.paragraph, c.reason, c.source_id FROM change_context AS c
    WHERE old.paragraph IS NOT new.paragraph AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'link_basis', old.link_basis, new.link_basis, c.reason, c.source_id FROM change_context AS c
    WHERE old.link_basis IS NOT new.link_basis AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'statement_id', old.statement_id, new.statement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.statement_id IS NOT new.statement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'aid_delivery_id', old.aid_delivery_id, new.aid_delivery_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.aid_delivery_id IS NOT new.aid_delivery_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'agreement_id', old.agreement_id, new.agreement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.agreement_id IS NOT new.agreement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'position_id', old.position_id, new.position_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.position_id IS NOT new.position_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'person_id', old.person_id, new.person_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.person_id IS NOT new.person_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'organization_id', old.organization_id, new.organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.organization_id IS NOT new.organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'place_id', old.place_id, new.place_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.place_id IS NOT new.place_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'trade_flow_id', old.trade_flow_id, new.trade_flow_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.trade_flow_id IS NOT new.trade_flow_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'assessment_id', old.assessment_id, new.assessment_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.assessment_id IS NOT new.assessment_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'claim_id', old.claim_id, new.claim_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.claim_id IS NOT new.claim_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'locator', old.locator, new.locator, c.reason, c.source_id FROM change_context AS c
    WHERE old.locator IS NOT new.locator AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'correct', 'agreement_action_id', old.agreement_action_id, new.agreement_action_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.agreement_action_id IS NOT new.agreement_action_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'citations' AND f.row_key = CAST(old.citation_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER citations_log_delete AFTER DELETE ON citations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'citations', CAST(old.citation_id AS TEXT), 'withdraw', json_object('citation_id', old.citation_id, 'source_id', old.source_id, 'paragraph', old.paragraph, 'link_basis', old.link_basis, 'note', old.note, 'event_id', old.event_id, 'statement_id', old.statement_id, 'aid_delivery_id', old.aid_delivery_id, 'agreement_id', old.agreement_id, 'position_id', old.position_id, 'person_id', old.person_id, 'organization_id', old.organization_id, 'place_id', old.place_id, 'trade_flow_id', old.trade_flow_id, 'assessment_id', old.assessment_id, 'claim_id', old.claim_id, 'locator', old.locator, 'agreement_action_id', old.agreement_action_id), c.reason, c.source_id FROM change_context AS c;
END;

-- countries
CREATE TRIGGER countries_log_insert AFTER INSERT ON countries BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'countries', CAST(new.country_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER countries_log_update AFTER UPDATE ON countries BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'countries', CAST(old.country_id AS TEXT), 'correct', 'country_id', old.country_id, new.country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.country_id IS NOT new.country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'countries' AND f.row_key = CAST(old.country_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'countries', CAST(old.country_id AS TEXT), 'correct', 'name', old.name, new.name, c.reason, c.source_id FROM change_context AS c
    WHERE old.name IS NOT new.name AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'countries' AND f.row_key = CAST(old.country_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'countries', CAST(old.country_id AS TEXT), 'correct', 'iso_alpha2', old.iso_alpha2, new.iso_alpha2, c.reason, c.source_id FROM change_context AS c
    WHERE old.iso_alpha2 IS NOT new.iso_alpha2 AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'countries' AND f.row_key = CAST(old.country_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'countries', CAST(old.country_id AS TEXT), 'correct', 'iso_numeric', old.iso_numeric, new.iso_numeric, c.reason, c.source_id FROM change_context AS c
    WHERE old.iso_numeric IS NOT new.iso_numeric AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'countries' AND f.row_key = CAST(old.country_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'countries', CAST(old.country_id AS TEXT), 'correct', 'cow_code', old.cow_code, new.cow_code, c.reason, c.source_id FROM change_context AS c
    WHERE old.cow_code IS NOT new.cow_code AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'countries' AND f.row_key = CAST(old.country_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'countries', CAST(old.country_id AS TEXT), 'correct', 'wikidata_id', old.wikidata_id, new.wikidata_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.wikidata_id IS NOT new.wikidata_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'countries' AND f.row_key = CAST(old.country_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'countries', CAST(old.country_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'countries' AND f.row_key = CAST(old.country_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER countries_log_delete AFTER DELETE ON countries BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'countries', CAST(old.country_id AS TEXT), 'withdraw', json_object('country_id', old.country_id, 'name', old.name, 'iso_alpha2', old.iso_alpha2, 'iso_numeric', old.iso_numeric, 'cow_code', old.cow_code, 'wikidata_id', old.wikidata_id, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;

-- discrepancies
CREATE TRIGGER discrepancies_log_insert AFTER INSERT ON discrepancies BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'discrepancies', CAST(new.discrepancy_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER discrepancies_log_update AFTER UPDATE ON discrepancies BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancies', CAST(old.discrepancy_id AS TEXT), 'correct', 'discrepancy_id', old.discrepancy_id, new.discrepancy_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.discrepancy_id IS NOT new.discrepancy_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancies' AND f.row_key = CAST(old.discrepancy_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancies', CAST(old.discrepancy_id AS TEXT), 'correct', 'title', old.title, new.title, c.reason, c.source_id FROM change_context AS c
    WHERE old.title IS NOT new.title AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancies' AND f.row_key = CAST(old.discrepancy_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancies', CAST(old.discrepancy_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancies' AND f.row_key = CAST(old.discrepancy_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancies', CAST(old.discrepancy_id AS TEXT), 'correct', 'agreement_id', old.agreement_id, new.agreement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.agreement_id IS NOT new.agreement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancies' AND f.row_key = CAST(old.discrepancy_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancies', CAST(old.discrepancy_id AS TEXT), 'correct', 'aid_delivery_id', old.aid_delivery_id, new.aid_delivery_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.aid_delivery_id IS NOT new.aid_delivery_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancies' AND f.row_key = CAST(old.discrepancy_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancies', CAST(old.discrepancy_id AS TEXT), 'correct', 'position_id', old.position_id, new.position_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.position_id IS NOT new.position_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancies' AND f.row_key = CAST(old.discrepancy_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancies', CAST(old.discrepancy_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancies' AND f.row_key = CAST(old.discrepancy_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancies', CAST(old.discrepancy_id AS TEXT), 'correct', 'statement_id', old.statement_id, new.statement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.statement_id IS NOT new.statement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancies' AND f.row_key = CAST(old.discrepancy_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancies', CAST(old.discrepancy_id AS TEXT), 'correct', 'trade_flow_id', old.trade_flow_id, new.trade_flow_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.trade_flow_id IS NOT new.trade_flow_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancies' AND f.row_key = CAST(old.discrepancy_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER discrepancies_log_delete AFTER DELETE ON discrepancies BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'discrepancies', CAST(old.discrepancy_id AS TEXT), 'withdraw', json_object('discrepancy_id', old.discrepancy_id, 'title', old.title, 'event_id', old.event_id, 'agreement_id', old.agreement_id, 'aid_delivery_id', old.aid_delivery_id, 'position_id', old.position_id, 'note', old.note, 'statement_id', old.statement_id, 'trade_flow_id', old.trade_flow_id), c.reason, c.source_id FROM change_context AS c;
END;

-- discrepancy_claims
CREATE TRIGGER discrepancy_claims_log_insert AFTER INSERT ON discrepancy_claims BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'discrepancy_claims', CAST(new.claim_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER discrepancy_claims_log_update AFTER UPDATE ON discrepancy_claims BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancy_claims', CAST(old.claim_id AS TEXT), 'correct', 'claim_id', old.claim_id, new.claim_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.claim_id IS NOT new.claim_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancy_claims' AND f.row_key = CAST(old.claim_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancy_claims', CAST(old.claim_id AS TEXT), 'correct', 'discrepancy_id', old.discrepancy_id, new.discrepancy_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.discrepancy_id IS NOT new.discrepancy_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancy_claims' AND f.row_key = CAST(old.claim_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancy_claims', CAST(old.claim_id AS TEXT), 'correct', 'side', old.side, new.side, c.reason, c.source_id FROM change_context AS c
    WHERE old.side IS NOT new.side AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancy_claims' AND f.row_key = CAST(old.claim_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'discrepancy_claims', CAST(old.claim_id AS TEXT), 'correct', 'claim', old.claim, new.claim, c.reason, c.source_id FROM change_context AS c
    WHERE old.claim IS NOT new.claim AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'discrepancy_claims' AND f.row_key = CAST(old.claim_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER discrepancy_claims_log_delete AFTER DELETE ON discrepancy_claims BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'discrepancy_claims', CAST(old.claim_id AS TEXT), 'withdraw', json_object('claim_id', old.claim_id, 'discrepancy_id', old.discrepancy_id, 'side', old.side, 'claim', old.claim), c.reason, c.source_id FROM change_context AS c;
END;

-- event_participants
CREATE TRIGGER event_participants_log_insert AFTER INSERT ON event_participants BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'event_participants', CAST(new.participant_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER event_participants_log_update AFTER UPDATE ON event_participants BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_participants', CAST(old.participant_id AS TEXT), 'correct', 'participant_id', old.participant_id, new.participant_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.participant_id IS NOT new.participant_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_participants' AND f.row_key = CAST(old.participant_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_participants', CAST(old.participant_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_participants' AND f.row_key = CAST(old.participant_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_participants', CAST(old.participant_id AS TEXT), 'correct', 'person_id', old.person_id, new.person_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.person_id IS NOT new.person_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_participants' AND f.row_key = CAST(old.participant_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_participants', CAST(old.participant_id AS TEXT), 'correct', 'organization_id', old.organization_id, new.organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.organization_id IS NOT new.organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_participants' AND f.row_key = CAST(old.participant_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_participants', CAST(old.participant_id AS TEXT), 'correct', 'country_id', old.country_id, new.country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.country_id IS NOT new.country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_participants' AND f.row_key = CAST(old.participant_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_participants', CAST(old.participant_id AS TEXT), 'correct', 'role', old.role, new.role, c.reason, c.source_id FROM change_context AS c
    WHERE old.role IS NOT new.role AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_participants' AND f.row_key = CAST(old.participant_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_participants', CAST(old.participant_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_participants' AND f.row_key = CAST(old.participant_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_participants', CAST(old.participant_id AS TEXT), 'correct', 'position_id', old.position_id, new.position_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.position_id IS NOT new.position_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_participants' AND f.row_key = CAST(old.participant_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER event_participants_log_delete AFTER DELETE ON event_participants BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'event_participants', CAST(old.participant_id AS TEXT), 'withdraw', json_object('participant_id', old.participant_id, 'event_id', old.event_id, 'person_id', old.person_id, 'organization_id', old.organization_id, 'country_id', old.country_id, 'role', old.role, 'note', old.note, 'position_id', old.position_id), c.reason, c.source_id FROM change_context AS c;
END;

-- event_places
CREATE TRIGGER event_places_log_insert AFTER INSERT ON event_places BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'event_places', CAST(new.event_id AS TEXT) || '/' || CAST(new.place_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER event_places_log_update AFTER UPDATE ON event_places BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_places', CAST(old.event_id AS TEXT) || '/' || CAST(old.place_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_places' AND f.row_key = CAST(old.event_id AS TEXT) || '/' || CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_places', CAST(old.event_id AS TEXT) || '/' || CAST(old.place_id AS TEXT), 'correct', 'place_id', old.place_id, new.place_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.place_id IS NOT new.place_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_places' AND f.row_key = CAST(old.event_id AS TEXT) || '/' || CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_places', CAST(old.event_id AS TEXT) || '/' || CAST(old.place_id AS TEXT), 'correct', 'role', old.role, new.role, c.reason, c.source_id FROM change_context AS c
    WHERE old.role IS NOT new.role AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_places' AND f.row_key = CAST(old.event_id AS TEXT) || '/' || CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER event_places_log_delete AFTER DELETE ON event_places BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'event_places', CAST(old.event_id AS TEXT) || '/' || CAST(old.place_id AS TEXT), 'withdraw', json_object('event_id', old.event_id, 'place_id', old.place_id, 'role', old.role), c.reason, c.source_id FROM change_context AS c;
END;

-- event_relations
CREATE TRIGGER event_relations_log_insert AFTER INSERT ON event_relations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'event_relations', CAST(new.event_id AS TEXT) || '/' || CAST(new.related_event_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER event_relations_log_update AFTER UPDATE ON event_relations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_relations', CAST(old.event_id AS TEXT) || '/' || CAST(old.related_event_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_relations' AND f.row_key = CAST(old.event_id AS TEXT) || '/' || CAST(old.related_event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_relations', CAST(old.event_id AS TEXT) || '/' || CAST(old.related_event_id AS TEXT), 'correct', 'related_event_id', old.related_event_id, new.related_event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.related_event_id IS NOT new.related_event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_relations' AND f.row_key = CAST(old.event_id AS TEXT) || '/' || CAST(old.related_event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_relations', CAST(old.event_id AS TEXT) || '/' || CAST(old.related_event_id AS TEXT), 'correct', 'relation', old.relation, new.relation, c.reason, c.source_id FROM change_context AS c
    WHERE old.relation IS NOT new.relation AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_relations' AND f.row_key = CAST(old.event_id AS TEXT) || '/' || CAST(old.related_event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_relations', CAST(old.event_id AS TEXT) || '/' || CAST(old.related_event_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_relations' AND f.row_key = CAST(old.event_id AS TEXT) || '/' || CAST(old.related_event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER event_relations_log_delete AFTER DELETE ON event_relations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'event_relations', CAST(old.event_id AS TEXT) || '/' || CAST(old.related_event_id AS TEXT), 'withdraw', json_object('event_id', old.event_id, 'related_event_id', old.related_event_id, 'relation', old.relation, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;

-- event_topics
CREATE TRIGGER event_topics_log_insert AFTER INSERT ON event_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'event_topics', CAST(new.event_id AS TEXT) || '/' || CAST(new.topic_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER event_topics_log_update AFTER UPDATE ON event_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_topics', CAST(old.event_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_topics' AND f.row_key = CAST(old.event_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'event_topics', CAST(old.event_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'correct', 'topic_id', old.topic_id, new.topic_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.topic_id IS NOT new.topic_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'event_topics' AND f.row_key = CAST(old.event_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER event_topics_log_delete AFTER DELETE ON event_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'event_topics', CAST(old.event_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'withdraw', json_object('event_id', old.event_id, 'topic_id', old.topic_id), c.reason, c.source_id FROM change_context AS c;
END;

-- events
CREATE TRIGGER events_log_insert AFTER INSERT ON events BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'events', CAST(new.event_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER events_log_update AFTER UPDATE ON events BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'date_earliest', old.date_earliest, new.date_earliest, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_earliest IS NOT new.date_earliest AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'date_latest', old.date_latest, new.date_latest, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_latest IS NOT new.date_latest AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'date_precision', old.date_precision, new.date_precision, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_precision IS NOT new.date_precision AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'date_basis', old.date_basis, new.date_basis, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_basis IS NOT new.date_basis AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'date_edtf', old.date_edtf, new.date_edtf, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_edtf IS NOT new.date_edtf AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'cameo_code', old.cameo_code, new.cameo_code, c.reason, c.source_id FROM change_context AS c
    WHERE old.cameo_code IS NOT new.cameo_code AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'plover_type', old.plover_type, new.plover_type, c.reason, c.source_id FROM change_context AS c
    WHERE old.plover_type IS NOT new.plover_type AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'title', old.title, new.title, c.reason, c.source_id FROM change_context AS c
    WHERE old.title IS NOT new.title AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'summary', old.summary, new.summary, c.reason, c.source_id FROM change_context AS c
    WHERE old.summary IS NOT new.summary AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'place_id', old.place_id, new.place_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.place_id IS NOT new.place_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'evidence_status', old.evidence_status, new.evidence_status, c.reason, c.source_id FROM change_context AS c
    WHERE old.evidence_status IS NOT new.evidence_status AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'visit_kind', old.visit_kind, new.visit_kind, c.reason, c.source_id FROM change_context AS c
    WHERE old.visit_kind IS NOT new.visit_kind AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'visit_level', old.visit_level, new.visit_level, c.reason, c.source_id FROM change_context AS c
    WHERE old.visit_level IS NOT new.visit_level AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'plover_mode', old.plover_mode, new.plover_mode, c.reason, c.source_id FROM change_context AS c
    WHERE old.plover_mode IS NOT new.plover_mode AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'correct', 'plover_context', old.plover_context, new.plover_context, c.reason, c.source_id FROM change_context AS c
    WHERE old.plover_context IS NOT new.plover_context AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'events' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER events_log_delete AFTER DELETE ON events BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'events', CAST(old.event_id AS TEXT), 'withdraw', json_object('event_id', old.event_id, 'date_earliest', old.date_earliest, 'date_latest', old.date_latest, 'date_precision', old.date_precision, 'date_basis', old.date_basis, 'date_edtf', old.date_edtf, 'cameo_code', old.cameo_code, 'plover_type', old.plover_type, 'title', old.title, 'summary', old.summary, 'place_id', old.place_id, 'evidence_status', old.evidence_status, 'note', old.note, 'visit_kind', old.visit_kind, 'visit_level', old.visit_level, 'plover_mode', old.plover_mode, 'plover_context', old.plover_context), c.reason, c.source_id FROM change_context AS c;
END;

-- mission_changes
CREATE TRIGGER mission_changes_log_insert AFTER INSERT ON mission_changes BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'mission_changes', CAST(new.event_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER mission_changes_log_update AFTER UPDATE ON mission_changes BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'mission_changes', CAST(old.event_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'mission_changes' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'mission_changes', CAST(old.event_id AS TEXT), 'correct', 'sending_country_id', old.sending_country_id, new.sending_country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.sending_country_id IS NOT new.sending_country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'mission_changes' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'mission_changes', CAST(old.event_id AS TEXT), 'correct', 'receiving_country_id', old.receiving_country_id, new.receiving_country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.receiving_country_id IS NOT new.receiving_country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'mission_changes' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'mission_changes', CAST(old.event_id AS TEXT), 'correct', 'embassy_id', old.embassy_id, new.embassy_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.embassy_id IS NOT new.embassy_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'mission_changes' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'mission_changes', CAST(old.event_id AS TEXT), 'correct', 'status', old.status, new.status, c.reason, c.source_id FROM change_context AS c
    WHERE old.status IS NOT new.status AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'mission_changes' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'mission_changes', CAST(old.event_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'mission_changes' AND f.row_key = CAST(old.event_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER mission_changes_log_delete AFTER DELETE ON mission_changes BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'mission_changes', CAST(old.event_id AS TEXT), 'withdraw', json_object('event_id', old.event_id, 'sending_country_id', old.sending_country_id, 'receiving_country_id', old.receiving_country_id, 'embassy_id', old.embassy_id, 'status', old.status, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;

-- organizations
CREATE TRIGGER organizations_log_insert AFTER INSERT ON organizations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'organizations', CAST(new.organization_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER organizations_log_update AFTER UPDATE ON organizations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'organizations', CAST(old.organization_id AS TEXT), 'correct', 'organization_id', old.organization_id, new.organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.organization_id IS NOT new.organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'organizations' AND f.row_key = CAST(old.organization_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'organizations', CAST(old.organization_id AS TEXT), 'correct', 'name', old.name, new.name, c.reason, c.source_id FROM change_context AS c
    WHERE old.name IS NOT new.name AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'organizations' AND f.row_key = CAST(old.organization_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'organizations', CAST(old.organization_id AS TEXT), 'correct', 'short_name', old.short_name, new.short_name, c.reason, c.source_id FROM change_context AS c
    WHERE old.short_name IS NOT new.short_name AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'organizations' AND f.row_key = CAST(old.organization_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'organizations', CAST(old.organization_id AS TEXT), 'correct', 'kind', old.kind, new.kind, c.reason, c.source_id FROM change_context AS c
    WHERE old.kind IS NOT new.kind AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'organizations' AND f.row_key = CAST(old.organization_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'organizations', CAST(old.organization_id AS TEXT), 'correct', 'country_id', old.country_id, new.country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.country_id IS NOT new.country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'organizations' AND f.row_key = CAST(old.organization_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'organizations', CAST(old.organization_id AS TEXT), 'correct', 'parent_organization_id', old.parent_organization_id, new.parent_organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.parent_organization_id IS NOT new.parent_organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'organizations' AND f.row_key = CAST(old.organization_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'organizations', CAST(old.organization_id AS TEXT), 'correct', 'place_id', old.place_id, new.place_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.place_id IS NOT new.place_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'organizations' AND f.row_key = CAST(old.organization_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'organizations', CAST(old.organization_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'organizations' AND f.row_key = CAST(old.organization_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER organizations_log_delete AFTER DELETE ON organizations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'organizations', CAST(old.organization_id AS TEXT), 'withdraw', json_object('organization_id', old.organization_id, 'name', old.name, 'short_name', old.short_name, 'kind', old.kind, 'country_id', old.country_id, 'parent_organization_id', old.parent_organization_id, 'place_id', old.place_id, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;

-- people
CREATE TRIGGER people_log_insert AFTER INSERT ON people BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'people', CAST(new.person_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER people_log_update AFTER UPDATE ON people BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'people', CAST(old.person_id AS TEXT), 'correct', 'person_id', old.person_id, new.person_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.person_id IS NOT new.person_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'people' AND f.row_key = CAST(old.person_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'people', CAST(old.person_id AS TEXT), 'correct', 'name', old.name, new.name, c.reason, c.source_id FROM change_context AS c
    WHERE old.name IS NOT new.name AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'people' AND f.row_key = CAST(old.person_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'people', CAST(old.person_id AS TEXT), 'correct', 'country_id', old.country_id, new.country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.country_id IS NOT new.country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'people' AND f.row_key = CAST(old.person_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'people', CAST(old.person_id AS TEXT), 'correct', 'wikidata_id', old.wikidata_id, new.wikidata_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.wikidata_id IS NOT new.wikidata_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'people' AND f.row_key = CAST(old.person_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'people', CAST(old.person_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'people' AND f.row_key = CAST(old.person_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER people_log_delete AFTER DELETE ON people BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'people', CAST(old.person_id AS TEXT), 'withdraw', json_object('person_id', old.person_id, 'name', old.name, 'country_id', old.country_id, 'wikidata_id', old.wikidata_id, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;

-- person_names
CREATE TRIGGER person_names_log_insert AFTER INSERT ON person_names BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'person_names', CAST(new.person_id AS TEXT) || '/' || CAST(new.name AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER person_names_log_update AFTER UPDATE ON person_names BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'person_names', CAST(old.person_id AS TEXT) || '/' || CAST(old.name AS TEXT), 'correct', 'person_id', old.person_id, new.person_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.person_id IS NOT new.person_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'person_names' AND f.row_key = CAST(old.person_id AS TEXT) || '/' || CAST(old.name AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'person_names', CAST(old.person_id AS TEXT) || '/' || CAST(old.name AS TEXT), 'correct', 'name', old.name, new.name, c.reason, c.source_id FROM change_context AS c
    WHERE old.name IS NOT new.name AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'person_names' AND f.row_key = CAST(old.person_id AS TEXT) || '/' || CAST(old.name AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'person_names', CAST(old.person_id AS TEXT) || '/' || CAST(old.name AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'person_names' AND f.row_key = CAST(old.person_id AS TEXT) || '/' || CAST(old.name AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'person_names', CAST(old.person_id AS TEXT) || '/' || CAST(old.name AS TEXT), 'correct', 'language', old.language, new.language, c.reason, c.source_id FROM change_context AS c
    WHERE old.language IS NOT new.language AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'person_names' AND f.row_key = CAST(old.person_id AS TEXT) || '/' || CAST(old.name AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'person_names', CAST(old.person_id AS TEXT) || '/' || CAST(old.name AS TEXT), 'correct', 'source_id', old.source_id, new.source_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.source_id IS NOT new.source_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'person_names' AND f.row_key = CAST(old.person_id AS TEXT) || '/' || CAST(old.name AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER person_names_log_delete AFTER DELETE ON person_names BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'person_names', CAST(old.person_id AS TEXT) || '/' || CAST(old.name AS TEXT), 'withdraw', json_object('person_id', old.person_id, 'name', old.name, 'note', old.note, 'language', old.language, 'source_id', old.source_id), c.reason, c.source_id FROM change_context AS c;
END;

-- places
CREATE TRIGGER places_log_insert AFTER INSERT ON places BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'places', CAST(new.place_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER places_log_update AFTER UPDATE ON places BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'places', CAST(old.place_id AS TEXT), 'correct', 'place_id', old.place_id, new.place_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.place_id IS NOT new.place_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'places' AND f.row_key = CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'places', CAST(old.place_id AS TEXT), 'correct', 'name', old.name, new.name, c.reason, c.source_id FROM change_context AS c
    WHERE old.name IS NOT new.name AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'places' AND f.row_key = CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'places', CAST(old.place_id AS TEXT), 'correct', 'kind', old.kind, new.kind, c.reason, c.source_id FROM change_context AS c
    WHERE old.kind IS NOT new.kind AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'places' AND f.row_key = CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'places', CAST(old.place_id AS TEXT), 'correct', 'country_id', old.country_id, new.country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.country_id IS NOT new.country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'places' AND f.row_key = CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'places', CAST(old.place_id AS TEXT), 'correct', 'parent_place_id', old.parent_place_id, new.parent_place_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.parent_place_id IS NOT new.parent_place_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'places' AND f.row_key = CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'places', CAST(old.place_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'places' AND f.row_key = CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'places', CAST(old.place_id AS TEXT), 'correct', 'latitude', old.latitude, new.latitude, c.reason, c.source_id FROM change_context AS c
    WHERE old.latitude IS NOT new.latitude AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'places' AND f.row_key = CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'places', CAST(old.place_id AS TEXT), 'correct', 'longitude', old.longitude, new.longitude, c.reason, c.source_id FROM change_context AS c
    WHERE old.longitude IS NOT new.longitude AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'places' AND f.row_key = CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'places', CAST(old.place_id AS TEXT), 'correct', 'geonames_id', old.geonames_id, new.geonames_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.geonames_id IS NOT new.geonames_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'places' AND f.row_key = CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'places', CAST(old.place_id AS TEXT), 'correct', 'wikidata_id', old.wikidata_id, new.wikidata_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.wikidata_id IS NOT new.wikidata_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'places' AND f.row_key = CAST(old.place_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER places_log_delete AFTER DELETE ON places BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'places', CAST(old.place_id AS TEXT), 'withdraw', json_object('place_id', old.place_id, 'name', old.name, 'kind', old.kind, 'country_id', old.country_id, 'parent_place_id', old.parent_place_id, 'note', old.note, 'latitude', old.latitude, 'longitude', old.longitude, 'geonames_id', old.geonames_id, 'wikidata_id', old.wikidata_id), c.reason, c.source_id FROM change_context AS c;
END;

-- positions
CREATE TRIGGER positions_log_insert AFTER INSERT ON positions BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'positions', CAST(new.position_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER positions_log_update AFTER UPDATE ON positions BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'position_id', old.position_id, new.position_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.position_id IS NOT new.position_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'person_id', old.person_id, new.person_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.person_id IS NOT new.person_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'title', old.title, new.title, c.reason, c.source_id FROM change_context AS c
    WHERE old.title IS NOT new.title AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'organization_id', old.organization_id, new.organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.organization_id IS NOT new.organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'country_id', old.country_id, new.country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.country_id IS NOT new.country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'start_earliest', old.start_earliest, new.start_earliest, c.reason, c.source_id FROM change_context AS c
    WHERE old.start_earliest IS NOT new.start_earliest AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'start_latest', old.start_latest, new.start_latest, c.reason, c.source_id FROM change_context AS c
    WHERE old.start_latest IS NOT new.start_latest AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'end_earliest', old.end_earliest, new.end_earliest, c.reason, c.source_id FROM change_context AS c
    WHERE old.end_earliest IS NOT new.end_earliest AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'end_latest', old.end_latest, new.end_latest, c.reason, c.source_id FROM change_context AS c
    WHERE old.end_latest IS NOT new.end_latest AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'evidence_status', old.evidence_status, new.evidence_status, c.reason, c.source_id FROM change_context AS c
    WHERE old.evidence_status IS NOT new.evidence_status AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'start_basis', old.start_basis, new.start_basis, c.reason, c.source_id FROM change_context AS c
    WHERE old.start_basis IS NOT new.start_basis AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'end_basis', old.end_basis, new.end_basis, c.reason, c.source_id FROM change_context AS c
    WHERE old.end_basis IS NOT new.end_basis AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'correct', 'diplomatic_rank', old.diplomatic_rank, new.diplomatic_rank, c.reason, c.source_id FROM change_context AS c
    WHERE old.diplomatic_rank IS NOT new.diplomatic_rank AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'positions' AND f.row_key = CAST(old.position_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER positions_log_delete AFTER DELETE ON positions BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'positions', CAST(old.position_id AS TEXT), 'withdraw', json_object('position_id', old.position_id, 'person_id', old.person_id, 'title', old.title, 'organization_id', old.organization_id, 'country_id', old.country_id, 'start_earliest', old.start_earliest, 'start_latest', old.start_latest, 'end_earliest', old.end_earliest, 'end_latest', old.end_latest, 'evidence_status', old.evidence_status, 'note', old.note, 'start_basis', old.start_basis, 'end_basis', old.end_basis, 'diplomatic_rank', old.diplomatic_rank), c.reason, c.source_id FROM change_context AS c;
END;

-- source_relations
CREATE TRIGGER source_relations_log_insert AFTER INSERT ON source_relations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'source_relations', CAST(new.source_id AS TEXT) || '/' || CAST(new.related_source_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER source_relations_log_update AFTER UPDATE ON source_relations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'source_relations', CAST(old.source_id AS TEXT) || '/' || CAST(old.related_source_id AS TEXT), 'correct', 'source_id', old.source_id, new.source_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.source_id IS NOT new.source_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'source_relations' AND f.row_key = CAST(old.source_id AS TEXT) || '/' || CAST(old.related_source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'source_relations', CAST(old.source_id AS TEXT) || '/' || CAST(old.related_source_id AS TEXT), 'correct', 'related_source_id', old.related_source_id, new.related_source_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.related_source_id IS NOT new.related_source_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'source_relations' AND f.row_key = CAST(old.source_id AS TEXT) || '/' || CAST(old.related_source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'source_relations', CAST(old.source_id AS TEXT) || '/' || CAST(old.related_source_id AS TEXT), 'correct', 'relation', old.relation, new.relation, c.reason, c.source_id FROM change_context AS c
    WHERE old.relation IS NOT new.relation AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'source_relations' AND f.row_key = CAST(old.source_id AS TEXT) || '/' || CAST(old.related_source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'source_relations', CAST(old.source_id AS TEXT) || '/' || CAST(old.related_source_id AS TEXT), 'correct', 'basis', old.basis, new.basis, c.reason, c.source_id FROM change_context AS c
    WHERE old.basis IS NOT new.basis AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'source_relations' AND f.row_key = CAST(old.source_id AS TEXT) || '/' || CAST(old.related_source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'source_relations', CAST(old.source_id AS TEXT) || '/' || CAST(old.related_source_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'source_relations' AND f.row_key = CAST(old.source_id AS TEXT) || '/' || CAST(old.related_source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER source_relations_log_delete AFTER DELETE ON source_relations BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'source_relations', CAST(old.source_id AS TEXT) || '/' || CAST(old.related_source_id AS TEXT), 'withdraw', json_object('source_id', old.source_id, 'related_source_id', old.related_source_id, 'relation', old.relation, 'basis', old.basis, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;

-- sources
CREATE TRIGGER sources_log_insert AFTER INSERT ON sources BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'sources', CAST(new.source_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER sources_log_update AFTER UPDATE ON sources BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'source_id', old.source_id, new.source_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.source_id IS NOT new.source_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'kind', old.kind, new.kind, c.reason, c.source_id FROM change_context AS c
    WHERE old.kind IS NOT new.kind AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'title', old.title, new.title, c.reason, c.source_id FROM change_context AS c
    WHERE old.title IS NOT new.title AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'publisher', old.publisher, new.publisher, c.reason, c.source_id FROM change_context AS c
    WHERE old.publisher IS NOT new.publisher AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'url', old.url, new.url, c.reason, c.source_id FROM change_context AS c
    WHERE old.url IS NOT new.url AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'language', old.language, new.language, c.reason, c.source_id FROM change_context AS c
    WHERE old.language IS NOT new.language AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'date_published', old.date_published, new.date_published, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_published IS NOT new.date_published AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'date_accessed', old.date_accessed, new.date_accessed, c.reason, c.source_id FROM change_context AS c
    WHERE old.date_accessed IS NOT new.date_accessed AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'paragraph_count', old.paragraph_count, new.paragraph_count, c.reason, c.source_id FROM change_context AS c
    WHERE old.paragraph_count IS NOT new.paragraph_count AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'publisher_kind', old.publisher_kind, new.publisher_kind, c.reason, c.source_id FROM change_context AS c
    WHERE old.publisher_kind IS NOT new.publisher_kind AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'correct', 'publisher_country_id', old.publisher_country_id, new.publisher_country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.publisher_country_id IS NOT new.publisher_country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'sources' AND f.row_key = CAST(old.source_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER sources_log_delete AFTER DELETE ON sources BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'sources', CAST(old.source_id AS TEXT), 'withdraw', json_object('source_id', old.source_id, 'kind', old.kind, 'title', old.title, 'publisher', old.publisher, 'url', old.url, 'language', old.language, 'date_published', old.date_published, 'date_accessed', old.date_accessed, 'note', old.note, 'paragraph_count', old.paragraph_count, 'publisher_kind', old.publisher_kind, 'publisher_country_id', old.publisher_country_id), c.reason, c.source_id FROM change_context AS c;
END;

-- statement_topics
CREATE TRIGGER statement_topics_log_insert AFTER INSERT ON statement_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'statement_topics', CAST(new.statement_id AS TEXT) || '/' || CAST(new.topic_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER statement_topics_log_update AFTER UPDATE ON statement_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'statement_topics', CAST(old.statement_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'correct', 'statement_id', old.statement_id, new.statement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.statement_id IS NOT new.statement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'statement_topics' AND f.row_key = CAST(old.statement_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'statement_topics', CAST(old.statement_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'correct', 'topic_id', old.topic_id, new.topic_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.topic_id IS NOT new.topic_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'statement_topics' AND f.row_key = CAST(old.statement_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER statement_topics_log_delete AFTER DELETE ON statement_topics BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'statement_topics', CAST(old.statement_id AS TEXT) || '/' || CAST(old.topic_id AS TEXT), 'withdraw', json_object('statement_id', old.statement_id, 'topic_id', old.topic_id), c.reason, c.source_id FROM change_context AS c;
END;

-- statements
CREATE TRIGGER statements_log_insert AFTER INSERT ON statements BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'statements', CAST(new.statement_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER statements_log_update AFTER UPDATE ON statements BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'statements', CAST(old.statement_id AS TEXT), 'correct', 'statement_id', old.statement_id, new.statement_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.statement_id IS NOT new.statement_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'statements' AND f.row_key = CAST(old.statement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'statements', CAST(old.statement_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'statements' AND f.row_key = CAST(old.statement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'statements', CAST(old.statement_id AS TEXT), 'correct', 'speaker_person_id', old.speaker_person_id, new.speaker_person_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.speaker_person_id IS NOT new.speaker_person_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'statements' AND f.row_key = CAST(old.statement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'statements', CAST(old.statement_id AS TEXT), 'correct', 'speaker_organization_id', old.speaker_organization_id, new.speaker_organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.speaker_organization_id IS NOT new.speaker_organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'statements' AND f.row_key = CAST(old.statement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'statements', CAST(old.statement_id AS TEXT), 'correct', 'summary', old.summary, new.summary, c.reason, c.source_id FROM change_context AS c
    WHERE old.summary IS NOT new.summary AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'statements' AND f.row_key = CAST(old.statement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'statements', CAST(old.statement_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'statements' AND f.row_key = CAST(old.statement_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER statements_log_delete AFTER DELETE ON statements BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'statements', CAST(old.statement_id AS TEXT), 'withdraw', json_object('statement_id', old.statement_id, 'event_id', old.event_id, 'speaker_person_id', old.speaker_person_id, 'speaker_organization_id', old.speaker_organization_id, 'summary', old.summary, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;

-- trade_flows
CREATE TRIGGER trade_flows_log_insert AFTER INSERT ON trade_flows BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(new.trade_flow_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER trade_flows_log_update AFTER UPDATE ON trade_flows BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'trade_flow_id', old.trade_flow_id, new.trade_flow_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.trade_flow_id IS NOT new.trade_flow_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'reporter_country_id', old.reporter_country_id, new.reporter_country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.reporter_country_id IS NOT new.reporter_country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'partner_country_id', old.partner_country_id, new.partner_country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.partner_country_id IS NOT new.partner_country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'year', old.year, new.year, c.reason, c.source_id FROM change_context AS c
    WHERE old.year IS NOT new.year AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'period_start', old.period_start, new.period_start, c.reason, c.source_id FROM change_context AS c
    WHERE old.period_start IS NOT new.period_start AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'period_end', old.period_end, new.period_end, c.reason, c.source_id FROM change_context AS c
    WHERE old.period_end IS NOT new.period_end AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'flow', old.flow, new.flow, c.reason, c.source_id FROM change_context AS c
    WHERE old.flow IS NOT new.flow AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'commodity', old.commodity, new.commodity, c.reason, c.source_id FROM change_context AS c
    WHERE old.commodity IS NOT new.commodity AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'value', old.value, new.value, c.reason, c.source_id FROM change_context AS c
    WHERE old.value IS NOT new.value AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'unit', old.unit, new.unit, c.reason, c.source_id FROM change_context AS c
    WHERE old.unit IS NOT new.unit AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'quantity', old.quantity, new.quantity, c.reason, c.source_id FROM change_context AS c
    WHERE old.quantity IS NOT new.quantity AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'quantity_unit', old.quantity_unit, new.quantity_unit, c.reason, c.source_id FROM change_context AS c
    WHERE old.quantity_unit IS NOT new.quantity_unit AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'reported_by', old.reported_by, new.reported_by, c.reason, c.source_id FROM change_context AS c
    WHERE old.reported_by IS NOT new.reported_by AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'trade_flows' AND f.row_key = CAST(old.trade_flow_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER trade_flows_log_delete AFTER DELETE ON trade_flows BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'trade_flows', CAST(old.trade_flow_id AS TEXT), 'withdraw', json_object('trade_flow_id', old.trade_flow_id, 'reporter_country_id', old.reporter_country_id, 'partner_country_id', old.partner_country_id, 'year', old.year, 'period_start', old.period_start, 'period_end', old.period_end, 'flow', old.flow, 'commodity', old.commodity, 'value', old.value, 'unit', old.unit, 'quantity', old.quantity, 'quantity_unit', old.quantity_unit, 'reported_by', old.reported_by, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;
