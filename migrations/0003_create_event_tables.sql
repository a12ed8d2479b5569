-- 0003: what happened: events and who took part, statements, aid deliveries, agreements, trade
-- flows, and the article's own reading of the relationship (assessments), each with its topics.
--
-- How a date is stored (events and agreements alike):
--   date_earliest, date_latest  ISO bounds; the day lies between them (NULL = open side).
--   date_precision              day | month | year | range | unknown.
--   date_basis                  stated   - the source gives the date;
--                               inferred - the source leaves out the year, inferred from context;
--                               derived  - worked out from other dated facts;
--                               reported - only the date of the report is known (the latest bound).
--   date_edtf                   the same in Extended Date/Time Format: 2025-02-28, 2012-08,
--                               [2025-01-05..2025-02-28] (one day in a range), [..2025-06-21].
-- evidence_status says how the fact itself is known: confirmed (a named source states it),
-- reported (its page attributes it to unnamed sources), disputed (see the discrepancies table).

CREATE TABLE events (
  event_id         TEXT PRIMARY KEY CHECK (event_id NOT GLOB '*[^a-z0-9-]*'),
  date_earliest    TEXT CHECK (date_earliest IS NULL OR date(date_earliest) = date_earliest),
  date_latest      TEXT CHECK (date_latest IS NULL OR date(date_latest) = date_latest),
  date_precision   TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'range', 'unknown')),
  date_basis       TEXT NOT NULL CHECK (date_basis IN ('stated', 'inferred', 'derived', 'reported')),
  date_edtf        TEXT NOT NULL,
  cameo_code       TEXT REFERENCES cameo_codes (cameo_code),
  plover_type      TEXT CHECK (plover_type IS NULL OR plover_type IN (
                     'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
                     'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT')),
  title            TEXT NOT NULL,
  summary          TEXT NOT NULL,
  place_id         TEXT REFERENCES places (place_id),
  evidence_status  TEXT NOT NULL DEFAULT 'confirmed' CHECK (evidence_status IN ('confirmed', 'reported', 'disputed')),
  note             TEXT,
  CHECK (date_earliest IS NULL OR date_latest IS NULL OR date_earliest <= date_latest),
  CHECK (date_precision <> 'day' OR (date_earliest IS NOT NULL AND date_earliest = date_latest)),
  CHECK (date_precision <> 'month' OR (date_earliest = strftime('%Y-%m-01', date_earliest)
                                       AND date_latest = date(date_earliest, '+1 month', '-1 day'))),
  CHECK (date_precision <> 'year' OR (date_earliest = strftime('%Y-01-01', date_earliest)
                                      AND date_latest = strftime('%Y-12-31', date_earliest))),
  CHECK (date_precision <> 'range' OR date_earliest IS NOT NULL OR date_latest IS NOT NULL),
  CHECK (date_basis <> 'reported' OR date_latest IS NOT NULL),
  -- an event outside the CAMEO vocabulary (a change of government, say) says why in its note
  CHECK (cameo_code IS NOT NULL OR note IS NOT NULL)
) STRICT;
CREATE INDEX events_date ON events (date_earliest, date_latest);
CREATE INDEX events_cameo ON events (cameo_code);
CREATE INDEX events_place ON events (place_id);

CREATE TABLE event_participants (
  participant_id   INTEGER PRIMARY KEY,
  event_id         TEXT NOT NULL REFERENCES events (event_id),
  person_id        TEXT REFERENCES people (person_id),
  organization_id  TEXT REFERENCES organizations (organization_id),
  country_id       TEXT REFERENCES countries (country_id),
  role             TEXT NOT NULL CHECK (role IN (
                     'visitor', 'host', 'speaker', 'signatory', 'donor', 'recipient', 'participant',
                     'delegation_leader', 'delegation_member', 'organizer', 'distributor', 'guest',
                     'initiator', 'co_chair', 'addressee', 'subject', 'financier')),
  note             TEXT,
  CHECK ((person_id IS NOT NULL) + (organization_id IS NOT NULL) + (country_id IS NOT NULL) = 1)
) STRICT;
CREATE INDEX event_participants_event ON event_participants (event_id);
CREATE INDEX event_participants_person ON event_participants (person_id);
CREATE INDEX event_participants_organization ON event_participants (organization_id);
CREATE INDEX event_participants_country ON event_participants (country_id);

