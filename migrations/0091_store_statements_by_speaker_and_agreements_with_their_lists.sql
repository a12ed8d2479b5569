-- 0091: the statements and the agreements stored as their public views show them, so that the
-- statements of one speaker and the agreements of one party read the rows they return side by side
-- instead of building each one again. At a million events the 336 statements of one speaker cost about
-- 14 µs each (a lookup of the statement's event, its speaker and its topics for every row, scattered
-- over a 4.6 GB file) and the 91 agreements of one organization about 44 µs each (four correlated lists
-- per row: parties, signatories, topics, dated actions).
--   statement_rows  the rows of the view statement_details, clustered (WITHOUT ROWID) by
--                   speaker_key (the speaker's id), order_key (the statements' order: the earliest day,
--                   else the latest, else ''), event_id and statement_id: one speaker's statements
--                   are one range of the key, already in the order the library returns them;
--   agreement_rows  the rows of the view agreement_details, clustered by order_key (the same rule)
--                   and agreement_id, with a unique index on agreement_id for the lookups of one party's.
-- The views statement_rows_expected and agreement_rows_expected are the definitions; triggers named
-- statement_rows_* and agreement_rows_* keep the tables equal to them row by row, and the validator
-- compares the two (rules stored_statements and stored_agreements). No public view changes.

CREATE TABLE statement_rows (
  speaker_key      TEXT NOT NULL,
  order_key        TEXT NOT NULL,
  statement_id     TEXT NOT NULL,
  event_id         TEXT NOT NULL,
  date_earliest    TEXT,
  date_latest      TEXT,
  date_edtf        TEXT,
  speaker          TEXT,
  speaker_id       TEXT,
  summary          TEXT,
  topics           TEXT,
  evidence_status  TEXT,
  note             TEXT,
  PRIMARY KEY (speaker_key, order_key, event_id, statement_id)
) WITHOUT ROWID;

CREATE UNIQUE INDEX statement_rows_statement ON statement_rows (statement_id);

CREATE VIEW statement_rows_expected AS
SELECT
  coalesce(s.speaker_id, '') AS speaker_key,
  coalesce(s.date_earliest, s.date_latest, '') AS order_key,
  s.*
FROM statement_details AS s;

INSERT INTO statement_rows SELECT * FROM statement_rows_expected ORDER BY speaker_key, order_key, event_id, statement_id;

CREATE TABLE agreement_rows (
  order_key             TEXT NOT NULL,
  agreement_id          TEXT NOT NULL,
  title                 TEXT,
  kind                  TEXT,
  date_signed           TEXT,
  date_earliest         TEXT,
  date_latest           TEXT,
  date_precision        TEXT,
  date_basis            TEXT,
  place                 TEXT,
  parties               TEXT,
  signatories           TEXT,
  status                TEXT,
  topics                TEXT,
  document_count        INTEGER,
  part_of_agreement_id  TEXT,
  value_amount          REAL,
  value_currency        TEXT,
  value_approximate     INTEGER CHECK (value_approximate IN (0, 1)),
  valid_until           TEXT,
  summary               TEXT,
  evidence_status       TEXT,
  note                  TEXT,
  registration_number   TEXT,
  text_languages        TEXT,
  text_url              TEXT,
  actions               TEXT,
  PRIMARY KEY (order_key, agreement_id)
) WITHOUT ROWID;

CREATE UNIQUE INDEX agreement_rows_agreement ON agreement_rows (agreement_id);

CREATE VIEW agreement_rows_expected AS
SELECT
  coalesce(a.date_earliest, a.date_latest, '') AS order_key,
  a.*
FROM agreement_details AS a;

INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected ORDER BY order_key, agreement_id;

-- A statement's row is read again whenever the statement or its topics change, whenever its event
-- (dates, evidence) changes, and whenever its speaker's name changes.
CREATE TRIGGER statement_rows_statements_insert AFTER INSERT ON statements BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT NEW.statement_id);
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT NEW.statement_id);
END;

CREATE TRIGGER statement_rows_statements_update AFTER UPDATE ON statements BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT OLD.statement_id UNION ALL SELECT NEW.statement_id);
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT OLD.statement_id UNION ALL SELECT NEW.statement_id);
END;

CREATE TRIGGER statement_rows_statements_delete AFTER DELETE ON statements BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT OLD.statement_id);
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT OLD.statement_id);
END;

CREATE TRIGGER statement_rows_statement_topics_insert AFTER INSERT ON statement_topics BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT NEW.statement_id);
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT NEW.statement_id);
END;

CREATE TRIGGER statement_rows_statement_topics_update AFTER UPDATE ON statement_topics BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT OLD.statement_id UNION ALL SELECT NEW.statement_id);
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT OLD.statement_id UNION ALL SELECT NEW.statement_id);
END;

CREATE TRIGGER statement_rows_statement_topics_delete AFTER DELETE ON statement_topics BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT OLD.statement_id);
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT OLD.statement_id);
END;

