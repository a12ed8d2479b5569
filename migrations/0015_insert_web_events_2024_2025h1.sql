-- 0015: December 2024 to May 2025 from the web pages: they give full dates for most of the
-- article's events (so those dates become 'stated'), correct some, and add the events the
-- article leaves out.

-- 10 December 2024: the article's date, confirmed with its year.
UPDATE events SET date_basis = 'stated',
  summary = 'Two days after the fall of the Assad government, the Azerbaijani Foreign Ministry publicly hopes that bilateral relations can be restored once Syria is stable again.',
  note = 'The article gives 10 December without a year; Caspian News gives the full date.'
WHERE event_id = 'mfa-statement-on-restoring-relations';
INSERT INTO citations (event_id, source_id) VALUES ('mfa-statement-on-restoring-relations', 'caspiannews-20241211');
INSERT INTO citations (statement_id, source_id) VALUES ('mfa-hopes-relations-restored', 'caspiannews-20241211');

-- 29 December 2024: Rafiyev in Damascus, confirmed, with what else was said.
UPDATE events SET date_basis = 'stated',
  note = 'The article gives 29 December without a year; Turan and MENAFN give the full date.'
WHERE event_id = 'rafiyev-visits-damascus';
INSERT INTO citations (event_id, source_id) VALUES ('rafiyev-visits-damascus', 'turan-788739');
INSERT INTO citations (event_id, source_id) VALUES ('rafiyev-visits-damascus', 'menafn-1109041427');
INSERT INTO event_topics (event_id, topic_id) VALUES ('rafiyev-visits-damascus', 'embassy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('rafiyev-visits-damascus', 'reconstruction');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES
  ('azerbaijan-to-reopen-embassy-soon', 'rafiyev-visits-damascus', NULL, 'mfa-azerbaijan',
   'Azerbaijan will restart its embassy''s work in Damascus as soon as it can, twelve years after suspending it.',
   'The pages give this as Azerbaijan''s word at the meeting without naming the speaker; recorded under the Foreign Ministry, whose deputy minister led the visit.');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES
  ('rafiyev-offers-reconstruction-experience', 'rafiyev-visits-damascus', 'yalchin-rafiyev', NULL,
   'Azerbaijan offers Syria what it learned rebuilding after its own conflict.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('azerbaijan-to-reopen-embassy-soon', 'embassy');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('rafiyev-offers-reconstruction-experience', 'reconstruction');
INSERT INTO citations (statement_id, source_id) VALUES ('azerbaijan-to-reopen-embassy-soon', 'turan-788739');
INSERT INTO citations (statement_id, source_id) VALUES ('rafiyev-offers-reconstruction-experience', 'turan-788739');
INSERT INTO citations (statement_id, source_id) VALUES ('rafiyev-offers-reconstruction-experience', 'menafn-1109041427');

-- 30 December 2024: the first convoy leaves; 5 January 2025: it enters Syria.
UPDATE events SET date_earliest = '2024-12-30', date_latest = '2024-12-30', date_precision = 'day', date_basis = 'stated', date_edtf = '2024-12-30',
  summary = 'On President Ilham Aliyev''s instruction, ten lorries carrying some 200 tonnes of food and basic supplies leave for Syria by road through Georgia and Türkiye, for Türkiye''s disaster agency AFAD to hand out.',
  note = 'The article dates it only as after the deputy minister''s visit; News.az and Trend give the day.'
WHERE event_id = 'first-aid-convoy-dispatched';
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('first-aid-convoy-enters-syria', '2025-01-05', '2025-01-05', 'day', 'stated', '2025-01-05', '073', 'AID',
   'The first Azerbaijani aid convoy crosses into Syria',
   'The 200-tonne convoy enters Syria through the Çobanbey crossing, bound for Idlib.', 'cobanbey-crossing',
   'A photo caption on the page misprints the year as 2024.');
INSERT INTO event_participants (event_id, organization_id, country_id, role) VALUES ('first-aid-convoy-dispatched', 'afad', NULL, 'distributor');
INSERT INTO event_participants (event_id, organization_id, country_id, role) VALUES ('first-aid-convoy-enters-syria', NULL, 'AZE', 'donor');
INSERT INTO event_participants (event_id, organization_id, country_id, role) VALUES ('first-aid-convoy-enters-syria', NULL, 'SYR', 'recipient');
INSERT INTO event_topics (event_id, topic_id) VALUES ('first-aid-convoy-enters-syria', 'humanitarian-aid');
INSERT INTO event_relations (event_id, related_event_id, relation) VALUES
  ('first-aid-convoy-enters-syria', 'first-aid-convoy-dispatched', 'part_of');
INSERT INTO event_places (event_id, place_id, role) VALUES ('first-aid-convoy-dispatched', 'cobanbey-crossing', 'route');
INSERT INTO event_places (event_id, place_id, role) VALUES ('first-aid-convoy-dispatched', 'idlib', 'destination');
INSERT INTO event_places (event_id, place_id, role) VALUES ('first-aid-convoy-enters-syria', 'idlib', 'destination');
INSERT INTO citations (event_id, source_id) VALUES ('first-aid-convoy-dispatched', 'news-az-aid-to-syria');
INSERT INTO citations (event_id, source_id) VALUES ('first-aid-convoy-dispatched', 'trend-3988812');
INSERT INTO citations (event_id, source_id) VALUES ('first-aid-convoy-enters-syria', 'caspiannews-20250106');
INSERT INTO citations (event_id, source_id) VALUES ('first-aid-convoy-enters-syria', 'news-az-aid-to-syria');
UPDATE aid_deliveries SET
  arrival_event_id = 'first-aid-convoy-enters-syria',
  distributor_organization_id = 'afad',
  route = 'By road through Georgia and Türkiye, entering Syria at the Çobanbey crossing towards Idlib',
  beneficiary_count = 8000, beneficiary_unit = 'families', beneficiary_qualifier = 'about',
  note = 'The 8,000 displaced families are Trend''s figure for the first convoy''s aid, in its report on the Karakopru distribution.'
WHERE aid_delivery_id = 'first-aid-convoy';
INSERT INTO citations (aid_delivery_id, source_id) VALUES ('first-aid-convoy', 'news-az-aid-to-syria');
INSERT INTO citations (aid_delivery_id, source_id) VALUES ('first-aid-convoy', 'trend-3988812');
INSERT INTO citations (aid_delivery_id, source_id) VALUES ('first-aid-convoy', 'trend-4011619');

-- 18 January 2025: Bayramov says a chargé d'affaires will go to Syria.
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('bayramov-announces-charge-for-syria', '2025-01-18', '2025-01-18', 'day', 'stated', '2025-01-18', '030', 'COOPERATE',
   'Bayramov announces a chargé d''affaires for Syria',
   'At a Baku press conference with Türkiye''s foreign minister Hakan Fidan, Jeyhun Bayramov says Azerbaijan will send a chargé d''affaires to Syria.', 'baku', NULL);
INSERT INTO event_participants (event_id, person_id, role) VALUES ('bayramov-announces-charge-for-syria', 'jeyhun-bayramov', 'speaker');
INSERT INTO event_participants (event_id, person_id, role) VALUES ('bayramov-announces-charge-for-syria', 'hakan-fidan', 'guest');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bayramov-announces-charge-for-syria', 'embassy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bayramov-announces-charge-for-syria', 'turkiye-coordination');
INSERT INTO citations (event_id, source_id) VALUES ('bayramov-announces-charge-for-syria', 'sng-today-39980');
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('bayramov-charge-to-be-sent', 'bayramov-announces-charge-for-syria', 'jeyhun-bayramov',
   'Azerbaijan will send a chargé d''affaires to Syria.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('bayramov-charge-to-be-sent', 'embassy');
INSERT INTO citations (statement_id, source_id) VALUES ('bayramov-charge-to-be-sent', 'sng-today-39980');

-- 29 January 2025: al-Sharaa becomes transitional president.
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('al-sharaa-named-president', '2025-01-29', '2025-01-29', 'day', 'stated', '2025-01-29', NULL, NULL,
   'Ahmed al-Sharaa is announced as Syria''s transitional president',
   'Ahmed al-Sharaa is named president of Syria for the transition.', NULL,
   'A Syrian domestic event, not an interaction between the two countries, so no CAMEO code.');
INSERT INTO event_participants (event_id, person_id, role) VALUES ('al-sharaa-named-president', 'ahmed-al-sharaa', 'subject');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-sharaa-named-president', 'regional-stability');
INSERT INTO citations (event_id, source_id) VALUES ('al-sharaa-named-president', 'caliber-13-year-hiatus');

-- 15 February 2025: Aliyev congratulates al-Sharaa and invites him.
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('aliyev-congratulates-al-sharaa', '2025-02-15', '2025-02-15', 'day', 'stated', '2025-02-15', '051', 'SUPPORT',
   'Aliyev congratulates al-Sharaa and invites him to Azerbaijan',
   'Ilham Aliyev writes to Ahmed al-Sharaa to congratulate him on taking office and invites him to visit Azerbaijan.', NULL, NULL);
INSERT INTO event_participants (event_id, person_id, role) VALUES ('aliyev-congratulates-al-sharaa', 'ilham-aliyev', 'initiator');
INSERT INTO event_participants (event_id, person_id, role) VALUES ('aliyev-congratulates-al-sharaa', 'ahmed-al-sharaa', 'addressee');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aliyev-congratulates-al-sharaa', 'diplomacy');
INSERT INTO citations (event_id, source_id) VALUES ('aliyev-congratulates-al-sharaa', 'jam-news-reopening');
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('aliyev-letter-congratulates-and-invites', 'aliyev-congratulates-al-sharaa', 'ilham-aliyev',
   'Aliyev congratulates al-Sharaa on the presidency and invites him to Azerbaijan.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-letter-congratulates-and-invites', 'diplomacy');
INSERT INTO citations (statement_id, source_id) VALUES ('aliyev-letter-congratulates-and-invites', 'jam-news-reopening');

-- 17 February 2025: the embassy reopens, under a chargé d'affaires.
UPDATE events SET date_earliest = '2025-02-17', date_latest = '2025-02-17', date_precision = 'day', date_basis = 'stated', date_edtf = '2025-02-17',
  summary = 'After a pause the article puts at twelve years and the ministry at thirteen, Azerbaijan''s embassy in Damascus resumes work on a Monday, headed by chargé d''affaires Elnur Shahhuseynov.',
  evidence_status = 'disputed',
  note = 'The article does not date the reopening; the pages give 17 February 2025.'
WHERE event_id = 'embassy-resumes-operations';
INSERT INTO event_participants (event_id, person_id, role) VALUES ('embassy-resumes-operations', 'elnur-shahhuseynov', 'participant');
INSERT INTO event_relations (event_id, related_event_id, relation) VALUES ('embassy-resumes-operations', 'bayramov-announces-charge-for-syria', 'follows');
INSERT INTO event_relations (event_id, related_event_id, relation) VALUES ('embassy-resumes-operations', 'embassy-suspended', 'follows');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-resumes-operations', 'vestikavkaza-173532');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-resumes-operations', 'mehrnews-228488');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-resumes-operations', 'news-az-embassy-reopens');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-resumes-operations', 'sana-352146');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-resumes-operations', 'caliber-13-year-hiatus');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-resumes-operations', 'jam-news-reopening');

