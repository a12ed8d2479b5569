-- 0093: pages found by following this round's leads; four of the seven leads gave something a page states.
--   1. The iftars for orphaned children of 25-27 March 2025: how many children came to the first one. SANA, and Syria
--      Home News giving the chargé d'affaires' words to Al-Watan, say 400 (the latter adds 350 on the second day);
--      Yenixeber.org, from haber7.com, and Crossmedia.az, citing foreign media, say 500. A discrepancy, both cited;
--      Syria Home News and Crossmedia.az are also cited for the event.
--   2. Syria's list of foreigners killed (November 2012): how many Azerbaijanis it named. Ya Libnan (AFP) and Sputnik's
--      French service say one; People's Daily's French edition and Prokerala (both giving Xinhua's report) say two.
--      A discrepancy, both cited; the event's title and summary now say only "at least one", which every page supports.
--   3. Kamil Khasiyev's term as ambassador to Croatia: the embassy's Zagreb page shows Fakhraddin Gurbanov as
--      ambassador on 12 March 2019, which bounds the end of Khasiyev's term; Gurbanov, in an interview with Diplomacy
--      & Commerce, says he was appointed on 8 December 2017, before the day AzVision calls Khasiyev ambassador there.
--      A discrepancy, both cited; the office is marked disputed.
--   4. The Kilis-Aleppo pipeline's connection: 5karat24, on its page of 2 August 2025, gives the day in full,
--      21 May 2025, so the date's basis becomes stated.
--   Not recorded (leads in the report): Day.Az's page 1821878 is already the source of Asadov's words to parliament;
--   the date 23 February 2026 on Vestnik Kavkaza's page of the presidents' call is the store's, not the text's; no
--   page read gives the day of Nabiyev's round table in New York.

-- 1. The first of the 2025 iftars for orphans: 400 or 500 children ---------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 records that the pages disagree on how many children came to the first of the three iftars the embassy held for orphans from 25 March 2025: SANA and Syria Home News (giving the chargé d''affaires'' words to Al-Watan) say 400, Yenixeber.org and Crossmedia.az say 500.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('syriahomenews-355521', 'web_page', 'Azerbaijan''s embassy holds iftars for a thousand orphaned children', 'Syria Home News', 'https://syriahomenews.com/?p=355521', 'ar', NULL, '2026-12-07', 'No date is shown in the text read. It gives the chargé d''affaires'' words to Al-Watan: the iftars began on 25 March of the current month (no year) and run three days in a row; 400 children came the day before and 350 that day, at the association''s headquarters, and the next day''s is in Sbeineh. Paragraphs are counted from the first line of the text.', 'private_media', 'SYR');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('crossmedia-az-23853', 'web_page', 'Azerbaijan and Türkiye hold iftars for children in Syria and Ghana', 'Crossmedia.az', 'https://crossmedia.az/az/article/23853', 'az', '2025-03-26', '2026-12-07', 'Dated 26 March 2025, 16:10, at its foot; it cites foreign media without naming them. Paragraphs are counted after the headline.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'syriahomenews-355521';
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('iftar-for-orphaned-children', 'syriahomenews-355521', 'stated', 'paragraphs 1-3');
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('iftar-for-orphaned-children', 'crossmedia-az-23853', 'stated', 'paragraph 3 and the date line');
INSERT INTO discrepancies (discrepancy_id, title, event_id, note)
  VALUES ('first-iftar-attendance-2025', 'How many children came to the first of the 2025 iftars for orphans', 'iftar-for-orphaned-children', 'SANA says the iftar of Tuesday evening, the first of three, hosted 400 orphaned children, and Syria Home News has the chargé d''affaires tell Al-Watan that 400 came the day before he spoke and 350 that day, in three days of events that began on 25 March, which makes the 400 the first day''s. Yenixeber.org, from haber7.com, has him say that 500 children took part in that day''s ceremony, at which three days of events were announced, and Crossmedia.az, on 26 March 2025, says 500 were served in the programme''s first stage. No page read explains the difference. The total for the three days (a thousand, or more than a thousand) is not in question here.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim)
  VALUES ('first-iftar-400-children', 'first-iftar-attendance-2025', 'a', '400 orphaned children came to the first iftar, say SANA and Syria Home News, the latter giving the chargé d''affaires'' words to Al-Watan.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim)
  VALUES ('first-iftar-500-children', 'first-iftar-attendance-2025', 'b', '500 children came to the first day''s iftar, say Yenixeber.org, giving the chargé d''affaires'' words from haber7.com, and Crossmedia.az, citing foreign media.');
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('first-iftar-400-children', 'test-sana-350562', 'stated', 'paragraphs 1 and 3');
INSERT INTO citations (claim_id, source_id, link_basis, note, locator) VALUES ('first-iftar-400-children', 'syriahomenews-355521', 'derived', 'The page has the chargé d''affaires speak of 400 children "yesterday" and 350 that day, with the next day''s iftar in Sbeineh, in three days of events that began on 25 March; so the 400 were the first day''s.', 'paragraphs 2-3');
INSERT INTO citations (claim_id, source_id, link_basis, note, locator)
  VALUES ('first-iftar-500-children', 'yenixeber-org-182742', 'derived', 'The page does not name the day; the ceremony it reports is taken to be the first day''s, since it was announced there that the events would go on for three days.', 'paragraphs 1-2');
INSERT INTO citations (claim_id, source_id, link_basis, note, locator) VALUES ('first-iftar-500-children', 'crossmedia-az-23853', 'derived', 'The page speaks of the programme''s first stage of a three-day programme, on its page of 26 March 2025; the first stage is taken to be the first day''s iftar.', 'paragraph 4');
UPDATE events SET note = 'Trend, on a page dated 28 March 2025, gives 25-27 March "of this year"; the year is from the page''s date. Syria Home News gives the chargé d''affaires'' words that the iftars began on 25 March and were to run three days in a row. The article gives 28 March and Damascus only. The pages also disagree on how many children came to the first iftar (400 or 500): see that discrepancy.'
  WHERE event_id = 'iftar-for-orphaned-children';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 2. Syria's list of foreigners killed, November 2012: one Azerbaijani or two ----------------------------------------
UPDATE change_context SET reason = 'Release 3.0 records that the pages disagree on how many Azerbaijanis the Syrian government''s list of foreigners killed named: one, say Ya Libnan (AFP) and Sputnik''s French service; two, say People''s Daily''s French edition and Prokerala, giving Xinhua''s report. The event''s title and summary now say only that the list named at least one.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('peopledaily-fr-8037103', 'web_page', 'Al-Watan publishes the names of 142 foreign fighters killed in Syria', 'People''s Daily (French edition)', 'http://french.peopledaily.com.cn/International/8037103.html', 'fr', NULL, '2026-12-07', 'No date is shown in the text read; it says Al-Watan published the names on a Tuesday and that the government had sent the list to the UN the month before. It names no agency, but its figures are those of Xinhua''s report on Prokerala.', 'state_media', 'CHN');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('prokerala-a343079', 'web_page', 'Syrian daily names 142 foreign fighters killed in Syria', 'Prokerala (from Xinhua)', 'https://www.prokerala.com/news/articles/a343079.html', 'en', NULL, '2026-12-07', 'Dateline Damascus, 27 November, without a year; it says Al-Watan published the names on Tuesday and gives Xinhua as its source.', 'private_media', 'IND');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('sputnik-fr-196735439', 'web_page', 'Three Russian citizens on Syria''s list of 143 foreign mercenaries killed', 'Sputnik (French service)', 'https://fr.sputniknews.africa/20121126/196735439.html', 'fr', '2012-11-26', '2026-12-07', 'No date is shown in the text read; the date, 26 November 2012, is taken from the address. It gives the list as handed to the Security Council the week before and as published by the Syrian site DNN, with 143 names from 17 countries.', 'state_media', 'RUS');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('peopledaily-fr-8037103', 'prokerala-a343079', 'translates', 'apparent', 'The same report of Al-Watan''s list, point for point, in French; Prokerala names Xinhua as its source. Which page took it from which is not known, so one independent source.');
UPDATE change_context SET source_id = 'peopledaily-fr-8037103';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('syria-lists-azerbaijanis-among-foreigners-killed', 'sputnik-fr-196735439', 'derived', 'Taken to be the same list as the one 1news.az reports, by its content: the Syrian government''s list of 143 foreigners killed in Syria, handed to the Security Council, with an Azerbaijani among them.', 'paragraphs 1 and 4');
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('syria-lists-azerbaijanis-among-foreigners-killed', 'peopledaily-fr-8037103', 'derived', 'Taken to be the same list as the one 1news.az reports, by its content: the Syrian government''s list of foreigners killed in Syria, sent to the UN, with Azerbaijanis among them; it counts 142 names and two Azerbaijanis.', 'paragraphs 1-2');
INSERT INTO discrepancies (discrepancy_id, title, event_id, note)
  VALUES ('foreign-fighters-list-azerbaijanis', 'How many Azerbaijanis the Syrian government''s list of foreigners killed named', 'syria-lists-azerbaijanis-among-foreigners-killed', 'Ya Libnan, giving AFP''s report of the list as Al-Watan published it, and Sputnik''s French service (26 November 2012, dated by its address) each name one Azerbaijani among the dead. People''s Daily''s French edition and Prokerala, giving Xinhua''s report of the same publication, say two. 1news.az speaks of citizens of Azerbaijan without a number. No page read explains the difference; the event says only that the list named at least one Azerbaijani.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim)
  VALUES ('foreign-fighters-list-one-azerbaijani', 'foreign-fighters-list-azerbaijanis', 'a', 'The list named one Azerbaijani, say Ya Libnan, giving AFP''s report, and Sputnik''s French service.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim)
  VALUES ('foreign-fighters-list-two-azerbaijanis', 'foreign-fighters-list-azerbaijanis', 'b', 'The list named two Azerbaijanis, say People''s Daily''s French edition and Prokerala, giving Xinhua''s report.');
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('foreign-fighters-list-one-azerbaijani', 'yalibnan-20121127-foreign-fighters', 'stated', 'paragraph 5');
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('foreign-fighters-list-one-azerbaijani', 'sputnik-fr-196735439', 'stated', 'paragraph 4');
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('foreign-fighters-list-two-azerbaijanis', 'peopledaily-fr-8037103', 'stated', 'paragraph 2');
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('foreign-fighters-list-two-azerbaijanis', 'prokerala-a343079', 'stated', 'paragraph 3');
UPDATE events SET title = 'Syria''s government lists foreigners killed in Syria, naming at least one Azerbaijani',
  summary = 'The Syrian government gives the Security Council a list of foreigners killed in Syria, 143 by 1news.az''s count, that names at least one Azerbaijani (the pages disagree on how many); Azerbaijan''s ministry says it has no new information, its embassy''s work in Syria being suspended.',
  note = 'Known from 1news.az''s report of 22 November 2012, which says the list was given recently. Ya Libnan''s page of 27 November 2012 (dated by its address), giving AFP''s report, says Al-Watan, which published the list that Tuesday, gave it as sent to the Security Council the previous month, and counts 142 names, one of them an Azerbaijani, where 1news.az has 143: see the discrepancy on the count. Sputnik''s French service also names one Azerbaijani, while People''s Daily''s French edition and Prokerala, giving Xinhua''s report, name two: see the discrepancy on the Azerbaijanis. The list is the Syrian government''s claim about the dead; it accuses the fighters, not the Azerbaijani state.'
  WHERE event_id = 'syria-lists-azerbaijanis-among-foreigners-killed';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 3. Kamil Khasiyev's term in Croatia: bounded by Gurbanov's, and disputed ------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 bounds the end of Kamil Khasiyev''s term as ambassador to Croatia by the embassy''s page showing Fakhraddin Gurbanov as ambassador on 12 March 2019, and records that Gurbanov says he was appointed on 8 December 2017, before the day AzVision calls Khasiyev ambassador there.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('zagreb-mfa-az-3186', 'web_page', 'Ambassador Fakhraddin Gurbanov interviewed by Croatian national television', 'Embassy of Azerbaijan in Croatia', 'https://zagreb.mfa.gov.az/en/news/3186/interview-of-ambassador-fakhraddin-gurbanov-for-croatian-national-television-hrt', 'en', NULL, '2026-12-07', 'No page date is shown in the text read; it says the interview with Azerbaijan''s ambassador to Croatia, Fakhraddin Gurbanov, was broadcast on HRT on 12 March 2019. Paragraphs are counted after the headline.', 'government', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('diplomacyandcommerce-gurbanov', 'web_page', 'Interview: Azerbaijan''s ambassador Fakhraddin Gurbanov on relations with Croatia', 'Diplomacy & Commerce', 'https://www.diplomacyandcommerce.hr/strong-potential-mutual-cooperation/', 'en', NULL, '2026-12-07', 'No date is shown in the text read; it speaks of President Aliyev''s official visit to Croatia in early September "this year" and of Croatia''s decision of May 2018 to open an embassy in Baku. A Croatian magazine.', 'private_media', NULL);
UPDATE change_context SET source_id = 'zagreb-mfa-az-3186';
INSERT INTO citations (position_id, source_id, link_basis, note, locator)
  VALUES ('kamil-khasiyev-ambassador-croatia', 'zagreb-mfa-az-3186', 'derived', 'The page does not name Khasiyev: it shows Fakhraddin Gurbanov as Azerbaijan''s ambassador to Croatia on 12 March 2019, so Khasiyev''s term had ended by that day.', 'headline and paragraph 1');
INSERT INTO discrepancies (discrepancy_id, title, position_id, note)
  VALUES ('khasiyev-croatia-term-end', 'Whether Kamil Khasiyev was still ambassador to Croatia in May 2018', 'kamil-khasiyev-ambassador-croatia', 'AzVision''s Arabic page of 8 May 2018 calls Khasiyev Azerbaijan''s ambassador to Croatia, while Fakhraddin Gurbanov, in an undated interview with Diplomacy & Commerce, says he himself was appointed ambassador to Croatia on 8 December 2017, five months earlier. No page read gives the day Khasiyev''s term ended; the office keeps AzVision''s day and is bounded at the latest by 12 March 2019, when the embassy''s page shows Gurbanov as ambassador.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim)
  VALUES ('khasiyev-ambassador-croatia-may-2018', 'khasiyev-croatia-term-end', 'a', 'Khasiyev was Azerbaijan''s ambassador to Croatia on 8 May 2018, says AzVision''s Arabic page of that day.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim)
  VALUES ('gurbanov-appointed-croatia-december-2017', 'khasiyev-croatia-term-end', 'b', 'Fakhraddin Gurbanov was appointed Azerbaijan''s ambassador to Croatia on 8 December 2017, he says in an interview with Diplomacy & Commerce.');
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('khasiyev-ambassador-croatia-may-2018', 'azvision-ar-12969', 'stated', 'page date and paragraph 2');
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('gurbanov-appointed-croatia-december-2017', 'diplomacyandcommerce-gurbanov', 'stated', 'answer to the first question, paragraph 1');
UPDATE positions SET end_latest = '2019-03-12', end_basis = 'derived', evidence_status = 'disputed',
  note = 'Bounded by the one day a page read shows him in office: AzVision''s Arabic page of 8 May 2018 calls him Azerbaijan''s ambassador extraordinary and plenipotentiary to Croatia (start_latest, end_earliest). Derived end: the embassy''s page shows Fakhraddin Gurbanov as ambassador to Croatia on 12 March 2019, so Khasiyev''s term had ended by then (end_latest). Gurbanov says he was appointed on 8 December 2017, before AzVision''s day: see the discrepancy. No page read gives his term.'
  WHERE position_id = 'kamil-khasiyev-ambassador-croatia';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 4. The Kilis-Aleppo pipeline's connection: the day in full ---------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites 5karat24''s page of 2 August 2025, which gives the completion of the Kilis-Aleppo pipeline''s connection as 21 May 2025 in full, for the event that rested on one page giving the day without a year; the date''s basis becomes stated.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('5karat24-gas-to-syria-2025-08-02', 'web_page', 'Azerbaijan starts pumping gas to Syria through Türkiye', '5karat24', 'https://5karat24.com/%d8%b6%d8%ae-%d8%a7%d9%84%d8%ba%d8%a7%d8%b2-%d9%85%d9%86-%d8%a3%d8%b0%d8%b1%d8%a8%d9%8a%d8%ac%d8%a7%d9%86-%d8%a5%d9%84%d9%89-%d8%b3%d9%88%d8%b1%d9%8a%d8%a7-%d8%b9%d8%a8%d8%b1-%d8%aa%d8%b1%d9%83%d9%8a', 'ar', '2025-08-02', '2026-12-07', 'Dated by its first line, which says the gas began to flow today, Saturday 2 August 2025. A summary in short items under headings; it names no source. Items are counted under their heading.', 'private_media', NULL);
UPDATE change_context SET source_id = '5karat24-gas-to-syria-2025-08-02';
INSERT INTO citations (event_id, source_id, link_basis, locator)
  VALUES ('kilis-aleppo-pipeline-connected', '5karat24-gas-to-syria-2025-08-02', 'stated', 'second item under the heading on Qatar''s role');
UPDATE events SET date_basis = 'stated',
  note = '5karat24, on its page of 2 August 2025, gives 21 May 2025 in full as the day the connection was completed. Tesaa World''s German page gives 21 May without a year, with Bayraktar''s announcement of it two days later, in a context (Syria''s new administration) that fits 2025.'
  WHERE event_id = 'kilis-aleppo-pipeline-connected';
UPDATE change_context SET reason = NULL, source_id = NULL;
