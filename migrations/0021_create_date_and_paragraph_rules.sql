-- 0021: rules the schema enforces as rows are written, so that a contradictory row fails the
-- build (naming the script and line) instead of reaching the file: an event's or agreement's
-- date_edtf must say what its bounds and precision say, and a citation of a source with numbered
-- paragraphs must name one that exists. The validator applies the same triggers again to the
-- rows a file holds (its "guards" check), so these conditions are written once, here.
--
-- The EDTF forms, by precision:
--   day     2025-02-28 (or 2025-07-31~, an approximate day); date_earliest = date_latest
--   month   2012-08                          year   2014
--   range   2009-07-08/2009-07-09 (an event spanning those days),
--           [2025-01-05..2025-02-28] (one day in that range), [..2025-06-21] (on or before)
--   unknown XXXX, with no bounds

-- The article's paragraphs are numbered 1 to 17 (see sources/README in the project's shared notes);
-- the count is a fact about the source, kept with it.
ALTER TABLE sources ADD COLUMN paragraph_count INTEGER CHECK (paragraph_count IS NULL OR paragraph_count > 0);
UPDATE sources SET paragraph_count = 17 WHERE source_id = 'jps-article';

CREATE TRIGGER events_date_edtf_insert
BEFORE INSERT ON events
WHEN NOT coalesce(CASE NEW.date_precision
  WHEN 'day' THEN NEW.date_edtf IN (NEW.date_earliest, NEW.date_earliest || '~')
  WHEN 'month' THEN NEW.date_edtf = substr(NEW.date_earliest, 1, 7)
  WHEN 'year' THEN NEW.date_edtf = substr(NEW.date_earliest, 1, 4)
  WHEN 'range' THEN NEW.date_edtf IN (NEW.date_earliest || '/' || NEW.date_latest, '[' || coalesce(NEW.date_earliest, '') || '..' || coalesce(NEW.date_latest, '') || ']')
  WHEN 'unknown' THEN NEW.date_edtf = 'XXXX' AND NEW.date_earliest IS NULL AND NEW.date_latest IS NULL
  END, 0)
BEGIN
  SELECT RAISE(ABORT, 'events.date_edtf does not agree with date_earliest, date_latest and date_precision');
END;

CREATE TRIGGER events_date_edtf_update
BEFORE UPDATE OF date_earliest, date_latest, date_precision, date_edtf ON events
WHEN NOT coalesce(CASE NEW.date_precision
  WHEN 'day' THEN NEW.date_edtf IN (NEW.date_earliest, NEW.date_earliest || '~')
  WHEN 'month' THEN NEW.date_edtf = substr(NEW.date_earliest, 1, 7)
  WHEN 'year' THEN NEW.date_edtf = substr(NEW.date_earliest, 1, 4)
  WHEN 'range' THEN NEW.date_edtf IN (NEW.date_earliest || '/' || NEW.date_latest, '[' || coalesce(NEW.date_earliest, '') || '..' || coalesce(NEW.date_latest, '') || ']')
  WHEN 'unknown' THEN NEW.date_edtf = 'XXXX' AND NEW.date_earliest IS NULL AND NEW.date_latest IS NULL
  END, 0)
BEGIN
  SELECT RAISE(ABORT, 'events.date_edtf does not agree with date_earliest, date_latest and date_precision');
END;

CREATE TRIGGER agreements_date_edtf_insert
BEFORE INSERT ON agreements
WHEN NOT coalesce(CASE NEW.date_precision
  WHEN 'day' THEN NEW.date_edtf IN (NEW.date_earliest, NEW.date_earliest || '~')
  WHEN 'month' THEN NEW.date_edtf = substr(NEW.date_earliest, 1, 7)
  WHEN 'year' THEN NEW.date_edtf = substr(NEW.date_earliest, 1, 4)
  WHEN 'range' THEN NEW.date_edtf IN (NEW.date_earliest || '/' || NEW.date_latest, '[' || coalesce(NEW.date_earliest, '') || '..' || coalesce(NEW.date_latest, '') || ']')
  WHEN 'unknown' THEN NEW.date_edtf = 'XXXX' AND NEW.date_earliest IS NULL AND NEW.date_latest IS NULL
  END, 0)
BEGIN
  SELECT RAISE(ABORT, 'agreements.date_edtf does not agree with date_earliest, date_latest and date_precision');
END;

CREATE TRIGGER agreements_date_edtf_update
BEFORE UPDATE OF date_earliest, date_latest, date_precision, date_edtf ON agreements
WHEN NOT coalesce(CASE NEW.date_precision
  WHEN 'day' THEN NEW.date_edtf IN (NEW.date_earliest, NEW.date_earliest || '~')
  WHEN 'month' THEN NEW.date_edtf = substr(NEW.date_earliest, 1, 7)
  WHEN 'year' THEN NEW.date_edtf = substr(NEW.date_earliest, 1, 4)
  WHEN 'range' THEN NEW.date_edtf IN (NEW.date_earliest || '/' || NEW.date_latest, '[' || coalesce(NEW.date_earliest, '') || '..' || coalesce(NEW.date_latest, '') || ']')
  WHEN 'unknown' THEN NEW.date_edtf = 'XXXX' AND NEW.date_earliest IS NULL AND NEW.date_latest IS NULL
  END, 0)
BEGIN
  SELECT RAISE(ABORT, 'agreements.date_edtf does not agree with date_earliest, date_latest and date_precision');
END;

CREATE TRIGGER citations_paragraph_exists
BEFORE INSERT ON citations
WHEN NEW.paragraph > (SELECT paragraph_count FROM sources WHERE source_id = NEW.source_id)
BEGIN
  SELECT RAISE(ABORT, 'citations.paragraph is beyond the last paragraph of its source (sources.paragraph_count)');
END;

INSERT INTO column_docs (table_name, column_name, description) VALUES ('sources', 'paragraph_count', 'For a source cited by paragraph (the article), how many paragraphs its body has; citations must name one of them. NULL for web pages, which are cited by address.');
