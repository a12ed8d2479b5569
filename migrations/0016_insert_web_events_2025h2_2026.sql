-- 0016: June 2025 to March 2026 from the web pages, after the article ends: al-Sharaa in Baku,
-- the start of Azerbaijani gas deliveries, the SOCAR memoranda, the Rabat schools agreement, and
-- two claims their pages attribute to unnamed sources (evidence_status 'reported', filterable).
-- The agreements themselves are in 0017.

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('eid-al-adha-meat-distribution', '2025-06-07', '2025-06-08', 'range', 'stated', '2025-06-07/2025-06-08', '073', 'AID',
   'Eid al-Adha meat for 320 Syrian families',
   'Sacrificial meat from Azerbaijan is handed out over Eid al-Adha to 320 families affected by the war.', NULL,
   'The page does not say where.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('bayramov-meets-al-shaibani-istanbul', NULL, '2025-06-21', 'range', 'reported', '[..2025-06-21]', '044', 'CONSULT',
   'Bayramov and al-Shaibani meet in Istanbul',
   'On the sidelines of the 51st session of the OIC Council of Foreign Ministers, the two foreign ministers discuss bilateral ties and regional security.', 'istanbul',
   'Known from a report of 21 June 2025 that does not date the meeting.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('al-sharaa-visits-baku', '2025-07-12', '2025-07-12', 'day', 'stated', '2025-07-12', '042', 'CONSULT',
   'Ahmed al-Sharaa''s first visit to Azerbaijan',
   'Al-Sharaa comes to Baku, where First Deputy Prime Minister Yagub Eyyubov and Deputy Foreign Minister Fariz Rzayev meet him at the airport, and holds one-to-one and expanded talks with Ilham Aliyev at the Zagulba Palace.',
   'zagulba-palace', 'Called an official visit by some pages and a working visit by others; see the discrepancy.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('socar-syria-gas-mou-signed', '2025-07-12', '2025-07-12', 'day', 'stated', '2025-07-12', '057', 'AGREE',
   'SOCAR and the Syrian government sign a gas supply memorandum',
   'During al-Sharaa''s visit, Mikayil Jabbarov for SOCAR and Energy Minister Mohammad al-Bashir for Syria sign a memorandum of understanding on supplying natural gas to Syria.',
   'baku', NULL);
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('gas-deliveries-begin-kilis', '2025-08-02', '2025-08-02', 'day', 'stated', '2025-08-02', '061', 'COOPERATE',
   'Azerbaijani gas starts flowing to Syria through Türkiye',
   'A ceremony in the village of Yavuzlu, Kilis, marks the start of Azerbaijani gas supplies to Syria via Türkiye, with Jabbarov, al-Bashir and Fahad Al-Sulaiti of the Qatar Development Fund; about 1.2 billion cubic metres a year are planned in a first stage, for power plants in Aleppo and Homs, with Qatar paying for the supply.',
   'yavuzlu', NULL);
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('aliyev-al-arabiya-interview', NULL, '2025-08-27', 'range', 'reported', '[..2025-08-27]', '010', NULL,
   'Aliyev calls the gas deal a four-party agreement',
   'In an interview with Al-Arabiya, Ilham Aliyev describes the gas arrangement as an agreement among Azerbaijan, Syria, Türkiye and Qatar.', NULL,
   'Known from a report of 27 August 2025.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('socar-ucc-energy-memoranda-signed', '2025-09-06', '2025-09-06', 'day', 'stated', '2025-09-06', '057', 'AGREE',
   'SOCAR and Qatar''s UCC Holding sign memoranda on energy in Syria',
   'SOCAR president Rovshan Najaf and UCC Holding''s Ramez Al-Khayyat sign memoranda on energy cooperation in Syria.', NULL,
   'The page names no place.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('mfa-hopes-syrian-embassy-in-baku', '2025-11-07', '2025-11-07', 'day', 'stated', '2025-11-07', '010', NULL,
   'Baku hopes Syria will soon open an embassy in Azerbaijan',
   'Foreign Ministry spokesman Aykhan Hajizada says Azerbaijan hopes Syria will open an embassy in Baku soon; Syria has none there.', NULL, NULL);
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('socar-ucc-jet-fuel-memorandum-signed', NULL, '2025-12-05', 'range', 'reported', '[..2025-12-05]', '057', 'AGREE',
   'SOCAR and UCC sign a memorandum on jet fuel for Damascus airport',
   'SOCAR and UCC Holding sign a memorandum on supplying jet fuel to Damascus airport.', NULL,
   'Signed shortly before a report of 5 December 2025, which gives no day, place or signer. Another page naming a place and signer was not kept, so neither is recorded.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('azpromo-announces-business-council', NULL, '2026-01-07', 'range', 'reported', '[..2026-01-07]', '030', 'COOPERATE',
   'AZPROMO announces a planned Azerbaijan-Syria business council',
   'Azerbaijan''s trade promotion agency says an Azerbaijan-Syria business council is planned.', NULL,
   'Known from a report of 7 January 2026.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('shahhuseynov-shakrouk-energy-talks', NULL, '2026-01-27', 'range', 'reported', '[..2026-01-27]', '040', 'CONSULT',
   'The chargé d''affaires holds energy talks with Syria''s deputy energy minister',
   'Elnur Shahhuseynov meets Omar Shakrouk, Syria''s deputy energy minister for electricity.', NULL,
   'Known from a page of 27 January 2026.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('rabat-schools-agreement-signed', '2026-02-17', '2026-02-17', 'day', 'stated', '2026-02-17', '057', 'AGREE',
   'Azerbaijan, Syria and ICESCO sign a partnership to rebuild Syrian schools',
   'At ICESCO''s headquarters in Rabat, the education ministers of Azerbaijan and Syria and ICESCO''s Director-General sign a strategic partnership under which Azerbaijan funds new and repaired school buildings in Syria.',
   'icesco-headquarters', NULL);
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('embassy-civil-aviation-talks', NULL, '2026-03-04', 'range', 'reported', '[..2026-03-04]', '040', 'CONSULT',
   'The embassy discusses civil aviation with Syria''s aviation authority',
   'Azerbaijan''s embassy and Omar al-Husari, head of Syria''s civil aviation authority, discuss cooperation in civil aviation.', NULL,
   'Known from a report of 4 March 2026.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('al-sharaa-phones-aliyev', '2026-03-10', '2026-03-10', 'day', 'stated', '2026-03-10', '040', 'CONSULT',
   'Al-Sharaa telephones Aliyev about the escalation in the region',
   'Ahmed al-Sharaa calls Ilham Aliyev to discuss the escalating tension in the Middle East.', NULL, NULL);

