-- 0086: second pages, from other publishers, for six events known only by the day of the page that reports them
--   ([..YYYY-MM-DD]). No page read states the day of any of them, so no event's dates change; two pages disagree
--   with the record and are kept as discrepancies, and those two events are marked disputed.
--   1. Araz Azimov's interview with Die Presse (February 2016): Die Presse's own page, undated in the text read.
--   2. Siyavush Heydarov's count of fighters (October 2019): ONA's report of 31 October 2019, beside SANA's.
--   3. Riad Haddad blaming Türkiye (October 2020): Dar al-Hilal's Arabic page, which gives his words from RT.
--   4. Elnur Shahhuseynov and Omar Shakrouk (January 2026): 1news.az, from SANA, puts the talks on a Wednesday;
--      its address dates it Thursday 29 January 2026, which makes that Wednesday the 28th, a day after Vestnik
--      Kavkaza's page of 27 January had reported the meeting: a discrepancy on the day.
--   5. Syria's list of foreigners killed (November 2012): Ya Libnan, giving AFP's report of 27 November 2012, counts
--      142 names, one of them an Azerbaijani, where 1news.az and peacekeeper.ru have 143: a discrepancy on the count.
--   6. Firudin Nabiyev at the New York summit on refugees and migrants (September 2016): the State Migration
--      Service's own page, which places his speech at a round table of the summit; the text read stops before any
--      words on Armenians from Syria.

-- 1. Azimov's interview with Die Presse: the newspaper's own page ------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites Die Presse''s own page of Araz Azimov''s interview for the interview and his words on Assad, which rested on Panorama.am (from Minval.az), Turan and Tasnim; the page shows no date in the text read, so the event''s dates are unchanged.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('diepresse-4926415', 'web_page', 'Interview: Azerbaijan''s deputy foreign minister Azimov on the OSCE''s cancelled election mission, and on Syria', 'Die Presse', 'https://www.diepresse.com/4926415/tolerieren-das-nicht-baku-verlangt-entschuldigung-von-osze', 'de', NULL, '2026-12-07', 'The Austrian newspaper''s own page of the interview, in questions and answers; no date is shown in the text read. Its headline and the lead under it are about Baku''s demand for an apology from the OSCE; the first question read is on Syria. Paragraphs count the body after that lead, questions and answers alike; the browser notice at the top is not counted.', 'private_media', NULL);
UPDATE change_context SET source_id = 'diepresse-4926415';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('azimov-die-presse-assad-2016', 'diepresse-4926415', 'stated', 'Supports the interview itself, with him named as deputy foreign minister, and his words on Assad, his army, the split between Sunnis and Shias, and the 200 to 300 Azerbaijanis fighting in Syria. It gives no day for the interview.', 'lead under the headline and paragraphs 1-6 (the question on Syria, its answer and the next exchange)');
INSERT INTO citations (statement_id, source_id, link_basis, note, locator)
  VALUES ('azimov-assad-only-guarantor-2016', 'diepresse-4926415', 'stated', 'The original German text. It calls the political process Baku backs inclusive, and has Assad remain president and then be replaced by a successor, without speaking of an election; in his next answer (paragraph 6) he adds that Baku would not resist Assad''s going tomorrow.', 'paragraphs 2 and 4');
UPDATE events SET note = 'Known from Die Presse''s own page of the interview, which shows no date in the text read, from Panorama.am''s report of 18 February 2016, relaying Minval.az, and from Turan''s undated report; none gives the day of the interview. Panorama.am and Turan quote his words on Assad in slightly different terms; in Die Presse''s German he says Baku backs an inclusive process in which Assad stays president and is then replaced by a successor, and that Baku would not resist if Assad went tomorrow. Turan also reports a reply by the ministry''s spokesman, Hikmet Hajiyev, pointing to Aliyev''s words in London on 4 February; no page dates it, so it is not recorded. Tasnim''s Arabic report, also undated, has him say that Azerbaijan, as an Islamic country of the region, is worried by events in Syria, that it sees Assad at present as Syria''s legitimate president and the only real guarantee of its security and stability, and that it backs a comprehensive political transition.'
  WHERE event_id = 'azimov-die-presse-assad-2016';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 2. Heydarov's count of October 2019: ONA -----------------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds ONA''s report of 31 October 2019 to Siyavush Heydarov''s count of Azerbaijanis who joined armed groups in Syria and Iraq, which rested on SANA''s Russian report alone; ONA says he spoke to reporters but gives no day for it, so the event''s dates are unchanged.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('ona-az-9907', 'web_page', 'Heydarov: more than 400 people who joined radical groups have lost their citizenship', 'ONA', 'https://ona.az/en/analytics/citizenship-of-more-than-400-people-who-joined-radical-groups-revoked-9907', 'en', '2019-10-31', '2026-12-07', 'Dated 31 October 2019, 13:07. He spoke to reporters; no other day is given. Paragraphs count the body after the time line and the repeated headline.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'ona-az-9907';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('heydarov-fighters-count-2019-10', 'ona-az-9907', 'stated', 'Independent of SANA. It has him count the more than 400 stripped of citizenship from 2011 on and the more than 1,000 who joined such groups up to then, where SANA dates the joining from 2011; it adds that no citizen had joined in the previous two years and that women and children are held in camps in Iraq and Syria.', 'page date and paragraphs 1-3');
