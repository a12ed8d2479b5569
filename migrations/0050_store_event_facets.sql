-- 0050: what each event shows, stored when the file is built, so that reading an event costs what
-- reading its row costs. The timeline view computed six correlated sub-queries per row (among them
-- the independent-source count, a recursive walk of source_relations per citation): 50-94 µs per
-- row at a million events. event_facets holds their results, one row per event, and
-- event_year_tallies the events counted by quad class, first and last possible year, evidence and
-- article citation, so that counts per year read a few hundred rows instead of every event.
--
-- Both are kept exact row by row: the triggers below recompute an event's facets from
-- event_facets_expected (the definition, a view) whenever anything it reads changes, and the
-- tallies follow event_facets. The validator compares both with their definitions (rule
-- stored_facets). No public view changes its columns or its rows: timeline and
-- event_counts_by_year read the stored values instead of computing them.

CREATE TABLE event_facets (
  event_id               TEXT PRIMARY KEY,
  other_places           TEXT,
  participants           TEXT,
  participant_countries  TEXT,
  topics                 TEXT,
  article_paragraphs     TEXT,
  independent_sources    INTEGER NOT NULL,
  quad_class             INTEGER NOT NULL,
  year_earliest          INTEGER NOT NULL,
  year_latest            INTEGER NOT NULL,
  reported               INTEGER NOT NULL CHECK (reported IN (0, 1)),
  article_cited          INTEGER NOT NULL CHECK (article_cited IN (0, 1))
) STRICT;

CREATE TABLE event_year_tallies (
  quad_class     INTEGER NOT NULL,
  year_earliest  INTEGER NOT NULL,
  year_latest    INTEGER NOT NULL,
  reported       INTEGER NOT NULL CHECK (reported IN (0, 1)),
  article_cited  INTEGER NOT NULL CHECK (article_cited IN (0, 1)),
  events         INTEGER NOT NULL CHECK (events > 0),
  PRIMARY KEY (quad_class, year_earliest, year_latest, reported, article_cited)
) STRICT;

-- The definition of event_facets: the timeline's lists exactly as the timeline view computed them
-- (0026), and what the counts per year group events by (an open bound is year 0 or 9999).
CREATE VIEW event_facets_expected AS
SELECT
  e.event_id,
  (SELECT group_concat(label, '; ') FROM (
     SELECT op.name || ' (' || ep.role || ')' AS label FROM event_places AS ep JOIN places AS op ON op.place_id = ep.place_id
     WHERE ep.event_id = e.event_id ORDER BY ep.role, op.name)) AS other_places,
  (SELECT group_concat(label, '; ') FROM (
     SELECT l.name || ' (' || l.role || ')' AS label FROM participant_labels AS l
     WHERE l.event_id = e.event_id AND l.participant_kind <> 'country'
     ORDER BY l.participant_id)) AS participants,
  (SELECT group_concat(label, '; ') FROM (
     SELECT l.name || ' (' || l.role || ')' AS label FROM participant_labels AS l
     WHERE l.event_id = e.event_id AND l.participant_kind = 'country'
     ORDER BY l.participant_id)) AS participant_countries,
  (SELECT group_concat(topic_id, '; ') FROM (
     SELECT et.topic_id FROM event_topics AS et WHERE et.event_id = e.event_id ORDER BY et.topic_id)) AS topics,
  (SELECT group_concat(paragraph, '; ') FROM (
     SELECT DISTINCT ci.paragraph FROM citations AS ci
     WHERE ci.event_id = e.event_id AND ci.paragraph IS NOT NULL ORDER BY ci.paragraph)) AS article_paragraphs,
  (SELECT count(DISTINCT sg.group_id) FROM citations AS ci JOIN source_groups AS sg ON sg.source_id = ci.source_id
   WHERE ci.event_id = e.event_id) AS independent_sources,
  coalesce(cr.quad_class, 0) AS quad_class,
  coalesce(CAST(substr(e.date_earliest, 1, 4) AS INTEGER), 0) AS year_earliest,
  coalesce(CAST(substr(e.date_latest, 1, 4) AS INTEGER), 9999) AS year_latest,
  e.evidence_status = 'reported' AS reported,
  EXISTS (SELECT 1 FROM citations AS fc JOIN sources AS fs ON fs.source_id = fc.source_id
          WHERE fc.event_id = e.event_id AND fs.kind = 'article') AS article_cited
