-- 0049: where a fact lives. Each change in the log names the migration script that made it, so that a
-- fact's history can be read off the database instead of guessed with grep (corrections are set-based
-- UPDATEs that name no row, so grep on an id misses them).
--   change_context.script   the script being run, set by the builder before each script (NULL outside
--                           a build, as when a test or a user changes a copy by hand)
--   fact_changes.script     the script that made the change, copied from change_context by a trigger;
--                           for the changes logged before this script, filled in by the builder, which
--                           knows the range of change_id each script wrote
--   fact_changes_unlogged   what scripts did to the facts that the log does not hold: everything the
--                           scripts before the log did (0001-0026, and 0027, which created it), and the
--                           corrections a release makes to rows it added itself (the log leaves those
--                           out by design); found by the builder comparing the fact tables before and
--                           after each script, row by row and field by field; empty in a file upgraded
--                           from an earlier build, which ran those scripts without it (build it afresh)
-- `azsy show ID --history` and RelationsDataset.GetFactHistoryAsync read the two together.

ALTER TABLE change_context ADD COLUMN script TEXT;
ALTER TABLE fact_changes ADD COLUMN script TEXT;

CREATE TRIGGER fact_changes_script AFTER INSERT ON fact_changes WHEN new.script IS NULL BEGIN
  UPDATE fact_changes SET script = (SELECT script FROM change_context) WHERE change_id = new.change_id;
END;

CREATE TABLE fact_changes_unlogged (
  change_id   INTEGER PRIMARY KEY,
  script      TEXT NOT NULL,
  table_name  TEXT NOT NULL,
  row_key     TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('add', 'correct', 'withdraw')),
  field       TEXT,
  old_value   ANY,
  new_value   ANY,
  CHECK ((action = 'correct') = (field IS NOT NULL))
) STRICT;
CREATE INDEX fact_changes_unlogged_row ON fact_changes_unlogged (table_name, row_key);
CREATE INDEX fact_changes_script_row ON fact_changes (table_name, row_key, script);

INSERT INTO table_docs (table_name, kind, description) VALUES ('fact_changes_unlogged', 'table', 'What migration scripts did to the facts that fact_changes does not hold (everything before the log existed, scripts 0001-0027, and the corrections a release makes to rows it added itself): every row added, field changed and row removed, found by the build comparing the fact tables before and after each script; empty in a file upgraded from an earlier build.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'script', 'The migration script (file name in migrations/) that made the change, or that is being run; NULL for a change made outside a build.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes_unlogged', 'change_id', 'Order of the change within the build.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes_unlogged', 'table_name', 'The table of the fact changed.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes_unlogged', 'row_key', 'The changed row''s primary key (columns of a composite key joined by /), as in fact_changes.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes_unlogged', 'action', 'add (a new row), correct (one field changed) or withdraw (the row removed).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes_unlogged', 'field', 'The changed column; NULL for an added or removed row.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes_unlogged', 'old_value', 'The value before the change; for a removed row, the whole row as a JSON object.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_changes_unlogged', 'new_value', 'The value after the change; NULL for an added or removed row.');
