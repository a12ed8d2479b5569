-- 0032: the fields of release 2.0 filled in for the facts of 1.0.0, each from what the pages say:
--   sources             whose voice each is (publisher kind and country)
--   events              PLOVER type, mode and context from the CAMEO code, through the PLOVER
--                       project's table; visit kind and level where the pages state them
--   places              latitude and longitude where an encyclopedia page locates the place
--   mission_changes     the openings and suspensions of the embassy in Damascus
--   event_participants  the office each person held when taking part

-- Whose voice.
UPDATE change_context SET reason = 'Each source says whose voice it is: the kind of its publisher and the publisher''s country.', source_id = NULL;
UPDATE sources SET publisher_kind = 'scholarly', publisher_country_id = 'JOR' WHERE source_id = 'jps-article';
UPDATE sources SET publisher_kind = 'government', publisher_country_id = 'AZE' WHERE source_id = 'mfa-az-syria';
UPDATE sources SET publisher_kind = 'government', publisher_country_id = 'SYR' WHERE source_id = 'presidentassad-394';
UPDATE sources SET publisher_kind = 'state_media', publisher_country_id = 'AZE' WHERE source_id IN ('azertag-3500091', 'azertag-3538907');
UPDATE sources SET publisher_kind = 'state_media', publisher_country_id = 'SYR' WHERE source_id IN ('thawra-20090709', 'sana-352146');
UPDATE sources SET publisher_kind = 'state_media', publisher_country_id = 'TUR' WHERE source_id = 'trtworld-eadfb23f41b9';
UPDATE sources SET publisher_kind = 'state_media', publisher_country_id = 'IRN' WHERE source_id = 'mehrnews-228488';
UPDATE sources SET publisher_kind = 'state_media', publisher_country_id = 'USA' WHERE source_id = 'azathabar-24669203';
UPDATE sources SET publisher_kind = 'private_media', publisher_country_id = 'AZE' WHERE source_id IN (
  'yenixeber-127308', 'yenixeber-127229', 'aze-az-38342', 'br-az-20120412', '1news-20121122', 'turan-788739',
  'news-az-aid-to-syria', 'trend-3988812', 'caliber-13-year-hiatus', 'news-az-embassy-reopens', 'trend-4011619',
  'trend-4017550', 'trend-4022941', 'yenilik-36481', 'trend-4054348', 'news-az-bilateral-ties', 'news-az-extended-meeting',
  'azernews-245477', 'regionplus-8798', 'report-az-gas-volume', 'day-az-1778668', 'report-az-syrian-embassy',
  'trend-4126137', 'trend-ru-4155490', 'azernews-252720', 'trend-ru-4139107', 'trend-4154567', 'report-az-ru-schools',
  'report-az-aviation', 'report-az-phone-call');
UPDATE sources SET publisher_kind = 'private_media', publisher_country_id = 'SYR' WHERE source_id IN ('syria-oil-469', 'syria-oil-871', 'syria-oil-874', 'syria-oil-875');
UPDATE sources SET publisher_kind = 'private_media', publisher_country_id = 'GEO' WHERE source_id IN ('jam-news-reopening', 'oc-media-deputy-pm', 'oc-media-israel-baku');
UPDATE sources SET publisher_kind = 'private_media', publisher_country_id = 'RUS' WHERE source_id IN ('vestikavkaza-173532', 'vestikavkaza-176406', 'vestikavkaza-ru-energy', 'sng-today-39980');
UPDATE sources SET publisher_kind = 'private_media', publisher_country_id = 'TUR' WHERE source_id = 'timeturk-1816590';
UPDATE sources SET publisher_kind = 'private_media', publisher_country_id = 'GBR' WHERE source_id IN ('memo-20250712', 'elaph-458971');
UPDATE sources SET publisher_kind = 'private_media', publisher_country_id = 'JOR' WHERE source_id IN ('menafn-1109041427', 'menafn-1109876042');
UPDATE sources SET publisher_kind = 'private_media', publisher_country_id = 'PAK' WHERE source_id = 'dawn-1923739';
UPDATE sources SET publisher_kind = 'private_media', publisher_country_id = NULL WHERE source_id IN ('caspiannews-20241211', 'caspiannews-20250106', 'sauress-432869', 'alikhbariah-16878', 'levant24-14134');
UPDATE sources SET publisher_kind = 'other', publisher_country_id = 'AZE' WHERE source_id = 'aliyev-heritage-6299865';
UPDATE sources SET note = coalesce(note || ' ', '') || 'A reprint of an AzerNews or Trend story (publisher_country_id is MENAFN''s).' WHERE source_id IN ('menafn-1109041427', 'menafn-1109876042');
UPDATE sources SET note = coalesce(note || ' ', '') || 'Radio Azatlyk is the Turkmen service of Radio Free Europe/Radio Liberty, funded by the United States government.' WHERE source_id = 'azathabar-24669203';

