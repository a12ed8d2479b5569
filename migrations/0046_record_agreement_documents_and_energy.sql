-- 0046: Agreements as documents, with their lives (issue 20, part 2), and energy before and after
-- 2025 (issue 20, part 3).
-- The 2009 visit's documents become one row each, part of the visit's set: the eight the English
-- Wikipedia names (the stored copy breaks off in the eighth title) and the ones the Syrian oil
-- minister listed at the joint commission's first session in June 2010, with Syria's approval of
-- each listed agreement as an agreement_actions row. The double taxation agreement (signed in
-- September 2009, or still to be signed in June 2010: a discrepancy) and the protocol of the March
-- 2010 energy talks are rows of their own. Energy: the 2010-2011 plans (onward exports through the
-- Arab Gas Pipeline, the Kilis-Aleppo pipeline and its tender), the 2025 announcements of Türkiye's
-- and Syria's ministers, what was said at the Kilis ceremony, and the president's 2026 figure; the
-- competing daily volumes and the year of the first deliveries are discrepancies, both sides cited.

UPDATE change_context SET reason = 'Release 3.0 records the documents of Assad''s 2009 visit one by one: the pages that name them, and the parties they name.', source_id = NULL;

INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('wikipedia-az-syria', 'web_page', 'Azerbaijan–Syria relations', 'Wikipedia (English)', 'https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Syria_relations', 'en', NULL, '2026-12-07', 'Undated. The stored copy read shows the first seven titles of the business forum''s documents in full and the start of the eighth.', 'encyclopedia', NULL);
INSERT INTO source_relations (source_id, related_source_id, relation, basis, note) VALUES ('wikimili-az-syria', 'wikipedia-az-syria', 'republishes', 'apparent', 'WikiMili mirrors the English Wikipedia article word for word.');

INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('state-maritime-administration-azerbaijan', 'State Maritime Administration of Azerbaijan', NULL, 'agency', 'AZE', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('state-maritime-administration-azerbaijan', 'wikipedia-az-syria', 'Diplomatic relations section, list item 1');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('chamber-of-shipping-syria', 'Chamber of Shipping of Syria', NULL, 'group', 'SYR', NULL, NULL, 'The page says no more of it than its name.');
INSERT INTO citations (organization_id, source_id, locator) VALUES ('chamber-of-shipping-syria', 'wikipedia-az-syria', 'Diplomatic relations section, list item 1');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('national-library-azerbaijan', 'Azerbaijan National Library named after M. F. Akhundov', NULL, 'agency', 'AZE', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('national-library-azerbaijan', 'wikipedia-az-syria', 'Diplomatic relations section, list item 2');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('al-asad-library', 'Al-Asad Library of Syria', NULL, 'agency', 'SYR', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('al-asad-library', 'wikipedia-az-syria', 'Diplomatic relations section, list item 2');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-agriculture-syria', 'Ministry of Agriculture and Agrarian Reform of Syria', NULL, 'ministry', 'SYR', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-agriculture-syria', 'wikipedia-az-syria', 'Diplomatic relations section, list item 3');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-internal-affairs-azerbaijan', 'Ministry of Internal Affairs of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-internal-affairs-azerbaijan', 'wikipedia-az-syria', 'Diplomatic relations section, list item 4');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-internal-affairs-syria', 'Ministry of Internal Affairs of Syria', NULL, 'ministry', 'SYR', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-internal-affairs-syria', 'wikipedia-az-syria', 'Diplomatic relations section, list item 4');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-industry-syria', 'Ministry of Industry of Syria', NULL, 'ministry', 'SYR', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-industry-syria', 'wikipedia-az-syria', 'Diplomatic relations section, list item 5');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-health-azerbaijan', 'Ministry of Health of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-health-azerbaijan', 'wikipedia-az-syria', 'Diplomatic relations section, list item 6');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-health-syria', 'Ministry of Health of Syria', NULL, 'ministry', 'SYR', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-health-syria', 'wikipedia-az-syria', 'Diplomatic relations section, list item 6');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-culture-tourism-azerbaijan', 'Ministry of Culture and Tourism of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-culture-tourism-azerbaijan', 'wikipedia-az-syria', 'Diplomatic relations section, list item 7');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-tourism-syria', 'Ministry of Tourism of Syria', NULL, 'ministry', 'SYR', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-tourism-syria', 'wikipedia-az-syria', 'Diplomatic relations section, list item 7');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-education-azerbaijan', 'Ministry of Education of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-education-azerbaijan', 'wikipedia-az-syria', 'Diplomatic relations section, list item 8');

