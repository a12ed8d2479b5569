-- 0056: the timeline's rows stored in date order, so that a range of days reads the rows it returns
-- side by side instead of looking each one up by key. At a million events a month of the timeline
-- (13,457 to 32,987 rows) cost 25 to 35 µs a row: four index ranges gave the ids (0050), then each
-- row was a lookup of its event and of its stored facets by key, scattered over a 4.7 GB file, and
-- the rows were sorted whole. timeline_rows holds exactly what the view timeline gives, one row per
-- event, clustered (WITHOUT ROWID) by
--   band        the kind of date: 0 for an event known to the day; 1 to 14 for one known at both
--               ends whose span (latest less earliest day) is 1, 2-3, 4-7, ..., 8,192-16,383 days
--               (band k holds the spans from 2^(k-1) to 2^k - 1); 15 for a longer span; 16 for an
--               event open at the start (no earliest day), 17 open at the end, 18 of unknown date;
--   order_key   the timeline's order, coalesce(date_earliest, date_latest) ('' for unknown);
--   latest_key  then date_latest ('' for an open end);
--   event_id    then the id.
-- In one band an event reaching a day started at most the band's longest span before it, so each band
-- is one range of the key bounded on both sides the range gives, already in the timeline's order:
-- the library merges the bands' ranges without a sort.
--
-- The view timeline_rows_expected is the definition (the view timeline, with the three keys);
-- triggers named timeline_rows_* keep the table equal to it row by row, and the validator compares
-- the two (rule stored_timeline). No public view changes.

CREATE TABLE timeline_rows (
  band                   INTEGER NOT NULL,
  order_key              TEXT NOT NULL,
  latest_key             TEXT NOT NULL,
  event_id               TEXT NOT NULL,
  date_earliest          TEXT,
  date_latest            TEXT,
  date_edtf              TEXT,
  date_precision         TEXT,
  date_basis             TEXT,
  cameo_code             TEXT,
  event_type             TEXT,
  cameo_root             TEXT,
  quad_class             INTEGER,
  plover_type            TEXT,
  title                  TEXT,
  summary                TEXT,
  place                  TEXT,
  country                TEXT,
  other_places           TEXT,
  participants           TEXT,
  participant_countries  TEXT,
  topics                 TEXT,
  evidence_status        TEXT,
  article_paragraphs     TEXT,
  note                   TEXT,
  goldstein              REAL,
  plover_mode            TEXT,
  plover_context         TEXT,
  visit_kind             TEXT,
  visit_level            TEXT,
  independent_sources    INTEGER,
  PRIMARY KEY (band, order_key, latest_key, event_id)
) WITHOUT ROWID;

CREATE UNIQUE INDEX timeline_rows_event ON timeline_rows (event_id);

CREATE VIEW timeline_rows_expected AS
SELECT
  CASE
    WHEN t.date_earliest IS NULL AND t.date_latest IS NULL THEN 18
    WHEN t.date_earliest IS NULL THEN 16
    WHEN t.date_latest IS NULL THEN 17
    ELSE (SELECT count(*) FROM (
            SELECT 1 AS d UNION ALL SELECT 2 UNION ALL SELECT 4 UNION ALL SELECT 8 UNION ALL SELECT 16 UNION ALL SELECT 32
            UNION ALL SELECT 64 UNION ALL SELECT 128 UNION ALL SELECT 256 UNION ALL SELECT 512 UNION ALL SELECT 1024
            UNION ALL SELECT 2048 UNION ALL SELECT 4096 UNION ALL SELECT 8192 UNION ALL SELECT 16384)
          WHERE d <= julianday(t.date_latest) - julianday(t.date_earliest))
  END AS band,
  coalesce(t.date_earliest, t.date_latest, '') AS order_key,
  coalesce(t.date_latest, '') AS latest_key,
  t.*
FROM timeline AS t;

INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected ORDER BY band, order_key, latest_key, event_id;

-- An event's row is read again whenever its stored facets are written (they are rewritten whenever
-- anything they read changes, the event itself included: 0050), whenever any column of the event
-- changes, and whenever a name, code or score the view looks up changes.
CREATE TRIGGER timeline_rows_event_facets_insert AFTER INSERT ON event_facets BEGIN
  DELETE FROM timeline_rows WHERE event_id = NEW.event_id;
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id = NEW.event_id;
END;

CREATE TRIGGER timeline_rows_event_facets_update AFTER UPDATE ON event_facets BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (OLD.event_id, NEW.event_id);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (OLD.event_id, NEW.event_id);
END;

CREATE TRIGGER timeline_rows_event_facets_delete AFTER DELETE ON event_facets BEGIN
  DELETE FROM timeline_rows WHERE event_id = OLD.event_id;
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id = OLD.event_id;
END;

CREATE TRIGGER timeline_rows_events_insert AFTER INSERT ON events BEGIN
  DELETE FROM timeline_rows WHERE event_id = NEW.event_id;
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id = NEW.event_id;
END;

CREATE TRIGGER timeline_rows_events_update AFTER UPDATE ON events BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (OLD.event_id, NEW.event_id);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (OLD.event_id, NEW.event_id);
END;

CREATE TRIGGER timeline_rows_events_delete AFTER DELETE ON events BEGIN
  DELETE FROM timeline_rows WHERE event_id = OLD.event_id;
END;

CREATE TRIGGER timeline_rows_cameo_codes_insert AFTER INSERT ON cameo_codes BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code = NEW.cameo_code);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code = NEW.cameo_code);
END;