-- The Karakopru distribution: Trend reports it on 28 February 2025 and ties it to the first convoy.
-- Either way it happened after the first aid entered Syria (5 January) and by the report.
UPDATE events SET date_earliest = '2025-01-05', date_latest = '2025-02-28', date_precision = 'range', date_basis = 'reported',
  date_edtf = '[2025-01-05..2025-02-28]', evidence_status = 'disputed',
  summary = 'Staff of the Azerbaijani embassy take part in distributing aid at a camp for internally displaced people in the village of Karakopru, Aleppo province.',
  note = 'Reported on 28 February 2025; after the first aid entered Syria. Which batch was handed out is disputed.'
WHERE event_id = 'aid-distribution-karakopru';
INSERT INTO citations (event_id, source_id) VALUES ('aid-distribution-karakopru', 'trend-4011619');

-- 13 March 2025: Bayramov backs Syria's return to OIC activity.
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('bayramov-backs-syria-in-oic', '2025-03-13', '2025-03-13', 'day', 'stated', '2025-03-13', '051', 'SUPPORT',
   'Bayramov supports restoring Syria''s activity in the OIC',
   'Jeyhun Bayramov says Azerbaijan supports bringing Syria back into the work of the Organisation of Islamic Cooperation.', NULL, NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, role) VALUES ('bayramov-backs-syria-in-oic', 'jeyhun-bayramov', NULL, 'speaker');
