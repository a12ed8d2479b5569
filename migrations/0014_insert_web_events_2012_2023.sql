-- 0014: 2012 to 2023: the embassy still at work in April 2012, its suspension in August 2012
-- (the article's date for this is wrong: see the discrepancies in 0019), the ambassador's recall,
-- and Foreign Minister al-Mikdad's 2023 visit.

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('mfa-says-embassy-still-working', '2012-04-12', '2012-04-12', 'day', 'stated', '2012-04-12', '010', NULL,
   'Azerbaijan''s Foreign Ministry says the Damascus embassy is still open',
   'The ministry states that its embassy in Syria continues to work despite the war.', NULL, NULL);
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('mfa-refers-to-suspension', '2012-11-22', '2012-11-22', 'day', 'stated', '2012-11-22', '010', NULL,
   'The Foreign Ministry describes the embassy''s work in Syria as suspended',
   'The ministry refers to its embassy''s activity in Syria as suspended.', NULL, NULL);
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('mahir-aliyev-recalled', '2014-11-01', '2014-11-30', 'month', 'stated', '2014-11', '161', 'RETREAT',
   'Ambassador Mahir Aliyev is recalled',
   'Mahir Aliyev, ambassador to Syria and Lebanon since 2008, is recalled.', NULL,
   'Given by one secondary page only.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('al-mikdad-visits-azerbaijan', '2023-07-05', '2023-07-06', 'range', 'stated', '2023-07-05/2023-07-06', '042', 'CONSULT',
   'Syrian Foreign Minister al-Mikdad visits Azerbaijan',
   'Faisal al-Mikdad, Syria''s Minister of Foreign Affairs and Emigrants, makes a working visit to Azerbaijan.', NULL,
   'The page gives neither city nor occasion.');

INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('mfa-says-embassy-still-working', NULL, 'mfa-azerbaijan', NULL, 'speaker');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('mfa-says-embassy-still-working', NULL, 'embassy-azerbaijan-damascus', NULL, 'subject');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('mfa-refers-to-suspension', NULL, 'mfa-azerbaijan', NULL, 'speaker');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('mfa-refers-to-suspension', NULL, 'embassy-azerbaijan-damascus', NULL, 'subject');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('mahir-aliyev-recalled', 'mahir-aliyev', NULL, NULL, 'subject');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-mikdad-visits-azerbaijan', 'faisal-al-mikdad', NULL, NULL, 'visitor');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-mikdad-visits-azerbaijan', NULL, NULL, 'AZE', 'host');

INSERT INTO event_topics (event_id, topic_id) VALUES ('mfa-says-embassy-still-working', 'embassy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('mfa-says-embassy-still-working', 'security');
INSERT INTO event_topics (event_id, topic_id) VALUES ('mfa-refers-to-suspension', 'embassy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('mfa-refers-to-suspension', 'security');
INSERT INTO event_topics (event_id, topic_id) VALUES ('mahir-aliyev-recalled', 'embassy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('mahir-aliyev-recalled', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-mikdad-visits-azerbaijan', 'diplomacy');

INSERT INTO citations (event_id, source_id) VALUES ('mfa-says-embassy-still-working', 'br-az-20120412');
INSERT INTO citations (event_id, source_id) VALUES ('mfa-refers-to-suspension', '1news-20121122');
INSERT INTO citations (event_id, source_id) VALUES ('mahir-aliyev-recalled', 'yenixeber-127308');
INSERT INTO citations (event_id, source_id) VALUES ('al-mikdad-visits-azerbaijan', 'mfa-az-syria');

INSERT INTO statements (statement_id, event_id, speaker_organization_id, summary) VALUES
  ('mfa-embassy-continues-work', 'mfa-says-embassy-still-working', 'mfa-azerbaijan',
   'The Azerbaijani embassy in Syria is still working.');
INSERT INTO statements (statement_id, event_id, speaker_organization_id, summary) VALUES
  ('mfa-embassy-activity-suspended', 'mfa-refers-to-suspension', 'mfa-azerbaijan',
   'The embassy''s activity in Syria is suspended.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('mfa-embassy-continues-work', 'embassy');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('mfa-embassy-activity-suspended', 'embassy');
INSERT INTO citations (statement_id, source_id) VALUES ('mfa-embassy-continues-work', 'br-az-20120412');
INSERT INTO citations (statement_id, source_id) VALUES ('mfa-embassy-activity-suspended', '1news-20121122');

-- The suspension itself: August 2012, when the ambassador and all staff left Damascus, citing
-- security, and about 60 Azerbaijanis registered with the embassy left Syria. It was the
-- embassy's work that stopped; the pages do not say diplomatic relations were broken.
UPDATE events SET
  date_earliest = '2012-08-01', date_latest = '2012-08-31', date_precision = 'month', date_basis = 'stated', date_edtf = '2012-08',
  title = 'Azerbaijan suspends its embassy''s work in Syria',
  summary = 'Ambassador Mahir Aliyev and all embassy staff leave Damascus for security reasons, and about 60 Azerbaijani citizens registered with the embassy leave Syria; the mission''s work is suspended indefinitely.',
  evidence_status = 'disputed',
  note = 'The article dates this "seventeen years later" and calls it a suspension of diplomatic relations; see the discrepancies.'
WHERE event_id = 'embassy-suspended';
INSERT INTO event_participants (event_id, person_id, role) VALUES ('embassy-suspended', 'mahir-aliyev', 'participant');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-suspended', 'jam-news-reopening');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-suspended', 'sauress-432869');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-suspended', 'azathabar-24669203');
INSERT INTO event_relations (event_id, related_event_id, relation) VALUES ('embassy-suspended', 'mfa-says-embassy-still-working', 'follows');
INSERT INTO event_relations (event_id, related_event_id, relation) VALUES ('mfa-refers-to-suspension', 'embassy-suspended', 'follows');
INSERT INTO event_relations (event_id, related_event_id, relation) VALUES ('mahir-aliyev-recalled', 'embassy-suspended', 'follows');
