-- 0090: corrections from the third audit of new rows (scripts 0070-0084: every event, statement and
-- office they added and twelve of their citations drawn at random, 39 rows read again against their
-- pages by a reader who wrote none of them; 33 of the 38 that could be checked fully supported).
-- Five rows fell short of their pages:
--   the Narimanov court's event took its year from Caucasian Knot's English report of the detentions,
--   which was cited only on another event: it is now cited here too;
--   the note of Aliyev's March 2017 talks with Rouhani said two pages have him arrive in Tehran that
--   Sunday; only one does, the other only has him visiting;
--   a citation of Rouhani's words now says which of them its page holds;
--   a citation's paragraphs are counted from the headline, as the source's note now is too;
--   a source row lacked the publication date its stored page shows.

-- The Narimanov court's custody of four suspected recruiters (2015) ------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites on the Narimanov court''s custody of four suspected recruiters the page its year comes from: Caucasian Knot''s English report of their detention, dated 11 March 2015, naming the same four men, which the Russian page recalls.', source_id = 'caucasianknot-31071';
INSERT INTO citations (source_id, link_basis, event_id, locator, note) VALUES ('caucasianknot-31071', 'derived', 'narimanov-court-holds-syria-recruiters-2015', 'page date and paragraph 1', 'Gives the year: this English summary, dated 11 March 2015, reports the detention of the same four men that Caucasian Knot''s Russian report of the court ruling (kavkaz-uzel.media/articles/258869) recalls, without a year, in its second paragraph as announced on 11 March.');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Aliyev and Rouhani in Tehran, 5 March 2017 ----------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 narrows the note of Aliyev''s talks with Rouhani on 5 March 2017: only aajae.co has him reach Tehran that Sunday; Tasnim has him visiting Tehran and speaking at the news conference that Sunday.', source_id = NULL;
UPDATE events SET note = 'Derived: aajae.co''s flash page, dated 5 March 2017 by its address, has Aliyev reaching Tehran on that Sunday and the joint news conference held then; Tasnim''s Arabic page, of the same date by its address, places his remarks at the news conference in Tehran that Sunday during his stay. 5 March 2017 was a Sunday. Al-Manar, undated, also has the news conference in Tehran on a Sunday. No page read says what kind of visit it was.' WHERE event_id = 'rouhani-aliyev-tehran-syria-views-2017-03';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Rouhani's words on Syria in March 2017 (aajae.co) -----------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 says which of Rouhani''s words on Syria aajae.co''s page holds: the hope for the joint Iranian, Russian and Turkish efforts and a political settlement as the way out; the matching views on Syria and Iraq and the Astana meetings are in Al-Manar''s page.', source_id = 'aajae-20170305-rouhani-aliyev';
UPDATE citations SET note = 'Supports only the hope for the joint Iranian, Russian and Turkish efforts on Syria and the view that a political settlement is the sole way out; the matching views on Syria and Iraq and the Astana meetings are in Al-Manar, not here.' WHERE citation_id = 1609;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Rouhani on fighters moved from Syria to Karabakh (Aram Media, 7 October 2020) --------------------------------
UPDATE change_context SET reason = 'Release 3.0 counts Aram Media''s paragraphs from the headline: the refusal to see terrorists moved from Syria is in paragraphs 1 and 4 and the message to the parties in paragraph 3 (paragraph 2 is on fighting terrorists in Iraq and Syria); the stored text breaks off in the fourth.', source_id = 'aramme-10522';
UPDATE citations SET locator = 'paragraphs 1, 3 and 4' WHERE citation_id = 1641;
UPDATE sources SET note = 'Dated 7 October 2020, 12:23; the site''s header line, with weather and exchange rates, reads Saturday 4 May 2024, which is not the article''s date. The stored text breaks off in the fourth paragraph.' WHERE source_id = 'aramme-10522';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Report's page on a Syrian embassy in Baku --------------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 gives Report''s page on the hoped-for Syrian embassy in Baku the date its stored page shows, 7 November 2025.', source_id = 'report-az-syrian-embassy';
UPDATE sources SET date_published = '2025-11-07' WHERE source_id = 'report-az-syrian-embassy';
UPDATE change_context SET reason = NULL, source_id = NULL;
