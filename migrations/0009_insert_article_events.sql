-- 0009: the article's dated record, event by event, with participants, topics, statements and
-- aid deliveries. Each event is cited to its paragraph.
--
-- The article gives most 2024-2025 days without a year. Read in order, its account runs from the
-- change of government on 8 December 2024 into 2025: December days are 2024, January to May days
-- 2025. Those dates carry date_basis 'inferred'. Where the article gives no day at all, the event
-- gets bounds worked out from the facts around it (date_basis 'derived'), never a made-up day.
-- Later scripts (0013 on) confirm or correct these dates from other sources.

-- 1992: diplomatic relations ------------------------------------------------------------------
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('diplomatic-relations-established', '1992-03-28', '1992-03-28', 'day', 'stated', '1992-03-28', '050', 'COOPERATE',
   'Azerbaijan and Syria establish diplomatic relations',
   'The two states formally open diplomatic relations.', NULL, NULL);
INSERT INTO event_participants (event_id, country_id, role) VALUES ('diplomatic-relations-established', 'AZE', 'participant');
INSERT INTO event_participants (event_id, country_id, role) VALUES ('diplomatic-relations-established', 'SYR', 'participant');
INSERT INTO event_topics (event_id, topic_id) VALUES ('diplomatic-relations-established', 'diplomacy');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('diplomatic-relations-established', 'jps-article', 2);

-- 1997: the decree founding the embassy -------------------------------------------------------
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('embassy-establishment-decree', '1997-04-11', '1997-04-11', 'day', 'stated', '1997-04-11', '050', 'COOPERATE',
   'Heydar Aliyev decrees an Azerbaijani embassy in Damascus',
   'President Heydar Aliyev signs the decree that creates the Embassy of Azerbaijan in Damascus.', NULL, NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, role) VALUES ('embassy-establishment-decree', 'heydar-aliyev', NULL, 'initiator');
INSERT INTO event_participants (event_id, person_id, organization_id, role) VALUES ('embassy-establishment-decree', NULL, 'embassy-azerbaijan-damascus', 'subject');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-establishment-decree', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-establishment-decree', 'embassy');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('embassy-establishment-decree', 'jps-article', 2);

-- 2008: the embassy opens ---------------------------------------------------------------------
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('embassy-opens-in-damascus', '2008-05-16', '2008-05-16', 'day', 'stated', '2008-05-16', '050', 'COOPERATE',
   'The Azerbaijani embassy in Damascus begins work',
   'Eleven years after the decree, Azerbaijan''s embassy in the Syrian capital officially starts operating.', 'damascus', NULL);
INSERT INTO event_participants (event_id, organization_id, role) VALUES
  ('embassy-opens-in-damascus', 'embassy-azerbaijan-damascus', 'subject');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-opens-in-damascus', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-opens-in-damascus', 'embassy');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('embassy-opens-in-damascus', 'jps-article', 2);

-- The suspension. The article dates it only as "seventeen years later" and elsewhere speaks of a
-- twelve-year pause before the 2025 reopening; it gives no usable day. Bounded here by the
-- opening and by the change of government; see the discrepancy in 0019.
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('embassy-suspended', '2008-05-16', '2024-12-08', 'range', 'derived', '[2008-05-16..2024-12-08]', '161', 'RETREAT',
   'Azerbaijan suspends its diplomatic mission in Syria',
   'Azerbaijan halts the work of its mission in Syria for an indefinite period, citing the worsening security situation and the military and political turmoil in the country.',
   'damascus', 'The article''s own dating ("seventeen years later") cannot be reconciled with its twelve-year pause; bounds only.');
INSERT INTO event_participants (event_id, organization_id, role) VALUES
  ('embassy-suspended', 'embassy-azerbaijan-damascus', 'subject');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-suspended', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-suspended', 'embassy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-suspended', 'security');
INSERT INTO citations (event_id, source_id, paragraph, note) VALUES ('embassy-suspended', 'jps-article', 2, 'The suspension and its reasons.');
INSERT INTO citations (event_id, source_id, paragraph, note) VALUES ('embassy-suspended', 'jps-article', 5, 'The pause before the reopening, called twelve years.');

-- 8 December 2024: the change of government in Syria ------------------------------------------
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('assad-government-falls', '2024-12-08', '2024-12-08', 'day', 'stated', '2024-12-08', NULL, NULL,
   'The Assad government falls and Syria''s leadership changes',
   'Bashar al-Assad''s government is overthrown; the article sees this as the start of a new phase in relations with Azerbaijan.',
   NULL, 'Not an interaction between the two countries, so no CAMEO code; kept as the turning point the article describes.');
