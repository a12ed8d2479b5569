-- 0105: the early years, 1992-2008, searched again; one more text of the one talk recorded, and what was sought in vain.
--   1. The Heydar Aliyev Heritage library's French page of its record of the talk of Heydar Aliyev and Hafez
--      al-Assad in Tehran on 9 December 1997 is added as a source, related to the English page it translates
--      (one independent source), and cited for the talk and for the two remarks its stored text covers. It
--      breaks off before Aliyev speaks of Armenia, so it is not cited for that remark.
--   2. No new dated fact: forty-five searches in Arabic, Russian, Azerbaijani, English, Turkish and French, for
--      visits of presidents, foreign ministers, deputy ministers and members of parliament, credentials,
--      agreements, trade figures, Syria's votes on Karabakh and religious contacts, brought up no dated page of
--      1992-2008 that the record lacks. The coverage gaps of those years say what this search found.

-- 1. The talk in Tehran, 9 December 1997: the library's French text ---------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites the Heydar Aliyev Heritage library''s French text of its record of the talk of Heydar Aliyev and Hafez al-Assad in Tehran on 9 December 1997, a translation of the English page already cited, for the talk and for the two remarks it covers.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('aliyevheritage-fr-6299865', 'web_page', 'Heydar Aliyev and Hafez al-Assad talk in Tehran, 9 December 1997 (French text)', 'Heydar Aliyev Heritage library', 'http://lib.aliyevheritage.org/fr/6299865.html', 'fr', NULL, '2026-12-08', 'The library''s French page of the record of the talk; its heading names the talk, the place and the date. Paragraphs are counted after the heading. The stored copy breaks off in Heydar Aliyev''s remark on the summit, before he speaks of Armenia. It gives its own French spellings of Aleppo and of Nasimi''s name.', 'other', 'AZE');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('aliyevheritage-fr-6299865', 'aliyev-heritage-6299865', 'translates', 'apparent', 'The library''s French text of the same record, under the same page number, follows the English remark by remark; neither page says which text came first.');
UPDATE change_context SET source_id = 'aliyevheritage-fr-6299865';
INSERT INTO citations (event_id, source_id, link_basis, locator)
  VALUES ('heydar-aliyev-hafez-al-assad-tehran-talk', 'aliyevheritage-fr-6299865', 'stated', 'heading and paragraphs 1-6');
INSERT INTO citations (statement_id, source_id, link_basis, locator)
  VALUES ('hafez-al-assad-syria-wants-closer-ties-1997', 'aliyevheritage-fr-6299865', 'stated', 'paragraphs 1, 4 and 5');
INSERT INTO citations (statement_id, source_id, link_basis, locator)
  VALUES ('heydar-aliyev-wider-cooperation-with-syria-1997', 'aliyevheritage-fr-6299865', 'stated', 'paragraphs 2-3');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 2. What the search of December 2026 found for 1992-2008 -------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 records in the coverage gaps of 1992-2008 what a further search of the stored pages, in December 2026, found and did not find.', source_id = NULL;
UPDATE coverage_gaps SET languages = 'az, ru, ar, en, fr, tr',
  finding = 'Searches for ministers, members of parliament, muftis and delegations travelling either way, for letters between the presidents and for agreements found no dated page; Walid al-Muallem''s remark of June 2009 that he had been in Azerbaijan three years before stays the only trace (see the gap on that visit). A further search of December 2026 in Arabic, Russian, Azerbaijani, English, Turkish and French, for visits of presidents, foreign ministers, deputy ministers and members of parliament, for credentials, agreements and religious contacts, again found no dated page of these years.'
  WHERE gap_id = 'exchanges-1998-2006';
