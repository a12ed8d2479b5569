-- 0106: three leads from stored pages brought up in December 2026.
--   1. The Azerbaijani gas reaching Homs province is now dated 9 August 2025 (derived). Yalla Syria News, relaying
--      SANA, says the gas reached the Jandar power plant in Homs province on the day of its report, a Saturday, after
--      the first stage of the pumping began on the second of that month; Report's and TRT Haber's pages of 9 August 2025
--      already report the gas at the station, so the Saturday can only be 9 August. A second Yalla Syria News page,
--      which took the same story from Zaman al-Wasl on 9 August 2025, is cited too, and Diab's words as SANA gives them
--      are added as a statement of their own. The 700 to 800 megawatts these pages expect the plant to produce measure
--      something other than the 250 megawatts Diab gives for the present daily flow, so they are a citation note, not
--      a discrepancy. SANA's line is independent of Anadolu's, which the event's other pages follow.
--   2. Elchin Ibadov's office: AzVision's German page of 4 October 2023 shows him at the head of SOCAR Türkiye, so the
--      known start of his term moves from 6 January 2025 to that day (attested).
--   3. Rovshan Najaf's office: AzerNews's page of 11 June 2023 calls him SOCAR's president, so the known start of his
--      term moves from 6 September 2025 to that day (attested). No page dated 9 June 2023 or earlier was found.
--   Not recorded (leads in the report): a dated enerjihaber.com page on Ibadov's press conference was not brought up,
--   so that event keeps its inferred year.

-- 1. The day the gas reached Homs province ---------------------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 dates the Azerbaijani gas reaching Homs province to 9 August 2025: Yalla Syria News, relaying SANA, says it reached the Jandar plant on the day of its report, a Saturday after the second of the month, and Report''s and TRT Haber''s pages of 9 August 2025 already report it, so the Saturday is 9 August (derived). Two Yalla Syria News pages are added, with Diab''s words as SANA gives them.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('yallasyrianews-39768', 'web_page', 'Azerbaijani gas reaches the Jandar power plant in Homs', 'Yalla Syria News', 'https://www.yallasyrianews.com/a/39768', 'ar', NULL, '2026-12-08', 'In Arabic. No page date is shown in the text read. It relays SANA, which it names, and says the gas arrived on the day of its report, a Saturday, without giving the date. Paragraphs are counted from the first line of the text read; it breaks off in the sixth.', 'private_media', 'SYR');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('yallasyrianews-39774', 'web_page', 'Azerbaijani gas reaches Homs, a step towards better power supply in Syria', 'Yalla Syria News', 'https://yallasyrianews.com/a/39774', 'ar', NULL, '2026-12-08', 'In Arabic. No page date of its own; its first paragraph says the story was first published by Zaman al-Wasl and taken from there on 9 August 2025, and the story itself cites SANA. Paragraphs are counted after the headline, the provenance line and the site''s disclaimer being the first two; the text read breaks off in the seventh.', 'private_media', 'SYR');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('yallasyrianews-39774', 'yallasyrianews-39768', 'republishes', 'apparent', 'The same SANA story in nearly the same words on the same site, one by way of Zaman al-Wasl; one independent source. Neither SANA''s nor Zaman al-Wasl''s own page is recorded.');
UPDATE change_context SET source_id = 'yallasyrianews-39768';

UPDATE events SET date_earliest = '2025-08-09', date_latest = '2025-08-09', date_precision = 'day', date_basis = 'derived', date_edtf = '2025-08-09',
  note = 'Derived: Yalla Syria News, relaying SANA, says the gas reached the Jandar plant on the day of its report, a Saturday, and gives the start of the first stage of the pumping not as that day but as the second of the month (2 August 2025, the day of the Kilis ceremony, also a Saturday), so its Saturday is later than 2 August. A second Yalla Syria News page took the same SANA story, which says the plant began running on gas that day, from Zaman al-Wasl on 9 August 2025, and Report''s pages and TRT Haber''s page carrying Anadolu''s report, all of 9 August 2025, already report the gas at the Cender station, where Diab says it had arrived by that day; so it is not later than 9 August. The only Saturday from 3 to 9 August 2025 is 9 August. Report''s pages print the governor''s name only in an inflected form, so he is not given a row of his own.'
  WHERE event_id = 'azerbaijani-gas-reaches-homs-2025';
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('azerbaijani-gas-reaches-homs-2025', 'yallasyrianews-39768', 'stated', 'Gives the arrival as the day of its report, a Saturday, with Diab and the governor of Homs present, and the start of the pumping on the second of the month; the date is worked out in the event''s note. Its 700 to 800 megawatts are what the plant is expected to produce on gas, not the 250 megawatts Diab gives for the present flow of 1.4 million cubic metres a day, so the figures do not conflict.', 'paragraphs 1-2 and 5');
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('azerbaijani-gas-reaches-homs-2025', 'yallasyrianews-39774', 'stated', 'Says the Jandar plant began to run on Azerbaijani gas on the day of the original report, which it took from Zaman al-Wasl on 9 August 2025. It gives the same expected 700 to 800 megawatts as the other Yalla Syria News page.', 'paragraphs 1 and 3-4');
INSERT INTO citations (position_id, source_id, link_basis, note, locator) VALUES ('ghayath-diab-deputy-energy-minister', 'yallasyrianews-39768', 'stated', 'Calls him the energy minister''s assistant for oil affairs.', 'paragraph 1');

INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note)
  VALUES ('diab-jandar-plant-on-gas', 'azerbaijani-gas-reaches-homs-2025', 'ghayath-diab', NULL, 'Running the Jandar plant on natural gas will do much to improve Syria''s electricity. The step is a qualitative leap for the energy sector, and work goes on to meet people''s need for power, as part of the effort to build up the country''s energy infrastructure.', 'His words as SANA gives them, relayed by Yalla Syria News. Beside them the pages put the plant''s expected output on gas at 700 to 800 megawatts, without saying whether the figure is his; it is not the 250 megawatts he gives, in Anadolu''s report, for the present daily flow. An expectation, not a measured output.');
INSERT INTO citations (statement_id, source_id, link_basis, locator) VALUES ('diab-jandar-plant-on-gas', 'yallasyrianews-39768', 'stated', 'paragraphs 2-3');
INSERT INTO citations (statement_id, source_id, link_basis, locator) VALUES ('diab-jandar-plant-on-gas', 'yallasyrianews-39774', 'stated', 'paragraphs 4-5');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('diab-jandar-plant-on-gas', 'energy');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 2. Elchin Ibadov at the head of SOCAR Türkiye by 4 October 2023 ----------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 moves the known start of Elchin Ibadov''s term at the head of SOCAR Türkiye to 4 October 2023, the date of AzVision''s German page that shows him in that office.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('azvision-de-117118', 'web_page', 'Elchin Ibadov: SOCAR has put 18 billion dollars into the Turkish economy in 15 years', 'AzVision (German edition)', 'https://de.azvision.az/news/117118/elchin-ibadov--„socar-hat-in-den-letzten-15-jahren-18-milliarden-dollar-in-die-türkische-wirtschaft-investiert“.html', 'de', '2023-10-04', '2026-12-08', 'In German. Dated 4 October 2023. It reports an interview he gave the Turkish press, without a day for it. Paragraphs are counted after the date line and the repeated headline.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'azvision-de-117118';
UPDATE positions SET start_latest = '2023-10-04',
  note = 'Attested only: the pages show him in office on 4 October 2023 (AzVision''s German page, which calls him managing director of SOCAR Turkey) and at the Istanbul press conference of 6 January 2025 (the year inferred; see that event). No page read states his term.'
  WHERE position_id = 'elchin-ibadov-socar-turkiye-ceo';
INSERT INTO citations (position_id, source_id, link_basis, note, locator) VALUES ('elchin-ibadov-socar-turkiye-ceo', 'azvision-de-117118', 'stated', 'Calls him managing director of SOCAR Turkey, SOCAR''s subsidiary in Türkiye, the company the other pages call SOCAR Türkiye Enerji or SOCAR Türkiye.', 'page date and paragraph 2');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 3. Rovshan Najaf as SOCAR's president by 11 June 2023 --------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 moves the known start of Rovshan Najaf''s term as SOCAR''s president to 11 June 2023, the date of AzerNews''s page that calls him so.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('azernews-210963', 'web_page', 'Jabbarov and SOCAR''s president meet Türkiye''s energy minister Bayraktar', 'AzerNews', 'https://www.azernews.az/business/210963.html', 'en', '2023-06-11', '2026-12-08', 'Dated 11 June 2023, citing SOCAR; it gives no day for the meeting. Paragraphs are counted after the date line.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'azernews-210963';
UPDATE positions SET start_latest = '2023-06-11',
  note = 'Bounded by the days pages show him in office: the earliest, 11 June 2023, is the date of AzerNews''s page on the meeting he and Mikayil Jabbarov held with Türkiye''s energy minister; the latest, 2 October 2025, is the date of Trend''s and AZERTAC''s reports of his speech in Astana. No page read states his term.'
  WHERE position_id = 'rovshan-najaf-socar-president';
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('rovshan-najaf-socar-president', 'azernews-210963', 'stated', 'page date and paragraph 1');
UPDATE change_context SET reason = NULL, source_id = NULL;