CREATE TABLE event_topics (
  event_id  TEXT NOT NULL REFERENCES events (event_id),
  topic_id  TEXT NOT NULL REFERENCES topics (topic_id),
  PRIMARY KEY (event_id, topic_id)
) STRICT;
CREATE INDEX event_topics_topic ON event_topics (topic_id);

-- Places an event involves besides its main one: another venue, a destination, a route.
CREATE TABLE event_places (
  event_id  TEXT NOT NULL REFERENCES events (event_id),
  place_id  TEXT NOT NULL REFERENCES places (place_id),
  role      TEXT NOT NULL CHECK (role IN ('also_at', 'destination', 'route')),
  PRIMARY KEY (event_id, place_id)
) STRICT;
CREATE INDEX event_places_place ON event_places (place_id);

CREATE TABLE event_relations (
  event_id          TEXT NOT NULL REFERENCES events (event_id),
  related_event_id  TEXT NOT NULL REFERENCES events (event_id),
  relation          TEXT NOT NULL CHECK (relation IN ('follows', 'part_of', 'responds_to', 'announced_by')),
  note              TEXT,
  PRIMARY KEY (event_id, related_event_id),
  CHECK (event_id <> related_event_id)
) STRICT;
CREATE INDEX event_relations_related ON event_relations (related_event_id);

-- Who said what, paraphrased, at which event.
CREATE TABLE statements (
  statement_id             TEXT PRIMARY KEY CHECK (statement_id NOT GLOB '*[^a-z0-9-]*'),
  event_id                 TEXT NOT NULL REFERENCES events (event_id),
  speaker_person_id        TEXT REFERENCES people (person_id),
  speaker_organization_id  TEXT REFERENCES organizations (organization_id),
  summary                  TEXT NOT NULL,
  note                     TEXT,
  CHECK (speaker_person_id IS NOT NULL OR speaker_organization_id IS NOT NULL)
) STRICT;
CREATE INDEX statements_event ON statements (event_id);
CREATE INDEX statements_person ON statements (speaker_person_id);
CREATE INDEX statements_organization ON statements (speaker_organization_id);

CREATE TABLE statement_topics (
  statement_id  TEXT NOT NULL REFERENCES statements (statement_id),
  topic_id      TEXT NOT NULL REFERENCES topics (topic_id),
  PRIMARY KEY (statement_id, topic_id)
) STRICT;
CREATE INDEX statement_topics_topic ON statement_topics (topic_id);

