-- 0085: leads left by earlier writers and readers, settled where a page came up.
--   1. Zakir Hasanov is shown as Azerbaijan's defence minister by AZERTAC on 20 October 2025 (his visit to
--      Samarkand): the office's attested end moves from 11 September 2021 to that day.
--   2. AZERTAC's own page of Hikmet Hajiyev's interview on settlers from Lebanon and Syria is datelined
--      12 September, without a year; the year, 2020, follows from AzerNews's report of the same interview on
--      14 September 2020. The event's latest day moves from 14 to 12 September 2020 (still only a latest day:
--      no page gives the day he spoke), AZERTAC is cited for the event and his statement, and AzerNews is
--      related to it as quoting it.
--   3. Al-Mekdad's words at the Non-Aligned summit of 2019 on Karabakh are already a statement, from Trend's
--      report on Caucasus in Detail; no second page with them came up. His call on the same page for joint action
--      against terrorism, which the event's summary gives, becomes a statement of its own.
--   4. The talks of Gerasimov and Scaparrotti in Baku, 19 April 2018: RFE/RL (the day, without a year, and Syria)
--      and the Reformatorisch Dagblad (a page of April 2018: "on Thursday", Syria, and Scaparrotti an American
--      general) are cited as second pages, and Scaparrotti's country is recorded from the latter.
--   5. Musavat's Russian page on the seven repatriated on 20 February (2024) gives the batch's day, number, make-up
--      and route and credits the government's phased, coordinated measures: cited, and the participant's note says so.
--   6. Day.Az 1791427 (from Trend) recalls the six repatriated on 22 October "this year" and then reports the
--      Ombudsman's staff's visit to repatriates, without saying the visit was to those six: cited for both events,
--      and the visit's note says that it, like Report.az, does not tie them.
--   Not done: the Al-Masdar, zagrosnews.net, Dama Post 799 and Saudi Gazette 648980 pages did not come up, so
--   citations 1270, 1271, 1308, 1587 and 1598 are unchanged; no dated page of the Bakirov-Tahirov verdict came up;
--   the May 1992 claim of yenixeber.az is already a discrepancy (relations-established-month); no batch was found
--   with its day and year beyond those recorded (Adalet.az gives no day for its sixteen).