INSERT INTO event_participants (event_id, person_id, organization_id, role) VALUES ('assad-government-falls', 'bashar-al-assad', NULL, 'subject');
INSERT INTO event_participants (event_id, person_id, organization_id, role) VALUES ('assad-government-falls', NULL, 'assad-government', 'subject');
INSERT INTO event_topics (event_id, topic_id) VALUES ('assad-government-falls', 'regional-stability');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('assad-government-falls', 'jps-article', 5);
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('assad-government-falls', 'jps-article', 6);

-- 10 December: the Foreign Ministry's statement (year inferred: two days after 8 December 2024) -
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('mfa-statement-on-restoring-relations', '2024-12-10', '2024-12-10', 'day', 'inferred', '2024-12-10', '013', NULL,
   'Azerbaijan''s Foreign Ministry hopes to restore ties with Syria',
   'Two days after the fall of the Assad government, the Azerbaijani Foreign Ministry publicly hopes that bilateral relations can be restored: the first step of the rapprochement.',
   NULL, 'The article gives 10 December without a year.');
INSERT INTO event_participants (event_id, organization_id, role) VALUES
  ('mfa-statement-on-restoring-relations', 'mfa-azerbaijan', 'speaker');
INSERT INTO event_topics (event_id, topic_id) VALUES ('mfa-statement-on-restoring-relations', 'diplomacy');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('mfa-statement-on-restoring-relations', 'jps-article', 6);
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary) VALUES
  ('mfa-hopes-relations-restored', 'mfa-statement-on-restoring-relations', NULL, 'mfa-azerbaijan',
   'Baku hopes that its relations with Syria will be restored.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('mfa-hopes-relations-restored', 'diplomacy');
INSERT INTO citations (statement_id, source_id, paragraph) VALUES ('mfa-hopes-relations-restored', 'jps-article', 6);

-- 29 December: Rafiyev in Damascus (year inferred: after 10 December 2024) ----------------------
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('rafiyev-visits-damascus', '2024-12-29', '2024-12-29', 'day', 'inferred', '2024-12-29', '042', 'CONSULT',
   'Deputy Foreign Minister Rafiyev meets al-Shaibani in Damascus',
   'Yalchin Rafiyev travels to Damascus and holds talks with the transitional Syrian foreign minister, Asaad Hassan al-Shaibani: the first Azerbaijani visit after the change of government.',
   'damascus', 'The article gives 29 December without a year.');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('rafiyev-visits-damascus', 'yalchin-rafiyev', NULL, 'visitor');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('rafiyev-visits-damascus', 'asaad-al-shaibani', NULL, 'host');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('rafiyev-visits-damascus', NULL, 'AZE', 'visitor');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('rafiyev-visits-damascus', NULL, 'SYR', 'host');
INSERT INTO event_topics (event_id, topic_id) VALUES ('rafiyev-visits-damascus', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('rafiyev-visits-damascus', 'turkiye-coordination');
INSERT INTO event_topics (event_id, topic_id) VALUES ('rafiyev-visits-damascus', 'territorial-integrity');
INSERT INTO event_topics (event_id, topic_id) VALUES ('rafiyev-visits-damascus', 'regional-stability');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('rafiyev-visits-damascus', 'jps-article', 6);
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('rafiyev-support-alongside-turkiye', 'rafiyev-visits-damascus', 'yalchin-rafiyev',
   'Azerbaijan stands by Syria, together with Türkiye, at this critical moment.');
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('al-shaibani-liberation-serves-peace', 'rafiyev-visits-damascus', 'asaad-al-shaibani',
   'Azerbaijan''s recovery of its territories matters for peace in the region.');
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('al-shaibani-praises-support', 'rafiyev-visits-damascus', 'asaad-al-shaibani',
   'Syria values Azerbaijan''s support, above all as delivered in partnership with Türkiye.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('rafiyev-support-alongside-turkiye', 'turkiye-coordination');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-shaibani-liberation-serves-peace', 'territorial-integrity');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-shaibani-liberation-serves-peace', 'regional-stability');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-shaibani-praises-support', 'turkiye-coordination');
INSERT INTO citations (statement_id, source_id, paragraph) VALUES ('rafiyev-support-alongside-turkiye', 'jps-article', 6);
INSERT INTO citations (statement_id, source_id, paragraph) VALUES ('al-shaibani-liberation-serves-peace', 'jps-article', 6);
INSERT INTO citations (statement_id, source_id, paragraph) VALUES ('al-shaibani-praises-support', 'jps-article', 6);

-- The first aid convoy: after the visit, before the second batch of 28 February 2025 ------------
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('first-aid-convoy-dispatched', '2024-12-29', '2025-02-28', 'range', 'derived', '[2024-12-29..2025-02-28]', '073', 'AID',
   'Azerbaijan sends its first humanitarian convoy to Syria',
   'On President Ilham Aliyev''s instruction, ten lorries carrying some 200 tonnes of food and basic supplies leave for Syria to help people hit by the crisis.',
   NULL, 'The article dates it only as after the deputy minister''s visit.');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('first-aid-convoy-dispatched', 'ilham-aliyev', NULL, 'initiator');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('first-aid-convoy-dispatched', NULL, 'AZE', 'donor');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('first-aid-convoy-dispatched', NULL, 'SYR', 'recipient');
INSERT INTO event_topics (event_id, topic_id) VALUES ('first-aid-convoy-dispatched', 'humanitarian-aid');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('first-aid-convoy-dispatched', 'jps-article', 7);
INSERT INTO aid_deliveries (aid_delivery_id, event_id, sequence_number, donor_country_id, recipient_country_id, recipients, trucks, tonnes, tonnes_approximate, contents) VALUES
  ('first-aid-convoy', 'first-aid-convoy-dispatched', 1, 'AZE', 'SYR', 'People affected by the humanitarian crisis in Syria', 10, 200, 1, 'Food and essential supplies');
INSERT INTO citations (aid_delivery_id, source_id, paragraph) VALUES ('first-aid-convoy', 'jps-article', 7);

-- 13 February: Aliyev on Syria as Türkiye's new ambassador presents credentials (year inferred) --
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('aliyev-receives-turkish-ambassador', '2025-02-13', '2025-02-13', 'day', 'inferred', '2025-02-13', '030', 'COOPERATE',
   'Aliyev pledges to act with Türkiye on Syria',
   'Receiving the credentials of Birol Akgün, Türkiye''s new ambassador, President Ilham Aliyev says Azerbaijan keeps standing with Türkiye on Syria and is ready to help, jointly with Ankara, with Syria''s stability, security and humanitarian needs.',
   NULL, 'The article gives 13 February without a year, and no place.');
INSERT INTO event_participants (event_id, person_id, role) VALUES ('aliyev-receives-turkish-ambassador', 'ilham-aliyev', 'host');
INSERT INTO event_participants (event_id, person_id, role) VALUES ('aliyev-receives-turkish-ambassador', 'birol-akgun', 'guest');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aliyev-receives-turkish-ambassador', 'turkiye-coordination');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aliyev-receives-turkish-ambassador', 'security');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aliyev-receives-turkish-ambassador', 'humanitarian-aid');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aliyev-receives-turkish-ambassador', 'regional-stability');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('aliyev-receives-turkish-ambassador', 'jps-article', 10);
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('aliyev-with-turkiye-on-syria', 'aliyev-receives-turkish-ambassador', 'ilham-aliyev',
   'From the start Azerbaijan has sided with Türkiye on Syria, and it is prepared to work with Türkiye for Syria''s stability and security and to meet its humanitarian needs.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-with-turkiye-on-syria', 'turkiye-coordination');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-with-turkiye-on-syria', 'security');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-with-turkiye-on-syria', 'humanitarian-aid');
