-- 0033: the rules of release 2.0 that a row can be checked against as it is written. Each is a
-- trigger that refuses the row; the validator's guards check applies the same condition to the
-- rows a file holds, so a copy changed by other means is caught too.
--   events               a PLOVER type is the one the PLOVER table gives for the CAMEO code (and is
--                        filled in from it, with mode and context, when left out); a date given as
--                        stated has no weekday in its note (a day from a weekday is derived)
--   event_participants   the office a participant held is that person's, and covers the event
--   agreement_events     an agreement and the event of its signing share their dates and place
--   agreement_actions    nothing enters into force before the agreement is signed
--   sources              every source says whose voice it is
--   positions            a bound of a term says how it is known

CREATE TRIGGER events_plover_from_cameo
AFTER INSERT ON events
WHEN NEW.plover_type IS NULL AND EXISTS (SELECT 1 FROM cameo_plover WHERE cameo_code = NEW.cameo_code AND plover_type IS NOT NULL)
BEGIN
  UPDATE events SET
    plover_type = (SELECT plover_type FROM cameo_plover WHERE cameo_code = NEW.cameo_code AND plover_type IS NOT NULL ORDER BY line LIMIT 1),
    plover_mode = coalesce(NEW.plover_mode, (SELECT plover_mode FROM cameo_plover WHERE cameo_code = NEW.cameo_code AND plover_type IS NOT NULL ORDER BY line LIMIT 1)),
    plover_context = coalesce(NEW.plover_context, (SELECT plover_context FROM cameo_plover WHERE cameo_code = NEW.cameo_code AND plover_type IS NOT NULL ORDER BY line LIMIT 1))
  WHERE event_id = NEW.event_id;
  -- Filling in a row being added is part of adding it, not a correction of it.
  DELETE FROM fact_changes WHERE table_name = 'events' AND row_key = NEW.event_id AND action = 'correct'
    AND field IN ('plover_type', 'plover_mode', 'plover_context') AND old_value IS NULL
    AND release = (SELECT release FROM change_context);
END;

CREATE TRIGGER events_plover_matches_cameo
BEFORE INSERT ON events
WHEN NEW.plover_type IS NOT NULL AND NEW.plover_type IS NOT (SELECT plover_type FROM cameo_plover WHERE cameo_code = NEW.cameo_code AND plover_type IS NOT NULL ORDER BY line LIMIT 1)
BEGIN
  SELECT RAISE(ABORT, 'events.plover_type is not the PLOVER type of its CAMEO code (table cameo_plover): leave it NULL to have it filled in');
END;

CREATE TRIGGER events_stated_without_weekday
BEFORE INSERT ON events
WHEN NEW.date_basis = 'stated' AND (NEW.note LIKE '%Monday%' OR NEW.note LIKE '%Tuesday%' OR NEW.note LIKE '%Wednesday%' OR NEW.note LIKE '%Thursday%' OR NEW.note LIKE '%Friday%' OR NEW.note LIKE '%Saturday%' OR NEW.note LIKE '%Sunday%')
BEGIN
  SELECT RAISE(ABORT, 'events: a date whose note speaks of a weekday is worked out from it, so its date_basis is derived, not stated');
END;

CREATE TRIGGER agreements_stated_without_weekday
BEFORE INSERT ON agreements
WHEN NEW.date_basis = 'stated' AND (NEW.note LIKE '%Monday%' OR NEW.note LIKE '%Tuesday%' OR NEW.note LIKE '%Wednesday%' OR NEW.note LIKE '%Thursday%' OR NEW.note LIKE '%Friday%' OR NEW.note LIKE '%Saturday%' OR NEW.note LIKE '%Sunday%')
BEGIN
  SELECT RAISE(ABORT, 'agreements: a date whose note speaks of a weekday is worked out from it, so its date_basis is derived, not stated');
END;

CREATE TRIGGER event_participants_office_covers_event
BEFORE INSERT ON event_participants
WHEN NEW.position_id IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM positions AS p JOIN events AS e ON e.event_id = NEW.event_id
  WHERE p.position_id = NEW.position_id AND p.person_id = NEW.person_id
    AND coalesce(e.date_latest, e.date_earliest, '9999-12-31') >= coalesce(p.start_earliest, p.start_latest, '0000-01-01')
    AND coalesce(e.date_earliest, e.date_latest, '0000-01-01') <= CASE WHEN p.end_basis IN ('ongoing', 'attested') OR p.end_basis IS NULL THEN '9999-12-31' ELSE coalesce(p.end_latest, p.end_earliest, '9999-12-31') END)
BEGIN
  SELECT RAISE(ABORT, 'event_participants.position_id names an office of another person, or one whose known bounds do not cover the event');
END;

CREATE TRIGGER agreement_events_signing_twin
BEFORE INSERT ON agreement_events
WHEN NEW.relation = 'signing' AND EXISTS (
  SELECT 1 FROM agreements AS a JOIN events AS e ON e.event_id = NEW.event_id
  WHERE a.agreement_id = NEW.agreement_id
    AND (a.date_earliest IS NOT e.date_earliest OR a.date_latest IS NOT e.date_latest OR a.date_basis IS NOT e.date_basis OR a.place_id IS NOT e.place_id))
BEGIN
  SELECT RAISE(ABORT, 'an agreement and the event of its signing differ in date bounds, date basis or place: a correction must reach both');
END;

CREATE TRIGGER agreement_actions_force_after_signature
BEFORE INSERT ON agreement_actions
WHEN NEW.action = 'entry_into_force' AND EXISTS (
  SELECT 1 FROM agreements AS a WHERE a.agreement_id = NEW.agreement_id AND a.date_earliest > coalesce(NEW.date_latest, NEW.date_earliest))
BEGIN
  SELECT RAISE(ABORT, 'agreement_actions: an agreement cannot enter into force before it is signed (agreements.date_earliest)');
END;

CREATE TRIGGER sources_voice_set
BEFORE INSERT ON sources
WHEN NEW.publisher_kind IS NULL
BEGIN
  SELECT RAISE(ABORT, 'sources.publisher_kind is not set: say whose voice the source is (and publisher_country_id, unless an international body)');
END;

CREATE TRIGGER positions_bounds_have_basis
BEFORE INSERT ON positions
WHEN ((NEW.start_earliest IS NOT NULL OR NEW.start_latest IS NOT NULL) AND NEW.start_basis IS NULL)
  OR ((NEW.end_earliest IS NOT NULL OR NEW.end_latest IS NOT NULL) AND NEW.end_basis IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'positions: a start or end bound says how it is known (start_basis, end_basis)');
END;

UPDATE column_docs SET description = 'Language of the source (ISO 639-1, or ISO 639-3 where a language has no two-letter code, e.g. sco for Scots).' WHERE table_name = '*' AND column_name = 'language';