-- PLOVER from the CAMEO code, through the PLOVER project's own table.
UPDATE change_context SET reason = 'PLOVER type, mode and context follow from the CAMEO code by the PLOVER project''s conversion table; some 1.0.0 rows used a different type.', source_id = 'plover-cameo-conversion-2021';
UPDATE events SET
  plover_type = (SELECT cp.plover_type FROM cameo_plover AS cp WHERE cp.cameo_code = events.cameo_code AND cp.plover_type IS NOT NULL ORDER BY cp.line LIMIT 1),
  plover_mode = (SELECT cp.plover_mode FROM cameo_plover AS cp WHERE cp.cameo_code = events.cameo_code AND cp.plover_type IS NOT NULL ORDER BY cp.line LIMIT 1),
  plover_context = (SELECT cp.plover_context FROM cameo_plover AS cp WHERE cp.cameo_code = events.cameo_code AND cp.plover_type IS NOT NULL ORDER BY cp.line LIMIT 1)
WHERE cameo_code IN (SELECT cameo_code FROM cameo_plover WHERE plover_type IS NOT NULL);

-- Visits: kind and level where the pages state them.
UPDATE change_context SET reason = 'The kind and level of each visit, where the cited pages state them.', source_id = NULL;
UPDATE events SET visit_kind = 'official', visit_level = 'head_of_state' WHERE event_id = 'bashar-al-assad-visits-baku';
UPDATE events SET visit_level = 'head_of_state' WHERE event_id = 'al-sharaa-visits-baku';
UPDATE events SET visit_kind = 'official', visit_level = 'deputy_head_of_government' WHERE event_id = 'sharifov-delegation-visits-syria';
UPDATE events SET visit_level = 'deputy_minister' WHERE event_id = 'rafiyev-visits-damascus';
UPDATE events SET visit_level = 'minister' WHERE event_id IN ('mammadyarov-visit-2007', 'mammadyarov-visit-2009', 'al-muallem-visits-azerbaijan', 'al-mikdad-visits-azerbaijan');