INSERT INTO citations (statement_id, source_id, paragraph) VALUES ('aliyev-with-turkiye-on-syria', 'jps-article', 10);

-- The embassy resumes work: after the change of government; the article gives no day -----------
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('embassy-resumes-operations', '2024-12-08', NULL, 'range', 'derived', '[2024-12-08..]', '050', 'COOPERATE',
   'The Azerbaijani embassy in Damascus reopens',
   'After a pause the article puts at twelve years, Azerbaijan''s embassy in Damascus resumes its work, a step the article expects to move ties forward.',
   'damascus', 'The article does not date the reopening; it follows the change of government.');
INSERT INTO event_participants (event_id, organization_id, role) VALUES
  ('embassy-resumes-operations', 'embassy-azerbaijan-damascus', 'subject');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-resumes-operations', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('embassy-resumes-operations', 'embassy');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('embassy-resumes-operations', 'jps-article', 5);
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('embassy-resumes-operations', 'jps-article', 17);

-- 28 February: the second batch of aid (year inferred) -----------------------------------------
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('second-aid-batch-sent', '2025-02-28', '2025-02-28', 'day', 'inferred', '2025-02-28', '073', 'AID',
   'Azerbaijan sends a second batch of humanitarian aid',
   'A second consignment of Azerbaijani humanitarian aid is sent to Syria.',
   NULL, 'The article gives 28 February without a year, and no quantities.');
