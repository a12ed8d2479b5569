-- 0079: more citations whose day comes from a weekday, "today" or "yesterday", each page brought up again.
--   Continuing 0077's first item: where a citation's page gives the day only as a weekday, as "today" or as
--   "yesterday", worked out from the page's own date, dateline or address (or gives the day and month without the
--   year, taken from the page's date), the citation is derived, with the working in its note. Seventeen citations of
--   events and discrepancy claims of 2020-2026: Al Arabiya on the Putin-Erdogan call; Pakistan Point on Rouhani;
--   Al-Masdar on the State Security Service and on Mahmudov (2020); Aravot and Artsakhpress on the Kapan trial
--   (2021); Al-Baath on al-Mikdad at the Non-Aligned ministerial and Syria TV on the Belgrade meeting (2021);
--   Al-Masry Al-Youm on the Non-Aligned parliamentary conference in Baku (2022); Syria TV on al-Mikdad in Baku
--   (2023); Samanyolu Haber on the Turkish-Israeli talks in Baku and Shorouk and Yalla Syria News on Aliyev's
--   interview with Al Arabiya (2025); Azatutyun on the handing of two Syrians to Syria, Report.az on Oruj's
--   figures, and SANA on the civil aviation talks and on Syria's condemnation of Iran's strikes (2026).
--   Every event concerned was already derived or inferred, or keeps a cited page that gives its whole date, so no
--   event's date basis changes. Citations of statements (which carry no date of their own) are left as they are,
--   as in 0077. Left for a later look-up: SANA 2344504, Day.Az 1821878, The New Arab via WN, Al-Masdar on
--   al-Miqdad's appointment, Dama Post 799 and the Saudi Gazette 648980, whose pages did not come up.

