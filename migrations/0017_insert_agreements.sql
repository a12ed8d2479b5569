-- 0017: the bilateral and multi-party instruments: the 2009 documents with the joint commission
-- memorandum, the 2010 gas document, the 2025 SOCAR memoranda and the 2026 Rabat agreement with
-- ICESCO. Each keeps all its parties and signatories, its topics, and the events where it was
-- signed or carried out. The article itself names no signed agreement.

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('assad-visit-documents-2009', 'Cooperation agreements and memoranda of Assad''s 2009 visit', 'document_set',
   'The set of intergovernmental cooperation agreements and memoranda signed in Baku during President Bashar al-Assad''s official visit.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '2009-07-08/2009-07-09', 'baku', 'signed',
   NULL, 19, NULL, NULL, 0, NULL, 'disputed',
   'Al-Thawra counts 19 documents; another count of 14 was not confirmed. See the discrepancy.');
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('joint-commission-memorandum-2009', 'Memorandum on founding the joint commission for economic, scientific, technical and cultural cooperation', 'memorandum_of_understanding',
   'The two governments agree to found an intergovernmental commission for economic, scientific, technical and cultural cooperation.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Signed during the visit; the page does not give the day. The commission was established on 4 November 2009.');
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('bilateral-documents-running-total', 'All cooperation documents signed between Azerbaijan and Syria', 'document_set',
   'The Azerbaijani Foreign Ministry''s running total of cooperation documents signed between the two countries.',
   '1992-03-28', '2026-11-27', 'range', 'reported', '1992-03-28/2026-11-27', NULL, 'signed',
   NULL, 20, NULL, NULL, 0, NULL, 'confirmed',
   'The page gives the total without a date; the bounds are the start of relations and the day the page was read.');
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('gas-talks-document-2010', 'Document opening negotiations on Syrian purchases of Azerbaijani gas', 'document',
   'Signed by the two countries'' energy ministers, it opens talks on Syria buying natural gas from Azerbaijan; working groups met on 20 April 2010 to initial a draft agreement.',
   '2010-03-03', '2010-03-03', 'day', 'inferred', '2010-03-03', NULL, 'signed',
   NULL, NULL, NULL, NULL, 0, NULL, 'disputed',
   'The page gives 3 March with the year from its context, and no city; another account gives 4 March. The Syrian signatory is not named.');
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('socar-syria-gas-mou-2025', 'Memorandum of understanding on natural gas supply to Syria', 'memorandum_of_understanding',
   'SOCAR and the Government of Syria agree on supplying Azerbaijani natural gas to Syria. Deliveries through Türkiye began on 2 August 2025, financed by Qatar; President Aliyev later described the arrangement as a four-party agreement of Azerbaijan, Syria, Türkiye and Qatar.',
   '2025-07-12', '2025-07-12', 'day', 'stated', '2025-07-12', 'baku', 'signed',
   NULL, NULL, NULL, NULL, 0, NULL, 'confirmed', NULL);
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('socar-ucc-energy-memoranda-2025', 'Memoranda on energy cooperation in Syria between SOCAR and UCC Holding', 'memorandum_of_understanding',
   'SOCAR and Qatar''s UCC Holding sign memoranda on cooperating in Syria''s energy sector.',
   '2025-09-06', '2025-09-06', 'day', 'stated', '2025-09-06', NULL, 'signed',
   NULL, NULL, NULL, NULL, 0, NULL, 'confirmed',
   'The page speaks of memoranda in the plural without giving their number, and names no place.');
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('socar-ucc-jet-fuel-memorandum-2025', 'Memorandum on supplying jet fuel to Damascus airport', 'memorandum_of_understanding',
   'SOCAR and UCC Holding agree on supplying aviation fuel to Damascus airport.',
   NULL, '2025-12-05', 'range', 'reported', '[..2025-12-05]', NULL, 'signed',
   NULL, NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Signed shortly before a report of 5 December 2025 that gives no day, place or signer.');
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('rabat-schools-partnership-2026', 'Strategic partnership agreement on rebuilding Syria''s educational infrastructure', 'agreement',
   'Azerbaijan funds about ten new school buildings and the major repair of about a hundred damaged schools in Syria, some 30 million US dollars in all, with ICESCO as partner; the agreement runs until the end of 2030.',
   '2026-02-17', '2026-02-17', 'day', 'stated', '2026-02-17', 'icesco-headquarters', 'signed',
   NULL, NULL, 30000000, 'USD', 1, '2030-12-31', 'confirmed', NULL);

INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('assad-visit-documents-2009', 'AZE', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('assad-visit-documents-2009', 'SYR', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('joint-commission-memorandum-2009', NULL, 'government-azerbaijan');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('joint-commission-memorandum-2009', NULL, 'assad-government');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('bilateral-documents-running-total', 'AZE', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('bilateral-documents-running-total', 'SYR', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('gas-talks-document-2010', NULL, 'ministry-industry-energy-azerbaijan');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('gas-talks-document-2010', 'SYR', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('socar-syria-gas-mou-2025', NULL, 'socar');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('socar-syria-gas-mou-2025', NULL, 'government-syria');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('socar-ucc-energy-memoranda-2025', NULL, 'socar');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('socar-ucc-energy-memoranda-2025', NULL, 'ucc-holding');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('socar-ucc-jet-fuel-memorandum-2025', NULL, 'socar');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('socar-ucc-jet-fuel-memorandum-2025', NULL, 'ucc-holding');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('rabat-schools-partnership-2026', NULL, 'ministry-science-education-azerbaijan');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('rabat-schools-partnership-2026', NULL, 'ministry-education-syria');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('rabat-schools-partnership-2026', NULL, 'icesco');

INSERT INTO agreement_signatories (agreement_id, person_id, on_behalf_of_country_id, on_behalf_of_organization_id) VALUES ('gas-talks-document-2010', 'natig-aliyev', 'AZE', 'ministry-industry-energy-azerbaijan');
INSERT INTO agreement_signatories (agreement_id, person_id, on_behalf_of_country_id, on_behalf_of_organization_id) VALUES ('socar-syria-gas-mou-2025', 'mikayil-jabbarov', 'AZE', 'socar');
INSERT INTO agreement_signatories (agreement_id, person_id, on_behalf_of_country_id, on_behalf_of_organization_id) VALUES ('socar-syria-gas-mou-2025', 'mohammad-al-bashir', 'SYR', 'government-syria');
INSERT INTO agreement_signatories (agreement_id, person_id, on_behalf_of_country_id, on_behalf_of_organization_id) VALUES ('socar-ucc-energy-memoranda-2025', 'rovshan-najaf', 'AZE', 'socar');
INSERT INTO agreement_signatories (agreement_id, person_id, on_behalf_of_country_id, on_behalf_of_organization_id) VALUES ('socar-ucc-energy-memoranda-2025', 'ramez-al-khayyat', NULL, 'ucc-holding');
INSERT INTO agreement_signatories (agreement_id, person_id, on_behalf_of_country_id, on_behalf_of_organization_id) VALUES ('rabat-schools-partnership-2026', 'emin-amrullayev', 'AZE', 'ministry-science-education-azerbaijan');
INSERT INTO agreement_signatories (agreement_id, person_id, on_behalf_of_country_id, on_behalf_of_organization_id) VALUES ('rabat-schools-partnership-2026', 'mohammed-turko', 'SYR', 'ministry-education-syria');
INSERT INTO agreement_signatories (agreement_id, person_id, on_behalf_of_country_id, on_behalf_of_organization_id) VALUES ('rabat-schools-partnership-2026', 'salim-almalik', NULL, 'icesco');

INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('assad-visit-documents-2009', 'economy');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('assad-visit-documents-2009', 'diplomacy');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('joint-commission-memorandum-2009', 'economy');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('joint-commission-memorandum-2009', 'culture');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('bilateral-documents-running-total', 'diplomacy');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('gas-talks-document-2010', 'oil-and-gas');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('gas-talks-document-2010', 'energy');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('socar-syria-gas-mou-2025', 'oil-and-gas');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('socar-syria-gas-mou-2025', 'energy');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('socar-ucc-energy-memoranda-2025', 'energy');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('socar-ucc-energy-memoranda-2025', 'oil-and-gas');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('socar-ucc-jet-fuel-memorandum-2025', 'oil-and-gas');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('socar-ucc-jet-fuel-memorandum-2025', 'civil-aviation');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('rabat-schools-partnership-2026', 'education');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('rabat-schools-partnership-2026', 'reconstruction');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('rabat-schools-partnership-2026', 'infrastructure');

INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('assad-visit-documents-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('joint-commission-memorandum-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('joint-commission-memorandum-2009', 'joint-commission-established', 'implementation');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('joint-commission-memorandum-2009', 'joint-commission-first-session', 'implementation');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('gas-talks-document-2010', 'gas-talks-document-signed', 'signing');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('gas-talks-document-2010', 'gas-working-groups-initial-draft', 'implementation');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('socar-syria-gas-mou-2025', 'socar-syria-gas-mou-signed', 'signing');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('socar-syria-gas-mou-2025', 'gas-deliveries-begin-kilis', 'implementation');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('socar-syria-gas-mou-2025', 'aliyev-al-arabiya-interview', 'mention');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('socar-ucc-energy-memoranda-2025', 'socar-ucc-energy-memoranda-signed', 'signing');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('socar-ucc-jet-fuel-memorandum-2025', 'socar-ucc-jet-fuel-memorandum-signed', 'signing');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('rabat-schools-partnership-2026', 'rabat-schools-agreement-signed', 'signing');

INSERT INTO citations (agreement_id, source_id) VALUES ('assad-visit-documents-2009', 'thawra-20090709');
INSERT INTO citations (agreement_id, source_id) VALUES ('assad-visit-documents-2009', 'elaph-458971');
INSERT INTO citations (agreement_id, source_id) VALUES ('joint-commission-memorandum-2009', 'elaph-458971');
INSERT INTO citations (agreement_id, source_id) VALUES ('joint-commission-memorandum-2009', 'mfa-az-syria');
INSERT INTO citations (agreement_id, source_id) VALUES ('bilateral-documents-running-total', 'mfa-az-syria');
INSERT INTO citations (agreement_id, source_id) VALUES ('gas-talks-document-2010', 'aze-az-38342');
INSERT INTO citations (agreement_id, source_id) VALUES ('socar-syria-gas-mou-2025', 'vestikavkaza-176406');
INSERT INTO citations (agreement_id, source_id) VALUES ('socar-syria-gas-mou-2025', 'trtworld-eadfb23f41b9');
INSERT INTO citations (agreement_id, source_id) VALUES ('socar-syria-gas-mou-2025', 'memo-20250712');
INSERT INTO citations (agreement_id, source_id) VALUES ('socar-syria-gas-mou-2025', 'report-az-gas-volume');
INSERT INTO citations (agreement_id, source_id) VALUES ('socar-ucc-energy-memoranda-2025', 'day-az-1778668');
INSERT INTO citations (agreement_id, source_id) VALUES ('socar-ucc-jet-fuel-memorandum-2025', 'trend-4126137');
INSERT INTO citations (agreement_id, source_id) VALUES ('rabat-schools-partnership-2026', 'trend-4154567');
INSERT INTO citations (agreement_id, source_id) VALUES ('rabat-schools-partnership-2026', 'levant24-14134');
INSERT INTO citations (agreement_id, source_id) VALUES ('rabat-schools-partnership-2026', 'report-az-ru-schools');