INSERT INTO citations (statement_id, source_id, link_basis, note, locator)
  VALUES ('heydarov-1000-joined-2019-10', 'ona-az-9907', 'stated', 'The same counts in his words to reporters; the year 2011 goes with the loss of citizenship here, not with the joining.', 'paragraph 2');
UPDATE events SET note = 'Known from SANA''s Russian report dated 31 October 2019 and ONA''s English report of the same day, 13:07, which says he was speaking to reporters; neither gives the remarks'' own day.'
  WHERE event_id = 'heydarov-fighters-count-2019-10';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 3. Haddad blames Türkiye (October 2020): Dar al-Hilal, from RT ------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds Dar al-Hilal''s Arabic page, which gives Riad Haddad''s words as RT carried them, to his remarks blaming Türkiye for the movement of terrorists, which rested on Armenpress''s report from Interfax alone; the page is undated, so the event''s dates are unchanged.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('darelhilal-687174', 'web_page', 'Syria''s ambassador to Russia holds Türkiye fully responsible for the free movement of terrorists', 'Dar al-Hilal', 'https://darelhilal.com/News/687174.aspx', 'ar', NULL, '2026-12-07', 'No date is shown in the text read. It gives the ambassador''s words from the RT news channel and dates them only as today, Saturday; it names neither Interfax nor Armenpress. Who publishes the site, and from where, is not shown in the text read.', 'other', NULL);
UPDATE change_context SET source_id = 'darelhilal-687174';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('syrian-ambassador-moscow-blames-turkey', 'darelhilal-687174', 'derived', 'The page gives no year: it is taken to report the same remarks by its content, Haddad speaking on the reports of Ankara moving gunmen from Syria to Nagorno-Karabakh, Syria''s warnings proved right, Syria not their last stop and the call for a deterrent international stand. It has him hold Türkiye responsible for the movement of terrorists across the Syrian-Turkish border, and names RT, not Interfax, as the channel that carried his words; the Saturday it names fits 3 October 2020, the day of Armenpress''s report.', 'paragraphs 1-3');
UPDATE events SET note = 'Known from Armenpress''s report of 3 October 2020, from Interfax, and from Dar al-Hilal''s undated Arabic page, from RT, which dates his words only as today, Saturday; 3 October 2020 was a Saturday. Neither page gives a day of its own for the remarks.'
  WHERE event_id = 'syrian-ambassador-moscow-blames-turkey';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 4. Shahhuseynov and Shakrouk (January 2026): 1news.az from SANA, and a discrepancy on the day -------------------
