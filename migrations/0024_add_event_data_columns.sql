-- 0024: the fields that users of event data and treaty records join and weigh on, added to the
-- tables that hold them (each NULL until a page gives it):
--   events              visit_kind, visit_level (as the pages state them), plover_mode, plover_context
--   event_participants  position_id: the office the person held when acting in the event
--   places              latitude, longitude (WGS 84), geonames_id, wikidata_id, as a cited page gives them
--   positions           start_basis, end_basis: whether a page states the bound, or only shows the
--                       person in office on that day; diplomatic_rank of a head of mission
--   person_names        language and source_id: a spelling as a cited page prints it
--   agreements          registration_number, text_languages, text_url
-- and the reference tables of CAMEO: every code's Goldstein score and its PLOVER equivalent, loaded
-- whole from published files by 0025, with the files they came from.

ALTER TABLE events ADD COLUMN visit_kind TEXT CHECK (visit_kind IS NULL OR visit_kind IN ('state', 'official', 'working', 'private', 'other'));
ALTER TABLE events ADD COLUMN visit_level TEXT CHECK (visit_level IS NULL OR visit_level IN ('head_of_state', 'head_of_government', 'deputy_head_of_government', 'minister', 'deputy_minister', 'envoy', 'parliamentary', 'official'));
ALTER TABLE events ADD COLUMN plover_mode TEXT CHECK (plover_mode IS NULL OR plover_mode NOT GLOB '*[^a-z_-]*');
ALTER TABLE events ADD COLUMN plover_context TEXT CHECK (plover_context IS NULL OR plover_context NOT GLOB '*[^a-z_,; -]*');

ALTER TABLE event_participants ADD COLUMN position_id TEXT REFERENCES positions (position_id);
CREATE INDEX event_participants_position ON event_participants (position_id);

ALTER TABLE places ADD COLUMN latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90);
ALTER TABLE places ADD COLUMN longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180);
ALTER TABLE places ADD COLUMN geonames_id INTEGER CHECK (geonames_id IS NULL OR geonames_id > 0);
ALTER TABLE places ADD COLUMN wikidata_id TEXT CHECK (wikidata_id IS NULL OR (wikidata_id GLOB 'Q[1-9]*' AND wikidata_id NOT GLOB 'Q*[^0-9]*'));

ALTER TABLE positions ADD COLUMN start_basis TEXT CHECK (start_basis IS NULL OR start_basis IN ('stated', 'inferred', 'derived', 'reported', 'attested'));
ALTER TABLE positions ADD COLUMN end_basis TEXT CHECK (end_basis IS NULL OR end_basis IN ('stated', 'inferred', 'derived', 'reported', 'attested', 'ongoing'));
ALTER TABLE positions ADD COLUMN diplomatic_rank TEXT CHECK (diplomatic_rank IS NULL OR diplomatic_rank IN ('ambassador', 'minister', 'charge_d_affaires'));

ALTER TABLE person_names ADD COLUMN language TEXT CHECK (language IS NULL OR (length(language) = 2 AND language NOT GLOB '*[^a-z]*'));
ALTER TABLE person_names ADD COLUMN source_id TEXT REFERENCES sources (source_id);

ALTER TABLE agreements ADD COLUMN registration_number TEXT;
ALTER TABLE agreements ADD COLUMN text_languages TEXT;
ALTER TABLE agreements ADD COLUMN text_url TEXT CHECK (text_url IS NULL OR text_url GLOB 'http*://*');

-- A published reference file loaded whole into a table, and how to check that it still equals it.
CREATE TABLE reference_files (
  table_name  TEXT PRIMARY KEY,
  source_id   TEXT NOT NULL REFERENCES sources (source_id),
  path        TEXT NOT NULL,
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  line_count  INTEGER NOT NULL CHECK (line_count > 0),
  header      TEXT NOT NULL
) STRICT;

-- The Goldstein (1992) conflict-cooperation score of every CAMEO code, from -10 to +10, as GDELT
-- publishes it (CAMEO.goldsteinscale.txt), in the file's order.
CREATE TABLE goldstein_scale (
  cameo_code  TEXT PRIMARY KEY CHECK (length(cameo_code) BETWEEN 2 AND 4 AND cameo_code NOT GLOB '*[^0-9]*'),
  goldstein   REAL NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
  line        INTEGER NOT NULL UNIQUE
) STRICT;

-- Every CAMEO event code with its name, as GDELT publishes them (CAMEO.eventcodes.txt), in the file's order.
CREATE TABLE cameo_event_codes (
  cameo_code  TEXT PRIMARY KEY CHECK (length(cameo_code) BETWEEN 2 AND 4 AND cameo_code NOT GLOB '*[^0-9]*'),
  name        TEXT NOT NULL,
  line        INTEGER NOT NULL UNIQUE
) STRICT;

