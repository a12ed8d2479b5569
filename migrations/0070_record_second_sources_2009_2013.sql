-- 0070: second, independent sources for four events that rested on one page each. No new events.
--   Walid al-Muallem's visit to Azerbaijan of June 2009 (till now the Foreign Ministry's list of visits alone):
--   Shahba News (the Syrian account of his meetings in Baku) and ArmenianClub's repost of APA (3 June 2009), both
--   already recorded for the visit's meetings, are cited on the visit itself. Natig Aliyev's document on gas talks
--   of March 2010 (aze.az alone): syria-oil.com's account of his March visit, supporting only part of the event
--   (Vatan's report of his words in Damascus says nothing of a document: not recorded). The General Assembly resolution on Syria of
--   15 May 2013 (ArmInfo alone): the UN's own press release. Assad's words on Azerbaijani gas at the business forum
--   in Baku of July 2009 (syria-oil.com, relaying AZERTAC): a Syrian page, sns.sy, that names no agency.
--   None of the new pages disagrees with the record; where a page supports only part of an event, its citation
--   note says which part. One spelling a page prints enters person_names.

-- Walid al-Muallem's visit to Azerbaijan, June 2009 -------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds two independent pages to Walid al-Muallem''s visit to Azerbaijan of June 2009, which rested on the Foreign Ministry''s list alone: Shahba News and APA (through ArmenianClub), already recorded for the visit''s meetings.', source_id = NULL;
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('al-muallem-visits-azerbaijan', 'shahbanews-8198', 'derived', 'Undated: it shows al-Muallem in Baku for talks with the president, the prime minister, the speaker and the foreign minister; identified with the visit of June 2009 because APA''s item of 3 June 2009 reports the same talks with Mammadyarov in Baku. It neither calls the visit official nor gives its days.', 'paragraphs 2 and 5-6');
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('al-muallem-visits-azerbaijan', 'armenianclub-181131', 'stated', 'Supports al-Muallem''s talks with Mammadyarov in Baku, in APA''s item of 3 June 2009; it does not call the visit official.', 'dateline and paragraph 1');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Natig Aliyev's document on gas talks, March 2010 ---------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds a page to the energy ministers'' document on gas talks of March 2010, which rested on aze.az alone: syria-oil.com''s account of Natig Aliyev''s March visit, which supports part of the event; Vatan''s report of his words in Damascus says nothing of a document, so it is not recorded.', source_id = NULL;
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('gas-talks-document-signed', 'syria-oil-871', 'derived', 'Gives Natig Aliyev''s visit to Syria in March (of 2010, from the page''s context) and says both sides agreed to sign a memorandum on cooperation and on a timetable for the gas negotiations; it gives no day and does not say the memorandum was signed then.', 'paragraph 4 after the headline');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('natig-aliyev', 'Nateq Aliyev', NULL, 'en', 'syria-oil-871');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The General Assembly resolution on Syria, 15 May 2013 ----------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds the UN''s press release of 15 May 2013 to the General Assembly resolution on Syria of that day, which rested on ArmInfo alone.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('un-ga11372', 'web_page', 'The General Assembly adopts a text condemning the violence in Syria and demanding an end to hostilities on all sides', 'United Nations (press release GA/11372)', 'https://press.un.org/en/2013/ga11372.doc.htm', 'en', '2013-05-15', '2026-12-07', 'Dated 15 May 2013; the 80th and 81st plenary meetings of the 67th session. Adopted 107-12-59; the annex with each state''s vote lies beyond the stored text.', 'international_organization', NULL);
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('unga-resolution-on-syria-2013', 'un-ga11372', 'stated', 'Supports the adoption on 15 May 2013, the vote of 107 to 12 with 59 abstentions, and what the text condemns; how each state voted is not in the stored text, so Azerbaijan''s vote rests on ArmInfo.', 'page date and paragraphs 1-3');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Assad on Azerbaijani gas at the business forum in Baku, July 2009 -------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds a Syrian page, sns.sy, to Assad''s words on Azerbaijani gas at the business forum in Baku of July 2009, which rested on syria-oil.com, itself relaying AZERTAC.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('sns-sy-17004', 'web_page', 'Assad, at the Syrian-Azerbaijani business forum in Baku, calls for linking the region''s gas pipelines, railways, roads and ports', 'sns.sy', 'http://sns.sy/index.php/ar/node/17004', 'ar', NULL, '2026-12-07', 'No date shown: the forum was held in Baku on a Thursday, the page says, with Assad and Aliyev speaking. It names no agency as its source; who publishes the site is not shown.', 'other', NULL);
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('assad-on-azerbaijani-gas', 'sns-sy-17004', 'derived', 'Undated: the page puts the forum in Baku on the day of its report, a Thursday, with both presidents speaking. Assad''s only visit to Baku in the record is the official visit of 8-9 July 2009, and 9 July 2009 was a Thursday, so the forum is taken to be that visit''s. Supports Assad''s words there on the agreement to import Azerbaijani gas through Türkiye, and Aliyev''s speaking; it gives no volume.', 'paragraphs 1-2 and 4');
UPDATE change_context SET reason = NULL, source_id = NULL;
