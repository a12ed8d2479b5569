-- 0053: search finds a row by every spelling the dataset records of whoever and wherever it names;
-- and a suspended mission has no head-of-mission rank in representation_by_year (at the end).
--
-- Search.
-- The issue's example: the minister recorded as Faisal al-Mikdad, Faisal Mekdad, Faisal al-Mekdad
-- and Feysal Əl-Miqdad took part in five events, and a search for "Mikdad" found the two whose text
-- spells him so, "Mekdad" three, "Miqdad" none. Now each event, statement and agreement is indexed
-- with its own text and the names of everything it names, in every recorded spelling:
--   events      its participants (people with every person_names spelling, organizations with
--               their short names, countries), the speakers of its statements, its places;
--   statements  the speaker;
--   agreements  the parties, the signatories and the place of signing.
-- name_spellings lists every recorded spelling of a person, organization, place or country; the
-- views <kind>_search_expected define what is indexed, and the full-text tables event_search,
-- statement_search and agreement_search hold it (with their own copy of the text, so that a change
-- of a name can take the old row out of the index). Triggers named <table>_… keep each table equal
-- to its definition row by row; the validator compares them (rule stored_search). events_fts,
-- statements_fts and agreements_fts stay as they are, for sqlite-utils and Datasette, which find an
-- index by its content table.

CREATE VIEW name_spellings AS
SELECT 'person' AS entity_kind, person_id AS entity_id, name AS spelling, 'name' AS origin FROM people
UNION ALL
SELECT 'person', pn.person_id, pn.name, 'person_names' FROM person_names AS pn
WHERE NOT EXISTS (SELECT 1 FROM people AS p WHERE p.person_id = pn.person_id AND p.name = pn.name)
UNION ALL
SELECT 'organization', organization_id, name, 'name' FROM organizations
UNION ALL
SELECT 'organization', organization_id, short_name, 'short_name' FROM organizations WHERE short_name IS NOT NULL AND short_name <> name
UNION ALL
SELECT 'place', place_id, name, 'name' FROM places
UNION ALL
SELECT 'country', country_id, name, 'name' FROM countries;

-- An event's names: one list, each spelling once, in binary order.
CREATE VIEW event_search_expected AS
SELECT
  e.event_id,
  e.rowid AS search_rowid,
  e.title,
  e.summary,
  (SELECT group_concat(spelling, '; ') FROM (
     SELECT DISTINCT spelling FROM (
       SELECT p.name AS spelling FROM event_participants AS ep JOIN people AS p ON p.person_id = ep.person_id WHERE ep.event_id = e.event_id
       UNION ALL SELECT pn.name FROM event_participants AS ep JOIN person_names AS pn ON pn.person_id = ep.person_id WHERE ep.event_id = e.event_id
       UNION ALL SELECT o.name FROM event_participants AS ep JOIN organizations AS o ON o.organization_id = ep.organization_id WHERE ep.event_id = e.event_id
       UNION ALL SELECT o.short_name FROM event_participants AS ep JOIN organizations AS o ON o.organization_id = ep.organization_id WHERE ep.event_id = e.event_id AND o.short_name IS NOT NULL
       UNION ALL SELECT c.name FROM event_participants AS ep JOIN countries AS c ON c.country_id = ep.country_id WHERE ep.event_id = e.event_id
       UNION ALL SELECT p.name FROM statements AS st JOIN people AS p ON p.person_id = st.speaker_person_id WHERE st.event_id = e.event_id
       UNION ALL SELECT pn.name FROM statements AS st JOIN person_names AS pn ON pn.person_id = st.speaker_person_id WHERE st.event_id = e.event_id
       UNION ALL SELECT o.name FROM statements AS st JOIN organizations AS o ON o.organization_id = st.speaker_organization_id WHERE st.event_id = e.event_id
       UNION ALL SELECT o.short_name FROM statements AS st JOIN organizations AS o ON o.organization_id = st.speaker_organization_id WHERE st.event_id = e.event_id AND o.short_name IS NOT NULL
       UNION ALL SELECT pl.name FROM places AS pl WHERE pl.place_id = e.place_id
       UNION ALL SELECT pl.name FROM event_places AS epl JOIN places AS pl ON pl.place_id = epl.place_id WHERE epl.event_id = e.event_id)
     ORDER BY spelling)) AS names
