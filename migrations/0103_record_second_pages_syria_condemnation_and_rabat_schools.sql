-- 0103: second pages for two facts of 2026 already in the record. The search for political, diplomatic and
-- humanitarian facts of September 2025 to 2026 that the record lacks (40 look-ups in five languages) brought up no
-- new fact: every page of the period it found was already cited, or gave a fact already recorded. Two pages not yet
-- cited add a source to an event of the period:
--   1. Report.az's Azerbaijani page of 5 March 2026 gives the Syrian Foreign Ministry's statement condemning Iran's
--      attempted strikes on Türkiye and Azerbaijan, as the ministry posted it on social media; cited on the event and
--      on the ministry's statement. It gives no day of its own for the statement, so the event's dates are unchanged.
--   2. Son Dakika's Turkish page of 17 February 2026, from Anadolu Agency, gives the signing in Rabat of the
--      partnership of Azerbaijan, Syria and ICESCO on Syria's school buildings; cited on the event and on the
--      agreement, with the Turkish spellings it prints of the Syrian minister's and ICESCO's Director-General's names.
--      It places the signing in Rabat without naming ICESCO's headquarters, and gives no day beyond its own date.

-- 1. Syria's condemnation of Iran's attempted strikes (5 March 2026): Report.az -----------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds Report.az''s Azerbaijani page of 5 March 2026, which gives the Syrian Foreign Ministry''s statement condemning Iran''s attempted strikes on Türkiye and Azerbaijan as the ministry posted it on social media, to the event and to the ministry''s statement.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('report-az-20260305-syria-condemns', 'web_page', 'Syria condemns Iran''s strikes on Azerbaijan', 'Report.az', 'https://report.az/xarici-siyaset/suriya-iranin-azerbaycana-endirdiyi-zerbeleri-pisleyib', 'az', '2026-03-05', '2026-12-08', 'Dated 5 March 2026, 18:32. It says the Syrian Foreign Ministry put out the statement on social media, and gives no day for it other than its own date. Paragraphs are counted after the date line.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'report-az-20260305-syria-condemns';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('syria-condemns-iran-strikes-on-azerbaijan-2026', 'report-az-20260305-syria-condemns', 'stated', 'Supports the statement and what it says; its last paragraph recalls that Iranian drones struck targets in Nakhchivan, the airport''s terminal among them, on 5 March. The day of the statement is only the page''s own.', 'headline and paragraphs 1-5');
INSERT INTO citations (statement_id, source_id, link_basis, locator)
  VALUES ('syria-solidarity-with-azerbaijan-and-turkiye-2026', 'report-az-20260305-syria-condemns', 'stated', 'paragraphs 3-4');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 2. The Rabat partnership on Syria's schools (17 February 2026): Son Dakika, from Anadolu Agency ------------------
UPDATE change_context SET reason = 'Release 3.0 adds Son Dakika''s Turkish page of 17 February 2026, which gives Anadolu Agency''s report of the signing in Rabat of the partnership of Azerbaijan, Syria and ICESCO on rebuilding Syria''s school buildings, to the event and to the agreement, with the Turkish spellings it prints of two signatories'' names.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('sondakika-19577552', 'web_page', 'Azerbaijan, ICESCO and Syria sign an education agreement for Syria', 'Son Dakika (from Anadolu Agency)', 'https://www.sondakika.com/guncel/haber-azerbaycan-ve-icesco-dan-suriye-icin-egitim-anlasm-19577552/', 'tr', '2026-02-17', '2026-12-08', 'Dated 17 February 2026, 23:13; it names Anadolu Agency (AA) as its source, which drew on a statement of Azerbaijan''s Ministry of Science and Education. It places the signing in Rabat without naming ICESCO''s headquarters and gives no day for it other than its own date. Paragraphs are counted after the date line.', 'private_media', 'TUR');
UPDATE change_context SET source_id = 'sondakika-19577552';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('rabat-schools-agreement-signed', 'sondakika-19577552', 'stated', 'Supports the signing in Rabat by Emin Amrullayev, ICESCO''s Director-General and Syria''s education minister, and Amrullayev''s words that they will carry out a project, supported by the Azerbaijani government, aimed at rebuilding Syria''s education infrastructure. It does not say the signing was at ICESCO''s headquarters.', 'date line and paragraphs 1-4 and 6');
INSERT INTO citations (agreement_id, source_id, link_basis, locator)
  VALUES ('rabat-schools-partnership-2026', 'sondakika-19577552', 'stated', 'paragraphs 1-4');
INSERT INTO person_names (person_id, name, note, language, source_id)
  VALUES ('mohammed-turko', 'Muhammed Abdurrahman Turko', 'As Son Dakika''s Turkish page, from Anadolu Agency, prints his name.', 'tr', 'sondakika-19577552');
INSERT INTO person_names (person_id, name, note, language, source_id)
  VALUES ('salim-almalik', 'Salim bin Muhammed el-Malik', 'As Son Dakika''s Turkish page, from Anadolu Agency, prints his name.', 'tr', 'sondakika-19577552');
UPDATE change_context SET reason = NULL, source_id = NULL;