UPDATE events SET evidence_status = 'disputed' WHERE event_id = 'al-sharaa-visits-baku';

INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('eid-al-adha-meat-distribution', NULL, NULL, 'AZE', 'donor');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('eid-al-adha-meat-distribution', NULL, NULL, 'SYR', 'recipient');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('bayramov-meets-al-shaibani-istanbul', 'jeyhun-bayramov', NULL, NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('bayramov-meets-al-shaibani-istanbul', 'asaad-al-shaibani', NULL, NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('bayramov-meets-al-shaibani-istanbul', NULL, 'oic', NULL, 'organizer');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-sharaa-visits-baku', 'ahmed-al-sharaa', NULL, NULL, 'visitor');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-sharaa-visits-baku', 'ilham-aliyev', NULL, NULL, 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-sharaa-visits-baku', 'yagub-eyyubov', NULL, NULL, 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-sharaa-visits-baku', 'fariz-rzayev', NULL, NULL, 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-sharaa-visits-baku', 'asaad-al-shaibani', NULL, NULL, 'delegation_member');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-sharaa-visits-baku', 'mohammad-al-bashir', NULL, NULL, 'delegation_member');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-sharaa-visits-baku', 'hussein-al-salama', NULL, NULL, 'delegation_member');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('socar-syria-gas-mou-signed', 'mikayil-jabbarov', NULL, NULL, 'signatory');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('socar-syria-gas-mou-signed', 'mohammad-al-bashir', NULL, NULL, 'signatory');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('socar-syria-gas-mou-signed', NULL, 'socar', NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('socar-syria-gas-mou-signed', NULL, 'government-syria', NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('gas-deliveries-begin-kilis', 'mikayil-jabbarov', NULL, NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('gas-deliveries-begin-kilis', 'mohammad-al-bashir', NULL, NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('gas-deliveries-begin-kilis', 'fahad-al-sulaiti', NULL, NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('gas-deliveries-begin-kilis', NULL, 'qatar-development-fund', NULL, 'financier');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('gas-deliveries-begin-kilis', NULL, NULL, 'TUR', 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('aliyev-al-arabiya-interview', 'ilham-aliyev', NULL, NULL, 'speaker');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('aliyev-al-arabiya-interview', NULL, 'al-arabiya', NULL, 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('socar-ucc-energy-memoranda-signed', 'rovshan-najaf', NULL, NULL, 'signatory');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('socar-ucc-energy-memoranda-signed', 'ramez-al-khayyat', NULL, NULL, 'signatory');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('socar-ucc-energy-memoranda-signed', NULL, 'socar', NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('socar-ucc-energy-memoranda-signed', NULL, 'ucc-holding', NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('mfa-hopes-syrian-embassy-in-baku', 'aykhan-hajizada', NULL, NULL, 'speaker');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('socar-ucc-jet-fuel-memorandum-signed', NULL, 'socar', NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('socar-ucc-jet-fuel-memorandum-signed', NULL, 'ucc-holding', NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('azpromo-announces-business-council', NULL, 'azpromo', NULL, 'speaker');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('shahhuseynov-shakrouk-energy-talks', 'elnur-shahhuseynov', NULL, NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('shahhuseynov-shakrouk-energy-talks', 'omar-shakrouk', NULL, NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('rabat-schools-agreement-signed', 'emin-amrullayev', NULL, NULL, 'signatory');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('rabat-schools-agreement-signed', 'mohammed-turko', NULL, NULL, 'signatory');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('rabat-schools-agreement-signed', 'salim-almalik', NULL, NULL, 'signatory');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('rabat-schools-agreement-signed', NULL, 'icesco', NULL, 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('embassy-civil-aviation-talks', NULL, 'embassy-azerbaijan-damascus', NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('embassy-civil-aviation-talks', 'omar-al-husari', NULL, NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-sharaa-phones-aliyev', 'ahmed-al-sharaa', NULL, NULL, 'initiator');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-sharaa-phones-aliyev', 'ilham-aliyev', NULL, NULL, 'addressee');

