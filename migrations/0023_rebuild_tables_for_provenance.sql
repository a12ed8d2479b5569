-- 0023: rebuilds five tables whose closed vocabularies or constraints must grow for release 2.0
-- (SQLite cannot alter a CHECK constraint in place), adding their new columns, and creates the
-- tables that record an agreement's life and the relations between sources.
--   sources        + kind data_file (a file in a public repository); any ISO 639-1 (or, where it has none, 639-3) language;
--                  publisher_kind and publisher_country_id: whose voice a source is.
--   citations      + locator (where on the page the fact is); can cite an agreement action.
--   discrepancies  can be about a statement or a trade flow (competing figures).
--   organizations  + kinds parliament, ngo, armed_forces, political_party.
--   trade_flows    + quantities in billion cubic metres, as some reports give them.
-- Each table is copied out, dropped, created anew and filled again with the same rows and rowids
-- (the full-text indexes and the row order depend on them); foreign keys are checked once, when the
-- script's transaction commits. The indexes and triggers of a dropped table are created again.

PRAGMA defer_foreign_keys = ON;

-- sources ---------------------------------------------------------------------------------------
CREATE TEMP TABLE sources_copy AS SELECT rowid AS copy_rowid, * FROM sources;
DROP TABLE sources;
CREATE TABLE sources (
  source_id             TEXT PRIMARY KEY CHECK (source_id NOT GLOB '*[^a-z0-9-]*'),
  kind                  TEXT NOT NULL CHECK (kind IN ('article', 'web_page', 'data_file', 'unrecorded_page')),
  title                 TEXT NOT NULL,
  publisher             TEXT NOT NULL,
  url                   TEXT UNIQUE CHECK (url IS NULL OR url GLOB 'http*://*'),
  language              TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 3 AND language NOT GLOB '*[^a-z]*'),
  date_published        TEXT CHECK (date_published IS NULL OR date(date_published) = date_published),
  date_accessed         TEXT NOT NULL CHECK (date(date_accessed) = date_accessed),
  note                  TEXT,
  paragraph_count       INTEGER CHECK (paragraph_count IS NULL OR paragraph_count > 0),
  -- whose voice: the kind of publisher, and its country (NULL for an international body)
  publisher_kind        TEXT CHECK (publisher_kind IS NULL OR publisher_kind IN (
                          'government', 'state_media', 'private_media', 'international_organization', 'ngo',
                          'scholarly', 'encyclopedia', 'data_publisher', 'other')),
  publisher_country_id  TEXT REFERENCES countries (country_id),
  CHECK ((kind = 'unrecorded_page') = (url IS NULL)),
  CHECK (kind <> 'unrecorded_page' OR note IS NOT NULL)
) STRICT;
INSERT INTO sources (rowid, source_id, kind, title, publisher, url, language, date_published, date_accessed, note, paragraph_count)
  SELECT copy_rowid, source_id, kind, title, publisher, url, language, date_published, date_accessed, note, paragraph_count FROM temp.sources_copy ORDER BY copy_rowid;
DROP TABLE temp.sources_copy;
CREATE INDEX sources_publisher_country ON sources (publisher_country_id);

-- organizations ---------------------------------------------------------------------------------
CREATE TEMP TABLE organizations_copy AS SELECT rowid AS copy_rowid, * FROM organizations;
DROP TABLE organizations;
CREATE TABLE organizations (
  organization_id         TEXT PRIMARY KEY CHECK (organization_id NOT GLOB '*[^a-z0-9-]*'),
  name                    TEXT NOT NULL,
  short_name              TEXT,
  kind                    TEXT NOT NULL CHECK (kind IN (
                            'ministry', 'embassy', 'government', 'international_organization', 'company',
                            'media', 'group', 'agency', 'commission', 'fund', 'university',
                            'parliament', 'ngo', 'armed_forces', 'political_party')),
  country_id              TEXT REFERENCES countries (country_id),
  parent_organization_id  TEXT REFERENCES organizations (organization_id),
  place_id                TEXT REFERENCES places (place_id),
  note                    TEXT
) STRICT;
INSERT INTO organizations (rowid, organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note)
  SELECT copy_rowid, organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note FROM temp.organizations_copy ORDER BY copy_rowid;
DROP TABLE temp.organizations_copy;
CREATE INDEX organizations_country ON organizations (country_id);
CREATE INDEX organizations_parent ON organizations (parent_organization_id);

