-- 0052: the embassy's civil aviation talks of March 2026 dated to the day from SANA's report.
--   Report.az dated its report 4 March 2026 but not the meeting, so the event was recorded as
--   "on or before 4 March". SANA's page of the same day says the meeting took place that day, a
--   Wednesday, at the civil aviation authority, with Azerbaijan's chargé d'affaires in Damascus, and
--   that updating the two countries' air transport agreement was discussed. The day is derived from
--   the page's date and its "today"; the chargé's attested term reaches that day.

UPDATE change_context SET reason = 'Release 3.0 dates the civil aviation talks to 4 March 2026: SANA''s page of that day says the meeting was held "today, Wednesday", and names Azerbaijan''s chargé d''affaires as the embassy''s participant.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('sana-2418222', 'web_page', 'Syria and Azerbaijan discuss cooperation in civil aviation and air transport', 'SANA', 'https://sana.sy/economy/2418222/', 'ar', '2026-03-04', '2026-12-07', 'Dated 4 March 2026; dateline Damascus; the meeting was held "today, Wednesday".', 'state_media', 'SYR');
UPDATE change_context SET source_id = 'sana-2418222';
UPDATE events SET date_earliest = '2026-03-04', date_latest = '2026-03-04', date_precision = 'day', date_basis = 'derived', date_edtf = '2026-03-04', summary = 'Elnur Shahhuseynov, Azerbaijan''s chargé d''affaires in Damascus, and Omar al-Husari, head of Syria''s civil aviation authority, meet at the authority to discuss cooperation in civil aviation and air transport; al-Husari says they discussed updating the air transport agreement between the two countries.', note = 'Derived: SANA''s page, dated 4 March 2026, says the meeting was held "today, Wednesday", and 4 March 2026 was a Wednesday. Report.az''s report of the same day does not date it.' WHERE event_id = 'embassy-civil-aviation-talks';
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('embassy-civil-aviation-talks', 'elnur-shahhuseynov', NULL, NULL, 'participant', NULL, 'elnur-shahhuseynov-charge');
INSERT INTO citations (event_id, source_id, locator) VALUES ('embassy-civil-aviation-talks', 'sana-2418222', 'dateline and paragraphs 1-3');
UPDATE positions SET end_earliest = '2026-03-04', note = 'In Damascus and at work by the ministry''s announcement of 17 February 2025, after Bayramov''s of 18 January that a chargé would be sent; SANA''s page of 4 March 2026 still shows him as chargé d''affaires.' WHERE position_id = 'elnur-shahhuseynov-charge';
INSERT INTO citations (position_id, source_id, locator) VALUES ('elnur-shahhuseynov-charge', 'sana-2418222', 'paragraph 1');
UPDATE positions SET note = 'Shown in office on 4 March 2026 by Report.az and by SANA, whose page dates the meeting to that day.' WHERE position_id = 'omar-al-husari-aviation-head';
INSERT INTO citations (position_id, source_id, locator) VALUES ('omar-al-husari-aviation-head', 'sana-2418222', 'paragraph 1');

UPDATE change_context SET reason = NULL, source_id = NULL;
