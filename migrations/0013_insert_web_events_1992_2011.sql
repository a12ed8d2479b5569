-- 0013: the record from 1992 to 2011 from the web pages of 0011: recognition, the first visits,
-- Assad's 2009 visit to Baku, the joint commission and the first talks on gas. The agreements
-- signed at these events are in 0017; the trade figures in 0018.

-- The article's 1992 and 1997 dates, confirmed.
INSERT INTO citations (event_id, source_id) VALUES ('diplomatic-relations-established', 'mfa-az-syria');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-establishment-decree', 'yenixeber-127229');
INSERT INTO citations (event_id, source_id) VALUES ('embassy-opens-in-damascus', 'yenixeber-127229');
UPDATE events SET evidence_status = 'disputed',
  note = 'One secondary page gives May 1992; see the discrepancy.'
WHERE event_id = 'diplomatic-relations-established';
UPDATE events SET summary = 'Eleven years after the decree, Azerbaijan''s embassy in the Syrian capital officially starts operating, with Mahir Aliyev as its first ambassador.'
WHERE event_id = 'embassy-opens-in-damascus';
INSERT INTO event_participants (event_id, person_id, role) VALUES ('embassy-opens-in-damascus', 'mahir-aliyev', 'participant');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('syria-recognises-azerbaijan', '1992-01-16', '1992-01-16', 'day', 'stated', '1992-01-16', '054', 'COOPERATE',
   'Syria recognises Azerbaijan''s independence',
   'Syria formally recognises the newly independent Republic of Azerbaijan.', NULL, NULL);
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('heydar-aliyev-hafez-al-assad-tehran-talk', '1997-12-09', '1997-12-09', 'day', 'stated', '1997-12-09', '044', 'CONSULT',
   'Heydar Aliyev and Hafez al-Assad talk in Tehran',
   'The presidents of Azerbaijan and Syria hold a conversation in the Iranian capital.', 'tehran', NULL);
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('mammadyarov-visit-2007', '2007-04-11', '2007-04-12', 'range', 'stated', '2007-04-11/2007-04-12', '042', 'CONSULT',
   'Foreign Minister Mammadyarov visits Syria',
   'Azerbaijan''s foreign minister Elmar Mammadyarov makes a two-day visit, listed among the foreign ministers'' mutual visits.', NULL,
   'The page names no city.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('mammadyarov-visit-2009', '2009-05-23', '2009-05-25', 'range', 'stated', '2009-05-23/2009-05-25', '042', 'CONSULT',
   'Foreign Minister Mammadyarov visits Syria again',
   'Elmar Mammadyarov makes a further visit of three days, listed among the foreign ministers'' mutual visits.', NULL,
   'The page names no city.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('al-muallem-visits-azerbaijan', '2009-06-02', '2009-06-03', 'range', 'stated', '2009-06-02/2009-06-03', '042', 'CONSULT',
   'Syrian Foreign Minister al-Muallem visits Azerbaijan',
   'Walid al-Muallem makes an official visit to Azerbaijan.', NULL, 'The page names no city.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('bashar-al-assad-visits-baku', '2009-07-08', '2009-07-09', 'range', 'stated', '2009-07-08/2009-07-09', '042', 'CONSULT',
   'President Bashar al-Assad makes an official visit to Baku',
   'Assad and Ilham Aliyev hold talks and a joint press conference; a set of cooperation agreements and memoranda is signed during the visit.', 'baku', NULL);
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('assad-on-azerbaijani-gas', '2009-07-01', '2009-07-31', 'month', 'stated', '2009-07', '010', NULL,
   'Assad says Azerbaijan agreed to sell gas to Syria',
   'Bashar al-Assad says that Azerbaijan has agreed to sell Syria one billion cubic metres of natural gas.', NULL,
   'The page gives the month only, and no period for the volume.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('joint-commission-established', '2009-11-04', '2009-11-04', 'day', 'stated', '2009-11-04', '050', 'COOPERATE',
   'The intergovernmental joint commission is established',
   'The two governments set up their Joint Commission on Economic, Scientific, Technical and Cultural Cooperation.', NULL, NULL);
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('gas-talks-document-signed', '2010-03-03', '2010-03-03', 'day', 'inferred', '2010-03-03', '057', 'AGREE',
   'Energy ministers sign a document opening talks on gas sales to Syria',
   'During Industry and Energy Minister Natig Aliyev''s March visit to Syria, the two energy ministers sign a document that starts negotiations on Syrian purchases of Azerbaijani gas.', NULL,
   'The page gives 3 March; the year comes from its context. It names no city. Another account gives 4 March; see the discrepancy.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('gas-working-groups-initial-draft', '2010-04-20', '2010-04-20', 'day', 'inferred', '2010-04-20', '040', 'CONSULT',
   'Working groups meet to initial a draft gas agreement',
   'Working groups of the two sides meet to initial a draft of the gas agreement.', NULL,
   'The year comes from the page''s context, as for 3 March.');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, note) VALUES
  ('joint-commission-first-session', '2010-06-29', '2010-06-30', 'range', 'stated', '2010-06-29/2010-06-30', '040', 'CONSULT',
   'First session of the joint commission in Baku',
   'The joint commission meets for the first time, co-chaired by Syria''s oil minister Sufian Allaw and Azerbaijan''s agriculture minister Ismat Abbasov; Ilham Aliyev receives Allaw.', 'baku', NULL);

UPDATE events SET evidence_status = 'disputed' WHERE event_id = 'gas-talks-document-signed';

INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('syria-recognises-azerbaijan', NULL, NULL, 'SYR', 'initiator');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('syria-recognises-azerbaijan', NULL, NULL, 'AZE', 'subject');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('heydar-aliyev-hafez-al-assad-tehran-talk', 'heydar-aliyev', NULL, NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('heydar-aliyev-hafez-al-assad-tehran-talk', 'hafez-al-assad', NULL, NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('mammadyarov-visit-2007', 'elmar-mammadyarov', NULL, NULL, 'visitor');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('mammadyarov-visit-2007', NULL, NULL, 'SYR', 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('mammadyarov-visit-2009', 'elmar-mammadyarov', NULL, NULL, 'visitor');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('mammadyarov-visit-2009', NULL, NULL, 'SYR', 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-muallem-visits-azerbaijan', 'walid-al-muallem', NULL, NULL, 'visitor');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('al-muallem-visits-azerbaijan', NULL, NULL, 'AZE', 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('bashar-al-assad-visits-baku', 'bashar-al-assad', NULL, NULL, 'visitor');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('bashar-al-assad-visits-baku', 'ilham-aliyev', NULL, NULL, 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('assad-on-azerbaijani-gas', 'bashar-al-assad', NULL, NULL, 'speaker');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('joint-commission-established', NULL, 'joint-commission', NULL, 'subject');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('joint-commission-established', NULL, 'government-azerbaijan', NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('joint-commission-established', NULL, 'assad-government', NULL, 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('gas-talks-document-signed', 'natig-aliyev', NULL, NULL, 'signatory');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('gas-talks-document-signed', NULL, NULL, 'AZE', 'visitor');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('gas-talks-document-signed', NULL, NULL, 'SYR', 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('gas-working-groups-initial-draft', NULL, NULL, 'AZE', 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('gas-working-groups-initial-draft', NULL, NULL, 'SYR', 'participant');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('joint-commission-first-session', 'sufian-allaw', NULL, NULL, 'co_chair');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('joint-commission-first-session', 'ismat-abbasov', NULL, NULL, 'co_chair');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('joint-commission-first-session', 'ilham-aliyev', NULL, NULL, 'host');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role) VALUES ('joint-commission-first-session', NULL, 'joint-commission', NULL, 'organizer');

INSERT INTO event_topics (event_id, topic_id) VALUES ('syria-recognises-azerbaijan', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('heydar-aliyev-hafez-al-assad-tehran-talk', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('mammadyarov-visit-2007', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('mammadyarov-visit-2009', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-muallem-visits-azerbaijan', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bashar-al-assad-visits-baku', 'diplomacy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bashar-al-assad-visits-baku', 'economy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('assad-on-azerbaijani-gas', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('assad-on-azerbaijani-gas', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('joint-commission-established', 'economy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('joint-commission-established', 'culture');
INSERT INTO event_topics (event_id, topic_id) VALUES ('gas-talks-document-signed', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('gas-talks-document-signed', 'energy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('gas-working-groups-initial-draft', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('joint-commission-first-session', 'economy');
INSERT INTO event_topics (event_id, topic_id) VALUES ('joint-commission-first-session', 'agriculture');
INSERT INTO event_topics (event_id, topic_id) VALUES ('joint-commission-first-session', 'oil-and-gas');

INSERT INTO event_relations (event_id, related_event_id, relation) VALUES ('joint-commission-first-session', 'joint-commission-established', 'follows');
INSERT INTO event_relations (event_id, related_event_id, relation) VALUES ('gas-working-groups-initial-draft', 'gas-talks-document-signed', 'follows');

INSERT INTO citations (event_id, source_id) VALUES ('syria-recognises-azerbaijan', 'mfa-az-syria');
INSERT INTO citations (event_id, source_id) VALUES ('heydar-aliyev-hafez-al-assad-tehran-talk', 'aliyev-heritage-6299865');
INSERT INTO citations (event_id, source_id) VALUES ('mammadyarov-visit-2007', 'mfa-az-syria');
INSERT INTO citations (event_id, source_id) VALUES ('mammadyarov-visit-2009', 'mfa-az-syria');
INSERT INTO citations (event_id, source_id) VALUES ('al-muallem-visits-azerbaijan', 'mfa-az-syria');
INSERT INTO citations (event_id, source_id) VALUES ('bashar-al-assad-visits-baku', 'mfa-az-syria');
INSERT INTO citations (event_id, source_id) VALUES ('bashar-al-assad-visits-baku', 'presidentassad-394');
INSERT INTO citations (event_id, source_id) VALUES ('assad-on-azerbaijani-gas', 'syria-oil-469');
INSERT INTO citations (event_id, source_id) VALUES ('joint-commission-established', 'mfa-az-syria');
INSERT INTO citations (event_id, source_id) VALUES ('gas-talks-document-signed', 'aze-az-38342');
INSERT INTO citations (event_id, source_id) VALUES ('gas-working-groups-initial-draft', 'aze-az-38342');
INSERT INTO citations (event_id, source_id) VALUES ('joint-commission-first-session', 'syria-oil-871');
INSERT INTO citations (event_id, source_id) VALUES ('joint-commission-first-session', 'syria-oil-874');
INSERT INTO citations (event_id, source_id) VALUES ('joint-commission-first-session', 'syria-oil-875');

INSERT INTO statements (statement_id, event_id, speaker_person_id, summary) VALUES
  ('assad-azerbaijan-agreed-to-sell-gas', 'assad-on-azerbaijani-gas', 'bashar-al-assad',
   'Azerbaijan has agreed to sell Syria one billion cubic metres of gas.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('assad-azerbaijan-agreed-to-sell-gas', 'oil-and-gas');
INSERT INTO citations (statement_id, source_id) VALUES ('assad-azerbaijan-agreed-to-sell-gas', 'syria-oil-469');
