-- 0064: what the stored pages add to 1991-2008, the thinnest stretch of the record, and what was searched for in vain.
--   The words of Hafez al-Assad and Heydar Aliyev at their talk in Tehran on 9 December 1997, from the
--   Heydar Aliyev Heritage library's record of it (English, with its Azerbaijani and Arabic texts, which
--   are added as sources and cited for the talk), and two more answers of Heydar Aliyev's interview to
--   Syrian television of 11 December 1997 (on the summit and on his meeting with Assad). The library's
--   Arabic page on Azerbaijani-Syrian relations is cited for the start of diplomatic relations and for
--   the 1997 embassy decree. Spellings the pages print go in person_names. No new event: fifty-three
--   searches in Azerbaijani, Russian, Arabic, English and French found no other dated page for these years,
--   so three coverage gaps record what was sought (Syria's vote on General Assembly resolution 62/243,
--   the exchanges of 1998-2006, trade before 2009) and the gap on condolences of June 2000 says what a
--   second search found.

-- The talk in Tehran, 9 December 1997: the library's texts in three languages -----------------------
UPDATE change_context SET reason = 'Release 3.0 records what Hafez al-Assad and Heydar Aliyev said at their talk in Tehran on 9 December 1997, from the Heydar Aliyev Heritage library''s English record of it, with its Azerbaijani and Arabic texts.', source_id = 'aliyev-heritage-6299865';
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('aliyevheritage-az-6299865', 'web_page', 'Heydar Aliyev and Hafez al-Assad talk in Tehran, 9 December 1997 (Azerbaijani text)', 'Heydar Aliyev Heritage library', 'https://lib.aliyevheritage.org/print.php?lang=az&page=6299865', 'az', NULL, '2026-12-07', 'The printable Azerbaijani page of the library''s record of the talk; its heading names the talk, the place and the date. Paragraphs are counted after the heading. The stored copy breaks off in Heydar Aliyev''s remark on the summit.', 'other', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('aliyev-heritage-ar-6299865', 'web_page', 'Heydar Aliyev and Hafez al-Assad talk in Tehran, 9 December 1997 (Arabic text)', 'lib.aliyev-heritage.org', 'https://lib.aliyev-heritage.org/ar/6299865.html', 'ar', NULL, '2026-12-07', 'The library''s Arabic page of the record of the talk; its heading names the talk, the place and the date. Paragraphs are counted after the heading. The stored copy breaks off in Hafez al-Assad''s second remark.', 'other', 'AZE');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note) VALUES ('aliyevheritage-az-6299865', 'aliyev-heritage-6299865', 'translates', 'apparent', 'The same record of the talk, in Azerbaijani, under the same page number of the same library, remark for remark; neither page says which text is the original.');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note) VALUES ('aliyev-heritage-ar-6299865', 'aliyev-heritage-6299865', 'translates', 'apparent', 'The same record of the talk, in Arabic, under the same page number of the same library, remark for remark; neither page says which text is the original.');
INSERT INTO citations (event_id, source_id, locator) VALUES ('heydar-aliyev-hafez-al-assad-tehran-talk', 'aliyevheritage-az-6299865', 'heading and paragraphs 1-6');
INSERT INTO citations (event_id, source_id, locator) VALUES ('heydar-aliyev-hafez-al-assad-tehran-talk', 'aliyev-heritage-ar-6299865', 'heading and paragraphs 1-5');
INSERT INTO event_topics (event_id, topic_id) VALUES ('heydar-aliyev-hafez-al-assad-tehran-talk', 'karabakh');
INSERT INTO event_topics (event_id, topic_id) VALUES ('heydar-aliyev-hafez-al-assad-tehran-talk', 'islamic-solidarity');
INSERT INTO event_topics (event_id, topic_id) VALUES ('heydar-aliyev-hafez-al-assad-tehran-talk', 'culture');

INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('hafez-al-assad-syria-wants-closer-ties-1997', 'heydar-aliyev-hafez-al-assad-tehran-talk', 'hafez-al-assad', NULL, 'Welcoming Heydar Aliyev as an old friend, he says Syria has a great interest in closer ties with Azerbaijan; he has never forgotten their past meetings, has watched the progress Azerbaijan has made in recent years with real pleasure, was proud of Aliyev when he held the Soviet Union''s top posts, and still counts him among his closest friends.', 'From the library''s record of the talk, which gives excerpts of it.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('hafez-al-assad-syria-wants-closer-ties-1997', 'diplomacy');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('hafez-al-assad-syria-wants-closer-ties-1997', 'aliyev-heritage-6299865', 'paragraphs 1, 4 and 5');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('hafez-al-assad-syria-wants-closer-ties-1997', 'aliyevheritage-az-6299865', 'paragraphs 1, 4 and 5');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('hafez-al-assad-syria-wants-closer-ties-1997', 'aliyev-heritage-ar-6299865', 'paragraphs 1 and 4');

INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('heydar-aliyev-wider-cooperation-with-syria-1997', 'heydar-aliyev-hafez-al-assad-tehran-talk', 'heydar-aliyev', NULL, 'Glad to meet Assad again after a long break, he says independent Azerbaijan values widening its mutually beneficial cooperation with Syria. He calls Assad a close friend, recalls that they first met in Azerbaijan some thirty years earlier and later in Syria and elsewhere, and that in 1972 he was in Aleppo and visited the grave of the poet Nasimi.', 'From the library''s record of the talk, which gives excerpts of it.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('heydar-aliyev-wider-cooperation-with-syria-1997', 'diplomacy');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('heydar-aliyev-wider-cooperation-with-syria-1997', 'culture');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('heydar-aliyev-wider-cooperation-with-syria-1997', 'aliyev-heritage-6299865', 'paragraphs 2-3');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('heydar-aliyev-wider-cooperation-with-syria-1997', 'aliyevheritage-az-6299865', 'paragraphs 2-3');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('heydar-aliyev-wider-cooperation-with-syria-1997', 'aliyev-heritage-ar-6299865', 'paragraphs 2-3');

INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('heydar-aliyev-tells-assad-of-armenian-aggression-1997', 'heydar-aliyev-hafez-al-assad-tehran-talk', 'heydar-aliyev', NULL, 'The eighth summit of the Organization of the Islamic Conference matters greatly for the unity of the Muslim world, but Azerbaijan faces hard problems, the most painful being Armenia''s aggression, by which Armenian troops have occupied 20 percent of its territory.', 'The English text read breaks off in the next clause, at the words on over a million of the country''s citizens, so what it says of them is not recorded; the Azerbaijani text read breaks off in the first sentence of this remark and the Arabic text before it, so neither is cited for it.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('heydar-aliyev-tells-assad-of-armenian-aggression-1997', 'karabakh');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('heydar-aliyev-tells-assad-of-armenian-aggression-1997', 'armenia');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('heydar-aliyev-tells-assad-of-armenian-aggression-1997', 'islamic-solidarity');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('heydar-aliyev-tells-assad-of-armenian-aggression-1997', 'aliyev-heritage-6299865', 'paragraph 6');

INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('hafez-al-assad', 'Hafez Asad', NULL, 'en', 'aliyev-heritage-6299865');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('hafez-al-assad', 'حافظ الأسد', NULL, 'ar', 'aliyev-heritage-ar-6299865');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('heydar-aliyev', 'Heydər Əliyev', NULL, 'az', 'aliyevheritage-az-6299865');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('heydar-aliyev', 'حيدر علييف', NULL, 'ar', 'aliyev-heritage-ar-6299865');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The interview to Syrian television, 11 December 1997: two more answers -----------------------------
UPDATE change_context SET reason = 'Release 3.0 records two more answers of Heydar Aliyev''s interview to Syria''s TV-2 channel in Tehran on 11 December 1997, on the summit and on his meeting with Hafez al-Assad, from the library''s page already cited for it.', source_id = 'aliyevheritage-az-1340561';
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('heydar-aliyev-tehran-summit-shows-unity-1997', 'heydar-aliyev-syrian-tv-interview', 'heydar-aliyev', NULL, 'The Tehran summit is a very notable event that shows once more how united and solidary the Islamic countries are; carrying out its decisions and resolutions depends on all the countries, but he believes they will be carried out.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('heydar-aliyev-tehran-summit-shows-unity-1997', 'islamic-solidarity');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('heydar-aliyev-tehran-summit-shows-unity-1997', 'multilateral');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('heydar-aliyev-tehran-summit-shows-unity-1997', 'aliyevheritage-az-1340561', 'answers to the first and second questions');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('heydar-aliyev-on-meeting-hafez-al-assad-1997', 'heydar-aliyev-syrian-tv-interview', 'heydar-aliyev', NULL, 'He rates his meeting with Hafez al-Assad very highly: Assad is a very old friend, their friendship goes back about thirty years and they met several times in Syria, in Azerbaijan and in Moscow, but he had not seen him for twelve years, so the meeting matters a great deal to him personally.', 'The stored copy breaks off later in the same answer.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('heydar-aliyev-on-meeting-hafez-al-assad-1997', 'diplomacy');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('heydar-aliyev-on-meeting-hafez-al-assad-1997', 'aliyevheritage-az-1340561', 'answer to the fourth question');
INSERT INTO event_topics (event_id, topic_id) VALUES ('heydar-aliyev-syrian-tv-interview', 'islamic-solidarity');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The library's Arabic page on Azerbaijani-Syrian relations ------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites the Heydar Aliyev Heritage library''s Arabic page on Azerbaijani-Syrian relations for the start of diplomatic relations on 28 March 1992 and for Heydar Aliyev''s embassy decree of 11 April 1997.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('aliyevheritage-ar-8409348', 'web_page', 'Azerbaijani-Syrian relations (the library''s Arabic background page)', 'Heydar Aliyev Heritage library', 'https://lib.aliyevheritage.org/ar/8409348.html', 'ar', NULL, '2026-12-07', 'Undated background page filed under foreign policy, Azerbaijan and the Arab world. Paragraphs are counted after the title; the stored copy breaks off in the fourth, after the date of 16 May 2008, so what it says of that date is not used.', 'other', 'AZE');
INSERT INTO citations (event_id, source_id, locator) VALUES ('diplomatic-relations-established', 'aliyevheritage-ar-8409348', 'paragraph 3');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('relations-established-march', 'aliyevheritage-ar-8409348', 'paragraph 3');
INSERT INTO citations (event_id, source_id, locator) VALUES ('embassy-establishment-decree', 'aliyevheritage-ar-8409348', 'paragraph 4');
INSERT INTO citations (position_id, source_id, locator) VALUES ('heydar-aliyev-president', 'aliyevheritage-ar-8409348', 'paragraph 4');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Coverage gaps: what was searched for in vain for 1991-2008 ------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 lists what was searched for in vain for 1991-2008, so that it is not searched again in the same places.', source_id = NULL;
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('syria-vote-ga-62-243', 2008, 2008, 'Syria''s vote on General Assembly resolution 62/243 of 14 March 2008 on the occupied territories of Azerbaijan', 'en', 'The UN press release on the vote (carried by US Fed News) names the seven states that voted against, Syria not among them; one encyclopedia copy lists those in favour but breaks off at the entry after Sierra Leone, and the other copies read show only the totals, so no page read shows whether Syria voted for, abstained or was absent, and nothing is recorded.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('exchanges-1998-2006', 1998, 2006, 'Visits, delegations, letters and agreements between Azerbaijan and Syria between the Tehran summit of December 1997 and Mammadyarov''s visit of April 2007', 'az, ru, ar, en, fr', 'Searches for ministers, members of parliament, muftis and delegations travelling either way, for letters between the presidents and for agreements found no dated page; Walid al-Muallem''s remark of June 2009 that he had been in Azerbaijan three years before stays the only trace (see the gap on that visit).');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('trade-1992-2008', 1992, 2008, 'Trade between Azerbaijan and Syria before 2009', 'az, ru', 'No page gives a figure for these years; the only word on their level found is Prime Minister Rasizade''s remark to al-Muallem in June 2009 that economic ties were low (recorded with that meeting).');
UPDATE coverage_gaps SET finding = 'No page; only undated personal tributes. A second search, in December 2026 in Russian, Azerbaijani and English, found others'' condolences (the Moscow Patriarch''s telegram to Bashar al-Assad) and the library''s record of Heydar Aliyev''s meeting with Iran''s Supreme Leader in Tehran on 10 June 2000, the day of Hafez al-Assad''s death, whose opening does not mention Syria; still no word from Azerbaijan.' WHERE gap_id = 'heydar-aliyev-condolences-2000';
UPDATE change_context SET reason = NULL, source_id = NULL;
