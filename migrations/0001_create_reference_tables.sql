-- 0001: reference tables: the dataset's own metadata, countries, CAMEO event codes, topics and
-- sources. Everything else points at these.
--
-- Conventions for every table in this database:
--   * STRICT tables, declared foreign keys, CHECK constraints for closed vocabularies.
--   * Readable text keys (slugs) for every entity, so that a citation or a URL can name a row.
--   * Dates are ISO 8601 text (yyyy-mm-dd); a partial or uncertain date is a pair of bounds.

CREATE TABLE dataset_metadata (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

INSERT INTO dataset_metadata (key, value) VALUES ('title', 'Azerbaijan–Syria relations dataset');
INSERT INTO dataset_metadata (key, value) VALUES ('version', '1.0.0');
INSERT INTO dataset_metadata (key, value) VALUES ('licence_data', 'CC-BY-4.0');
INSERT INTO dataset_metadata (key, value) VALUES ('licence_code', 'MIT');
INSERT INTO dataset_metadata (key, value) VALUES ('description', 'Events, people and their offices, organizations, places, agreements, aid deliveries, statements and trade between Azerbaijan and Syria, every fact cited to its source.');

CREATE TABLE countries (
  country_id   TEXT PRIMARY KEY CHECK (length(country_id) = 3 AND country_id = upper(country_id)),
  name         TEXT NOT NULL UNIQUE,
  iso_alpha2   TEXT CHECK (iso_alpha2 IS NULL OR (length(iso_alpha2) = 2 AND iso_alpha2 = upper(iso_alpha2))),
  iso_numeric  TEXT CHECK (iso_numeric IS NULL OR (length(iso_numeric) = 3 AND iso_numeric NOT GLOB '*[^0-9]*')),
  cow_code     INTEGER,
  wikidata_id  TEXT CHECK (wikidata_id IS NULL OR wikidata_id GLOB 'Q[0-9]*'),
  note         TEXT
) STRICT;

-- CAMEO (Conflict and Mediation Event Observations) root codes and the codes used here.
CREATE TABLE cameo_roots (
  root_code   TEXT PRIMARY KEY CHECK (length(root_code) = 2 AND root_code NOT GLOB '*[^0-9]*'),
  name        TEXT NOT NULL,
  quad_class  INTEGER NOT NULL CHECK (quad_class BETWEEN 1 AND 4),
  quad_name   TEXT NOT NULL CHECK (quad_name IN ('verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'))
) STRICT;

CREATE TABLE cameo_codes (
  cameo_code  TEXT PRIMARY KEY CHECK (length(cameo_code) BETWEEN 3 AND 4 AND cameo_code NOT GLOB '*[^0-9]*'),
  root_code   TEXT NOT NULL REFERENCES cameo_roots (root_code),
  name        TEXT NOT NULL,
  CHECK (substr(cameo_code, 1, 2) = root_code)
) STRICT;

CREATE TABLE topics (
  topic_id    TEXT PRIMARY KEY CHECK (topic_id NOT GLOB '*[^a-z0-9-]*'),
  name        TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL
) STRICT;

CREATE TABLE sources (
  source_id       TEXT PRIMARY KEY CHECK (source_id NOT GLOB '*[^a-z0-9-]*'),
  kind            TEXT NOT NULL CHECK (kind IN ('article', 'web_page', 'unrecorded_page')),
  title           TEXT NOT NULL,
  publisher       TEXT NOT NULL,
  url             TEXT UNIQUE CHECK (url IS NULL OR url GLOB 'http*://*'),
  language        TEXT NOT NULL CHECK (language IN ('en', 'az', 'ru', 'ar', 'tr', 'tk')),
  date_published  TEXT CHECK (date_published IS NULL OR date(date_published) = date_published),
  date_accessed   TEXT NOT NULL CHECK (date(date_accessed) = date_accessed),
  note            TEXT,
  -- a page is cited by its address; a page whose address was not kept says so in its note
  CHECK ((kind = 'unrecorded_page') = (url IS NULL)),
  CHECK (kind <> 'unrecorded_page' OR note IS NOT NULL)
) STRICT;
