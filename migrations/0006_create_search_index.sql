-- 0006: full-text search (FTS5) over the texts of events, statements and agreements.
-- External-content tables named <table>_fts, written content="<table>" with no spaces: the form
-- sqlite-utils and Datasette look for when they detect a table's search index. They are
-- kept in step with their tables by triggers, so later data scripts need do nothing.
-- The porter stemmer lets "iftar" find "iftars"; remove_diacritics 2 lets "Turkiye" find
-- "Türkiye" and "Cobanbey" find "Çobanbey".

CREATE VIRTUAL TABLE events_fts USING fts5 (
  title, summary,
  content="events", content_rowid="rowid",
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts (rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
  INSERT INTO events_fts (rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;

CREATE VIRTUAL TABLE statements_fts USING fts5 (
  summary,
  content="statements", content_rowid="rowid",
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts (rowid, summary) VALUES (new.rowid, new.summary);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, summary) VALUES ('delete', old.rowid, old.summary);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, summary) VALUES ('delete', old.rowid, old.summary);
  INSERT INTO statements_fts (rowid, summary) VALUES (new.rowid, new.summary);
END;

CREATE VIRTUAL TABLE agreements_fts USING fts5 (
  title, summary,
  content="agreements", content_rowid="rowid",
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER agreements_fts_insert AFTER INSERT ON agreements BEGIN
  INSERT INTO agreements_fts (rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
CREATE TRIGGER agreements_fts_delete AFTER DELETE ON agreements BEGIN
  INSERT INTO agreements_fts (agreements_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
END;
CREATE TRIGGER agreements_fts_update AFTER UPDATE ON agreements BEGIN
  INSERT INTO agreements_fts (agreements_fts, rowid, title, summary) VALUES ('delete', old.rowid, old.title, old.summary);
  INSERT INTO agreements_fts (rowid, title, summary) VALUES (new.rowid, new.title, new.summary);
END;