INSERT INTO event_participants (event_id, country_id, role) VALUES ('second-aid-batch-sent', 'AZE', 'donor');
INSERT INTO event_participants (event_id, country_id, role) VALUES ('second-aid-batch-sent', 'SYR', 'recipient');
INSERT INTO event_topics (event_id, topic_id) VALUES ('second-aid-batch-sent', 'humanitarian-aid');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('second-aid-batch-sent', 'jps-article', 8);
INSERT INTO aid_deliveries (aid_delivery_id, event_id, sequence_number, donor_country_id, recipient_country_id, note) VALUES
  ('second-aid-batch', 'second-aid-batch-sent', 2, 'AZE', 'SYR', 'The article gives no trucks, tonnage or contents.');
INSERT INTO citations (aid_delivery_id, source_id, paragraph) VALUES ('second-aid-batch', 'jps-article', 8);

-- The handing out at Karakopru. The article ties it to the second batch, so on or after 28 February.
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('aid-distribution-karakopru', '2025-02-28', NULL, 'range', 'derived', '[2025-02-28..]', '073', 'AID',
   'Embassy staff help hand out aid at the Karakopru camp',
   'Staff of the Azerbaijani embassy take part in distributing aid at a camp for internally displaced people in the village of Karakopru, in Aleppo.',
   'karakopru-idp-camp', 'Undated in the article; placed with the second batch.');
INSERT INTO event_participants (event_id, organization_id, role) VALUES
  ('aid-distribution-karakopru', 'embassy-azerbaijan-damascus', 'distributor');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aid-distribution-karakopru', 'humanitarian-aid');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('aid-distribution-karakopru', 'jps-article', 8);

-- 28 March: the iftar for orphaned children (year inferred) ------------------------------------
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('iftar-for-orphaned-children', '2025-03-28', '2025-03-28', 'day', 'inferred', '2025-03-28', '073', 'AID',
   'The embassy holds an iftar for a thousand orphans in Damascus',
   'Azerbaijan''s embassy hosts an evening meal breaking the Ramadan fast for one thousand orphaned children in the Syrian capital.',
   'damascus', 'The article gives 28 March without a year.');
INSERT INTO event_participants (event_id, organization_id, role) VALUES
  ('iftar-for-orphaned-children', 'embassy-azerbaijan-damascus', 'organizer');
INSERT INTO event_topics (event_id, topic_id) VALUES ('iftar-for-orphaned-children', 'humanitarian-aid');
INSERT INTO event_topics (event_id, topic_id) VALUES ('iftar-for-orphaned-children', 'islamic-solidarity');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('iftar-for-orphaned-children', 'jps-article', 8);
INSERT INTO aid_deliveries (aid_delivery_id, event_id, donor_country_id, donor_organization_id, recipient_country_id, recipients, contents, beneficiary_count, beneficiary_unit) VALUES
  ('iftar-meals-for-orphans', 'iftar-for-orphaned-children', 'AZE', 'embassy-azerbaijan-damascus', 'SYR', 'Orphaned children', 'Iftar meals', 1000, 'children');
INSERT INTO citations (aid_delivery_id, source_id, paragraph) VALUES ('iftar-meals-for-orphans', 'jps-article', 8);

-- The presidents' first meeting: undated in the article; after the change of government ---------
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('first-aliyev-al-sharaa-meeting', '2024-12-08', NULL, 'range', 'derived', '[2024-12-08..]', '044', 'CONSULT',
   'Ilham Aliyev and Ahmed al-Sharaa meet for the first time',
   'The first meeting of the two presidents gives the relationship fresh impetus: Aliyev offers Azerbaijan''s part in Syria''s reconstruction, and al-Sharaa thanks him and asks for continued help with energy, infrastructure and security.',
   NULL, 'The article gives neither date nor place.');
