-- 0082: the day bases 0079 left, al-Mekdad's summit address stated, and the Gerasimov-Scaparrotti talks in Baku.
--   1. Of the citations 0079 could not bring up, three pages came up again: SANA 2344504 (the jet fuel memorandum
--      signed "yesterday"), Day.Az 1821878 (Asadov at "today's" plenary) and News.az on the Foreign Ministry's
--      statement "on Friday". Their citations of the event (and of the memorandum) whose day is worked out from the
--      page's date become derived, with the working in the note. Their citations of people, a company, a claim on
--      the counterparty's name, a claim on a year and a statement claim no day and stay as they are. The New Arab
--      (via WN) came up too: the day its rows take is the page's own date, which it prints whole, so its citations
--      stay. Al-Masdar on al-Miqdad's appointment, Dama Post 799 and the Saudi Gazette 648980 did not come up.
--   2. Al-Mekdad's address to the Non-Aligned summit in Baku: Watani Press's text of it is headed with the whole
--      date, 26 October 2019, so the event's date basis becomes stated; Caucasus in Detail, which gives the day
--      without a year, has its citation marked derived.
--   3. EADaily's page of 19 April 2018 (dated by its address) reports, from Russia's defence ministry, the talks
--      in Baku of Russia's chief of general staff, Valery Gerasimov, and NATO's supreme commander, Curtis
--      Scaparrotti, Syria among the subjects: recorded as an event, with the two men, their offices as the page
--      gives them (bounded by that day) and NATO, and the coverage gap on military chiefs in Baku updated.
--   No weekday is named in the note of a stated date. No event's date basis other than al-Mekdad's changes: the
--   jet fuel memorandum, Asadov's report and the backing of "Peace Spring" were already derived.

-- SOCAR and UCC's jet fuel memorandum, signed in Damascus on Thursday 4 December 2025: SANA ------------------------
UPDATE change_context SET reason = 'Release 3.0 marks SANA''s citations for the jet fuel memorandum (the signing and the agreement) as derived: the page''s dateline is 5 December 2025 and it says the memorandum was signed "yesterday", so the day, 4 December, is worked out from the dateline.', source_id = 'sana-2344504';
UPDATE citations SET link_basis = 'derived', note = 'The dateline is 5 December 2025 and the page says the memorandum was signed the day before ("yesterday"); that is 4 December 2025, a Thursday.' WHERE citation_id = 375;
UPDATE citations SET link_basis = 'derived', note = 'The dateline is 5 December 2025 and the page says the memorandum was signed the day before ("yesterday"); that is 4 December 2025, a Thursday.' WHERE citation_id = 376;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Asadov's report to the Milli Majlis on Friday 13 March 2026: Day.Az ----------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks Day.Az''s citation for Asadov''s report to parliament as derived: the page, dated 13 March 2026, says he spoke at the Milli Majlis''s plenary session of that day ("today''s").', source_id = 'day-az-1821878';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 13 March 2026, says he spoke at that day''s plenary session of the Milli Majlis ("today''s"); the day is the page''s own, a Friday.' WHERE citation_id = 692;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The Foreign Ministry's backing of "Peace Spring" on Friday 11 October 2019: News.az -------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks News.az''s citation for the Foreign Ministry''s backing of Operation Peace Spring as derived: the page, dated 11 October 2019, a Friday, says the ministry spoke "on Friday".', source_id = 'news-az-peace-spring';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 11 October 2019, a Friday, says the ministry issued its statement on Friday; the day is the page''s own.' WHERE citation_id = 578;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Al-Mekdad at the Non-Aligned summit in Baku, 26 October 2019: Watani Press and Caucasus in Detail ----------------
UPDATE change_context SET reason = 'Release 3.0 dates al-Mekdad''s address to the Non-Aligned summit in Baku as stated: Watani Press''s text of his statement, given under Syria''s Foreign Ministry''s name, is headed Baku, 26 October 2019, the whole date. Caucasus in Detail gives the day without a year, so its citation is marked derived.', source_id = 'watanipress-mekdad-nam-2019';
UPDATE events SET date_basis = 'stated', note = 'Watani Press''s text of his statement, given under the name of Syria''s Foreign Ministry, is headed Baku, 26 October 2019, the whole date. Caucasus in Detail, from Trend, gives 26 October without a year, in its dateline and text, on its page of 27 October 2019; his backing of Azerbaijan''s position on Karabakh rests on that report alone.' WHERE event_id = 'mekdad-supports-azerbaijan-position-nam-2019';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 27 October 2019, gives the day of his words as 26 October without a year, in its dateline and its first paragraph; the year, 2019, is the page''s own.' WHERE citation_id = 580;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Gerasimov and Scaparrotti in Baku, 19 April 2018: EADaily -------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 records the talks in Baku of Russia''s chief of general staff, Valery Gerasimov, and NATO''s supreme commander, Curtis Scaparrotti, in which Syria was among the subjects, from EADaily''s page of 19 April 2018 (dated by its address), which relays Russia''s defence ministry; it updates the coverage gap on military chiefs meeting in Baku.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('eadaily-20180419-gerasimov-scaparrotti', 'web_page', 'Gerasimov and Scaparrotti agree in Baku to strengthen confidence-building measures between Russia and NATO', 'EADaily', 'https://eadaily.com./ru/news/2018/04/19/gerasimov-i-skaparrotti-reshili-ukrepit-mery-doveriya-mezhdu-rossiey-i-nato', 'ru', '2018-04-19', '2026-12-07', 'The address is given as stored, with a dot after the domain. No page date is shown in the text read; the date is taken from the address. The page gives the day of the talks as 19 April without a year and relays a statement of Russia''s defence ministry; it says Gerasimov was to be received by President Aliyev during the trip.', 'private_media', NULL);

INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note)
  VALUES ('nato', 'North Atlantic Treaty Organization', 'NATO', 'international_organization', NULL, NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, link_basis, locator) VALUES ('nato', 'eadaily-20180419-gerasimov-scaparrotti', 'stated', 'paragraph 1');

INSERT INTO people (person_id, name, country_id, wikidata_id, note)
  VALUES ('valery-gerasimov', 'Valery Gerasimov', 'RUS', NULL, 'Chief of the General Staff of Russia''s armed forces, a general of the army, as EADaily''s page of 19 April 2018 gives him.');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('valery-gerasimov', 'Валерий Герасимов', NULL, 'ru', 'eadaily-20180419-gerasimov-scaparrotti');
INSERT INTO citations (person_id, source_id, link_basis, locator) VALUES ('valery-gerasimov', 'eadaily-20180419-gerasimov-scaparrotti', 'stated', 'paragraph 1');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note, start_basis, end_basis, diplomatic_rank, office_level)
  VALUES ('valery-gerasimov-chief-of-general-staff', 'valery-gerasimov', 'Chief of the General Staff of the Armed Forces of Russia', NULL, 'RUS', NULL, '2018-04-19', '2018-04-19', NULL, 'confirmed', 'Bounded by the one day a page read shows him in office: EADaily''s page of 19 April 2018 gives him this office at the talks in Baku that day. No page read gives his term.', 'attested', 'attested', NULL, NULL);
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('valery-gerasimov-chief-of-general-staff', 'eadaily-20180419-gerasimov-scaparrotti', 'stated', 'page address and paragraph 1');

INSERT INTO people (person_id, name, country_id, wikidata_id, note)
  VALUES ('curtis-scaparrotti', 'Curtis Scaparrotti', NULL, NULL, 'A general, NATO''s supreme commander of its allied armed forces, as EADaily''s page of 19 April 2018 gives him; the page does not give his nationality.');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('curtis-scaparrotti', 'Кертис Скапарротти', NULL, 'ru', 'eadaily-20180419-gerasimov-scaparrotti');