FROM events AS e;

CREATE VIEW statement_search_expected AS
SELECT
  s.statement_id,
  s.rowid AS search_rowid,
  s.summary,
  (SELECT group_concat(spelling, '; ') FROM (
     SELECT DISTINCT spelling FROM (
       SELECT p.name AS spelling FROM people AS p WHERE p.person_id = s.speaker_person_id
       UNION ALL SELECT pn.name FROM person_names AS pn WHERE pn.person_id = s.speaker_person_id
       UNION ALL SELECT o.name FROM organizations AS o WHERE o.organization_id = s.speaker_organization_id
       UNION ALL SELECT o.short_name FROM organizations AS o WHERE o.organization_id = s.speaker_organization_id AND o.short_name IS NOT NULL)
     ORDER BY spelling)) AS names
FROM statements AS s;

CREATE VIEW agreement_search_expected AS
SELECT
  a.agreement_id,
  a.rowid AS search_rowid,
  a.title,
  a.summary,
  (SELECT group_concat(spelling, '; ') FROM (
     SELECT DISTINCT spelling FROM (
       SELECT c.name AS spelling FROM agreement_parties AS ap JOIN countries AS c ON c.country_id = ap.country_id WHERE ap.agreement_id = a.agreement_id
       UNION ALL SELECT o.name FROM agreement_parties AS ap JOIN organizations AS o ON o.organization_id = ap.organization_id WHERE ap.agreement_id = a.agreement_id
       UNION ALL SELECT o.short_name FROM agreement_parties AS ap JOIN organizations AS o ON o.organization_id = ap.organization_id WHERE ap.agreement_id = a.agreement_id AND o.short_name IS NOT NULL
       UNION ALL SELECT p.name FROM agreement_signatories AS sg JOIN people AS p ON p.person_id = sg.person_id WHERE sg.agreement_id = a.agreement_id
       UNION ALL SELECT pn.name FROM agreement_signatories AS sg JOIN person_names AS pn ON pn.person_id = sg.person_id WHERE sg.agreement_id = a.agreement_id
       UNION ALL SELECT pl.name FROM places AS pl WHERE pl.place_id = a.place_id)
     ORDER BY spelling)) AS names
FROM agreements AS a;

-- The indexes: each table's rowid is its row's rowid, as in events_fts. Title weighs more than
-- summary and names in the library's ranking (bm25 weights), so that an event whose title names a
-- person ranks above one that only lists them.
CREATE VIRTUAL TABLE event_search USING fts5 (title, summary, names, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE statement_search USING fts5 (summary, names, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE agreement_search USING fts5 (title, summary, names, tokenize = 'porter unicode61 remove_diacritics 2');

INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected ORDER BY search_rowid;
INSERT INTO statement_search (rowid, summary, names) SELECT search_rowid, summary, names FROM statement_search_expected ORDER BY search_rowid;
INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected ORDER BY search_rowid;

-- Each trigger takes the rows it touches out of the index and puts them back from the definition.
-- Events.
CREATE TRIGGER event_search_events_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id = NEW.event_id;
END;
CREATE TRIGGER event_search_events_update AFTER UPDATE OF event_id, title, summary, place_id ON events BEGIN
  DELETE FROM event_search WHERE rowid IN (OLD.rowid, NEW.rowid);
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id = NEW.event_id;
END;
CREATE TRIGGER event_search_events_delete AFTER DELETE ON events BEGIN
  DELETE FROM event_search WHERE rowid = OLD.rowid;
END;

CREATE TRIGGER event_search_event_participants_insert AFTER INSERT ON event_participants BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id = NEW.event_id);
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id = NEW.event_id;
END;
CREATE TRIGGER event_search_event_participants_update AFTER UPDATE ON event_participants BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id IN (OLD.event_id, NEW.event_id));
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id IN (OLD.event_id, NEW.event_id);
END;
CREATE TRIGGER event_search_event_participants_delete AFTER DELETE ON event_participants BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id = OLD.event_id);
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id = OLD.event_id;
END;

