-- 0026: the public views of release 2.0 (the timeline now in date order). The 1.0 views keep every column, in order, and gain new
-- ones at their end (intensity, PLOVER mode and context, visit kind and level, how many independent
-- sources support a fact, the office a participant held, where on a page a citation's fact is, whose
-- voice a source is); new views give each fact's support, an agreement's life, the representation of
-- each country in the other's capital by year, and yearly counts as [certain, possible] pairs.
-- Like every view, they run on SQLite 3.40 (no string_agg, no concat).

DROP VIEW timeline;
DROP VIEW participant_labels;
DROP VIEW person_positions;
DROP VIEW agreement_details;
DROP VIEW citation_details;
DROP VIEW discrepancy_details;

-- Sources that depend on each other (source_relations, in either direction, transitively) form one
-- group; a fact's independent sources are its distinct groups.
CREATE VIEW source_groups AS
WITH RECURSIVE
  links (a, b) AS (
    SELECT source_id, related_source_id FROM source_relations
    UNION SELECT related_source_id, source_id FROM source_relations),
  reach (source_id, member) AS (
    SELECT source_id, source_id FROM sources
    UNION SELECT r.source_id, l.b FROM reach AS r JOIN links AS l ON l.a = r.member)
SELECT source_id, min(member) AS group_id, count(*) AS group_size FROM reach GROUP BY source_id;

CREATE VIEW citation_details AS
SELECT
  ci.citation_id,
  CASE
    WHEN ci.event_id IS NOT NULL THEN 'event'
    WHEN ci.statement_id IS NOT NULL THEN 'statement'
    WHEN ci.aid_delivery_id IS NOT NULL THEN 'aid_delivery'
    WHEN ci.agreement_id IS NOT NULL THEN 'agreement'
    WHEN ci.position_id IS NOT NULL THEN 'position'
    WHEN ci.person_id IS NOT NULL THEN 'person'
    WHEN ci.organization_id IS NOT NULL THEN 'organization'
    WHEN ci.place_id IS NOT NULL THEN 'place'
    WHEN ci.trade_flow_id IS NOT NULL THEN 'trade_flow'
    WHEN ci.assessment_id IS NOT NULL THEN 'assessment'
    WHEN ci.agreement_action_id IS NOT NULL THEN 'agreement_action'
    ELSE 'claim'
  END AS subject_kind,
  coalesce(ci.event_id, ci.statement_id, ci.aid_delivery_id, ci.agreement_id, ci.position_id,
           ci.person_id, ci.organization_id, ci.place_id, ci.trade_flow_id, ci.assessment_id,
           ci.agreement_action_id, ci.claim_id) AS subject_id,
  ci.source_id,
  s.title AS source_title,
  s.kind AS source_kind,
  s.publisher,
  s.language,
  ci.paragraph,
  CASE WHEN s.kind = 'article' THEN NULL ELSE s.url END AS url,
  ci.link_basis,
  ci.note,
  ci.locator,
  s.publisher_kind,
  s.publisher_country_id,
  sg.group_id AS source_group
FROM citations AS ci
JOIN sources AS s ON s.source_id = ci.source_id
LEFT JOIN source_groups AS sg ON sg.source_id = ci.source_id;

-- How many citations, sources and independent sources support each fact, and from whose side.
CREATE VIEW fact_support AS
SELECT
  cd.subject_kind,
  cd.subject_id,
  count(*) AS citations,
  count(DISTINCT cd.source_id) AS sources,
  count(DISTINCT cd.source_group) AS independent_sources,
  count(DISTINCT CASE WHEN cd.publisher_kind IN ('government', 'state_media') AND cd.publisher_country_id = 'AZE' THEN cd.source_group END) AS azerbaijani_official_sources,
  count(DISTINCT CASE WHEN cd.publisher_kind IN ('government', 'state_media') AND cd.publisher_country_id = 'SYR' THEN cd.source_group END) AS syrian_official_sources,
  count(DISTINCT CASE WHEN NOT (cd.publisher_kind IN ('government', 'state_media') AND cd.publisher_country_id IN ('AZE', 'SYR')) OR cd.publisher_kind IS NULL THEN cd.source_group END) AS other_sources