INSERT INTO citations (person_id, source_id, link_basis, locator) VALUES ('curtis-scaparrotti', 'eadaily-20180419-gerasimov-scaparrotti', 'stated', 'paragraph 1');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note, start_basis, end_basis, diplomatic_rank, office_level)
  VALUES ('curtis-scaparrotti-nato-supreme-commander', 'curtis-scaparrotti', 'Supreme Commander of NATO''s Allied Armed Forces', 'nato', NULL, NULL, '2018-04-19', '2018-04-19', NULL, 'confirmed', 'Bounded by the one day a page read shows him in office: EADaily''s page of 19 April 2018 gives him this office at the talks in Baku that day. No page read gives his term.', 'attested', 'attested', NULL, NULL);
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('curtis-scaparrotti-nato-supreme-commander', 'eadaily-20180419-gerasimov-scaparrotti', 'stated', 'page address and paragraph 1');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note, visit_kind, visit_level)
  VALUES ('gerasimov-scaparrotti-talks-in-baku-2018', '2018-04-19', '2018-04-19', 'day', 'inferred', '2018-04-19', '040', 'CONSULT', 'Russia''s chief of general staff Gerasimov and NATO''s commander Scaparrotti hold talks in Baku, Syria among the subjects', 'Valery Gerasimov, chief of the General Staff of Russia''s armed forces, and General Curtis Scaparrotti, NATO''s supreme commander, meet in Baku. According to Russia''s defence ministry they discuss the military activity of NATO and Russia in Europe, confidence-building and the prevention of incidents, exchange views on Syria and stress working together against international terrorism.', 'baku', 'confirmed', 'EADaily gives 19 April without a year; the year, 2018, is from its address. The page relays Russia''s defence ministry. Azerbaijan is the place of the talks, not a party to them; the reception by President Aliyev that the page announces is not recorded.', NULL, NULL);
INSERT INTO event_participants (event_id, person_id, role, position_id) VALUES ('gerasimov-scaparrotti-talks-in-baku-2018', 'valery-gerasimov', 'participant', 'valery-gerasimov-chief-of-general-staff');
INSERT INTO event_participants (event_id, person_id, role, position_id) VALUES ('gerasimov-scaparrotti-talks-in-baku-2018', 'curtis-scaparrotti', 'participant', 'curtis-scaparrotti-nato-supreme-commander');
INSERT INTO event_participants (event_id, country_id, role) VALUES ('gerasimov-scaparrotti-talks-in-baku-2018', 'SYR', 'subject');
INSERT INTO event_topics (event_id, topic_id) VALUES ('gerasimov-scaparrotti-talks-in-baku-2018', 'security');
INSERT INTO event_topics (event_id, topic_id) VALUES ('gerasimov-scaparrotti-talks-in-baku-2018', 'syrian-war');
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('gerasimov-scaparrotti-talks-in-baku-2018', 'eadaily-20180419-gerasimov-scaparrotti', 'derived', 'The page gives the day of the talks as 19 April without a year; the year, 2018, is from its address (/2018/04/19/). 19 April 2018 was a Thursday.', 'page address and paragraphs 1-2');

UPDATE coverage_gaps SET finding = 'EADaily''s page of 19 April 2018 (dated by its address) reports, from Russia''s defence ministry, the talks in Baku that day of Valery Gerasimov and NATO''s supreme commander, Curtis Scaparrotti, with Syria among the subjects: recorded. REN TV reports that Gerasimov and NATO''s Supreme Allied Commander Europe, Tod Wolters, met in Baku and discussed, among other subjects, Afghanistan and Syria, and that Gerasimov also met Ilham Aliyev and the chief of Azerbaijan''s general staff, Najmeddin Sadikov; the stored page shows no date, so nothing is recorded. Not yet read for the record: the earlier meetings in Baku with the chairman of the US Joint Chiefs of Staff that EADaily mentions, Haqqin.az, and a Sputnik column of February 2020 on a Gerasimov-Wolters meeting in Baku.' WHERE gap_id = 'military-chiefs-on-syria-in-baku';
UPDATE change_context SET reason = NULL, source_id = NULL;
