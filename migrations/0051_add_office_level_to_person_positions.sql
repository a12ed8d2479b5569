-- 0051: the public view person_positions shows each office's level (positions.office_level, added by
-- 0044) as a new last column, office_level, so that who held which kind of office on a day is one
-- query on the view. Every earlier column keeps its name, order and values; the rows are the same.
-- Like every view, it runs on SQLite 3.40.

DROP VIEW person_positions;

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
  coalesce(po.country_id, o.country_id) AS country_id,
  po.office_level
FROM positions AS po
JOIN people AS pe ON pe.person_id = po.person_id
LEFT JOIN organizations AS o ON o.organization_id = po.organization_id
LEFT JOIN countries AS c ON c.country_id = po.country_id
LEFT JOIN countries AS oc ON oc.country_id = o.country_id;

INSERT INTO column_docs (table_name, column_name, description) VALUES ('person_positions', 'office_level', 'What kind of office it is: head_of_state, head_of_government, foreign_minister, minister, deputy_minister, speaker or head_of_mission (see positions.office_level); NULL for any other office.');
