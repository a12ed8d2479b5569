-- 0074: corrections from the second audit of new rows (scripts 0058-0069: 18 events and 10 statements
-- drawn at random and read again against their pages by a reader who did not write them; 26 of 28
-- fully supported). Three rows fell short of their pages:
--   a summary that repeated eleven words of its page in a row is put in other words (the same facts);
--   a source row lacked the publication date its stored page shows;
--   a participant note said Azerbaijan had circulated the draft the day before, which none of the
--   event's own pages says: the note now points to the event whose pages do.

-- Hajiyev's interview with AZERTAC (AzerNews, paragraphs 2-3) ------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 rewords the summary of Hikmet Hajiyev''s interview: it repeated a run of eleven words of AzerNews''s page (paragraphs 2-3); every fact stays as the page gives it.', source_id = NULL;
UPDATE events SET summary = 'In an interview with AZERTAC, Hikmet Hajiyev calls Armenia''s settlement policy in the occupied territories a military crime and a flagrant breach of humanitarian law, the Geneva Convention of 1949 included, aimed at changing the territories'' population: Armenia has lately begun moving Armenians from Lebanon into those lands (a social-media post, he says, told of a Lebanese family resettled in Shusha) and uses people from Lebanon and Syria settled there as mercenaries; Azerbaijan rejects the outcome of that policy.' WHERE event_id = 'hajiyev-settlers-from-lebanon-syria-as-mercenaries-2020';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- AZERTAC's report of the delegation's visit to Syria ----------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 gives AZERTAC''s report of the Azerbaijani delegation''s visit to Syria the date its stored page shows, 4 May 2025 (the page''s date and its dateline, Damascus, May 4).', source_id = 'azertag-3538907';
UPDATE sources SET date_published = '2025-05-04' WHERE source_id = 'azertag-3538907';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Azerbaijan at the Security Council's statement on Akçakale ----------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 says where the draft''s circulation is recorded: none of the pages of the Council''s statement on Akçakale says Azerbaijan circulated the draft the day before; the event azerbaijan-circulates-akcakale-draft-2012 records it, from Security Council Report (circulated on Wednesday evening) and Reuters (a draft envoys said Azerbaijan prepared).', source_id = NULL;
UPDATE event_participants SET note = 'A Council member in 2012; Metro says all fifteen members approved the statement. That Azerbaijan had circulated the draft the day before is recorded, with its own pages, as the event azerbaijan-circulates-akcakale-draft-2012.' WHERE event_id = 'unsc-condemns-akcakale-shelling-2012' AND country_id = 'AZE';
UPDATE change_context SET reason = NULL, source_id = NULL;