FROM events AS e
LEFT JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code
LEFT JOIN cameo_roots AS cr ON cr.root_code = cc.root_code;

INSERT INTO event_facets SELECT * FROM event_facets_expected;

INSERT INTO event_year_tallies (quad_class, year_earliest, year_latest, reported, article_cited, events)
SELECT quad_class, year_earliest, year_latest, reported, article_cited, count(*)
FROM event_facets GROUP BY quad_class, year_earliest, year_latest, reported, article_cited;

-- The tallies follow event_facets (whose rows are replaced, never updated in place, by the triggers
-- below; an update is handled as a delete and an insert all the same).
CREATE TRIGGER event_facets_tally_insert AFTER INSERT ON event_facets BEGIN
  INSERT INTO event_year_tallies (quad_class, year_earliest, year_latest, reported, article_cited, events)
  VALUES (NEW.quad_class, NEW.year_earliest, NEW.year_latest, NEW.reported, NEW.article_cited, 1)
  ON CONFLICT (quad_class, year_earliest, year_latest, reported, article_cited) DO UPDATE SET events = events + 1;
END;

CREATE TRIGGER event_facets_tally_delete AFTER DELETE ON event_facets BEGIN
  DELETE FROM event_year_tallies
  WHERE quad_class = OLD.quad_class AND year_earliest = OLD.year_earliest AND year_latest = OLD.year_latest
    AND reported = OLD.reported AND article_cited = OLD.article_cited AND events = 1;
  UPDATE event_year_tallies SET events = events - 1
  WHERE quad_class = OLD.quad_class AND year_earliest = OLD.year_earliest AND year_latest = OLD.year_latest
    AND reported = OLD.reported AND article_cited = OLD.article_cited;
END;

CREATE TRIGGER event_facets_tally_update AFTER UPDATE ON event_facets BEGIN
  DELETE FROM event_year_tallies
  WHERE quad_class = OLD.quad_class AND year_earliest = OLD.year_earliest AND year_latest = OLD.year_latest
    AND reported = OLD.reported AND article_cited = OLD.article_cited AND events = 1;
  UPDATE event_year_tallies SET events = events - 1
  WHERE quad_class = OLD.quad_class AND year_earliest = OLD.year_earliest AND year_latest = OLD.year_latest
    AND reported = OLD.reported AND article_cited = OLD.article_cited;
  INSERT INTO event_year_tallies (quad_class, year_earliest, year_latest, reported, article_cited, events)
  VALUES (NEW.quad_class, NEW.year_earliest, NEW.year_latest, NEW.reported, NEW.article_cited, 1)
  ON CONFLICT (quad_class, year_earliest, year_latest, reported, article_cited) DO UPDATE SET events = events + 1;
END;

-- An event's facets are recomputed whenever a row they read is added, changed or removed. Each
-- trigger names the events it touches; those rows are deleted and read again from the definition.
CREATE TRIGGER event_facets_events_insert AFTER INSERT ON events BEGIN
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id = NEW.event_id;
END;

CREATE TRIGGER event_facets_events_update AFTER UPDATE OF event_id, date_earliest, date_latest, cameo_code, evidence_status ON events BEGIN
  DELETE FROM event_facets WHERE event_id IN (OLD.event_id, NEW.event_id);
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id = NEW.event_id;
END;