CREATE TRIGGER event_search_event_places_insert AFTER INSERT ON event_places BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id = NEW.event_id);
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id = NEW.event_id;
END;
CREATE TRIGGER event_search_event_places_update AFTER UPDATE ON event_places BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id IN (OLD.event_id, NEW.event_id));
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id IN (OLD.event_id, NEW.event_id);
END;
CREATE TRIGGER event_search_event_places_delete AFTER DELETE ON event_places BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id = OLD.event_id);
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id = OLD.event_id;
END;

-- Statements: their own row, and the event they were made at (its speakers are among its names).
CREATE TRIGGER statement_search_statements_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statement_search (rowid, summary, names) SELECT search_rowid, summary, names FROM statement_search_expected WHERE statement_id = NEW.statement_id;
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id = NEW.event_id);
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id = NEW.event_id;
END;
CREATE TRIGGER statement_search_statements_update AFTER UPDATE ON statements BEGIN
  DELETE FROM statement_search WHERE rowid IN (OLD.rowid, NEW.rowid);
  INSERT INTO statement_search (rowid, summary, names) SELECT search_rowid, summary, names FROM statement_search_expected WHERE statement_id = NEW.statement_id;
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id IN (OLD.event_id, NEW.event_id));
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id IN (OLD.event_id, NEW.event_id);
END;
CREATE TRIGGER statement_search_statements_delete AFTER DELETE ON statements BEGIN
  DELETE FROM statement_search WHERE rowid = OLD.rowid;
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id = OLD.event_id);
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id = OLD.event_id;
END;

-- Agreements, their parties and signatories.
CREATE TRIGGER agreement_search_agreements_insert AFTER INSERT ON agreements BEGIN
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id = NEW.agreement_id;
END;
CREATE TRIGGER agreement_search_agreements_update AFTER UPDATE OF agreement_id, title, summary, place_id ON agreements BEGIN
  DELETE FROM agreement_search WHERE rowid IN (OLD.rowid, NEW.rowid);
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id = NEW.agreement_id;
END;
CREATE TRIGGER agreement_search_agreements_delete AFTER DELETE ON agreements BEGIN
  DELETE FROM agreement_search WHERE rowid = OLD.rowid;
END;

CREATE TRIGGER agreement_search_agreement_parties_insert AFTER INSERT ON agreement_parties BEGIN
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id = NEW.agreement_id);
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id = NEW.agreement_id;
END;
CREATE TRIGGER agreement_search_agreement_parties_update AFTER UPDATE ON agreement_parties BEGIN
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id));
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
END;
CREATE TRIGGER agreement_search_agreement_parties_delete AFTER DELETE ON agreement_parties BEGIN
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id = OLD.agreement_id);
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id = OLD.agreement_id;
END;

CREATE TRIGGER agreement_search_agreement_signatories_insert AFTER INSERT ON agreement_signatories BEGIN
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id = NEW.agreement_id);
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id = NEW.agreement_id;
END;
CREATE TRIGGER agreement_search_agreement_signatories_update AFTER UPDATE ON agreement_signatories BEGIN
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id));
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id);
END;
CREATE TRIGGER agreement_search_agreement_signatories_delete AFTER DELETE ON agreement_signatories BEGIN
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id = OLD.agreement_id);
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id = OLD.agreement_id;
END;

