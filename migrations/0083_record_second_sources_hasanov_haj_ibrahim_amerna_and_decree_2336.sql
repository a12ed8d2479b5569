-- 0083: four leads with pages brought up again: a later day for Hasanov in office, a second page for Haj Ibrahim's
--   farewell call, a second page for the Amerna camp, and the number of the decree behind the batch of 31 October 2023.
--   1. News.az of 11 September 2021 shows Zakir Hasanov as Azerbaijan's defence minister, sending condolences to
--      Türkiye over soldiers killed in Idlib: the office's end_earliest moves from 28 February 2020 to that day.
--   2. The Armenian prime minister's own page on his farewell meeting with Syria's ambassador, dated by its address
--      10 February 2022, is added to the office's end; Public Radio of Armenia's English text follows it sentence by
--      sentence, so the two are related as one independent source. Armenpress gives the day without a year: not used.
--   3. Bizim.Media gives the Foreign Ministry's same text as Gundeminfo.az (the Amerna camp in the city of Jarablus)
--      for the repatriation of 3 August 2023: cited for that claim and related to Gundeminfo.az.
--   4. turkmenistannewsgazette.com, relaying APA, reports the batch of 31 October 2023 and numbers the decree of
--      28 October 2023 as No. 2336: cited for the event, and the number goes back into its note, attributed to it.
--   Not done: VOA Georgian on the Gerasimov-Scaparrotti talks and zagrosnews.net on al-Miqdad's appointment did not
--   come up.