-- Zakir Hasanov, defence minister, in office on 20 October 2025: AZERTAC --------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 extends the attested end of Zakir Hasanov''s term as defence minister to 20 October 2025: AZERTAC''s English page of that day shows him, as Azerbaijan''s defence minister, leaving for Samarkand and meeting his Uzbek counterpart.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('azertag-3814295', 'web_page', 'Azerbaijan''s defence minister visits Uzbekistan', 'AZERTAC', 'https://azertag.az/en/xeber/azerbaijani_defense_minister_visits_uzbekistan-3814295', 'en', '2025-10-20', '2026-12-07', 'Dated 20 October 2025, dateline Baku, October 20; from Azerbaijan''s defence ministry. Used only for Hasanov''s office on that day.', 'state_media', 'AZE');
UPDATE change_context SET source_id = 'azertag-3814295';
UPDATE positions SET end_earliest = '2025-10-20' WHERE position_id = 'zakir-hasanov-defence-minister';
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('zakir-hasanov-defence-minister', 'azertag-3814295', 'stated', 'page date, dateline and paragraph 1');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Hikmet Hajiyev's interview to AZERTAC, reported on 12 September 2020: AZERTAC ---------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites AZERTAC''s own page of Hikmet Hajiyev''s interview on settlers from Lebanon and Syria, datelined 12 September without a year, and moves the event''s latest day from 14 to 12 September 2020: AzerNews reports the same interview on 14 September 2020, so AZERTAC''s 12 September is of that year. No page gives the day he spoke, so the date stays a latest day.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('azertag-1582895', 'web_page', 'Hikmet Hajiyev calls Armenia''s settlement policy in the occupied territories a military crime', 'AZERTAC', 'https://azertag.az/en/xeber/1582895', 'en', NULL, '2026-12-07', 'No page date shown; the dateline reads Baku, September 12, without a year, and the address has none. Hajiyev''s words are given as told to AZERTAC, as direct speech.', 'state_media', 'AZE');
UPDATE change_context SET source_id = 'azertag-1582895';
UPDATE events SET date_latest = '2020-09-12', date_edtf = '[..2020-09-12]', note = 'Known from AZERTAC''s page of his interview, datelined 12 September without a year, which does not give the day he spoke; the year, 2020, is from AzerNews''s report of the same interview on 14 September 2020. The mercenaries are his claim.' WHERE event_id = 'hajiyev-settlers-from-lebanon-syria-as-mercenaries-2020';
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('hajiyev-settlers-from-lebanon-syria-as-mercenaries-2020', 'azertag-1582895', 'derived', 'The dateline gives 12 September without a year and the page shows no date; the year, 2020, is taken from AzerNews''s page of 14 September 2020, which reports the same interview given to AZERTAC.', 'dateline and paragraphs 1-4');
INSERT INTO citations (statement_id, source_id, link_basis, locator) VALUES ('hajiyev-lebanese-syrian-settlers-mercenaries', 'azertag-1582895', 'stated', 'paragraphs 1-4');
UPDATE statements SET note = 'AZERTAC gives his words as direct speech, the part on Lebanon and Syria included; AzerNews reports them from that interview, giving the part on Lebanon and Syria in its own words.' WHERE statement_id = 'hajiyev-lebanese-syrian-settlers-mercenaries';
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note)
  VALUES ('azernews-168931', 'azertag-1582895', 'quotes', 'stated', 'AzerNews names AZERTAC as the agency Hajiyev spoke to and quotes his words from that interview.');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Al-Mekdad at the Non-Aligned summit in Baku, 26 October 2019: his words on terrorism, Caucasus in Detail ------------
UPDATE change_context SET reason = 'Release 3.0 records as a statement al-Mekdad''s call at the Non-Aligned summit in Baku for joint action against terrorism, which the event''s summary already gives, from Trend''s report on Caucasus in Detail, which quotes him.', source_id = 'caucasusindetail-mekdad';
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note)
  VALUES ('mekdad-calls-for-joint-fight-against-terrorism-2019', 'mekdad-supports-azerbaijan-position-nam-2019', 'faisal-al-mikdad', NULL, 'Terrorism is a grave danger to peace, a calamity that stops at no frontier; states have to end it by combating it together.', 'As Caucasus in Detail, from Trend, quotes him; Watani Press''s text of his statement ends before these words.');
