-- 0055: two facts of 2012-2013 from the stored pages, and two subjects searched without a usable date.
--   The Security Council's authorisation of the joint OPCW-UN mission in Syria, given on Friday
--   11 October 2013 by a letter from its president for October, Azerbaijan's Agshin Mehdiyev, to
--   Ban Ki-moon (BioBioChile dates it; SurFlorida, from AP, names the letter). The Foreign
--   Ministry's word, when the ambassador and staff left Syria in August 2012, that no Azerbaijani
--   citizen remained there, and its spokesman's, that no one knew when the embassy would work again
--   (Davam.az, with the pages already cited for the departure). Ban Ki-moon's attested term reaches
--   the day BioBioChile shows him in office. The coverage gap on repatriation batches names the site
--   whose copy it read correctly (Elxeber.com). Two subjects whose pages give no year are listed as
--   coverage gaps instead of facts.

UPDATE change_context SET reason = 'Release 3.0 records the Security Council''s authorisation of the joint OPCW-UN mission in Syria by the letter of its October 2013 president, Azerbaijan''s Agshin Mehdiyev: the pages read.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('biobiochile-20131011-opcw-mission', 'web_page', 'UN Security Council approves a joint mission to destroy Syria''s chemical arsenal', 'BioBioChile', 'http://www.biobiochile.cl/noticias/2013/10/11/consejo-de-seguridad-de-la-onu-aprueba-creacion-de-mision-conjunta-para-destruir-arsenal-sirio.shtml', 'es', '2013-10-11', '2026-12-07', 'The date is taken from the page''s address; the Council acted "this Friday".', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('surflorida-17183', 'web_page', 'UN Security Council authorises a joint OPCW-UN mission for Syria''s chemical arsenal', 'SurFlorida (from The Associated Press)', 'https://surflorida.com/?p=17183', 'es', NULL, '2026-12-07', 'Undated; the letter was delivered on a Friday morning, the day the OPCW was awarded the Nobel Peace Prize.', 'private_media', NULL);

INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('opcw', 'Organisation for the Prohibition of Chemical Weapons', 'OPCW', 'international_organization', NULL, NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('opcw', 'surflorida-17183', 'paragraph 1');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, evidence_status, note) VALUES ('unsc-authorises-opcw-un-joint-mission', '2013-10-11', '2013-10-11', 'day', 'derived', '2013-10-11', NULL, 'Council president Mehdiyev conveys the Security Council''s authorisation of a joint OPCW-UN mission in Syria', 'In a letter from Azerbaijan''s Agshin Mehdiyev, President of the Security Council for October, to Secretary-General Ban Ki-moon, the Council authorises the joint mission of the UN and the OPCW that Ban had proposed, about a hundred strong, to destroy Syria''s chemical arsenal by 30 June 2014.', NULL, 'confirmed', 'Derived: BioBioChile''s page, dated 11 October 2013 in its address, says the Council approved the mission "this Friday", and 11 October 2013 was a Friday; SurFlorida (AP) also puts the letter on a Friday. No page says where the letter was signed. No CAMEO code fits an authorisation given by letter.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('unsc-authorises-opcw-un-joint-mission', 'agshin-mehdiyev', NULL, NULL, 'speaker', 'As President of the Council for October 2013, he sent the letter giving the authorisation.', 'agshin-mehdiyev-un-representative');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('unsc-authorises-opcw-un-joint-mission', NULL, 'un-security-council', NULL, 'participant', NULL, NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('unsc-authorises-opcw-un-joint-mission', 'ban-ki-moon', NULL, NULL, 'addressee', 'The letter was addressed to him; the mission was his proposal.', 'ban-ki-moon-secretary-general');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('unsc-authorises-opcw-un-joint-mission', NULL, 'opcw', NULL, 'subject', 'Its joint mission with the UN is what the Council authorised.', NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('unsc-authorises-opcw-un-joint-mission', NULL, NULL, 'SYR', 'subject', NULL, NULL);
INSERT INTO event_topics (event_id, topic_id) VALUES ('unsc-authorises-opcw-un-joint-mission', 'chemical-weapons');
INSERT INTO event_topics (event_id, topic_id) VALUES ('unsc-authorises-opcw-un-joint-mission', 'multilateral');
INSERT INTO event_topics (event_id, topic_id) VALUES ('unsc-authorises-opcw-un-joint-mission', 'syrian-war');
INSERT INTO citations (event_id, source_id, locator) VALUES ('unsc-authorises-opcw-un-joint-mission', 'biobiochile-20131011-opcw-mission', 'paragraphs 1, 3 and 8');
INSERT INTO citations (event_id, source_id, locator) VALUES ('unsc-authorises-opcw-un-joint-mission', 'surflorida-17183', 'paragraphs 1-4');

UPDATE change_context SET reason = 'Release 3.0 extends Ban Ki-moon''s attested term: BioBioChile''s page of 11 October 2013 shows him as UN Secretary-General that day.', source_id = 'biobiochile-20131011-opcw-mission';
UPDATE positions SET end_earliest = '2013-10-11' WHERE position_id = 'ban-ki-moon-secretary-general' AND end_earliest < '2013-10-11';
INSERT INTO citations (position_id, source_id, locator) VALUES ('ban-ki-moon-secretary-general', 'biobiochile-20131011-opcw-mission', 'paragraph 8');

UPDATE change_context SET reason = 'The coverage gap on repatriation batches named the wrong site for the undated copy it read: the page is Elxeber.com''s.', source_id = NULL;
UPDATE coverage_gaps SET finding = replace(finding, 'the stored copy (Elxeber.az) shows no date', 'the stored copy (Elxeber.com) shows no date') WHERE gap_id = 'repatriation-batches-without-year';

UPDATE change_context SET reason = 'Release 3.0 records what the Foreign Ministry and its spokesman said when the ambassador and staff left Syria in August 2012: Davam.az, with the Al-Sharq and Azatlyk pages already cited for the departure.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('davam-5569', 'web_page', 'Azerbaijan''s ambassador to Syria and the embassy''s staff have left the country', 'Davam.az', 'http://davam.sapphire.mysitepreview.co.uk/print:page,1,5569-azrbaycann-suriyadak-sfiri-v-sfirliyin-mkdalar-lkni-trk-ediblr.html', 'az', NULL, '2026-12-07', 'Undated print page, stored on a preview host; the ministry''s press service spoke on Tuesday.', 'private_media', 'AZE');
INSERT INTO citations (event_id, source_id, locator) VALUES ('embassy-suspended', 'davam-5569', 'headline and paragraphs 1-3');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('embassy-suspended', NULL, 'mfa-azerbaijan', NULL, 'speaker', 'Its press service announced the departure.', NULL);
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('mfa-no-citizens-left-in-syria-2012', 'embassy-suspended', NULL, 'mfa-azerbaijan', 'Baku made every arrangement for the embassy''s staff to leave; no Azerbaijani citizen is now in Syria, and Baku hopes things there settle soon so that its mission can work again.', 'Said by the ministry''s press service when the ambassador and staff had left; Davam.az says it spoke on a Tuesday but gives no date.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('mfa-no-citizens-left-in-syria-2012', 'consular');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('mfa-no-citizens-left-in-syria-2012', 'embassy');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('mfa-no-citizens-left-in-syria-2012', 'davam-5569', 'paragraphs 2-3');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('mfa-no-citizens-left-in-syria-2012', 'sauress-432869', 'paragraph 1 (the page''s only paragraph)');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('mfa-no-citizens-left-in-syria-2012', 'azathabar-24669203', 'paragraphs 2-3');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('embassy-suspended', 'elman-abdullayev', NULL, NULL, 'speaker', 'The ministry''s spokesman on the departure, as Al-Sharq reports.', 'elman-abdullayev-press-secretary');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('abdullayev-embassy-return-date-unknown-2012', 'embassy-suspended', 'elman-abdullayev', NULL, 'No one yet knows when the embassy in Damascus will resume; the 60 citizens on its register have left Syria, and he hopes stability returns soon so that the mission, and the citizens with their work and studies, can go back.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('abdullayev-embassy-return-date-unknown-2012', 'consular');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('abdullayev-embassy-return-date-unknown-2012', 'embassy');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('abdullayev-embassy-return-date-unknown-2012', 'sauress-432869', 'paragraph 1 (the page''s only paragraph)');

UPDATE change_context SET reason = 'Release 3.0 lists two subjects searched for whose pages give no usable date, so that they are not searched again in vain.', source_id = NULL;
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('russian-evacuation-flight-2013', 2013, 2013, 'Azerbaijani citizens flown out of Syria on a Russian Emergencies Ministry flight', 'az, ru', 'Trend (dated 29 May, with no year on the page) and Vesti.ru (undated) report a flight from Latakia carrying 128 people, Azerbaijani citizens among them; only Vesti''s running total "since the start of 2013" hints at the year, and the two pages'' totals for the year differ (more than 380 against 511), so it is not recorded.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('mammadyarov-al-muallem-talks-undated', 2007, 2009, 'Mammadyarov''s talks with al-Muallem as reported by SANA through Voltaire Network', 'ar', 'The stored copy reports talks held "yesterday", with Mammadyarov inviting al-Muallem to an official visit later that year, but shows no date, so the talks are not tied to either recorded visit of Mammadyarov (April 2007, May 2009).');

UPDATE change_context SET reason = NULL, source_id = NULL;