INSERT INTO event_participants (event_id, person_id, role) VALUES ('first-aliyev-al-sharaa-meeting', 'ilham-aliyev', 'participant');
INSERT INTO event_participants (event_id, person_id, role) VALUES ('first-aliyev-al-sharaa-meeting', 'ahmed-al-sharaa', 'participant');
INSERT INTO event_topics (event_id, topic_id) VALUES ('first-aliyev-al-sharaa-meeting', 'reconstruction');
INSERT INTO event_topics (event_id, topic_id) VALUES ('first-aliyev-al-sharaa-meeting', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('first-aliyev-al-sharaa-meeting', 'infrastructure');
INSERT INTO event_topics (event_id, topic_id) VALUES ('first-aliyev-al-sharaa-meeting', 'security');
INSERT INTO event_topics (event_id, topic_id) VALUES ('first-aliyev-al-sharaa-meeting', 'regional-stability');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('first-aliyev-al-sharaa-meeting', 'jps-article', 14);
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('first-aliyev-al-sharaa-meeting', 'jps-article', 15);
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('aliyev-ready-to-join-reconstruction', 'first-aliyev-al-sharaa-meeting', 'ilham-aliyev',
   'Azerbaijan is prepared to take part in rebuilding Syria, which stability there requires.');
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('al-sharaa-thanks-aliyev-for-support', 'first-aliyev-al-sharaa-meeting', 'ahmed-al-sharaa',
   'Al-Sharaa is grateful for the support Azerbaijan has given.');
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('al-sharaa-asks-continued-support', 'first-aliyev-al-sharaa-meeting', 'ahmed-al-sharaa',
   'Continued Azerbaijani help matters to Syria in energy, infrastructure and security.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-ready-to-join-reconstruction', 'reconstruction');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-ready-to-join-reconstruction', 'regional-stability');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-sharaa-asks-continued-support', 'energy');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-sharaa-asks-continued-support', 'infrastructure');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-sharaa-asks-continued-support', 'security');
INSERT INTO citations (statement_id, source_id, paragraph) VALUES ('aliyev-ready-to-join-reconstruction', 'jps-article', 14);
INSERT INTO citations (statement_id, source_id, paragraph) VALUES ('al-sharaa-thanks-aliyev-for-support', 'jps-article', 15);
INSERT INTO citations (statement_id, source_id, paragraph) VALUES ('al-sharaa-asks-continued-support', 'jps-article', 15);

-- 4 May: Sharifov's delegation in Syria (year inferred) ----------------------------------------
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('sharifov-delegation-visits-syria', '2025-05-04', '2025-05-04', 'day', 'inferred', '2025-05-04', '042', 'CONSULT',
   'Deputy Prime Minister Sharifov leads a delegation to Syria',
   'A senior Azerbaijani delegation under Samir Sharifov makes an official visit to back Syria''s recovery after the conflict and to explore cooperation in the economy, energy, culture and education; al-Sharaa receives it.',
   NULL, 'The article gives 4 May without a year, and names only the country.');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('sharifov-delegation-visits-syria', 'samir-sharifov', NULL, 'delegation_leader');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('sharifov-delegation-visits-syria', 'ahmed-al-sharaa', NULL, 'host');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('sharifov-delegation-visits-syria', NULL, 'AZE', 'visitor');
INSERT INTO event_participants (event_id, person_id, country_id, role) VALUES ('sharifov-delegation-visits-syria', NULL, 'SYR', 'host');
INSERT INTO event_topics (event_id, topic_id) VALUES ('sharifov-delegation-visits-syria', 'reconstruction');
INSERT INTO event_topics (event_id, topic_id) VALUES ('sharifov-delegation-visits-syria', 'economy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('sharifov-delegation-visits-syria', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('sharifov-delegation-visits-syria', 'culture');
INSERT INTO event_topics (event_id, topic_id) VALUES ('sharifov-delegation-visits-syria', 'education');
INSERT INTO event_topics (event_id, topic_id) VALUES ('sharifov-delegation-visits-syria', 'territorial-integrity');
INSERT INTO citations (event_id, source_id, paragraph) VALUES ('sharifov-delegation-visits-syria', 'jps-article', 16);
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('al-sharaa-thanks-swift-mission', 'sharifov-delegation-visits-syria', 'ahmed-al-sharaa',
   'Al-Sharaa thanks Azerbaijan for sending the mission so quickly and points to the threats to territorial integrity that both countries have faced.');
INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('al-sharaa-recovery-as-model', 'sharifov-delegation-visits-syria', 'ahmed-al-sharaa',
   'How Azerbaijan rebuilt after its wars could serve Syria as an example.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-sharaa-thanks-swift-mission', 'territorial-integrity');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-sharaa-recovery-as-model', 'reconstruction');
INSERT INTO citations (statement_id, source_id, paragraph) VALUES ('al-sharaa-thanks-swift-mission', 'jps-article', 16);
INSERT INTO citations (statement_id, source_id, paragraph) VALUES ('al-sharaa-recovery-as-model', 'jps-article', 16);
