-- 0028: one basis per way a date is known (second audit, rule 1, and rule 6 for dates).
-- A day and month whose year the page leaves out is 'inferred' (the year from the page's own date);
-- a day worked out from a weekday is 'derived'; a day that is only a report's date is 'reported'.
-- Each correction cites the stored page that shows it, and notes no longer claim that a page gives
-- a full date it does not give. Also adds the countries the new sources of release 2.0 need.

UPDATE change_context SET reason = 'Countries that the publishers and participants added in release 2.0 belong to.', source_id = NULL;
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('GBR', 'United Kingdom', NULL, NULL, NULL, NULL, 'Only the ISO alpha-3 key is given; other codes were not checked here.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('USA', 'United States', NULL, NULL, NULL, NULL, 'Only the ISO alpha-3 key is given; other codes were not checked here.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('RUS', 'Russia', NULL, NULL, NULL, NULL, 'Only the ISO alpha-3 key is given; other codes were not checked here.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('IRQ', 'Iraq', NULL, NULL, NULL, NULL, 'Only the ISO alpha-3 key is given; other codes were not checked here.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('PAK', 'Pakistan', NULL, NULL, NULL, NULL, 'Only the ISO alpha-3 key is given; other codes were not checked here.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('CHN', 'China', NULL, NULL, NULL, NULL, 'Only the ISO alpha-3 key is given; other codes were not checked here.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('FRA', 'France', NULL, NULL, NULL, NULL, 'Only the ISO alpha-3 key is given; other codes were not checked here.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('LBN', 'Lebanon', NULL, NULL, NULL, NULL, 'Only the ISO alpha-3 key is given; other codes were not checked here.');

UPDATE change_context SET reason = 'Pages read for the second audit that state what the corrected dates rest on.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('trend-3980643', 'web_page', 'Statement of Azerbaijan''s Foreign Ministry on the situation in Syria', 'Trend News Agency', 'https://en.trend.az/azerbaijan/politics/3980643.html', 'en', '2024-12-10', '2026-12-02', 'Dateline "December 10" without a year.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('turan-mfa-december-10', 'web_page', 'Azerbaijan ready to contribute to resolving humanitarian issues in Syria: MFA', 'Turan', 'https://turan.az/en/politics/azerbaijan-ready-to-contribute-to-resolving-humanitarian-issues-in-syria-mfa', 'en', NULL, '2026-12-02', 'Says the statement was issued on the evening of 10 December, a few hours after a call between the presidents of Azerbaijan and Türkiye; no year, no page date shown.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('anews-20241230', 'web_page', 'Azerbaijan sends 200 tons of food aid to Syria', 'A News', 'https://anews.com.tr/world/2024/12/30/azerbaijan-sends-200-tons-of-food-aid-to-syria', 'en', '2024-12-30', '2026-12-02', 'The page date is taken from its address. Gives the ministry''s announcement as "on Monday" and the Damascus meeting as "on Sunday".', 'private_media', 'TUR');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('yenisafak-ar-4081270', 'web_page', 'Azerbaijan''s deputy foreign minister meets al-Shaibani in Damascus', 'Yeni Şafak (Arabic edition)', 'https://yenisafak.com/ar/world/4081270', 'ar', NULL, '2026-12-02', 'Gives the meeting as "on Sunday"; no page date shown.', 'private_media', 'TUR');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('souriapost-16198', 'web_page', 'Azerbaijan''s deputy foreign minister on reopening the embassy in Damascus', 'Souria Post', 'https://souriapost.com/archives/16198', 'ar', NULL, '2026-12-02', 'Reports Rafiyev''s interview with Al Jazeera and dates his Damascus visit to 28 December.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('azernews-236072', 'web_page', 'Humanitarian aid from Baku reaches Syrian border', 'AzerNews', 'https://www.azernews.az/nation/236072.html', 'en', '2025-01-05', '2026-12-02', 'Timed 13:15 (UTC+4) on 5 January 2025: the trucks are at the Çobanbey crossing in Kilis, awaiting customs.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('memo-20250505', 'web_page', 'Azerbaijan backs Syria''s recovery as ties deepen under new government', 'Middle East Monitor', 'https://www.middleeastmonitor.com/20250505-azerbaijan-backs-syrias-recovery-as-ties-deepen-under-new-government/amp', 'en', '2025-05-05', '2026-12-02', 'The page date is taken from its address. An Anadolu photo caption gives the meeting''s full date and place.', 'private_media', 'GBR');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('report-az-ru-jet-fuel', 'web_page', 'SOCAR to supply fuel to Damascus airport', 'Report.az', 'https://report.az/ru/energetika/socar-obespechit-toplivom-damasskij-aeroport', 'ru', '2025-12-05', '2026-12-02', 'Recalls the SOCAR–UCC memoranda as signed on 6 September "of this year".', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('sana-2344504', 'web_page', 'SOCAR signs a memorandum in Damascus with UCC Petroleum Trading on jet fuel', 'SANA', 'https://sana.sy/economy/2344504/', 'ar', '2025-12-05', '2026-12-02', 'Dateline Damascus, 5 December 2025; the memorandum was signed "yesterday".', 'state_media', 'SYR');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('todayheadline-baku-thursday', 'web_page', 'Syrian, Israeli ministers to hold meeting in Azerbaijan on Thursday', 'Today Headline', 'https://todayheadline.co/syrian-israeli-ministers-hold-meeting-azerbaijan-thursday/', 'en', '2025-07-30', '2026-12-02', 'An AFP report, before the meeting: set for Thursday, after a visit to Moscow the same day.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('shafaq-meet-again-in-baku', 'web_page', 'Syrian, Israeli officials to meet again in Baku', 'Shafaq News', 'https://www.shafaq.com/en/Middle-East/Syrian-Israeli-officials-to-meet-again-in-Baku', 'en', NULL, '2026-12-02', 'An AFP report, before the meeting: set for Thursday.', 'private_media', 'IRQ');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('azertag-de-3415875', 'web_page', 'President Ilham Aliyev receives the new Turkish ambassador, who presents his credentials', 'AZERTAC', 'https://azertag.az/de/xeber/prasident_ilham_aliyev_empfangt_neuen_turkischen_botschafter_zur_ubergabe_seines_beglaubigungsschreibens_aktualisiert__video-3415875', 'de', NULL, '2026-12-02', 'Dateline Baku, 13 February, and "on Thursday, 13 February", without a year; the stored text ends before any passage on Syria.', 'state_media', 'AZE');

-- 10 December 2024: the pages give the day and month; the year is the page's.
UPDATE change_context SET reason = 'The pages give 10 December without a year; the year is their page date, so the basis is inferred, not stated.', source_id = 'trend-3980643';
UPDATE events SET date_basis = 'inferred',
  note = 'The article and Trend give 10 December without a year; the year is from Trend''s page date (10 December 2024). Turan says the statement came on the evening of 10 December; Caspian News, a day later, says only "on Tuesday".'
WHERE event_id = 'mfa-statement-on-restoring-relations';
INSERT INTO citations (event_id, source_id, locator) VALUES ('mfa-statement-on-restoring-relations', 'trend-3980643', 'dateline and paragraph 1');
INSERT INTO citations (event_id, source_id, locator) VALUES ('mfa-statement-on-restoring-relations', 'turan-mfa-december-10', 'paragraph 1');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('mfa-hopes-relations-restored', 'trend-3980643', 'last paragraph');

-- 29 December 2024: Turan gives day and month; A News and Yeni Şafak give "Sunday".
UPDATE change_context SET reason = 'Turan gives 29 December without a year, and A News "on Sunday" in a report of Monday 30 December 2024: the basis is inferred, not stated.', source_id = 'anews-20241230';
UPDATE events SET date_basis = 'inferred',
  note = 'Turan (page date 30 December 2024) gives 29 December without a year; A News, in a report of Monday 30 December, and Yeni Şafak say the meeting was on Sunday, which is the same day. Two Syrian pages give 28 December; see the discrepancy.'
WHERE event_id = 'rafiyev-visits-damascus';
INSERT INTO citations (event_id, source_id, locator) VALUES ('rafiyev-visits-damascus', 'anews-20241230', 'paragraph 5');
INSERT INTO citations (event_id, source_id, locator) VALUES ('rafiyev-visits-damascus', 'yenisafak-ar-4081270', 'paragraph 1');

-- 30 December 2024: the convoy leaves; the pages give the day and month, A News "on Monday".
UPDATE change_context SET reason = 'News.az and Trend give 30 December without a year; the year is their page date, so the basis is inferred, not stated.', source_id = 'anews-20241230';
UPDATE events SET date_basis = 'inferred',
  note = 'News.az and Trend give 30 December without a year; the year is from their page dates (30 December 2024). A News, the same day, says the ministry announced the convoy on Monday.'
WHERE event_id = 'first-aid-convoy-dispatched';
INSERT INTO citations (event_id, source_id, locator) VALUES ('first-aid-convoy-dispatched', 'anews-20241230', 'paragraphs 1-2');

-- 5-6 January 2025: at 13:15 on 5 January the trucks still waited at Çobanbey; a page of 6 January
-- has them across. The page that spoke only of the send-off no longer supports the crossing.
UPDATE change_context SET reason = 'A stored page of 5 January 2025 (13:15) has the trucks still waiting at the Çobanbey crossing; the crossing is only known to have happened by the Caspian News report of 6 January, whose caption misprints the year.', source_id = 'azernews-236072';
UPDATE events SET date_earliest = '2025-01-05', date_latest = '2025-01-06', date_precision = 'range', date_basis = 'reported', date_edtf = '[2025-01-05..2025-01-06]',
  title = 'The first Azerbaijani aid convoy crosses into Syria',
  summary = 'The ten trucks, held for customs at the Çobanbey crossing in Kilis on 5 January, cross into Syria and unload at the warehouses of Türkiye''s disaster agency AFAD, which is to hand the aid out mainly in Idlib province and in areas of Türkiye''s military operations.',
  note = 'AzerNews, at 13:15 on 5 January 2025, has the trucks still at the crossing awaiting customs; Caspian News, on 6 January, says they crossed. Its photo caption dates the crossing "January 5, 2024", a misprinted year.'
WHERE event_id = 'first-aid-convoy-enters-syria';
DELETE FROM citations WHERE event_id = 'first-aid-convoy-enters-syria' AND source_id = 'news-az-aid-to-syria';
INSERT INTO citations (event_id, source_id, locator) VALUES ('first-aid-convoy-enters-syria', 'azernews-236072', 'paragraphs 1-2');

-- 15 February 2025: JAMnews gives day and month only.
UPDATE change_context SET reason = 'JAMnews gives 15 February without a year; the year comes from the context (after al-Sharaa became president on 29 January 2025), so the basis is inferred.', source_id = 'jam-news-reopening';
UPDATE events SET date_basis = 'inferred',
  note = 'JAMnews gives 15 February without a year and shows no page date; the year is from the context: al-Sharaa became transitional president on 29 January 2025.'
WHERE event_id = 'aliyev-congratulates-al-sharaa';

-- 13 February 2025: AZERTAC gives the day, month and weekday, and the place.
UPDATE change_context SET reason = 'AZERTAC''s German report gives Thursday 13 February and Baku; 13 February fell on a Thursday in 2025.', source_id = 'azertag-de-3415875';
UPDATE events SET place_id = 'baku',
  note = 'The article and AZERTAC give 13 February without a year; AZERTAC adds Thursday and Baku. The year is inferred from the article''s context and from 13 February 2025 being a Thursday.'
WHERE event_id = 'aliyev-receives-turkish-ambassador';
INSERT INTO citations (event_id, source_id, locator) VALUES ('aliyev-receives-turkish-ambassador', 'azertag-de-3415875', 'dateline and paragraph 1');

-- The embassy's resumption: no page dates it; the ministry announced it on Monday 17 February.
UPDATE change_context SET reason = 'No stored page gives the day the embassy resumed work: the ministry said on Monday 17 February 2025 that its chargé d''affaires was already in Damascus and at work.', source_id = 'mehrnews-228488';
UPDATE events SET date_earliest = '2025-01-18', date_latest = '2025-02-17', date_precision = 'range', date_basis = 'reported', date_edtf = '[2025-01-18..2025-02-17]',
  title = 'The Azerbaijani embassy in Damascus resumes work',
  summary = 'Azerbaijan''s Foreign Ministry says on Monday 17 February 2025 that the embassy in Damascus has resumed work: its chargé d''affaires is already in the city and has begun his duties.',
  note = 'The pages date the ministry''s announcement (Monday, in reports of 17 February 2025), not the resumption, which came after Bayramov''s announcement of 18 January that a chargé would be sent. SANA names the chargé but gives no date.'
WHERE event_id = 'embassy-resumes-operations';

-- 4 May 2025: AZERTAC gives day and month; a photo caption on MEMO gives the full date and the venue.
UPDATE change_context SET reason = 'AZERTAC gives 4 May without a year; the full date is stated by an Anadolu caption on Middle East Monitor, which also names the People''s Palace.', source_id = 'memo-20250505';
UPDATE change_context SET reason = 'A building the cited pages name as the venue of a meeting.', source_id = 'memo-20250505';
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('peoples-palace', 'People''s Palace, Damascus', 'building', 'SYR', 'damascus', NULL);
INSERT INTO citations (place_id, source_id, locator) VALUES ('peoples-palace', 'memo-20250505', 'photo caption');
UPDATE change_context SET reason = 'AZERTAC gives 4 May without a year; the full date is stated by an Anadolu caption on Middle East Monitor, which also names the People''s Palace.', source_id = 'memo-20250505';
UPDATE events SET place_id = 'peoples-palace',
  note = 'The article and AZERTAC give 4 May without a year; an Anadolu photo caption on Middle East Monitor gives 4 May 2025 and the People''s Palace in Damascus.'
WHERE event_id = 'sharifov-delegation-visits-syria';
INSERT INTO citations (event_id, source_id, locator) VALUES ('sharifov-delegation-visits-syria', 'memo-20250505', 'photo caption and paragraph 1');

-- 31 July 2025: "Thursday" in reports of Wednesday 30 and Thursday 31 July.
UPDATE change_context SET reason = 'The day rests on a weekday: AFP reports of 30 July 2025 set the meeting for Thursday, so the day is derived, not stated or approximate.', source_id = 'todayheadline-baku-thursday';
UPDATE events SET date_basis = 'derived', date_edtf = '2025-07-31',
  note = 'Derived: AFP reports dated Wednesday 30 July 2025 set the meeting for Thursday, i.e. 31 July; OC Media, undated, says it reportedly took place on Thursday. Known only from an unnamed diplomatic source. OC Media puts al-Shaibani''s Moscow visit on the Wednesday, the other pages on the same Thursday.'
WHERE event_id = 'al-shaibani-dermer-meeting-in-baku';
INSERT INTO citations (event_id, source_id, locator) VALUES ('al-shaibani-dermer-meeting-in-baku', 'todayheadline-baku-thursday', 'paragraphs 2-4');
INSERT INTO citations (event_id, source_id, locator) VALUES ('al-shaibani-dermer-meeting-in-baku', 'shafaq-meet-again-in-baku', 'paragraphs 1-2');

-- 6 September 2025: day.az reports "on Saturday"; a later report gives 6 September of "this year".
UPDATE change_context SET reason = 'Day.Az gives only the day of its report; the signing day, 6 September, is stated without a year by a Report.az page of 5 December 2025, so the basis is inferred.', source_id = 'report-az-ru-jet-fuel';
UPDATE events SET date_basis = 'inferred',
  title = 'SOCAR and Qatar''s UCC Holding sign memoranda on energy in Syria and on international markets',
  summary = 'SOCAR and UCC Holding sign memoranda of understanding on long-term energy cooperation in Syria and on international markets, covering the chain from oil and gas exploration to refining, trade, jet fuel and gas-turbine power stations.',
  note = 'Report.az, on 5 December 2025, gives 6 September of "this year"; Day.Az reported the signing on Saturday 6 September 2025. No page names a place.'
WHERE event_id = 'socar-ucc-energy-memoranda-signed';
UPDATE agreements SET date_basis = 'inferred',
  title = 'Memoranda on energy cooperation in Syria and on international markets between SOCAR and UCC Holding',
  summary = 'Memoranda of understanding between SOCAR and UCC Holding on long-term energy cooperation in Syria and on international markets, from oil and gas exploration to refining, trade, jet fuel and gas-turbine power stations.',
  note = 'Report.az, on 5 December 2025, gives 6 September of "this year"; Day.Az reported the signing on Saturday 6 September 2025.'
WHERE agreement_id = 'socar-ucc-energy-memoranda-2025';
INSERT INTO citations (event_id, source_id, locator) VALUES ('socar-ucc-energy-memoranda-signed', 'report-az-ru-jet-fuel', 'last paragraph');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('socar-ucc-energy-memoranda-2025', 'report-az-ru-jet-fuel', 'last paragraph');

-- 4 December 2025: SANA, on 5 December, says the jet-fuel memorandum was signed in Damascus "yesterday".
UPDATE change_context SET reason = 'SANA, dated 5 December 2025, says the memorandum was signed in Damascus "yesterday" and names the signers, which the row lacked.', source_id = 'sana-2344504';
UPDATE events SET date_earliest = '2025-12-04', date_latest = '2025-12-04', date_precision = 'day', date_basis = 'derived', date_edtf = '2025-12-04', place_id = 'damascus',
  title = 'SOCAR and UCC sign a memorandum in Damascus on jet fuel for its airport',
  summary = 'In Damascus, SOCAR and a UCC company sign a memorandum to set up a joint venture that will supply Damascus International Airport with aviation fuel and build the infrastructure for it.',
  note = 'Derived: SANA, dated 5 December 2025, says it was signed "yesterday". SANA names the counterparty UCC Petroleum Trading; SOCAR''s releases name UCC Holding.'
WHERE event_id = 'socar-ucc-jet-fuel-memorandum-signed';
UPDATE agreements SET date_earliest = '2025-12-04', date_latest = '2025-12-04', date_precision = 'day', date_basis = 'derived', date_edtf = '2025-12-04', place_id = 'damascus',
  note = 'Derived: SANA, dated 5 December 2025, says it was signed "yesterday". SANA names the counterparty UCC Petroleum Trading; SOCAR''s releases name UCC Holding.'
WHERE agreement_id = 'socar-ucc-jet-fuel-memorandum-2025';
INSERT INTO citations (event_id, source_id, locator) VALUES ('socar-ucc-jet-fuel-memorandum-signed', 'sana-2344504', 'dateline and paragraphs 1-2');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('socar-ucc-jet-fuel-memorandum-2025', 'sana-2344504', 'dateline and paragraphs 1-2');

-- July 2009: the page gives no date at all; the forum was held during the visit of 8-9 July, in Baku.
UPDATE change_context SET reason = 'The page gives no date, not even the month; it places the remark at the business forum in Baku during the official visit, whose days (8-9 July 2009) other pages state.', source_id = 'syria-oil-469';
UPDATE events SET date_earliest = '2009-07-08', date_latest = '2009-07-09', date_precision = 'range', date_basis = 'derived', date_edtf = '[2009-07-08..2009-07-09]', place_id = 'baku',
  title = 'Assad, at the business forum in Baku, says Azerbaijan agreed to sell gas to Syria',
  summary = 'Speaking at the Azerbaijani-Syrian business forum in Baku during his official visit, Bashar al-Assad says Azerbaijan has agreed to sell Syria one billion cubic metres of gas, with Türkiye''s approval.',
  note = 'Derived: the page gives no date; it places the remark at the business forum held during the official visit of 8-9 July 2009. It gives no period for the volume.'
WHERE event_id = 'assad-on-azerbaijani-gas';
INSERT INTO event_relations (event_id, related_event_id, relation, note) VALUES ('assad-on-azerbaijani-gas', 'bashar-al-assad-visits-baku', 'part_of', 'The business forum was held during the visit.');

UPDATE change_context SET reason = NULL, source_id = NULL;