-- The Putin-Erdogan call of Tuesday 27 October 2020: Al Arabiya (Reuters) -----------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks Al Arabiya''s citation for the Putin-Erdogan call as derived: the Reuters report it carries is headed 27 October 2020, a Tuesday, and gives the day of the call only as "on Tuesday".', source_id = 'alarabiya-20201028-putin-erdogan';
UPDATE citations SET link_basis = 'derived', note = 'The report is headed 27 October 2020, a Tuesday, and says the call was on Tuesday; the day is the report''s own.' WHERE citation_id = 1213;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Rouhani at the cabinet on Wednesday 7 October 2020: Pakistan Point (Sputnik) ------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks Pakistan Point''s citation for Rouhani''s warning as derived: the dateline is 7 October 2020, a Wednesday, and the page says he spoke at the government''s meeting "today, Wednesday".', source_id = 'pakistanpoint-ar-1050059';
UPDATE citations SET link_basis = 'derived', note = 'The dateline is 7 October 2020, a Wednesday, and the page says he spoke at the government''s meeting that day, a Wednesday; the day is the dateline''s.' WHERE citation_id = 1638;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The State Security Service on Tuesday 6 October and Mahmudov on Wednesday 7 October 2020: Al-Masdar -------------
UPDATE change_context SET reason = 'Release 3.0 marks Al-Masdar''s citations for the State Security Service''s claim and for Mahmudov''s words as derived: its page of 7 October 2020, a Wednesday, says the service spoke "on Tuesday", and its page of 8 October 2020, a Thursday, says the ministry spoke "on Wednesday"; each day is the one before the page''s date.', source_id = NULL;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 7 October 2020, a Wednesday, says the service spoke on Tuesday; 6 October is the Tuesday before it.' WHERE citation_id = 1506;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 8 October 2020, a Thursday, says the ministry spoke on Wednesday; 7 October is the Wednesday before it.' WHERE citation_id = 1514;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The Kapan trial of May 2021: Aravot and Artsakhpress ---------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks the citations of Aravot and Artsakhpress for the two claims on the day of the Kapan trial as derived: Aravot''s page, dated 5 May 2021 (a Wednesday) by its address, says the trial began and ended "on Monday"; Artsakhpress''s dateline gives 4 May without a year.', source_id = NULL;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 5 May 2021 (a Wednesday) by its address, says the trial began and ended on Monday; 3 May is the Monday before it.' WHERE citation_id = 1441;
UPDATE citations SET link_basis = 'derived', note = 'The dateline gives 4 May without a year and the page says only that the trial had started; the year, 2021, is the trial''s (Aravot''s address gives 5 May 2021), and 4 May 2021 was a Tuesday. The page names no weekday.' WHERE citation_id = 1443;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Al-Mikdad at the Non-Aligned midterm ministerial, 13 July 2021: Al-Baath ------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks Al-Baath''s citation for al-Mikdad''s speech at the Non-Aligned midterm ministerial as derived: the page, dated 13 July 2021 by its address, says he spoke "today".', source_id = 'albaath-20210713-mikdad-nam';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 13 July 2021 by its address, says he spoke that day ("today"); the day is the address''s.' WHERE citation_id = 1444;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The Non-Aligned meeting in Belgrade, 11-12 October 2021: Syria TV ----------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks Syria TV''s citation for Syria at the Non-Aligned meeting in Belgrade as derived: the page, dated Sunday 10 October 2021, gives the meeting''s days only as Monday and Tuesday. The event keeps its stated basis, which rests on its other pages that give 11-12 October 2021 (not brought up again here).', source_id = 'syria-tv-20211010-belgrade';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 10 October 2021, a Sunday, says al-Mikdad would attend the meeting on Monday and Tuesday; the Monday and Tuesday after it are 11 and 12 October.' WHERE citation_id = 1293;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The Non-Aligned parliamentary network's conference in Baku, 30 June - 1 July 2022: Al-Masry Al-Youm --------------
UPDATE change_context SET reason = 'Release 3.0 marks Al-Masry Al-Youm''s citation for the Non-Aligned parliamentary conference in Baku as derived: the page gives the conference''s days as 30 June and 1 July without a year, which is taken from its date line, Thursday 30 June 2022.', source_id = 'almasryalyoum-2633416';
UPDATE citations SET link_basis = 'derived', note = 'The page gives the conference''s days as 30 June and 1 July without a year; the year, 2022, is from its date line of 30 June 2022.' WHERE citation_id = 1453;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Al-Mikdad at the Non-Aligned ministerial in Baku, 5-6 July 2023: Syria TV ------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks Syria TV''s citation for al-Mikdad''s visit to Azerbaijan as derived: the page, dated 5 July 2023, a Wednesday, says the meeting opened "today, Wednesday" and lasts Wednesday and Thursday. The event keeps its stated basis, which rests on the Foreign Ministry''s page giving the days (not brought up again here).', source_id = 'syria-tv-20230705-mikdad-baku';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 5 July 2023, a Wednesday, says the meeting opened that day and runs on Wednesday and Thursday; the days are 5 and 6 July.' WHERE citation_id = 1309;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The Turkish-Israeli talks in Baku on 9 April 2025: Samanyolu Haber ----------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks Samanyolu Haber''s citation for the Turkish-Israeli talks in Baku as derived: the page, dated 10 April 2025, quotes the defence ministry''s sources as saying the talks were held "yesterday". The event keeps its stated basis from the Greek page that gives 9 April 2025.', source_id = 'samanyoluhaber-1476295';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 10 April 2025, quotes the ministry''s sources as saying the first technical talks were held the day before ("yesterday"); that is 9 April.', locator = 'page date (at its foot) and paragraphs 1-3' WHERE citation_id = 679;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Aliyev's interview with Al Arabiya on Wednesday 27 August 2025: Shorouk and Yalla Syria News -----------------------
UPDATE change_context SET reason = 'Release 3.0 marks the citations of Shorouk and Yalla Syria News for Aliyev''s interview with Al Arabiya as derived: Shorouk''s page, dated 27 August 2025 by its address, says he spoke "today, Wednesday", and Yalla Syria News''s page, dated Wednesday 27 August 2025, says he spoke on Wednesday.', source_id = NULL;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 27 August 2025 (a Wednesday) by its address, says he spoke in the interview that day, a Wednesday; the day is the address''s.' WHERE citation_id = 1379;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 27 August 2025, a Wednesday, says he spoke in the interview on Wednesday; the day is the page''s own.' WHERE citation_id = 1380;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Two Syrians handed to Syria on 14 January 2026: Azatutyun ----------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks Azatutyun''s citation for the handing of two Syrians to Syria as derived: the page, dated 14 January 2026, says, citing the Justice Ministry, that they were handed over "today".', source_id = 'azatutyun-33647922';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 14 January 2026, says the two were handed over that day ("today"); the day is the page''s own.' WHERE citation_id = 1536;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Oruj on the repatriations of 2025, at the committee on 27 February 2026: Report.az ---------------------------------
UPDATE change_context SET reason = 'Release 3.0 marks Report.az''s citation for Zahid Oruj''s figures as derived: the page, dated 27 February 2026, says he spoke at the committee''s meeting "today".', source_id = 'report-az-18-from-syria-2025';
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 27 February 2026, says he spoke at that day''s meeting of the committee ("today"); the day is the page''s own.', locator = 'headline, date line and paragraphs 1-2' WHERE citation_id = 1131;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The civil aviation talks of Wednesday 4 March and the statement of Thursday 5 March 2026: SANA ---------------------
UPDATE change_context SET reason = 'Release 3.0 marks SANA''s citations for the civil aviation talks and for Syria''s condemnation of Iran''s strikes as derived: its page of 4 March 2026, a Wednesday, says the meeting was held "today, Wednesday", and its page of 5 March 2026, a Thursday, says the ministry issued its statement "today, Thursday".', source_id = NULL;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 4 March 2026, a Wednesday, says the meeting was held that day, a Wednesday; the day is the page''s own.', locator = 'page date, dateline and paragraphs 1-3' WHERE citation_id = 1153;
UPDATE citations SET link_basis = 'derived', note = 'The page, dated 5 March 2026, a Thursday, says the ministry issued the statement that day, a Thursday; the day is the page''s own.', locator = 'page date, headline and paragraphs 1-4' WHERE citation_id = 896;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Shafaq's page on the Baku meeting of July 2025: it supports the meeting, not its day ------------------------
UPDATE change_context SET reason = 'Release 3.0 says on Shafaq''s citation for the Baku meeting of July 2025 that its page, dated Saturday 12 July 2025, puts the meeting on Sunday: it supports the meeting, not the recorded day (the discrepancy on the meeting''s day cites it).', source_id = 'shafaq-talks-held-in-baku';
UPDATE citations SET note = 'The page supports the meeting, not its day: dated Saturday 12 July 2025, it says the meeting was on Sunday (see the discrepancy on the meeting''s day).' WHERE citation_id = 426;
UPDATE change_context SET reason = NULL, source_id = NULL;
