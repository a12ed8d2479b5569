-- 0098: pages found by following two leads; one of them gave something a page states.
--   1. Tigran Gevorgyan's farewell in Damascus: Al-Watan's two Arabic pages (alwatanonline.com, alwatan.sy) put the
--      ceremony "today" and "yesterday", but neither shows its own date in the text read, so the end of his term stays
--      bounded by SANA's undated page (0097) and nothing is recorded.
--   2. Rafiyev's interview with Al Jazeera Mubasher (January 2025): Eghtesad News's Persian page, giving ISNA's report,
--      names Al Jazeera Mubasher and gives his words on the embassy, Türkiye, the new government's signals and the
--      sanctions. It is cited on the event and on his statement on the sanctions, and related to Al Jazeera
--      Mubasher's page, whose interview it reports, so that the event still rests on one independent source. It shows
--      no date, so the event's dates are unchanged.

-- 2. Rafiyev on Al Jazeera Mubasher: Eghtesad News, from ISNA ------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds Eghtesad News''s Persian page, which gives ISNA''s report of Yalchin Rafiyev''s interview with Al Jazeera Mubasher, to the interview and to his statement on the sanctions; it reports the words he gave Al Jazeera Mubasher, so it is related to that channel''s page and the event still rests on one independent source.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('eghtesadnews-696095', 'web_page', 'Azerbaijan decides to reopen its embassy in Damascus', 'Eghtesad News (from ISNA)', 'https://eghtesadnews.com/بخش-%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1-%D8%B3%DB%8C%D8%A7%D8%B3%DB%8C-57/696095-%D8%AA%D8%B5%D9%85%DB%8C%D9%85-%D8%AC%D9%85%D9%87%D9%88%D8%B1%DB%8C-%D8%A2%D8%B0%D8%B1%D8%A8%D8%A7%DB%8C%D8%AC%D8%A7%D9%86-%D8%A8%D8%B1%D8%A7%DB%8C-%D8%A8%D8%A7%D8%B2%DA%AF%D8%B4%D8%A7%DB%8C%DB%8C-%D8%B3%D9%81%D8%A7%D8%B1%D8%AA-%D8%A7%DB%8C%D9%86-%DA%A9%D8%B4%D9%88%D8%B1-%D8%AF%D8%B1-%D8%AF%D9%85%D8%B4%D9%82', 'fa', NULL, '2026-12-07', 'In Persian. No date is shown in the text read, and none is given for the interview. It gives ISNA''s report of what Rafiyev said in an interview with Al Jazeera Mubasher. Paragraphs are counted after the headline.', 'private_media', NULL);
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('eghtesadnews-696095', 'aljazeera-mubasher-rafiyev', 'quotes', 'stated', 'Eghtesad News, giving ISNA''s report, reports Rafiyev''s words from his interview with Al Jazeera Mubasher, which it names.');
UPDATE change_context SET source_id = 'eghtesadnews-696095';
INSERT INTO citations (event_id, source_id, link_basis, note, locator)
  VALUES ('rafiyev-al-jazeera-interview', 'eghtesadnews-696095', 'stated', 'Supports the interview with Al Jazeera Mubasher and, in his words, the decision to reopen the embassy in Damascus after twelve years without relations, the positive signals sent by Syria''s new government and to it, Azerbaijan standing with Türkiye in backing that government, and the call to lift the sanctions of the former government''s time. It does not mention aid, and gives no date.', 'headline and paragraphs 1-4');
INSERT INTO citations (statement_id, source_id, link_basis, locator)
  VALUES ('rafiyev-sanctions-on-syria-should-be-lifted', 'eghtesadnews-696095', 'stated', 'paragraph 1');
UPDATE change_context SET reason = NULL, source_id = NULL;