-- Places on a map, as the encyclopedia pages print them.
UPDATE change_context SET reason = 'Encyclopedia pages print the coordinates of these places; each is cited where it is given.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('simple-wiki-baku', 'web_page', 'Baku', 'Simple English Wikipedia', 'https://simple.wikipedia.org/wiki/Baku?oldformat=true', 'en', NULL, '2026-12-02', 'Coordinates 40°23′43″N 49°52′56″E.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('als-wiki-damaskus', 'web_page', 'Damaskus (copy of Alemannic Wikipedia)', 'defzone.net (Wikipedia mirror)', 'https://defzone.net/wiki/als/Damaskus', 'als', NULL, '2026-12-02', 'Coordinates 33° 30′ 35″ N, 36° 18′ 33″ E, printed in degrees, minutes and seconds.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('de-wiki-aleppo-governorate', 'web_page', 'Gouvernement Aleppo', 'German Wikipedia', 'http://de.wikipedia.org/wiki/Aleppo_(Gouvernement)', 'de', NULL, '2026-12-02', 'Coordinates of the governorate, 36° 14′ N, 37° 36′ E, with the decimal pair 36.24, 37.6.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('sco-wiki-kilis-province', 'web_page', 'Kilis Province', 'Scots Wikipedia', 'https://sco.wikipedia.org/wiki/Kilis_Province', 'sco', NULL, '2026-12-02', 'Coordinates 36°48′03″N 37°07′26″E / 36.80083°N 37.12389°E.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('sco-wiki-istanbul', 'web_page', 'Istanbul', 'Scots Wikipedia', 'https://sco.wikipedia.org/wiki/Istanbul', 'sco', NULL, '2026-12-02', 'Coordinates 41°01′N 28°58′E / 41.017°N 28.967°E; other Wikipedias give slightly different points.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('wikimili-antalya', 'web_page', 'Antalya (WikiMili copy of the English Wikipedia article)', 'WikiMili', 'https://wikimili.com/en/Antalya', 'en', NULL, '2026-12-02', 'Coordinates 36°53′15″N 30°42′27″E / 36.8874°N 30.7075°E.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('wiki-mirror-rabat', 'web_page', 'Rabat (copy of the English Wikipedia article)', 'azureedge.net (Wikipedia mirror)', 'https://hessslslslsls.azureedge.net/wiki/Rabat-Sale', 'en', NULL, '2026-12-02', 'Two points: 34.020882°N 6.84165°W at the head of the page, 34.033°N 6.833°W in the infobox.', 'encyclopedia', NULL);
UPDATE places SET latitude = 40.39528, longitude = 49.88222 WHERE place_id = 'baku';
INSERT INTO citations (place_id, source_id, locator) VALUES ('baku', 'simple-wiki-baku', 'coordinates line and infobox');
UPDATE places SET latitude = 33.50972, longitude = 36.30917, note = 'Capital of Syria. The coordinates are the page''s 33° 30′ 35″ N, 36° 18′ 33″ E, converted to decimal degrees.' WHERE place_id = 'damascus';
INSERT INTO citations (place_id, source_id, locator) VALUES ('damascus', 'als-wiki-damaskus', 'infobox');
UPDATE places SET latitude = 36.24, longitude = 37.6, note = 'The article says only "Aleppo"; a report of the same aid distribution speaks of Aleppo province. The point is the governorate''s.' WHERE place_id = 'aleppo';
INSERT INTO citations (place_id, source_id, locator) VALUES ('aleppo', 'de-wiki-aleppo-governorate', 'coordinate line');
UPDATE places SET latitude = 36.80083, longitude = 37.12389, note = 'The pages say only "Kilis"; Yavuzlu is in Kilis province, whose point this is. GeoNames 307864 is the city''s, so it is not given here.' WHERE place_id = 'kilis';
INSERT INTO citations (place_id, source_id, locator) VALUES ('kilis', 'sco-wiki-kilis-province', 'coordinates line');
UPDATE places SET latitude = 41.017, longitude = 28.967 WHERE place_id = 'istanbul';
INSERT INTO citations (place_id, source_id, locator) VALUES ('istanbul', 'sco-wiki-istanbul', 'infobox');
UPDATE places SET latitude = 36.8874, longitude = 30.7075 WHERE place_id = 'antalya';
INSERT INTO citations (place_id, source_id, locator) VALUES ('antalya', 'wikimili-antalya', 'infobox');
UPDATE places SET latitude = 34.020882, longitude = -6.84165, note = 'The point at the head of the page; its infobox gives 34.033, -6.833.' WHERE place_id = 'rabat';
INSERT INTO citations (place_id, source_id, locator) VALUES ('rabat', 'wiki-mirror-rabat', 'coordinates line');
UPDATE places SET note = 'The pages say only "Idlib", for the city or the governorate; no point is given until it is clear which.' WHERE place_id = 'idlib';
UPDATE places SET note = 'The pages say only "Homs", for the city or the governorate; no point is given until it is clear which.' WHERE place_id = 'homs';
UPDATE places SET note = coalesce(note || ' ', '') || 'No stored page gives the coordinates of the crossing itself.' WHERE place_id = 'cobanbey-crossing';
UPDATE places SET note = 'No stored encyclopedia page gives the city''s coordinates.' WHERE place_id = 'tehran';

