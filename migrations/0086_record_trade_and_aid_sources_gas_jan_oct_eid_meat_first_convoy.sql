-- 0086: trade figures and aid deliveries from stored pages: no new year of trade turned up, so the script adds
--   pages to figures and deliveries already recorded, and the details those pages state.
--   1. The State Statistical Committee's gas figure for January-October 2025 (153.157 million cubic metres, 52.501
--      million USD): Day.Az's Russian page of 13 December 2025 and Trend's Russian page of 14 December 2025 give it
--      with that period. Both are cited for the trade flow and for the January-October side of its discrepancy, and
--      related to Day.Az's Azerbaijani page, whose text they follow, as one independent source; the flow's
--      reported_by names Trend as well as Day.Az.
--   2. The Eid al-Adha meat of 7-8 June 2025: Ednews gives the days with their year, so the event's date basis
--      becomes stated; AZERTAC's German page, from the embassy, is a second account. The embassy (its initiative and
--      organization) and AIDA (its support), named in the summary, become participants; the delivery's note names the
--      Syrian Hayat Foundation and the two volunteer groups that took part. Ednews follows AZERTAC's account, and
--      AZERTAC's German and Trend's English pages translate Metbuat's text of the same release: related as such,
--      the event rests on one independent source (the embassy's and ministry's release).
--   3. The first convoy: Caliber.az has the trucks entering Türkiye at the Sarp border gate in Artvin province, and it
--      and Caspian News (already cited for the crossing) name children's clothing among the goods: the delivery's route
--      and its note say so (its contents keep the article's words).
--   Not done (leads in the report): no page read gives a figure for 2009-2018, 2020 or 2024 as a whole; AzerNews's
--   analysis of December 2015 aid from the embassy in Jordan to 400 Syrian families may or may not be AIDA's 2015
--   delivery; no page read reports Azerbaijani aid to Syria after the February 2023 earthquake.

-- The State Statistical Committee's gas figure for January-October 2025: Day.Az in Russian and Trend ---------------
UPDATE change_context SET reason = 'Release 3.0 adds Day.Az''s Russian page of 13 December 2025 and Trend''s Russian page of 14 December 2025 to the State Statistical Committee''s figure for gas exported to Syria in January-October 2025 (153.157 million cubic metres, 52.501 million USD): both give the figure with that period. They follow the text of Day.Az''s Azerbaijani page, already cited, and are related to it as one independent source.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('day-az-ru-1802200', 'web_page', 'Azerbaijan''s gas exports to Syria in January-October 2025', 'Day.Az', 'https://news.day.az/economy/1802200.html', 'ru', '2025-12-13', '2026-12-07', 'Dated 13 December 2025; Day.Az gives the State Statistical Committee''s data for January-October of the current year.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('trend-ru-4129683', 'web_page', 'Trend on Azerbaijan''s gas exports to Syria in January-October 2025', 'Trend News Agency', 'https://ru.trend.az/business/energy/4129683.html', 'ru', '2025-12-14', '2026-12-07', 'Dated 14 December 2025; says the State Statistical Committee gave the figures, for January-October of the current year.', 'private_media', 'AZE');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('day-az-ru-1802200', 'day-az-1802150', 'translates', 'apparent', 'Day.Az''s Russian and Azerbaijani pages of the same day give the same text paragraph by paragraph: the figures, the SOCAR memorandum of 12 July and the plan for 1.2 billion cubic metres a year. One independent source.');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('trend-ru-4129683', 'day-az-1802150', 'translates', 'apparent', 'Trend''s Russian page, a day after Day.Az''s Azerbaijani page, gives the same text paragraph by paragraph in its own Russian, not that of Day.Az''s Russian page; it names the State Statistical Committee, not Day.Az, and which outlet took the text from which is not known. One independent source.');
UPDATE change_context SET source_id = 'day-az-ru-1802200';
INSERT INTO citations (trade_flow_id, source_id, link_basis, locator) VALUES ('aze-syr-2025-gas-export-jan-oct', 'day-az-ru-1802200', 'stated', 'page date and paragraphs 1-2');
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('first-gas-figure-january-october', 'day-az-ru-1802200', 'stated', 'page date and paragraph 1');
UPDATE change_context SET source_id = 'trend-ru-4129683';
INSERT INTO citations (trade_flow_id, source_id, link_basis, locator) VALUES ('aze-syr-2025-gas-export-jan-oct', 'trend-ru-4129683', 'stated', 'page date and paragraphs 1-2');
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('first-gas-figure-january-october', 'trend-ru-4129683', 'stated', 'page date and paragraph 1');
UPDATE trade_flows SET reported_by = 'State Statistical Committee of Azerbaijan (via Day.Az and Trend)' WHERE trade_flow_id = 'aze-syr-2025-gas-export-jan-oct';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The Eid al-Adha meat of 7-8 June 2025: Ednews and AZERTAC ----------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds Ednews and AZERTAC''s German page to the Eid al-Adha meat handed out in Syria on 7-8 June 2025. Ednews gives the days with their year, so the date is stated, not inferred; the embassy, whose initiative and organization the pages report, and AIDA, whose support they report, become participants, as the summary already names them; the delivery''s note names the Syrian Hayat Foundation and two volunteer groups that took part. Ednews, AZERTAC''s German page and Trend''s English page are related to the release they carry, so the event rests on one independent source.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('ednews-683500', 'web_page', 'Azerbaijan holds an Eid al-Adha charity campaign in Syria', 'Ednews', 'https://ednews.net/az/news/foreign-policy/683500-azerbaycan-suriyada-qurban-bayrami-munasibetile', 'az', NULL, '2026-12-07', 'Undated in the text read; gives the campaign''s days with their year, 7-8 June 2025. It names no source for its account.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('azertag-de-3600647', 'web_page', 'Another charitable campaign by Azerbaijan in Syria', 'AZERTAC', 'https://azertag.az/de/xeber/weitere_wohltatigkeitsaktion_aserbaidschans_in_syrien-3600647', 'de', NULL, '2026-12-07', 'Dateline Baku, 8 June, without a year; gives 7 and 8 June without a year and has the account from Azerbaijan''s embassy in Syria. Its sixth paragraph puts the 200 tonnes of aid at the end of the previous year and the iftars at 25-27 March of this year.', 'state_media', 'AZE');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('ednews-683500', 'azertag-de-3600647', 'draws_on', 'apparent', 'Ednews gives AZERTAC''s account of the embassy''s release paragraph by paragraph in Azerbaijani, with its wording of the slogan, the Damascus countryside and the widowed mothers, and the Ghouta paragraph the German page leaves out; it names no source. One independent source.');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('azertag-de-3600647', 'metbuat-1527569', 'translates', 'apparent', 'The embassy''s and ministry''s same account of the campaign in German, sentence by sentence, without the paragraph on the Ghouta and Homs days; AZERTAC names the embassy, Metbuat the ministry. One independent source.');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('trend-4054348', 'metbuat-1527569', 'translates', 'apparent', 'The ministry''s same report of the campaign, in English, sentence by sentence. One independent source.');
UPDATE change_context SET source_id = 'ednews-683500';
UPDATE events SET date_basis = 'stated', note = 'Ednews gives the days with their year, 7-8 June 2025. Metbuat, in a page of June 2025, gives 7-8 June of "this year"; AZERTAC''s dateline and text give 8 June and 7-8 June without a year.' WHERE event_id = 'eid-al-adha-meat-distribution';
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('eid-al-adha-meat-distribution', 'ednews-683500', 'stated', 'paragraphs 1-4');
INSERT INTO citations (aid_delivery_id, source_id, link_basis, locator) VALUES ('eid-al-adha-meat', 'ednews-683500', 'stated', 'paragraphs 2 and 4');
UPDATE change_context SET source_id = 'azertag-de-3600647';
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('eid-al-adha-meat-distribution', 'azertag-de-3600647', 'stated', 'dateline and paragraphs 1-3');
INSERT INTO citations (aid_delivery_id, source_id, link_basis, locator) VALUES ('eid-al-adha-meat', 'azertag-de-3600647', 'stated', 'paragraphs 2-3');
UPDATE change_context SET source_id = NULL;
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id)
  VALUES ('eid-al-adha-meat-distribution', NULL, 'embassy-azerbaijan-damascus', NULL, 'organizer', 'The campaign was the embassy''s initiative and was organized by it, the Foreign Ministry''s text says; AZERTAC has its account from the embassy.', NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id)
  VALUES ('eid-al-adha-meat-distribution', NULL, 'aida', NULL, 'participant', 'The pages say the campaign had AIDA''s support without saying what that support was.', NULL);
UPDATE aid_deliveries SET note = '320 families; about 1,500 people over the two days, the Foreign Ministry says, and AZERTAC from the embassy. The Syrian Hayat Foundation and two volunteer groups took part in the campaign, the pages say.' WHERE aid_delivery_id = 'eid-al-adha-meat';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The first convoy: entering Türkiye at Sarp, and children's clothing among the goods: Caliber.az -------------------
UPDATE change_context SET reason = 'Release 3.0 adds Caliber.az''s account of the first aid convoy at the Turkish-Syrian border: the trucks entered Türkiye at the Sarp border gate in Artvin province, and children''s clothing went with the food, as Caspian News, already cited for the crossing, also says. The delivery''s route and note now say so; its contents keep the article''s words.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('caliber-aid-reaches-border', 'web_page', 'Azerbaijan''s aid convoy reaches the Turkish-Syrian border', 'Caliber.az', 'https://caliber.az/en/post/azerbaijan-sends-humanitarian-aid-to-syria-amid-ongoing-crisis', 'en', NULL, '2026-12-07', 'Undated in the text read; has the ten trucks at the border awaiting customs at the Chobanbey checkpoint, and says it draws on local media.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'caliber-aid-reaches-border';
UPDATE aid_deliveries SET route = 'Overland via Georgia and Türkiye, entering Türkiye at the Sarp border gate in Artvin province and crossing into Syria at Çobanbey on the way to Idlib', note = 'The 8,000 displaced families are Trend''s figure for the first convoy''s aid, in its report on the Karakopru distribution. Caliber.az and Caspian News name children''s clothing among the supplies that went with the food.' WHERE aid_delivery_id = 'first-aid-convoy';
INSERT INTO citations (aid_delivery_id, source_id, link_basis, locator) VALUES ('first-aid-convoy', 'caliber-aid-reaches-border', 'stated', 'paragraphs 1-3 and 5');
INSERT INTO citations (event_id, source_id, link_basis, locator) VALUES ('first-aid-convoy-enters-syria', 'caliber-aid-reaches-border', 'stated', 'paragraphs 1-4');
UPDATE change_context SET source_id = 'caspiannews-20250106';
INSERT INTO citations (aid_delivery_id, source_id, link_basis, locator) VALUES ('first-aid-convoy', 'caspiannews-20250106', 'stated', 'photo caption and paragraph 2');
UPDATE change_context SET reason = NULL, source_id = NULL;