FROM citation_details AS cd
GROUP BY cd.subject_kind, cd.subject_id;

CREATE VIEW participant_labels AS
SELECT
  p.participant_id,
  p.event_id,
  p.role,
  CASE WHEN p.person_id IS NOT NULL THEN 'person'
       WHEN p.organization_id IS NOT NULL THEN 'organization'
       ELSE 'country' END AS participant_kind,
  coalesce(p.person_id, p.organization_id, p.country_id) AS participant_id_text,
  coalesce(pe.name, o.name, c.name) AS name,
  p.position_id,
  po.title AS position
FROM event_participants AS p
LEFT JOIN people AS pe ON pe.person_id = p.person_id
LEFT JOIN organizations AS o ON o.organization_id = p.organization_id
LEFT JOIN countries AS c ON c.country_id = p.country_id
LEFT JOIN positions AS po ON po.position_id = p.position_id;

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
  e.evidence_status,
  (SELECT group_concat(paragraph, '; ') FROM (
     SELECT DISTINCT ci.paragraph FROM citations AS ci
     WHERE ci.event_id = e.event_id AND ci.paragraph IS NOT NULL ORDER BY ci.paragraph)) AS article_paragraphs,
  e.note,
  gs.goldstein,
  e.plover_mode,
  e.plover_context,
  e.visit_kind,
  e.visit_level,
  (SELECT count(DISTINCT sg.group_id) FROM citations AS ci JOIN source_groups AS sg ON sg.source_id = ci.source_id
   WHERE ci.event_id = e.event_id) AS independent_sources
FROM events AS e
LEFT JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code
LEFT JOIN cameo_roots AS cr ON cr.root_code = cc.root_code
LEFT JOIN goldstein_scale AS gs ON gs.cameo_code = e.cameo_code
LEFT JOIN places AS pl ON pl.place_id = e.place_id
LEFT JOIN countries AS co ON co.country_id = pl.country_id
ORDER BY coalesce(e.date_earliest, e.date_latest), e.date_latest, e.event_id;

CREATE VIEW person_positions AS
SELECT
  pe.person_id,
  pe.name AS person_name,
  po.position_id,
  po.title AS position,
  o.name AS organization,
  coalesce(c.name, oc.name) AS country,
  po.start_earliest,
  po.start_latest,
  po.end_earliest,
  po.end_latest,
  po.evidence_status,
  po.note,
  po.start_basis,
  po.end_basis,
  po.diplomatic_rank,
  po.organization_id,
  coalesce(po.country_id, o.country_id) AS country_id
FROM positions AS po
JOIN people AS pe ON pe.person_id = po.person_id
LEFT JOIN organizations AS o ON o.organization_id = po.organization_id
LEFT JOIN countries AS c ON c.country_id = po.country_id
LEFT JOIN countries AS oc ON oc.country_id = o.country_id;