-- One row per consignment of aid; its event is the dispatch (or the handing out).
CREATE TABLE aid_deliveries (
  aid_delivery_id              TEXT PRIMARY KEY CHECK (aid_delivery_id NOT GLOB '*[^a-z0-9-]*'),
  event_id                     TEXT NOT NULL UNIQUE REFERENCES events (event_id),
  arrival_event_id             TEXT REFERENCES events (event_id),
  sequence_number              INTEGER CHECK (sequence_number IS NULL OR sequence_number >= 1),
  donor_country_id             TEXT NOT NULL REFERENCES countries (country_id),
  donor_organization_id        TEXT REFERENCES organizations (organization_id),
  recipient_country_id         TEXT NOT NULL REFERENCES countries (country_id),
  recipients                   TEXT,
  distributor_organization_id  TEXT REFERENCES organizations (organization_id),
  trucks                       INTEGER CHECK (trucks IS NULL OR trucks > 0),
  tonnes                       REAL CHECK (tonnes IS NULL OR tonnes > 0),
  tonnes_approximate           INTEGER NOT NULL DEFAULT 0 CHECK (tonnes_approximate IN (0, 1)),
  contents                     TEXT,
  route                        TEXT,
  beneficiary_count            INTEGER CHECK (beneficiary_count IS NULL OR beneficiary_count > 0),
  beneficiary_unit             TEXT CHECK (beneficiary_unit IS NULL OR beneficiary_unit IN ('families', 'children', 'people')),
  beneficiary_qualifier        TEXT CHECK (beneficiary_qualifier IS NULL OR beneficiary_qualifier IN ('exactly', 'about', 'more than')),
  note                         TEXT,
  CHECK ((beneficiary_count IS NULL) = (beneficiary_unit IS NULL)),
  CHECK (tonnes IS NOT NULL OR tonnes_approximate = 0)
) STRICT;
CREATE INDEX aid_deliveries_donor ON aid_deliveries (donor_country_id);
CREATE INDEX aid_deliveries_recipient ON aid_deliveries (recipient_country_id);

CREATE TABLE agreements (
  agreement_id          TEXT PRIMARY KEY CHECK (agreement_id NOT GLOB '*[^a-z0-9-]*'),
  title                 TEXT NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind IN (
                          'treaty', 'agreement', 'memorandum_of_understanding', 'protocol', 'declaration',
                          'document', 'document_set')),
  summary               TEXT NOT NULL,
  date_earliest         TEXT CHECK (date_earliest IS NULL OR date(date_earliest) = date_earliest),
  date_latest           TEXT CHECK (date_latest IS NULL OR date(date_latest) = date_latest),
  date_precision        TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'range', 'unknown')),
  date_basis            TEXT NOT NULL CHECK (date_basis IN ('stated', 'inferred', 'derived', 'reported')),
  date_edtf             TEXT NOT NULL,
  place_id              TEXT REFERENCES places (place_id),
  status                TEXT NOT NULL CHECK (status IN ('signed', 'initialled', 'in_force', 'expired', 'unknown')),
  part_of_agreement_id  TEXT REFERENCES agreements (agreement_id),
  document_count        INTEGER CHECK (document_count IS NULL OR document_count > 0),
  value_amount          REAL CHECK (value_amount IS NULL OR value_amount > 0),
  value_currency        TEXT CHECK (value_currency IS NULL OR value_currency IN ('USD')),
  value_approximate     INTEGER NOT NULL DEFAULT 0 CHECK (value_approximate IN (0, 1)),
  valid_until           TEXT CHECK (valid_until IS NULL OR date(valid_until) = valid_until),
  evidence_status       TEXT NOT NULL DEFAULT 'confirmed' CHECK (evidence_status IN ('confirmed', 'reported', 'disputed')),
  note                  TEXT,
  CHECK (date_earliest IS NULL OR date_latest IS NULL OR date_earliest <= date_latest),
  CHECK (date_precision <> 'day' OR (date_earliest IS NOT NULL AND date_earliest = date_latest)),
  CHECK (date_precision <> 'month' OR (date_earliest = strftime('%Y-%m-01', date_earliest)
                                       AND date_latest = date(date_earliest, '+1 month', '-1 day'))),
  CHECK (date_precision <> 'year' OR (date_earliest = strftime('%Y-01-01', date_earliest)
                                      AND date_latest = strftime('%Y-12-31', date_earliest))),
  CHECK (date_basis <> 'reported' OR date_latest IS NOT NULL),
  CHECK ((value_amount IS NULL) = (value_currency IS NULL)),
  CHECK (part_of_agreement_id IS NULL OR part_of_agreement_id <> agreement_id)
) STRICT;
CREATE INDEX agreements_date ON agreements (date_earliest);
CREATE INDEX agreements_kind ON agreements (kind);
CREATE INDEX agreements_part_of ON agreements (part_of_agreement_id);

