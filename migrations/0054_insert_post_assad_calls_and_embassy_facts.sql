-- 0054: facts of the months after the Assad government fell, from the stored pages.
--   Two telephone calls of December 2024 that touch Syria: Erdoğan's call to Aliyev of 24 December,
--   in which the presidents agree to work together for Syria's social and economic recovery, and
--   Bayramov's call with Fidan of 27 December, in which Azerbaijan's plan to send Syria humanitarian
--   aid is discussed. Hajiyev's remarks on Syria are bounded by Trend's report of 12 December 2024
--   (they were dated only "December 2024"), which also shows him in office that day. SANA's report on
--   the embassy's iftars of March 2025 adds the chargé d'affaires as a speaker there and what he said
--   of Azerbaijan's first contacts with Syria's new authorities. SANA's page on the civil aviation
--   talks of 4 March 2026 names the aviation authority's assistant head as attending; he is added with
--   the one day the page shows him in office. News.az's page on the call of 11 December 2024 is cited
--   beside Trend's. The spokesman's briefing as the first aid convoy left, 30 December 2024, is added
--   as an event with his statement.

-- The Aliyev-Erdoğan call of 24 December 2024 -----------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 records the Aliyev-Erdoğan call of 24 December 2024, in which Syria''s recovery was discussed, from News.az and Turan.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('news-az-erdogan-call-20241224', 'web_page', 'Azerbaijani and Turkish presidents reaffirm confidence in the development of their strategic alliance', 'News.az', 'https://news.az/news/azerbaijani-turkish-presidents-reaffirm-confidence-in-successful-development-of-strategic-alliance', 'en', '2024-12-24', '2026-12-07', 'Dated 24 December 2024; gives the call as "On December 24".', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('turan-788521', 'web_page', 'Aliyev and Erdoğan agree to work jointly on Syria''s rebuilding', 'Turan', 'https://turan.az/en/politics/aliyev-and-erdogan-agree-on-joint-efforts-to-rebuild-syria-788521', 'en', '2024-12-24', '2026-12-07', 'Dated 24 December 2024; quotes the Azerbaijani president''s website.', 'private_media', 'AZE');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, evidence_status, note, visit_kind, visit_level) VALUES ('erdogan-aliyev-call-on-syria-recovery', '2024-12-24', '2024-12-24', 'day', 'inferred', '2024-12-24', '040', 'Erdoğan and Aliyev, by phone, agree to work together for Syria''s recovery', 'Recep Tayyip Erdoğan telephones Ilham Aliyev to wish him a happy birthday; besides the Azerbaijan-Armenia peace process and regional security, the two presidents welcome the positive change in Syria since the Assad government''s fall and agree to act jointly for the country''s social and economic development.', NULL, 'confirmed', 'News.az and Turan give 24 December without a year; the year is from their page dates, 24 December 2024.', NULL, NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('erdogan-aliyev-call-on-syria-recovery', 'recep-tayyip-erdogan', NULL, NULL, 'initiator', NULL, 'recep-tayyip-erdogan-president');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('erdogan-aliyev-call-on-syria-recovery', 'ilham-aliyev', NULL, NULL, 'addressee', NULL, 'ilham-aliyev-president');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('erdogan-aliyev-call-on-syria-recovery', NULL, NULL, 'SYR', 'subject', NULL, NULL);
INSERT INTO event_topics (event_id, topic_id) VALUES ('erdogan-aliyev-call-on-syria-recovery', 'reconstruction');
INSERT INTO event_topics (event_id, topic_id) VALUES ('erdogan-aliyev-call-on-syria-recovery', 'turkiye-coordination');
INSERT INTO citations (event_id, source_id, locator) VALUES ('erdogan-aliyev-call-on-syria-recovery', 'news-az-erdogan-call-20241224', 'page date and paragraphs 1-2');
INSERT INTO citations (event_id, source_id, locator) VALUES ('erdogan-aliyev-call-on-syria-recovery', 'turan-788521', 'page date and paragraphs 1-2');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The Bayramov-Fidan call of 27 December 2024 ---------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 records the Bayramov-Fidan call of 27 December 2024, in which Azerbaijan''s plan to send aid to Syria was discussed, from Trend and Metbuat (both citing the Foreign Ministry).', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('trend-3987803', 'web_page', 'Azerbaijani and Turkish foreign ministers speak by phone', 'Trend News Agency', 'https://en.trend.az/azerbaijan/politics/3987803.html', 'en', '2024-12-27', '2026-12-07', '"On December 27, 2024"; cites the Foreign Ministry.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('metbuat-1515887', 'web_page', 'Jeyhun Bayramov speaks with Hakan Fidan', 'Metbuat.az', 'https://metbuat.az/news/1515887/ceyhun-bayramov-hakan-fidanla-danisdi.html', 'az', NULL, '2026-12-07', 'No page date shown; from the Foreign Ministry.', 'private_media', 'AZE');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, evidence_status, note, visit_kind, visit_level) VALUES ('bayramov-fidan-call-on-syria-aid', '2024-12-27', '2024-12-27', 'day', 'stated', '2024-12-27', '040', 'Bayramov and Fidan, by phone, discuss Azerbaijan''s plan to send aid to Syria', 'In a call in which Hakan Fidan again offers Türkiye''s condolences for the airliner that crashed near Aktau, he and Jeyhun Bayramov also go over the situation in the Middle East, Syria included, and Azerbaijan''s intention to give Syria humanitarian aid.', NULL, 'confirmed', NULL, NULL, NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('bayramov-fidan-call-on-syria-aid', 'jeyhun-bayramov', NULL, NULL, 'participant', NULL, 'jeyhun-bayramov-foreign-minister');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('bayramov-fidan-call-on-syria-aid', 'hakan-fidan', NULL, NULL, 'participant', NULL, 'hakan-fidan-foreign-minister');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('bayramov-fidan-call-on-syria-aid', NULL, NULL, 'SYR', 'subject', NULL, NULL);
INSERT INTO event_topics (event_id, topic_id) VALUES ('bayramov-fidan-call-on-syria-aid', 'humanitarian-aid');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bayramov-fidan-call-on-syria-aid', 'turkiye-coordination');
INSERT INTO citations (event_id, source_id, locator) VALUES ('bayramov-fidan-call-on-syria-aid', 'trend-3987803', 'dateline and paragraphs 1, 3 and 5');
INSERT INTO citations (event_id, source_id, locator) VALUES ('bayramov-fidan-call-on-syria-aid', 'metbuat-1515887', 'paragraphs 1, 4 and 6');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note) VALUES ('trend-3987803', 'metbuat-1515887', 'translates', 'apparent', 'The ministry''s same report, in English.');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- News.az on the call of 11 December 2024 -------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites News.az''s page of 11 December 2024 on the Bayramov-Fidan call beside Trend''s.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('news-az-fms-discuss-syria', 'web_page', 'Azerbaijani and Turkish foreign ministers discuss the situation in Syria', 'News.az', 'https://news.az/news/azerbaijani-turkish-fms-discuss-syria-situation', 'en', '2024-12-11', '2026-12-07', 'Dated 11 December 2024; cites the Foreign Ministry and does not date the call.', 'private_media', 'AZE');
INSERT INTO citations (event_id, source_id, locator) VALUES ('bayramov-fidan-call-on-syria', 'news-az-fms-discuss-syria', 'paragraphs 1-2');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Hajiyev's remarks bounded by Trend's report of 12 December 2024 ------------------------------
UPDATE change_context SET reason = 'Trend''s report of 12 December 2024 carries Hajiyev''s remarks on Syria, so they were made by that day, not merely in December 2024; the summary also lost the apostrophe of "regime''s".', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('trend-3981284', 'web_page', 'Azerbaijan hopes for friendly relations with Syria, says Hikmet Hajiyev', 'Trend News Agency', 'https://en.trend.az/azerbaijan/politics/3981284.html', 'en', '2024-12-12', '2026-12-07', 'Dateline "December 12"; page dated 12 December 2024. Hajiyev "told reporters" on a day it does not give.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'trend-3981284';
UPDATE events SET date_latest = '2024-12-12', date_edtf = '[2024-12-10..2024-12-12]', summary = 'Hikmet Hajiyev says that after the Assad regime''s collapse Azerbaijan hopes for peace in Syria and friendly relations, and that under the former regime Syria created serious problems for Azerbaijan in many international organisations and was not unconditional on its territorial integrity.', note = 'Trend''s report dated 12 December 2024 carries the remarks, which recall the presidents'' call of 10 December: they fall between those two days. Metbuat''s page is dated December 2024 only.' WHERE event_id = 'hajiyev-former-regime-created-problems';
INSERT INTO citations (event_id, source_id, locator) VALUES ('hajiyev-former-regime-created-problems', 'trend-3981284', 'dateline and paragraphs 1-4');
UPDATE positions SET end_earliest = '2024-12-12' WHERE position_id = 'hikmet-hajiyev-presidential-aide';
INSERT INTO citations (position_id, source_id, locator) VALUES ('hikmet-hajiyev-presidential-aide', 'trend-3981284', 'paragraph 1');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- SANA on the iftars of March 2025 --------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds SANA''s report on the embassy''s iftars for orphans: the chargé d''affaires spoke there, and told SANA of Azerbaijan''s first contacts with Syria''s new authorities.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('test-sana-350562', 'web_page', 'Azerbaijan''s embassy in Syria holds iftars for a thousand orphans', 'SANA', 'https://test.sana.sy/en/?p=350562', 'en', NULL, '2026-12-07', 'No page date shown; the first iftar was held "on Tuesday evening", with two more planned for the next two days.', 'state_media', 'SYR');
UPDATE change_context SET source_id = 'test-sana-350562';
INSERT INTO citations (event_id, source_id, locator) VALUES ('iftar-for-orphaned-children', 'test-sana-350562', 'paragraphs 1-3');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('iftar-for-orphaned-children', 'elnur-shahhuseynov', NULL, NULL, 'speaker', 'Spoke at the first iftar, SANA says.', 'elnur-shahhuseynov-charge');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('shahhuseynov-on-first-contacts-with-new-syria', 'iftar-for-orphaned-children', 'elnur-shahhuseynov', NULL, 'Azerbaijan was one of the first countries to deal directly with Syria''s new authorities and sent President al-Sharaa congratulations on taking office and for Ramadan; after the change in Syria, President Aliyev ordered the embassy, closed since 2012, to reopen, a senior foreign ministry delegation to visit, 200 tonnes of aid to be delivered and a school to be built.', 'Said to SANA and in his remarks at the first iftar; SANA''s page is undated.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('shahhuseynov-on-first-contacts-with-new-syria', 'diplomacy');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('shahhuseynov-on-first-contacts-with-new-syria', 'embassy');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('shahhuseynov-on-first-contacts-with-new-syria', 'humanitarian-aid');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('shahhuseynov-on-first-contacts-with-new-syria', 'education');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('shahhuseynov-on-first-contacts-with-new-syria', 'test-sana-350562', 'paragraphs 2 and 4-6');
INSERT INTO citations (position_id, source_id, locator) VALUES ('elnur-shahhuseynov-charge', 'test-sana-350562', 'paragraph 2');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The aviation authority's assistant head at the talks of 4 March 2026 --------------------------
UPDATE change_context SET reason = 'SANA''s page of 4 March 2026 says the civil aviation authority''s assistant head, Sameh Arabi, attended the talks with the chargé d''affaires.', source_id = 'sana-2418222';
INSERT INTO people (person_id, name, country_id, wikidata_id, note) VALUES ('sameh-arabi', 'Sameh Arabi', 'SYR', NULL, 'The Latin spelling is ours, from SANA''s Arabic.');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('sameh-arabi', 'سامح عرابي', NULL, 'ar', 'sana-2418222');
INSERT INTO citations (person_id, source_id, locator) VALUES ('sameh-arabi', 'sana-2418222', 'paragraph 4');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note, start_basis, end_basis, diplomatic_rank) VALUES ('sameh-arabi-aviation-assistant-head', 'sameh-arabi', 'Assistant head of the civil aviation authority', 'civil-aviation-authority-syria', 'SYR', NULL, '2026-03-04', '2026-03-04', NULL, 'confirmed', 'Bounded by the one day a page shows him in office: SANA''s report of the meeting of 4 March 2026. The Arabic title may also be read as deputy head.', 'attested', 'attested', NULL);
INSERT INTO citations (position_id, source_id, locator) VALUES ('sameh-arabi-aviation-assistant-head', 'sana-2418222', 'paragraph 4');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('embassy-civil-aviation-talks', 'sameh-arabi', NULL, NULL, 'participant', 'Attended the meeting, SANA says.', 'sameh-arabi-aviation-assistant-head');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Hajizada's briefing at the first convoy's send-off, 30 December 2024 ------------------------
UPDATE change_context SET reason = 'Release 3.0 records what the Foreign Ministry''s spokesman told reporters as the first aid convoy left for Syria on 30 December 2024, from News.az and Trend.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('news-az-hajizada-20241230', 'web_page', 'Azerbaijan says it is committed to supporting Syria''s stability', 'News.az', 'https://news.az/news/azerbaijan-affirms-commitment-to-supporting-stability-in-syria', 'en', '2024-12-30', '2026-12-07', 'Dated 30 December 2024; Hajizada spoke "on Monday".', 'private_media', 'AZE');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, evidence_status, note, visit_kind, visit_level) VALUES ('hajizada-briefing-at-convoy-send-off', '2024-12-30', '2024-12-30', 'day', 'derived', '2024-12-30', '010', 'As the first aid convoy leaves, spokesman Hajizada says Azerbaijan will help stabilise and rebuild Syria with Türkiye', 'Aykhan Hajizada tells reporters that the convoy''s roughly 200 tonnes of food are for needy people in Idlib and will be handed out through Türkiye''s AFAD; that a delegation under the deputy foreign minister is in Syria and has discussed cooperation and the reopening of the embassy, idle since 2012; and that Azerbaijan means to work for Syria''s stability and reconstruction in coordination with Türkiye.', NULL, 'confirmed', 'Derived: News.az, dated 30 December 2024, a Monday, says he spoke on Monday; Trend''s report of the send-off has the dateline 30 December and says the convoy left that day.', NULL, NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('hajizada-briefing-at-convoy-send-off', 'aykhan-hajizada', NULL, NULL, 'speaker', NULL, 'aykhan-hajizada-spokesperson');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('hajizada-briefing-at-convoy-send-off', NULL, NULL, 'SYR', 'subject', NULL, NULL);
INSERT INTO event_topics (event_id, topic_id) VALUES ('hajizada-briefing-at-convoy-send-off', 'humanitarian-aid');
INSERT INTO event_topics (event_id, topic_id) VALUES ('hajizada-briefing-at-convoy-send-off', 'embassy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('hajizada-briefing-at-convoy-send-off', 'reconstruction');
INSERT INTO event_topics (event_id, topic_id) VALUES ('hajizada-briefing-at-convoy-send-off', 'turkiye-coordination');
INSERT INTO citations (event_id, source_id, locator) VALUES ('hajizada-briefing-at-convoy-send-off', 'news-az-hajizada-20241230', 'page date and paragraphs 1-2');
INSERT INTO citations (event_id, source_id, locator) VALUES ('hajizada-briefing-at-convoy-send-off', 'trend-3988812', 'dateline and paragraphs 1-5');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('hajizada-on-steps-for-syrian-stability', 'hajizada-briefing-at-convoy-send-off', 'aykhan-hajizada', NULL, 'With the Assad regime gone, Azerbaijan means to take steps for Syria''s stability and to help rebuild the country, in coordination with Türkiye, and will keep up these efforts.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('hajizada-on-steps-for-syrian-stability', 'reconstruction');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('hajizada-on-steps-for-syrian-stability', 'turkiye-coordination');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('hajizada-on-steps-for-syrian-stability', 'trend-3988812', 'paragraph 4');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('hajizada-on-steps-for-syrian-stability', 'news-az-hajizada-20241230', 'paragraphs 1-2');
INSERT INTO event_relations (event_id, related_event_id, relation, note) VALUES ('hajizada-briefing-at-convoy-send-off', 'first-aid-convoy-dispatched', 'part_of', 'Trend says he spoke during the send-off of the first aid convoy.');
UPDATE change_context SET reason = NULL, source_id = NULL;