CREATE VIEW agreement_details AS
SELECT
  a.agreement_id,
  a.title,
  a.kind,
  a.date_edtf AS date_signed,
  a.date_earliest,
  a.date_latest,
  a.date_precision,
  a.date_basis,
  pl.name AS place,
  (SELECT group_concat(name, '; ') FROM (
     SELECT coalesce(c.name, o.name) AS name FROM agreement_parties AS ap
     LEFT JOIN countries AS c ON c.country_id = ap.country_id
     LEFT JOIN organizations AS o ON o.organization_id = ap.organization_id
     WHERE ap.agreement_id = a.agreement_id ORDER BY ap.agreement_party_id)) AS parties,
  (SELECT group_concat(name, '; ') FROM (
     SELECT pe.name FROM agreement_signatories AS s JOIN people AS pe ON pe.person_id = s.person_id
     WHERE s.agreement_id = a.agreement_id ORDER BY pe.name)) AS signatories,
  a.status,
  (SELECT group_concat(topic_id, '; ') FROM (
     SELECT t.topic_id FROM agreement_topics AS t WHERE t.agreement_id = a.agreement_id ORDER BY t.topic_id)) AS topics,
  a.document_count,
  a.part_of_agreement_id,
  a.value_amount,
  a.value_currency,
  a.value_approximate,
  a.valid_until,
  a.summary,
  a.evidence_status,
  a.note,
  a.registration_number,
  a.text_languages,
  a.text_url,
  (SELECT group_concat(label, '; ') FROM (
     SELECT aa.action || ' ' || aa.date_edtf || coalesce(' by ' || coalesce(c.name, o.name), '') AS label
     FROM agreement_actions AS aa
     LEFT JOIN countries AS c ON c.country_id = aa.country_id
     LEFT JOIN organizations AS o ON o.organization_id = aa.organization_id
     WHERE aa.agreement_id = a.agreement_id ORDER BY coalesce(aa.date_earliest, aa.date_latest), aa.agreement_action_id)) AS actions
FROM agreements AS a
LEFT JOIN places AS pl ON pl.place_id = a.place_id;

CREATE VIEW agreement_action_details AS
SELECT
  aa.agreement_action_id,
  aa.agreement_id,
  a.title AS agreement,
  aa.action,
  aa.country_id,
  aa.organization_id,
  coalesce(c.name, o.name) AS party,
  aa.date_earliest,
  aa.date_latest,
  aa.date_edtf,
  aa.date_precision,
  aa.date_basis,
  aa.method,
  aa.event_id,
  aa.note
FROM agreement_actions AS aa
JOIN agreements AS a ON a.agreement_id = aa.agreement_id
LEFT JOIN countries AS c ON c.country_id = aa.country_id
LEFT JOIN organizations AS o ON o.organization_id = aa.organization_id;

CREATE VIEW discrepancy_details AS
SELECT
  d.discrepancy_id,
  d.title,
  CASE
    WHEN d.event_id IS NOT NULL THEN 'event'
    WHEN d.agreement_id IS NOT NULL THEN 'agreement'
    WHEN d.aid_delivery_id IS NOT NULL THEN 'aid_delivery'
    WHEN d.statement_id IS NOT NULL THEN 'statement'
    WHEN d.trade_flow_id IS NOT NULL THEN 'trade_flow'
    ELSE 'position'
  END AS subject_kind,
  coalesce(d.event_id, d.agreement_id, d.aid_delivery_id, d.statement_id, d.trade_flow_id, d.position_id) AS subject_id,
  a.claim AS claim_a,
  (SELECT group_concat(ref, '; ') FROM (
     SELECT CASE WHEN s.kind = 'article' THEN 'article ¶' || ci.paragraph ELSE coalesce(s.url, s.title) END AS ref
     FROM citations AS ci JOIN sources AS s ON s.source_id = ci.source_id
     WHERE ci.claim_id = a.claim_id ORDER BY ci.citation_id)) AS sources_a,
  b.claim AS claim_b,
  (SELECT group_concat(ref, '; ') FROM (
     SELECT CASE WHEN s.kind = 'article' THEN 'article ¶' || ci.paragraph ELSE coalesce(s.url, s.title) END AS ref
     FROM citations AS ci JOIN sources AS s ON s.source_id = ci.source_id
     WHERE ci.claim_id = b.claim_id ORDER BY ci.citation_id)) AS sources_b,
  d.note
FROM discrepancies AS d
JOIN discrepancy_claims AS a ON a.discrepancy_id = d.discrepancy_id AND a.side = 'a'
JOIN discrepancy_claims AS b ON b.discrepancy_id = d.discrepancy_id AND b.side = 'b';

