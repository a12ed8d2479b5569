-- 0097: pages found by following this round's leads; each of the four leads gave something a page states.
--   1. APA's English page of 1 August 2013 recalls words the Foreign Ministry's spokesman Elman Abdullayev had said to
--      APA earlier, without their day: the embassy was checking whether those said to be fighting in Syria were
--      Azerbaijanis, registered citizens had been evacuated, and the dead were hard to identify. A new event dated only
--      by the report ([..2013-08-01], basis reported), with his words as a statement: his account, not a fact the
--      ministry confirmed.
--   2. Tigran Gevorgyan's term as Armenia's ambassador to Syria: SANA's undated English page shows foreign minister
--      Bassam Sabbagh handing him the Order of Merit as ambassador; Sabbagh became foreign minister on 23 September 2024,
--      so the end of the term is bounded by that day (derived).
--   3. Fakhraddin Gurbanov's appointment to Croatia: in a later interview with Diplomacy & Commerce he says he has
--      represented Azerbaijan in Croatia since 2018, the year only; cited on his side of the discrepancy, whose note
--      now says so.
--   4. Syria's list of foreigners killed (2012): Sputnik's French service (143 names, 17 countries) is cited on the
--      side of 143, People's Daily's French edition and Prokerala (142, giving Xinhua's report) on the side of 142; the
--      discrepancy's note says what each page gives.

-- 1. Abdullayev's earlier words to APA, recalled on 1 August 2013 -----------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 records words of the Foreign Ministry''s spokesman Elman Abdullayev to APA on Azerbaijanis reported killed in Syria, as APA''s page of 1 August 2013 recalls them, without the day he spoke.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('apa-197080', 'web_page', 'APA on the number of Azerbaijani fighters in Syria', 'APA', 'https://en.apa.az/incident/xeber_number_of_azerbaijani_fighters_in_syria__-197080', 'en', '2013-08-01', '2026-12-07', 'Dated 1 August 2013, 10:25 (UTC+4). From websites of jihadist groups in Syria, it reports that more than 30 Azerbaijanis had been killed there, and it recalls words Elman Abdullayev had said to APA earlier, without their day. Paragraphs are counted after the date line.', 'private_media', 'AZE');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note, visit_kind, visit_level, plover_mode, plover_context)
  VALUES ('abdullayev-tells-apa-embassy-checking-fighters-2013', NULL, '2013-08-01', 'range', 'reported', '[..2013-08-01]', '010', NULL, 'The ministry''s spokesman tells APA the embassy is checking whether fighters reported in Syria are Azerbaijanis', 'APA, reporting from jihadist groups'' websites that more than 30 Azerbaijanis had been killed in the fighting in Syria, recalls what Elman Abdullayev, the Foreign Ministry''s spokesman, had told it at an earlier time it does not give: the embassy was looking into whether those said to be fighting there were Azerbaijanis; the citizens on the consular department''s register had been evacuated once the situation grew tense; and Syria''s situation made it hard to establish the nationality and citizenship of the dead.', NULL, 'confirmed', 'Reported: APA''s page of 1 August 2013 gives these words as said earlier, without a day, so its date is the latest bound. It does not say where he spoke. The evacuation and the embassy''s checks are his account, not recorded here as events. 168.am, relaying APA, reports words of his of 2 April 2013 on the same subject; no page read says whether the words APA recalls are from that occasion, so they are recorded apart.', NULL, NULL, NULL, NULL);
INSERT INTO event_participants (event_id, person_id, role, note, position_id) VALUES ('abdullayev-tells-apa-embassy-checking-fighters-2013', 'elman-abdullayev', 'speaker', 'The Foreign Ministry''s spokesman, APA says; he spoke to APA.', 'elman-abdullayev-press-secretary');
INSERT INTO event_participants (event_id, organization_id, role, note) VALUES ('abdullayev-tells-apa-embassy-checking-fighters-2013', 'embassy-azerbaijan-damascus', 'subject', 'He said the embassy was looking into whether those said to be fighting in Syria were Azerbaijanis.');
INSERT INTO event_topics (event_id, topic_id) VALUES ('abdullayev-tells-apa-embassy-checking-fighters-2013', 'foreign-fighters');
INSERT INTO event_topics (event_id, topic_id) VALUES ('abdullayev-tells-apa-embassy-checking-fighters-2013', 'syrian-war');
INSERT INTO event_topics (event_id, topic_id) VALUES ('abdullayev-tells-apa-embassy-checking-fighters-2013', 'consular');
INSERT INTO citations (event_id, source_id, link_basis, note, locator) VALUES ('abdullayev-tells-apa-embassy-checking-fighters-2013', 'apa-197080', 'stated', 'Gives his words to APA and his office as said earlier; the day is only the page''s own, 1 August 2013, the latest bound.', 'date line and paragraphs 1 and 8');

INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note)
  VALUES ('abdullayev-apa-embassy-checking-fighters-2013', 'abdullayev-tells-apa-embassy-checking-fighters-2013', 'elman-abdullayev', NULL, 'The embassy is looking into whether the people said to be fighting in Syria are Azerbaijanis. When the situation grew tense, the Azerbaijani citizens on the consular department''s register were evacuated from Syria. Syria''s situation makes it hard to establish the nationality and citizenship of those killed.', 'His words to APA, as APA''s page of 1 August 2013 recalls them; it does not say when he spoke.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('abdullayev-apa-embassy-checking-fighters-2013', 'foreign-fighters');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('abdullayev-apa-embassy-checking-fighters-2013', 'consular');
INSERT INTO citations (statement_id, source_id, link_basis, locator) VALUES ('abdullayev-apa-embassy-checking-fighters-2013', 'apa-197080', 'stated', 'paragraph 8');
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 2. Tigran Gevorgyan's term in Syria: still ambassador when Sabbagh was foreign minister -----------------------------
UPDATE change_context SET reason = 'Release 3.0 bounds the end of Tigran Gevorgyan''s term as Armenia''s ambassador to Syria by SANA''s page showing foreign minister Bassam Sabbagh handing him, as ambassador, the Syrian Order of Merit; Sabbagh became foreign minister on 23 September 2024, so Gevorgyan was still ambassador on a day no earlier than that.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('sana-en-340743', 'web_page', 'President al-Assad awards Armenia''s ambassador the Syrian Order of Merit', 'SANA', 'https://sana.sy./en/?p=340743', 'en', NULL, '2026-12-07', 'No date is shown in the text read. It says Foreign and Expatriates Minister Bassam Sabbagh handed Armenia''s ambassador to Syria, Dikran Kevorkian, the Order of Merit of excellent degree that President al-Assad had awarded him, and it mentions the earthquake of February 2023 as past. Paragraphs are counted after the headline.', 'state_media', 'SYR');
UPDATE change_context SET source_id = 'sana-en-340743';
INSERT INTO citations (position_id, source_id, link_basis, note, locator)
  VALUES ('tigran-gevorgyan-ambassador', 'sana-en-340743', 'derived', 'The page gives no date: it shows him as Armenia''s ambassador to Syria at the ceremony where Foreign and Expatriates Minister Bassam Sabbagh handed him the order. Sabbagh took office as foreign minister on 23 September 2024 (his office in the record), so the ceremony, and with it the end of Gevorgyan''s term, fell no earlier than that day.', 'paragraphs 1-2');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('tigran-gevorgyan', 'Dikran Kevorkian', 'As SANA''s English page spells him, from the Western Armenian form of his name.', 'en', 'sana-en-340743');
UPDATE positions SET end_earliest = '2024-09-23', end_basis = 'derived',
  note = 'Start bounded by the first day a page read shows him in office: News.am''s page of 17 June 2019 reports his tour of Latakia from 12 June (start_latest); Public Radio of Armenia''s Arabic page of 7 April 2023 shows him in office on 6 April 2023. Derived end: SANA''s undated page shows Foreign and Expatriates Minister Bassam Sabbagh handing him, as ambassador, the Syrian Order of Merit; Sabbagh became foreign minister on 23 September 2024, so Gevorgyan was still ambassador on a day no earlier than that (end_earliest). No page read states his term or the day it ended.'
  WHERE position_id = 'tigran-gevorgyan-ambassador';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 3. Gurbanov in Croatia "since 2018": a later interview --------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites a later interview with Diplomacy & Commerce in which Fakhraddin Gurbanov says he has represented Azerbaijan in Croatia since 2018, the year only, on his side of the discrepancy on Kamil Khasiyev''s term, and says so in its note.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id)
  VALUES ('diplomacyandcommerce-gurbanov-karabakh', 'web_page', 'Interview: Azerbaijan''s ambassador Fakhraddin Gurbanov on Croatia and the Karabakh conflict', 'Diplomacy & Commerce', 'https://www.diplomacyandcommerce.hr/h-e-fakhraddin-gurbanov-the-nagorno-karabakh-conflict-was-left-in-the-past/', 'en', NULL, '2026-12-07', 'No date is shown in the text read; it speaks of 2019 and of 2020, the year of the coronavirus pandemic, as past, so it is later than the same magazine''s interview in which he gives the day of his appointment. A Croatian magazine.', 'private_media', NULL);