-- The eight documents the encyclopedia names. Each is part of the visit's set, signed during the
-- visit of 8-9 July 2009 in Baku (the set's own dates and place, as the schema ties a document to
-- its signing event); none of the pages gives a day or a signatory. The dates are cited to the
-- Foreign Ministry's list of visits, the place to syria-oil.com or Elaph. Where Allaw's list of
-- June 2010 names the same field, its citation is derived.
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('maritime-memorandum-2009', 'Memorandum on cooperation between Syria''s Chamber of Shipping and Azerbaijan''s State Maritime Administration', 'memorandum_of_understanding',
   'The Syrian shipping chamber and the Azerbaijani maritime administration agree to work together.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'First in the encyclopedia''s list of the business forum''s documents. Allaw''s list of June 2010 has a maritime agreement, taken to be this one. The dates and place are the visit''s: the Foreign Ministry''s page dates it 8-9 July 2009 (the encyclopedia says 9 July and names no city), and syria-oil.com puts the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('maritime-memorandum-2009', NULL, 'chamber-of-shipping-syria');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('maritime-memorandum-2009', NULL, 'state-maritime-administration-azerbaijan');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('maritime-memorandum-2009', 'transport');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('maritime-memorandum-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('maritime-memorandum-2009', 'wikipedia-az-syria', 'Diplomatic relations section, list item 1');
INSERT INTO citations (agreement_id, source_id, locator, link_basis, note) VALUES ('maritime-memorandum-2009', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page lists a maritime agreement among those signed during the visit; identified with this memorandum.');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('maritime-memorandum-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('national-libraries-memorandum-2009', 'Memorandum on cooperation between Azerbaijan''s Akhundov National Library and Syria''s al-Asad Library', 'memorandum_of_understanding',
   'The two national libraries agree to cooperate with each other.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Second in the encyclopedia''s list of the business forum''s documents. The dates and place are the visit''s: the Foreign Ministry''s page dates it 8-9 July 2009 (the encyclopedia says 9 July and names no city), and Elaph puts the signing of its agreements in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('national-libraries-memorandum-2009', NULL, 'national-library-azerbaijan');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('national-libraries-memorandum-2009', NULL, 'al-asad-library');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('national-libraries-memorandum-2009', 'culture');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('national-libraries-memorandum-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('national-libraries-memorandum-2009', 'wikipedia-az-syria', 'Diplomatic relations section, list item 2');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('national-libraries-memorandum-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('national-libraries-memorandum-2009', 'elaph-458971', 'paragraph 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('agriculture-memorandum-2009', 'Memorandum on agricultural cooperation between the two agriculture ministries', 'memorandum_of_understanding',
   'Azerbaijan''s Ministry of Agriculture and Syria''s Ministry of Agriculture and Agrarian Reform agree to cooperate in farming.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Third in the encyclopedia''s list. Allaw''s list of June 2010 has an agriculture agreement, taken to be this one. The dates and place are the visit''s: the Foreign Ministry''s page dates it 8-9 July 2009 (the encyclopedia says 9 July and names no city), and syria-oil.com puts the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('agriculture-memorandum-2009', NULL, 'ministry-agriculture-azerbaijan');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('agriculture-memorandum-2009', NULL, 'ministry-agriculture-syria');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('agriculture-memorandum-2009', 'agriculture');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('agriculture-memorandum-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('agriculture-memorandum-2009', 'wikipedia-az-syria', 'Diplomatic relations section, list item 3');
INSERT INTO citations (agreement_id, source_id, locator, link_basis, note) VALUES ('agriculture-memorandum-2009', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page lists an agriculture agreement among those signed during the visit; identified with this memorandum.');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('agriculture-memorandum-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('interior-ministries-protocol-2009', 'Protocol of intent on cooperation between the two interior ministries', 'protocol',
   'The interior ministries of Azerbaijan and Syria record their intent to cooperate.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Fourth in the encyclopedia''s list. The dates and place are the visit''s: the Foreign Ministry''s page dates it 8-9 July 2009 (the encyclopedia says 9 July and names no city), and Elaph puts the signing of its agreements in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('interior-ministries-protocol-2009', NULL, 'ministry-internal-affairs-azerbaijan');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('interior-ministries-protocol-2009', NULL, 'ministry-internal-affairs-syria');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('interior-ministries-protocol-2009', 'security');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('interior-ministries-protocol-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('interior-ministries-protocol-2009', 'wikipedia-az-syria', 'Diplomatic relations section, list item 4');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('interior-ministries-protocol-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('interior-ministries-protocol-2009', 'elaph-458971', 'paragraph 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('industrial-cooperation-memorandum-2009', 'Memorandum on industrial cooperation between Azerbaijan''s Ministry of Industry and Energy and Syria''s Ministry of Industry', 'memorandum_of_understanding',
   'The two ministries agree to cooperate in industry.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Fifth in the encyclopedia''s list. Allaw''s list of June 2010 has an industry agreement, taken to be this one. The dates and place are the visit''s: the Foreign Ministry''s page dates it 8-9 July 2009 (the encyclopedia says 9 July and names no city), and syria-oil.com puts the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('industrial-cooperation-memorandum-2009', NULL, 'ministry-industry-energy-azerbaijan');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('industrial-cooperation-memorandum-2009', NULL, 'ministry-industry-syria');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('industrial-cooperation-memorandum-2009', 'economy');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('industrial-cooperation-memorandum-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('industrial-cooperation-memorandum-2009', 'wikipedia-az-syria', 'Diplomatic relations section, list item 5');
INSERT INTO citations (agreement_id, source_id, locator, link_basis, note) VALUES ('industrial-cooperation-memorandum-2009', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page lists an industry agreement among those signed during the visit; identified with this memorandum.');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('industrial-cooperation-memorandum-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('health-cooperation-agreement-2009', 'Agreement on cooperation in health between the two health ministries', 'agreement',
   'The health ministries of Azerbaijan and Syria agree to cooperate in health care.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Sixth in the encyclopedia''s list. Allaw''s list of June 2010 has a health agreement, taken to be this one. The dates and place are the visit''s: the Foreign Ministry''s page dates it 8-9 July 2009 (the encyclopedia says 9 July and names no city), and syria-oil.com puts the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('health-cooperation-agreement-2009', NULL, 'ministry-health-azerbaijan');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('health-cooperation-agreement-2009', NULL, 'ministry-health-syria');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('health-cooperation-agreement-2009', 'healthcare');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('health-cooperation-agreement-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('health-cooperation-agreement-2009', 'wikipedia-az-syria', 'Diplomatic relations section, list item 6');
INSERT INTO citations (agreement_id, source_id, locator, link_basis, note) VALUES ('health-cooperation-agreement-2009', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page lists a health agreement among those signed during the visit; identified with this one.');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('health-cooperation-agreement-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('tourism-cooperation-agreement-2009', 'Agreement on cooperation in tourism between Azerbaijan''s Ministry of Culture and Tourism and Syria''s Ministry of Tourism', 'agreement',
   'The two ministries agree to cooperate in tourism.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Seventh in the encyclopedia''s list. Allaw''s list of June 2010 has a tourism agreement, taken to be this one. The dates and place are the visit''s: the Foreign Ministry''s page dates it 8-9 July 2009 (the encyclopedia says 9 July and names no city), and syria-oil.com puts the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('tourism-cooperation-agreement-2009', NULL, 'ministry-culture-tourism-azerbaijan');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('tourism-cooperation-agreement-2009', NULL, 'ministry-tourism-syria');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('tourism-cooperation-agreement-2009', 'economy');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('tourism-cooperation-agreement-2009', 'culture');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('tourism-cooperation-agreement-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('tourism-cooperation-agreement-2009', 'wikipedia-az-syria', 'Diplomatic relations section, list item 7');
INSERT INTO citations (agreement_id, source_id, locator, link_basis, note) VALUES ('tourism-cooperation-agreement-2009', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page lists a tourism agreement among those signed during the visit; identified with this one.');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('tourism-cooperation-agreement-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('education-agreement-2009', 'Agreement between Azerbaijan''s Ministry of Education and a Syrian party', 'agreement',
   'An education agreement of Azerbaijan''s Ministry of Education with Syria; its Syrian party and exact subject are not known.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Eighth in the encyclopedia''s list; the stored copy breaks off after the Azerbaijani ministry, so the Syrian party is recorded as the country. Allaw''s list of June 2010 names both education and higher education; this is one of the two, and the other is not recorded separately. The dates and place are the visit''s: the Foreign Ministry''s page dates it 8-9 July 2009 (the encyclopedia says 9 July and names no city), and syria-oil.com puts the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('education-agreement-2009', NULL, 'ministry-education-azerbaijan');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('education-agreement-2009', 'SYR', NULL);
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('education-agreement-2009', 'education');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('education-agreement-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('education-agreement-2009', 'wikipedia-az-syria', 'Diplomatic relations section, list item 8');
INSERT INTO citations (agreement_id, source_id, locator, link_basis, note) VALUES ('education-agreement-2009', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page lists education and higher education agreements among those signed during the visit; this is taken to be one of them.');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('education-agreement-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

UPDATE change_context SET reason = 'Release 3.0 records the agreements of Assad''s 2009 visit that the Syrian oil minister listed by field at the joint commission in June 2010 and that no encyclopedia title matches.', source_id = 'syria-oil-874';

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('political-consultations-memorandum-2009', 'Memorandum on political consultations', 'memorandum_of_understanding',
   'The two countries agree to hold political consultations with each other.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Named by Allaw in June 2010 among the documents signed during the visit; no page gives its signers or exact title. The dates are the visit''s, from the Foreign Ministry''s page (8-9 July 2009); Allaw''s list places the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('political-consultations-memorandum-2009', 'AZE', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('political-consultations-memorandum-2009', 'SYR', NULL);
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('political-consultations-memorandum-2009', 'diplomacy');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('political-consultations-memorandum-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('political-consultations-memorandum-2009', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('political-consultations-memorandum-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('diplomatic-visa-exemption-agreement-2009', 'Agreement exempting holders of diplomatic passports from visas', 'agreement',
   'Each country waives visas for the other''s holders of diplomatic passports.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Allaw''s list, in a machine translation, names a second kind of passport in words that cannot be read with confidence; Elaph speaks of mutual exemptions for diplomats. The dates are the visit''s, from the Foreign Ministry''s page (8-9 July 2009); Allaw''s list places the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('diplomatic-visa-exemption-agreement-2009', 'AZE', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('diplomatic-visa-exemption-agreement-2009', 'SYR', NULL);
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('diplomatic-visa-exemption-agreement-2009', 'consular');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('diplomatic-visa-exemption-agreement-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('diplomatic-visa-exemption-agreement-2009', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('diplomatic-visa-exemption-agreement-2009', 'elaph-458971', 'paragraph 1');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('diplomatic-visa-exemption-agreement-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('electricity-renewables-document-2009', 'Cooperation document on electricity and renewable energy', 'document',
   'A cooperation document of the two countries on electricity and renewable energy.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Allaw''s list gives the field only: no title, kind, ministry or signer. The dates are the visit''s, from the Foreign Ministry''s page (8-9 July 2009); Allaw''s list places the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('electricity-renewables-document-2009', 'AZE', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('electricity-renewables-document-2009', 'SYR', NULL);
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('electricity-renewables-document-2009', 'energy');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('electricity-renewables-document-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('electricity-renewables-document-2009', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('electricity-renewables-document-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('finance-document-2009', 'Cooperation document on finance', 'document',
   'A cooperation document of the two countries on finance.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Allaw''s list gives the field only: no title, kind, ministry or signer. The dates are the visit''s, from the Foreign Ministry''s page (8-9 July 2009); Allaw''s list places the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('finance-document-2009', 'AZE', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('finance-document-2009', 'SYR', NULL);
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('finance-document-2009', 'economy');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('finance-document-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('finance-document-2009', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('finance-document-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('culture-document-2009', 'Cooperation document on culture', 'document',
   'A cooperation document of the two countries on culture.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Allaw''s list and Elaph give the field only: no title, kind, ministry or signer. Whether they count the libraries'' memorandum under culture is not said. The dates are the visit''s, from the Foreign Ministry''s page (8-9 July 2009); Allaw''s list places the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('culture-document-2009', 'AZE', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('culture-document-2009', 'SYR', NULL);
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('culture-document-2009', 'culture');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('culture-document-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('culture-document-2009', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('culture-document-2009', 'elaph-458971', 'paragraph 1');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('culture-document-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('investment-document-2009', 'Cooperation document on investment', 'document',
   'A cooperation document of the two countries on investment.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Allaw''s list and Elaph give the field only: no title, kind, ministry or signer. The dates are the visit''s, from the Foreign Ministry''s page (8-9 July 2009); Allaw''s list places the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('investment-document-2009', 'AZE', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('investment-document-2009', 'SYR', NULL);
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('investment-document-2009', 'economy');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('investment-document-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('investment-document-2009', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('investment-document-2009', 'elaph-458971', 'paragraph 1');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('investment-document-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('communications-it-document-2009', 'Cooperation document on communications and information technology', 'document',
   'A cooperation document of the two countries on communications and information technology.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Allaw''s list gives the field only: no title, kind, ministry or signer. The dates are the visit''s, from the Foreign Ministry''s page (8-9 July 2009); Allaw''s list places the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('communications-it-document-2009', 'AZE', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('communications-it-document-2009', 'SYR', NULL);
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('communications-it-document-2009', 'infrastructure');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('communications-it-document-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('communications-it-document-2009', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('communications-it-document-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('customs-document-2009', 'Cooperation document on customs matters', 'document',
   'A cooperation document of the two countries on customs.',
   '2009-07-08', '2009-07-09', 'range', 'stated', '[2009-07-08..2009-07-09]', 'baku', 'signed',
   'assad-visit-documents-2009', NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Allaw''s list gives the field only: no title, kind, ministry or signer. The dates are the visit''s, from the Foreign Ministry''s page (8-9 July 2009); Allaw''s list places the signing in Baku.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('customs-document-2009', 'AZE', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('customs-document-2009', 'SYR', NULL);
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('customs-document-2009', 'trade');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('customs-document-2009', 'bashar-al-assad-visits-baku', 'signing');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('customs-document-2009', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('customs-document-2009', 'mfa-az-syria', 'section "Mutual visits of the Heads of the States", item 1');

UPDATE change_context SET reason = 'Release 3.0 makes the 2009 set row the parent of its documents: the schema''s part_of_agreement_id links a document to its set, so the set keeps the count and its documents are rows of their own; the note now says which pages name them.', source_id = 'wikipedia-az-syria';
UPDATE agreements SET note = 'Al-Thawra counts 19 documents; the English Wikipedia counts 14 signed as a result of the business forum (see the discrepancy). The documents the pages name are rows of their own, part of this set; Allaw told the joint commission in June 2010 that Syria had approved all the agreements he listed and that most were in force, without saying which.'
  WHERE agreement_id = 'assad-visit-documents-2009';
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('assad-visit-documents-2009', 'wikipedia-az-syria', 'Diplomatic relations section, paragraph 2');
UPDATE coverage_gaps SET subject = 'The signers of each document signed during Assad''s visit, and the titles the encyclopedia lists after the seventh', finding = 'The stored copies read show seven titles in full and the start of an eighth; the Syrian oil minister''s list of June 2010 gives fields; no page names a signer.'
  WHERE gap_id = 'documents-of-2009';

-- Syria's approvals, as Allaw reported them at the joint commission's opening in Baku: "approved
-- by the Syrian government". The day is a latest bound; the earliest is the signing.
UPDATE change_context SET reason = 'Release 3.0 records Syria''s approval of the agreements of the 2009 visit that Allaw listed at the joint commission''s first session.', source_id = 'syria-oil-874';
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('maritime-memorandum-2009-approval-syria', 'maritime-memorandum-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June); he named the field, maritime, not the title. He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator, link_basis, note) VALUES ('maritime-memorandum-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page names the maritime field; identified with this memorandum.');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('agriculture-memorandum-2009-approval-syria', 'agriculture-memorandum-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June); he named the field, agriculture, not the title. He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator, link_basis, note) VALUES ('agriculture-memorandum-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page names the agriculture field; identified with this memorandum.');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('industrial-cooperation-memorandum-2009-approval-syria', 'industrial-cooperation-memorandum-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June); he named the field, industry, not the title. He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator, link_basis, note) VALUES ('industrial-cooperation-memorandum-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page names the industry field; identified with this memorandum.');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('health-cooperation-agreement-2009-approval-syria', 'health-cooperation-agreement-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June); he named the field, health, not the title. He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator, link_basis, note) VALUES ('health-cooperation-agreement-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page names the health field; identified with this agreement.');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('tourism-cooperation-agreement-2009-approval-syria', 'tourism-cooperation-agreement-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June); he named the field, tourism, not the title. He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator, link_basis, note) VALUES ('tourism-cooperation-agreement-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page names the tourism field; identified with this agreement.');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('education-agreement-2009-approval-syria', 'education-agreement-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June); he named the fields education and higher education, not titles. He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator, link_basis, note) VALUES ('education-agreement-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline', 'derived', 'The page names the education and higher education fields; this agreement is one of the two.');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('political-consultations-memorandum-2009-approval-syria', 'political-consultations-memorandum-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June). He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator) VALUES ('political-consultations-memorandum-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('diplomatic-visa-exemption-agreement-2009-approval-syria', 'diplomatic-visa-exemption-agreement-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June). He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator) VALUES ('diplomatic-visa-exemption-agreement-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('electricity-renewables-document-2009-approval-syria', 'electricity-renewables-document-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June). He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator) VALUES ('electricity-renewables-document-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('finance-document-2009-approval-syria', 'finance-document-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June). He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator) VALUES ('finance-document-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('culture-document-2009-approval-syria', 'culture-document-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June). He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator) VALUES ('culture-document-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('investment-document-2009-approval-syria', 'investment-document-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June). He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator) VALUES ('investment-document-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('communications-it-document-2009-approval-syria', 'communications-it-document-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June). He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator) VALUES ('communications-it-document-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline');
INSERT INTO agreement_actions (agreement_action_id, agreement_id, action, country_id, organization_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, method, event_id, note) VALUES ('customs-document-2009-approval-syria', 'customs-document-2009', 'approval', 'SYR', NULL, '2009-07-08', '2010-06-29', 'range', 'reported', '[2009-07-08..2010-06-29]', 'approved by the Syrian government', NULL, 'Reported by Allaw at the commission''s opening on Tuesday 29 June 2010 (the session ran 29-30 June). He added that most of the agreements had entered into force, without saying which.');
INSERT INTO citations (agreement_action_id, source_id, locator) VALUES ('customs-document-2009-approval-syria', 'syria-oil-874', 'paragraph 2 after the headline');

-- The double taxation agreement: signed in September 2009 by the encyclopedia's account, still to
-- be signed at the commission's session of June 2010 by syria-oil.com's.
UPDATE change_context SET reason = 'Release 3.0 records the double taxation agreement, which the encyclopedia dates to September 2009 and a Syrian page of June 2010 still lists as to be signed: the row and the disagreement.', source_id = 'wikimili-az-syria';
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('double-taxation-agreement', 'Agreement on avoiding double taxation', 'agreement',
   'The two governments agree to eliminate double taxation between their countries.',
   '2009-09-01', '2009-09-30', 'month', 'stated', '2009-09', NULL, 'signed',
   NULL, NULL, NULL, NULL, 0, NULL, 'disputed',
   'The encyclopedia gives the month and no place or signer. A page of 28 June 2010 still lists such an agreement among those to be signed at the joint commission''s first session, and no page read reports that signing. See the discrepancy.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('double-taxation-agreement', NULL, 'government-azerbaijan');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('double-taxation-agreement', NULL, 'assad-government');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('double-taxation-agreement', 'economy');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('double-taxation-agreement', 'wikimili-az-syria', 'paragraph 4');
INSERT INTO discrepancies (discrepancy_id, title, agreement_id, note) VALUES ('double-taxation-signing', 'Whether the double taxation agreement was signed in September 2009 or was still to be signed in June 2010', 'double-taxation-agreement', 'The row follows the encyclopedia, the only page that reports a signature. Syria-oil.com, the day before the joint commission met on 29-30 June 2010, lists the agreement among those to be signed there; no page read says whether it was.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('double-taxation-signed-september-2009', 'double-taxation-signing', 'a', 'In September 2009 the two governments concluded an agreement to avoid double taxation.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('double-taxation-signed-september-2009', 'wikimili-az-syria', 'paragraph 4');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('double-taxation-to-be-signed-june-2010', 'double-taxation-signing', 'b', 'An agreement on avoiding double taxation was among the documents to be signed at the joint commission''s first session in Baku, 29-30 June 2010.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('double-taxation-to-be-signed-june-2010', 'syria-oil-871', 'paragraphs 1-2 after the headline');

UPDATE change_context SET reason = 'Release 3.0 records the protocol signed at the Damascus energy talks of March 2010, as the encyclopedia reports it.', source_id = 'wikimili-az-syria';
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('joint-company-protocol-2010', 'Protocol on sharing experience, training staff and founding a joint company', 'protocol',
   'Signed at the Damascus talks of Natig Aliyev and Sufian Allaw, beside the memorandum on gas supplies: the two sides are to exchange experience, train qualified staff and set up a joint Azerbaijani-Syrian company.',
   '2010-03-04', '2010-03-04', 'day', 'stated', '2010-03-04', 'damascus', 'signed',
   NULL, NULL, NULL, NULL, 0, NULL, 'confirmed',
   'The encyclopedia dates the talks 4 March 2010 and names no signer; the contemporary page dates the gas document of the same visit 3 March (see the discrepancy on that document). It calls Allaw minister of industry and energy; other pages call him minister of oil.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('joint-company-protocol-2010', 'AZE', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('joint-company-protocol-2010', 'SYR', NULL);
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('joint-company-protocol-2010', 'oil-and-gas');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('joint-company-protocol-2010', 'economy');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('joint-company-protocol-2010', 'wikimili-az-syria', 'paragraph 5');

-- Assad's plan of 2009 for the route: a pipeline from Türkiye to Syria, and on to Jordan and Egypt.
UPDATE change_context SET reason = 'Release 3.0 records Assad''s 2009 words on the route for Azerbaijani gas: a pipeline from Türkiye to Syria, and on to Jordan and Egypt.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('pgj-2009-09-syria-gas', 'web_page', 'Syria to buy Azerbaijani gas', 'Pipeline & Gas Journal', 'http://admin.pgjonline.com/magazine/2009/september-2009-vol-236-no-9/projects/syria-to-buy-azerbaijani-gas', 'en', NULL, '2026-12-07', 'The magazine''s issue of September 2009; no day and no occasion for Assad''s words.', 'private_media', 'USA');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('assad-gas-route-through-turkiye', 'assad-on-azerbaijani-gas', 'bashar-al-assad', NULL, 'Syria means to buy up to 1 billion cubic metres of gas a year from Azerbaijan; talks on a gas pipeline from Türkiye to Syria began two years earlier, and Azerbaijani gas could flow through it to Syria and on to Jordan and Egypt.', 'The magazine names no occasion; identified with his words at the Baku business forum of July 2009, where he gave the same volume.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('assad-gas-route-through-turkiye', 'oil-and-gas');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('assad-gas-route-through-turkiye', 'infrastructure');
INSERT INTO citations (statement_id, source_id, locator, link_basis, note) VALUES ('assad-gas-route-through-turkiye', 'pgj-2009-09-syria-gas', 'paragraphs 1-2', 'derived', 'The page gives the words without an occasion; tied to the business forum by the same volume.');

-- Energy before 2025: the plans of 2010-2011.
UPDATE change_context SET reason = 'Release 3.0 records the gas plans of 2010-2011: onward exports through the Arab Gas Pipeline, the Kilis-Aleppo pipeline and its Turkish tender, and Syria''s expected start of imports.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('trend-1816616', 'web_page', 'Syria''s section of the Kilis-Aleppo gas pipeline to be finished within a month', 'Trend News Agency', 'https://en.trend.az/business/energy/1816616.html', 'en', NULL, '2026-12-07', 'Dated 24 January without a year; 2011 is inferred from the tender dates it gives (29 December 2010, 28 January 2011).', 'private_media', 'AZE');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, note) VALUES ('allaw-on-onward-gas-exports-2010', NULL, '2010-06-28', 'range', 'derived', '[..2010-06-28]', '010',
  'Allaw says Azerbaijani gas would let Syria send gas on through the Arab Gas Pipeline',
  'Before the joint commission''s first session, Syria''s oil minister Sufian Allaw says that gas arriving from Azerbaijan would let Syria use more gas at home and export gas on to Lebanon, Jordan, Egypt, Cyprus, Greece and Italy through the Arab Gas Pipeline. The same page recalls that Natig Aliyev''s March visit discussed buying 1 to 1.5 billion cubic metres a year, carried to Syria through Türkiye''s gas network.',
  NULL, 'Derived: the page''s headline puts the commission''s talks "tomorrow" and its text dates the session 29-30 June 2010, so the page, and Allaw''s words, are of 28 June 2010 or before.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('allaw-on-onward-gas-exports-2010', 'sufian-allaw', NULL, NULL, 'speaker', NULL, 'sufian-allaw-minister');
INSERT INTO event_topics (event_id, topic_id) VALUES ('allaw-on-onward-gas-exports-2010', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('allaw-on-onward-gas-exports-2010', 'infrastructure');
INSERT INTO citations (event_id, source_id, locator) VALUES ('allaw-on-onward-gas-exports-2010', 'syria-oil-871', 'headline and paragraphs 1, 4-5 after it');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('allaw-onward-exports-arab-gas-pipeline', 'allaw-on-onward-gas-exports-2010', 'sufian-allaw', NULL, 'Gas from Azerbaijan would let Syria widen its own use of gas and send gas on to Lebanon, Jordan, Egypt, Cyprus, Greece and Italy through the Arab Gas Pipeline.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('allaw-onward-exports-arab-gas-pipeline', 'oil-and-gas');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('allaw-onward-exports-arab-gas-pipeline', 'infrastructure');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('allaw-onward-exports-arab-gas-pipeline', 'syria-oil-871', 'paragraph 5 after the headline');

INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('botas', 'BOTAŞ', NULL, 'company', 'TUR', NULL, NULL, 'Türkiye''s pipeline company; the page gives only its name.');
INSERT INTO citations (organization_id, source_id, locator) VALUES ('botas', 'trend-1816616', 'paragraph 8 after the dateline');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, note) VALUES ('botas-kilis-pipeline-tender', '2010-12-29', '2010-12-29', 'day', 'stated', '2010-12-29', NULL,
  'BOTAŞ puts the Turkish section of the Kilis-Aleppo pipeline out to tender',
  'Türkiye''s BOTAŞ announces a tender to build the pipeline from the town of Kilis to the Syrian border, the line by which Azerbaijani gas was to reach Syria; bids are taken until 28 January 2011 and the work is to be finished within 360 days of the contract. Türkiye''s energy ministry expects the section to be finished in early 2012.',
  NULL, 'A company''s tender has no CAMEO code. The day is the ministry''s, as Trend quotes it.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('botas-kilis-pipeline-tender', NULL, 'botas', NULL, 'initiator', NULL, NULL);
INSERT INTO event_topics (event_id, topic_id) VALUES ('botas-kilis-pipeline-tender', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('botas-kilis-pipeline-tender', 'infrastructure');
INSERT INTO citations (event_id, source_id, locator) VALUES ('botas-kilis-pipeline-tender', 'trend-1816616', 'paragraphs 1 and 7-8 after the dateline');

INSERT INTO people (person_id, name, country_id, wikidata_id, note) VALUES ('hassan-zainab', 'Hassan Zainab', 'SYR', NULL, 'Spelled as Trend prints it.');
INSERT INTO citations (person_id, source_id, locator) VALUES ('hassan-zainab', 'trend-1816616', 'paragraph 1 after the dateline');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note, start_basis, end_basis, diplomatic_rank) VALUES ('hassan-zainab-deputy-oil-minister', 'hassan-zainab', 'Deputy Minister of Oil', 'ministry-oil-syria', NULL, NULL, '2011-01-24', '2011-01-24', NULL, 'confirmed', 'Attested only: Trend''s report of 24 January (the year inferred as 2011) shows him in office.', 'attested', 'attested', NULL);
INSERT INTO citations (position_id, source_id, locator) VALUES ('hassan-zainab-deputy-oil-minister', 'trend-1816616', 'paragraph 1 after the dateline');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, note) VALUES ('zainab-on-gas-imports-2011', NULL, '2011-01-24', 'range', 'inferred', '[..2011-01-24]', '010',
  'Syria''s deputy oil minister expects Azerbaijani gas imports through the Kilis-Aleppo pipeline in 2011',
  'Hassan Zainab tells Trend by telephone that Syria''s part of the Kilis-Aleppo pipeline, about 65 kilometres in all, will be finished within a month, and that Syria could start importing 2 to 3 million cubic metres of Azerbaijani gas a day in 2011, once Türkiye completes its part; no date has been set.',
  NULL, 'The page is dated 24 January without a year; 2011 is inferred from the tender dates it gives. He spoke on or before that day.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('zainab-on-gas-imports-2011', 'hassan-zainab', NULL, NULL, 'speaker', NULL, 'hassan-zainab-deputy-oil-minister');
INSERT INTO event_topics (event_id, topic_id) VALUES ('zainab-on-gas-imports-2011', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('zainab-on-gas-imports-2011', 'infrastructure');
INSERT INTO citations (event_id, source_id, locator) VALUES ('zainab-on-gas-imports-2011', 'trend-1816616', 'paragraphs 1-6 after the dateline');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('zainab-gas-imports-from-2011', 'zainab-on-gas-imports-2011', 'hassan-zainab', NULL, 'Syria can begin importing Azerbaijani gas in 2011, 2 to 3 million cubic metres a day, once Türkiye finishes its part of the pipeline; Syria''s own part will be done within a month, and no start date is fixed.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('zainab-gas-imports-from-2011', 'oil-and-gas');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('zainab-gas-imports-from-2011', 'infrastructure');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('zainab-gas-imports-from-2011', 'trend-1816616', 'paragraphs 1 and 4-6 after the dateline');

-- Energy in 2025-2026: the ministers' announcements and figures, and the competing volumes.
UPDATE change_context SET reason = 'The country of a Malaysian paper cited for the 2025 gas announcements.', source_id = NULL;
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('MYS', 'Malaysia', NULL, NULL, NULL, NULL, 'Only the ISO alpha-3 key is given; other codes were not checked here.');

UPDATE change_context SET reason = 'Release 3.0 records what the ministers of Türkiye, Syria and Azerbaijan and SOCAR announced about the 2025 gas supplies, and the president''s 2026 figure, with the competing volumes as discrepancies.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('lorientlejour-1471593', 'web_page', 'Türkiye to begin exporting Azerbaijani gas to Syria', 'L''Orient Today', 'https://today.lorientlejour.com/article/1471593/turkey-to-begin-exporting-azerbaijani-natural-gas-to-syria.html', 'en', '2025-07-30', '2026-12-07', 'Bayraktar spoke "on Wednesday".', 'private_media', 'LBN');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('thesun-ci14580064', 'web_page', 'Türkiye to supply Azerbaijani gas to Syria for electricity from Saturday', 'The Sun (Malaysia), from AFP', 'https://thesun.my/world-news/turkey-to-supply-azeri-gas-to-syria-for-electricity-from-saturday-CI14580064', 'en', '2025-07-30', '2026-12-07', 'A Malaysian paper''s copy of an AFP story; it gives al-Bashir''s figures from SANA.', 'private_media', 'MYS');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('menafn-1109876316', 'web_page', 'Azerbaijani natural gas flows into Syria via Türkiye', 'MENAFN (from KUNA)', 'https://menafn.com/1109876316/Azerbaijan-Natural-Gas-Flows-Into-Syria-Via-Turkiye', 'en', '2025-08-02', '2026-12-07', 'A reprint of a Kuwait News Agency report that quotes Anadolu.', 'other', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('eu-east-gas-syria', 'web_page', 'Azerbaijan to export natural gas to Syria via Türkiye', 'EU East', 'https://eu-east.com/world-news/azerbaijan-to-export-natural-gas-to-syria-via-turkey', 'en', NULL, '2026-12-07', 'Undated; reports the Kilis ceremony of 2 August 2025 and draws on Reuters.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('report-az-20260303-gas', 'web_page', 'Ilham Aliyev: supplying 1.5 billion cubic metres of gas to Syria has helped its businesses', 'Report.az', 'https://report.az/daxili-siyaset/ilham-eliyev-suriyaya-1-5-milyard-kubmetr-azerbaycan-qazinin-tedaruku-ehalinin-daha-yaxsi-qorunmasina-tohfe-verilib', 'az', '2026-03-03', '2026-12-07', 'Dated 3 March 2026, 14:47; gives no day for the speech.', 'private_media', 'AZE');

INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('annahar-235034', 'web_page', 'Through Türkiye, Azerbaijan begins exporting gas to Syria', 'Annahar', 'https://www.annahar.com/Economy/235034/أذربيجان-ستصدر-الغاز-إلى-سوريا-عبر-تركيا', 'ar', NULL, '2026-12-07', 'Undated; Nasirov spoke to Reuters "today, Saturday", the day of the Kilis ceremony.', 'private_media', 'LBN');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('arabicpost-kilis-aleppo', 'web_page', 'The Turkish-Syrian gas line: how the Kilis-Aleppo corridor reshapes the region''s energy', 'Arabi Post', 'https://arabicpost.net/%d8%aa%d9%82%d8%a7%d8%b1%d9%8a%d8%b1-%d8%ae%d8%a7%d8%b5%d8%a9/2025/08/06/%d8%ae%d8%b7-%d8%a7%d9%84%d8%ba%d8%a7%d8%b2-%d8%a7%d9%84%d8%aa%d8%b1%d9%83%d9%8a-%d8%a7%d9%84%d8%b3%d9%88%d8%b1%d9%8a-%d9%83%d9%8a%d9%81-%d9%8a%d8%b9%d9%8a%d8%af-%d9%85%d9%85%d8%b1-%d9%83%d9%8a%d9%84', 'ar', '2025-08-06', '2026-12-07', 'Published 6 August 2025, 07:53 GMT.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('wn-newarab-20251112', 'web_page', 'Türkiye lays a new pipeline to send Syria more Azerbaijani gas', 'The New Arab (on WN)', 'https://article.wn.com/view-lemonde/WNAT3de9e06c417a1f2956ad0897b51bf6f1', 'ar', '2025-11-12', '2026-12-07', 'The New Arab''s report of 12 November 2025, reprinted by WN; it relays the Turkish paper Hürriyet of "today, Wednesday".', 'other', NULL);

INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('sabah-7462036', 'web_page', 'Syria has power again with Türkiye''s gas and electricity', 'Sabah', 'https://www.sabah.com.tr/ekonomi/suriye-turkiye-ile-aydinliga-kavustu-7462036', 'tr', '2025-11-12', '2026-12-07', NULL, 'private_media', 'TUR');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('anliksivas-4879', 'web_page', 'Bayraktar at the opening of the Türkiye-Syria gas pipeline in Kilis', 'Anlık Sivas', 'https://anliksivas.com/?p=4879', 'tr', NULL, '2026-12-07', 'Undated; reports the opening ceremony in Kilis.', 'private_media', 'TUR');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('eskisehirburada-212548', 'web_page', 'The Türkiye-Syria gas pipeline opens in Kilis', 'İstikbal (Eskişehir Burada)', 'https://www.eskisehirburada.com/istikbalgazetesi/Index.asp?newsid=212548&sec=3', 'tr', '2025-08-03', '2026-12-07', NULL, 'private_media', 'TUR');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('aftabnews-1004812', 'web_page', 'Türkiye begins supplying gas to Syria', 'Aftab News', 'https://aftabnews.ir/fa/news/1004812/آغاز-گازرسانی-ترکیه-به-سوریه', 'fa', NULL, '2026-12-07', 'Undated; Bayraktar spoke "on Wednesday", and the ministers were to mark the start on Saturday.', 'private_media', 'IRN');

INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('trtworld-13483793', 'web_page', 'Erdogan names the new Turkish cabinet', 'TRT World', 'https://trt.global/world/article/13483793', 'en', '2023-06-03', '2026-12-07', 'Lists the members of the cabinet announced on 3 June 2023.', 'state_media', 'TUR');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-energy-turkiye', 'Ministry of Energy and Natural Resources of Türkiye', NULL, 'ministry', 'TUR', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-energy-turkiye', 'wn-newarab-20251112', 'paragraph 1');
INSERT INTO people (person_id, name, country_id, wikidata_id, note) VALUES ('alparslan-bayraktar', 'Alparslan Bayraktar', 'TUR', NULL, NULL);
INSERT INTO citations (person_id, source_id, locator) VALUES ('alparslan-bayraktar', 'lorientlejour-1471593', 'paragraph 1');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note, start_basis, end_basis, diplomatic_rank, office_level) VALUES ('alparslan-bayraktar-energy-minister', 'alparslan-bayraktar', 'Minister of Energy and Natural Resources', 'ministry-energy-turkiye', 'TUR', '2023-06-03', '2023-06-03', '2025-08-02', NULL, 'confirmed', 'Named minister in the cabinet announced on 3 June 2023. The end is bounded only by the last day a page read shows him in office, 2 August 2025.', 'stated', 'attested', NULL, 'minister');
INSERT INTO citations (position_id, source_id, locator) VALUES ('alparslan-bayraktar-energy-minister', 'trtworld-13483793', 'the cabinet list');
INSERT INTO citations (position_id, source_id, locator) VALUES ('alparslan-bayraktar-energy-minister', 'lorientlejour-1471593', 'paragraph 1');
INSERT INTO citations (position_id, source_id, locator) VALUES ('alparslan-bayraktar-energy-minister', 'menafn-1109876316', 'paragraph 2');
INSERT INTO people (person_id, name, country_id, wikidata_id, note) VALUES ('elshad-nasirov', 'Elshad Nasirov', 'AZE', NULL, NULL);
INSERT INTO citations (person_id, source_id, locator) VALUES ('elshad-nasirov', 'eu-east-gas-syria', 'paragraph 2');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note, start_basis, end_basis, diplomatic_rank) VALUES ('elshad-nasirov-socar-vice-president', 'elshad-nasirov', 'Vice-President', 'socar', NULL, NULL, '2025-08-02', '2025-08-02', NULL, 'confirmed', 'Attested only: the page shows him in office on 2 August 2025.', 'attested', 'attested', NULL);
INSERT INTO citations (position_id, source_id, locator) VALUES ('elshad-nasirov-socar-vice-president', 'eu-east-gas-syria', 'paragraph 2');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, note) VALUES ('bayraktar-announces-gas-to-syria', '2025-07-30', '2025-07-30', 'day', 'derived', '2025-07-30', '010',
  'Bayraktar says Türkiye will start sending Azerbaijani gas to Aleppo through Kilis on Saturday',
  'Türkiye''s energy minister Alparslan Bayraktar announces that exports of Azerbaijani natural gas to Syria, from Kilis to Aleppo, begin on Saturday 2 August.',
  NULL, 'Derived: L''Orient Today, dated 30 July 2025, says he spoke on Wednesday, which is 30 July.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('bayraktar-announces-gas-to-syria', 'alparslan-bayraktar', NULL, NULL, 'speaker', NULL, 'alparslan-bayraktar-energy-minister');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bayraktar-announces-gas-to-syria', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('bayraktar-announces-gas-to-syria', 'turkiye-coordination');
INSERT INTO event_relations (event_id, related_event_id, relation, note) VALUES ('gas-deliveries-begin-kilis', 'bayraktar-announces-gas-to-syria', 'announced_by', NULL);
INSERT INTO citations (event_id, source_id, locator) VALUES ('bayraktar-announces-gas-to-syria', 'lorientlejour-1471593', 'paragraphs 1-2');
INSERT INTO citations (event_id, source_id, locator) VALUES ('bayraktar-announces-gas-to-syria', 'thesun-ci14580064', 'paragraphs 1 and 3');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('bayraktar-gas-exports-from-2-august', 'bayraktar-announces-gas-to-syria', 'alparslan-bayraktar', NULL, 'Türkiye begins exporting Azerbaijani gas to Aleppo by way of Kilis on Saturday 2 August.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('bayraktar-gas-exports-from-2-august', 'oil-and-gas');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('bayraktar-gas-exports-from-2-august', 'turkiye-coordination');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('bayraktar-gas-exports-from-2-august', 'lorientlejour-1471593', 'paragraphs 1-2');

INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, note) VALUES ('al-bashir-announces-daily-gas-volume', NULL, '2025-07-30', 'range', 'reported', '[..2025-07-30]', '010',
  'Al-Bashir puts Syria''s supply of Azerbaijani gas at 3.4 million cubic metres a day from 2 August',
  'Syria''s energy minister Mohammad al-Bashir confirms the deal: from 2 August Syria is to get 3.4 million cubic metres of gas from Azerbaijan daily, expected to yield about 900 megawatts of electricity, as SANA reported.',
  NULL, 'Reported: an AFP story of 30 July 2025 cites SANA without a date.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('al-bashir-announces-daily-gas-volume', 'mohammad-al-bashir', NULL, NULL, 'speaker', NULL, 'mohammad-al-bashir-energy-minister');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-bashir-announces-daily-gas-volume', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('al-bashir-announces-daily-gas-volume', 'energy');
INSERT INTO citations (event_id, source_id, locator) VALUES ('al-bashir-announces-daily-gas-volume', 'thesun-ci14580064', 'paragraph 4');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('al-bashir-3-4-million-cubic-metres-a-day', 'al-bashir-announces-daily-gas-volume', 'mohammad-al-bashir', NULL, 'From 2 August Syria receives 3.4 million cubic metres of Azerbaijani gas a day, which should generate about 900 megawatts.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-bashir-3-4-million-cubic-metres-a-day', 'oil-and-gas');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-bashir-3-4-million-cubic-metres-a-day', 'energy');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('al-bashir-3-4-million-cubic-metres-a-day', 'thesun-ci14580064', 'paragraph 4');

-- The swap behind the route: Azerbaijani gas delivered into Türkiye's system and handed on to Syria at Kilis.
INSERT INTO agreements (agreement_id, title, kind, summary, date_earliest, date_latest, date_precision, date_basis, date_edtf, place_id, status, part_of_agreement_id, document_count, value_amount, value_currency, value_approximate, valid_until, evidence_status, note) VALUES
  ('turkiye-socar-gas-swap-2025', 'Swap agreement for sending Azerbaijani gas to Syria through Türkiye', 'agreement',
   'Türkiye and SOCAR agree on a swap: gas coming from Azerbaijan is redirected through Türkiye and handed to Syria by way of Kilis.',
   NULL, '2025-07-30', 'range', 'derived', '[..2025-07-30]', NULL, 'signed',
   NULL, NULL, NULL, NULL, 0, NULL, 'confirmed',
   'Derived: Bayraktar said on Wednesday, before the Saturday ceremony of 2 August 2025, that the swap had been signed, so by 30 July; at the ceremony he named SOCAR as the other party (Aftab News has him say Azerbaijan). No page gives the day, place or signers.');
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('turkiye-socar-gas-swap-2025', 'TUR', NULL);
INSERT INTO agreement_parties (agreement_id, country_id, organization_id) VALUES ('turkiye-socar-gas-swap-2025', NULL, 'socar');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('turkiye-socar-gas-swap-2025', 'oil-and-gas');
INSERT INTO agreement_topics (agreement_id, topic_id) VALUES ('turkiye-socar-gas-swap-2025', 'turkiye-coordination');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('turkiye-socar-gas-swap-2025', 'bayraktar-announces-gas-to-syria', 'mention');
INSERT INTO agreement_events (agreement_id, event_id, relation) VALUES ('turkiye-socar-gas-swap-2025', 'gas-deliveries-begin-kilis', 'implementation');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('turkiye-socar-gas-swap-2025', 'aftabnews-1004812', 'paragraph 2');
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('turkiye-socar-gas-swap-2025', 'eskisehirburada-212548', 'the report below the date line');

-- What was said at the Kilis ceremony of 2 August 2025 (the event is already recorded).
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('gas-deliveries-begin-kilis', 'alparslan-bayraktar', NULL, NULL, 'participant', NULL, 'alparslan-bayraktar-energy-minister');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('gas-deliveries-begin-kilis', 'elshad-nasirov', NULL, NULL, 'speaker', NULL, 'elshad-nasirov-socar-vice-president');
INSERT INTO citations (event_id, source_id, locator) VALUES ('gas-deliveries-begin-kilis', 'menafn-1109876316', 'paragraphs 1-2');
INSERT INTO citations (event_id, source_id, locator) VALUES ('gas-deliveries-begin-kilis', 'trend-4076517', 'paragraphs 1-2');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('bayraktar-kilis-two-billion-a-year', 'gas-deliveries-begin-kilis', 'alparslan-bayraktar', NULL, 'Up to 2 billion cubic metres of gas a year can go to Syria through the pipeline in the first phase, while the current delivery plan is 1.2 billion a year; deliveries are to reach about 6 million cubic metres a day.', 'KUNA gives the 2 billion as what the pipeline can carry a year, İstikbal as the first phase''s exports; EU East, from Reuters, gives the daily figure and the current plan of 1.2 billion. The figures are his potential and his plan, not a disagreement.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('bayraktar-kilis-two-billion-a-year', 'oil-and-gas');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('bayraktar-kilis-two-billion-a-year', 'energy');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('bayraktar-kilis-two-billion-a-year', 'menafn-1109876316', 'paragraph 2');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('bayraktar-kilis-two-billion-a-year', 'eu-east-gas-syria', 'paragraph 3');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('bayraktar-kilis-two-billion-a-year', 'eskisehirburada-212548', 'the report below the date line');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('nasirov-kilis-1-2-billion-a-year', 'gas-deliveries-begin-kilis', 'elshad-nasirov', NULL, 'Azerbaijan will send Syria 1.2 billion cubic metres of gas a year from the Shah Deniz field, carried across Türkiye by the pipeline that links Türkiye and Syria.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('nasirov-kilis-1-2-billion-a-year', 'oil-and-gas');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('nasirov-kilis-1-2-billion-a-year', 'eu-east-gas-syria', 'paragraphs 1-2');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('nasirov-kilis-1-2-billion-a-year', 'annahar-235034', 'paragraphs 1-3');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('al-bashir-kilis-750-megawatts', 'gas-deliveries-begin-kilis', 'mohammad-al-bashir', NULL, 'The Azerbaijani gas will add about 750 megawatts of generation and four more hours of electricity a day in the areas the war hit.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-bashir-kilis-750-megawatts', 'energy');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('al-bashir-kilis-750-megawatts', 'eu-east-gas-syria', 'paragraph 4');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('al-bashir-kilis-750-megawatts', 'eskisehirburada-212548', 'the report below the date line');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('jabbarov-kilis-fourteen-countries', 'gas-deliveries-begin-kilis', 'mikayil-jabbarov', NULL, 'The exports follow what the two presidents agreed in Antalya on 11 April and in Baku on 12 July; with Syria, fourteen countries now receive Azerbaijani gas.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('jabbarov-kilis-fourteen-countries', 'oil-and-gas');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('jabbarov-kilis-fourteen-countries', 'trend-4076517', 'paragraphs 3 and 5');

INSERT INTO discrepancies (discrepancy_id, title, statement_id, note) VALUES ('gas-daily-volume', 'How much Azerbaijani gas Syria is to receive a day', 'al-bashir-3-4-million-cubic-metres-a-day', 'Al-Bashir''s figure, from SANA through AFP, is the daily supply from 2 August; Bayraktar''s, at the Kilis ceremony, is what deliveries were to reach. The two may not conflict: the Kilis-Aleppo line was announced in May with a capacity of 6 million cubic metres a day, and al-Bashir himself, in a report of 6 August, gives 6 million as what the line can carry and 3.4 million as the start.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('daily-gas-3-4-million', 'gas-daily-volume', 'a', 'Syria receives 3.4 million cubic metres of Azerbaijani gas a day from 2 August 2025 (Syria''s energy minister).');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('daily-gas-3-4-million', 'thesun-ci14580064', 'paragraph 4');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('daily-gas-3-4-million', 'arabicpost-kilis-aleppo', 'paragraph 2 after the dateline');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('daily-gas-6-million', 'gas-daily-volume', 'b', 'Deliveries are to reach about 6 million cubic metres a day (Türkiye''s energy minister).');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('daily-gas-6-million', 'eu-east-gas-syria', 'paragraph 3');

-- November 2025: The New Arab, relaying Hürriyet, reports a new Turkish pipeline toward Syria; Sabah of
-- the same day describes the same 93-kilometre line as the one opened in August.
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, note, evidence_status) VALUES ('turkiye-second-gas-pipeline-to-syria', NULL, '2025-11-12', 'range', 'reported', '[..2025-11-12]', '061',
  'The New Arab reports a new Turkish pipeline to carry more Azerbaijani gas to Syria',
  'According to The New Arab, relaying Hürriyet, Türkiye''s energy ministry has laid a new 93-kilometre pipeline from Kahramanmaraş through Kilis to Syrian territory, to carry about 3.5 million cubic metres of Azerbaijani gas a day and raise the volumes Syria began importing in August; the page says it allows 700 megawatt-hours of power a day and the running of a 1,200-megawatt plant.',
  NULL, 'Reported: The New Arab, on 12 November 2025, relays Hürriyet of that day; it gives no day for the work. A report of the August opening already gives the line to Kilis as about 93 kilometres, and Sabah of 12 November describes the 93-kilometre line as the one opened on 2 August; see the discrepancy.', 'disputed');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('turkiye-second-gas-pipeline-to-syria', NULL, 'ministry-energy-turkiye', NULL, 'initiator', NULL, NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('turkiye-second-gas-pipeline-to-syria', NULL, NULL, 'SYR', 'recipient', NULL, NULL);
INSERT INTO event_topics (event_id, topic_id) VALUES ('turkiye-second-gas-pipeline-to-syria', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('turkiye-second-gas-pipeline-to-syria', 'infrastructure');
INSERT INTO event_topics (event_id, topic_id) VALUES ('turkiye-second-gas-pipeline-to-syria', 'turkiye-coordination');
INSERT INTO event_relations (event_id, related_event_id, relation, note) VALUES ('turkiye-second-gas-pipeline-to-syria', 'gas-deliveries-begin-kilis', 'follows', NULL);
INSERT INTO citations (event_id, source_id, locator) VALUES ('turkiye-second-gas-pipeline-to-syria', 'wn-newarab-20251112', 'paragraph 1');
INSERT INTO discrepancies (discrepancy_id, title, event_id, note) VALUES ('second-pipeline-to-syria', 'Whether the 93-kilometre line to Syria was new in November 2025 or the line opened in August', 'turkiye-second-gas-pipeline-to-syria', 'The New Arab, relaying Hürriyet, calls the 93-kilometre line from Kahramanmaraş through Kilis new and meant to raise volumes; a Turkish report of the August opening says a line of about 93 kilometres, built by BOTAŞ with the Syrian Gas Company, had reached the Yavuzlu metering station in Kilis. The row follows The New Arab''s report; Sabah of the same day describes the 93-kilometre line from Türkoğlu to Kilis as the one through which exports began on 2 August, now carrying 3.5 million cubic metres a day.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('pipeline-93-km-new-in-november', 'second-pipeline-to-syria', 'a', 'Türkiye has laid a new 93-kilometre pipeline from Kahramanmaraş through Kilis to Syria to carry about 3.5 million cubic metres a day (November 2025).');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('pipeline-93-km-new-in-november', 'wn-newarab-20251112', 'paragraph 1');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('pipeline-93-km-opened-in-august', 'second-pipeline-to-syria', 'b', 'The line of about 93 kilometres to the Yavuzlu metering station in Kilis, built by BOTAŞ with the Syrian Gas Company, is the one opened in August 2025.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('pipeline-93-km-opened-in-august', 'anliksivas-4879', 'paragraph 3');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('pipeline-93-km-opened-in-august', 'sabah-7462036', 'paragraphs 2-3');


-- The route before the supplies: the Kilis-Aleppo line connected in May 2025.
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('tesaaworld-de-kilis-aleppo', 'web_page', 'Türkiye finishes connecting the Kilis-Aleppo gas pipeline, ready to export within days', 'Tesaa World (German)', 'https://www.tesaaworld.com/de/news/turkey-completes-the-connection-of-the-natural-gas-pipeline-kilis-aleppo-in-preparation-for-export-in-the-coming-days', 'de', NULL, '2026-12-07', 'Bayraktar spoke to Anadolu "today, Friday 23 May", without a year; the site''s English version of the story names a former minister instead.', 'private_media', NULL);
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, note) VALUES ('kilis-aleppo-pipeline-connected', '2025-05-21', '2025-05-21', 'day', 'inferred', '2025-05-21', '061',
  'Türkiye finishes connecting the Kilis-Aleppo gas pipeline to Syria',
  'Türkiye completes the connection of the gas pipeline from Kilis province to Aleppo and begins testing; Bayraktar, announcing it two days later, says exports are to start within days and aim at 2 billion cubic metres a year for Syria''s power plants.',
  NULL, 'The page gives 21 May and "Friday 23 May" without a year; 2025 is inferred from its context (Syria''s new administration) and fits the weekday.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('kilis-aleppo-pipeline-connected', NULL, 'ministry-energy-turkiye', NULL, 'initiator', NULL, NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('kilis-aleppo-pipeline-connected', NULL, NULL, 'SYR', 'recipient', NULL, NULL);
INSERT INTO event_topics (event_id, topic_id) VALUES ('kilis-aleppo-pipeline-connected', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('kilis-aleppo-pipeline-connected', 'infrastructure');
INSERT INTO event_topics (event_id, topic_id) VALUES ('kilis-aleppo-pipeline-connected', 'turkiye-coordination');
INSERT INTO event_relations (event_id, related_event_id, relation, note) VALUES ('gas-deliveries-begin-kilis', 'kilis-aleppo-pipeline-connected', 'follows', NULL);
INSERT INTO citations (event_id, source_id, locator) VALUES ('kilis-aleppo-pipeline-connected', 'tesaaworld-de-kilis-aleppo', 'headline and paragraphs 1-2 and 6');

-- SOCAR's memorandum of July 2025 as a page of January 2026 describes it: concluded between the two
-- governments, signed by SOCAR and Syria's energy ministry (no disagreement with the pages of the signing).
UPDATE change_context SET reason = 'Release 3.0 notes how a page of January 2026 describes SOCAR''s gas memorandum of July 2025: concluded between the two governments, signed by SOCAR and Syria''s Ministry of Energy.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('vestikavkaza-ru-goskomstat', 'web_page', 'The statistics committee says how much Azerbaijani gas went to Syria', 'Vestnik Kavkaza', 'https://vestikavkaza.ru/news/goskomstat-rasskazal-skolko-azerbajdzanskogo-gaza-postavili-v-siriu.html', 'ru', '2026-01-29', '2026-12-07', NULL, 'private_media', 'RUS');
UPDATE change_context SET source_id = 'vestikavkaza-ru-goskomstat';
UPDATE agreements SET note = 'Signed for Syria by its energy minister. A page of January 2026 calls it a memorandum concluded between the two governments and names SOCAR and Syria''s Ministry of Energy as signatories.' WHERE agreement_id = 'socar-syria-gas-mou-2025';
INSERT INTO citations (agreement_id, source_id, locator) VALUES ('socar-syria-gas-mou-2025', 'vestikavkaza-ru-goskomstat', 'paragraph 3');

-- The year of the first deliveries: 2025 for Azerbaijan's prime minister and president, December
-- 2011 for the encyclopedia.
UPDATE change_context SET reason = 'Release 3.0 records that Azerbaijan''s prime minister and president call the 2025 gas supplies to Syria the first, against the encyclopedia''s exports of December 2011.', source_id = NULL;
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('asadov-first-gas-to-syria', 'asadov-reports-first-gas-to-syria', 'ali-asadov', NULL, 'Besides Europe, cooperation grew in new directions, and for the first time Azerbaijani gas began to be supplied to Syria; the number of countries buying it rose to 14 last year and is now 16.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('asadov-first-gas-to-syria', 'oil-and-gas');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('asadov-first-gas-to-syria', 'day-az-1821878', 'paragraphs 3-4');
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, title, summary, place_id, note) VALUES ('aliyev-southern-gas-corridor-council-2026', NULL, '2026-03-03', 'range', 'reported', '[..2026-03-03]', '010',
  'Aliyev tells the Southern Gas Corridor council that gas supplies to Syria have begun for the first time',
  'Speaking at the 12th ministerial meeting of the Southern Gas Corridor Advisory Council and the 4th of the Green Energy Advisory Council, Ilham Aliyev says Azerbaijan has for the first time begun supplying gas to Syria, to ease its acute shortage of electricity, and that 1.5 billion cubic metres of gas supplied to Syria have helped protect its people and let its businesses work.',
  NULL, 'Reported: Report.az, dated 3 March 2026, gives no day for the speech or place, and no period for the 1.5 billion cubic metres.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note, position_id) VALUES ('aliyev-southern-gas-corridor-council-2026', 'ilham-aliyev', NULL, NULL, 'speaker', NULL, 'ilham-aliyev-president');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aliyev-southern-gas-corridor-council-2026', 'oil-and-gas');
INSERT INTO event_topics (event_id, topic_id) VALUES ('aliyev-southern-gas-corridor-council-2026', 'energy');
INSERT INTO citations (event_id, source_id, locator) VALUES ('aliyev-southern-gas-corridor-council-2026', 'report-az-20260303-gas', 'headline and paragraphs 1-4');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('aliyev-first-gas-to-syria-1-5-billion', 'aliyev-southern-gas-corridor-council-2026', 'ilham-aliyev', NULL, 'For the first time Azerbaijan has begun to supply gas to Syria, to help with its severe electricity shortage; 1.5 billion cubic metres supplied there have helped protect its people and keep its businesses running.', 'The page gives no period for the figure.');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-first-gas-to-syria-1-5-billion', 'oil-and-gas');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-first-gas-to-syria-1-5-billion', 'energy');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('aliyev-first-gas-to-syria-1-5-billion', 'report-az-20260303-gas', 'headline and paragraphs 1-4');

INSERT INTO discrepancies (discrepancy_id, title, statement_id, note) VALUES ('first-gas-deliveries-year', 'Whether Azerbaijani gas first reached Syria in 2025 or in December 2011', 'asadov-first-gas-to-syria', 'The prime minister and the president call the 2025 supplies the first; the encyclopedia alone reports exports through Türkiye and Georgia from December 2011. Syria''s deputy oil minister, in January 2011, was still waiting for Türkiye''s part of the pipeline.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('first-gas-in-2025', 'first-gas-deliveries-year', 'a', 'Supplies of Azerbaijani gas to Syria began for the first time in 2025 (Prime Minister Asadov to parliament; President Aliyev to the Southern Gas Corridor council).');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('first-gas-in-2025', 'day-az-1821878', 'paragraph 3');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('first-gas-in-2025', 'report-az-20260303-gas', 'paragraph 4');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('first-gas-in-december-2011', 'first-gas-deliveries-year', 'b', 'Azerbaijan started exporting gas to Syria through Türkiye and Georgia in December 2011 (the encyclopedia).');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('first-gas-in-december-2011', 'wikimili-az-syria', 'paragraph 7');

INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('agreements-in-force', 2009, 2026, 'Which of the 2009 documents entered into force, and Azerbaijan''s approvals or ratifications of any Syrian agreement', 'en, ar, az, ru', 'One Syrian page of June 2010 says most of the listed agreements were in force, naming none; no Azerbaijani law or decree on an agreement with Syria was found.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('gas-deliveries-2011-2024', 2011, 2024, 'Azerbaijani gas reaching Syria between 2011 and 2024', 'en, ru, az', 'Only the encyclopedia''s line on December 2011, which the prime minister and the president contradict; no page of the time reports a delivery.');

UPDATE change_context SET reason = NULL, source_id = NULL;
