-- 0080: who carried out the repatriations from Syria of 2021-2024, each checked against its page.
--   Nine repatriations added before 0075 named the Foreign Ministry as their initiator. Their pages, brought up
--   again, show the ministry giving the account, not acting: seven of them (24 November 2021 and 25-28 May 2022,
--   from News.Az and Kaspiy.az; 24 November 2022, 31 October 2023 and 4 June 2024, from News.Az and AzVision;
--   21 November 2023, from TurkicWorld; 3 August 2023, from Syria TV) credit the government's measures, so the
--   government is the initiator, with a note naming who gave the account; for 20 February 2024 (Turan and az24saat:
--   state bodies and the embassy act, the government is named only as going on with such steps) and 14 May 2024
--   (Turan, AzerNews on MENAFN) no page credits a body, so the initiator is the country, with a note, as 0075 did.
--   Türkiye's part in the repatriation of 24 November 2022 is transit only on News.Az's page: its note no longer
--   says help. Every other participant row of the repatriations, of the Ombudsman's visits and report, and of
--   Zahid Oruj's count is kept as it is.

-- 24 November 2021: News.Az, from the Foreign Ministry ------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 credits the repatriation of 24 November 2021 to the government, not the Foreign Ministry: News.Az''s page, whose account the ministry gave, credits measures the government took and the joint work of the state bodies concerned, and names no single body as carrying it out.', source_id = 'news-az-repatriates-12-amarna';
UPDATE event_participants SET organization_id = 'government-azerbaijan', note = 'The Foreign Ministry, which gave News.Az the account, credits consistent, coordinated steps of the government and the joint work of the state bodies concerned; it names no single body as carrying it out. The Caucasian Knot, citing the ministry, says the authorities brought them home.' WHERE participant_id = 399;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 25-28 May 2022: Kaspiy.az, from the Foreign Ministry's press service --------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 credits the repatriation of 25-28 May 2022 to the government, not the Foreign Ministry: Kaspiy.az''s page, from the ministry''s press service, credits phased, coordinated measures the government took, and names no single body as carrying it out.', source_id = 'kaspiy-11-from-syria';
UPDATE event_participants SET organization_id = 'government-azerbaijan', note = 'The Foreign Ministry''s press service, as Kaspiy.az reports it, credits phased, coordinated steps of the government, with officials of the state bodies in the working group for repatriation from Iraq and Syria sent to Türkiye; it names no single body as carrying it out.' WHERE participant_id = 401;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 24 November 2022: News.Az, from the Foreign Ministry ------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 credits the repatriation of 24 November 2022 to the government, not the Foreign Ministry, and keeps Türkiye''s part to transit: News.Az''s page, whose account the ministry gave, credits gradual, coordinated measures the government took, names no single body as carrying it out, and says only that the citizens passed through Türkiye, with no word of Turkish help.', source_id = 'news-az-repatriated-16';
UPDATE event_participants SET organization_id = 'government-azerbaijan', note = 'The Foreign Ministry, which gave News.Az the account, credits gradual, coordinated steps of the government, with officials of the state bodies concerned sent to Türkiye and the embassy there issuing papers and tickets; it names no single body as carrying it out.' WHERE participant_id = 240;
UPDATE event_participants SET note = 'Transit.' WHERE participant_id = 241;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 3 August 2023: Syria TV, from the Foreign Ministry's account ----------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 credits the repatriation of 3 August 2023 to the government, not the Foreign Ministry: Syria TV''s page, relaying what the ministry said, has the government ease the citizens'' return, coordinating with Türkiye and supported by it; the Ombudsman''s page names no body.', source_id = 'syria-tv-16-jarablus';
UPDATE event_participants SET organization_id = 'government-azerbaijan', note = 'Syria TV, relaying the Foreign Ministry''s account through Trend, says the government eased their return by coordinating efforts, with Türkiye''s support; the Ombudsman''s page names no body. Neither names a single body as carrying it out.' WHERE participant_id = 403;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 31 October 2023: News.Az, from the Foreign Ministry, and Meydan TV ----------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 credits the repatriation of 31 October 2023 to the government, not the Foreign Ministry: News.Az''s page, whose account the ministry gave, credits phased, coordinated measures the government took under the rules of the presidential decree of 28 October 2023, and Meydan TV relays the ministry''s account without crediting the government; neither names a single body as carrying it out.', source_id = 'news-az-repatriates-11';
UPDATE event_participants SET organization_id = 'government-azerbaijan', note = 'The Foreign Ministry, which gave News.Az the account, credits phased, coordinated steps of the government under the rules a presidential decree of 28 October 2023 approved; Meydan TV relays the ministry''s account without crediting the government. Neither names a single body as carrying it out.' WHERE participant_id = 242;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 21 November 2023: TurkicWorld, from the Foreign Ministry --------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 credits the repatriation of 21 November 2023 to the government, not the Foreign Ministry: TurkicWorld''s page, whose account the ministry gave, credits phased, coordinated measures the government took under the rules of presidential decree No. 2336, and names no single body as carrying it out.', source_id = 'turkic-world-172150';
UPDATE event_participants SET organization_id = 'government-azerbaijan', note = 'The Foreign Ministry, which gave TurkicWorld the account, credits phased, coordinated steps of the government under the rules approved by presidential decree No. 2336; it names no single body as carrying it out.' WHERE participant_id = 244;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 20 February 2024: Turan and az24saat, from the Foreign Ministry, name no body that carried it out ---------------
UPDATE change_context SET reason = 'Release 3.0 credits the repatriation of 20 February 2024 to Azerbaijan, not the Foreign Ministry: Turan''s and az24saat''s pages have the ministry give the account, officials of the state bodies concerned examine the returnees and the embassy in Türkiye issue papers, and name the government only as going on with such steps; neither credits a single body, so the initiator is the country, as for 14 May 2024.', source_id = 'turan-777607';
UPDATE event_participants SET organization_id = NULL, country_id = 'AZE', note = 'Neither page names the body that carried it out: the Foreign Ministry gave the account (Turan, az24saat), officials of the state bodies concerned examined the returnees in Türkiye and the embassy there issued their papers, and the government appears only in the ministry''s word that it will keep taking such steps.' WHERE participant_id = 247;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 14 May 2024: Turan and AzerNews on MENAFN name no body -----------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 credits the repatriation of 14 May 2024 to Azerbaijan, not the Foreign Ministry: Turan says only that the ministry reported it, and AzerNews (on MENAFN) names no body; neither page names the body that carried it out.', source_id = 'turan-eight-repatriated';
UPDATE event_participants SET organization_id = NULL, country_id = 'AZE', note = 'Neither page names the body that carried it out; Turan says the Foreign Ministry reported it.' WHERE participant_id = 406;
UPDATE change_context SET reason = NULL, source_id = NULL;

-- 4 June 2024: AzVision, from the Foreign Ministry -----------------------------------------------------------------
UPDATE change_context SET reason = 'Release 3.0 credits the repatriation of 4 June 2024 to the government, not the Foreign Ministry: AzVision''s page, reporting the ministry''s account, credits gradual, coordinated efforts of the government, and names no single body as carrying it out.', source_id = 'azvision-en-179887';
UPDATE event_participants SET organization_id = 'government-azerbaijan', note = 'The Foreign Ministry, whose account AzVision reports, credits gradual, coordinated efforts of the government, with officials of the state bodies concerned sent to Türkiye and the embassy there arranging the return; it names no single body as carrying it out.' WHERE participant_id = 249;
UPDATE change_context SET reason = NULL, source_id = NULL;