CREATE TRIGGER statement_rows_events_update AFTER UPDATE ON events BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT statement_id FROM statements WHERE event_id IN (OLD.event_id, NEW.event_id));
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT statement_id FROM statements WHERE event_id IN (OLD.event_id, NEW.event_id));
END;

CREATE TRIGGER statement_rows_events_delete AFTER DELETE ON events BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT statement_id FROM statements WHERE event_id = OLD.event_id);
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT statement_id FROM statements WHERE event_id = OLD.event_id);
END;

CREATE TRIGGER statement_rows_people_insert AFTER INSERT ON people BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_person_id = NEW.person_id);
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_person_id = NEW.person_id);
END;

CREATE TRIGGER statement_rows_people_update AFTER UPDATE ON people BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_person_id IN (OLD.person_id, NEW.person_id));
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_person_id IN (OLD.person_id, NEW.person_id));
END;

CREATE TRIGGER statement_rows_people_delete AFTER DELETE ON people BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_person_id = OLD.person_id);
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_person_id = OLD.person_id);
END;

CREATE TRIGGER statement_rows_organizations_insert AFTER INSERT ON organizations BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_organization_id = NEW.organization_id);
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_organization_id = NEW.organization_id);
END;

CREATE TRIGGER statement_rows_organizations_update AFTER UPDATE ON organizations BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_organization_id IN (OLD.organization_id, NEW.organization_id));
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_organization_id IN (OLD.organization_id, NEW.organization_id));
END;

CREATE TRIGGER statement_rows_organizations_delete AFTER DELETE ON organizations BEGIN
  DELETE FROM statement_rows WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_organization_id = OLD.organization_id);
  INSERT INTO statement_rows SELECT * FROM statement_rows_expected WHERE statement_id IN (SELECT statement_id FROM statements WHERE speaker_organization_id = OLD.organization_id);
END;

-- An agreement's row is read again whenever the agreement, its parties, signatories, topics or dated
-- actions change, and whenever a name the view looks up (its place, a party's or an actor's country or
-- organization, a signatory) changes.
CREATE TRIGGER agreement_rows_agreements_insert AFTER INSERT ON agreements BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT NEW.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT NEW.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreements_update AFTER UPDATE ON agreements BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT OLD.agreement_id UNION ALL SELECT NEW.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT OLD.agreement_id UNION ALL SELECT NEW.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreements_delete AFTER DELETE ON agreements BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT OLD.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT OLD.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_parties_insert AFTER INSERT ON agreement_parties BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT NEW.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT NEW.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_parties_update AFTER UPDATE ON agreement_parties BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT OLD.agreement_id UNION ALL SELECT NEW.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT OLD.agreement_id UNION ALL SELECT NEW.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_parties_delete AFTER DELETE ON agreement_parties BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT OLD.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT OLD.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_signatories_insert AFTER INSERT ON agreement_signatories BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT NEW.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT NEW.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_signatories_update AFTER UPDATE ON agreement_signatories BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT OLD.agreement_id UNION ALL SELECT NEW.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT OLD.agreement_id UNION ALL SELECT NEW.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_signatories_delete AFTER DELETE ON agreement_signatories BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT OLD.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT OLD.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_topics_insert AFTER INSERT ON agreement_topics BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT NEW.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT NEW.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_topics_update AFTER UPDATE ON agreement_topics BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT OLD.agreement_id UNION ALL SELECT NEW.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT OLD.agreement_id UNION ALL SELECT NEW.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_topics_delete AFTER DELETE ON agreement_topics BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT OLD.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT OLD.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_actions_insert AFTER INSERT ON agreement_actions BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT NEW.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT NEW.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_actions_update AFTER UPDATE ON agreement_actions BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT OLD.agreement_id UNION ALL SELECT NEW.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT OLD.agreement_id UNION ALL SELECT NEW.agreement_id);
END;

CREATE TRIGGER agreement_rows_agreement_actions_delete AFTER DELETE ON agreement_actions BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT OLD.agreement_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT OLD.agreement_id);
END;

CREATE TRIGGER agreement_rows_places_insert AFTER INSERT ON places BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreements WHERE place_id = NEW.place_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreements WHERE place_id = NEW.place_id);
END;

CREATE TRIGGER agreement_rows_places_update AFTER UPDATE ON places BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreements WHERE place_id IN (OLD.place_id, NEW.place_id));
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreements WHERE place_id IN (OLD.place_id, NEW.place_id));
END;

CREATE TRIGGER agreement_rows_places_delete AFTER DELETE ON places BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreements WHERE place_id = OLD.place_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreements WHERE place_id = OLD.place_id);
END;

CREATE TRIGGER agreement_rows_countries_insert AFTER INSERT ON countries BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE country_id = NEW.country_id UNION SELECT agreement_id FROM agreement_actions WHERE country_id = NEW.country_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE country_id = NEW.country_id UNION SELECT agreement_id FROM agreement_actions WHERE country_id = NEW.country_id);
END;

