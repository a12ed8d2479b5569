-- 0071: second sources for events that rested on one independent source, from stored pages of other
--   publishers. Al-Thawra (Damascus) for Bayramov's meeting with al-Shaibani at the OIC Council of Foreign
--   Ministers in Istanbul (June 2025); azon.global for Aliyev's letter to al-Sharaa (15 February 2025); Trend
--   and AZERTAC's French page for Aliyev's words at ADA University, AZERTAC giving the forum's day, Wednesday
--   9 April, so the event is dated to that day; a Japanese digest of SANA for al-Bashir's 3.4 million cubic
--   metres a day (it relays SANA, as the AFP story already cited does); A News (dpa) and the Saudi Gazette
--   for al-Sharaa's naming as transitional president (29 January 2025); Report's page of Hajizada's words for
--   the day the Assad government fell; AzerNews, already a source, for AZPROMO's planned business council
--   (its text follows Trend's report, already cited: one source, so recorded). AZERTAC's French page repeats
--   Yenilik's report, already cited (one source); Trend is the ADA speech's second. No page read disagrees with the record; no new event is added.

-- Bayramov and al-Shaibani in Istanbul (reported 21 June 2025): Al-Thawra -----------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds a Syrian source for the meeting of Jeyhun Bayramov and Asaad al-Shaibani on the sidelines of the OIC Council of Foreign Ministers'' 51st session in Istanbul: Al-Thawra''s account of al-Shaibani''s meetings there.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('thawra-665468', 'web_page', 'Syrian diplomatic activity on the sidelines of the OIC foreign ministers'' meeting in Istanbul', 'Al-Thawra', 'https://thawra.sy/?p=665468', 'ar', NULL, '2026-12-07', 'No page date shown. It lists al-Shaibani''s meetings with his counterparts at the 51st session, after citing the Syrian Foreign Ministry''s Telegram channel for the first of them; the stored text breaks off in the seventh paragraph, the one on Bayramov.', 'state_media', 'SYR');
INSERT INTO citations (event_id, source_id, note, locator) VALUES ('bayramov-meets-al-shaibani-istanbul', 'thawra-665468', 'Supports the meeting of the two ministers on the sidelines of the 51st session in Istanbul; the stored text ends before saying what they discussed.', 'headline and paragraphs 1 and 7');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Aliyev's letter to al-Sharaa (15 February 2025): azon.global -----------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds a second source for Ilham Aliyev''s letter congratulating Ahmed al-Sharaa and inviting him to Azerbaijan: azon.global''s page of 15 February 2025.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('azon-global-aliyev-letter-al-sharaa', 'web_page', 'Azerbaijan''s president writes to Syria''s new leader al-Sharaa', 'azon.global', 'https://azon.global/kr/posts/halqaro-hayot/ozarbaizon-prezidenti-suriianing-iangi-rabari-amad-al-sariega-maktub-illadi', 'uz', '2025-02-15', '2026-12-07', 'Uzbek in Cyrillic script, stamped 15.02.2025 10:54; it gives no day for the letter itself and names no source. The publisher''s ownership and country are not shown.', 'other', NULL);
INSERT INTO citations (event_id, source_id, note, locator) VALUES ('aliyev-congratulates-al-sharaa', 'azon-global-aliyev-letter-al-sharaa', 'Its page date, 15 February 2025, also bears out the year that the record takes from the context.', 'page date and paragraphs 1-3');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('aliyev-letter-congratulates-and-invites', 'azon-global-aliyev-letter-al-sharaa', 'paragraphs 2-3');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Aliyev at ADA University, Wednesday 9 April 2025: Trend and AZERTAC --------------------------------------
UPDATE change_context SET reason = 'Release 3.0 adds Trend''s and AZERTAC''s reports of Ilham Aliyev''s words on Syria at the ADA University forum, and dates the speech to Wednesday 9 April 2025, the day AZERTAC gives for the forum.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('trend-4028088', 'web_page', 'Aliyev at ADA University on Syria''s former pro-Armenian stance', 'Trend News Agency', 'https://en.trend.az/azerbaijan/politics/4028088.html', 'en', '2025-04-09', '2026-12-07', 'Dated 9 April 2025, dateline Baku, April 9; he spoke at the international forum "Facing the New World Order" at ADA University.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('azertag-fr-3496167', 'web_page', 'Azerbaijan''s president: we support the government of Syria', 'AZERTAC (French service)', 'https://azertag.az/fr/xeber/le_president_azerbaidjanais__nous_soutenons_le_gouvernement_de_syrie-3496167', 'fr', NULL, '2026-12-07', 'Dateline Baku, 9 April (in French), without a year; the stored copy''s page date shows only April 2025. It says the forum was held at ADA University on Wednesday 9 April.', 'state_media', 'AZE');
UPDATE events SET date_earliest = '2025-04-09', date_latest = '2025-04-09', date_precision = 'day', date_basis = 'inferred', date_edtf = '2025-04-09', note = 'AZERTAC''s French page says the forum at ADA University was held on Wednesday 9 April, without a year; the year is from Trend''s page of 9 April 2025 on the same speech and from AZERTAC''s own page date (April 2025), and 9 April 2025 was a Wednesday. Yenilik''s page is stamped 9 April 2025, 16:18.' WHERE event_id = 'aliyev-ada-university-speech';
INSERT INTO citations (event_id, source_id, locator) VALUES ('aliyev-ada-university-speech', 'trend-4028088', 'page date, dateline and paragraphs 1-2');
INSERT INTO citations (event_id, source_id, note, locator) VALUES ('aliyev-ada-university-speech', 'azertag-fr-3496167', 'AZERTAC''s report; Yenilik''s Azerbaijani text, already cited, gives the same report sentence by sentence, so the two are one source. Trend is the independent second source.', 'dateline and paragraphs 1-2');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('aliyev-we-support-syrian-government', 'trend-4028088', 'paragraph 2');
INSERT INTO citations (statement_id, source_id, note, locator) VALUES ('aliyev-we-support-syrian-government', 'azertag-fr-3496167', 'The same report as Yenilik''s text, already cited; not an independent second source.', 'paragraph 2');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note) VALUES ('yenilik-36481', 'azertag-fr-3496167', 'republishes', 'apparent', 'Both carry the same report sentence by sentence, the one in Azerbaijani and the other in AZERTAC''s French; Yenilik names no source.');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Al-Bashir's 3.4 million cubic metres a day (reported 30 July 2025): a Japanese digest of SANA ---------------
UPDATE change_context SET reason = 'Release 3.0 adds a second relay of SANA''s report of Mohammad al-Bashir''s figure, 3.4 million cubic metres of Azerbaijani gas a day from 2 August, about 900 megawatts: a Japanese digest that names SANA, not AFP.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('syriaarabspring-123093', 'web_page', 'Al-Bashir: Syria to receive 3.4 million cubic metres of Azerbaijani gas a day from 2 August', 'Syria Arab Spring (syriaarabspring.info)', 'http://syriaarabspring.info/?amp=1&p=123093', 'ja', NULL, '2026-12-07', 'A Japanese digest of Syrian news; no page date is shown, and its text carries the copyright of Aoyama Hiroyuki. It cites SANA for the minister''s announcement.', 'other', NULL);
INSERT INTO citations (event_id, source_id, note, locator) VALUES ('al-bashir-announces-daily-gas-volume', 'syriaarabspring-123093', 'Relays SANA, as the AFP story already cited does, so the two rest on the same Syrian report; it does not name AFP.', 'paragraph 1');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('al-bashir-3-4-million-cubic-metres-a-day', 'syriaarabspring-123093', 'paragraph 1');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Al-Sharaa named transitional president (29 January 2025): A News and the Saudi Gazette ------------------
UPDATE change_context SET reason = 'Release 3.0 adds A News''s dpa report and the Saudi Gazette''s report of 29 January 2025 to the naming of Ahmed al-Sharaa as Syria''s transitional president.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('anews-20250129-al-sharaa', 'web_page', 'Al-Sharaa officially named Syria''s transitional president', 'A News (from dpa)', 'https://www.anews.com.tr/middle-east/2025/01/29/al-sharaa-officially-appointed-as-transitional-president-of-syria', 'en', '2025-01-29', '2026-12-07', 'A dpa report, published 29 January 2025; the appointment was announced "on Wednesday" by the spokesman of the Military Operations Department.', 'private_media', 'TUR');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('saudigazette-648980', 'web_page', 'Ahmed al-Sharaa named Syria''s transitional president', 'Saudi Gazette', 'https://cdn.saudigazette.com.sa/article/648980', 'en', '2025-01-29', '2026-12-07', 'Dated January 29, 2025, dateline Damascus, signed "Agencies"; it gives the naming as SANA reported it "on Wednesday".', 'private_media', 'SAU');
INSERT INTO citations (event_id, source_id, locator) VALUES ('al-sharaa-named-president', 'anews-20250129-al-sharaa', 'page date and paragraphs 1-3');
INSERT INTO citations (event_id, source_id, locator) VALUES ('al-sharaa-named-president', 'saudigazette-648980', 'page date, dateline and paragraphs 1-2');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The fall of the Assad government (8 December 2024): Report's page of Hajizada's words -----------------------
UPDATE change_context SET reason = 'Release 3.0 cites Report''s page of Aykhan Hajizada''s words, already a source, for the day the Assad government fell, 8 December 2024.', source_id = NULL;
INSERT INTO citations (event_id, source_id, note, locator) VALUES ('assad-government-falls', 'report-az-syrian-embassy', 'The day is given in the Foreign Ministry spokesman''s words as Report quotes them.', 'paragraph 3');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- AZPROMO's planned business council (reported 7 January 2026): AzerNews ----------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites AzerNews, already a source, for AZPROMO''s announcement of a planned Azerbaijan-Syria business council.', source_id = NULL;
INSERT INTO citations (event_id, source_id, note, locator) VALUES ('azpromo-announces-business-council', 'azernews-252720', 'AzerNews cites AZPROMO, but its text follows Trend''s Russian report, already cited, paragraph by paragraph, Trend''s own lines on trade and gas included, so the two count as one source. No page date is shown.', 'paragraphs 1-3');
INSERT INTO citations (statement_id, source_id, note, locator) VALUES ('azpromo-business-council-planned', 'azernews-252720', 'The same report as Trend''s, already cited; not an independent second source.', 'paragraphs 1-3');
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note) VALUES ('azernews-252720', 'trend-ru-4139107', 'draws_on', 'apparent', 'AzerNews gives Trend''s report of AZPROMO''s statement in English paragraph by paragraph, with Trend''s lines on the customs figures and the gas exports in the same order; it names AZPROMO, not Trend.');
UPDATE change_context SET reason = NULL, source_id = NULL;