INSERT INTO event_topics (event_id, topic_id) VALUES ('eid-al-adha-meat-distribution', 'humanitarian-aid');
INSERT INTO event_topics (event_id, topic_id) VALUES ('eid-al-adha-meat-distribution', 'islamic-solidarity');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bayramov-meets-al-shaibani-istanbul', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bayramov-meets-al-shaibani-istanbul', 'regional-stability');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bayramov-meets-al-shaibani-istanbul', 'islamic-solidarity');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-sharaa-visits-baku', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-sharaa-visits-baku', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-sharaa-visits-baku', 'security');
INSERT INTO event_topics (event_id, topic_id) VALUES ('socar-syria-gas-mou-signed', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('socar-syria-gas-mou-signed', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('gas-deliveries-begin-kilis', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('gas-deliveries-begin-kilis', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('gas-deliveries-begin-kilis', 'turkiye-coordination');
INSERT INTO event_topics (event_id, topic_id) VALUES ('gas-deliveries-begin-kilis', 'trade');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aliyev-al-arabiya-interview', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aliyev-al-arabiya-interview', 'turkiye-coordination');
INSERT INTO event_topics (event_id, topic_id) VALUES ('socar-ucc-energy-memoranda-signed', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('socar-ucc-energy-memoranda-signed', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('mfa-hopes-syrian-embassy-in-baku', 'embassy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('mfa-hopes-syrian-embassy-in-baku', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('socar-ucc-jet-fuel-memorandum-signed', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('socar-ucc-jet-fuel-memorandum-signed', 'civil-aviation');
INSERT INTO event_topics (event_id, topic_id) VALUES ('azpromo-announces-business-council', 'trade');
INSERT INTO event_topics (event_id, topic_id) VALUES ('azpromo-announces-business-council', 'economy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('shahhuseynov-shakrouk-energy-talks', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('rabat-schools-agreement-signed', 'education');
INSERT INTO event_topics (event_id, topic_id) VALUES ('rabat-schools-agreement-signed', 'reconstruction');
INSERT INTO event_topics (event_id, topic_id) VALUES ('rabat-schools-agreement-signed', 'infrastructure');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-civil-aviation-talks', 'civil-aviation');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-civil-aviation-talks', 'transport');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-sharaa-phones-aliyev', 'regional-stability');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-sharaa-phones-aliyev', 'security');

INSERT INTO event_places (event_id, place_id, role) VALUES ('gas-deliveries-begin-kilis', 'aleppo', 'destination');
INSERT INTO event_places (event_id, place_id, role) VALUES ('gas-deliveries-begin-kilis', 'homs', 'destination');

INSERT INTO event_relations (event_id, related_event_id, relation) VALUES ('socar-syria-gas-mou-signed', 'al-sharaa-visits-baku', 'part_of');
INSERT INTO event_relations (event_id, related_event_id, relation) VALUES ('gas-deliveries-begin-kilis', 'socar-syria-gas-mou-signed', 'follows');
INSERT INTO event_relations (event_id, related_event_id, relation) VALUES ('al-sharaa-visits-baku', 'aliyev-congratulates-al-sharaa', 'responds_to');

INSERT INTO citations (event_id, source_id) VALUES ('eid-al-adha-meat-distribution', 'trend-4054348');
INSERT INTO citations (event_id, source_id) VALUES ('bayramov-meets-al-shaibani-istanbul', 'news-az-bilateral-ties');
INSERT INTO citations (event_id, source_id) VALUES ('al-sharaa-visits-baku', 'news-az-extended-meeting');
INSERT INTO citations (event_id, source_id) VALUES ('al-sharaa-visits-baku', 'timeturk-1816590');
INSERT INTO citations (event_id, source_id) VALUES ('al-sharaa-visits-baku', 'alikhbariah-16878');
INSERT INTO citations (event_id, source_id) VALUES ('socar-syria-gas-mou-signed', 'vestikavkaza-176406');
INSERT INTO citations (event_id, source_id) VALUES ('socar-syria-gas-mou-signed', 'trtworld-eadfb23f41b9');
INSERT INTO citations (event_id, source_id) VALUES ('socar-syria-gas-mou-signed', 'memo-20250712');
INSERT INTO citations (event_id, source_id) VALUES ('gas-deliveries-begin-kilis', 'azernews-245477');
INSERT INTO citations (event_id, source_id) VALUES ('gas-deliveries-begin-kilis', 'menafn-1109876042');
INSERT INTO citations (event_id, source_id) VALUES ('gas-deliveries-begin-kilis', 'regionplus-8798');
INSERT INTO citations (event_id, source_id) VALUES ('gas-deliveries-begin-kilis', 'report-az-gas-volume');
INSERT INTO citations (event_id, source_id) VALUES ('aliyev-al-arabiya-interview', 'report-az-gas-volume');
INSERT INTO citations (event_id, source_id) VALUES ('socar-ucc-energy-memoranda-signed', 'day-az-1778668');
INSERT INTO citations (event_id, source_id) VALUES ('mfa-hopes-syrian-embassy-in-baku', 'report-az-syrian-embassy');
INSERT INTO citations (event_id, source_id) VALUES ('socar-ucc-jet-fuel-memorandum-signed', 'trend-4126137');
INSERT INTO citations (event_id, source_id) VALUES ('azpromo-announces-business-council', 'trend-ru-4139107');
INSERT INTO citations (event_id, source_id) VALUES ('shahhuseynov-shakrouk-energy-talks', 'vestikavkaza-ru-energy');
INSERT INTO citations (event_id, source_id) VALUES ('rabat-schools-agreement-signed', 'trend-4154567');
INSERT INTO citations (event_id, source_id) VALUES ('rabat-schools-agreement-signed', 'levant24-14134');
INSERT INTO citations (event_id, source_id) VALUES ('rabat-schools-agreement-signed', 'report-az-ru-schools');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-civil-aviation-talks', 'report-az-aviation');
INSERT INTO citations (event_id, source_id) VALUES ('al-sharaa-phones-aliyev', 'report-az-phone-call');

INSERT INTO aid_deliveries (aid_delivery_id, event_id, donor_country_id, recipient_country_id, recipients, contents, beneficiary_count, beneficiary_unit, beneficiary_qualifier) VALUES
  ('eid-al-adha-meat', 'eid-al-adha-meat-distribution', 'AZE', 'SYR', 'Families affected by the war', 'Sacrificial meat (Eid al-Adha)', 320, 'families', 'exactly');
INSERT INTO citations (aid_delivery_id, source_id) VALUES ('eid-al-adha-meat', 'trend-4054348');

INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary) VALUES
  ('aliyev-four-party-gas-agreement', 'aliyev-al-arabiya-interview', 'ilham-aliyev', NULL,
   'The gas supply to Syria rests on an agreement of four parties: Azerbaijan, Syria, Türkiye and Qatar.');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary) VALUES
  ('hajizada-hopes-for-syrian-embassy', 'mfa-hopes-syrian-embassy-in-baku', 'aykhan-hajizada', NULL,
   'Azerbaijan hopes Syria will open its embassy in Baku as soon as possible.');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary) VALUES
  ('azpromo-business-council-planned', 'azpromo-announces-business-council', NULL, 'azpromo',
   'An Azerbaijan-Syria business council is being planned.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-four-party-gas-agreement', 'oil-and-gas');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-four-party-gas-agreement', 'turkiye-coordination');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('hajizada-hopes-for-syrian-embassy', 'embassy');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('azpromo-business-council-planned', 'trade');
INSERT INTO citations (statement_id, source_id) VALUES ('aliyev-four-party-gas-agreement', 'report-az-gas-volume');
INSERT INTO citations (statement_id, source_id) VALUES ('hajizada-hopes-for-syrian-embassy', 'report-az-syrian-embassy');
INSERT INTO citations (statement_id, source_id) VALUES ('azpromo-business-council-planned', 'trend-ru-4139107');

-- Reported only: their pages attribute these to unnamed sources.
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note) VALUES
  ('syrian-israeli-meeting-expected-in-baku', '2025-07-12', '2025-07-12', 'day', 'stated', '2025-07-12', '036', 'CONSULT',
   'A Syrian-Israeli meeting in Baku is expected, an unnamed source says',
   'According to an anonymous diplomatic source in Damascus, a Syrian and an Israeli official are to meet in Baku on the sidelines of al-Sharaa''s visit.',
   'baku', 'reported', 'The page does not say that the meeting took place.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note) VALUES
  ('al-shaibani-dermer-meeting-in-baku', '2025-07-31', '2025-07-31', 'day', 'stated', '2025-07-31~', '044', 'CONSULT',
   'Al-Shaibani and Israel''s Ron Dermer reportedly meet in Baku',
   'Unnamed sources say Syria''s foreign minister and Ron Dermer of Israel met again in Baku.',
   'baku', 'reported', 'The date is approximate.');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('syrian-israeli-meeting-expected-in-baku', NULL, 'SYR', 'participant');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('syrian-israeli-meeting-expected-in-baku', NULL, 'ISR', 'participant');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('al-shaibani-dermer-meeting-in-baku', 'asaad-al-shaibani', NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('al-shaibani-dermer-meeting-in-baku', 'ron-dermer', NULL, 'participant');
INSERT INTO event_topics (event_id, topic_id) VALUES ('syrian-israeli-meeting-expected-in-baku', 'israel');
INSERT INTO event_topics (event_id, topic_id) VALUES ('syrian-israeli-meeting-expected-in-baku', 'mediation');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-shaibani-dermer-meeting-in-baku', 'israel');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-shaibani-dermer-meeting-in-baku', 'mediation');
INSERT INTO citations (event_id, source_id) VALUES ('syrian-israeli-meeting-expected-in-baku', 'dawn-1923739');
INSERT INTO citations (event_id, source_id) VALUES ('al-shaibani-dermer-meeting-in-baku', 'oc-media-israel-baku');