-- The parties bound by an instrument: countries, governments, ministries, companies, bodies.
CREATE TABLE agreement_parties (
  agreement_party_id  INTEGER PRIMARY KEY,
  agreement_id        TEXT NOT NULL REFERENCES agreements (agreement_id),
  country_id          TEXT REFERENCES countries (country_id),
  organization_id     TEXT REFERENCES organizations (organization_id),
  CHECK ((country_id IS NOT NULL) + (organization_id IS NOT NULL) = 1),
  UNIQUE (agreement_id, country_id, organization_id)
) STRICT;
CREATE INDEX agreement_parties_agreement ON agreement_parties (agreement_id);
CREATE INDEX agreement_parties_country ON agreement_parties (country_id);
CREATE INDEX agreement_parties_organization ON agreement_parties (organization_id);

CREATE TABLE agreement_signatories (
  agreement_id                  TEXT NOT NULL REFERENCES agreements (agreement_id),
  person_id                     TEXT NOT NULL REFERENCES people (person_id),
  on_behalf_of_country_id       TEXT REFERENCES countries (country_id),
  on_behalf_of_organization_id  TEXT REFERENCES organizations (organization_id),
  PRIMARY KEY (agreement_id, person_id)
) STRICT;
CREATE INDEX agreement_signatories_person ON agreement_signatories (person_id);

CREATE TABLE agreement_topics (
  agreement_id  TEXT NOT NULL REFERENCES agreements (agreement_id),
  topic_id      TEXT NOT NULL REFERENCES topics (topic_id),
  PRIMARY KEY (agreement_id, topic_id)
) STRICT;
CREATE INDEX agreement_topics_topic ON agreement_topics (topic_id);

-- The events an instrument belongs to: where it was signed, what carried it out.
CREATE TABLE agreement_events (
  agreement_id  TEXT NOT NULL REFERENCES agreements (agreement_id),
  event_id      TEXT NOT NULL REFERENCES events (event_id),
  relation      TEXT NOT NULL CHECK (relation IN ('signing', 'implementation', 'mention')),
  PRIMARY KEY (agreement_id, event_id)
) STRICT;
CREATE INDEX agreement_events_event ON agreement_events (event_id);

-- Trade between two countries over a period, as the reporting body gives it.
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
  quantity_unit        TEXT CHECK (quantity_unit IS NULL OR quantity_unit IN ('million cubic metres')),
  reported_by          TEXT NOT NULL,
  note                 TEXT,
  CHECK (period_start <= period_end),
  CHECK (substr(period_start, 1, 4) = printf('%04d', year) AND substr(period_end, 1, 4) = printf('%04d', year)),
  CHECK ((quantity IS NULL) = (quantity_unit IS NULL)),
  CHECK (reporter_country_id <> partner_country_id)
) STRICT;
CREATE INDEX trade_flows_year ON trade_flows (year);

-- The article's own reading of the relationship: its history, what held it back, what drove the
-- rapprochement, where it sees room to cooperate, and its outlook. Undated analysis, not events.
CREATE TABLE assessments (
  assessment_id  TEXT PRIMARY KEY CHECK (assessment_id NOT GLOB '*[^a-z0-9-]*'),
  kind           TEXT NOT NULL CHECK (kind IN ('history', 'obstacle', 'driver', 'opportunity', 'outlook')),
  summary        TEXT NOT NULL,
  -- the actor the assessment is about, where it names one
  organization_id TEXT REFERENCES organizations (organization_id),
  period         TEXT,
  note           TEXT
) STRICT;

CREATE TABLE assessment_topics (
  assessment_id  TEXT NOT NULL REFERENCES assessments (assessment_id),
  topic_id       TEXT NOT NULL REFERENCES topics (topic_id),
  PRIMARY KEY (assessment_id, topic_id)
) STRICT;
CREATE INDEX assessment_topics_topic ON assessment_topics (topic_id);