CREATE TRIGGER event_facets_events_delete AFTER DELETE ON events BEGIN
  DELETE FROM event_facets WHERE event_id = OLD.event_id;
END;

CREATE TRIGGER event_facets_event_participants_insert AFTER INSERT ON event_participants BEGIN
  DELETE FROM event_facets WHERE event_id = NEW.event_id;
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id = NEW.event_id;
END;

CREATE TRIGGER event_facets_event_participants_update AFTER UPDATE ON event_participants BEGIN
  DELETE FROM event_facets WHERE event_id IN (OLD.event_id, NEW.event_id);
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id IN (OLD.event_id, NEW.event_id);
END;

CREATE TRIGGER event_facets_event_participants_delete AFTER DELETE ON event_participants BEGIN
  DELETE FROM event_facets WHERE event_id = OLD.event_id;
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id = OLD.event_id;
END;

CREATE TRIGGER event_facets_event_places_insert AFTER INSERT ON event_places BEGIN
  DELETE FROM event_facets WHERE event_id = NEW.event_id;
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id = NEW.event_id;
END;

CREATE TRIGGER event_facets_event_places_update AFTER UPDATE ON event_places BEGIN
  DELETE FROM event_facets WHERE event_id IN (OLD.event_id, NEW.event_id);
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id IN (OLD.event_id, NEW.event_id);
END;

CREATE TRIGGER event_facets_event_places_delete AFTER DELETE ON event_places BEGIN
  DELETE FROM event_facets WHERE event_id = OLD.event_id;
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id = OLD.event_id;
END;

CREATE TRIGGER event_facets_event_topics_insert AFTER INSERT ON event_topics BEGIN
  DELETE FROM event_facets WHERE event_id = NEW.event_id;
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id = NEW.event_id;
END;

CREATE TRIGGER event_facets_event_topics_update AFTER UPDATE ON event_topics BEGIN
  DELETE FROM event_facets WHERE event_id IN (OLD.event_id, NEW.event_id);
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id IN (OLD.event_id, NEW.event_id);
END;

CREATE TRIGGER event_facets_event_topics_delete AFTER DELETE ON event_topics BEGIN
  DELETE FROM event_facets WHERE event_id = OLD.event_id;
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id = OLD.event_id;
END;

CREATE TRIGGER event_facets_citations_insert AFTER INSERT ON citations WHEN NEW.event_id IS NOT NULL BEGIN
  DELETE FROM event_facets WHERE event_id = NEW.event_id;
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id = NEW.event_id;
END;

CREATE TRIGGER event_facets_citations_update AFTER UPDATE ON citations WHEN OLD.event_id IS NOT NULL OR NEW.event_id IS NOT NULL BEGIN
  DELETE FROM event_facets WHERE event_id IN (OLD.event_id, NEW.event_id);
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id IN (OLD.event_id, NEW.event_id);
END;

CREATE TRIGGER event_facets_citations_delete AFTER DELETE ON citations WHEN OLD.event_id IS NOT NULL BEGIN
  DELETE FROM event_facets WHERE event_id = OLD.event_id;
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id = OLD.event_id;
END;

-- Names shown in the lists.
CREATE TRIGGER event_facets_people_update AFTER UPDATE OF person_id, name ON people BEGIN
  DELETE FROM event_facets WHERE event_id IN (SELECT event_id FROM event_participants WHERE person_id IN (OLD.person_id, NEW.person_id));
  INSERT INTO event_facets SELECT * FROM event_facets_expected
  WHERE event_id IN (SELECT event_id FROM event_participants WHERE person_id IN (OLD.person_id, NEW.person_id));
END;

CREATE TRIGGER event_facets_organizations_update AFTER UPDATE OF organization_id, name ON organizations BEGIN
  DELETE FROM event_facets WHERE event_id IN (SELECT event_id FROM event_participants WHERE organization_id IN (OLD.organization_id, NEW.organization_id));
  INSERT INTO event_facets SELECT * FROM event_facets_expected
  WHERE event_id IN (SELECT event_id FROM event_participants WHERE organization_id IN (OLD.organization_id, NEW.organization_id));
