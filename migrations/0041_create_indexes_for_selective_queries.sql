-- 0041: indexes for the library's selective queries and the public views' filters, and source_groups
-- computed for the sources asked about instead of for every source. Found by the query-plan tests
-- (EXPLAIN on a synthetic database): each of these was a scan of a whole table behind a filter that
-- names a few rows. No view changes its columns or its rows; the views that read source_groups
-- (citation_details, fact_support, timeline) are left as they are and see the new definition.

-- citation_details.subject_id and discrepancy_details.subject_id are these coalesce() expressions: an
-- index on exactly the same expression lets "WHERE subject_kind = ... AND subject_id = ..." seek.
CREATE INDEX citations_subject ON citations (coalesce(event_id, statement_id, aid_delivery_id, agreement_id, position_id,
  person_id, organization_id, place_id, trade_flow_id, assessment_id, agreement_action_id, claim_id));
CREATE INDEX discrepancies_subject ON discrepancies (coalesce(event_id, agreement_id, aid_delivery_id, statement_id, trade_flow_id, position_id));

-- statement_details.speaker_id, for the statements of one speaker.
CREATE INDEX statements_speaker ON statements (coalesce(speaker_person_id, speaker_organization_id));

-- The timeline's order, which is also the lower bound of a date range: the events from a day on are a
-- range of this index, once the library bounds them by the longest event (events_span).
CREATE INDEX events_start ON events (coalesce(date_earliest, date_latest), date_latest, event_id);
CREATE INDEX events_span ON events ((julianday(date_latest) - julianday(date_earliest)));

-- The offices held on a day: started by it and not ended before it, read from the index alone.
CREATE INDEX positions_term ON positions (end_earliest, start_latest);

-- The facts the article states (the article filter): the article's citations through its kind.
CREATE INDEX sources_kind ON sources (kind);

-- Each source's group, computed from that source alone: a source that no relation names is a group of
-- its own (two index probes); the others walk their relations (source_relations in either direction,
-- transitively), as before. The old view walked every source's relations on every use, so one citation
-- cost as much as all of them.
DROP VIEW source_groups;
CREATE VIEW source_groups AS
SELECT
  s.source_id,
  CASE WHEN NOT EXISTS (SELECT 1 FROM source_relations AS r WHERE r.source_id = s.source_id)
        AND NOT EXISTS (SELECT 1 FROM source_relations AS r WHERE r.related_source_id = s.source_id)
       THEN s.source_id
       ELSE (WITH RECURSIVE reach (member) AS (
               SELECT s.source_id
               UNION SELECT r.related_source_id FROM reach JOIN source_relations AS r ON r.source_id = reach.member
               UNION SELECT r.source_id FROM reach JOIN source_relations AS r ON r.related_source_id = reach.member)
             SELECT min(member) FROM reach)
  END AS group_id,
  CASE WHEN NOT EXISTS (SELECT 1 FROM source_relations AS r WHERE r.source_id = s.source_id)
        AND NOT EXISTS (SELECT 1 FROM source_relations AS r WHERE r.related_source_id = s.source_id)
       THEN 1
       ELSE (WITH RECURSIVE reach (member) AS (
               SELECT s.source_id
               UNION SELECT r.related_source_id FROM reach JOIN source_relations AS r ON r.source_id = reach.member
               UNION SELECT r.source_id FROM reach JOIN source_relations AS r ON r.related_source_id = reach.member)
             SELECT count(*) FROM reach)
  END AS group_size
FROM sources AS s;
