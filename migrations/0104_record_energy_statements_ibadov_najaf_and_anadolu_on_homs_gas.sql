-- 0104: the economy of the relations, 2024-2026, from pages brought up in December 2026. The record already held the
--   agreements, the gas figures and the trade figures those pages give; what they add is two statements of SOCAR's
--   people on supplying Syria, and the words of Anadolu's own report on the gas reaching Homs province.
--   1. 6 January 2025 (the year inferred): Elchin Ibadov, chief executive of SOCAR Türkiye Enerji, tells a press
--      conference in Istanbul that SOCAR is ready to help supply Syria with energy if the decision is taken at state
--      level (Report.az in Azerbaijani, Caucasus Watch in German, Caliber.Az; Qasioun News for the month and year).
--      A new person, his office and his company.
--   2. By 2 October 2025: SOCAR's president Rovshan Najaf tells the KAZENERGY Eurasian Forum in Astana that SOCAR,
--      with Turkish and Qatari partners, began sending gas to Syria in August (Trend; AZERTAC). The end of his known
--      term is moved to that day, and Astana is added as a place.
--   3. The gas reaching the Cender station in Homs province: TRT Haber's page, carrying Anadolu's report of 9 August
--      2025, has Syria's deputy energy minister Ghayath Diab say after the valves were opened that the gas had reached
--      the station by that day, and gives the line's capacity (3.4 million cubic metres a day), its flow (1.4 million)
--      and the 250 megawatts as his words, where Report's pages, citing Anadolu, name no speaker for them. The event
--      keeps its dates (2-9 August 2025: no page gives the day of arrival); his statement and the discrepancy on the
--      daily flow say whose figures they are.
--   Not recorded (leads in the report): the January-November 2024 trade figure that Trend prints beside the 2025 one
--   (it does not agree with the ratio the same sentence gives).

-- 1. Ibadov in Istanbul, 6 January 2025 ------------------------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 records what Elchin Ibadov, chief executive of SOCAR Türkiye Enerji, told a press conference in Istanbul on 6 January 2025: that SOCAR was ready to help supply Syria with energy if the decision were taken at state level. From Report.az, Caucasus Watch and Caliber.Az, with Qasioun News for the month and year; a new person, his office and his company.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('report-az-ibadov-syria-energy', 'web_page', 'Elchin Ibadov: SOCAR Türkiye is ready to supply energy for Syria''s recovery if need be', 'Report.az', 'https://report.az/energetika/elcin-ibadov-zeruret-yaranarsa-socar-turkiye-suriyanin-berpasi-ucun-enerji-resurslari-ile-temin-etmeye-hazirdir', 'az', NULL, '2026-12-07', 'In Azerbaijani. No date is shown in the text read. Report''s correspondent sent to Türkiye reports what Ibadov said at a press conference in Istanbul. Four paragraphs, counted after the headline.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('caucasuswatch-de-socar-syria-ibadov', 'web_page', 'SOCAR sees a part for itself in rebuilding and reviving Syria''s energy sector', 'Caucasus Watch', 'https://caucasuswatch-de1.caucasuswatch.org/de/news/socar-sieht-rolle-beim-wiederaufbau-und-der-wiederbelebung-des-energiesektors-in-syrien.html', 'de', NULL, '2026-12-07', 'In German. No page date is shown; it dates the press conference 6 January without a year. Three paragraphs, counted after the headline; the site''s list of other articles is not counted.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('caliber-socar-turkiye-syria', 'web_page', 'SOCAR Türkiye''s chief executive says it is ready to help meet Syria''s energy needs', 'Caliber.Az', 'https://caliber.az/en/post/ceo-socar-turkiye-poised-to-aid-syria-s-post-conflict-energy-needs', 'en', NULL, '2026-12-07', 'No date is shown in the text read, and none for the press conference. It reports Ibadov''s words from local media in its first four paragraphs; the rest is background on Syria''s power sector. Paragraphs are counted after the headline.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('qasioun-82964', 'web_page', 'Syria''s president discusses developing the oil and gas sector with Azerbaijan', 'Qasioun News', 'https://qasioun-news.com/ar/articles/82964/%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3-%D8%A7%D9%84%D8%B3%D9%88%D8%B1%D9%8A-%D9%8A%D8%A8%D8%AD%D8%AB-%D9%85%D8%B9-%D8%A3%D8%B0%D8%B1%D8%A8%D9%8A%D8%AC%D8%A7%D9%86-%D8%AA%D8%B7%D9%88%D9%8A%D8%B1-%D9%82%D8%B7%D8%A7%D8%B9-%D8%A7%D9%84%D9%86%D9%81%D8%B7-%D9%88%D8%A7%D9%84%D8%BA%D8%A7%D8%B2-%D9%84%D8%AA%D8%B9%D8%B2%D9%8A%D8%B2-%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9', 'ar', NULL, '2026-12-07', 'In Arabic. No date is shown in the text read. It reports Middle East Eye on the Antalya talks; its third paragraph puts the offer of SOCAR Türkiye''s chief executive, whom it does not name, in January 2025. The text read breaks off in the fourth paragraph. Paragraphs are counted after the headline.', 'private_media', NULL);
UPDATE change_context SET source_id = 'report-az-ibadov-syria-energy';

INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note)
  VALUES ('socar-turkiye-enerji', 'SOCAR Türkiye Enerji', 'SOCAR Türkiye', 'company', NULL, NULL, NULL, 'Named so by Report.az and Caucasus Watch; Caliber.Az calls it SOCAR Türkiye. The pages read do not say where it is registered or how it is tied to SOCAR.');
