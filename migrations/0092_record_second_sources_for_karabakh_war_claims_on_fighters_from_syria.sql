-- 0092: second pages, from other publishers, for five events of the autumn 2020 war that rested on one independent
--   source, all on the claims that fighters from Syria were in the Karabakh war (four of them now on two independent
--   sources; the fifth page translates the same agency report as the first). No event's dates change.
--   1. Hikmet Hajiyev's denial of 28 September 2020 (Reuters): Mezopotamya Agency's page of that day, which reports
--      the denial and gives him a title no other page gives (vice-president): said in its citation's note, not
--      recorded as a dispute about the event.
--   2. Ilham Aliyev's denial to Russian television of 29 September 2020 (TASS): Fararu's Persian page of that day,
--      giving ISNA's report from Sputnik.
--   3. The SVR director's statement of 6 October 2020 (TASS, and PanARMENIAN from TASS): PIK's Bulgarian page of that
--      day, from Reuters.
--   4. Huseyn Mahmudov's words of 7 October 2020 (Al-Masdar, from RIA Novosti): Elnashra's undated Arabic page, cited
--      for the event and his statement; it gives the same report sentence for sentence, so the two count as one.
--   5. Sergey Lavrov's figure of nearly 2,000 mercenaries, 3 November 2020 (Asbarez and Armenpress, one source):
--      Kyodo's report on the Iwate Nippo's site, cited for the event and his statement.
--   Not added: pages on the UN experts' statement and on the Foreign Ministry's release of 1 February 2023 relay
--   those texts, so they would not be independent of the pages already cited.

-- 1. Hajiyev's denial of 28 September 2020: Mezopotamya Agency, and a discrepancy on his office ------------------
UPDATE change_context SET reason = 'Release 3.0 adds Mezopotamya Agency''s page of 28 September 2020 to Hikmet Hajiyev''s denial that Türkiye sent fighters from Syria to Azerbaijan, which rested on Reuters alone. It calls him Azerbaijan''s vice-president, a title no other page read gives him; its citation says so, and the record keeps him as the president''s aide, as Reuters has it.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('mezopotamya-110833', 'web_page', 'Armenia''s ambassador says Türkiye sent 4,000 fighters from Syria to Azerbaijan, which denies it', 'Mezopotamya Agency', 'http://mezopotamyaajansi.com/en/ALL-NEWS/content/view/110833', 'en', '2020-09-28', '2026-12-07', 'Dated 28 September 2020, 17:01, with an Ankara dateline. It gives the ambassador''s claim as Interfax and RIA reported it, and the denial under a heading of its own; it names Hikmet Hajiyev as Azerbaijan''s vice-president. Paragraphs count the body from the dateline; the heading on the denial is not counted.', 'private_media', NULL);
UPDATE change_context SET source_id = 'mezopotamya-110833';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('hajiyev-calls-syria-fighter-rumours-nonsense', 'mezopotamya-110833', 'stated', 'Supports the denial, made after Armenia''s ambassador in Moscow had said that Türkiye sent 4,000 fighters from Syria to Azerbaijan: Hajiyev rejects the claim that Türkiye sent Salafi militants and accuses Armenia of provocation. It gives no day of its own for the denial. It calls him Azerbaijan''s vice-president, a title no other page read gives him; the record keeps him as the president''s aide, as Reuters has it.', 'date line, paragraphs 1-2 and the paragraph under the heading on the denial (7)');
UPDATE events SET
  note = 'Derived: Reuters, dated 28 September 2020, a Monday, says he denied it on Monday. Mezopotamya Agency''s page of the same day also reports the denial, giving him another title (see its citation).'
  WHERE event_id = 'hajiyev-calls-syria-fighter-rumours-nonsense';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 2. Aliyev's denial of 29 September 2020: Fararu, giving ISNA's report from Sputnik -------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds Fararu''s Persian page of 29 September 2020, giving ISNA''s report from Sputnik, to Ilham Aliyev''s denial that fighters from Syria were in the Karabakh war, which rested on TASS alone; it gives the same words and no other day, so the event''s dates are unchanged.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('fararu-456440', 'web_page', 'Aliyev says there are no Syrian fighters in the Karabakh fighting', 'Fararu (from ISNA, citing Sputnik)', 'https://fararu.com/fa/amp/news/456440', 'fa', '2020-09-29', '2026-12-07', 'Its date line, 8 Mehr 1399 at 21:38 in the Iranian calendar, is 29 September 2020. It gives ISNA''s report, which cites Sputnik. Paragraphs count the body after the date line; the lead under the headline, a summary of his words, is not counted.', 'private_media', NULL);