-- Zakir Hasanov, defence minister, in office on 11 September 2021: News.az ------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 extends the attested end of Zakir Hasanov''s term as defence minister to 11 September 2021: News.az''s page of that day shows him in that office, sending condolences to Türkiye''s defence minister and chief of general staff over soldiers killed in Idlib.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('news-az-hasanov-idlib-condolences-2021', 'web_page', 'Azerbaijan''s defence minister condoles with Türkiye over soldiers killed in Idlib', 'News.az', 'https://news.az/news/azerbaijans-defense-ministry-expresses-condolences-to-turkey', 'en', '2021-09-11', '2026-12-07', 'Dated 11 September 2021; it gives no other day for the letters.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'news-az-hasanov-idlib-condolences-2021';
UPDATE positions SET end_earliest = '2021-09-11' WHERE position_id = 'zakir-hasanov-defence-minister';
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('zakir-hasanov-defence-minister', 'news-az-hasanov-idlib-condolences-2021', 'stated', 'page date and paragraph 1');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Mohammad Haj Ibrahim received by Armenia's prime minister at the close of his mission, 10 February 2022 ------------
UPDATE change_context SET reason = 'Release 3.0 adds the Armenian prime minister''s own page, dated by its address 10 February 2022, on his farewell meeting with Syria''s ambassador, to the attested end of Mohammad Haj Ibrahim''s mission; Public Radio of Armenia''s English page of that day follows its text sentence by sentence and is related to it as a translation.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('primeminister-am-20220210-haj-ibrahim', 'web_page', 'Armenia''s prime minister holds a farewell meeting with Syria''s ambassador', 'Office of the Prime Minister of Armenia', 'https://primeminister.am/hy/press-release/item/2022/02/10/Nikol-Pashinyan-meeting', 'hy', '2022-02-10', '2026-12-07', 'A press release in Armenian. No date is shown in the text read; the date is taken from the address. Pashinyan received the ambassador, who was completing his mission in Armenia; it gives neither the day the mission ended nor the day of the meeting.', 'government', 'ARM');
UPDATE change_context SET source_id = 'primeminister-am-20220210-haj-ibrahim';
INSERT INTO citations (position_id, source_id, link_basis, note, locator) VALUES ('mohammad-haj-ibrahim-ambassador', 'primeminister-am-20220210-haj-ibrahim', 'derived', 'The text gives no date; the day, 10 February 2022, is the one in the page''s address (/2022/02/10/), the day of the release that shows him still ambassador.', 'page address and paragraph 1');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('armradio-20220210-haj-ibrahim', 'primeminister-am-20220210-haj-ibrahim', 'translates', 'apparent', 'Public Radio''s English follows the prime minister''s office''s Armenian release sentence by sentence, so one independent source.');
UPDATE positions SET note = 'Appointed by Bashar al-Assad and sworn in on Monday 17 July, as Enab Baladi reports from SANA without a year; the year is 2017, when Armenia''s Foreign Ministry (5 September 2017) and News.am (6 September 2017) report the new ambassador handing over copies of his credentials and then his credentials, and 17 July 2017 was a Monday. The end is bounded by the last day a page read shows him in office: 10 February 2022, when the Armenian prime minister''s office (its release, dated by its address) and Armenian Public Radio, in an English version of the same text, report the prime minister receiving him at the close of his mission in Armenia (end_earliest). No page read gives the day the mission ended.' WHERE position_id = 'mohammad-haj-ibrahim-ambassador';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The sixteen repatriated on 3 August 2023, held in the Amerna camp: Bizim.Media -------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites Bizim.Media for the claim that the sixteen citizens repatriated on 3 August 2023 had been held in the Amerna camp in the city of Jarablus: it gives the Foreign Ministry''s press service''s text, the same word for word as Gundeminfo.az''s, so the two are related as one independent source.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('bizim-media-149373', 'web_page', 'Foreign Ministry: 16 citizens of Azerbaijan brought home from Syria', 'Bizim.Media', 'https://bizim.media/az/siyaset/149373/xin-azerbaycanin-16-vetendasi-suriyadan-lkemize-gnderilib', 'az', NULL, '2026-12-07', 'Undated in the text read; the text dates the repatriation and says the ministry''s press service gave it to Bizim.Media.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'bizim-media-149373';
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('repatriation-2023-08-03-held-in-amerna-camp', 'bizim-media-149373', 'stated', 'paragraph 1');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('bizim-media-149373', 'gundeminfo-106155', 'republishes', 'apparent', 'The Foreign Ministry press service''s same text, word for word; which page took it from which is not known, so one independent source.');
UPDATE discrepancy_claims SET claim = 'The sixteen had been held in the Amerna camp in the city of Jarablus, say Gundeminfo.az and Bizim.Media, giving the Foreign Ministry''s press service''s text.' WHERE claim_id = 'repatriation-2023-08-03-held-in-amerna-camp';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The eleven repatriated on 31 October 2023 and decree No. 2336: turkmenistannewsgazette.com --------------------------
UPDATE change_context SET reason = 'Release 3.0 cites turkmenistannewsgazette.com, which relays APA''s report of the Foreign Ministry''s words, for the repatriation of eleven citizens from Syria on 31 October 2023; it numbers the presidential decree of 28 October 2023 approving the rules as No. 2336, and the event''s note now gives the number with that page.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('turkmenistannewsgazette-11-citizens', 'web_page', 'Azerbaijan repatriates 11 citizens from Syria', 'Turkmenistan News Gazette', 'https://turkmenistannewsgazette.com/azerbaijani-repatriated-11-citizens-from-syria/', 'en', NULL, '2026-12-07', 'Undated in the text read; it names the Azeri-Press News Agency (APA) as its source, which the ministry told.', 'private_media', NULL);
UPDATE change_context SET source_id = 'turkmenistannewsgazette-11-citizens';
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('repatriation-2023-10-31', 'turkmenistannewsgazette-11-citizens', 'stated', 'paragraphs 1-4');
UPDATE events SET note = 'News.Az gives the decree by its date only and Meydan TV does not mention it; turkmenistannewsgazette.com, relaying APA, gives it as decree No. 2336 of 28 October 2023. A repatriation of citizens, for which CAMEO has no code.' WHERE event_id = 'repatriation-2023-10-31';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The second reader's fixes: the two pages are nearly, not exactly, the same text; the event's note names both --
UPDATE change_context SET reason = 'Second read: Bizim.Media and Gundeminfo.az carry the ministry''s text nearly, not exactly, word for word (Bizim.Media says the press service told it directly), and the event''s note now names both pages for the Amerna camp, as its claim does.', source_id = 'bizim-media-149373';
UPDATE source_relations SET note = 'Both carry the Foreign Ministry press service''s text nearly word for word; Bizim.Media says the service told it directly, and neither names the other, so one independent source.'
  WHERE source_id = 'bizim-media-149373' AND related_source_id = 'gundeminfo-106155';
UPDATE events SET note = 'The pages differ on where the citizens were held: a camp (Amerna, in the city of Jarablus) on Gundeminfo.az and Bizim.Media, from the Foreign Ministry''s press service; a prison near the village of Amarna, in Jarablus, on Syria TV, translating Trend; the Ombudsman''s page names no place. The title says only Jarablus, which both name. A repatriation of citizens, for which CAMEO has no code.'
  WHERE event_id = 'repatriation-2023-08-03';
UPDATE change_context SET reason = NULL, source_id = NULL;