INSERT INTO citations (organization_id, source_id, link_basis, locator) VALUES ('socar-turkiye-enerji', 'report-az-ibadov-syria-energy', 'stated', 'paragraph 2');
INSERT INTO citations (organization_id, source_id, link_basis, locator) VALUES ('socar-turkiye-enerji', 'caucasuswatch-de-socar-syria-ibadov', 'stated', 'paragraph 1');
INSERT INTO people (person_id, name, country_id, wikidata_id, note)
  VALUES ('elchin-ibadov', 'Elchin Ibadov', NULL, NULL, 'Spelled as Caucasus Watch and Caliber.Az spell him. The pages read do not give his nationality.');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('elchin-ibadov', 'Elçin İbadov', 'As Report.az spells him.', 'az', 'report-az-ibadov-syria-energy');
INSERT INTO citations (person_id, source_id, link_basis, locator) VALUES ('elchin-ibadov', 'caucasuswatch-de-socar-syria-ibadov', 'stated', 'paragraph 1');
INSERT INTO citations (person_id, source_id, link_basis, locator) VALUES ('elchin-ibadov', 'report-az-ibadov-syria-energy', 'stated', 'paragraph 2');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note, start_basis, end_basis, diplomatic_rank, office_level)
  VALUES ('elchin-ibadov-socar-turkiye-ceo', 'elchin-ibadov', 'Chief Executive Officer of SOCAR Türkiye Enerji', 'socar-turkiye-enerji', NULL, NULL, '2025-01-06', '2025-01-06', NULL, 'confirmed', 'Attested only: the pages show him in office at the Istanbul press conference of 6 January 2025 (the year inferred; see that event). No page read states his term.', 'attested', 'attested', NULL, NULL);
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('elchin-ibadov-socar-turkiye-ceo', 'caucasuswatch-de-socar-syria-ibadov', 'stated', 'paragraph 1');
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('elchin-ibadov-socar-turkiye-ceo', 'report-az-ibadov-syria-energy', 'stated', 'paragraph 2');
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('elchin-ibadov-socar-turkiye-ceo', 'caliber-socar-turkiye-syria', 'stated', 'paragraph 1');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note)
  VALUES ('ibadov-socar-ready-to-supply-syria-2025', '2025-01-06', '2025-01-06', 'day', 'inferred', '2025-01-06', '010', NULL, 'SOCAR Türkiye''s chief executive says SOCAR is ready to help supply Syria with energy', 'At a press conference in Istanbul, Elchin Ibadov, chief executive of SOCAR Türkiye Enerji, says SOCAR stands ready to take a part in Syria''s energy supply should such a decision be made at state level. Peace and stability in Syria and the region, he says, will bring economic growth and more demand for electricity, and rebuilding every sector will need energy; if the government gives SOCAR Türkiye Enerji that role, in line with the interests of Azerbaijan and Türkiye, the company will take it on.', 'istanbul', 'confirmed', 'Inferred: Caucasus Watch dates the press conference 6 January without a year; the year is from Qasioun News, which puts the offer of SOCAR Türkiye''s chief executive in January 2025. Report.az and Caliber.Az show no date. It is a statement of readiness, not an agreement or a plan of either government.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('ibadov-socar-ready-to-supply-syria-2025', 'elchin-ibadov', NULL, NULL, 'speaker', 'Spoke at a press conference in Istanbul.', 'elchin-ibadov-socar-turkiye-ceo');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('ibadov-socar-ready-to-supply-syria-2025', NULL, 'socar', NULL, 'subject', 'Said by him to be ready to help supply Syria with energy.', NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('ibadov-socar-ready-to-supply-syria-2025', NULL, NULL, 'SYR', 'subject', 'The country whose energy supply he spoke of.', NULL);
INSERT INTO event_topics (event_id, topic_id) VALUES ('ibadov-socar-ready-to-supply-syria-2025', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('ibadov-socar-ready-to-supply-syria-2025', 'reconstruction');
INSERT INTO event_topics (event_id, topic_id) VALUES ('ibadov-socar-ready-to-supply-syria-2025', 'turkiye-coordination');
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('ibadov-socar-ready-to-supply-syria-2025', 'caucasuswatch-de-socar-syria-ibadov', 'stated', 'paragraphs 1-3');
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('ibadov-socar-ready-to-supply-syria-2025', 'report-az-ibadov-syria-energy', 'stated', 'paragraphs 1-4');
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('ibadov-socar-ready-to-supply-syria-2025', 'caliber-socar-turkiye-syria', 'stated', 'paragraphs 1-4');
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('ibadov-socar-ready-to-supply-syria-2025', 'qasioun-82964', 'stated', 'Supports the month and year only, January 2025, and the offer of SOCAR Türkiye''s chief executive, whom it does not name, to help Syria''s energy sector in line with Azerbaijan''s and Türkiye''s interests.', 'paragraph 3');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note)
  VALUES ('ibadov-socar-ready-for-role-in-syria-energy', 'ibadov-socar-ready-to-supply-syria-2025', 'elchin-ibadov', NULL, 'SOCAR is ready to play a part in supplying Syria with energy if the decision is taken at state level. Peace and stability in Syria and the region will lead to economic growth and a higher demand for electricity, and construction and recovery in every sector will need energy; should the government, for political reasons and in Azerbaijan''s and Türkiye''s interests, give SOCAR Türkiye Enerji such a role, it will gladly fulfil it.', 'His words are given in Azerbaijani by Report.az, in German by Caucasus Watch and in English by Caliber.Az. Caliber.Az words the last sentence as a duty the company would fulfil, the others as a role it would gladly take on. A readiness, not a commitment.');
INSERT INTO citations (statement_id, source_id, link_basis, locator) VALUES ('ibadov-socar-ready-for-role-in-syria-energy', 'report-az-ibadov-syria-energy', 'stated', 'paragraphs 1-4');
INSERT INTO citations (statement_id, source_id, link_basis, locator) VALUES ('ibadov-socar-ready-for-role-in-syria-energy', 'caucasuswatch-de-socar-syria-ibadov', 'stated', 'paragraphs 1-3');
INSERT INTO citations (statement_id, source_id, link_basis, locator) VALUES ('ibadov-socar-ready-for-role-in-syria-energy', 'caliber-socar-turkiye-syria', 'stated', 'paragraphs 1-4');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('ibadov-socar-ready-for-role-in-syria-energy', 'energy');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('ibadov-socar-ready-for-role-in-syria-energy', 'reconstruction');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 2. Najaf at the KAZENERGY Eurasian Forum, by 2 October 2025 --------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 records what SOCAR''s president Rovshan Najaf told the KAZENERGY Eurasian Forum in Astana, reported on 2 October 2025 by Trend and AZERTAC: that SOCAR, with Turkish and Qatari partners, had been sending gas to Syria since August. His known term as president now runs to that day, and Astana is added as a place.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('trend-4098433', 'web_page', 'SOCAR''s president on Azerbaijan''s growing part in the energy of a wider region', 'Trend', 'https://www.trend.az/business/4098433.html', 'en', '2025-10-02', '2026-12-07', 'Dated 2 October 2025; dateline Baku, 2 October. It gives no day for the forum''s opening session other than its own. Paragraphs are counted from the one with the dateline.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('azertag-3781179', 'web_page', 'SOCAR''s president: a long-term plan of cooperation with Europe has been worked out', 'AZERTAC', 'https://azertag.az/en/xeber/socar_president_we_worked_out_a_long_term_cooperation_plan_with_europe-3781179', 'en', '2025-10-02', '2026-12-07', 'Dated 2 October 2025; dateline Astana, 2 October, from AZERTAC''s special correspondent. It gives no other day for the opening session. The dateline stands on a line of its own and is not counted; paragraphs are counted from the one after it, and the byline is not counted.', 'state_media', 'AZE');
UPDATE change_context SET source_id = 'trend-4098433';

INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note, latitude, longitude, geonames_id, wikidata_id)
  VALUES ('astana', 'Astana', 'city', 'KAZ', NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO citations (place_id, source_id, link_basis, locator) VALUES ('astana', 'azertag-3781179', 'stated', 'dateline and paragraph 1');
INSERT INTO citations (place_id, source_id, link_basis, locator) VALUES ('astana', 'trend-4098433', 'stated', 'paragraph 1');

UPDATE positions SET end_earliest = '2025-10-02', note = 'Bounded by the days pages show him in office; the latest, 2 October 2025, is the date of Trend''s and AZERTAC''s reports of his speech in Astana. No page read states his term.'
  WHERE position_id = 'rovshan-najaf-socar-president';
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('rovshan-najaf-socar-president', 'trend-4098433', 'stated', 'page date and paragraph 1');
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('rovshan-najaf-socar-president', 'azertag-3781179', 'stated', 'page date and paragraph 1');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note)
  VALUES ('najaf-astana-forum-gas-to-syria-2025', NULL, '2025-10-02', 'range', 'reported', '[..2025-10-02]', '010', NULL, 'SOCAR''s president tells an energy forum in Astana that SOCAR began sending gas to Syria in August', 'Speaking in Astana as the KAZENERGY Eurasian Forum opened (Kazakhstan Energy Week 2025, as AZERTAC calls it), SOCAR''s president Rovshan Najaf says that since August SOCAR and its Turkish partners have been sending gas to Syria, a country restoring its statehood. Trend also has him name Qatari partners, say that the supply had not been in SOCAR''s plans six months before, and say that SOCAR is ready for a bigger part in the energy security of the wider region.', 'astana', 'confirmed', 'Reported: Trend and AZERTAC both date their reports 2 October 2025 and give no other day for the session, so it was on or before that day.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('najaf-astana-forum-gas-to-syria-2025', 'rovshan-najaf', NULL, NULL, 'speaker', 'Spoke at the forum''s opening session.', 'rovshan-najaf-socar-president');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('najaf-astana-forum-gas-to-syria-2025', NULL, NULL, 'SYR', 'subject', 'The country the gas goes to.', NULL);
INSERT INTO event_topics (event_id, topic_id) VALUES ('najaf-astana-forum-gas-to-syria-2025', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('najaf-astana-forum-gas-to-syria-2025', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('najaf-astana-forum-gas-to-syria-2025', 'turkiye-coordination');
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('najaf-astana-forum-gas-to-syria-2025', 'trend-4098433', 'stated', 'dateline and paragraphs 1 and 3-4');
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('najaf-astana-forum-gas-to-syria-2025', 'azertag-3781179', 'stated', 'dateline and paragraphs 1 and 4-5');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note)
  VALUES ('najaf-gas-to-syria-since-august-2025', 'najaf-astana-forum-gas-to-syria-2025', 'rovshan-najaf', NULL, 'Since August 2025 SOCAR, together with Turkish and Qatari partners, has been supplying gas to Syria, which is rebuilding itself and restoring its statehood in a hard period of transition. Six months earlier this had not been in SOCAR''s plans; it is ready to take on a bigger part in the energy security of the wider region.', 'Trend gives the Qatari partners, the six months and the readiness; AZERTAC names the Turkish partners only and gives the words on Syria''s statehood. Both report his words in English.');
INSERT INTO citations (statement_id, source_id, link_basis, locator) VALUES ('najaf-gas-to-syria-since-august-2025', 'trend-4098433', 'stated', 'paragraphs 3-4');
INSERT INTO citations (statement_id, source_id, link_basis, locator) VALUES ('najaf-gas-to-syria-since-august-2025', 'azertag-3781179', 'stated', 'paragraphs 4-5');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('najaf-gas-to-syria-since-august-2025', 'oil-and-gas');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('najaf-gas-to-syria-since-august-2025', 'turkiye-coordination');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 3. Anadolu's own report on the gas reaching Homs province, 9 August 2025 ------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds TRT Haber''s page carrying Anadolu''s report of 9 August 2025 on Azerbaijani gas reaching the Cender station in Homs province. It has Syria''s deputy energy minister Ghayath Diab say after the valves were opened that the gas had reached the station by that day (no page gives the day of arrival, so the event keeps its dates), and it gives the line''s capacity, its present flow and the 250 megawatts as his words, which Report''s pages, citing Anadolu, left without a speaker; his statement and the discrepancy on the daily flow now say so.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('trthaber-916482', 'web_page', 'Azerbaijani gas reaches Homs province through the Türkiye-Syria pipeline', 'TRT Haber (from Anadolu)', 'https://www.trthaber.com/haber/dunya/azerbaycan-dogal-gazi-turkiye-suriye-boru-hatti-uzerinden-humus-iline-ulasti-916482.html', 'tr', '2025-08-09', '2026-12-07', 'In Turkish. Carries Anadolu''s report under its name, dated 9 August 2025 at 17:50. Paragraphs are counted after the headline, leaving out the headline repeated as a caption after the first paragraph; the text read breaks off in the ninth.', 'state_media', 'TUR');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('report-az-homs-gas-az', 'trthaber-916482', 'draws_on', 'stated', 'Report names Anadolu as its source; TRT Haber''s page carries Anadolu''s report, so the two are one independent source.');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('report-az-ru-homs-gas', 'trthaber-916482', 'draws_on', 'stated', 'Report names Anadolu as its source; TRT Haber''s page carries Anadolu''s report, so the two are one independent source.');
UPDATE change_context SET source_id = 'trthaber-916482';

UPDATE events SET note = 'Reported: Report''s pages and TRT Haber''s page carrying Anadolu''s report, all of 9 August 2025, give no day for the arrival or for the opening of the valves; Diab says only that by the day of the report the gas had reached the Cender station. Not before 2 August, when, as the same pages say, the first gas went from Türkiye to Syria. The pages print the governor''s name only in an inflected form, so he is not given a row of his own.'
  WHERE event_id = 'azerbaijani-gas-reaches-homs-2025';
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('azerbaijani-gas-reaches-homs-2025', 'trthaber-916482', 'stated', 'page date and paragraphs 1-5 and 9');

UPDATE statements SET summary = 'Azerbaijani gas has reached the Cender station by way of Türkiye as of today. The line can carry at most 3.4 million cubic metres a day and now carries 1.4 million, which allows 250 megawatts to be generated. The flow through Türkiye is a strategic step, joining the Arab Gas Pipeline to Türkiye, through which Syria''s grid will be tied to the region''s, and it will strengthen stability. With gas reaching all the thermal plants, power supply will rise to five hours a day; in the next stage, under a new contract for 6 million cubic metres a day, households are to get up to eight hours.',
  note = 'TRT Haber''s page, carrying Anadolu''s report, gives the line''s capacity, its present flow and the 250 megawatts as his words; Report''s pages, citing Anadolu, give the same figures without naming a speaker. The five and eight hours are plans.'
  WHERE statement_id = 'diab-homs-1-4-million-a-day';
INSERT INTO citations (statement_id, source_id, link_basis, locator) VALUES ('diab-homs-1-4-million-a-day', 'trthaber-916482', 'stated', 'paragraphs 5-8');

UPDATE discrepancy_claims SET claim = 'The line can take 3.4 million cubic metres a day and now carries 1.4 million, enough for 250 megawatts, Syria''s deputy energy minister Ghayath Diab tells journalists after the valves of the gas plants are opened, as TRT Haber gives Anadolu''s report of the gas reaching the Cender station in Homs province; Report, citing Anadolu, gives the same figures without naming a speaker.'
  WHERE claim_id = 'gas-flow-1-4-million-of-3-4';
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('gas-flow-1-4-million-of-3-4', 'trthaber-916482', 'stated', 'paragraph 6');
UPDATE discrepancies SET note = 'Bayraktar, in Report''s page of 8 August 2025, says Syria now gets 3.4 million cubic metres a day through a pipeline built for 6 million; Report''s pages of 9 August 2025, citing Anadolu, say the line can take 3.4 million a day and now carries 1.4 million, and TRT Haber''s page of the same day, which carries Anadolu''s report, gives those figures as the words of Syria''s deputy energy minister Ghayath Diab. Neither side says whether the figures concern the same stretch of pipe: Diab speaks after the gas reached the Cender station in Homs province, Bayraktar of the supply to Syria as a whole, so the two may measure different things. Bayraktar and Diab both put the next stage at 6 million a day. Al-Bashir''s 3.4 million a day from 2 August is the subject of a discrepancy of its own.'
  WHERE discrepancy_id = 'gas-flow-into-syria-august-2025';

INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('ghayath-diab', 'Gayyas Diyab', 'As TRT Haber, carrying Anadolu''s report, spells him.', 'tr', 'trthaber-916482');
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('ghayath-diab-deputy-energy-minister', 'trthaber-916482', 'stated', 'page date and paragraph 4');
UPDATE change_context SET reason = NULL, source_id = NULL;