END;

CREATE TRIGGER event_facets_countries_update AFTER UPDATE OF country_id, name ON countries BEGIN
  DELETE FROM event_facets WHERE event_id IN (SELECT event_id FROM event_participants WHERE country_id IN (OLD.country_id, NEW.country_id));
  INSERT INTO event_facets SELECT * FROM event_facets_expected
  WHERE event_id IN (SELECT event_id FROM event_participants WHERE country_id IN (OLD.country_id, NEW.country_id));
END;

CREATE TRIGGER event_facets_places_update AFTER UPDATE OF place_id, name ON places BEGIN
  DELETE FROM event_facets WHERE event_id IN (SELECT event_id FROM event_places WHERE place_id IN (OLD.place_id, NEW.place_id));
  INSERT INTO event_facets SELECT * FROM event_facets_expected
  WHERE event_id IN (SELECT event_id FROM event_places WHERE place_id IN (OLD.place_id, NEW.place_id));
END;

-- The quad class of a code, and a source's kind (the article filter).
CREATE TRIGGER event_facets_cameo_codes_update AFTER UPDATE OF cameo_code, root_code ON cameo_codes BEGIN
  DELETE FROM event_facets WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code IN (OLD.cameo_code, NEW.cameo_code));
  INSERT INTO event_facets SELECT * FROM event_facets_expected
  WHERE event_id IN (SELECT event_id FROM events WHERE cameo_code IN (OLD.cameo_code, NEW.cameo_code));
END;

CREATE TRIGGER event_facets_cameo_roots_update AFTER UPDATE OF root_code, quad_class ON cameo_roots BEGIN
  DELETE FROM event_facets WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code WHERE cc.root_code IN (OLD.root_code, NEW.root_code));
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id IN (
    SELECT e.event_id FROM events AS e JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code WHERE cc.root_code IN (OLD.root_code, NEW.root_code));
END;

CREATE TRIGGER event_facets_sources_update AFTER UPDATE OF source_id, kind ON sources BEGIN
  DELETE FROM event_facets WHERE event_id IN (SELECT event_id FROM citations WHERE source_id IN (OLD.source_id, NEW.source_id) AND event_id IS NOT NULL);
  INSERT INTO event_facets SELECT * FROM event_facets_expected
  WHERE event_id IN (SELECT event_id FROM citations WHERE source_id IN (OLD.source_id, NEW.source_id) AND event_id IS NOT NULL);
END;

-- A relation between two sources joins their groups (or, removed, may split one): the events citing
-- any source of the groups concerned, after the change, are recomputed.
CREATE TRIGGER event_facets_source_relations_insert AFTER INSERT ON source_relations BEGIN
  DELETE FROM event_facets WHERE event_id IN (
    SELECT ci.event_id FROM citations AS ci JOIN source_groups AS sg ON sg.source_id = ci.source_id
    WHERE ci.event_id IS NOT NULL AND sg.group_id = (SELECT group_id FROM source_groups WHERE source_id = NEW.source_id));
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id IN (
    SELECT ci.event_id FROM citations AS ci JOIN source_groups AS sg ON sg.source_id = ci.source_id
    WHERE ci.event_id IS NOT NULL AND sg.group_id = (SELECT group_id FROM source_groups WHERE source_id = NEW.source_id));
END;