UPDATE change_context SET source_id = 'fararu-456440';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('aliyev-denies-syrian-militants-russian-tv', 'fararu-456440', 'stated', 'Supports his words that the reports of fighters from Syria are fake and without a single proof, and that Azerbaijan has no need of them, with a trained army, a large reserve and 10 million people against Armenia''s 2 million. It has him answer reporters'' questions, where TASS speaks of Russian television, and adds his words that the false reports come from Armenia. It gives no day for his words.', 'lead under the headline, date line and paragraphs 1-3');
UPDATE events SET note = 'Derived: TASS, dated 29 September 2020, a Tuesday, says he spoke to Russian television on Tuesday; the channel is not named. Fararu''s page of the same day, giving ISNA''s report from Sputnik, has the same words, given in answer to reporters, and adds his words that the false reports come from Armenia.'
  WHERE event_id = 'aliyev-denies-syrian-militants-russian-tv';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 3. The SVR director's statement of 6 October 2020: PIK, from Reuters ---------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds PIK''s Bulgarian page of 6 October 2020, from Reuters, to Sergey Naryshkin''s statement on fighters of Middle Eastern groups moving into the Karabakh war, which rested on TASS and on PanARMENIAN''s page quoting TASS; it names the same groups and gives no other day.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('pik-bg-966083', 'web_page', 'Russia''s foreign intelligence chief warns that Islamist fighters drawn to Karabakh threaten Russia', 'PIK (from Reuters)', 'https://pik.bg/руското-външно-разузнаване-ислямистките-бойци-в-нагорни-карабах-са-заплаха-за-русия-news966083.html', 'bg', '2020-10-06', '2026-12-07', 'Dated 06.10.2020 in its date line; it names Reuters as its source and gives the statement as posted on the service''s website. Paragraphs count the body from the one on the intelligence chief''s warning; the menus, headline, view count and date line are not counted.', 'private_media', NULL);
UPDATE change_context SET source_id = 'pik-bg-966083';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('svr-says-middle-east-militants-moving-to-karabakh', 'pik-bg-966083', 'stated', 'Supports the statement and the groups it names: Hayat Tahrir al-Sham, formerly the Nusra Front, Firqat al-Hamza, the Sultan Murad Division and unnamed Kurdish radical groups, their fighters counted in hundreds and already thousands, and the threat to Russia. The text read ends before anything on Türkiye. It dates the page, not the statement.', 'date line and paragraphs 1-3');
UPDATE events SET note = 'TASS gives October 6 and Tuesday, and PanARMENIAN "Tuesday, October 6", without a year; the year is from the pages'' own date, 6 October 2020. PIK''s page of that day, from Reuters, gives the same statement and groups. The claim is the service''s; it names no side as the one bringing the fighters.'
  WHERE event_id = 'svr-says-middle-east-militants-moving-to-karabakh';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 4. Mahmudov's words of 7 October 2020: Elnashra --------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds Elnashra''s Arabic page to Major General Huseyn Mahmudov''s words that fighters from Syria and Lebanon fight on Armenia''s side and none on Azerbaijan''s, which rested on Al-Masdar''s report from RIA Novosti alone; the page is undated and names no source, so it is tied to the event by its content and the event''s dates are unchanged. It gives the same report as Al-Masdar sentence for sentence, so the two are related as one source.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('elnashra-1452279', 'web_page', 'Azerbaijan''s Defence Ministry says fighters from Syria and Lebanon fight on Armenia''s side', 'Elnashra', 'https://www.elnashra.com/news/show/1452279/الدفاع-الأذربيجانية:', 'ar', NULL, '2026-12-07', 'No date is shown in the text read, and it names no source for the officer''s words. Its Arabic and Al-Masdar''s English, which names RIA Novosti, give the same report sentence for sentence, so the two count as one source.', 'private_media', NULL);
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('almasdar-20201008-mahmudov', 'elnashra-1452279', 'translates', 'apparent', 'Both carry the same report of Mahmudov''s words, sentence for sentence, in English and in Arabic; Al-Masdar names RIA Novosti as its source.');
UPDATE change_context SET source_id = 'elnashra-1452279';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('mahmudov-fighters-from-syria-lebanon-on-armenian-side', 'elnashra-1452279', 'derived', 'Taken to report the same words as Al-Masdar''s page by their content: the same officer and office, head of the Defence Ministry''s international military cooperation department, and the same claims, fighters from Syria and Lebanon on the Armenian side and no mercenaries on Azerbaijan''s. It gives neither a day nor the outlet he spoke to.', 'paragraphs 1-2');
INSERT INTO citations (statement_id, source_id, link_basis, note, locator)
  VALUES ('mahmudov-no-mercenaries-on-our-side', 'elnashra-1452279', 'derived', 'The same words, in Arabic: a well-prepared army short of no soldiers, no mercenaries on Azerbaijan''s side, and fighters from Syria and Lebanon on the other, as the Armenians admitted. Undated, so tied to the statement by content.', 'paragraph 2');
