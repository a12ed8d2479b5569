-- 0005: the public SQL face. These views are the stable contract for ad-hoc SQL, the library and
-- every export: names resolved, lists joined with '; ', one row per entity. Columns may be added
-- in a minor release; renaming or removing one is a major release.
-- They must run on SQLite 3.40 (Debian 12's sqlite3 and Python): group_concat(x, '; ') over an
-- ordered subquery, no string_agg, no concat, no ORDER BY inside an aggregate.

CREATE VIEW participant_labels AS
SELECT
  p.participant_id,
  p.event_id,
  p.role,
  CASE WHEN p.person_id IS NOT NULL THEN 'person'
       WHEN p.organization_id IS NOT NULL THEN 'organization'
       ELSE 'country' END AS participant_kind,
  coalesce(p.person_id, p.organization_id, p.country_id) AS participant_id_text,
  coalesce(pe.name, o.name, c.name) AS name
FROM event_participants AS p
LEFT JOIN people AS pe ON pe.person_id = p.person_id
LEFT JOIN organizations AS o ON o.organization_id = p.organization_id
LEFT JOIN countries AS c ON c.country_id = p.country_id;

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
  e.note
FROM events AS e
LEFT JOIN cameo_codes AS cc ON cc.cameo_code = e.cameo_code
LEFT JOIN cameo_roots AS cr ON cr.root_code = cc.root_code
LEFT JOIN places AS pl ON pl.place_id = e.place_id
LEFT JOIN countries AS co ON co.country_id = pl.country_id;

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
  po.note
FROM positions AS po
JOIN people AS pe ON pe.person_id = po.person_id
LEFT JOIN organizations AS o ON o.organization_id = po.organization_id
LEFT JOIN countries AS c ON c.country_id = po.country_id
LEFT JOIN countries AS oc ON oc.country_id = o.country_id;

CREATE VIEW statement_details AS
SELECT
  s.statement_id,
  s.event_id,
  e.date_earliest,
  e.date_latest,
  e.date_edtf,
  coalesce(pe.name, o.name) AS speaker,
  coalesce(s.speaker_person_id, s.speaker_organization_id) AS speaker_id,
  s.summary,
  (SELECT group_concat(topic_id, '; ') FROM (
     SELECT st.topic_id FROM statement_topics AS st WHERE st.statement_id = s.statement_id ORDER BY st.topic_id)) AS topics,
  e.evidence_status,
  s.note
FROM statements AS s
JOIN events AS e ON e.event_id = s.event_id
LEFT JOIN people AS pe ON pe.person_id = s.speaker_person_id
LEFT JOIN organizations AS o ON o.organization_id = s.speaker_organization_id;

CREATE VIEW aid_delivery_details AS
SELECT
  a.aid_delivery_id,
  a.event_id,
  e.date_earliest,
  e.date_latest,
  e.date_edtf,
  a.sequence_number,
  dc.name AS donor,
  dorg.name AS donor_organization,
  rc.name AS recipient,
  a.recipients,
  dist.name AS distributor,
  a.trucks,
  a.tonnes,
  a.tonnes_approximate,
  a.contents,
  a.route,
  a.beneficiary_count,
  a.beneficiary_unit,
  a.beneficiary_qualifier,
  a.arrival_event_id,
  ae.date_edtf AS arrival_date_edtf,
  e.evidence_status,
  a.note
FROM aid_deliveries AS a
JOIN events AS e ON e.event_id = a.event_id
JOIN countries AS dc ON dc.country_id = a.donor_country_id
JOIN countries AS rc ON rc.country_id = a.recipient_country_id
LEFT JOIN organizations AS dorg ON dorg.organization_id = a.donor_organization_id
LEFT JOIN organizations AS dist ON dist.organization_id = a.distributor_organization_id
LEFT JOIN events AS ae ON ae.event_id = a.arrival_event_id;

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
  a.note
FROM agreements AS a
LEFT JOIN places AS pl ON pl.place_id = a.place_id;

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
    ELSE 'claim'
  END AS subject_kind,
  coalesce(ci.event_id, ci.statement_id, ci.aid_delivery_id, ci.agreement_id, ci.position_id,
           ci.person_id, ci.organization_id, ci.place_id, ci.trade_flow_id, ci.assessment_id,
           ci.claim_id) AS subject_id,
  ci.source_id,
  s.title AS source_title,
  s.kind AS source_kind,
  s.publisher,
  s.language,
  ci.paragraph,
  CASE WHEN s.kind = 'article' THEN NULL ELSE s.url END AS url,
  ci.link_basis,
  ci.note
FROM citations AS ci
JOIN sources AS s ON s.source_id = ci.source_id;

CREATE VIEW discrepancy_details AS
SELECT
  d.discrepancy_id,
  d.title,
  CASE
    WHEN d.event_id IS NOT NULL THEN 'event'
    WHEN d.agreement_id IS NOT NULL THEN 'agreement'
    WHEN d.aid_delivery_id IS NOT NULL THEN 'aid_delivery'
    ELSE 'position'
  END AS subject_kind,
  coalesce(d.event_id, d.agreement_id, d.aid_delivery_id, d.position_id) AS subject_id,
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