-- The PLOVER equivalent of each CAMEO code, with its mode and context, from the PLOVER project's
-- conversion table (CAMEO2PLOVER-2021.txt); NULL where the table gives none.
-- Every line is kept (comments and blank lines have no code), since two codes appear twice.
CREATE TABLE cameo_plover (
  line            INTEGER PRIMARY KEY,
  line_text       TEXT NOT NULL,
  cameo_code      TEXT CHECK (cameo_code IS NULL OR (length(cameo_code) BETWEEN 2 AND 4 AND cameo_code NOT GLOB '*[^0-9]*')),
  plover_type     TEXT,
  plover_mode     TEXT,
  plover_context  TEXT,
  cameo_name      TEXT
) STRICT;
CREATE INDEX cameo_plover_code ON cameo_plover (cameo_code);

INSERT INTO table_docs (table_name, kind, description) VALUES ('reference_files', 'table', 'Published files loaded whole into a reference table: the source, the file''s path, its SHA-256 and number of lines, and its header, so a test can rebuild the file from the table and compare.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('goldstein_scale', 'table', 'The Goldstein conflict-cooperation score (-10 to +10) of every CAMEO code, as GDELT publishes it.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('cameo_event_codes', 'table', 'Every CAMEO event code with its name, as GDELT publishes them.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('cameo_plover', 'table', 'The PLOVER type, mode and context of each CAMEO code, from the PLOVER project''s conversion table.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'visit_kind', 'For a visit: state, official, working, private or other, as the cited pages call it; NULL where none does (a disagreement is a discrepancy).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'visit_level', 'For a visit: the rank of its leader (head_of_state, head_of_government, deputy_head_of_government, minister, deputy_minister, envoy, parliamentary, official).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'plover_mode', 'PLOVER mode of the event type, where the PLOVER manual defines one that fits.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'plover_context', 'PLOVER context(s) of the event, where the PLOVER manual defines one that fits.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('event_participants', 'position_id', 'The office the person held when taking part, where the event''s dates fall within the office''s known bounds.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('places', 'latitude', 'Latitude in decimal degrees (WGS 84), as the cited page gives it; NULL when no stored page does.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('places', 'longitude', 'Longitude in decimal degrees (WGS 84), as the cited page gives it; NULL when no stored page does.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('places', 'geonames_id', 'GeoNames id, as the cited page gives it.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('places', 'wikidata_id', 'Wikidata item id (Q…), as the cited page gives it.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'start_basis', 'How the start is known: stated, inferred (the page leaves out the year), derived (worked out, e.g. from a weekday) or reported (a report''s date bounds it), as for dates; attested: only a day a page shows the person in office bounds it (start_latest).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'end_basis', 'How the end is known: stated, inferred, derived or reported, as for dates; attested: only a day a page shows the person in office bounds it (end_earliest); ongoing: the term continues as of the newest page that shows it (end_earliest).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'diplomatic_rank', 'For a head of mission: ambassador, minister or charge_d_affaires.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('person_names', 'language', 'Language (ISO 639-1) of the page that prints the name this way.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('person_names', 'source_id', 'The page that prints the name this way.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'registration_number', 'A registration number (such as the UN Treaty Series''), where a page gives one.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'text_languages', 'The languages of the text, where a page gives them (ISO 639-1, joined with "; ").');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'text_url', 'The address of the text, where a page gives one.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('reference_files', 'table_name', 'The reference table the file fills.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('reference_files', 'path', 'The file''s path in its repository.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('reference_files', 'sha256', 'SHA-256 of the file as published.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('reference_files', 'line_count', 'How many lines the file has, its header included.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('reference_files', 'header', 'The file''s first line, which names its columns (or its comment lines).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('goldstein_scale', 'goldstein', 'The Goldstein score, -10 (most conflictual) to +10 (most cooperative).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'line', 'The line of the published file the row comes from.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('cameo_plover', 'plover_type', 'The PLOVER event type; NULL where the conversion table gives none.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('cameo_plover', 'plover_mode', 'The PLOVER mode the conversion table gives.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('cameo_plover', 'plover_context', 'The PLOVER context the conversion table gives.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('cameo_plover', 'cameo_name', 'The CAMEO code''s name as the conversion table gives it.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('cameo_plover', 'line_text', 'The line of the file, as published.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('cameo_plover', 'cameo_code', 'The CAMEO code the line converts; NULL for a comment or blank line.');
