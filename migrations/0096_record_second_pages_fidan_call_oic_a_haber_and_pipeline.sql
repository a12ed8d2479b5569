-- 0096: second pages, from other publishers, for four events of 2024-2025 that rested on one independent source.
--   No page read gives a day the record lacks, so no event's dates change; no page disagrees with the record.
--   1. Bayramov and Fidan's call of 27 December 2024: Caliber.az's own account, from the Foreign Ministry, beside
--      Trend's and Metbuat's copies of the ministry's text.
--   2. Bayramov backing Syria's return to the OIC (March 2025): News.az's report of 13 March 2025, from local media,
--      in its own words; it puts his remarks on a Thursday, the page's own day.
--   3. Bayraktar on A Haber (August 2025): Ekonomim's Turkish page of 8 August 2025 on the same live broadcast; the
--      text read stops before his figures, so it supports only the broadcast and its subject.
--   4. The 93-kilometre line to Syria (November 2025): Dünya's page of 12 November 2025, which gives Sabah's account
--      point for point in other words, is added to the claim that it is the line opened in August, and related to
--      Sabah's page so the two count once.

-- 1. Bayramov and Fidan's call (27 December 2024): Caliber.az ------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds Caliber.az''s own account of the call between Jeyhun Bayramov and Hakan Fidan, which rested on the Foreign Ministry''s text as Trend and Metbuat carry it; Caliber.az gives the ministry as its source but writes its own report, and names neither Trend nor Metbuat.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('caliber-bayramov-fidan-call', 'web_page', 'Azerbaijan''s and Türkiye''s foreign ministers discuss the Aktau air crash by phone', 'Caliber.az', 'https://caliber.az/en/post/azerbaijani-turkish-foreign-ministers-discuss-response-to-tragic-plane-crash', 'en', NULL, '2026-12-07', 'No page date is shown in the text read; it dates the call 27 December and the crash 25 December, without a year. It gives the Azerbaijani Foreign Ministry as its source. Paragraphs count the body after the headline.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'caliber-bayramov-fidan-call';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('bayramov-fidan-call-on-syria-aid', 'caliber-bayramov-fidan-call', 'stated', 'Supports the call between the two ministers on 27 December (no year is given), Fidan''s condolences over the crash near Aktau, and their talk of the Middle East, Syria in particular, and of Azerbaijan''s plans to send Syria humanitarian aid. Like Trend and Metbuat it rests on the Foreign Ministry''s account, but in its own words; it does not say that the condolences were offered again.', 'paragraphs 1-2 and 5');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 2. Bayramov backs Syria's return to the OIC (March 2025): News.az ----------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds News.az''s report of 13 March 2025 to Jeyhun Bayramov''s remarks backing the restoration of Syria''s activity in the OIC, which rested on Trend''s report alone; News.az gives local media as its source, names no agency, and renders his words in its own English.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('news-az-bayramov-syria-2025-03-13', 'web_page', 'Bayramov restates Azerbaijan''s support for Syria''s sovereignty and territorial integrity', 'News.az', 'https://news.az/news/azerbaijan-reaffirms-support-for-syrias-territorial-integrity-sovereignty', 'en', '2025-03-13', '2026-12-07', 'Dated 13 March 2025. It says he spoke to journalists on Thursday and gives local media as its source, naming none. Paragraphs count the body after the page''s text-size controls; the closing signature is not counted.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'news-az-bayramov-syria-2025-03-13';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('bayramov-backs-syria-in-oic', 'news-az-bayramov-syria-2025-03-13', 'stated', 'Supports his remarks to journalists: the decision taken a few days before at the OIC''s foreign ministers'' meeting in Jeddah to resume Syria''s activity in the organisation, which Azerbaijan supported. It puts the remarks on Thursday; 13 March 2025, the page''s date, was a Thursday.', 'page date and paragraphs 1-2 and 5');
INSERT INTO citations (statement_id, source_id, link_basis, locator)
  VALUES ('bayramov-supports-syria-oic-return', 'news-az-bayramov-syria-2025-03-13', 'stated', 'paragraph 5');