UPDATE change_context SET source_id = 'diplomacyandcommerce-gurbanov-karabakh';
INSERT INTO citations (claim_id, source_id, link_basis, note, locator)
  VALUES ('gurbanov-appointed-croatia-december-2017', 'diplomacyandcommerce-gurbanov-karabakh', 'stated', 'States the claim''s second part only: he says he has represented Azerbaijan in Croatia since 2018; the day of his appointment is not on this page.', 'first question and the first paragraph of its answer');
UPDATE discrepancy_claims SET claim = 'Fakhraddin Gurbanov was appointed Azerbaijan''s ambassador to Croatia on 8 December 2017, he says in an interview with Diplomacy & Commerce; in a later interview with the same magazine he says he has represented his country in Croatia since 2018, giving the year only.'
  WHERE claim_id = 'gurbanov-appointed-croatia-december-2017';
UPDATE discrepancies SET note = 'AzVision''s Arabic page of 8 May 2018 calls Khasiyev Azerbaijan''s ambassador to Croatia, while Fakhraddin Gurbanov, in an undated interview with Diplomacy & Commerce, says he himself was appointed ambassador to Croatia on 8 December 2017, five months earlier. In a later interview with the same magazine (undated, looking back on 2019 and 2020) he says he has represented Azerbaijan in Croatia since 2018: the year only, which does not say whether it counts from his appointment or from his arrival, and does not settle whether Khasiyev was still ambassador in May 2018. No page read gives the day Khasiyev''s term ended; the office keeps AzVision''s day and is bounded at the latest by 12 March 2019, when the embassy''s page shows Gurbanov as ambassador.'
  WHERE discrepancy_id = 'khasiyev-croatia-term-end';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 4. Syria's list of foreigners killed: 143 or 142 names, and how many countries ------------------------------------