-- Events that only one side's own voices (its government and state media) report.
CREATE VIEW one_sided_events AS
SELECT fs.subject_id AS event_id,
       CASE WHEN fs.azerbaijani_official_sources > 0 THEN 'Azerbaijan' ELSE 'Syria' END AS reported_only_by,
       fs.citations, fs.sources
FROM fact_support AS fs
WHERE fs.subject_kind = 'event' AND fs.other_sources = 0
  AND (fs.azerbaijani_official_sources = 0) <> (fs.syrian_official_sources = 0);

-- Each side's statements on the same event side by side: a speaker's side is the country of the
-- person or organization speaking; speakers of other countries, and bodies of no country, are others.
CREATE VIEW statements_by_side AS
WITH sided AS (
  SELECT st.event_id, st.statement_id,
         coalesce(p.name, o.name) AS speaker,
         coalesce(p.country_id, o.country_id) AS country_id,
         st.summary
  FROM statements AS st
  LEFT JOIN people AS p ON p.person_id = st.speaker_person_id
  LEFT JOIN organizations AS o ON o.organization_id = st.speaker_organization_id)
SELECT e.event_id, e.date_edtf, e.title,
       (SELECT group_concat(speaker || ': ' || summary, ' | ') FROM (SELECT speaker, summary FROM sided WHERE event_id = e.event_id AND country_id = 'AZE' ORDER BY statement_id)) AS azerbaijani_statements,
       (SELECT group_concat(speaker || ': ' || summary, ' | ') FROM (SELECT speaker, summary FROM sided WHERE event_id = e.event_id AND country_id = 'SYR' ORDER BY statement_id)) AS syrian_statements,
       (SELECT group_concat(speaker || ': ' || summary, ' | ') FROM (SELECT speaker, summary FROM sided WHERE event_id = e.event_id AND (country_id IS NULL OR country_id NOT IN ('AZE', 'SYR')) ORDER BY statement_id)) AS other_statements
FROM events AS e
WHERE EXISTS (SELECT 1 FROM statements AS st WHERE st.event_id = e.event_id);