INSERT INTO event_participants (event_id, person_id, organization_id, role) VALUES ('bayramov-backs-syria-in-oic', NULL, 'oic', 'subject');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bayramov-backs-syria-in-oic', 'islamic-solidarity');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bayramov-backs-syria-in-oic', 'diplomacy');
INSERT INTO citations (event_id, source_id) VALUES ('bayramov-backs-syria-in-oic', 'trend-4017550');
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('bayramov-supports-syria-oic-return', 'bayramov-backs-syria-in-oic', 'jeyhun-bayramov',
   'Azerbaijan supports the restoration of Syria''s activity in the OIC.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('bayramov-supports-syria-oic-return', 'islamic-solidarity');
INSERT INTO citations (statement_id, source_id) VALUES ('bayramov-supports-syria-oic-return', 'trend-4017550');

-- 25-27 March 2025: the iftars, with AIDA, in Damascus and Spena (the article: 28 March, Damascus).
UPDATE events SET date_earliest = '2025-03-25', date_latest = '2025-03-27', date_precision = 'range', date_basis = 'stated',
  date_edtf = '2025-03-25/2025-03-27', evidence_status = 'disputed',
  title = 'The embassy and AIDA hold iftars for orphaned children',
  summary = 'Azerbaijan''s embassy and its development agency AIDA host evening meals breaking the Ramadan fast for more than a thousand orphaned children, in Damascus and in the village of Spena.',
  note = 'Trend gives 25-27 March 2025 in a report of 28 March; the article gives 28 March and Damascus only.'
WHERE event_id = 'iftar-for-orphaned-children';
INSERT INTO event_participants (event_id, organization_id, role) VALUES ('iftar-for-orphaned-children', 'aida', 'organizer');
INSERT INTO event_places (event_id, place_id, role) VALUES ('iftar-for-orphaned-children', 'spena', 'also_at');
INSERT INTO citations (event_id, source_id) VALUES ('iftar-for-orphaned-children', 'trend-4022941');
UPDATE aid_deliveries SET beneficiary_qualifier = 'more than',
  note = 'The article says one thousand children; Trend says more than 1,000.'
WHERE aid_delivery_id = 'iftar-meals-for-orphans';
INSERT INTO citations (aid_delivery_id, source_id) VALUES ('iftar-meals-for-orphans', 'trend-4022941');

-- 9 April 2025: Aliyev at ADA University.
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('aliyev-ada-university-speech', '2025-04-09', '2025-04-09', 'day', 'stated', '2025-04-09', '051', 'SUPPORT',
   'Aliyev voices support for the Syrian government at ADA University',
   'In a speech at ADA University, Ilham Aliyev says Azerbaijan supports the government of Syria.', NULL, NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, role) VALUES ('aliyev-ada-university-speech', 'ilham-aliyev', NULL, 'speaker');
INSERT INTO event_participants (event_id, person_id, organization_id, role) VALUES ('aliyev-ada-university-speech', NULL, 'ada-university', 'host');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aliyev-ada-university-speech', 'diplomacy');
INSERT INTO citations (event_id, source_id) VALUES ('aliyev-ada-university-speech', 'yenilik-36481');
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('aliyev-we-support-syrian-government', 'aliyev-ada-university-speech', 'ilham-aliyev',
   'Azerbaijan supports the Syrian government.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-we-support-syrian-government', 'diplomacy');
INSERT INTO citations (statement_id, source_id) VALUES ('aliyev-we-support-syrian-government', 'yenilik-36481');

-- 11 April 2025: the presidents meet in Antalya. No page calls it their first meeting; the
-- article's undated "first meeting" is identified with it by reasoning, so its citations become
-- 'derived'.
UPDATE events SET date_earliest = '2025-04-11', date_latest = '2025-04-11', date_precision = 'day', date_basis = 'stated', date_edtf = '2025-04-11',
  place_id = 'antalya', evidence_status = 'disputed',
  title = 'Ilham Aliyev and Ahmed al-Sharaa meet in Antalya',
  summary = 'On the occasion of the Antalya Diplomacy Forum the two presidents meet for the first time: Aliyev offers Azerbaijan''s part in Syria''s reconstruction, and al-Sharaa thanks him and asks for continued help with energy, infrastructure and security.',
  note = 'AZERTAC gives 11 April 2025; one Syrian page gives 14 April. The article''s undated first meeting is taken to be this one.'
WHERE event_id = 'first-aliyev-al-sharaa-meeting';
UPDATE citations SET link_basis = 'derived',
  note = 'The article does not date its "first meeting"; it is identified with the Antalya meeting of 11 April 2025, the earliest meeting of the two on record.'
WHERE event_id = 'first-aliyev-al-sharaa-meeting' AND source_id = 'jps-article';
INSERT INTO citations (event_id, source_id) VALUES ('first-aliyev-al-sharaa-meeting', 'azertag-3500091');
INSERT INTO citations (event_id, source_id) VALUES ('first-aliyev-al-sharaa-meeting', 'azertag-3538907');

-- 4 May 2025: Sharifov's delegation in Damascus, confirmed and completed.
UPDATE events SET date_basis = 'stated', place_id = 'damascus',
  summary = 'A senior Azerbaijani delegation under Samir Sharifov visits Damascus to back Syria''s recovery and explore cooperation in the economy, energy, culture and education; al-Sharaa receives it and is handed Aliyev''s invitation to visit, and the two energy ministers meet.',
  note = 'The article gives 4 May without a year and names only the country; AZERTAC gives the date and Damascus.'
WHERE event_id = 'sharifov-delegation-visits-syria';
INSERT INTO event_participants (event_id, person_id, role) VALUES ('sharifov-delegation-visits-syria', 'parviz-shahbazov', 'delegation_member');
INSERT INTO event_participants (event_id, person_id, role) VALUES ('sharifov-delegation-visits-syria', 'mohammad-al-bashir', 'participant');
INSERT INTO citations (event_id, source_id) VALUES ('sharifov-delegation-visits-syria', 'azertag-3538907');
INSERT INTO citations (event_id, source_id) VALUES ('sharifov-delegation-visits-syria', 'oc-media-deputy-pm');