CREATE TRIGGER agreement_rows_countries_update AFTER UPDATE ON countries BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE country_id IN (OLD.country_id, NEW.country_id) UNION SELECT agreement_id FROM agreement_actions WHERE country_id IN (OLD.country_id, NEW.country_id));
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE country_id IN (OLD.country_id, NEW.country_id) UNION SELECT agreement_id FROM agreement_actions WHERE country_id IN (OLD.country_id, NEW.country_id));
END;

CREATE TRIGGER agreement_rows_countries_delete AFTER DELETE ON countries BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE country_id = OLD.country_id UNION SELECT agreement_id FROM agreement_actions WHERE country_id = OLD.country_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE country_id = OLD.country_id UNION SELECT agreement_id FROM agreement_actions WHERE country_id = OLD.country_id);
END;

CREATE TRIGGER agreement_rows_organizations_insert AFTER INSERT ON organizations BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE organization_id = NEW.organization_id UNION SELECT agreement_id FROM agreement_actions WHERE organization_id = NEW.organization_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE organization_id = NEW.organization_id UNION SELECT agreement_id FROM agreement_actions WHERE organization_id = NEW.organization_id);
END;

CREATE TRIGGER agreement_rows_organizations_update AFTER UPDATE ON organizations BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE organization_id IN (OLD.organization_id, NEW.organization_id) UNION SELECT agreement_id FROM agreement_actions WHERE organization_id IN (OLD.organization_id, NEW.organization_id));
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE organization_id IN (OLD.organization_id, NEW.organization_id) UNION SELECT agreement_id FROM agreement_actions WHERE organization_id IN (OLD.organization_id, NEW.organization_id));
END;

CREATE TRIGGER agreement_rows_organizations_delete AFTER DELETE ON organizations BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE organization_id = OLD.organization_id UNION SELECT agreement_id FROM agreement_actions WHERE organization_id = OLD.organization_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreement_parties WHERE organization_id = OLD.organization_id UNION SELECT agreement_id FROM agreement_actions WHERE organization_id = OLD.organization_id);
END;

CREATE TRIGGER agreement_rows_people_insert AFTER INSERT ON people BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreement_signatories WHERE person_id = NEW.person_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreement_signatories WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER agreement_rows_people_update AFTER UPDATE ON people BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreement_signatories WHERE person_id IN (OLD.person_id, NEW.person_id));
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreement_signatories WHERE person_id IN (OLD.person_id, NEW.person_id));
END;

CREATE TRIGGER agreement_rows_people_delete AFTER DELETE ON people BEGIN
  DELETE FROM agreement_rows WHERE agreement_id IN (SELECT agreement_id FROM agreement_signatories WHERE person_id = OLD.person_id);
  INSERT INTO agreement_rows SELECT * FROM agreement_rows_expected WHERE agreement_id IN (SELECT agreement_id FROM agreement_signatories WHERE person_id = OLD.person_id);
END;

INSERT INTO table_docs (table_name, kind, description) VALUES
  ('statement_rows', 'table', 'The rows of the view statement_details, stored when the file is built by speaker and date (speaker_key, order_key, event_id, statement_id), so that one speaker''s statements are read side by side; kept equal to statement_rows_expected by triggers and checked by the validator.'),
  ('statement_rows_expected', 'view', 'The definition of statement_rows: the view statement_details with the keys it is stored by (the validator compares the two).'),
  ('agreement_rows', 'table', 'The rows of the view agreement_details, stored when the file is built in date order (order_key, agreement_id), so that an agreement is read with its lists of parties, signatories, topics and actions without building them again; kept equal to agreement_rows_expected by triggers and checked by the validator.'),
  ('agreement_rows_expected', 'view', 'The definition of agreement_rows: the view agreement_details with the key it is stored by (the validator compares the two).');

INSERT INTO column_docs (table_name, column_name, description) VALUES
  ('statement_rows', 'speaker_key', 'The speaker''s id (a person''s or an organization''s), else the empty text.'),
  ('statement_rows', 'order_key', 'The statements'' order: the earliest day of the statement''s event, else its latest day, else the empty text.'),
  ('statement_rows_expected', 'speaker_key', 'The speaker''s id (a person''s or an organization''s), else the empty text.'),
  ('statement_rows_expected', 'order_key', 'The statements'' order: the earliest day of the statement''s event, else its latest day, else the empty text.'),
  ('agreement_rows', 'order_key', 'The agreements'' order: the earliest day, else the latest day, else the empty text.'),
  ('agreement_rows_expected', 'order_key', 'The agreements'' order: the earliest day, else the latest day, else the empty text.');

-- The stored columns are the views': described as the views describe them.
INSERT INTO column_docs (table_name, column_name, description)
SELECT t.table_name, d.column_name, d.description
FROM (SELECT 'statement_rows' AS table_name UNION ALL SELECT 'statement_rows_expected') AS t
JOIN column_docs AS d ON d.table_name = 'statement_details';

INSERT INTO column_docs (table_name, column_name, description)
SELECT t.table_name, d.column_name, d.description
FROM (SELECT 'agreement_rows' AS table_name UNION ALL SELECT 'agreement_rows_expected') AS t
JOIN column_docs AS d ON d.table_name = 'agreement_details';