UPDATE events SET note = 'Derived: Al-Masdar''s report, dated 8 October 2020, a Thursday, says the ministry spoke on Wednesday, quoting him from RIA Novosti. Elnashra''s undated Arabic page carries the same report, sentence for sentence, and names no source. The claim is his.'
  WHERE event_id = 'mahmudov-fighters-from-syria-lebanon-on-armenian-side';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 5. Lavrov's figure of nearly 2,000 mercenaries, 3 November 2020: Kyodo on the Iwate Nippo's site ------------------
UPDATE change_context SET reason = 'Release 3.0 adds Kyodo''s report from Moscow, on the Iwate Nippo''s site with an address dated 4 November 2020, to Sergey Lavrov''s words that the mercenaries from the Middle East in the Karabakh fighting were nearing 2,000, which rested on Asbarez and Armenpress, one source; it puts his written interview with Kommersant on the 3rd, the day already recorded.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('iwate-np-kyodo-581415', 'web_page', 'Lavrov puts the Middle Eastern mercenaries in the Karabakh fighting at nearly 2,000', 'Iwate Nippo (from Kyodo News)', 'https://www.iwate-np.co.jp/article/kyodo/2020/11/4/581415', 'ja', '2020-11-04', '2026-12-07', 'A Kyodo News report from Moscow on the Iwate Nippo''s site. No date is shown in the text read; the date, 4 November 2020, is taken from the address. It puts Lavrov''s written interview with the online edition of Kommersant on the 3rd, without month or year.', 'private_media', NULL);
UPDATE change_context SET source_id = 'iwate-np-kyodo-581415';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('lavrov-says-mercenaries-approach-2000', 'iwate-np-kyodo-581415', 'stated', 'Supports the interview with Kommersant, his concern at the conflict''s internationalisation and the figure: mercenaries from the Middle East in the fighting nearing 2,000, by his own information. It calls the interview a written one for the newspaper''s online edition and puts it on the 3rd, the month and year being those of its address. It does not mention the appeals to outside players or Putin''s call with Erdoğan.', 'dateline and paragraph 1');
INSERT INTO citations (statement_id, source_id, link_basis, note, locator)
  VALUES ('lavrov-mercenaries-nearing-2000', 'iwate-np-kyodo-581415', 'stated', 'Supports the figure only; the appeals to outside players are not in it.', 'paragraph 1');
UPDATE events SET note = 'Derived: Asbarez, dated 3 November 2020, a Tuesday, says he spoke on Tuesday; Armenpress''s Arabic report is datelined 3 November. Kyodo''s report, on a page whose address is dated 4 November 2020, puts his written interview with Kommersant''s online edition on the 3rd. The figure is his claim.'
  WHERE event_id = 'lavrov-says-mercenaries-approach-2000';
UPDATE change_context SET reason = NULL, source_id = NULL;
