-- 0004: provenance. A citation ties one fact (one row of one table) to one source: for the
-- article, with its paragraph number; for a web page, the source row holds the address.
-- A discrepancy records where two sources (or a source and the evidence) disagree; each side is
-- a claim with citations of its own.

CREATE TABLE discrepancies (
  discrepancy_id   TEXT PRIMARY KEY CHECK (discrepancy_id NOT GLOB '*[^a-z0-9-]*'),
  title            TEXT NOT NULL,
  event_id         TEXT REFERENCES events (event_id),
  agreement_id     TEXT REFERENCES agreements (agreement_id),
  aid_delivery_id  TEXT REFERENCES aid_deliveries (aid_delivery_id),
  position_id      TEXT REFERENCES positions (position_id),
  note             TEXT NOT NULL,
  CHECK ((event_id IS NOT NULL) + (agreement_id IS NOT NULL) + (aid_delivery_id IS NOT NULL) + (position_id IS NOT NULL) = 1)
) STRICT;
CREATE INDEX discrepancies_event ON discrepancies (event_id);
CREATE INDEX discrepancies_agreement ON discrepancies (agreement_id);

CREATE TABLE discrepancy_claims (
  claim_id        TEXT PRIMARY KEY CHECK (claim_id NOT GLOB '*[^a-z0-9-]*'),
  discrepancy_id  TEXT NOT NULL REFERENCES discrepancies (discrepancy_id),
  side            TEXT NOT NULL CHECK (side IN ('a', 'b')),
  claim           TEXT NOT NULL,
  UNIQUE (discrepancy_id, side)
) STRICT;

-- Exactly one subject column is set; subject_kind/subject_id in the citation_details view name it.
CREATE TABLE citations (
  citation_id      INTEGER PRIMARY KEY,
  source_id        TEXT NOT NULL REFERENCES sources (source_id),
  paragraph        INTEGER CHECK (paragraph IS NULL OR paragraph >= 1),
  -- stated: the source says this of this row; derived: the row is identified with what the source
  -- says by reasoning (e.g. the article's undated "first meeting" taken to be a dated one)
  link_basis       TEXT NOT NULL DEFAULT 'stated' CHECK (link_basis IN ('stated', 'derived')),
  note             TEXT,
  event_id         TEXT REFERENCES events (event_id),
  statement_id     TEXT REFERENCES statements (statement_id),
  aid_delivery_id  TEXT REFERENCES aid_deliveries (aid_delivery_id),
  agreement_id     TEXT REFERENCES agreements (agreement_id),
  position_id      TEXT REFERENCES positions (position_id),
  person_id        TEXT REFERENCES people (person_id),
  organization_id  TEXT REFERENCES organizations (organization_id),
  place_id         TEXT REFERENCES places (place_id),
  trade_flow_id    TEXT REFERENCES trade_flows (trade_flow_id),
  assessment_id    TEXT REFERENCES assessments (assessment_id),
  claim_id         TEXT REFERENCES discrepancy_claims (claim_id),
  CHECK ((event_id IS NOT NULL) + (statement_id IS NOT NULL) + (aid_delivery_id IS NOT NULL)
       + (agreement_id IS NOT NULL) + (position_id IS NOT NULL) + (person_id IS NOT NULL)
       + (organization_id IS NOT NULL) + (place_id IS NOT NULL) + (trade_flow_id IS NOT NULL)
       + (assessment_id IS NOT NULL) + (claim_id IS NOT NULL) = 1),
  CHECK (link_basis = 'stated' OR note IS NOT NULL)
) STRICT;
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

-- A paragraph number belongs to the article and to nothing else.
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