CREATE TRIGGER event_facets_source_relations_update AFTER UPDATE ON source_relations BEGIN
  DELETE FROM event_facets WHERE event_id IN (
    SELECT ci.event_id FROM citations AS ci JOIN source_groups AS sg ON sg.source_id = ci.source_id
    WHERE ci.event_id IS NOT NULL AND sg.group_id IN (SELECT group_id FROM source_groups
      WHERE source_id IN (OLD.source_id, OLD.related_source_id, NEW.source_id, NEW.related_source_id)));
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id IN (
    SELECT ci.event_id FROM citations AS ci JOIN source_groups AS sg ON sg.source_id = ci.source_id
    WHERE ci.event_id IS NOT NULL AND sg.group_id IN (SELECT group_id FROM source_groups
      WHERE source_id IN (OLD.source_id, OLD.related_source_id, NEW.source_id, NEW.related_source_id)));
END;

CREATE TRIGGER event_facets_source_relations_delete AFTER DELETE ON source_relations BEGIN
  DELETE FROM event_facets WHERE event_id IN (
    SELECT ci.event_id FROM citations AS ci JOIN source_groups AS sg ON sg.source_id = ci.source_id
    WHERE ci.event_id IS NOT NULL AND sg.group_id IN (SELECT group_id FROM source_groups WHERE source_id IN (OLD.source_id, OLD.related_source_id)));
  INSERT INTO event_facets SELECT * FROM event_facets_expected WHERE event_id IN (
    SELECT ci.event_id FROM citations AS ci JOIN source_groups AS sg ON sg.source_id = ci.source_id
    WHERE ci.event_id IS NOT NULL AND sg.group_id IN (SELECT group_id FROM source_groups WHERE source_id IN (OLD.source_id, OLD.related_source_id)));
END;

-- The timeline reads the stored lists: same columns, same rows, same order.
DROP VIEW timeline;
CREATE VIEW timeline AS
SELECT
  e.event_id,
  e.date_earliest,
  e.date_latest,
  e.date_edtf,
  e.date_precision,
  e.date_basis,
  e.cameo_code,
  cc.name AS event_type,
  cc.root_code AS cameo_root,
  cr.quad_class,
  e.plover_type,
  e.title,
  e.summary,
  pl.name AS place,
  co.name AS country,
  ef.other_places,
  ef.participants,
  ef.participant_countries,
  ef.topics,
  e.evidence_status,
  ef.article_paragraphs,
  e.note,
  gs.goldstein,
  e.plover_mode,
  e.plover_context,
  e.visit_kind,
  e.visit_level,
  ef.independent_sources
FROM events AS e
LEFT JOIN event_facets AS ef ON ef.event_id = e.event_id
LEFT JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code
LEFT JOIN cameo_roots AS cr ON cr.root_code = cc.root_code
LEFT JOIN goldstein_scale AS gs ON gs.cameo_code = e.cameo_code
LEFT JOIN places AS pl ON pl.place_id = e.place_id
LEFT JOIN countries AS co ON co.country_id = pl.country_id
ORDER BY coalesce(e.date_earliest, e.date_latest), e.date_latest, e.event_id;

-- The counts per year read the tallies: a few rows per quad class instead of every event per cell.
DROP VIEW event_counts_by_year;
CREATE VIEW event_counts_by_year AS
SELECT
  y.year,
  q.quad_class,
  (SELECT coalesce(sum(t.events), 0) FROM event_year_tallies AS t
   WHERE t.quad_class = q.quad_class AND t.year_earliest = y.year AND t.year_latest = y.year) AS certain,
  (SELECT coalesce(sum(t.events), 0) FROM event_year_tallies AS t
   WHERE t.quad_class = q.quad_class AND t.year_earliest <= y.year AND t.year_latest >= y.year) AS possible,
  (SELECT coalesce(sum(t.events), 0) FROM event_year_tallies AS t
   WHERE t.quad_class = q.quad_class AND t.year_earliest <= y.year AND t.year_latest >= y.year
     AND (t.year_earliest = 0 OR t.year_latest = 9999)) AS open_ended
FROM dataset_years AS y
CROSS JOIN (SELECT 0 AS quad_class UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) AS q;