INSERT INTO citations (statement_id, source_id, link_basis, locator) VALUES ('mekdad-calls-for-joint-fight-against-terrorism-2019', 'caucasusindetail-mekdad', 'stated', 'paragraph 5');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Gerasimov and Scaparrotti in Baku, 19 April 2018: RFE/RL and the Reformatorisch Dagblad ------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites two more pages for the talks in Baku of Valery Gerasimov and Curtis Scaparrotti: RFE/RL, which gives the day, 19 April, without a year, from both sides'' statements, and says they exchanged views on Syria; and the Reformatorisch Dagblad, a page of April 2018 relaying TASS, which has them confer in Baku on Thursday on the situation in Syria and calls Scaparrotti an American general.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('rferl-29179742', 'web_page', 'Russia''s top officer and NATO''s commander meet in Baku and discuss Syria', 'Radio Free Europe/Radio Liberty', 'https://rferl.org/a/russia-nato-us-baku-azerbaijan-syria-meeting/29179742.html', 'en', NULL, '2026-12-07', 'No page date shown and none in the address; it gives the day of the meeting as April 19, without a year, from the separate statements of Russia''s defence ministry and NATO.', 'state_media', 'USA');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('rd-nl-1481907', 'web_page', 'Russia and NATO confer on Syria', 'Reformatorisch Dagblad', 'https://www.rd.nl/vandaag/buitenland/rusland-en-navo-overleggen-over-syri%C3%AB-1.1481907', 'nl', NULL, '2026-12-07', 'Dated April 2018, the month only; it relays the Russian agency TASS and puts the talks on a Thursday, without a day of the month.', 'private_media', NULL);
UPDATE change_context SET source_id = 'rferl-29179742';
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('gerasimov-scaparrotti-talks-in-baku-2018', 'rferl-29179742', 'derived', 'The page gives 19 April without a year; it is taken to be this meeting because it names the same two men, the same city and the same subjects, Syria among them, as EADaily''s page of 19 April 2018.', 'paragraphs 1-2 and 6-9');
UPDATE change_context SET source_id = 'rd-nl-1481907';
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('gerasimov-scaparrotti-talks-in-baku-2018', 'rd-nl-1481907', 'derived', 'The page, dated April 2018, has the two men confer in Baku on Syria on a Thursday, without the day of the month; it is taken to be this meeting because it names the same two men, the same city and Syria, as EADaily''s page of 19 April 2018 does, and 19 April 2018 was a Thursday.', 'page date and paragraph 1');
UPDATE people SET country_id = 'USA', note = 'A general, NATO''s supreme commander of its allied armed forces, as EADaily''s page of 19 April 2018 gives him; the Reformatorisch Dagblad calls him an American general.' WHERE person_id = 'curtis-scaparrotti';
INSERT INTO citations (person_id, source_id, link_basis, locator) VALUES ('curtis-scaparrotti', 'rd-nl-1481907', 'stated', 'paragraph 1');
UPDATE events SET note = 'EADaily gives 19 April without a year; the year, 2018, is from its address. RFE/RL gives the same day without a year, and the Reformatorisch Dagblad, on a page of April 2018, a Thursday. EADaily and the Dagblad relay Russian sources (the defence ministry, TASS); RFE/RL both sides'' statements. Azerbaijan is the place of the talks, not a party to them; the reception by President Aliyev that EADaily announces is not recorded.' WHERE event_id = 'gerasimov-scaparrotti-talks-in-baku-2018';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The seven repatriated on 20 February 2024: Musavat ------------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites Musavat''s Russian page for the repatriation of seven citizens, five children and two women, from camps in Syria on 20 February 2024: it gives the Foreign Ministry''s account of the day, the number, the make-up and the passage through Türkiye, and credits the government''s phased, coordinated measures; the participant''s note now says so.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('musavat-ru-1046654', 'web_page', 'Azerbaijan brings seven citizens home from Syria', 'Musavat', 'https://musavat.ru/ru/mobile/news/azerbajdzhan-vernul-7-svoih-grazhdan-iz-sirii_1046654.html', 'ru', NULL, '2026-12-07', 'No page date shown; it gives 20 February without a year and attributes the account to the Foreign Ministry.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'musavat-ru-1046654';
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('repatriation-2024-02-20', 'musavat-ru-1046654', 'derived', 'The page gives 20 February without a year and shows no date; it is taken to be this batch because it gives the same day, number and make-up (seven: five children and two women) and the same account of the ministry as Turan''s page and az24saat''s page of 21 February 2024.', 'paragraphs 1-5');
UPDATE event_participants SET note = 'Turan and az24saat name no body that carried it out: the Foreign Ministry gave the account, officials of the state bodies concerned examined the returnees in Türkiye and the embassy there issued their papers (Turan), and the government appears only in the ministry''s word that it will keep taking such steps. Musavat''s Russian text of the ministry''s account credits the government''s phased, coordinated measures.' WHERE participant_id = 247;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- The six repatriated on 22 October 2025 and the Ombudsman's staff's visit: Day.Az --------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites Day.Az''s Russian page, relaying Trend and the Ombudsman''s office, for the repatriation of six citizens, two women and four children, on 22 October 2025 and for the Ombudsman''s staff''s visit to repatriates that month. Like Report.az, it recalls the six and then reports the visit without saying the visit was to them, so the two events stay unlinked and the visit''s note says so.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('day-az-1791427', 'web_page', 'The Ombudsman''s staff meet repatriates from Syria', 'Day.Az', 'https://news.day.az/society/1791427.html', 'ru', NULL, '2026-12-07', 'No page date shown; it gives 22 October "this year" for the repatriation and relays Trend, told by the Ombudsman''s office, for the visit. The stored copy breaks off in its fifth paragraph.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'day-az-1791427';
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('repatriation-2025-10-22', 'day-az-1791427', 'derived', 'The page gives 22 October "this year" and shows no date; it is taken to be this repatriation because it gives the same day and number (six) as Report.az''s page of 28 October 2025, and the same day, number and make-up (two women and four children) as AZERTAC''s Arabic page.', 'paragraph 1');
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('ombudsman-staff-meet-repatriates-2025-10', 'day-az-1791427', 'derived', 'The page shows no date; it is taken to be this visit because it gives the same account as Report.az''s page of 28 October 2025: repatriates placed in an institution of the Social Services Agency, children needing specialised psychological help, and recommendations on integration, education and work.', 'paragraphs 2-4');
UPDATE events SET note = 'Known from Report.az''s page of 28 October 2025, which does not give the day of the visit. Report.az (after its account of the visit) and Day.Az, relaying Trend (before it), both recall the repatriation of six citizens on 22 October, but neither says that the visit was to them, so the two are not linked here. A domestic check on returnees'' rights, for which CAMEO has no code.' WHERE event_id = 'ombudsman-staff-meet-repatriates-2025-10';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Bashar al-Jaafari's change of post, 22 November 2020: UrduPoint (from Sputnik) ---------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites UrduPoint''s page, from Sputnik, for the day Bashar al-Jaafari became deputy foreign minister and left his post at the United Nations: it quotes the Syrian presidency''s statement that the three decrees were issued on 22 November 2020, the whole date, naming him deputy minister and Bassam Sabbagh to the United Nations in his place. Al-Masdar''s page, which says "on Sunday", did not come up, so its citations are left as they are.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('urdupoint-1093229', 'web_page', 'Syria''s deputy foreign minister Mekdad is made foreign minister', 'UrduPoint (Sputnik)', 'https://www.urdupoint.com/en/world/syrias-faisal-mekdad-promoted-to-foreign-min-1093229.html', 'en', '2020-11-22', '2026-12-07', 'Dateline Beirut, 22 November 2020, UrduPoint News / Sputnik; it quotes the presidency''s statement, which dates the three decrees 22 November 2020 and gives their numbers without saying which is which.', 'private_media', 'PAK');
UPDATE change_context SET source_id = 'urdupoint-1093229';
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('bashar-al-jaafari-deputy-foreign-minister', 'urdupoint-1093229', 'stated', 'dateline and paragraphs 1-2 and 4');
INSERT INTO citations (position_id, source_id, link_basis, locator) VALUES ('bashar-al-jaafari-un-representative', 'urdupoint-1093229', 'stated', 'dateline and paragraphs 2 and 4-5');
UPDATE positions SET note = 'Named by decree of 22 November 2020 (Al-Masdar; UrduPoint, from Sputnik, quoting the presidency''s statement with that whole date; the encyclopedia copy''s infobox); in office until 5 October 2022, when he became ambassador to Russia (the infobox).' WHERE position_id = 'bashar-al-jaafari-deputy-foreign-minister';
UPDATE positions SET note = 'From 31 July 2006 to 22 November 2020 (the encyclopedia copy''s infobox); on 22 November 2020 Bassam Sabbagh was named to the post in his place (Al-Masdar; UrduPoint, from Sputnik, quoting the presidency''s statement with that whole date).' WHERE position_id = 'bashar-al-jaafari-un-representative';
UPDATE change_context SET reason = NULL, source_id = NULL;