UPDATE change_context SET reason = 'Release 3.0 adds 1news.az''s page of 29 January 2026, giving SANA''s report, to the energy talks of the chargé d''affaires with Syria''s deputy energy minister, which rested on Vestnik Kavkaza alone, and records as a discrepancy the day it implies: it puts the talks on a Wednesday, which from its own date is 28 January 2026, a day after Vestnik Kavkaza''s page of 27 January reported the meeting. The event keeps the earlier page''s bound and is marked disputed.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('1news-az-20260129-shakrouk', 'web_page', 'Syria and Azerbaijan discuss wider cooperation in energy', '1news.az (from SANA)', 'https://1news.az/news/20260129123511324-Siriya-i-Azerbaidzhan-obsuzhdayut-rasshirenie-energeticheskogo-sotrudnichestva', 'ru', '2026-01-29', '2026-12-07', 'No date is shown in the text read; the date, 29 January 2026 (12:35), is taken from the address. It names SANA as its source and puts the talks on a Wednesday; it adds that Syria began to receive Azerbaijani gas through Türkiye on 2 August of the previous year.', 'private_media', 'AZE');
UPDATE change_context SET source_id = '1news-az-20260129-shakrouk';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('shahhuseynov-shakrouk-energy-talks', '1news-az-20260129-shakrouk', 'stated', 'Supports the talks, the two men''s offices and their subjects: wider energy cooperation, joint projects, bilateral relations and the exchange of technical expertise. The day it implies disagrees with the record: see the discrepancy.', 'paragraphs 1-2 and the source line');
INSERT INTO discrepancies (discrepancy_id, title, event_id, note)
  VALUES ('shahhuseynov-shakrouk-day', 'On which day the chargé d''affaires met Syria''s deputy energy minister', 'shahhuseynov-shakrouk-energy-talks', 'Vestnik Kavkaza''s page of 27 January 2026, a Tuesday, already reports the meeting, so it took place on or before that day. 1news.az, giving SANA''s report, says the two held their talks on Wednesday; its address dates the page Thursday 29 January 2026, and the Wednesday before that is 28 January, a day after Vestnik Kavkaza''s report. Neither page gives a date for the meeting. The event keeps the bound of the earlier page; the Wednesday before it, 21 January, would fit that bound, but no page names it.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim)
  VALUES ('shahhuseynov-shakrouk-by-27-january', 'shahhuseynov-shakrouk-day', 'a', 'The meeting had taken place by 27 January 2026, the date of Vestnik Kavkaza''s page reporting it.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim)
  VALUES ('shahhuseynov-shakrouk-on-a-wednesday', 'shahhuseynov-shakrouk-day', 'b', 'The two held their talks on a Wednesday, says 1news.az, giving SANA''s report; the page''s address dates it Thursday 29 January 2026, which would make that Wednesday 28 January.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('shahhuseynov-shakrouk-by-27-january', 'vestikavkaza-ru-energy', 'page date and paragraphs 1-2');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('shahhuseynov-shakrouk-on-a-wednesday', '1news-az-20260129-shakrouk', 'page address and paragraph 1');
UPDATE events SET evidence_status = 'disputed',
  summary = 'Elnur Shahhuseynov meets Omar Shakrouk, Syria''s deputy energy minister for electricity; they discuss closer cooperation in the energy sector and joint projects, and, in SANA''s account, bilateral relations and the exchange of technical expertise.',
  note = 'Known from Vestnik Kavkaza''s page of 27 January 2026, which quotes the chargé d''affaires, and from 1news.az''s page of 29 January 2026 (dated by its address), giving SANA''s report, which puts the talks on a Wednesday; that Wednesday would be 28 January, after the earlier page. The dates keep the earlier page''s bound; see the discrepancy on the day.'
  WHERE event_id = 'shahhuseynov-shakrouk-energy-talks';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 5. Syria's list of foreigners killed (November 2012): Ya Libnan from AFP, and a discrepancy on the count ---------
UPDATE change_context SET reason = 'Release 3.0 adds Ya Libnan''s page of 27 November 2012, giving AFP''s report of the list of foreign fighters killed in Syria as the newspaper Al-Watan published it, to the event of the Syrian government''s list, which rested on 1news.az alone, and records as a discrepancy its count of 142 names, one of them an Azerbaijani, against the 143 of 1news.az and peacekeeper.ru. The event is marked disputed; its dates are unchanged.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('yalibnan-20121127-foreign-fighters', 'web_page', 'Al-Watan publishes the Syrian government''s list of 142 foreign fighters killed', 'Ya Libnan (from AFP, via Khaleej Times)', 'https://yalibnan.com/2012/11/27/syria-releases-names-of-142-slain-foreign-fighters', 'en', '2012-11-27', '2026-12-07', 'No date is shown in the text read; the date, 27 November 2012, is taken from the address, and the text says Al-Watan published the list on Tuesday, which 27 November 2012 was. It credits Khaleej Times and AFP. It says Al-Watan gave the list as sent to the Security Council the previous month, while putting most of the deaths in October and November.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('peacekeeper-ru-16595', 'web_page', 'Syria gives the UN Security Council a list of foreign fighters killed', 'peacekeeper.ru', 'http://www.peacekeeper.ru/en/?module=news&action=view&id=16595', 'en', '2012-12-03', '2026-12-07', 'Dated 3 December 2012, 11:43. It names no source and does not mention Azerbaijan among the countries it lists, which it says number more than twenty.', 'other', NULL);
UPDATE change_context SET source_id = 'yalibnan-20121127-foreign-fighters';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('syria-lists-azerbaijanis-among-foreigners-killed', 'yalibnan-20121127-foreign-fighters', 'derived', 'Taken to be the same list as the one 1news.az reports, by its content: the Syrian government''s list of foreigners killed in Syria, sent to the Security Council, with an Azerbaijani among them. It counts 142 names from 18 countries and one Azerbaijani (see the discrepancy on the count), and gives the list as sent the previous month, October 2012, by Al-Watan''s account.', 'paragraphs 1-2 and 5-6');
INSERT INTO discrepancies (discrepancy_id, title, event_id, note)
  VALUES ('foreign-fighters-list-count', 'How many names the Syrian government''s list of foreigners killed gave', 'syria-lists-azerbaijanis-among-foreigners-killed', '1news.az (22 November 2012) and peacekeeper.ru (3 December 2012) speak of a list of 143 foreigners killed in Syria that the Syrian government gave the Security Council; Ya Libnan, giving AFP''s report of 27 November 2012 on the list as Al-Watan published it, counts 142 from 18 countries, one of them an Azerbaijani. No page read explains the difference of one. The event follows 1news.az, its first source.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim)
  VALUES ('foreign-fighters-list-143', 'foreign-fighters-list-count', 'a', 'The Syrian government''s list gave 143 foreigners killed in Syria, say 1news.az and peacekeeper.ru.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim)
  VALUES ('foreign-fighters-list-142', 'foreign-fighters-list-count', 'b', 'The list named 142 foreign fighters from 18 countries, one of them an Azerbaijani, says Ya Libnan, giving AFP''s report of the list as Al-Watan published it.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('foreign-fighters-list-143', '1news-20121122', 'paragraphs 2 and 4');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('foreign-fighters-list-143', 'peacekeeper-ru-16595', 'date line and paragraph 1');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('foreign-fighters-list-142', 'yalibnan-20121127-foreign-fighters', 'paragraphs 1, 2 and 5');
UPDATE events SET evidence_status = 'disputed',
  note = 'Known from 1news.az''s report of 22 November 2012, which says the list was given recently. Ya Libnan, giving AFP''s report of 27 November 2012, says Al-Watan, which published the list that Tuesday, gave it as sent to the Security Council the previous month, and counts 142 names, one of them an Azerbaijani, where 1news.az has 143: see the discrepancy on the count. The list is the Syrian government''s claim about the dead; it accuses the fighters, not the Azerbaijani state.'
  WHERE event_id = 'syria-lists-azerbaijanis-among-foreigners-killed';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 6. Nabiyev at the summit on refugees and migrants (September 2016): the State Migration Service's page ----------
UPDATE change_context SET reason = 'Release 3.0 adds the State Migration Service''s own page to Firudin Nabiyev''s speech at the UN summit on refugees and migrants, which rested on a reprint of Report''s item alone; the page places the speech at a round table held within the summit, gives no date, and stops before any words on Armenians from Syria, so it supports only his speech there.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('migration-gov-az-9673', 'web_page', 'The State Migration Service''s chief speaks at a round table of the UN summit on refugees and migrants', 'State Migration Service of Azerbaijan', 'https://migration.gov.az/en/news_detail/9673', 'en', NULL, '2026-12-07', 'No date is shown in the text read. It reports Nabiyev''s speech at a round table on international action and cooperation on refugees, migrants and displacement, held within the UN General Assembly''s high-level summit on large movements of refugees and migrants; it names neither the city nor the day, and the text read ends in the middle of his remarks on the occupation.', 'government', 'AZE');
UPDATE change_context SET source_id = 'migration-gov-az-9673';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('nabiyev-summit-refugees-syrian-armenians-2016', 'migration-gov-az-9673', 'stated', 'Supports only that Nabiyev, as chief of the State Migration Service, addressed the summit, at one of its round tables, on displacement, the occupation of Azerbaijani land and the Security Council resolutions left unimplemented. The text read ends before any words on Armenians from Syria, which rest on Report''s item alone.', 'title and paragraphs 1-3');
UPDATE events SET note = 'Known from a reprint of Report''s item, dated only by the month in its address, September 2016, and from the State Migration Service''s own undated page, which places the speech at a round table held within the summit; neither gives the speech''s day.'
  WHERE event_id = 'nabiyev-summit-refugees-syrian-armenians-2016';
UPDATE change_context SET reason = NULL, source_id = NULL;