-- The years of the dataset: from 1991 (Azerbaijan's independence) to the year the newest source was read.
CREATE VIEW dataset_years AS
WITH RECURSIVE years (year) AS (
  SELECT 1991
  UNION ALL SELECT year + 1 FROM years WHERE year < (SELECT CAST(strftime('%Y', max(date_accessed)) AS INTEGER) FROM sources))
SELECT year, printf('%04d-01-01', year) AS first_day, printf('%04d-12-31', year) AS last_day FROM years;

-- Events per year and CAMEO quad class (0: no CAMEO code), as a pair: certain counts events whose
-- every possible day falls in the year; possible counts events any of whose possible days does. An
-- open bound is open to the edge of the dataset's years. Summed over the years, certain never
-- exceeds the events, and each event is possible in at least one year.
CREATE VIEW event_counts_by_year AS
SELECT
  y.year,
  q.quad_class,
  (SELECT count(*) FROM events AS e LEFT JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code LEFT JOIN cameo_roots AS cr ON cr.root_code = cc.root_code
   WHERE coalesce(cr.quad_class, 0) = q.quad_class AND e.date_earliest >= y.first_day AND e.date_latest <= y.last_day) AS certain,
  (SELECT count(*) FROM events AS e LEFT JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code LEFT JOIN cameo_roots AS cr ON cr.root_code = cc.root_code
   WHERE coalesce(cr.quad_class, 0) = q.quad_class AND coalesce(e.date_earliest, '0000-01-01') <= y.last_day AND coalesce(e.date_latest, '9999-12-31') >= y.first_day) AS possible,
  (SELECT count(*) FROM events AS e LEFT JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code LEFT JOIN cameo_roots AS cr ON cr.root_code = cc.root_code
   WHERE coalesce(cr.quad_class, 0) = q.quad_class AND (e.date_earliest IS NULL OR e.date_latest IS NULL)
     AND coalesce(e.date_earliest, '0000-01-01') <= y.last_day AND coalesce(e.date_latest, '9999-12-31') >= y.first_day) AS open_ended
FROM dataset_years AS y
CROSS JOIN (SELECT 0 AS quad_class UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) AS q;

-- Each country's diplomatic presence in the other's capital, year by year, derived from the events
-- that open, suspend or close a mission (mission_changes) and from the offices of its heads of
-- mission (positions with a diplomatic_rank at the embassy): the status at the end of the year, and
-- the rank of the head of mission certainly in office then. cow_dip_level is the Correlates of War
-- Diplomatic Exchange code for that rank: 0 none, 1 chargé d'affaires, 2 minister, 3 ambassador.
CREATE TABLE mission_changes (
  event_id              TEXT PRIMARY KEY REFERENCES events (event_id),
  sending_country_id    TEXT NOT NULL REFERENCES countries (country_id),
  receiving_country_id  TEXT NOT NULL REFERENCES countries (country_id),
  embassy_id            TEXT REFERENCES organizations (organization_id),
  status                TEXT NOT NULL CHECK (status IN ('open', 'suspended', 'closed')),
  note                  TEXT,
  CHECK (sending_country_id <> receiving_country_id)
) STRICT;

CREATE VIEW representation_by_year AS
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
   ORDER BY CASE po.diplomatic_rank WHEN 'ambassador' THEN 3 WHEN 'minister' THEN 2 ELSE 1 END DESC LIMIT 1) AS head_of_mission_rank,
  CASE WHEN coalesce((
    SELECT mc.status FROM mission_changes AS mc JOIN events AS e ON e.event_id = mc.event_id
    WHERE mc.sending_country_id = p.sending_country_id AND mc.receiving_country_id = p.receiving_country_id
      AND coalesce(e.date_latest, e.date_earliest) <= y.last_day
    ORDER BY coalesce(e.date_latest, e.date_earliest) DESC, e.event_id DESC LIMIT 1), 'absent') = 'open'
  THEN coalesce((
   SELECT max(CASE po.diplomatic_rank WHEN 'ambassador' THEN 3 WHEN 'minister' THEN 2 ELSE 1 END) FROM positions AS po JOIN organizations AS o ON o.organization_id = po.organization_id
   WHERE o.kind = 'embassy' AND o.country_id = p.sending_country_id AND po.diplomatic_rank IS NOT NULL
     AND o.place_id IN (SELECT place_id FROM places WHERE country_id = p.receiving_country_id)
     AND po.start_latest <= y.last_day AND (po.end_earliest >= y.last_day OR po.end_basis = 'ongoing')), 0)
  ELSE 0 END AS cow_dip_level
FROM dataset_years AS y
CROSS JOIN (SELECT 'AZE' AS sending_country_id, 'SYR' AS receiving_country_id UNION ALL SELECT 'SYR', 'AZE') AS p
WHERE y.year >= 1992;

