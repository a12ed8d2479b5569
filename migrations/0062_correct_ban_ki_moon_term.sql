-- 0062: a correction found by an audit of twenty random events this release added. Ban Ki-moon's office as
--   Secretary-General was bounded by the days pages show him in it (16 February and 11 October 2013), but a
--   stored biography states his term, 1 January 2007 to 31 December 2016, which replaces the attested bounds.

-- Ban Ki-moon's term as stated --------------------------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 takes Ban Ki-moon''s term as Secretary-General from a biography page that states it (1 January 2007 to 31 December 2016), in place of the days pages showed him in office.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('who2-bankimoon', 'web_page', 'A biography of Ban Ki-moon', 'Who2', 'http://who2.com/bankimoon.html', 'en', NULL, '2026-12-07', 'No page date shown.', 'other', NULL);
UPDATE change_context SET source_id = 'who2-bankimoon';
UPDATE positions SET start_earliest = '2007-01-01', start_latest = '2007-01-01', start_basis = 'stated', end_earliest = '2016-12-31', end_latest = '2016-12-31', end_basis = 'stated', note = 'Served as UN Secretary-General from 1 January 2007 to 31 December 2016, as a biography page states.' WHERE position_id = 'ban-ki-moon-secretary-general';
INSERT INTO citations (position_id, source_id, locator, link_basis) VALUES ('ban-ki-moon-secretary-general', 'who2-bankimoon', 'Biography section, paragraph 6', 'stated');

UPDATE change_context SET reason = NULL, source_id = NULL;
