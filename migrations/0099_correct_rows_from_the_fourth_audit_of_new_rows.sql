-- 0099: corrections from the fourth audit of new rows (scripts 0085-0098: every event, statement, office and
-- discrepancy they added and twelve of their citations drawn at random, 44 rows read again against their pages by
-- two readers who wrote none of them; 41 fully supported, none removed).
-- Three rows fell short of their pages, and two more came to light beside them:
--   the Victory Day reception's citation of Mynet left out the paragraph with the chargé d'affaires' remark that
--   the day was being marked in Syria for the first time;
--   al-Mekdad's 2019 call for a joint fight against terrorism had no topic;
--   a citation of peacekeeper.ru on Syria's 2012 list left out the paragraph with its count of countries;
--   1news.az's page of 22 November 2012 had no publication date, although its address and dateline give one;
--   al-Jaafari's part in the Non-Aligned ministerial of April 2018 credited APA with his heading the delegation,
--   which only SANA's pages say.
--   A reader of these fixes found one more: Heydarov's 2019 count of the dead is only reported in his quoted
--   words (ONA); SANA's paraphrase states it flatly. The statement and the event now say it is reported.

-- The embassy's Victory Day reception in Damascus (Mynet) --------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 widens the locator of Mynet''s page on the Victory Day reception in Damascus to the paragraph (the eighth, counted from the headline) in which the chargé d''affaires says the day is being marked in Syria for the first time.', source_id = 'mynet-110107249802';
UPDATE citations SET locator = 'page date and paragraphs 1-3 and 8' WHERE citation_id = 1752;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Al-Mekdad's call for a joint fight against terrorism (2019) ------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 gives al-Mekdad''s 2019 call on states to fight terrorism together a topic, security, as several of the record''s statements on terrorism have.', source_id = 'caucasusindetail-mekdad';
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('mekdad-calls-for-joint-fight-against-terrorism-2019', 'security');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Syria's 2012 list of foreign fighters killed (peacekeeper.ru) ------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 widens the locator of peacekeeper.ru''s page on Syria''s 2012 list to the second paragraph, where it gives the count of countries the claim credits to it; the first has only the 143 names.', source_id = 'peacekeeper-ru-16595';
UPDATE citations SET locator = 'date line and paragraphs 1-2' WHERE citation_id = 1771;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 1news.az on the Foreign Ministry's words of 22 November 2012 --------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 gives 1news.az''s page on the Foreign Ministry''s words about Syria''s list its publication date: the dateline has 22 November without a year and the address begins with 20121122.', source_id = '1news-20121122';
UPDATE sources SET date_published = '2012-11-22', note = 'The dateline has Baku, 22 November, without a year; the year, 2012, comes from the address.' WHERE source_id = '1news-20121122';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Al-Jaafari at the Non-Aligned ministerial in Baku (April 2018) --------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 narrows the note on al-Jaafari''s part in the Non-Aligned ministerial of April 2018: APA reports his address; only SANA''s pages have him heading Syria''s delegation.', source_id = NULL;
UPDATE event_participants SET note = 'Addressed the conference, APA and SANA say; SANA''s English and French pages also have him heading Syria''s delegation.' WHERE event_id = 'jaafari-addresses-nam-ministerial-baku-2018' AND person_id = 'bashar-al-jaafari';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Heydarov's count of Azerbaijanis who joined armed groups in Syria and Iraq (October 2019) ----------------------
UPDATE change_context SET reason = 'Release 3.0 words Heydarov''s figure for the dead of 2019 as he gave it: in ONA''s quotation of his words the more than 300 deaths are only reported; SANA''s paraphrase says flatly that they were killed.', source_id = 'ona-az-9907';
UPDATE statements SET summary = 'Since 2011 more than 1,000 Azerbaijanis joined terrorist organisations in Syria and Iraq; more than 300 of them are reported to have died, more than 400 lost their citizenship and more than 110 were held to account.' WHERE statement_id = 'heydarov-1000-joined-2019-10';
UPDATE events SET summary = 'Siyavush Heydarov says that since 2011 more than 1,000 Azerbaijanis joined terrorist organisations in Syria and Iraq, that more than 300 of them are reported to have died and that more than 400 were stripped of citizenship; over 110 have been held to account for ties with terrorists, and the authorities are working to bring back those still there.' WHERE event_id = 'heydarov-fighters-count-2019-10';
UPDATE citations SET note = 'SANA''s paraphrase has him say that more than 300 were killed; in ONA''s quotation of his words the deaths are only reported.' WHERE citation_id IN (1107, 1108);
UPDATE change_context SET reason = NULL, source_id = NULL;