INSERT INTO table_docs (table_name, kind, description) VALUES ('source_groups', 'view', 'Each source with the group of sources it depends on or that depend on it (through source_relations, transitively): a group counts once as independent support.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('fact_support', 'view', 'For every cited fact: how many citations, sources and independent sources support it, and how many independent sources are Azerbaijan''s own official voices, Syria''s, or others.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('statements_by_side', 'view', 'Each event with statements, and what each side said of it side by side: Azerbaijani speakers, Syrian speakers, and others.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('statements_by_side', 'azerbaijani_statements', 'What speakers of Azerbaijan (people or bodies) said, as "speaker: summary", joined with " | "; NULL if none.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('statements_by_side', 'syrian_statements', 'What speakers of Syria said, in the same form; NULL if none.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('statements_by_side', 'other_statements', 'What speakers of other countries, or of bodies with no country, said; NULL if none.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('one_sided_events', 'view', 'Events that only one side''s own voices (its government and state media) report.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('agreement_action_details', 'view', 'Public view: every step in the life of an agreement, with the agreement and the party resolved.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('dataset_years', 'view', 'The calendar years the dataset covers, from 1991 to the year its newest source was read.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('event_counts_by_year', 'view', 'Events per year and CAMEO quad class as a [certain, possible] pair: certain if every possible day of the event falls in the year, possible if any does.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('mission_changes', 'table', 'Events that open, suspend or close one country''s diplomatic mission in the other, with the status they bring about.');
INSERT INTO table_docs (table_name, kind, description) VALUES ('representation_by_year', 'view', 'Each country''s diplomatic presence in the other by year: the mission''s status at the end of the year and the rank of the head of mission then, with its Correlates of War Diplomatic Exchange code.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('timeline', 'goldstein', 'The Goldstein score of the event''s CAMEO code (-10 to +10), from goldstein_scale.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'independent_sources', 'How many independent sources support the fact: its cited sources, with sources that depend on each other counted once.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('participant_labels', 'position', 'Title of the office the person held when taking part.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('person_positions', 'country_id', 'The office''s country (ISO 3166-1 alpha-3): its own, or its organization''s.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreement_details', 'actions', 'The agreement''s life: each action with its date and party, joined with "; ".');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreement_action_details', 'agreement', 'Title of the agreement.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('agreement_action_details', 'party', 'Name of the country or organization that acted.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('citation_details', 'source_group', 'The group of the source (see source_groups): citations in one group are not independent of each other.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('source_groups', 'group_id', 'The group''s id: the first source id in it.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('source_groups', 'group_size', 'How many sources the group has.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_support', 'subject_kind', 'The kind of fact (event, statement, agreement, position, place, ...).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_support', 'subject_id', 'The fact''s id.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_support', 'citations', 'How many citations the fact has.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_support', 'sources', 'How many distinct sources cite it.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_support', 'azerbaijani_official_sources', 'Independent sources among them that are Azerbaijan''s government or state media.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_support', 'syrian_official_sources', 'Independent sources among them that are Syria''s government or state media.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('fact_support', 'other_sources', 'Independent sources among them that are neither side''s official voice.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('one_sided_events', 'reported_only_by', 'The side whose own voices alone report the event.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('one_sided_events', 'citations', 'How many citations the event has.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('one_sided_events', 'sources', 'How many distinct sources cite it.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('dataset_years', 'year', 'The calendar year.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('dataset_years', 'first_day', 'Its first day.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('dataset_years', 'last_day', 'Its last day.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('*', 'year', 'The calendar year.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('event_counts_by_year', 'quad_class', 'CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict, 0 no CAMEO code.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('event_counts_by_year', 'certain', 'Events of the class whose every possible day falls in the year.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('event_counts_by_year', 'possible', 'Events of the class any of whose possible days falls in the year (open bounds reach the edge of the dataset).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('event_counts_by_year', 'open_ended', 'How many of the possible events have an open bound (known only as on or before a day, or on or after one), and so are possible in every year on that side of their one bound.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('mission_changes', 'sending_country_id', 'The country whose mission it is.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('mission_changes', 'receiving_country_id', 'The country where the mission is.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('mission_changes', 'embassy_id', 'The embassy, where it is an organization of the dataset.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('mission_changes', 'status', 'open, suspended or closed: what the event brings about.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('representation_by_year', 'sending_country_id', 'The represented country.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('representation_by_year', 'receiving_country_id', 'The country it is represented in.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('representation_by_year', 'status_at_year_end', 'open, suspended, closed, or absent (no mission ever opened), on 31 December of the year.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('representation_by_year', 'changes_in_year', 'How many changes of status fell in the year.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('representation_by_year', 'head_of_mission_rank', 'The rank of the head of mission certainly in office on 31 December (ambassador, minister, charge_d_affaires); NULL for none.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('representation_by_year', 'cow_dip_level', 'The Correlates of War Diplomatic Exchange code of that rank (0 none, 1 chargé d''affaires, 2 minister, 3 ambassador); 0 when the mission is not open at the end of the year.');