-- Date ranges bounded on both sides. Events open at one end are their own small ranges: an event
-- with no earliest day may fall on any day up to its latest (a range of events_date), one with no
-- latest day on any day from its earliest (this index); the dated ones are a range of events_start
-- between the longest dated event's span before the first day and the last day.
CREATE INDEX events_open_end ON events (date_earliest) WHERE date_latest IS NULL;

-- The years the counts cover end with the newest source's year (dataset_years): one entry of an
-- index instead of every source.
CREATE INDEX sources_accessed ON sources (date_accessed);

-- The offices held on a day: a term covering the day started at most its length before it. Terms
-- grouped by length in whole years (k) are each a range of this index between the day less k + 1
-- years and the day, so the library reads one bounded range per length instead of every office
-- ending after the day.
CREATE INDEX positions_span_start ON positions (CAST((julianday(end_earliest) - julianday(start_latest)) / 365 AS INTEGER), start_latest);

INSERT INTO table_docs (table_name, kind, description) VALUES
  ('event_facets', 'table', 'What each event shows, stored when the file is built (the timeline''s lists, its independent sources, and what the counts per year group it by); kept equal to event_facets_expected by triggers and checked by the validator.'),
  ('event_year_tallies', 'table', 'Events counted by quad class, first and last possible year, evidence and article citation, stored for the counts per year; kept equal to the counts of event_facets by triggers and checked by the validator.'),
  ('event_facets_expected', 'view', 'The definition of event_facets, computed from the events, their participants, places, topics and citations: the validator compares the two.');

INSERT INTO column_docs (table_name, column_name, description) VALUES
  ('event_facets', 'quad_class', 'The CAMEO quad class of the event''s code (1 verbal cooperation to 4 material conflict; 0 without a code).'),
  ('event_facets', 'year_earliest', 'The year of the event''s earliest possible day, or 0 when that bound is open.'),
  ('event_facets', 'year_latest', 'The year of the event''s latest possible day, or 9999 when that bound is open.'),
  ('event_facets', 'reported', '1 when the event''s evidence_status is reported (the confirmed filter leaves it out), else 0.'),
  ('event_facets', 'article_cited', '1 when the article is among the event''s sources (the article filter keeps it), else 0.'),
  ('event_facets_expected', 'quad_class', 'The CAMEO quad class of the event''s code (1 verbal cooperation to 4 material conflict; 0 without a code).'),
  ('event_facets_expected', 'year_earliest', 'The year of the event''s earliest possible day, or 0 when that bound is open.'),
  ('event_facets_expected', 'year_latest', 'The year of the event''s latest possible day, or 9999 when that bound is open.'),
  ('event_facets_expected', 'reported', '1 when the event''s evidence_status is reported (the confirmed filter leaves it out), else 0.'),
  ('event_facets_expected', 'article_cited', '1 when the article is among the event''s sources (the article filter keeps it), else 0.'),
  ('event_year_tallies', 'quad_class', 'The CAMEO quad class (0: events without a code).'),
  ('event_year_tallies', 'year_earliest', 'The year of the events'' earliest possible day, or 0 when that bound is open.'),
  ('event_year_tallies', 'year_latest', 'The year of the events'' latest possible day, or 9999 when that bound is open.'),
  ('event_year_tallies', 'reported', '1 for events whose evidence_status is reported, else 0.'),
  ('event_year_tallies', 'article_cited', '1 for events the article is a source of, else 0.'),
  ('event_year_tallies', 'events', 'How many events share these values (never 0: a tally that reaches 0 is removed).');

-- The stored lists are the timeline's: described as the timeline describes them.
INSERT INTO column_docs (table_name, column_name, description)
SELECT t.table_name, d.column_name, d.description
FROM (SELECT 'event_facets' AS table_name UNION ALL SELECT 'event_facets_expected') AS t
JOIN column_docs AS d ON d.table_name = 'timeline' AND d.column_name IN ('other_places', 'participants', 'participant_countries', 'article_paragraphs');