-- trade_flows -----------------------------------------------------------------------------------
CREATE TEMP TABLE trade_flows_copy AS SELECT rowid AS copy_rowid, * FROM trade_flows;
DROP TABLE trade_flows;
CREATE TABLE trade_flows (
  trade_flow_id        TEXT PRIMARY KEY CHECK (trade_flow_id NOT GLOB '*[^a-z0-9-]*'),
  reporter_country_id  TEXT NOT NULL REFERENCES countries (country_id),
  partner_country_id   TEXT NOT NULL REFERENCES countries (country_id),
  year                 INTEGER NOT NULL CHECK (year BETWEEN 1991 AND 2100),
  period_start         TEXT NOT NULL CHECK (date(period_start) = period_start),
  period_end           TEXT NOT NULL CHECK (date(period_end) = period_end),
  is_partial_year      INTEGER NOT NULL GENERATED ALWAYS AS (
                         period_start <> printf('%04d-01-01', year) OR period_end <> printf('%04d-12-31', year)) STORED,
  flow                 TEXT NOT NULL CHECK (flow IN ('turnover', 'export', 'import')),
  commodity            TEXT,
  value                REAL CHECK (value IS NULL OR value >= 0),
  unit                 TEXT NOT NULL CHECK (unit IN ('thousand USD', 'million USD')),
  quantity             REAL CHECK (quantity IS NULL OR quantity > 0),
  quantity_unit        TEXT CHECK (quantity_unit IS NULL OR quantity_unit IN ('million cubic metres', 'billion cubic metres')),
  reported_by          TEXT NOT NULL,
  note                 TEXT,
  CHECK (period_start <= period_end),
  CHECK (substr(period_start, 1, 4) = printf('%04d', year) AND substr(period_end, 1, 4) = printf('%04d', year)),
  CHECK ((quantity IS NULL) = (quantity_unit IS NULL)),
  CHECK (reporter_country_id <> partner_country_id)
) STRICT;
INSERT INTO trade_flows (rowid, trade_flow_id, reporter_country_id, partner_country_id, year, period_start, period_end, flow, commodity, value, unit, quantity, quantity_unit, reported_by, note)
  SELECT copy_rowid, trade_flow_id, reporter_country_id, partner_country_id, year, period_start, period_end, flow, commodity, value, unit, quantity, quantity_unit, reported_by, note FROM temp.trade_flows_copy ORDER BY copy_rowid;
DROP TABLE temp.trade_flows_copy;
CREATE INDEX trade_flows_year ON trade_flows (year);

-- discrepancies ---------------------------------------------------------------------------------
CREATE TEMP TABLE discrepancies_copy AS SELECT rowid AS copy_rowid, * FROM discrepancies;
DROP TABLE discrepancies;
CREATE TABLE discrepancies (
  discrepancy_id   TEXT PRIMARY KEY CHECK (discrepancy_id NOT GLOB '*[^a-z0-9-]*'),
  title            TEXT NOT NULL,
  event_id         TEXT REFERENCES events (event_id),
  agreement_id     TEXT REFERENCES agreements (agreement_id),
  aid_delivery_id  TEXT REFERENCES aid_deliveries (aid_delivery_id),
  position_id      TEXT REFERENCES positions (position_id),
  note             TEXT NOT NULL,
  statement_id     TEXT REFERENCES statements (statement_id),
  trade_flow_id    TEXT REFERENCES trade_flows (trade_flow_id),
  CHECK ((event_id IS NOT NULL) + (agreement_id IS NOT NULL) + (aid_delivery_id IS NOT NULL) + (position_id IS NOT NULL)
       + (statement_id IS NOT NULL) + (trade_flow_id IS NOT NULL) = 1)
) STRICT;
INSERT INTO discrepancies (rowid, discrepancy_id, title, event_id, agreement_id, aid_delivery_id, position_id, note)
  SELECT copy_rowid, discrepancy_id, title, event_id, agreement_id, aid_delivery_id, position_id, note FROM temp.discrepancies_copy ORDER BY copy_rowid;
DROP TABLE temp.discrepancies_copy;
CREATE INDEX discrepancies_event ON discrepancies (event_id);
CREATE INDEX discrepancies_agreement ON discrepancies (agreement_id);
CREATE INDEX discrepancies_statement ON discrepancies (statement_id);
CREATE INDEX discrepancies_trade_flow ON discrepancies (trade_flow_id);