-- The embassy in Damascus: opened, suspended, reopened.
UPDATE change_context SET reason = 'The events that open, suspend and reopen the embassy in Damascus, as changes of mission for the representation view.', source_id = NULL;
INSERT INTO mission_changes (event_id, sending_country_id, receiving_country_id, embassy_id, status, note) VALUES ('embassy-opens-in-damascus', 'AZE', 'SYR', 'embassy-azerbaijan-damascus', 'open', NULL);
INSERT INTO mission_changes (event_id, sending_country_id, receiving_country_id, embassy_id, status, note) VALUES ('embassy-suspended', 'AZE', 'SYR', 'embassy-azerbaijan-damascus', 'suspended', 'The ambassador and the staff left Damascus; the ministry called the embassy''s work suspended.');
INSERT INTO mission_changes (event_id, sending_country_id, receiving_country_id, embassy_id, status, note) VALUES ('embassy-resumes-operations', 'AZE', 'SYR', 'embassy-azerbaijan-damascus', 'open', 'Headed by a chargé d''affaires.');

-- The office each person held when taking part: where one office of theirs covers the event, it.
UPDATE change_context SET reason = 'Each participant who is a person points to the office held at the time, where the office''s bounds cover the event.', source_id = NULL;
UPDATE event_participants SET position_id = (
  SELECT p.position_id FROM positions AS p JOIN events AS e ON e.event_id = event_participants.event_id
  WHERE p.person_id = event_participants.person_id
    AND coalesce(p.start_latest, p.start_earliest) <= coalesce(e.date_earliest, e.date_latest)
    AND (p.end_basis IN ('ongoing', 'attested') OR coalesce(p.end_latest, p.end_earliest) >= coalesce(e.date_latest, e.date_earliest)))
WHERE person_id IS NOT NULL AND position_id IS NULL
  AND (SELECT count(*) FROM positions AS p JOIN events AS e ON e.event_id = event_participants.event_id
       WHERE p.person_id = event_participants.person_id
         AND coalesce(p.start_latest, p.start_earliest) <= coalesce(e.date_earliest, e.date_latest)
         AND (p.end_basis IN ('ongoing', 'attested') OR coalesce(p.end_latest, p.end_earliest) >= coalesce(e.date_latest, e.date_earliest))) = 1;
-- Two offices at once: the one the page names for the act.
UPDATE event_participants SET position_id = 'mikayil-jabbarov-economy-minister' WHERE person_id = 'mikayil-jabbarov' AND position_id IS NULL;
UPDATE event_participants SET position_id = 'sufian-allaw-co-chair' WHERE person_id = 'sufian-allaw' AND event_id = 'joint-commission-first-session';
UPDATE event_participants SET position_id = 'ismat-abbasov-co-chair' WHERE person_id = 'ismat-abbasov' AND event_id = 'joint-commission-first-session';
-- Offices whose bounds overlap the event without surely covering it, where the page names the office.
UPDATE event_participants SET position_id = 'mahir-aliyev-ambassador' WHERE person_id = 'mahir-aliyev' AND position_id IS NULL;
UPDATE event_participants SET position_id = 'elnur-shahhuseynov-charge' WHERE person_id = 'elnur-shahhuseynov' AND position_id IS NULL;
UPDATE event_participants SET position_id = 'omar-shakrouk-deputy-energy-minister' WHERE person_id = 'omar-shakrouk' AND position_id IS NULL;
UPDATE event_participants SET position_id = 'omar-al-husari-aviation-head' WHERE person_id = 'omar-al-husari' AND position_id IS NULL;

UPDATE change_context SET reason = NULL, source_id = NULL;
