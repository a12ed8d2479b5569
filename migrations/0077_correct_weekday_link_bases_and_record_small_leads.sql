-- 0077: small corrections and leads, each checked against its page.
--   Citation link bases: where a citation's page gives the day only as a weekday ("on Monday", "on Wednesday"),
--   worked out from the page's own date or dateline, the citation is derived, with the working in its note (as
--   citations 1489, 1599 and 1601 already are). Twenty citations of events and discrepancy claims of 2020-2025,
--   each page brought up again: A News on al-Sharaa's naming (its event then rests on no page that gives the whole
--   date, so its date basis becomes derived); UrduPoint and Al-Masdar on Dargahli's words; A News on Rafiyev's
--   meeting in Damascus and the first aid convoy; Yeni Safak's Arabic site on Bayramov's press conference with Fidan;
--   Reuters on Hajiyev's denial; TASS on Aliyev's interview; News.az on Hajizada's briefing and statement; L'Orient
--   Today on Bayraktar's announcement; News.az on Gafarova, EUobserver on Macron, Tasnim on Rouhani, The Nation on
--   Pashinyan and Asbarez on Lavrov (2020). The Saudi Gazette's two citations (1587, 1598) are left as they are: the
--   page could not be brought up again.
--   Office: Mohammad Haj Ibrahim, Syria's ambassador to Armenia, is shown in office on 10 February 2022, when
--   Armenia's prime minister received him as he was completing his mission (Armenian Public Radio).
--   Source relation: PanARMENIAN's report of 4 October 2020 names SANA as its source for the Foreign Ministry's
--   statement of 3 October 2020, whose recorded SANA page is the Russian service's.
--   Coverage gap: the syria-oil.com page of 7 December 2010 also puts the joint committee's meetings Allaw led in
--   "last July"; the page names no session, place or days, so no discrepancy with the first session of
--   29-30 June 2010 is recorded; the finding says so.
--   Repatriation totals: Vugar Behbudov's count of 358 citizens repatriated since 2018, given at a briefing reported
--   on 1 February 2022 (Trend, AzerNews), as his statement; Arzu Naghiyev's count of 288 (already recorded) gains a
--   note on the Foreign Ministry's like count of October 2021 for Iraq alone (Metbuat.az).