UPDATE events SET note = 'Trend gives 13 March without a year, in its dateline (BAKU, Azerbaijan, March 13); the year is from the page''s own date, 13 March 2025. News.az, on its page of 13 March 2025, says he spoke on Thursday, which was that day.'
  WHERE event_id = 'bayramov-backs-syria-in-oic';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 3. Bayraktar on A Haber (August 2025): Ekonomim -------------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds Ekonomim''s Turkish page of 8 August 2025 on Alparslan Bayraktar''s live appearance on A Haber, which rested on Report''s pages and their translations alone; the text read stops before his figures on the gas, so it supports only the broadcast and its subject, and the event''s dates are unchanged.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('ekonomim-835770', 'web_page', 'Bayraktar on A Haber: Gaza, energy for Syria, support schemes and oil exploration', 'Ekonomim', 'https://www.ekonomim.com/sektorler/enerji/bakan-bayraktardan-suriyeye-enerji-destegi-aciklamasi-yil-sonunda-700-milyar-tlyi-bulacak-haberi-835770', 'tr', '2025-08-08', '2026-12-07', 'Dated 8 August 2025. It reports the energy minister''s remarks on A Haber''s live broadcast without giving the broadcast''s day, and names no agency. The text read stops early in the part on Syria, before any figure on gas. Paragraphs count the body; the two headings are not counted.', 'private_media', 'TUR');
UPDATE change_context SET source_id = 'ekonomim-835770';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('bayraktar-a-haber-6-million-a-day', 'ekonomim-835770', 'derived', 'Taken to be the same broadcast as Report''s: Bayraktar on A Haber (on the air, in Report''s words; live, in Ekonomim''s), both reported on 8 August 2025. It supports only that he spoke on A Haber''s live broadcast and that energy shipments to Syria and Syria''s stability were among his subjects; the text read stops before his figures on the gas.', 'page date and paragraphs 1 and 6');
UPDATE events SET note = 'Known from Report.az''s report of 8 August 2025, which does not date the broadcast; it speaks of the gas now flowing, so it falls after the deliveries began on 2 August 2025. Ekonomim''s Turkish page of the same day reports his live appearance on A Haber, also without its day. The second phase is his stated plan, not an event.'
  WHERE event_id = 'bayraktar-a-haber-6-million-a-day';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 4. The 93-kilometre line to Syria (November 2025): Dünya, one source with Sabah -----------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites Dünya''s page of 12 November 2025 for the claim that the 93-kilometre line to Syria is the one opened in August 2025, and relates it to Sabah''s page of the same day, which gives the same account point for point, so that the two count as one source.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('dunya-802593', 'web_page', 'Türkiye''s energy brings light to Syria', 'Dünya', 'https://www.dunya.com/sektorler/turkiyenin-enerjisi-suriyeyi-aydinlatti-haberi-802593', 'tr', '2025-11-12', '2026-12-07', 'Dated 12 November 2025, as is Sabah''s page, and bylined Nagihan Kalsın. It gives the same account as Sabah''s, point for point in other words; neither names the other. Paragraphs count the body after the byline; headings are not counted.', 'private_media', 'TUR');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('dunya-802593', 'sabah-7462036', 'draws_on', 'apparent', 'The same account point for point, in other words: the 36-inch line of about 93 kilometres from Türkoğlu in Kahramanmaraş, the Yavuzlu metering station, the line in service since 2 August, 3.5 million cubic metres a day and 700 megawatts. Both are dated 12 November 2025; neither names the other or a source, and which took it from which is not known, so one independent source.');
UPDATE change_context SET source_id = 'dunya-802593';
INSERT INTO citations (claim_id, source_id, link_basis, note, locator)
  VALUES ('pipeline-93-km-opened-in-august', 'dunya-802593', 'stated', 'Supports the line of about 93 kilometres that BOTAŞ built from Kahramanmaraş to Kilis and the Yavuzlu metering station, in service since 2 August; it does not name the Syrian Gas Company. Its account runs point for point with Sabah''s, so the two count as one source.', 'paragraphs 2-3');
UPDATE change_context SET reason = NULL, source_id = NULL;