UPDATE coverage_gaps SET languages = 'en, ru, az, ar',
  finding = 'No page; only undated personal tributes. A second search, in December 2026 in Russian, Azerbaijani and English, found others'' condolences (the Moscow Patriarch''s telegram to Bashar al-Assad) and the library''s record of Heydar Aliyev''s meeting with Iran''s Supreme Leader in Tehran on 10 June 2000, the day of Hafez al-Assad''s death, whose opening does not mention Syria; still no word from Azerbaijan. A third search, in Arabic, found an account of the funeral of 13 June 2000, from Damascus to Qardaha (almelnoujoum.com), that names some of the leaders who came and speaks of foreign ministers and envoys of Arab and Islamic states without naming Azerbaijan.'
  WHERE gap_id = 'heydar-aliyev-condolences-2000';
UPDATE coverage_gaps SET languages = 'en, ru, ar, az',
  finding = 'No page names Syria. A search of December 2026 in Azerbaijani and English found a Russian page (arsenevmis.ru) naming the foreign guests at the farewell ceremony for Heydar Aliyev, who was buried in Baku on 15 December 2003, none of them Syrian, and, on the tribute site aboutheydaraliyev.com, an undated tribute written after his death by Mohammed Kheyir Vadi, given there as a former Syrian ambassador to China: a private tribute, not recorded.'
  WHERE gap_id = 'bashar-condolences-2003';
UPDATE coverage_gaps SET
  finding = 'No dated page; only the year and retrospective pages. Searches of December 2026 in Azerbaijani and Arabic for the decree and for his credentials found no page of the decree or of the credentials; the only page naming him that they brought up was Yeni Xəbər''s (citing Konkret.az), already cited, which says only that he was the first ambassador.'
  WHERE gap_id = 'mahir-aliyev-appointment';
UPDATE coverage_gaps SET
  finding = 'No page, beyond an encyclopedia mirror''s line that Syria is accredited from Tehran. Searches of December 2026 in Russian, Azerbaijani, Arabic and English for a Syrian ambassador presenting credentials in Baku found no such page; the only credentials of a Syrian ambassador they brought up were those presented in Yerevan in September 2017.'
  WHERE gap_id = 'syrian-ambassadors-accredited';
UPDATE coverage_gaps SET languages = 'ru, ar, az, en',
  finding = 'Known only from Heydar Aliyev''s own interview of 11 December 1997; no page of the visit itself. Searches of December 2026 in Arabic and English for the foreign minister of the time, Hasan Hasanov, in Damascus found no page of the visit; the only page of 1997 they brought up was the library''s record of the talk in Tehran.'
  WHERE gap_id = 'foreign-minister-visit-1997';
UPDATE coverage_gaps SET languages = 'en, ru',
  finding = 'The UN press release on the vote (carried by US Fed News) names the seven states that voted against, Syria not among them; one encyclopedia copy lists those in favour but breaks off at the entry after Sierra Leone, and the other copies read show only the totals, so no page read shows whether Syria voted for, abstained or was absent, and nothing is recorded. A search of December 2026 in English and Russian brought up the press release on the UN''s own sites (press.un.org and un.org), whose text read does not reach its annex of votes, and encyclopedia copies like those read before.'
  WHERE gap_id = 'syria-vote-ga-62-243';
UPDATE coverage_gaps SET
  finding = 'No page gives a figure for these years; the only word on their level found is Prime Minister Rasizade''s remark to al-Muallem in June 2009 that economic ties were low (recorded with that meeting). A Russian search of December 2026 for turnover figures of 2007 and 2008 found none.'
  WHERE gap_id = 'trade-1992-2008';
UPDATE coverage_gaps SET
  finding = 'No page. A search of December 2026 in English brought up the text of the resolution on Armenia''s aggression against Azerbaijan adopted at the OIC summit in Dakar in March 2008 (1905.az), whose text read does not mention Syria; the other pages found report later councils and summits (those that show a date are of 2010 and after) or describe the same resolution.'
  WHERE gap_id = 'syria-karabakh-1990s';
UPDATE change_context SET reason = NULL, source_id = NULL;