-- Al-Sharaa's naming: A News says "on Wednesday" on its page of Wednesday 29 January 2025 -----------------------
UPDATE change_context SET reason = 'Release 3.0 marks A News''s citations for al-Sharaa''s naming as derived: the page, published on 29 January 2025, a Wednesday, gives the day only as "on Wednesday". With Caliber.az giving 29 January without a year, no page cited for the event gives the whole date, so its date basis becomes derived, with the working in the note; so does the start of his office as president, which no page cited for it dates whole either.', source_id = 'anews-20250129-al-sharaa';
UPDATE citations SET link_basis = 'derived', note = 'The page, published on 29 January 2025, a Wednesday, says he was appointed on Wednesday; the day is the page''s own.' WHERE citation_id = 1597;
UPDATE citations SET link_basis = 'derived', note = 'The page, published on 29 January 2025, a Wednesday, says he was appointed on Wednesday; the day is the page''s own.' WHERE citation_id = 1586;
UPDATE events SET date_basis = 'derived', note = 'A Syrian domestic event, not an interaction between the two countries, so no CAMEO code. Derived: A News (dpa), on its page of 29 January 2025, a Wednesday, says he was appointed on Wednesday; Caliber.az gives 29 January without a year. Syriac Press puts the announcement a day later, on 30 January (see the discrepancy).' WHERE event_id = 'al-sharaa-named-president';
UPDATE positions SET start_basis = 'derived', note = 'Announced as transitional president on 29 January 2025, derived: A News (dpa), on its page of 29 January 2025, a Wednesday, says he was appointed on Wednesday, and Caliber.az gives 29 January without a year (Syriac Press puts the announcement on 30 January: see the discrepancy on the day of his naming); AZERTAC calls him interim president. In office as of the newest page that shows him (end_earliest).' WHERE position_id = 'ahmed-al-sharaa-president';
INSERT INTO citations (position_id, source_id, link_basis, note, locator) VALUES ('ahmed-al-sharaa-president', 'anews-20250129-al-sharaa', 'derived', 'The page, published on 29 January 2025, a Wednesday, says he was appointed on Wednesday; the day is the page''s own.', 'page date and paragraphs 1-2');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Dargahli's words of Monday 28 September 2020: UrduPoint and Al-Masdar --------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks UrduPoint''s and Al-Masdar''s citations for Vagif Dargahli''s words as derived: UrduPoint''s dateline is 28 September 2020, a Monday, and Al-Masdar''s page is dated 29 September 2020; both give the day only as "on Monday".', source_id = 'urdupoint-1041479';
UPDATE citations SET link_basis = 'derived', note = 'The dateline is 28 September 2020, a Monday, and the page says the ministry spoke on Monday; the day is the dateline''s.', locator = 'dateline and paragraphs 2-3' WHERE citation_id = 1600;
UPDATE citations SET link_basis = 'derived', note = 'The dateline is 28 September 2020, a Monday, and the page says the ministry spoke on Monday; the day is the dateline''s.' WHERE citation_id = 1500;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 29 September 2020, says he spoke "on Monday"; 28 September is the Monday before it.' WHERE citation_id = 1501;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Rafiyev in Damascus on Sunday 29 December 2024, and the convoy the ministry announced on Monday: A News -----------
UPDATE change_context SET reason = 'Release 3.0 marks A News''s citations for Rafiyev''s meeting in Damascus and for the first aid convoy as derived: the page, dated 30 December 2024, a Monday, by its address, puts the meeting "on Sunday" and the ministry''s announcement of the convoy "on Monday".', source_id = 'anews-20241230';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 30 December 2024 (a Monday) by its address, says the meeting in Damascus was on Sunday; the Sunday before it is 29 December.' WHERE citation_id = 364;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 30 December 2024 (a Monday) by its address, says the meeting in Damascus was on Sunday; the Sunday before it is 29 December.' WHERE citation_id = 418;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 30 December 2024 (a Monday) by its address, says the ministry announced on Monday that the convoy had been sent; that Monday is the page''s own day.' WHERE citation_id = 366;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Bayramov's press conference with Fidan on Saturday 18 January 2025: Yeni Safak's Arabic site ---------------------
UPDATE change_context SET reason = 'Release 3.0 marks Yeni Safak''s citations for Bayramov''s press conference with Fidan as derived: the page, dated Saturday 18 January 2025, gives the day only as Saturday.', source_id = 'yenisafak-ar-4082978';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated Saturday 18 January 2025, says the press conference was held on Saturday; the day is the page''s own.' WHERE citation_id = 1481;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated Saturday 18 January 2025, says the press conference was held on Saturday; the day is the page''s own.' WHERE citation_id = 1485;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Hajiyev's denial of Monday 28 September 2020: Reuters --------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks Reuters''s citation for Hikmet Hajiyev''s denial as derived: the page, dated 28 September 2020, a Monday, gives the day only as "on Monday".', source_id = 'reuters-20200928-aide-denial';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 28 September 2020, a Monday, says the aide denied the reports on Monday; the day is the page''s own.' WHERE citation_id = 1187;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Aliyev to Russian television on Tuesday 29 September 2020: TASS ----------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks TASS''s citation for Aliyev''s denial on Russian television as derived: the page, datelined Moscow, September 29, and dated 29 September 2020, a Tuesday, gives the day of the interview only as Tuesday.', source_id = 'tass-1206617';
UPDATE citations SET link_basis = 'derived', note = 'The page, datelined 29 September and dated 29 September 2020, a Tuesday, says he spoke to Russian television on Tuesday; the day is the page''s own.' WHERE citation_id = 1188;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Hajizada on Monday 30 December 2024 and on Friday 18 July 2025: News.az -------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks News.az''s citations for two of Aykhan Hajizada''s statements as derived: its page of 30 December 2024, a Monday, says he spoke on Monday, and its page of 18 July 2025, a Friday, says his statement came on Friday.', source_id = NULL;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 30 December 2024, a Monday, says he spoke on Monday; the day is the page''s own.' WHERE citation_id = 1168;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 18 July 2025, a Friday, says the statement came on Friday; the day is the page''s own.' WHERE citation_id = 683;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Bayraktar's announcement of Wednesday 30 July 2025: L'Orient Today ------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks L''Orient Today''s citation for Bayraktar''s announcement as derived: the page, dated 30 July 2025, a Wednesday, gives the day only as Wednesday.', source_id = 'lorientlejour-1471593';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 30 July 2025, a Wednesday, says he spoke on Wednesday; the day is the page''s own.' WHERE citation_id = 990;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Five reports of the Karabakh war of 2020 that give the day as a weekday of their own date ------------------------
UPDATE change_context SET reason = 'Release 3.0 marks five citations of events of September to November 2020 as derived: each page gives the day only as a weekday that falls on the page''s own date (News.az on Gafarova, Wednesday 23 September; EUobserver on Macron, Thursday 1 October; Tasnim on Rouhani, Wednesday 7 October; The Nation on Pashinyan, Sunday 1 November; Asbarez on Lavrov, Tuesday 3 November).', source_id = NULL;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 23 September 2020, a Wednesday, says she spoke on Wednesday; the day is the page''s own.' WHERE citation_id = 1025;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 1 October 2020, a Thursday, says he spoke on Thursday; the day is the page''s own.' WHERE citation_id = 1201;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 7 October 2020, a Wednesday, by its address, says he spoke at the cabinet''s session on Wednesday; the day is the page''s own.' WHERE citation_id = 1227;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 1 November 2020, a Sunday, says he wrote on Facebook on Sunday; the day is the page''s own.' WHERE citation_id = 1467;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 3 November 2020, a Tuesday, says he spoke on Tuesday; the day is the page''s own.' WHERE citation_id = 1219;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Mohammad Haj Ibrahim in office on 10 February 2022 ----------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 extends the attested term of Mohammad Haj Ibrahim as Syria''s ambassador to Armenia to 10 February 2022, when Armenian Public Radio reports Armenia''s prime minister receiving him as he was completing his mission.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('armradio-20220210-haj-ibrahim', 'web_page', 'Armenia''s prime minister holds a farewell meeting with Syria''s ambassador', 'Public Radio of Armenia', 'https://en.armradio.am/2022/02/10/pm-pashinyan-holds-farewell-meeting-with-the-syrian-ambassador-to-armenia/', 'en', '2022-02-10', '2026-12-07', 'Dated 10 February 2022; Pashinyan received the ambassador, who was completing his mission in Armenia. It gives neither the day the mission ended nor the day of the meeting, and spells him Mohammed Haj Ibrahim.', 'state_media', 'ARM');
UPDATE positions SET end_earliest = '2022-02-10', note = 'Appointed by Bashar al-Assad and sworn in on Monday 17 July, as Enab Baladi reports from SANA without a year; the year is 2017, when Armenia''s Foreign Ministry (5 September 2017) and News.am (6 September 2017) report the new ambassador handing over copies of his credentials and then his credentials, and 17 July 2017 was a Monday. The end is bounded by the last day a page read shows him in office: 10 February 2022, when Armenian Public Radio reports Armenia''s prime minister receiving him at the close of his mission in Armenia (end_earliest). No page read gives the day the mission ended.' WHERE position_id = 'mohammad-haj-ibrahim-ambassador';
INSERT INTO citations (position_id, source_id, locator) VALUES ('mohammad-haj-ibrahim-ambassador', 'armradio-20220210-haj-ibrahim', 'page date and paragraph 1');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('mohammad-haj-ibrahim', 'Mohammed Haj Ibrahim', NULL, 'en', 'armradio-20220210-haj-ibrahim');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- PanARMENIAN relays SANA on the Foreign Ministry's statement of 3 October 2020 ------------------------------------
UPDATE change_context SET reason = 'Release 3.0 ties PanARMENIAN''s report of 4 October 2020 to SANA''s: PanARMENIAN names SANA as its source for the Syrian Foreign Ministry''s statement of Saturday 3 October, and the recorded SANA page, of 3 October 2020, carries that statement.', source_id = 'panarmenian-286008';
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note) VALUES ('panarmenian-286008', 'sana-ru-248222', 'quotes', 'stated', 'PanARMENIAN names SANA as the agency reporting the statement it quotes in English; the recorded SANA page is its Russian service''s, of 3 October 2020.');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The gap on a gas agreement of late 2010: the joint committee "last July" ------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds to the finding of the gap gas-agreement-november-2010 that the syria-oil.com page of 7 December 2010 dates the joint committee''s meetings Allaw led to "last July", against the record''s first session of 29-30 June 2010, and why no discrepancy is recorded.', source_id = NULL;
UPDATE coverage_gaps SET finding = 'Claimed only by an encyclopedia mirror; no primary page gives that day. A page of syria-oil.com posted on 7 December 2010 (www.syria-oil.com/en1/?p=1120) says the two countries had signed an agreement "last week" for 3.5 million cubic metres of gas a day over twenty years, which the oil minister, Sufian Allaw, expected to take effect late in 2012; it names no signatory and gives no day, and its week, 29 November to 5 December by the posting date, is not 23 November, so nothing is recorded. The same page says Allaw led the Syrian side at the joint committee''s meetings "last July", which by its posting date is July 2010, whereas syria-oil.com''s own reports of the time put the commission''s first session, where he led the Syrian side, on 29-30 June 2010, as recorded. The page names no session, place or days, so it is not read as dating that session, or another one, to July, and no discrepancy is recorded.' WHERE gap_id = 'gas-agreement-november-2010';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Behbudov's count of 358 repatriated since 2018 (briefing reported on 1 February 2022) ---------------------------
UPDATE change_context SET reason = 'Release 3.0 records Vugar Behbudov''s count of citizens repatriated since 2018 (358, 340 children and 18 women) and in 2021 (81 from Iraq and Syria) as his statement at a briefing, reported on 1 February 2022 by Trend and AzerNews.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('trend-3549007', 'web_page', 'Citizens repatriated from Iraq and Syria get social support, says the Social Services Agency''s chairman', 'Trend News Agency', 'https://en.trend.az/azerbaijan/society/3549007.html', 'en', NULL, '2026-12-07', 'Dateline Baku, "Feb. 1", without a year; the year, 2022, is from AzerNews''s page of 2 February 2022 on the same briefing. Paragraphs are counted after the dateline and the byline.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('azernews-188675', 'web_page', 'Azerbaijan brought 81 citizens home from Iraq and Syria in 2021, says the Social Services Agency', 'AzerNews', 'https://www.azernews.az/nation/188675.html', 'en', '2022-02-02', '2026-12-07', 'Dated 2 February 2022; says local media reported Behbudov''s words on 1 February. Paragraphs are counted after the byline.', 'private_media', 'AZE');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note) VALUES ('azernews-188675', 'trend-3549007', 'draws_on', 'apparent', 'AzerNews credits unnamed local media of 1 February; its quotation of Behbudov matches Trend''s word for word.');
INSERT INTO people (person_id, name, country_id, wikidata_id, note) VALUES ('vugar-behbudov', 'Vugar Behbudov', 'AZE', NULL, NULL);
INSERT INTO citations (person_id, source_id, locator) VALUES ('vugar-behbudov', 'azernews-188675', 'paragraph 1');
INSERT INTO citations (person_id, source_id, locator) VALUES ('vugar-behbudov', 'trend-3549007', 'paragraph 1');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note, start_basis, end_basis, diplomatic_rank, office_level) VALUES ('vugar-behbudov-social-services-agency-chair', 'vugar-behbudov', 'Chairman of the Board of the Social Services Agency under the Ministry of Labour and Social Protection of the Population', NULL, 'AZE', NULL, '2022-02-01', '2022-02-02', NULL, 'confirmed', 'Bounded by the days a page shows him in office: AzerNews, on its page of 2 February 2022 (end_earliest), calls him the agency''s board chairman in reporting his words as local media reported them on 1 February (start_latest); Trend gives the same office. No page read states his term.', 'attested', 'attested', NULL, NULL);
INSERT INTO citations (position_id, source_id, locator) VALUES ('vugar-behbudov-social-services-agency-chair', 'azernews-188675', 'page date and paragraph 1');
INSERT INTO citations (position_id, source_id, locator) VALUES ('vugar-behbudov-social-services-agency-chair', 'trend-3549007', 'paragraph 1');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, evidence_status, note) VALUES ('behbudov-repatriation-totals-2022', NULL, '2022-02-01', 'range', 'reported', '[..2022-02-01]', '010', 'The Social Services Agency''s chairman counts 358 citizens repatriated since 2018 and 81 brought back from Iraq and Syria in 2021', 'At a briefing, Vugar Behbudov, chairman of the board of the Social Services Agency under Azerbaijan''s labour and social protection ministry, says the state bodies concerned have repatriated 358 Azerbaijani citizens since 2018, 340 children and 18 women; that in 2021 81 citizens came back from Iraq and Syria, 49 of whom went into the agency''s social service institutions; and that the ministry gives the returnees the social support they need.', NULL, 'confirmed', 'Known from Trend''s report datelined 1 February, without a year, and from AzerNews, whose page of 2 February 2022 says local media reported his words on 1 February; the day of the briefing itself is not given. Neither page names the countries the 358 came from: both give the figure in a report on citizens brought back from Iraq and Syria.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('behbudov-repatriation-totals-2022', 'vugar-behbudov', NULL, NULL, 'speaker', NULL, 'vugar-behbudov-social-services-agency-chair');
INSERT INTO event_topics (event_id, topic_id) VALUES ('behbudov-repatriation-totals-2022', 'consular');
INSERT INTO event_topics (event_id, topic_id) VALUES ('behbudov-repatriation-totals-2022', 'syrian-war');
INSERT INTO citations (event_id, source_id, locator) VALUES ('behbudov-repatriation-totals-2022', 'trend-3549007', 'dateline and paragraphs 1-3');
INSERT INTO citations (event_id, source_id, locator) VALUES ('behbudov-repatriation-totals-2022', 'azernews-188675', 'page date and paragraphs 1-4');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('behbudov-358-repatriated-since-2018', 'behbudov-repatriation-totals-2022', 'vugar-behbudov', NULL, 'Since 2018 the state bodies concerned have repatriated 358 Azerbaijani citizens, 340 children and 18 women; in 2021, 81 citizens came back from Iraq and Syria, and 49 of them were placed in the agency''s social service institutions.', 'He does not say from which countries the 358 came.');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('behbudov-358-repatriated-since-2018', 'trend-3549007', 'paragraphs 2-3');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('behbudov-358-repatriated-since-2018', 'azernews-188675', 'paragraphs 2 and 4');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Naghiyev's 288: the Foreign Ministry's like count of October 2021, for Iraq ----------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds to the note of Arzu Naghiyev''s count of 288 returned since 2018 that the Foreign Ministry gave the same count, 286 children and 2 women, in October 2021 for citizens repatriated from Iraq (Metbuat.az).', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('metbuat-1421670', 'web_page', '38 Azerbaijani children brought home from Iraq', 'Metbuat.az', 'https://metbuat.az/news/1421670/iraqdan-38-azerbaycanli-usaq-olkemize-getirilib.html', 'az', NULL, '2026-12-07', 'The stored page is dated October 2021, without a day; from the Foreign Ministry''s press service. It reports the repatriation of 38 children from Iraq on 28 October and counts 288 citizens, 286 children and 2 women, repatriated from Iraq so far.', 'private_media', 'AZE');
UPDATE statements SET note = 'He does not say from which countries the 288 came. The Foreign Ministry had given the same count, 288 citizens, 286 children and 2 women, in October 2021 for those repatriated from Iraq (Metbuat.az).' WHERE statement_id = 'naghiyev-288-returned-since-2018';
INSERT INTO citations (statement_id, source_id, note, locator) VALUES ('naghiyev-288-returned-since-2018', 'metbuat-1421670', 'Supports only the note''s sentence on the Foreign Ministry''s count of October 2021.', 'paragraphs 2 and 8');
UPDATE change_context SET reason = NULL, source_id = NULL;