-- A spelling added, corrected or removed: every row that names that person, organization, place or
-- country, in any of the three indexes. (One trigger per table and change, named for the index it
-- starts from; each refreshes the rows of all three that name the entity.)
CREATE TRIGGER event_search_people_update AFTER UPDATE OF person_id, name ON people BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE person_id IN (OLD.person_id, NEW.person_id)
    UNION SELECT event_id FROM statements WHERE speaker_person_id IN (OLD.person_id, NEW.person_id)));
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE person_id IN (OLD.person_id, NEW.person_id)
    UNION SELECT event_id FROM statements WHERE speaker_person_id IN (OLD.person_id, NEW.person_id));
  DELETE FROM statement_search WHERE rowid IN (SELECT rowid FROM statements WHERE speaker_person_id IN (OLD.person_id, NEW.person_id));
  INSERT INTO statement_search (rowid, summary, names) SELECT search_rowid, summary, names FROM statement_search_expected WHERE statement_id IN (
    SELECT statement_id FROM statements WHERE speaker_person_id IN (OLD.person_id, NEW.person_id));
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_signatories WHERE person_id IN (OLD.person_id, NEW.person_id)));
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_signatories WHERE person_id IN (OLD.person_id, NEW.person_id));
END;

CREATE TRIGGER event_search_person_names_insert AFTER INSERT ON person_names BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE person_id IN (NEW.person_id)
    UNION SELECT event_id FROM statements WHERE speaker_person_id IN (NEW.person_id)));
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE person_id IN (NEW.person_id)
    UNION SELECT event_id FROM statements WHERE speaker_person_id IN (NEW.person_id));
  DELETE FROM statement_search WHERE rowid IN (SELECT rowid FROM statements WHERE speaker_person_id IN (NEW.person_id));
  INSERT INTO statement_search (rowid, summary, names) SELECT search_rowid, summary, names FROM statement_search_expected WHERE statement_id IN (
    SELECT statement_id FROM statements WHERE speaker_person_id IN (NEW.person_id));
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_signatories WHERE person_id IN (NEW.person_id)));
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_signatories WHERE person_id IN (NEW.person_id));
END;

CREATE TRIGGER event_search_person_names_update AFTER UPDATE ON person_names BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE person_id IN (OLD.person_id, NEW.person_id)
    UNION SELECT event_id FROM statements WHERE speaker_person_id IN (OLD.person_id, NEW.person_id)));
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE person_id IN (OLD.person_id, NEW.person_id)
    UNION SELECT event_id FROM statements WHERE speaker_person_id IN (OLD.person_id, NEW.person_id));
  DELETE FROM statement_search WHERE rowid IN (SELECT rowid FROM statements WHERE speaker_person_id IN (OLD.person_id, NEW.person_id));
  INSERT INTO statement_search (rowid, summary, names) SELECT search_rowid, summary, names FROM statement_search_expected WHERE statement_id IN (
    SELECT statement_id FROM statements WHERE speaker_person_id IN (OLD.person_id, NEW.person_id));
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_signatories WHERE person_id IN (OLD.person_id, NEW.person_id)));
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_signatories WHERE person_id IN (OLD.person_id, NEW.person_id));
END;

CREATE TRIGGER event_search_person_names_delete AFTER DELETE ON person_names BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE person_id IN (OLD.person_id)
    UNION SELECT event_id FROM statements WHERE speaker_person_id IN (OLD.person_id)));
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE person_id IN (OLD.person_id)
    UNION SELECT event_id FROM statements WHERE speaker_person_id IN (OLD.person_id));
  DELETE FROM statement_search WHERE rowid IN (SELECT rowid FROM statements WHERE speaker_person_id IN (OLD.person_id));
  INSERT INTO statement_search (rowid, summary, names) SELECT search_rowid, summary, names FROM statement_search_expected WHERE statement_id IN (
    SELECT statement_id FROM statements WHERE speaker_person_id IN (OLD.person_id));
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_signatories WHERE person_id IN (OLD.person_id)));
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_signatories WHERE person_id IN (OLD.person_id));
END;

