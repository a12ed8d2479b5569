-- 0047: corrections over every row (issue 20, part 1), and what the schema needed for them.
--   Schema: an aid delivery says who benefits and where apart: recipient_country_id (the state the
--           aid is given to) may be NULL, and location_country_id says in which country the aid was
--           handed over, so that aid "to Syrian refugees in Jordan" no longer makes Jordan a recipient.
--           aid_deliveries is rebuilt (SQLite cannot drop a NOT NULL in place) with the same rows and
--           rowids, its indexes and change-log triggers are created again with the new column, and
--           aid_delivery_details gains a column, location (added columns are a minor change).
--   Data:   date bases and precisions as the pages give them (a day range from a visit's dates is
--           derived; a year from a newspaper's own date is inferred; a day the pages give is a day);
--           roles, places and notes as the pages say them; possessives that lost their apostrophe;
--           summaries that repeated a run of a source's words. Each group names what was wrong and
--           the page that shows it; the CHANGELOG lists every corrected field.

PRAGMA defer_foreign_keys = ON;

-- aid_deliveries ------------------------------------------------------------------------------------
CREATE TEMP TABLE aid_deliveries_copy AS SELECT rowid AS copy_rowid, * FROM aid_deliveries;
DROP TABLE aid_deliveries;
CREATE TABLE aid_deliveries (
  aid_delivery_id              TEXT PRIMARY KEY CHECK (aid_delivery_id NOT GLOB '*[^a-z0-9-]*'),
  event_id                     TEXT NOT NULL UNIQUE REFERENCES events (event_id),
  arrival_event_id             TEXT REFERENCES events (event_id),
  sequence_number              INTEGER CHECK (sequence_number IS NULL OR sequence_number >= 1),
  donor_country_id             TEXT NOT NULL REFERENCES countries (country_id),
  donor_organization_id        TEXT REFERENCES organizations (organization_id),
  -- the state the aid is given to, when the page names one; NULL when it names only people
  recipient_country_id         TEXT REFERENCES countries (country_id),
  recipients                   TEXT,
  -- the country in which the aid was handed over, when the page says
  location_country_id          TEXT REFERENCES countries (country_id),
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
  CHECK (tonnes IS NOT NULL OR tonnes_approximate = 0),
  CHECK (recipient_country_id IS NOT NULL OR recipients IS NOT NULL)
) STRICT;
INSERT INTO aid_deliveries (rowid, aid_delivery_id, event_id, arrival_event_id, sequence_number, donor_country_id, donor_organization_id, recipient_country_id, recipients, distributor_organization_id, trucks, tonnes, tonnes_approximate, contents, route, beneficiary_count, beneficiary_unit, beneficiary_qualifier, note)
  SELECT copy_rowid, aid_delivery_id, event_id, arrival_event_id, sequence_number, donor_country_id, donor_organization_id, recipient_country_id, recipients, distributor_organization_id, trucks, tonnes, tonnes_approximate, contents, route, beneficiary_count, beneficiary_unit, beneficiary_qualifier, note FROM temp.aid_deliveries_copy ORDER BY copy_rowid;
DROP TABLE temp.aid_deliveries_copy;
CREATE INDEX aid_deliveries_donor ON aid_deliveries (donor_country_id);
CREATE INDEX aid_deliveries_recipient ON aid_deliveries (recipient_country_id);
CREATE INDEX aid_deliveries_location ON aid_deliveries (location_country_id);
CREATE TRIGGER aid_deliveries_log_insert AFTER INSERT ON aid_deliveries BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(new.aid_delivery_id AS TEXT), 'add', c.reason, c.source_id FROM change_context AS c;
END;
CREATE TRIGGER aid_deliveries_log_update AFTER UPDATE ON aid_deliveries BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'aid_delivery_id', old.aid_delivery_id, new.aid_delivery_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.aid_delivery_id IS NOT new.aid_delivery_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'event_id', old.event_id, new.event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.event_id IS NOT new.event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'arrival_event_id', old.arrival_event_id, new.arrival_event_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.arrival_event_id IS NOT new.arrival_event_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'sequence_number', old.sequence_number, new.sequence_number, c.reason, c.source_id FROM change_context AS c
    WHERE old.sequence_number IS NOT new.sequence_number AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'donor_country_id', old.donor_country_id, new.donor_country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.donor_country_id IS NOT new.donor_country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'donor_organization_id', old.donor_organization_id, new.donor_organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.donor_organization_id IS NOT new.donor_organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'recipient_country_id', old.recipient_country_id, new.recipient_country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.recipient_country_id IS NOT new.recipient_country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'recipients', old.recipients, new.recipients, c.reason, c.source_id FROM change_context AS c
    WHERE old.recipients IS NOT new.recipients AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'location_country_id', old.location_country_id, new.location_country_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.location_country_id IS NOT new.location_country_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'distributor_organization_id', old.distributor_organization_id, new.distributor_organization_id, c.reason, c.source_id FROM change_context AS c
    WHERE old.distributor_organization_id IS NOT new.distributor_organization_id AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'trucks', old.trucks, new.trucks, c.reason, c.source_id FROM change_context AS c
    WHERE old.trucks IS NOT new.trucks AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'tonnes', old.tonnes, new.tonnes, c.reason, c.source_id FROM change_context AS c
    WHERE old.tonnes IS NOT new.tonnes AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'tonnes_approximate', old.tonnes_approximate, new.tonnes_approximate, c.reason, c.source_id FROM change_context AS c
    WHERE old.tonnes_approximate IS NOT new.tonnes_approximate AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'contents', old.contents, new.contents, c.reason, c.source_id FROM change_context AS c
    WHERE old.contents IS NOT new.contents AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'route', old.route, new.route, c.reason, c.source_id FROM change_context AS c
    WHERE old.route IS NOT new.route AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'beneficiary_count', old.beneficiary_count, new.beneficiary_count, c.reason, c.source_id FROM change_context AS c
    WHERE old.beneficiary_count IS NOT new.beneficiary_count AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'beneficiary_unit', old.beneficiary_unit, new.beneficiary_unit, c.reason, c.source_id FROM change_context AS c
    WHERE old.beneficiary_unit IS NOT new.beneficiary_unit AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'beneficiary_qualifier', old.beneficiary_qualifier, new.beneficiary_qualifier, c.reason, c.source_id FROM change_context AS c
    WHERE old.beneficiary_qualifier IS NOT new.beneficiary_qualifier AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
  INSERT INTO fact_changes (release, table_name, row_key, action, field, old_value, new_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'correct', 'note', old.note, new.note, c.reason, c.source_id FROM change_context AS c
    WHERE old.note IS NOT new.note AND NOT EXISTS (SELECT 1 FROM fact_changes f WHERE f.table_name = 'aid_deliveries' AND f.row_key = CAST(old.aid_delivery_id AS TEXT) AND f.action = 'add' AND f.release = c.release);
END;
CREATE TRIGGER aid_deliveries_log_delete AFTER DELETE ON aid_deliveries BEGIN
  SELECT RAISE(ABORT, 'a fact changes only with a reason: UPDATE change_context SET reason = ''...'' first') WHERE (SELECT reason FROM change_context) IS NULL;
  INSERT INTO fact_changes (release, table_name, row_key, action, old_value, reason, source_id)
    SELECT c.release, 'aid_deliveries', CAST(old.aid_delivery_id AS TEXT), 'withdraw', json_object('aid_delivery_id', old.aid_delivery_id, 'event_id', old.event_id, 'arrival_event_id', old.arrival_event_id, 'sequence_number', old.sequence_number, 'donor_country_id', old.donor_country_id, 'donor_organization_id', old.donor_organization_id, 'recipient_country_id', old.recipient_country_id, 'recipients', old.recipients, 'location_country_id', old.location_country_id, 'distributor_organization_id', old.distributor_organization_id, 'trucks', old.trucks, 'tonnes', old.tonnes, 'tonnes_approximate', old.tonnes_approximate, 'contents', old.contents, 'route', old.route, 'beneficiary_count', old.beneficiary_count, 'beneficiary_unit', old.beneficiary_unit, 'beneficiary_qualifier', old.beneficiary_qualifier, 'note', old.note), c.reason, c.source_id FROM change_context AS c;
END;

DROP VIEW aid_delivery_details;
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
  a.note,
  lc.name AS location
FROM aid_deliveries AS a
JOIN events AS e ON e.event_id = a.event_id
JOIN countries AS dc ON dc.country_id = a.donor_country_id
LEFT JOIN countries AS rc ON rc.country_id = a.recipient_country_id
LEFT JOIN countries AS lc ON lc.country_id = a.location_country_id
LEFT JOIN organizations AS dorg ON dorg.organization_id = a.donor_organization_id
LEFT JOIN organizations AS dist ON dist.organization_id = a.distributor_organization_id
LEFT JOIN events AS ae ON ae.event_id = a.arrival_event_id;

UPDATE column_docs SET description = 'The state the aid is given to, references countries; NULL when the page names only the people it is for (aid to Syrian refugees in Jordan has no recipient country).' WHERE table_name = 'aid_deliveries' AND column_name = 'recipient_country_id';
INSERT INTO column_docs (table_name, column_name, description) VALUES ('aid_deliveries', 'location_country_id', 'The country in which the aid was handed over, references countries; NULL when the page does not say.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('aid_delivery_details', 'location', 'The country in which the aid was handed over, when the page says (aid_deliveries.location_country_id).');

-- Who benefits and where ----------------------------------------------------------------------------
UPDATE change_context SET reason = 'AIDA''s page gives aid to Syrian refugees in Jordan: the refugees are its beneficiaries and Jordan is where it was given, not its recipient country.', source_id = 'aida-syrian-refugees';
UPDATE aid_deliveries SET recipient_country_id = NULL, recipients = 'Syrian refugees', location_country_id = 'JOR' WHERE aid_delivery_id IN ('aida-syrian-refugees-jordan-2012', 'aida-syrian-refugees-jordan-2015');
DELETE FROM event_participants WHERE participant_id IN (190, 192) AND country_id = 'JOR' AND role = 'recipient';

UPDATE change_context SET reason = 'Where the aid was handed over, now a field of its own: the pages put these deliveries in Syria (the convoy crossed at Çobanbey, the second batch was sent to Syria, the iftars were in Damascus, the meat in Rif Dimashq and Homs).', source_id = 'jps-article';
UPDATE aid_deliveries SET location_country_id = 'SYR' WHERE aid_delivery_id IN ('first-aid-convoy', 'second-aid-batch', 'iftar-meals-for-orphans', 'eid-al-adha-meat');

-- A day range worked out from a visit's dates is derived ---------------------------------------------
UPDATE change_context SET reason = 'The pages give no day for these meetings; the range is worked out from the dates of al-Muallem''s visit of 2-3 June 2009 (MFA-AZ), so the basis is derived, not inferred.', source_id = 'mfa-az-syria';
UPDATE events SET date_basis = 'derived', note = 'Derived: the page gives no day; the range is al-Muallem''s visit of 2-3 June 2009, during which the meeting took place.' WHERE event_id = 'al-muallem-meets-asadov-2009';
UPDATE events SET date_basis = 'derived', note = 'Derived: the page gives no day; the range is al-Muallem''s visit of 2-3 June 2009, during which the meeting took place.' WHERE event_id = 'al-muallem-meets-rasizade-2009';
UPDATE events SET date_basis = 'derived', note = 'Derived: the page gives no day; the range is al-Muallem''s visit of 2-3 June 2009, during which the meeting took place. Shahba News says the meeting was "yesterday" and shows no date.' WHERE event_id = 'aliyev-receives-al-muallem-2009';
UPDATE events SET date_basis = 'derived', note = 'Derived: the page gives no day; the range is al-Muallem''s visit of 2-3 June 2009, during which the talks took place. APA''s report is dated 3 June 2009.' WHERE event_id = 'mammadyarov-al-muallem-talks-2009';

UPDATE change_context SET reason = 'The retrospective page gives July 2009 and the visit''s days, not the day of this meeting: the range comes from the visit of 8-9 July 2009, so the basis is derived, not reported.', source_id = 'icma-271917';
UPDATE events SET date_basis = 'derived', note = 'Derived: a retrospective page of December 2024 gives July 2009 and the visit''s days, 8-9 July, but not the day of this meeting; the range is the visit''s.' WHERE event_id = 'assad-received-at-milli-majlis';

-- A year taken from a newspaper's own date is inferred -----------------------------------------------
UPDATE change_context SET reason = 'Trend (told Trend Jan. 21) and TASS (dateline BAKU, January 21; he spoke on Sunday) give the day without a year; the year is the pages'' own date, so the basis is inferred, not stated.', source_id = 'trend-2850401';
UPDATE events SET date_basis = 'inferred', note = 'Trend and TASS give 21 January without a year (TASS adds that he spoke on Sunday); the year is from the pages'' own date, 21 January 2018.' WHERE event_id = 'mfa-understands-olive-branch';

UPDATE change_context SET reason = 'Today.az gives Feb. 25 without a year ("told Trend on Feb. 25"); the year is the page''s own date, so the basis is inferred, not stated.', source_id = 'today-az-179597';
UPDATE events SET date_basis = 'inferred', note = 'Today.az, from Trend, gives 25 February without a year; the year is from the page''s own date, 25 February 2019.' WHERE event_id = 'hajiyev-syrian-armenians-resettlement-2019';

UPDATE change_context SET reason = 'Caucasus in Detail gives the dateline Baku, 26 October, and "on Oct. 26" without a year; the year is the page''s own date (27 October 2019), so the basis is inferred, not stated.', source_id = 'caucasusindetail-mekdad';
UPDATE events SET date_basis = 'inferred', note = 'Caucasus in Detail, from Trend, gives 26 October without a year, in its dateline and text; the year is from the page''s own date, 27 October 2019.' WHERE event_id = 'mekdad-supports-azerbaijan-position-nam-2019';

UPDATE change_context SET reason = 'The newspaper Azərbaycan gives 9 July without a year; the year is from the issue''s own date (10 July 2009), so the basis is inferred, not stated.', source_id = 'anl-85660';
UPDATE events SET date_basis = 'inferred', note = 'The newspaper Azərbaycan, from AZERTAC, gives 9 July without a year; the year is from the issue''s own date, 10 July 2009.' WHERE event_id = 'assad-lays-wreath-at-heydar-aliyev-grave';

-- A day worked out from "today" or from a weekday is derived; a day known only from a report is reported --
UPDATE change_context SET reason = 'Bloomberg''s page (dated 14 January 2013 by its address) says Abdullayev spoke "today": the day is worked out from the page''s date, so the basis is derived, not stated.', source_id = 'bloomberg-20130114';
UPDATE events SET date_basis = 'derived', note = 'Derived: Bloomberg''s page, dated 14 January 2013 by its address, says he spoke "today". The accusation is Azerbaijan''s, against Armenia; Syria is the refugees'' origin.' WHERE event_id = 'abdullayev-syrian-armenians-resettlement-provocation';

UPDATE change_context SET reason = 'The President''s page, dated 4 February 2016, says the conference "has started today": the day is worked out from the page''s date, so the basis is derived, not stated.', source_id = 'president-az-17694';
UPDATE events SET date_basis = 'derived', note = 'Derived: the President''s page, dated 4 February 2016, says the conference began "today".' WHERE event_id = 'aliyev-london-syria-conference';

UPDATE change_context SET reason = 'The communiqué''s own date is not shown; its latest day is worked out from the truce it speaks of as due to take effect on 27 February 2016, so the basis is derived, not reported (the page''s date is not the bound).', source_id = 'azvision-fr-10269';
UPDATE events SET date_basis = 'derived', note = 'Derived: the communiqué speaks of the truce as due to take effect on 27 February 2016, so it came on or before that day; its own date is not shown.' WHERE event_id = 'mfa-welcomes-syria-ceasefire-2016';

UPDATE change_context SET reason = 'The pages of 6 October 2020 date the publication of the interview''s excerpts, not the interview: the day is only the report''s, so the date is a latest bound (reported), not a stated day.', source_id = 'ruptly-assad-erdogan';
UPDATE events SET date_earliest = NULL, date_latest = '2020-10-06', date_precision = 'range', date_basis = 'reported', date_edtf = '[..2020-10-06]',
  note = 'Known from pages of 6 October 2020 that publish excerpts of the interview, given to a Russian agency; the interview''s own date is not given.'
WHERE event_id = 'assad-blames-erdogan-for-karabakh-war';

UPDATE change_context SET reason = 'Report.az''s dateline (Baku) is where the report was filed; the page does not say where Hajiyev spoke, so the event is not placed in Baku.', source_id = 'report-az-20160302';
UPDATE events SET place_id = NULL, note = 'Derived: Report.az, dateline 2 March 2016, says he spoke on Wednesday, which was that day. The page does not say where he spoke; its dateline is Baku.' WHERE event_id = 'hajiyev-syrian-armenians-resettled-2016';

-- A news page's day and month with the year of its own dateline: inferred, not stated -----------------
UPDATE change_context SET reason = 'Trend''s dateline and text give March 13 without a year; the year is the page''s own date (13 March 2025), so the basis is inferred, not stated.', source_id = 'trend-4017550';
UPDATE events SET date_basis = 'inferred', note = 'Trend gives 13 March without a year, in its dateline (BAKU, Azerbaijan, March 13); the year is from the page''s own date, 13 March 2025.' WHERE event_id = 'bayramov-backs-syria-in-oic';

UPDATE change_context SET reason = 'Trend, on a page dated 28 March 2025, gives the iftars as 25-27 March "of this year": the year is the page''s own, so the basis is inferred, not stated.', source_id = 'trend-4022941';
UPDATE events SET date_basis = 'inferred', note = 'Trend, on a page dated 28 March 2025, gives 25-27 March "of this year"; the year is from the page''s date. The article gives 28 March and Damascus only.' WHERE event_id = 'iftar-for-orphaned-children';

UPDATE change_context SET reason = 'Trend (dateline BAKU, Azerbaijan, February 17) and Report.az give 17 February without a year; the year is the pages'' own date (17 February 2026), so the basis of the signing and of its agreement is inferred, not stated.', source_id = 'trend-4154567';
UPDATE events SET date_basis = 'inferred', note = 'Trend and Report.az give 17 February without a year; the year is from the pages'' own date, 17 February 2026.' WHERE event_id = 'rabat-schools-agreement-signed';
UPDATE agreements SET date_basis = 'inferred', note = 'Trend and Report.az give 17 February without a year; the year is from the pages'' own date, 17 February 2026.' WHERE agreement_id = 'rabat-schools-partnership-2026';

UPDATE change_context SET reason = 'The pages say the agreement was signed at ICESCO''s headquarters in Rabat, with its Director-General among the signatories; none calls ICESCO the host.', source_id = 'trend-4154567';
UPDATE event_participants SET role = 'participant', note = 'The signing took place at its headquarters in Rabat; its Director-General signed.' WHERE participant_id = 116 AND event_id = 'rabat-schools-agreement-signed';

UPDATE change_context SET reason = 'Report.az gives "On March 10" without a year; the year is the page''s own date (10 March 2026), so the basis is inferred, not stated.', source_id = 'report-az-phone-call';
UPDATE events SET date_basis = 'inferred', note = 'Report.az gives 10 March without a year; the year is from the page''s own date, 10 March 2026.' WHERE event_id = 'al-sharaa-phones-aliyev';

UPDATE change_context SET reason = 'sng.today gives the press conference in Baku on 18 January without a year; the year is the page''s own date (18 January 2025), so the basis is inferred, not stated.', source_id = 'sng-today-39980';
UPDATE events SET date_basis = 'inferred', note = 'sng.today gives 18 January without a year; the year is from the page''s own date, 18 January 2025.' WHERE event_id = 'bayramov-announces-charge-for-syria';

UPDATE change_context SET reason = 'AZERTAC gives "on April 11" and the dateline Antalya, April 11, without a year; the year is the page''s own date (11 April 2025), so the basis is inferred, not stated.', source_id = 'azertag-3500091';
UPDATE events SET date_basis = 'inferred', note = 'AZERTAC gives 11 April without a year, on a page dated 11 April 2025, from which the year is taken; one Syrian page gives 14 April. The article''s undated first meeting is taken to be this one.' WHERE event_id = 'first-aliyev-al-sharaa-meeting';

UPDATE change_context SET reason = 'Report.az''s interview gives no day for Hajizada''s words; the only date is the page''s own (7 November 2025), so the date is a latest bound (reported), not a stated day.', source_id = 'report-az-syrian-embassy';
UPDATE events SET date_earliest = NULL, date_latest = '2025-11-07', date_precision = 'range', date_basis = 'reported', date_edtf = '[..2025-11-07]',
  note = 'Known from Report''s page of 7 November 2025, where he spoke to the agency; the page gives no day for his words.'
WHERE event_id = 'mfa-hopes-syrian-embassy-in-baku';

UPDATE change_context SET reason = 'The memorandum''s day is stated, but its cited pages give it without a year or only as "Saturday": MENAFN''s page, from AzerNews, gives it whole (12 July 2025) and is now cited for it.', source_id = 'menafn-1109876042';
INSERT INTO citations (event_id, source_id, locator) VALUES ('socar-syria-gas-mou-signed', 'menafn-1109876042', 'paragraph 5');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('socar-syria-gas-mou-2025', 'menafn-1109876042', 'paragraph 5');

UPDATE change_context SET reason = 'Yenilik''s page is stamped 9 April 2025 and gives no day for the speech at ADA University: the date is only the report''s, a latest bound (reported), not a stated day.', source_id = 'yenilik-36481';
UPDATE events SET date_earliest = NULL, date_latest = '2025-04-09', date_precision = 'range', date_basis = 'reported', date_edtf = '[..2025-04-09]',
  note = 'Known from Yenilik''s page stamped 9 April 2025, 16:18; the page gives no day for the speech.'
WHERE event_id = 'aliyev-ada-university-speech';

-- Gafarova spoke on 23 September 2020, not on the day of AZERTAC's report ---------------------------
UPDATE change_context SET reason = 'Pages read for the corrections of release 3.0.0 that show what the corrected rows rest on.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('trend-3303812', 'web_page', 'Chairperson of Azerbaijani Parliament: Illegal settlement of Syrian, Lebanese refugees in occupied Nagorno Karabakh raises concern', 'Trend News Agency', 'https://en.trend.az/azerbaijan/politics/3303812.html', 'en', '2020-09-23', '2026-12-07', 'Dated 23 September 2020, 12:15; dateline Baku, Sept. 23: Gafarova spoke at the Federation Council''s plenary session on Sept. 23.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('news-az-gafarova-20200923', 'web_page', 'Sahiba Gafarova: illegal resettlement of Syrian, Lebanese refugees in occupied Nagorno-Karabakh raises concern', 'News.az', 'https://news.az/news/sahiba-gafarova-illegal-resettlement-of-syrian-lebanese-refugees-in-occupied-nagorno-karabakh-raises-concern', 'en', '2020-09-23', '2026-12-07', 'Dated 23 September 2020; she spoke at the Federation Council on Wednesday.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('azernews-20131003-mehdiyev', 'web_page', 'Azerbaijani envoy to UN concerned over Syrian Armenians resettlement in Nagorno-Karabakh (AzerNews, repost)', 'armeniandiaspora.com (repost of AzerNews)', 'https://armeniandiaspora.com/forum/2013/october-2013/319716-baku-azerbaijani-envoy-to-un-concerned-over-syrian-armenians-resett', 'en', '2013-10-03', '2026-12-07', 'Reposts AzerNews, 3 October 2013, 16:42, which quotes Mehdiyev''s comments from the website of Azerbaijan''s mission to the UN.', 'other', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('operationspaix-28116', 'web_page', 'Syria/UN: the Security Council condemns the Houla massacre', 'Réseau de recherche sur les opérations de paix (operationspaix.net)', 'http://www.operationspaix.net/28116-details-actualite-syrie-onu.html', 'fr', '2012-05-28', '2026-12-07', 'Dated 28 May 2012; from AFP: the Council condemned the massacre the day before.', 'scholarly', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('rt-houla-348', 'web_page', 'UN Security Council issues statement condemning Houla Massacre', 'RT', 'https://www.rt.com/news/un-security-syria-houla-348/', 'en', '2012-05-27', '2026-12-07', 'Dated 27 May 2012, 19:00: the Council has issued the statement.', 'state_media', 'RUS');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note) VALUES ('azernews-20131003-mehdiyev', 'mfa-az-879-1920', 'quotes', 'apparent', 'AzerNews quotes the same comments by Mehdiyev that the ministry''s page gives, from the mission''s website.');

UPDATE change_context SET reason = 'AZERTAC''s report is dated 24 September 2020 and gives no day for the speech; Trend (23 September 2020) puts it on Sept. 23 and News.az (23 September) on Wednesday: the speech was on 23 September, a year taken from the pages'' own date.', source_id = 'trend-3303812';
-- Where her office's known bounds start only on 24 September 2020 (an attested day), they no longer
-- cover the speech and the link is left out; where a script on offices has set the term's start from
-- a page that states it (before 23 September 2020), the link stays.
UPDATE event_participants SET position_id = NULL WHERE participant_id = 197 AND event_id = 'gafarova-syrian-lebanese-refugees-resettlement'
  AND NOT EXISTS (SELECT 1 FROM positions WHERE position_id = 'sahiba-gafarova-speaker' AND coalesce(start_earliest, start_latest) <= '2020-09-23');
UPDATE events SET date_earliest = '2020-09-23', date_latest = '2020-09-23', date_edtf = '2020-09-23', date_basis = 'inferred',
  note = 'Trend gives 23 September without a year, on a page dated 23 September 2020, and News.az, the same day, says she spoke on Wednesday; AZERTAC''s report of 24 September gives no day for the speech.'
WHERE event_id = 'gafarova-syrian-lebanese-refugees-resettlement';
INSERT INTO citations (event_id, source_id, locator) VALUES ('gafarova-syrian-lebanese-refugees-resettlement', 'trend-3303812', 'dateline and paragraphs 1-2');
INSERT INTO citations (event_id, source_id, locator) VALUES ('gafarova-syrian-lebanese-refugees-resettlement', 'news-az-gafarova-20200923', 'paragraphs 1-2');

UPDATE change_context SET reason = 'The pages say Gafarova addressed a plenary session of the Federation Council of Russia''s Federal Assembly; none says Russia hosted her.', source_id = 'azertag-1594337';
UPDATE event_participants SET role = 'addressee', note = 'She addressed a plenary session of the Federation Council of Russia''s Federal Assembly.' WHERE participant_id = 199 AND event_id = 'gafarova-syrian-lebanese-refugees-resettlement';

-- A day the pages give is a day -----------------------------------------------------------------------
UPDATE change_context SET reason = 'The Council''s press statement on El-Houleh was issued on Sunday 27 May 2012: operationspaix.net, dated 28 May, has the Council condemning the massacre the day before, and RT reports it issued on 27 May; the row gave only the month.', source_id = 'operationspaix-28116';
UPDATE events SET date_earliest = '2012-05-27', date_latest = '2012-05-27', date_precision = 'day', date_edtf = '2012-05-27',
  note = 'Derived: operationspaix.net, dated 28 May 2012, says the Council condemned the massacre the day before, and RT reports the statement issued on 27 May. The Voltaire Network copy names the President for May, Agshin Mehdiyev, and shows no date. The Council, not Azerbaijan alone, is the author; it is coded as the criticism it is.'
WHERE event_id = 'unsc-condemns-el-houleh-killings';
INSERT INTO citations (event_id, source_id, locator) VALUES ('unsc-condemns-el-houleh-killings', 'operationspaix-28116', 'date and paragraph 1');
INSERT INTO citations (event_id, source_id, locator) VALUES ('unsc-condemns-el-houleh-killings', 'rt-houla-348', 'date and paragraphs 1-2');

-- Roles and places as the pages say them ----------------------------------------------------------
UPDATE change_context SET reason = 'The cited pages say the Turkish and Israeli officials met in Azerbaijan, in Baku; none says Azerbaijan hosted or took part in the meeting.', source_id = 'samanyoluhaber-1476295';
DELETE FROM event_participants WHERE participant_id = 303 AND event_id = 'turkiye-israel-deconfliction-talks-in-baku' AND country_id = 'AZE';

UPDATE change_context SET reason = 'The President''s page calls the London conference co-organized by the UK, Germany, Kuwait, Norway and the United Nations, and Aliyev came at the invitation of their leaders: the UK is one of its organizers, not its host.', source_id = 'president-az-17694';
UPDATE event_participants SET role = 'organizer', note = 'One of the co-organizers the page names: the UK, Germany, Kuwait, Norway and the United Nations.' WHERE participant_id = 184 AND event_id = 'aliyev-london-syria-conference';
UPDATE events SET summary = 'At the invitation of the UN Secretary-General and the leaders of the UK, Germany, Norway and Kuwait, the co-organizers, Ilham Aliyev attends the London donor conference on Syria and addresses its education session, voicing deep sympathy for Syrian refugees and likening their plight to Azerbaijan''s own refugees and displaced people.' WHERE event_id = 'aliyev-london-syria-conference';

UPDATE change_context SET reason = 'Turan says only that Aliyev spoke at a government session on 10 January; it names no place, so the event is not placed in Baku.', source_id = 'turan-donor-conference-2016';
UPDATE events SET place_id = NULL, note = 'Turan gives 10 January without a year, in a report written as Aliyev arrived in London for the donor conference of February 2016; the year is inferred from that. The page names no place for the government session.' WHERE event_id = 'aliyev-syria-iraq-disturbing-2016';

-- A note that says a text names no party must match the text --------------------------------------
UPDATE change_context SET reason = 'Mehdiyev''s comments, as AzerNews quotes them from the mission''s website, name Armenia: the note that the text names no party was wrong.', source_id = 'azernews-20131003-mehdiyev';
UPDATE event_participants SET note = 'Named in Mehdiyev''s comments as AzerNews quotes them, and by AFP''s report.' WHERE participant_id = 155 AND event_id = 'mehdiyev-presidency-syrian-refugees-remark';
UPDATE statements SET note = 'An allegation; as AzerNews quotes the comments, he says he is referring to Armenia''s moves to relocate Syrians of Armenian descent into Azerbaijan''s occupied territories. AFP''s report also names Armenia.' WHERE statement_id = 'mehdiyev-syrians-settled-in-occupied-land';
UPDATE events SET summary = 'Beginning Azerbaijan''s October 2013 Council presidency with a presidential statement on Syria''s humanitarian situation, Agshin Mehdiyev calls the situation a catastrophe, commends neighbours hosting refugees, and says some Syrians are being encouraged to make their homes in occupied land whose own people were driven out, naming Armenia''s resettlement of Syrian Armenians in Azerbaijan''s occupied territories.' WHERE event_id = 'mehdiyev-presidency-syrian-refugees-remark';
INSERT INTO citations (event_id, source_id, locator) VALUES ('mehdiyev-presidency-syrian-refugees-remark', 'azernews-20131003-mehdiyev', 'paragraphs 1-4');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('mehdiyev-syrians-settled-in-occupied-land', 'azernews-20131003-mehdiyev', 'paragraphs 3-5');

-- Possessives that lost their apostrophe ------------------------------------------------------------
-- (Script 0035 now writes these fields right itself, so in a new build the UPDATEs below change nothing;
--  they correct a 2.0.0 file upgraded in place, where 0035 does not run again.)
UPDATE change_context SET reason = 'Possessives had lost their apostrophe when the rows were written (in a country''s name and in a statement''s own date): the text is corrected; no fact changes.', source_id = NULL;
UPDATE events SET title = 'Aliyev and Erdoğan, by phone, congratulate the Syrian people and back Syria''s territorial integrity', summary = 'Ilham Aliyev calls Recep Tayyip Erdoğan; they discuss the situation in Syria after the Assad government''s collapse, congratulate the Syrian people, and voice support for Syria''s territorial integrity and sovereignty.', note = 'The presidential press service, via Caspian Energy, gives 10 December without a year; the year is from the context, two days after the Assad government fell. Turan says the ministry''s statement of that evening came a few hours after the call.' WHERE event_id = 'aliyev-erdogan-call-after-assad-fall';
UPDATE events SET note = 'Known from a report of 3 October 2020; the interview''s own date is not given.' WHERE event_id = 'aliyev-rejects-macron-claim-al-jazeera';
UPDATE events SET title = 'The Armenian and Syrian foreign ministers voice grave concern over Syrian mercenaries in Azerbaijan''s war', summary = 'Meeting on the sidelines of the 76th General Assembly, Armenia''s Ararat Mirzoyan and Syria''s Faisal Mekdad, on the Armenian side''s account, express grave concern over Syrian mercenaries used in what the page calls Azerbaijan''s aggression.', note = 'Known from Armenian Public Radio''s report of 25 September 2021, which does not date the meeting.' WHERE event_id = 'armenian-syrian-fms-mercenaries-concern';
UPDATE events SET summary = 'In a call with Türkiye''s foreign minister Hakan Fidan, Jeyhun Bayramov discusses the developments in Syria in detail; Azerbaijan repeats its support for Syria''s territorial integrity and sovereignty and hopes for a quick end to the crisis in line with the Syrian people''s will.' WHERE event_id = 'bayramov-fidan-call-on-syria';
UPDATE events SET title = 'Bayramov and Syria''s Mekdad, with two other ministers, discuss the Non-Aligned Movement in New York', summary = 'During the high-level week of the 77th General Assembly, Jeyhun Bayramov meets the foreign ministers of Mongolia, Syria and Somalia, thanks them for supporting Azerbaijan''s initiatives as chair of the Non-Aligned Movement, and they say they want closer ties with Azerbaijan, in the movement and bilaterally.', note = 'Known from a report of 23 September 2022; the meeting''s day is not given.' WHERE event_id = 'bayramov-mekdad-nam-new-york-2022';
UPDATE events SET summary = 'Addressing Russia''s Federation Council, Milli Majlis speaker Sahiba Gafarova says Armenia''s ongoing settlement of Syrian and Lebanese refugees in Nagorno-Karabakh clearly violates the Geneva Conventions.' WHERE event_id = 'gafarova-syrian-lebanese-refugees-resettlement';
UPDATE events SET note = 'Known from a page of December 2024 that recalls the presidents'' call of 10 December; the statement''s own day is not given.' WHERE event_id = 'hajiyev-former-regime-created-problems';
UPDATE events SET summary = 'Hikmet Hajiyev, head of the presidential administration''s foreign policy department, says Armenia, under a humane guise, is resettling Syrian Armenians in occupied Azerbaijani territory in breach of humanitarian law, which shows it does not want a peaceful settlement.' WHERE event_id = 'hajiyev-syrian-armenians-resettlement-2019';
UPDATE events SET summary = 'In an interview, Khalaf Khalafov says Azerbaijan favours a diplomatic settlement of the Syrian crisis, welcomes the agreements of Erdoğan''s visit to Moscow, and warns against escalation into war in Syria.', note = 'Known from a report of 11 March 2020; the interview''s own date is not given.' WHERE event_id = 'khalafov-idlib-diplomatic-solution';
UPDATE events SET title = 'At the Non-Aligned summit in Baku, Syria''s Mekdad backs Azerbaijan''s position on Karabakh', summary = 'Speaking at the 18th Non-Aligned Movement summit in Baku, Syria''s deputy foreign minister Faisal Mekdad says Syria supports Azerbaijan''s fair position on the Karabakh conflict and its peaceful resolution, and calls for joint action against terrorism.' WHERE event_id = 'mekdad-supports-azerbaijan-position-nam-2019';
UPDATE events SET title = 'Azerbaijan backs Türkiye''s "Peace Spring" operation, within Syria''s territorial integrity', summary = 'The Foreign Ministry says it is confident that the Turkish army''s "Peace Spring" operation will remove terror risks, let refugees return and bring peace and stability within Syria''s territorial integrity, as Türkiye''s government has said.' WHERE event_id = 'mfa-backs-peace-spring';
UPDATE events SET title = 'Azerbaijan''s Foreign Ministry rejects claims that it brought in terrorists and mercenaries', summary = 'A Foreign Ministry statement rejects Armenia''s claims of Türkiye''s participation in the fighting and, once again, that Azerbaijan recruited terrorists and mercenaries, and says Armenia itself uses fighters of Armenian origin from the Middle East.' WHERE event_id = 'mfa-rejects-mercenary-claims';
UPDATE events SET title = 'Azerbaijan says it understands Türkiye''s security concerns as Türkiye enters Afrin', summary = 'On Türkiye''s "Olive Branch" operation in Syria''s Afrin, the Foreign Ministry''s spokesman Hikmet Hajiyev says Azerbaijan, itself a victim of terrorism, fully understands Türkiye''s concerns about terrorist threats to its security.' WHERE event_id = 'mfa-understands-olive-branch';
UPDATE events SET title = 'The ombudsman''s report counts 60 citizens repatriated from Syria in 2023', summary = 'Azerbaijan''s human rights commissioner reports that 60 citizens, 13 women and 47 children, were repatriated from Syria in 2023, and 469 children and women from Iraq and Syria in all.' WHERE event_id = 'ombudsman-report-repatriations-2023';
UPDATE events SET summary = 'Seven citizens, five children and two women, held in camps in Syria are brought to Baku through Türkiye; Turan recalls that about 450 people have been repatriated from Syria and Iraq and that, by the Interior Ministry''s count, 1,477 citizens went there to join armed groups and 903 of them died.', note = 'Turan gives 20 February without a year; the year is from the German report of the ministry''s announcement of 21 February 2024. A repatriation of citizens, for which CAMEO has no code.' WHERE event_id = 'repatriation-2024-02-20';
UPDATE events SET title = 'Russia''s Foreign Ministry says fighters from Syria and Libya are being moved to the Karabakh war', summary = 'The Russian Foreign Ministry''s press department says incoming reports show fighters of illegal armed groups, in particular from Syria and Libya, being moved to the Karabakh conflict zone, and calls on the states concerned to stop the use of foreign terrorists and mercenaries.', note = 'UAWire gives Wednesday, 30 September, without a year; the year is from the context of the war of 2020. The ministry''s page names no state as responsible.' WHERE event_id = 'russian-mfa-fighters-from-syria-karabakh';
UPDATE events SET title = 'An Azerbaijani MP condemns Assad''s remarks on fighters from Syria', summary = 'Nizami Safarov, of the Milli Majlis defence and security committee, tells Sputnik that Assad''s statements on fighters moved from Syria to Karabakh deserve only regret and condemnation, and that claims of terrorist fighters on Azerbaijan''s side are ridiculous.' WHERE event_id = 'safarov-condemns-assad-remarks';
UPDATE events SET title = 'Syria''s ambassador in Moscow blames Türkiye for moving terrorists to Karabakh', summary = 'Syria''s ambassador to Russia, Riad Haddad, tells Interfax that the Turkish regime is responsible for moving terrorists to the Karabakh conflict zone, which he says confirms Syria''s warnings, and calls for an international response.' WHERE event_id = 'syrian-ambassador-moscow-blames-turkey';
UPDATE events SET title = 'Syria''s ambassador in Yerevan condemns any attack on Armenian lands and says Turkish jets support Azerbaijan''s army', summary = 'Syria''s ambassador to Armenia tells the Syrian daily Al-Watan that Syria condemns any attack on Armenian lands and backs a settlement under UN resolutions and the Minsk Group principles, calls the Azerbaijani troops the side advancing, and says Turkish F-16s and artillery support them.' WHERE event_id = 'syrian-ambassador-yerevan-condemns-attack';
UPDATE events SET title = 'Syria''s Foreign Ministry regrets the Karabakh clashes and urges Azerbaijan not to fall into Türkiye''s trap', summary = 'A Syrian Foreign Ministry source expresses deep regret over the fighting and its victims on both sides, calls on Armenia and Azerbaijan to end the escalation, warns against Türkiye''s flagrant interference, and urges Azerbaijan''s government not to fall into the trap of Türkiye''s plans and to answer Armenia''s calls for a truce and dialogue.' WHERE event_id = 'syrian-mfa-regrets-karabakh-clashes';
UPDATE events SET title = 'UN experts report that Azerbaijan, with Türkiye''s help, relied on Syrian fighters and ask for their withdrawal', summary = 'The UN Working Group on the use of mercenaries says there were widespread reports that Azerbaijan''s government, with Türkiye''s help, relied on Syrian fighters, including on the front line, in a way consistent with the definition of mercenaries, and calls for their withdrawal.' WHERE event_id = 'un-experts-syrian-fighters-azerbaijan';
UPDATE events SET summary = 'A statement of Azerbaijan''s delegation at the UN High Commissioner for Refugees Dialogue on Protection Challenges calls Armenia''s settling of Syrian refugees of Armenian origin in occupied Azerbaijani territory a grave breach of international humanitarian law, and says Armenia seeks funds for it.', note = 'Known from Trend''s report of 16 December 2017; the statement''s own date is not given.' WHERE event_id = 'unhcr-dialogue-syrian-armenians-protest';
UPDATE statements SET summary = 'Syria supports Azerbaijan''s fair position on the Karabakh conflict and its peaceful resolution.' WHERE statement_id = 'mekdad-supports-fair-position-karabakh';
UPDATE statements SET summary = 'Azerbaijan''s government should beware Türkiye''s plans and respond to Armenia''s initiatives for a truce and dialogue.' WHERE statement_id = 'syria-urges-azerbaijan-respond-to-armenia';
UPDATE statements SET summary = 'Türkiye''s flagrant interference aims to inflame the conflict, as is its way elsewhere.' WHERE statement_id = 'syria-warns-turkish-interference-karabakh';
UPDATE sources SET title = 'Syria''s ambassador to Russia: the Turkish regime is responsible for moving terrorists to Nagorno-Karabakh' WHERE source_id = 'armenpress-1030179';
UPDATE sources SET note = 'On the sidelines of the 76th UN General Assembly; the meeting''s day is not given.' WHERE source_id = 'armradio-20210925';
UPDATE sources SET title = 'Azerbaijani Parliament Speaker: Armenia''s illegal resettlement of Syrian and Lebanese refugees in Nagorno-Karabakh is a matter of concern' WHERE source_id = 'azertag-1594337';
UPDATE sources SET title = 'Syria supports Azerbaijan''s fair position on Karabakh conflict - deputy FM' WHERE source_id = 'caucasusindetail-mekdad';
UPDATE sources SET title = 'Azerbaijani MFA comments on Türkiye''s anti-terror operation in northern Syria' WHERE source_id = 'news-az-peace-spring';
UPDATE sources SET title = 'Azerbaijan''s deputy foreign minister on the Idlib crisis', note = 'From an interview with APA TV; the interview''s own date is not given.' WHERE source_id = 'novoye-vremya-khalafov';
UPDATE sources SET title = 'Syria''s Assad blames Turkey for fighting between Azeris and Armenians' WHERE source_id = 'onenewspage-assad-20201006';
UPDATE sources SET title = 'Syria warns Azerbaijan against falling into Turkey''s trap' WHERE source_id = 'panarmenian-286008';
UPDATE sources SET title = 'Azerbaijan understands Turkey''s concerns about terrorist threats - foreign ministry' WHERE source_id = 'tass-986148';
UPDATE sources SET note = 'The statement''s own date is not given.' WHERE source_id = 'trend-2836413';
UPDATE sources SET title = 'Azerbaijan fully understands Türkiye''s security concerns against terror threat - Foreign Ministry' WHERE source_id = 'trend-2850401';

-- Summaries that repeated a run of a source's words ------------------------------------------------
UPDATE change_context SET reason = 'The text repeated nine or more words in a row from a source text (extended-facts.md, after the page): reworded; no fact changes.', source_id = NULL;
UPDATE agreements SET title = 'Memorandum on founding the Joint Commission on Economic, Scientific, Technical and Cultural Cooperation' WHERE agreement_id = 'joint-commission-memorandum-2009';
UPDATE agreements SET summary = 'SOCAR and the Government of Syria agree on supplying Azerbaijani natural gas to Syria. Deliveries through Türkiye began on 2 August 2025, financed by Qatar; President Aliyev later called the arrangement an agreement among four parties: Azerbaijan, Syria, Türkiye and Qatar.' WHERE agreement_id = 'socar-syria-gas-mou-2025';
UPDATE agreements SET summary = 'Azerbaijan pays for about ten new school buildings and for major repairs to about a hundred damaged schools in Syria, some 30 million US dollars in all, with ICESCO as partner; the agreement runs until the end of 2030.' WHERE agreement_id = 'rabat-schools-partnership-2026';
UPDATE statements SET summary = 'The gas supply rests on an agreement among four parties, Azerbaijan, Syria, Türkiye and Qatar, with Qatar''s government paying; 1.2 billion cubic metres have been agreed so far, and Azerbaijan may raise the volume because Syria needs more.' WHERE statement_id = 'aliyev-four-party-gas-agreement';
UPDATE aid_deliveries SET route = 'Overland via Georgia and Türkiye, crossing into Syria at Çobanbey on the way to Idlib' WHERE aid_delivery_id = 'first-aid-convoy';
UPDATE events SET summary = 'Azerbaijan''s embassy and its development agency AIDA host evening meals breaking the Ramadan fast for more than a thousand orphaned children in Damascus and in Spena, a village.' WHERE event_id = 'iftar-for-orphaned-children';
UPDATE events SET summary = 'In Istanbul, on the margins of the OIC Council of Foreign Ministers'' 51st session, Jeyhun Bayramov and Asaad al-Shaibani discuss restoring bilateral relations and regional security; Bayramov calls the embassy''s reopening the start of a new phase and welcomes the lifting of sanctions on Syria.' WHERE event_id = 'bayramov-meets-al-shaibani-istanbul';
UPDATE events SET summary = 'Al-Sharaa arrives in Baku and is met at the airport by Yagub Eyyubov, the first deputy prime minister, and Fariz Rzayev, a deputy foreign minister; he then holds one-to-one and expanded talks with Ilham Aliyev at the Zagulba Palace.' WHERE event_id = 'al-sharaa-visits-baku';

UPDATE change_context SET reason = 'The text kept most of a ministry statement''s own wording (its run of words differing by one word or a name''s spelling): reworded; no fact changes.', source_id = NULL;
UPDATE statements SET summary = 'Reports show deliberate efforts to get some Syrians to move to other conflict zones, and even to settle in occupied land whose original inhabitants were forced out.' WHERE statement_id = 'mehdiyev-syrians-settled-in-occupied-land';
UPDATE events SET summary = 'On Türkiye''s "Olive Branch" operation in Syria''s Afrin, the Foreign Ministry''s spokesman Hikmet Hajiyev says Azerbaijan, having suffered terrorism itself, fully understands why Türkiye fears terrorist threats to its security.' WHERE event_id = 'mfa-understands-olive-branch';
UPDATE events SET summary = 'The Foreign Ministry says it is confident that the Turkish army''s "Peace Spring" operation will remove the risk of terror, let refugees go home and bring Syria peace and stability, with its territory whole, as Türkiye''s government has said.' WHERE event_id = 'mfa-backs-peace-spring';

UPDATE change_context SET reason = 'A word no dictionary knows (roundings): reworded; no fact changes.', source_id = NULL;
UPDATE discrepancies SET note = 'From August 2012 to February 2025 is about twelve and a half years, so it can be rounded to either twelve or thirteen.' WHERE discrepancy_id = 'hiatus-length';

UPDATE change_context SET reason = NULL, source_id = NULL;