UPDATE change_context SET reason = 'Release 3.0 cites Sputnik''s French service (143 names from 17 countries) on the side of 143, and People''s Daily''s French edition and Prokerala (142, giving Xinhua''s report) on the side of 142, in the discrepancy on how many names Syria''s list of foreigners killed gave; its note now says what each page gives.', source_id = NULL;
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('foreign-fighters-list-143', 'sputnik-fr-196735439', 'stated', 'paragraphs 1 and 4');
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('foreign-fighters-list-142', 'peopledaily-fr-8037103', 'stated', 'paragraphs 1-2');
INSERT INTO citations (claim_id, source_id, link_basis, locator) VALUES ('foreign-fighters-list-142', 'prokerala-a343079', 'stated', 'paragraphs 1-2');
UPDATE discrepancy_claims SET claim = 'The Syrian government''s list gave 143 foreigners killed in Syria, say 1news.az, peacekeeper.ru (citizens of more than twenty countries) and Sputnik''s French service (nationals of 17 countries).'
  WHERE claim_id = 'foreign-fighters-list-143';
UPDATE discrepancy_claims SET claim = 'The list named 142 foreign fighters, say Ya Libnan, giving AFP''s report of the list as Al-Watan published it (from 18 countries, one of them an Azerbaijani), Prokerala, giving Xinhua''s report of the same publication, and People''s Daily''s French edition, which names no agency but gives the same figures (these two give no number of countries).'
  WHERE claim_id = 'foreign-fighters-list-142';
UPDATE discrepancies SET note = '1news.az (22 November 2012) and peacekeeper.ru (3 December 2012) speak of a list of 143 foreigners killed in Syria that the Syrian government gave the Security Council; peacekeeper.ru adds that they were citizens of more than twenty countries, and 1news.az gives no number of countries. Sputnik''s French service (26 November 2012, dated by its address) also counts 143, as the list was published by the Syrian site DNN, with the names of nationals of 17 countries. Ya Libnan''s page of 27 November 2012 (dated by its address), giving AFP''s report on the list as Al-Watan published it, counts 142 from 18 countries, one of them an Azerbaijani; Prokerala, giving Xinhua''s report of the same publication, and People''s Daily''s French edition, which names no agency but gives the same figures, also count 142 and give no number of countries. No page read explains either difference. The event follows 1news.az, its first source.'
  WHERE discrepancy_id = 'foreign-fighters-list-count';
UPDATE change_context SET reason = NULL, source_id = NULL;

-- Syria's 2012 list: the event's note credits Xinhua only to the page that names it (the second reader's reading) ---
UPDATE change_context SET reason = 'Release 3.0 credits Xinhua only to Prokerala in the note of Syria''s 2012 list of foreigners killed: People''s Daily''s French edition names no agency, though it gives the same figures.', source_id = NULL;
UPDATE events SET note = 'Known from 1news.az''s report of 22 November 2012, which says the list was given recently. Ya Libnan''s page of 27 November 2012 (dated by its address), giving AFP''s report, says Al-Watan, which published the list that Tuesday, gave it as sent to the Security Council the previous month, and counts 142 names, one of them an Azerbaijani, where 1news.az has 143: see the discrepancy on the count. Sputnik''s French service also names one Azerbaijani, while Prokerala, giving Xinhua''s report, and People''s Daily''s French edition, which names no agency, name two: see the discrepancy on the Azerbaijanis. The list is the Syrian government''s claim about the dead; it accuses the fighters, not the Azerbaijani state.'
  WHERE event_id = 'syria-lists-azerbaijanis-among-foreigners-killed';
UPDATE change_context SET reason = NULL, source_id = NULL;