-- The life of an agreement, step by step and party by party: who signed, ratified, approved or
-- acceded to it and when, when it entered into force, and when it ended (#agreement lives).
CREATE TABLE agreement_actions (
  agreement_action_id  TEXT PRIMARY KEY CHECK (agreement_action_id NOT GLOB '*[^a-z0-9-]*'),
  agreement_id         TEXT NOT NULL REFERENCES agreements (agreement_id),
  action               TEXT NOT NULL CHECK (action IN ('signature', 'ratification', 'approval', 'accession', 'entry_into_force', 'suspension', 'termination')),
  -- the party that acted; NULL for a step of the agreement as a whole (entry into force, say)
  country_id           TEXT REFERENCES countries (country_id),
  organization_id      TEXT REFERENCES organizations (organization_id),
  date_earliest        TEXT CHECK (date_earliest IS NULL OR date(date_earliest) = date_earliest),
  date_latest          TEXT CHECK (date_latest IS NULL OR date(date_latest) = date_latest),
  date_precision       TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'range', 'unknown')),
  date_basis           TEXT NOT NULL CHECK (date_basis IN ('stated', 'inferred', 'derived', 'reported')),
  date_edtf            TEXT NOT NULL,
  -- how it was done, as the page says (a presidential decree, a law of parliament)
  method               TEXT,
  event_id             TEXT REFERENCES events (event_id),
  note                 TEXT,
  CHECK (country_id IS NULL OR organization_id IS NULL),
  CHECK (date_earliest IS NULL OR date_latest IS NULL OR date_earliest <= date_latest),
  CHECK (date_precision <> 'day' OR (date_earliest IS NOT NULL AND date_earliest = date_latest)),
  CHECK (date_basis <> 'reported' OR date_latest IS NOT NULL)
) STRICT;
CREATE INDEX agreement_actions_agreement ON agreement_actions (agreement_id);
CREATE INDEX agreement_actions_event ON agreement_actions (event_id);

-- How sources depend on each other: one republishes, translates, quotes or draws on another.
-- Sources joined by such relations count once when a fact's independent sources are counted.
CREATE TABLE source_relations (
  source_id          TEXT NOT NULL REFERENCES sources (source_id),
  related_source_id  TEXT NOT NULL REFERENCES sources (source_id),
  relation           TEXT NOT NULL CHECK (relation IN ('republishes', 'translates', 'quotes', 'draws_on')),
  -- stated: the page names the other as its source; apparent: the same agency story, word for word
  basis              TEXT NOT NULL CHECK (basis IN ('stated', 'apparent')),
  note               TEXT,
  PRIMARY KEY (source_id, related_source_id),
  CHECK (source_id <> related_source_id)
) STRICT;
CREATE INDEX source_relations_related ON source_relations (related_source_id);