CREATE TRIGGER timeline_rows_cameo_codes_update AFTER UPDATE ON cameo_codes BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code IN (OLD.cameo_code, NEW.cameo_code));
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code IN (OLD.cameo_code, NEW.cameo_code));
END;

CREATE TRIGGER timeline_rows_cameo_codes_delete AFTER DELETE ON cameo_codes BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code = OLD.cameo_code);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code = OLD.cameo_code);
END;

CREATE TRIGGER timeline_rows_cameo_roots_insert AFTER INSERT ON cameo_roots BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code WHERE cc.root_code = NEW.root_code);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code WHERE cc.root_code = NEW.root_code);
END;

CREATE TRIGGER timeline_rows_cameo_roots_update AFTER UPDATE ON cameo_roots BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code WHERE cc.root_code IN (OLD.root_code, NEW.root_code));
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code WHERE cc.root_code IN (OLD.root_code, NEW.root_code));
END;

CREATE TRIGGER timeline_rows_cameo_roots_delete AFTER DELETE ON cameo_roots BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code WHERE cc.root_code = OLD.root_code);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code WHERE cc.root_code = OLD.root_code);
END;

CREATE TRIGGER timeline_rows_goldstein_scale_insert AFTER INSERT ON goldstein_scale BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code = NEW.cameo_code);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code = NEW.cameo_code);
END;

CREATE TRIGGER timeline_rows_goldstein_scale_update AFTER UPDATE ON goldstein_scale BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code IN (OLD.cameo_code, NEW.cameo_code));
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code IN (OLD.cameo_code, NEW.cameo_code));
END;

CREATE TRIGGER timeline_rows_goldstein_scale_delete AFTER DELETE ON goldstein_scale BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code = OLD.cameo_code);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code = OLD.cameo_code);
END;

CREATE TRIGGER timeline_rows_places_insert AFTER INSERT ON places BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (SELECT event_id FROM events WHERE place_id = NEW.place_id);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (SELECT event_id FROM events WHERE place_id = NEW.place_id);
END;

CREATE TRIGGER timeline_rows_places_update AFTER UPDATE ON places BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (SELECT event_id FROM events WHERE place_id IN (OLD.place_id, NEW.place_id));
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (SELECT event_id FROM events WHERE place_id IN (OLD.place_id, NEW.place_id));
END;

CREATE TRIGGER timeline_rows_places_delete AFTER DELETE ON places BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (SELECT event_id FROM events WHERE place_id = OLD.place_id);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (SELECT event_id FROM events WHERE place_id = OLD.place_id);
END;

CREATE TRIGGER timeline_rows_countries_insert AFTER INSERT ON countries BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN places AS p ON p.place_id = e.place_id WHERE p.country_id = NEW.country_id);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN places AS p ON p.place_id = e.place_id WHERE p.country_id = NEW.country_id);
END;

CREATE TRIGGER timeline_rows_countries_update AFTER UPDATE ON countries BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN places AS p ON p.place_id = e.place_id WHERE p.country_id IN (OLD.country_id, NEW.country_id));
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN places AS p ON p.place_id = e.place_id WHERE p.country_id IN (OLD.country_id, NEW.country_id));
END;

CREATE TRIGGER timeline_rows_countries_delete AFTER DELETE ON countries BEGIN
  DELETE FROM timeline_rows WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN places AS p ON p.place_id = e.place_id WHERE p.country_id = OLD.country_id);
  INSERT INTO timeline_rows SELECT * FROM timeline_rows_expected WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN places AS p ON p.place_id = e.place_id WHERE p.country_id = OLD.country_id);
END;

INSERT INTO table_docs (table_name, kind, description) VALUES
  ('timeline_rows', 'table', 'The rows of the view timeline, stored when the file is built in date order (by band, order_key, latest_key, event_id), so that a range of days reads its rows side by side; kept equal to timeline_rows_expected by triggers and checked by the validator.'),
  ('timeline_rows_expected', 'view', 'The definition of timeline_rows: the view timeline with the keys it is stored by (the validator compares the two).');

INSERT INTO column_docs (table_name, column_name, description) VALUES
  ('timeline_rows', 'band', 'The kind of date the event has: 0 known to the day; 1 to 14 known at both ends, its span (latest less earliest day) from 2^(band-1) to 2^band - 1 days; 15 a longer span; 16 open at the start; 17 open at the end; 18 unknown.'),
  ('timeline_rows', 'order_key', 'The timeline''s order: the earliest day, else the latest day, else the empty text.'),
  ('timeline_rows', 'latest_key', 'The latest day, else the empty text: orders events of the same order_key.'),
  ('timeline_rows_expected', 'band', 'The kind of date the event has: 0 known to the day; 1 to 14 known at both ends, its span (latest less earliest day) from 2^(band-1) to 2^band - 1 days; 15 a longer span; 16 open at the start; 17 open at the end; 18 unknown.'),
  ('timeline_rows_expected', 'order_key', 'The timeline''s order: the earliest day, else the latest day, else the empty text.'),
  ('timeline_rows_expected', 'latest_key', 'The latest day, else the empty text: orders events of the same order_key.');

-- The stored columns are the timeline's: described as the timeline describes them.
INSERT INTO column_docs (table_name, column_name, description)
SELECT t.table_name, d.column_name, d.description
FROM (SELECT 'timeline_rows' AS table_name UNION ALL SELECT 'timeline_rows_expected') AS t
JOIN column_docs AS d ON d.table_name = 'timeline';
