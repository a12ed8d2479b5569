-- A small, frozen dataset for testing what the library and the tool do, whatever the real data
-- holds. FixtureDatabase builds the real schema from the migrations, empties every table of facts
-- (keeping the vocabularies), and then runs this script. It is a valid dataset: the validator
-- finds nothing in it. Every expected result in the tests that use it can be read off below.

INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, paragraph_count, publisher_kind, publisher_country_id) VALUES ('fixture-article', 'article', 'A fixture article', 'Fixture Press', 'https://example.org/article', 'en', NULL, '2026-01-01', NULL, 2, 'scholarly', 'JOR');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('page-a', 'web_page', 'Page A', 'Agency A', 'https://example.org/a', 'en', '2021-03-05', '2026-01-01', NULL, 'state_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('page-b', 'web_page', 'Page B', 'Agency B', 'https://example.org/b', 'ru', NULL, '2026-01-01', NULL, 'private_media', 'RUS');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('page-unrecorded', 'unrecorded_page', 'A page whose address was not kept', 'Unknown', NULL, 'en', NULL, '2026-01-01', 'Stands for a claim only.', 'other', NULL);

INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('baku', 'Baku', 'city', 'AZE', NULL, NULL);
INSERT INTO citations (place_id, source_id, locator) VALUES ('baku', 'page-a', 'paragraph 1');
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('damascus', 'Damascus', 'city', 'SYR', NULL, NULL);
INSERT INTO citations (place_id, source_id, locator) VALUES ('damascus', 'page-a', 'paragraph 1');

INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('mfa-azerbaijan', 'Foreign Ministry of Azerbaijan', 'MFA', 'ministry', 'AZE', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('mfa-azerbaijan', 'page-a', 'paragraph 1');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('socar', 'State Oil Company of Azerbaijan', 'SOCAR', 'company', 'AZE', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('socar', 'page-b', 'paragraph 1');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('syrian-government', 'Government of Syria', NULL, 'government', 'SYR', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('syrian-government', 'page-b', 'paragraph 1');

-- Two people; the minister's term is known from a start to an end, the envoy's only by the days a page shows him.
INSERT INTO people (person_id, name, country_id, wikidata_id, note) VALUES ('ayla-minister', 'Ayla Minister', 'AZE', NULL, NULL);
INSERT INTO citations (person_id, source_id, locator) VALUES ('ayla-minister', 'page-a', 'paragraph 1');
INSERT INTO person_names (person_id, name, note) VALUES ('ayla-minister', 'Ajla Ministr', 'Russian spelling.');
INSERT INTO people (person_id, name, country_id, wikidata_id, note) VALUES ('samir-envoy', 'Samir Envoy', 'SYR', NULL, NULL);
INSERT INTO citations (person_id, source_id, locator) VALUES ('samir-envoy', 'page-b', 'paragraph 1');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, note, start_basis, end_basis) VALUES ('ayla-minister-foreign-minister', 'ayla-minister', 'Minister of Foreign Affairs', 'mfa-azerbaijan', NULL, '2019-01-01', '2019-01-01', '2022-12-31', '2022-12-31', NULL, 'stated', 'stated');
INSERT INTO citations (position_id, source_id, locator) VALUES ('ayla-minister-foreign-minister', 'page-a', 'paragraph 1');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, note, start_basis, end_basis) VALUES ('samir-envoy-envoy', 'samir-envoy', 'Envoy', NULL, 'SYR', NULL, '2021-03-01', '2021-03-31', NULL, 'Shown in office in March 2021 only.', 'attested', 'attested');
INSERT INTO citations (position_id, source_id, locator) VALUES ('samir-envoy-envoy', 'page-b', 'paragraph 1');

-- Events: a day, a month, a range with an open start, a range across a new year, an unnamed
-- source's claim, and a disputed day.
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note) VALUES ('minister-visits-damascus', '2020-01-15', '2020-01-15', 'day', 'stated', '2020-01-15', '042', 'CONSULT', 'The minister visits Damascus', 'Ayla Minister holds talks in Damascus on energy and trade.', 'damascus', 'confirmed', NULL);
INSERT INTO event_participants (event_id, person_id, role, position_id) VALUES ('minister-visits-damascus', 'ayla-minister', 'visitor', 'ayla-minister-foreign-minister');
INSERT INTO event_participants (event_id, country_id, role) VALUES ('minister-visits-damascus', 'AZE', 'visitor');
INSERT INTO event_topics (event_id, topic_id) VALUES ('minister-visits-damascus', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('minister-visits-damascus', 'trade');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('minister-visits-damascus', 'fixture-article', 1);
INSERT INTO citations (event_id, source_id, locator) VALUES ('minister-visits-damascus', 'page-a', 'paragraph 1');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('minister-praises-talks', 'minister-visits-damascus', 'ayla-minister', NULL, 'The minister calls the gas talks useful.', 'Paraphrased.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('minister-praises-talks', 'energy');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('minister-praises-talks', 'page-a', 'paragraph 1');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note) VALUES ('envoy-meets-ministry', '2021-03-01', '2021-03-31', 'month', 'stated', '2021-03', '040', 'CONSULT', 'The envoy meets the ministry', 'Samir Envoy consults the Azerbaijani foreign ministry in Baku.', 'baku', 'confirmed', NULL);
INSERT INTO event_participants (event_id, person_id, role, position_id) VALUES ('envoy-meets-ministry', 'samir-envoy', 'visitor', 'samir-envoy-envoy');
INSERT INTO event_participants (event_id, organization_id, role) VALUES ('envoy-meets-ministry', 'mfa-azerbaijan', 'host');
INSERT INTO event_topics (event_id, topic_id) VALUES ('envoy-meets-ministry', 'diplomacy');
INSERT INTO citations (event_id, source_id, locator) VALUES ('envoy-meets-ministry', 'page-b', 'paragraph 1');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('ministry-welcomes-envoy', 'envoy-meets-ministry', NULL, 'mfa-azerbaijan', 'The ministry welcomes the envoy.', NULL);
INSERT INTO citations (statement_id, source_id, locator) VALUES ('ministry-welcomes-envoy', 'page-b', 'paragraph 1');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note) VALUES ('aid-convoy-sent', NULL, '2022-06-30', 'range', 'reported', '[..2022-06-30]', '073', 'AID', 'An aid convoy leaves for Syria', 'Azerbaijan sends food by road through the Çobanbey crossing; the report gives no day.', NULL, 'confirmed', NULL);
INSERT INTO event_participants (event_id, country_id, role) VALUES ('aid-convoy-sent', 'AZE', 'donor');
INSERT INTO event_participants (event_id, country_id, role) VALUES ('aid-convoy-sent', 'SYR', 'recipient');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aid-convoy-sent', 'humanitarian-aid');
INSERT INTO citations (event_id, source_id, locator) VALUES ('aid-convoy-sent', 'page-b', 'paragraph 1');
INSERT INTO aid_deliveries (aid_delivery_id, event_id, sequence_number, donor_country_id, recipient_country_id, trucks, tonnes, tonnes_approximate, contents) VALUES ('food-convoy', 'aid-convoy-sent', 1, 'AZE', 'SYR', 5, 100.0, 1, 'Food');
INSERT INTO citations (aid_delivery_id, source_id, locator) VALUES ('food-convoy', 'page-b', 'paragraph 1');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note) VALUES ('gas-memorandum-signed', '2022-12-20', '2023-01-10', 'range', 'derived', '[2022-12-20..2023-01-10]', '057', 'SUPPORT', 'SOCAR and the Syrian government sign a gas memorandum', 'A memorandum on gas supply is signed between the holidays.', 'baku', 'confirmed', 'Between two dated reports.');
INSERT INTO event_participants (event_id, organization_id, role) VALUES ('gas-memorandum-signed', 'socar', 'signatory');
INSERT INTO event_participants (event_id, organization_id, role) VALUES ('gas-memorandum-signed', 'syrian-government', 'signatory');
INSERT INTO event_topics (event_id, topic_id) VALUES ('gas-memorandum-signed', 'oil-and-gas');
INSERT INTO citations (event_id, source_id, locator) VALUES ('gas-memorandum-signed', 'page-b', 'paragraph 1');
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, value_amount, value_currency, value_approximate, valid_until, evidence_status) VALUES ('gas-memorandum', 'Gas supply memorandum', 'memorandum_of_understanding', 'SOCAR is to supply gas to Syria.', '2022-12-20', '2023-01-10', 'range', 'derived', '[2022-12-20..2023-01-10]', 'baku', 'signed', 5000000.0, 'USD', 1, '2030-12-31', 'disputed');
INSERT INTO agreement_parties (agreement_id, organization_id) VALUES ('gas-memorandum', 'socar');
INSERT INTO agreement_parties (agreement_id, organization_id) VALUES ('gas-memorandum', 'syrian-government');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('gas-memorandum', 'oil-and-gas');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('gas-memorandum', 'gas-memorandum-signed', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('gas-memorandum', 'page-b', 'paragraph 1');
INSERT INTO discrepancies (discrepancy_id, title, agreement_id, note) VALUES ('memorandum-value', 'What the memorandum is worth', 'gas-memorandum', 'The row follows page B.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('memorandum-five-million', 'memorandum-value', 'a', 'About five million dollars.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('memorandum-five-million', 'page-b', 'paragraph 1');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('memorandum-six-million', 'memorandum-value', 'b', 'Six million dollars.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('memorandum-six-million', 'page-a', 'paragraph 1');
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status) VALUES ('visa-agreement', 'Visa agreement', 'agreement', 'Diplomats need no visas.', '2020-01-15', '2020-01-15', 'day', 'stated', '2020-01-15', 'damascus', 'in_force');
INSERT INTO agreement_parties (agreement_id, country_id) VALUES ('visa-agreement', 'AZE');
INSERT INTO agreement_parties (agreement_id, country_id) VALUES ('visa-agreement', 'SYR');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('visa-agreement', 'diplomacy');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('visa-agreement', 'page-a', 'paragraph 1');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note) VALUES ('secret-meeting-reported', '2023-05-02', '2023-05-02', 'day', 'stated', '2023-05-02', '040', 'CONSULT', 'A secret meeting is reported', 'Unnamed sources tell of a meeting on security in Baku.', 'baku', 'reported', NULL);
INSERT INTO event_participants (event_id, country_id, role) VALUES ('secret-meeting-reported', 'SYR', 'participant');
INSERT INTO event_topics (event_id, topic_id) VALUES ('secret-meeting-reported', 'security');
INSERT INTO citations (event_id, source_id, locator) VALUES ('secret-meeting-reported', 'page-b', 'paragraph 1');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note) VALUES ('embassy-reopens', '2024-02-17', '2024-02-17', 'day', 'stated', '2024-02-17', '050', 'SUPPORT', 'The embassy reopens', 'The Azerbaijani embassy in Damascus resumes work.', 'damascus', 'disputed', NULL);
INSERT INTO event_participants (event_id, organization_id, role) VALUES ('embassy-reopens', 'mfa-azerbaijan', 'initiator');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-reopens', 'embassy');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('embassy-reopens', 'fixture-article', 2);
INSERT INTO citations (event_id, source_id, locator) VALUES ('embassy-reopens', 'page-a', 'paragraph 1');
INSERT INTO discrepancies (discrepancy_id, title, event_id, note) VALUES ('reopening-day', 'The day the embassy reopened', 'embassy-reopens', 'The page is followed.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('reopening-17-february', 'reopening-day', 'a', 'It reopened on 17 February.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('reopening-17-february', 'page-a', 'paragraph 1');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('reopening-18-february', 'reopening-day', 'b', 'It reopened on 18 February.');
INSERT INTO citations (claim_id, source_id) VALUES ('reopening-18-february', 'page-unrecorded');

INSERT INTO trade_flows (trade_flow_id, reporter_country_id, partner_country_id, year, period_start, period_end, flow, commodity, value, unit, reported_by) VALUES ('trade-2021', 'AZE', 'SYR', 2021, '2021-01-01', '2021-12-31', 'turnover', NULL, 287.4, 'thousand USD', 'State Statistical Committee');
INSERT INTO citations (trade_flow_id, source_id, locator) VALUES ('trade-2021', 'page-a', 'paragraph 1');
INSERT INTO trade_flows (trade_flow_id, reporter_country_id, partner_country_id, year, period_start, period_end, flow, commodity, value, unit, reported_by) VALUES ('trade-2023-part', 'AZE', 'SYR', 2023, '2023-01-01', '2023-10-31', 'export', NULL, 160.49, 'thousand USD', 'State Statistical Committee');
INSERT INTO citations (trade_flow_id, source_id, locator) VALUES ('trade-2023-part', 'page-a', 'paragraph 1');

INSERT INTO assessments (assessment_id, kind, summary, period) VALUES ('energy-opportunity', 'opportunity', 'Gas could tie the two economies together.', NULL);
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('energy-opportunity', 'energy');
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('energy-opportunity', 'fixture-article', 2);