CREATE TRIGGER event_search_organizations_update AFTER UPDATE OF organization_id, name, short_name ON organizations BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE organization_id IN (OLD.organization_id, NEW.organization_id)
    UNION SELECT event_id FROM statements WHERE speaker_organization_id IN (OLD.organization_id, NEW.organization_id)));
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE organization_id IN (OLD.organization_id, NEW.organization_id)
    UNION SELECT event_id FROM statements WHERE speaker_organization_id IN (OLD.organization_id, NEW.organization_id));
  DELETE FROM statement_search WHERE rowid IN (SELECT rowid FROM statements WHERE speaker_organization_id IN (OLD.organization_id, NEW.organization_id));
  INSERT INTO statement_search (rowid, summary, names) SELECT search_rowid, summary, names FROM statement_search_expected WHERE statement_id IN (
    SELECT statement_id FROM statements WHERE speaker_organization_id IN (OLD.organization_id, NEW.organization_id));
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_parties WHERE organization_id IN (OLD.organization_id, NEW.organization_id)));
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_parties WHERE organization_id IN (OLD.organization_id, NEW.organization_id));
END;

CREATE TRIGGER event_search_places_update AFTER UPDATE OF place_id, name ON places BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id IN (
    SELECT event_id FROM events WHERE place_id IN (OLD.place_id, NEW.place_id)
    UNION SELECT event_id FROM event_places WHERE place_id IN (OLD.place_id, NEW.place_id)));
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id IN (
    SELECT event_id FROM events WHERE place_id IN (OLD.place_id, NEW.place_id)
    UNION SELECT event_id FROM event_places WHERE place_id IN (OLD.place_id, NEW.place_id));
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE place_id IN (OLD.place_id, NEW.place_id));
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id IN (
    SELECT agreement_id FROM agreements WHERE place_id IN (OLD.place_id, NEW.place_id));
END;

CREATE TRIGGER event_search_countries_update AFTER UPDATE OF country_id, name ON countries BEGIN
  DELETE FROM event_search WHERE rowid IN (SELECT rowid FROM events WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE country_id IN (OLD.country_id, NEW.country_id)));
  INSERT INTO event_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM event_search_expected WHERE event_id IN (
    SELECT event_id FROM event_participants WHERE country_id IN (OLD.country_id, NEW.country_id));
  DELETE FROM agreement_search WHERE rowid IN (SELECT rowid FROM agreements WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_parties WHERE country_id IN (OLD.country_id, NEW.country_id)));
  INSERT INTO agreement_search (rowid, title, summary, names) SELECT search_rowid, title, summary, names FROM agreement_search_expected WHERE agreement_id IN (
    SELECT agreement_id FROM agreement_parties WHERE country_id IN (OLD.country_id, NEW.country_id));
END;

INSERT INTO table_docs (table_name, kind, description) VALUES
  ('name_spellings', 'view', 'Every recorded spelling of each person (people.name and person_names), organization (name and short name), place and country: what search finds them by.'),
  ('event_search_expected', 'view', 'What the search index event_search holds per event: its title and summary, and every recorded spelling of its participants, the speakers of its statements and its places; the validator compares the two.'),
  ('statement_search_expected', 'view', 'What the search index statement_search holds per statement: its summary and every recorded spelling of its speaker; the validator compares the two.'),
  ('agreement_search_expected', 'view', 'What the search index agreement_search holds per agreement: its title and summary, and every recorded spelling of its parties, signatories and place of signing; the validator compares the two.');

INSERT INTO column_docs (table_name, column_name, description) VALUES
  ('name_spellings', 'entity_kind', 'What is named: person, organization, place or country.'),
  ('name_spellings', 'entity_id', 'Its key (person_id, organization_id, place_id or country_id).'),
  ('name_spellings', 'spelling', 'One recorded spelling of its name, in any script.'),
  ('name_spellings', 'origin', 'Where the spelling is recorded: name (the row''s own name), short_name (an organization''s) or person_names.'),
  ('event_search_expected', 'search_rowid', 'The event''s rowid, which is its row''s rowid in the search index.'),
  ('event_search_expected', 'names', 'Every recorded spelling of the event''s participants (people, organizations, countries), of the speakers of its statements and of its places, each once, joined with "; ".'),
  ('statement_search_expected', 'search_rowid', 'The statement''s rowid, which is its row''s rowid in the search index.'),
  ('statement_search_expected', 'names', 'Every recorded spelling of the speaker (a person or an organization), each once, joined with "; ".'),
  ('agreement_search_expected', 'search_rowid', 'The agreement''s rowid, which is its row''s rowid in the search index.'),
  ('agreement_search_expected', 'names', 'Every recorded spelling of the parties, the signatories and the place of signing, each once, joined with "; ".');