-- citations -------------------------------------------------------------------------------------
CREATE TEMP TABLE citations_copy AS SELECT * FROM citations;
DROP TABLE citations;
CREATE TABLE citations (
  citation_id          INTEGER PRIMARY KEY,
  source_id            TEXT NOT NULL REFERENCES sources (source_id),
  paragraph            INTEGER CHECK (paragraph IS NULL OR paragraph >= 1),
  -- stated: the source says this of this row; derived: the row is identified with what the source
  -- says by reasoning (e.g. the article's undated "first meeting" taken to be a dated one)
  link_basis           TEXT NOT NULL DEFAULT 'stated' CHECK (link_basis IN ('stated', 'derived')),
  note                 TEXT,
  event_id             TEXT REFERENCES events (event_id),
  statement_id         TEXT REFERENCES statements (statement_id),
  aid_delivery_id      TEXT REFERENCES aid_deliveries (aid_delivery_id),
  agreement_id         TEXT REFERENCES agreements (agreement_id),
  position_id          TEXT REFERENCES positions (position_id),
  person_id            TEXT REFERENCES people (person_id),
  organization_id      TEXT REFERENCES organizations (organization_id),
  place_id             TEXT REFERENCES places (place_id),
  trade_flow_id        TEXT REFERENCES trade_flows (trade_flow_id),
  assessment_id        TEXT REFERENCES assessments (assessment_id),
  claim_id             TEXT REFERENCES discrepancy_claims (claim_id),
  -- where on a web page the fact is: its paragraph as stored, a heading, a table row, a caption.
  -- A locator, never a quotation.
  locator              TEXT CHECK (locator IS NULL OR length(locator) BETWEEN 3 AND 120),
  agreement_action_id  TEXT REFERENCES agreement_actions (agreement_action_id),
  CHECK ((event_id IS NOT NULL) + (statement_id IS NOT NULL) + (aid_delivery_id IS NOT NULL)
       + (agreement_id IS NOT NULL) + (position_id IS NOT NULL) + (person_id IS NOT NULL)
       + (organization_id IS NOT NULL) + (place_id IS NOT NULL) + (trade_flow_id IS NOT NULL)
       + (assessment_id IS NOT NULL) + (claim_id IS NOT NULL) + (agreement_action_id IS NOT NULL) = 1),
  CHECK (link_basis = 'stated' OR note IS NOT NULL)
) STRICT;
INSERT INTO citations (citation_id, source_id, paragraph, link_basis, note, event_id, statement_id, aid_delivery_id, agreement_id, position_id, person_id, organization_id, place_id, trade_flow_id, assessment_id, claim_id)
  SELECT citation_id, source_id, paragraph, link_basis, note, event_id, statement_id, aid_delivery_id, agreement_id, position_id, person_id, organization_id, place_id, trade_flow_id, assessment_id, claim_id FROM temp.citations_copy ORDER BY citation_id;
DROP TABLE temp.citations_copy;
CREATE INDEX citations_source ON citations (source_id);
CREATE INDEX citations_event ON citations (event_id);
CREATE INDEX citations_statement ON citations (statement_id);
CREATE INDEX citations_aid_delivery ON citations (aid_delivery_id);
CREATE INDEX citations_agreement ON citations (agreement_id);
CREATE INDEX citations_position ON citations (position_id);
CREATE INDEX citations_person ON citations (person_id);
CREATE INDEX citations_organization ON citations (organization_id);
CREATE INDEX citations_place ON citations (place_id);
CREATE INDEX citations_trade_flow ON citations (trade_flow_id);
CREATE INDEX citations_assessment ON citations (assessment_id);
CREATE INDEX citations_claim ON citations (claim_id);
CREATE INDEX citations_agreement_action ON citations (agreement_action_id);

CREATE TRIGGER citations_paragraph_only_for_article
BEFORE INSERT ON citations
WHEN NEW.paragraph IS NOT NULL AND (SELECT kind FROM sources WHERE source_id = NEW.source_id) <> 'article'
BEGIN
  SELECT RAISE(ABORT, 'citations.paragraph is only for the article');
END;

CREATE TRIGGER citations_article_needs_paragraph
BEFORE INSERT ON citations
WHEN NEW.paragraph IS NULL AND (SELECT kind FROM sources WHERE source_id = NEW.source_id) = 'article'
BEGIN
  SELECT RAISE(ABORT, 'a citation of the article names its paragraph');
END;

CREATE TRIGGER citations_paragraph_exists
BEFORE INSERT ON citations
WHEN NEW.paragraph > (SELECT paragraph_count FROM sources WHERE source_id = NEW.source_id)
BEGIN
  SELECT RAISE(ABORT, 'citations.paragraph is beyond the last paragraph of its source (sources.paragraph_count)');
END;

CREATE TRIGGER agreement_actions_date_edtf_insert
BEFORE INSERT ON agreement_actions
WHEN NOT coalesce(CASE NEW.date_precision
  WHEN 'day' THEN NEW.date_edtf IN (NEW.date_earliest, NEW.date_earliest || '~')
  WHEN 'month' THEN NEW.date_edtf = substr(NEW.date_earliest, 1, 7)
  WHEN 'year' THEN NEW.date_edtf = substr(NEW.date_earliest, 1, 4)
  WHEN 'range' THEN NEW.date_edtf IN (NEW.date_earliest || '/' || NEW.date_latest, '[' || coalesce(NEW.date_earliest, '') || '..' || coalesce(NEW.date_latest, '') || ']')
  WHEN 'unknown' THEN NEW.date_edtf = 'XXXX' AND NEW.date_earliest IS NULL AND NEW.date_latest IS NULL
  END, 0)
BEGIN
  SELECT RAISE(ABORT, 'agreement_actions.date_edtf does not agree with date_earliest, date_latest and date_precision');
END;

INSERT INTO table_docs (table_name, kind, description) VALUES ('agreement_actions', 'table', 'The life of each agreement: each signature, ratification, approval, accession, entry into force, suspension or termination, by which party, when and how.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('source_relations', 'table', 'How sources depend on each other (one republishes, translates, quotes or draws on another); related sources count once as independent support.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'publisher_kind', 'Whose voice the source is: government (a government, ministry, presidency, embassy or parliament), state_media (media a state owns), private_media (media no state owns, which says nothing of its editorial independence), international_organization, ngo, scholarly, encyclopedia, data_publisher or other.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'publisher_country_id', 'The country of the publisher (whose government, or where the outlet is based); NULL for an international body.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'locator', 'Where on the page the fact is: its paragraph in the stored copy (counted from the headline), a heading, a table row or a caption. A locator, not a quotation; NULL where it was not recorded.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'agreement_action_id', 'A step in the life of an agreement (see agreement_actions).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancies', 'statement_id', 'Statement in question.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('discrepancies', 'trade_flow_id', 'Trade flow in question (competing figures for the same period).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'action', 'signature, ratification, approval, accession, entry_into_force, suspension or termination.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'method', 'How it was done, in the page''s terms (a presidential decree, a law of parliament), where the page says.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreement_actions', 'country_id', 'The country that acted; NULL for a step of the agreement as a whole or when an organization acted.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreement_actions', 'organization_id', 'The organization that acted (a company, a ministry).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreement_actions', 'event_id', 'The event at which it was done, where there is one.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('source_relations', 'source_id', 'The dependent source.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('source_relations', 'related_source_id', 'The source it depends on.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('source_relations', 'relation', 'republishes, translates, quotes or draws_on.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('source_relations', 'basis', 'stated (the page names the other as its source) or apparent (plainly the same agency story).');