-- representation_by_year: a mission suspended (or closed, or never opened) at the end of a year has
-- no head of mission that year, even where an ambassador's term is still running by the sources'
-- bounds (the embassy in Damascus, suspended in 2012, showed its ambassador as head of mission in
-- 2012 and 2013). The rank is now given only for an open mission, as cow_dip_level already was.
-- Same columns, same rows; only head_of_mission_rank changes, to NULL where the mission is not open.
DROP VIEW representation_by_year;
CREATE VIEW representation_by_year AS
SELECT
  r.year,
  r.sending_country_id,
  r.receiving_country_id,
  r.status_at_year_end,
  r.changes_in_year,
  CASE WHEN r.status_at_year_end = 'open' THEN r.rank_held END AS head_of_mission_rank,
  CASE WHEN r.status_at_year_end = 'open' THEN coalesce(r.rank_level, 0) ELSE 0 END AS cow_dip_level
FROM (
  SELECT
    y.year,
    p.sending_country_id,
    p.receiving_country_id,
    coalesce((
      SELECT mc.status FROM mission_changes AS mc JOIN events AS e ON e.event_id = mc.event_id
      WHERE mc.sending_country_id = p.sending_country_id AND mc.receiving_country_id = p.receiving_country_id
        AND coalesce(e.date_latest, e.date_earliest) <= y.last_day
      ORDER BY coalesce(e.date_latest, e.date_earliest) DESC, e.event_id DESC LIMIT 1), 'absent') AS status_at_year_end,
    (SELECT count(*) FROM mission_changes AS mc JOIN events AS e ON e.event_id = mc.event_id
     WHERE mc.sending_country_id = p.sending_country_id AND mc.receiving_country_id = p.receiving_country_id
       AND coalesce(e.date_latest, e.date_earliest) BETWEEN y.first_day AND y.last_day) AS changes_in_year,
    (SELECT po.diplomatic_rank FROM positions AS po JOIN organizations AS o ON o.organization_id = po.organization_id
     WHERE o.kind = 'embassy' AND o.country_id = p.sending_country_id AND po.diplomatic_rank IS NOT NULL
       AND o.place_id IN (SELECT place_id FROM places WHERE country_id = p.receiving_country_id)
       AND po.start_latest <= y.last_day AND (po.end_earliest >= y.last_day OR po.end_basis = 'ongoing')
     ORDER BY CASE po.diplomatic_rank WHEN 'ambassador' THEN 3 WHEN 'minister' THEN 2 ELSE 1 END DESC LIMIT 1) AS rank_held,
    (SELECT max(CASE po.diplomatic_rank WHEN 'ambassador' THEN 3 WHEN 'minister' THEN 2 ELSE 1 END) FROM positions AS po JOIN organizations AS o ON o.organization_id = po.organization_id
     WHERE o.kind = 'embassy' AND o.country_id = p.sending_country_id AND po.diplomatic_rank IS NOT NULL
       AND o.place_id IN (SELECT place_id FROM places WHERE country_id = p.receiving_country_id)
       AND po.start_latest <= y.last_day AND (po.end_earliest >= y.last_day OR po.end_basis = 'ongoing')) AS rank_level
  FROM dataset_years AS y
  CROSS JOIN (SELECT 'AZE' AS sending_country_id, 'SYR' AS receiving_country_id UNION ALL SELECT 'SYR', 'AZE') AS p
  WHERE y.year >= 1992) AS r;

UPDATE column_docs SET description = 'The rank of the head of mission certainly in office on 31 December (ambassador, minister, charge_d_affaires) when the mission is open then; NULL for none, and for a mission suspended, closed or never opened.'
WHERE table_name = 'representation_by_year' AND column_name = 'head_of_mission_rank';
