-- 0030: each citation on the page that says it, what the cited pages say and the rows left out,
-- and disagreements with both sides on recorded pages (second audit, rules 6-7; first audit's
-- corrections of discrepancies, the running total and the expected meeting).

-- Pages this script cites for the first time.
UPDATE change_context SET reason = 'Stored pages that state what the corrected rows say, read for the second audit.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('metbuat-1529925', 'web_page', 'Ahmad al-Sharaa visits Heydar Aliyev''s grave', 'Metbuat.az', 'https://metbuat.az/news/1529925/ehmed-el-saraa-heyder-eliyevin-mezarini-ziyaret-edib.html', 'az', NULL, '2026-12-02', 'Calls the visit a working visit (işgüzar səfər); no page date shown.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('wikimili-az-syria', 'web_page', 'Azerbaijan–Syria relations (WikiMili copy of the English Wikipedia article)', 'WikiMili', 'https://wikimili.com/en/Azerbaijan%E2%80%93Syria_relations', 'en', NULL, '2026-12-02', 'A mirror of the English Wikipedia article; the en.wikipedia.org page itself is not among the stored pages. Undated.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('symonitor-rafiyev', 'web_page', 'Azerbaijan announces the resumption of diplomatic relations with Syria', 'Syria Monitor (symonitor.com)', 'https://symonitor.com/%d8%a3%d8%b0%d8%b1%d8%a8%d9%8a%d8%ac%d8%a7%d9%86-%d8%aa%d8%b9%d9%84%d9%86-%d8%a7%d8%b3%d8%aa%d8%a6%d9%86%d8%a7%d9%81-%d8%a7%d9%84%d8%b9%d9%84%d8%a7%d9%82%d8%a7%d8%aa-%d8%a7%d9%84%d8%af%d8%a8%d9%84', 'ar', NULL, '2026-12-02', 'Reports Rafiyev''s interview with Al Jazeera and dates his Damascus visit to 28 December.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('californiacourier-aliyev-invites', 'web_page', 'Aliyev invites interim Syrian President al-Sharaa to visit Azerbaijan', 'The California Courier', 'https://www.thecaliforniacourier.com/aliyev-invites-interim-syrian-president-al-sharaa-to-visit-azerbaijan/', 'en', NULL, '2026-12-02', 'An Armenian-American weekly; gives the embassy''s resumption as March 2025. Undated.', 'private_media', 'USA');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('report-az-200-tonnes-2025', 'web_page', 'This year Azerbaijan sent 200 tonnes of humanitarian aid to Syria', 'Report.az', 'https://report.az/xarici-siyaset/bu-il-azerbaycan-suriyaya-200-ton-humanitar-yardim-gonderib', 'az', '2025-12-26', '2026-12-02', 'Bayramov''s year-end press conference, 26 December 2025, 15:48.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('yenixeber-org-182742', 'web_page', 'Our embassy in Syria holds an iftar for orphaned children in Damascus', 'Yenixeber.org', 'https://yenixeber.org/xeberler/182742-suriyadak%C4%B1-s%C9%99firliyimiz-d%C9%99m%C9%99%C5%9Fqd%C9%99-kims%C9%99siz-u%C5%9Faqlar-%C3%BC%C3%A7%C3%BCn-iftar-s%C3%BCfr%C9%99si-t%C9%99%C5%9Fkil-edib.html', 'az', NULL, '2026-12-02', 'From haber7.com. Says Azerbaijan had sent 200 tonnes of aid to Syria so far; undated.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('shafaq-talks-held-in-baku', 'web_page', 'Israeli and Syrian officials hold talks in Azerbaijan', 'Shafaq News', 'https://www.shafaq.com/en/Middle-East/Israeli-and-Syrian-officials-hold-talks-in-Azerbaijan', 'en', '2025-07-12', '2026-12-02', 'An AFP diplomatic source; says "On Sunday" on a page dated Saturday 12 July 2025.', 'private_media', 'IRQ');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('gtvnews-298798', 'web_page', 'Syrian and Israeli officials meet face to face in Baku', 'GTV News', 'https://gtvnewshd.com/?p=298798', 'en', NULL, '2026-12-02', 'An AFP diplomatic source; "on Saturday". Undated.', 'private_media', 'PAK');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('metbuat-1527569', 'web_page', 'Azerbaijan helps 1,500 people in Syria', 'Metbuat.az', 'https://metbuat.az/news/1527569/azerbaycan-suriyada-1500-nefere-yardim-gosterib.html', 'az', NULL, '2026-12-02', 'From Azerbaijan''s Foreign Ministry; gives 7-8 June of "this year". The page date shown is June 2025.', 'private_media', 'AZE');

-- Offices and people cited to pages that name them.
UPDATE change_context SET reason = 'The cited AZERTAC excerpt does not name the energy minister; OC Media names Parviz Shahbazov and his meeting with Mohammad al-Bashir.', source_id = 'oc-media-deputy-pm';
DELETE FROM citations WHERE source_id = 'azertag-3538907' AND (person_id = 'parviz-shahbazov' OR position_id = 'parviz-shahbazov-energy-minister' OR organization_id = 'ministry-energy-azerbaijan');
INSERT INTO citations (person_id, source_id, locator) VALUES ('parviz-shahbazov', 'oc-media-deputy-pm', 'paragraph 9');
INSERT INTO citations (position_id, source_id, locator) VALUES ('parviz-shahbazov-energy-minister', 'oc-media-deputy-pm', 'paragraph 9');
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-energy-azerbaijan', 'oc-media-deputy-pm', 'paragraph 9');
UPDATE change_context SET reason = 'Neither the cited AZERTAC nor the AzerNews excerpt names al-Bashir; OC Media, Middle East Monitor and MENAFN do.', source_id = 'oc-media-deputy-pm';
DELETE FROM citations WHERE source_id IN ('azertag-3538907', 'azernews-245477') AND (person_id = 'mohammad-al-bashir' OR position_id = 'mohammad-al-bashir-energy-minister' OR organization_id = 'ministry-energy-syria');
INSERT INTO citations (person_id, source_id, locator) VALUES ('mohammad-al-bashir', 'oc-media-deputy-pm', 'paragraph 9');
INSERT INTO citations (position_id, source_id, locator) VALUES ('mohammad-al-bashir-energy-minister', 'oc-media-deputy-pm', 'paragraph 9');
INSERT INTO citations (position_id, source_id, locator) VALUES ('mohammad-al-bashir-energy-minister', 'menafn-1109876042', 'paragraph on those attending');
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-energy-syria', 'memo-20250505', 'last paragraph');
INSERT INTO citations (event_id, source_id, locator) VALUES ('sharifov-delegation-visits-syria', 'oc-media-deputy-pm', 'paragraphs 9-10');

UPDATE change_context SET reason = 'The cited News.az excerpt names only the two presidents; the Syrian Presidency and Foreign Ministry, via Alikhbariah, name the delegation and the Zagulba Palace.', source_id = 'alikhbariah-16878';
DELETE FROM citations WHERE source_id = 'news-az-extended-meeting' AND (position_id IN ('asaad-al-shaibani-foreign-minister', 'hussein-al-salama-intelligence-chief') OR person_id = 'hussein-al-salama' OR place_id = 'zagulba-palace');
INSERT INTO citations (position_id, source_id, locator) VALUES ('asaad-al-shaibani-foreign-minister', 'alikhbariah-16878', 'paragraphs 3-4');
INSERT INTO citations (person_id, source_id, locator) VALUES ('hussein-al-salama', 'alikhbariah-16878', 'paragraph 3');
INSERT INTO citations (position_id, source_id, locator) VALUES ('hussein-al-salama-intelligence-chief', 'alikhbariah-16878', 'paragraph 3');
INSERT INTO citations (place_id, source_id, locator) VALUES ('zagulba-palace', 'alikhbariah-16878', 'paragraphs 2 and 4');
UPDATE positions SET title = 'Head of the intelligence service', note = 'Alikhbariah calls him head of the intelligence service; another page, head of General Intelligence.' WHERE position_id = 'hussein-al-salama-intelligence-chief';

UPDATE change_context SET reason = 'The cited News.az excerpt does not name Eyyubov or Rzayev; TimeTurk, citing AZERTAC, names both and their offices.', source_id = 'timeturk-1816590';
DELETE FROM citations WHERE source_id = 'news-az-extended-meeting' AND (person_id IN ('yagub-eyyubov', 'fariz-rzayev') OR position_id IN ('yagub-eyyubov-first-deputy-pm', 'fariz-rzayev-deputy-foreign-minister'));
INSERT INTO citations (person_id, source_id, locator) VALUES ('yagub-eyyubov', 'timeturk-1816590', 'paragraph 3');
INSERT INTO citations (position_id, source_id, locator) VALUES ('yagub-eyyubov-first-deputy-pm', 'timeturk-1816590', 'paragraph 3');
INSERT INTO citations (person_id, source_id, locator) VALUES ('fariz-rzayev', 'timeturk-1816590', 'paragraph 3');
INSERT INTO citations (position_id, source_id, locator) VALUES ('fariz-rzayev-deputy-foreign-minister', 'timeturk-1816590', 'paragraph 3');

-- What the cited pages say and the rows left out.
UPDATE change_context SET reason = 'The interview says more than the row: only 1.2 bcm has been agreed so far, Syria needs more, the volume may rise, and Qatar''s government funds the supply.', source_id = 'report-az-gas-volume';
UPDATE statements SET summary = 'A four-party agreement of Azerbaijan, Syria, Türkiye and Qatar underlies the gas supply, which Qatar''s government funds; so far 1.2 billion cubic metres have been agreed, and since Syria needs more, Azerbaijan may raise the volume.',
  note = 'The Russian text of the same report has Aliyev call it a three-party, even four-party, agreement. Neither text gives a period for the 1.2 billion cubic metres.'
WHERE statement_id = 'aliyev-four-party-gas-agreement';
UPDATE citations SET locator = 'headline and paragraphs 1-3' WHERE statement_id = 'aliyev-four-party-gas-agreement' AND source_id = 'report-az-gas-volume';
UPDATE events SET title = 'Aliyev, interviewed by Al Arabiya, describes the gas deal with Syria' WHERE event_id = 'aliyev-al-arabiya-interview';
UPDATE citations SET note = 'Supports the ceremony of 2 August, Qatar''s funding and 1.2 billion cubic metres agreed so far, not "a year" or "a first stage", which come from MENAFN.', locator = 'paragraph 3' WHERE citation_id = 284;

UPDATE change_context SET reason = 'The pages of the December 2024 visit report an invitation to al-Shaibani to visit Azerbaijan, which he accepted; the rows left it out.', source_id = 'yenisafak-ar-4081270';
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('rafiyev-invites-al-shaibani', 'rafiyev-visits-damascus', 'yalchin-rafiyev', NULL, 'Rafiyev invites al-Shaibani to visit Azerbaijan.', 'Turan, from the Foreign Ministry''s release, calls it an invitation to an official visit; Yeni Şafak names Rafiyev as the one who made it.');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('rafiyev-invites-al-shaibani', 'yenisafak-ar-4081270', 'paragraph 10');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('rafiyev-invites-al-shaibani', 'turan-788739', 'last paragraph');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('rafiyev-invites-al-shaibani', 'diplomacy');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('al-shaibani-accepts-invitation', 'rafiyev-visits-damascus', 'asaad-al-shaibani', NULL, 'Al-Shaibani welcomes the invitation to visit Azerbaijan and accepts it.', 'Known from the Azerbaijani side: Yeni Şafak from the Foreign Ministry''s release, A News from its spokesman.');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('al-shaibani-accepts-invitation', 'yenisafak-ar-4081270', 'paragraph 10');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('al-shaibani-accepts-invitation', 'anews-20241230', 'paragraph 7');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('al-shaibani-accepts-invitation', 'diplomacy');

UPDATE change_context SET reason = 'The ministry''s statement of 10 December 2024 also speaks of locating Azerbaijani citizens in Syria and of repatriating them through Türkiye since 2020; the rows left it out.', source_id = 'trend-3980643';
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('mfa-locating-citizens-in-syria', 'mfa-statement-on-restoring-relations', NULL, 'mfa-azerbaijan', 'Without an embassy in Syria, Azerbaijan is working out how many of its citizens are there and where, and will go on repatriating them through Türkiye, as it has since 2020.', NULL);
INSERT INTO citations (statement_id, source_id, locator) VALUES ('mfa-locating-citizens-in-syria', 'trend-3980643', 'paragraph 4');
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('mfa-locating-citizens-in-syria', 'security');

UPDATE change_context SET reason = 'Syria''s oil minister stated in 2010 that Syria meant to buy 1-1.5 bcm of Azerbaijani gas a year from mid-2011; the page was cited but this was not recorded.', source_id = 'aze-az-38342';
INSERT INTO events (event_id, date_earliest, date_latest, date_precision, date_basis, date_edtf, cameo_code, plover_type, title, summary, place_id, evidence_status, note) VALUES ('allaw-on-gas-purchases-2010', '2010-04-20', '2010-12-31', 'range', 'derived', '[2010-04-20..2010-12-31]', '030', NULL, 'Syria''s oil minister says Syria will buy Azerbaijani gas from mid-2011', 'Sufian Allaw, Syria''s oil minister and co-chair of the joint commission, says Syria means to buy 1 to 1.5 billion cubic metres of Azerbaijani gas a year from mid-2011, and recounts the energy ministers'' document of 3 March and the working groups'' meeting of 20 April.', NULL, 'confirmed', 'Derived: the page shows no date; it speaks of 20 April as past and of a March visit "this year", and of purchases starting from mid-2011, which places the interview between 20 April and the end of 2010. Relayed by Bakililar.AZ from Trend.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note) VALUES ('allaw-on-gas-purchases-2010', 'sufian-allaw', NULL, NULL, 'speaker', NULL);
INSERT INTO event_topics (event_id, topic_id) VALUES ('allaw-on-gas-purchases-2010', 'oil-and-gas');
INSERT INTO citations (event_id, source_id, locator) VALUES ('allaw-on-gas-purchases-2010', 'aze-az-38342', 'headline and paragraphs 1-3');
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('allaw-syria-to-buy-gas-from-2011', 'allaw-on-gas-purchases-2010', 'sufian-allaw', NULL, 'From mid-2011 Syria intends to buy 1 to 1.5 billion cubic metres of Azerbaijani gas a year.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('allaw-syria-to-buy-gas-from-2011', 'oil-and-gas');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('allaw-syria-to-buy-gas-from-2011', 'aze-az-38342', 'paragraph 1');
UPDATE sources SET note = 'Gives 3 March and 20 April without a year (the year comes from the page''s context), and the Syrian oil minister''s intent to buy 1-1.5 bcm a year from mid-2011, relayed by Bakililar.AZ from Trend. No page date shown.' WHERE source_id = 'aze-az-38342';

UPDATE change_context SET reason = 'The same page has Ilham Aliyev answer Assad at the business forum; the rows left it out.', source_id = 'syria-oil-469';
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note) VALUES ('assad-on-azerbaijani-gas', 'ilham-aliyev', NULL, NULL, 'speaker', NULL);
INSERT INTO statements (statement_id, event_id, speaker_person_id, speaker_organization_id, summary, note) VALUES ('aliyev-syria-link-to-bte-realizable', 'assad-on-azerbaijani-gas', 'ilham-aliyev', NULL, 'Azerbaijan can export in every direction, and linking Syria to the Baku-Tbilisi-Erzurum gas pipeline is a project that can be done.', NULL);
INSERT INTO statement_topics (statement_id, topic_id) VALUES ('aliyev-syria-link-to-bte-realizable', 'oil-and-gas');
INSERT INTO citations (statement_id, source_id, locator) VALUES ('aliyev-syria-link-to-bte-realizable', 'syria-oil-469', 'paragraph on Aliyev''s answer');

UPDATE change_context SET reason = 'The Foreign Ministry, via Metbuat, gives the places, the organisers and the number of people reached by the Eid al-Adha distribution.', source_id = 'metbuat-1527569';
UPDATE events SET summary = 'For Eid al-Adha, the embassy, with the support of the aid agency AIDA, hands out sacrificial meat to 320 war-affected families in Rif Dimashq (Eastern and Western Ghouta) on the first day and in Homs and its countryside on the second, reaching about 1,500 people.',
  note = 'The pages give 7-8 June of "this year"; the year is from their page dates (June 2025).', date_basis = 'inferred'
WHERE event_id = 'eid-al-adha-meat-distribution';
INSERT INTO citations (event_id, source_id, locator) VALUES ('eid-al-adha-meat-distribution', 'metbuat-1527569', 'paragraphs 1-3');
UPDATE aid_deliveries SET beneficiary_count = 1500, beneficiary_unit = 'people', beneficiary_qualifier = 'about', note = '320 families; about 1,500 people over the two days, the Foreign Ministry says.' WHERE aid_delivery_id = 'eid-al-adha-meat';
INSERT INTO citations (aid_delivery_id, source_id, locator) VALUES ('eid-al-adha-meat', 'metbuat-1527569', 'paragraph 3');

-- Disagreements, with both sides on recorded pages.
UPDATE change_context SET reason = 'Both sides of the visit''s status are stated on stored pages; the two unrecorded pages are replaced by them.', source_id = 'trtworld-eadfb23f41b9';
DELETE FROM citations WHERE claim_id IN ('baku-visit-official', 'baku-visit-working');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('baku-visit-official', 'trtworld-eadfb23f41b9', 'paragraphs quoting al-Bashir and on the arrival');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('baku-visit-official', 'memo-20250712', 'photo caption and paragraph on the arrival');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('baku-visit-official', 'vestikavkaza-176406', 'paragraph 2');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('baku-visit-official', 'alikhbariah-16878', 'paragraph 1');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('baku-visit-working', 'timeturk-1816590', 'paragraphs 1-2');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('baku-visit-working', 'metbuat-1529925', 'paragraph 1');
DELETE FROM sources WHERE source_id IN ('official-visit-reports-unrecorded', 'working-visit-reports-unrecorded');
UPDATE discrepancies SET note = 'TRT World, Middle East Monitor, Vestnik Kavkaza and the Syrian side call it an official visit, as did al-Bashir, who took part; TimeTurk, citing AZERTAC, Azerbaijan''s state agency, and Metbuat call it a working visit.' WHERE discrepancy_id = 'baku-visit-status';
UPDATE events SET visit_kind = NULL WHERE event_id = 'al-sharaa-visits-baku';

UPDATE change_context SET reason = 'The Wikipedia claims are on a stored mirror of the article, which words them differently from the rows.', source_id = 'wikimili-az-syria';
DELETE FROM citations WHERE claim_id IN ('documents-2009-fourteen', 'gas-document-4-march');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('documents-2009-fourteen', 'wikimili-az-syria', 'paragraph 3');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('gas-document-4-march', 'wikimili-az-syria', 'paragraph 5');
DELETE FROM sources WHERE source_id = 'wikipedia-unrecorded';
UPDATE discrepancy_claims SET claim = 'Fourteen documents were signed as a result of the business forum held during the visit.' WHERE claim_id = 'documents-2009-fourteen';
UPDATE discrepancy_claims SET claim = 'A memorandum of intent on gas supplies was signed in Damascus on 4 March 2010, during talks between the two energy ministers.' WHERE claim_id = 'gas-document-4-march';
UPDATE discrepancies SET note = 'Al-Thawra counts 19 documents signed during the visit; the Wikipedia article, read on a mirror, counts 14 signed as a result of the business forum, which may be a part of the whole.' WHERE discrepancy_id = 'documents-of-2009-count';
UPDATE discrepancies SET note = 'The contemporary page gives 3 March (the year from its context); the Wikipedia article, read on a mirror, gives 4 March 2010 and Damascus.' WHERE discrepancy_id = 'gas-document-day';

UPDATE change_context SET reason = 'Claim A added words the article does not say, and the note missed that seventeen years after the 1997 decree is 2014.', source_id = 'jps-article';
UPDATE discrepancy_claims SET claim = 'Diplomatic relations were suspended seventeen years later.' WHERE claim_id = 'suspension-seventeen-years';
UPDATE discrepancies SET note = 'The article does not say from when it counts: seventeen years after the 1997 decree is 2014, after the 2008 opening 2025. Neither fits its own twelve-year pause or the contemporary pages, which show the embassy open in April 2012, emptied in August 2012 and called suspended in November 2012.' WHERE discrepancy_id = 'suspension-date';

UPDATE change_context SET reason = 'No stored page reports a second batch on 28 February 2025; the Foreign Minister and another page give 200 tonnes as all the aid sent so far.', source_id = 'report-az-200-tonnes-2025';
UPDATE events SET evidence_status = 'disputed' WHERE event_id = 'second-aid-batch-sent';
INSERT INTO discrepancies (discrepancy_id, title, event_id, note) VALUES ('second-aid-batch', 'Whether a second batch of aid was sent on 28 February 2025', 'second-aid-batch-sent', 'Only the article reports a second batch; the Foreign Minister''s year-end figure and a report of the March iftars give 200 tonnes, the first convoy''s load, as everything sent.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('second-batch-sent', 'second-aid-batch', 'a', 'A second batch of humanitarian aid was sent to Syria on 28 February.');
INSERT INTO citations (claim_id, source_id, paragraph) VALUES ('second-batch-sent', 'jps-article', 8);
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('two-hundred-tonnes-in-all', 'second-aid-batch', 'b', 'Azerbaijan sent 200 tonnes of humanitarian aid to Syria in 2025, all it had sent so far.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('two-hundred-tonnes-in-all', 'report-az-200-tonnes-2025', 'paragraph 5');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('two-hundred-tonnes-in-all', 'yenixeber-org-182742', 'last paragraph');

UPDATE change_context SET reason = 'Two Syrian pages date Rafiyev''s visit to 28 December; the others give 29 December or Sunday.', source_id = 'souriapost-16198';
UPDATE events SET evidence_status = 'disputed' WHERE event_id = 'rafiyev-visits-damascus';
INSERT INTO discrepancies (discrepancy_id, title, event_id, note) VALUES ('rafiyev-visit-day', 'The day of Rafiyev''s visit to Damascus', 'rafiyev-visits-damascus', 'Turan, from the Foreign Ministry''s release, and the pages that say Sunday agree on 29 December 2024; two Syrian pages reporting his later Al Jazeera interview give 28 December.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('rafiyev-29-december', 'rafiyev-visit-day', 'a', 'The meeting in Damascus was on 29 December (a Sunday).');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('rafiyev-29-december', 'turan-788739', 'paragraph 1');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('rafiyev-29-december', 'anews-20241230', 'paragraph 5');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('rafiyev-28-december', 'rafiyev-visit-day', 'b', 'Rafiyev visited Damascus on 28 December.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('rafiyev-28-december', 'souriapost-16198', 'paragraph 5');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('rafiyev-28-december', 'symonitor-rafiyev', 'paragraph 5');

UPDATE change_context SET reason = 'One page gives March 2025 for the embassy''s resumption, against the ministry''s word of 17 February.', source_id = 'californiacourier-aliyev-invites';
INSERT INTO discrepancies (discrepancy_id, title, event_id, note) VALUES ('embassy-resumption-month', 'When the embassy resumed work', 'embassy-resumes-operations', 'The reports of 17 February 2025 relay the Foreign Ministry; the later page gives no source for March.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('resumed-by-17-february', 'embassy-resumption-month', 'a', 'By 17 February 2025 the embassy''s chargé d''affaires was in Damascus and at work.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('resumed-by-17-february', 'mehrnews-228488', 'dateline and paragraph 2');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('resumed-by-17-february', 'vestikavkaza-173532', 'dateline and paragraphs 1-2');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('resumed-in-march', 'embassy-resumption-month', 'b', 'The embassy resumed operations only in March 2025.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('resumed-in-march', 'californiacourier-aliyev-invites', 'last paragraph');

UPDATE change_context SET reason = 'Syria''s Foreign Ministry reports and Syrian pages the cited SANA page does not date speak of the Zagulba talks; the new-phase assessment''s paragraph 16 speaks of the May 2025 visit, not of the change of leadership.', source_id = 'jps-article';
DELETE FROM citations WHERE citation_id = 86;
INSERT INTO assessments (assessment_id, kind, summary, organization_id, period, note) VALUES ('sharifov-visit-new-phase', 'outlook', 'The May 2025 visit opened a new phase, building solidarity and the ground for long-term cooperation.', NULL, '2025', NULL);
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('sharifov-visit-new-phase', 'diplomacy');
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('sharifov-visit-new-phase', 'jps-article', 16);

-- A running total is not an agreement.
UPDATE change_context SET reason = 'A count of documents signed so far is not one agreement; the ministry''s figure of twenty documents is kept as a note on its page.', source_id = 'mfa-az-syria';
DELETE FROM citations WHERE agreement_id = 'bilateral-documents-running-total';
DELETE FROM agreement_parties WHERE agreement_id = 'bilateral-documents-running-total';
DELETE FROM agreement_topics WHERE agreement_id = 'bilateral-documents-running-total';
DELETE FROM agreement_events WHERE agreement_id = 'bilateral-documents-running-total';
DELETE FROM agreements WHERE agreement_id = 'bilateral-documents-running-total';
UPDATE sources SET note = 'Lists recognition, the start of relations, mutual visits, the joint commission and trade figures from the State Statistical Committee, and counts twenty documents signed between the two countries as of when it was read (27 November 2026).' WHERE source_id = 'mfa-az-syria';

-- An expectation is not an event: the meeting that was expected is recorded as reported to have taken place.
UPDATE change_context SET reason = 'The row recorded an expectation; later AFP reports say the meeting took place on Saturday 12 July 2025, on an unnamed source.', source_id = 'gtvnews-298798';
UPDATE citations SET locator = 'paragraphs 1-3', note = 'Written before the meeting: it was expected later that Saturday, on the sidelines of the visit.' WHERE event_id = 'syrian-israeli-meeting-expected-in-baku' AND source_id = 'dawn-1923739';
UPDATE events SET date_basis = 'derived', cameo_code = '044', plover_type = 'CONSULT', plover_mode = 'third-party',
  title = 'Syrian and Israeli officials reportedly meet in Baku',
  summary = 'On the sidelines of al-Sharaa''s visit, a Syrian and an Israeli official reportedly meet face to face in Baku to discuss Israel''s military presence in Syria; al-Sharaa does not attend.',
  note = 'The id is kept from release 1.0.0, when the row recorded only the expectation. Derived: AFP''s source says the meeting was on Saturday, the day of al-Sharaa''s visit, 12 July 2025; Shafaq News says Sunday. Known only from an unnamed diplomatic source.'
WHERE event_id = 'syrian-israeli-meeting-expected-in-baku';
INSERT INTO citations (event_id, source_id, locator) VALUES ('syrian-israeli-meeting-expected-in-baku', 'gtvnews-298798', 'paragraphs 1-3');
INSERT INTO citations (event_id, source_id, locator) VALUES ('syrian-israeli-meeting-expected-in-baku', 'shafaq-talks-held-in-baku', 'paragraphs 1-2');
INSERT INTO event_relations (event_id, related_event_id, relation, note) VALUES ('syrian-israeli-meeting-expected-in-baku', 'al-sharaa-visits-baku', 'part_of', 'On the sidelines of the visit.');
INSERT INTO discrepancies (discrepancy_id, title, event_id, note) VALUES ('baku-israeli-meeting-day', 'The day of the Syrian-Israeli meeting in Baku', 'syrian-israeli-meeting-expected-in-baku', 'Shafaq''s "Sunday" sits on a page dated Saturday 12 July 2025, the day AFP''s source gave for the meeting.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('israeli-meeting-saturday', 'baku-israeli-meeting-day', 'a', 'The meeting took place on Saturday, during al-Sharaa''s visit.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('israeli-meeting-saturday', 'gtvnews-298798', 'paragraph 1');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('israeli-meeting-sunday', 'baku-israeli-meeting-day', 'b', 'The meeting took place on Sunday.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('israeli-meeting-sunday', 'shafaq-talks-held-in-baku', 'paragraph 1');
UPDATE events SET evidence_status = 'disputed' WHERE event_id = 'syrian-israeli-meeting-expected-in-baku';

-- The jet-fuel memorandum's signers and the counterparty the pages name differently.
UPDATE change_context SET reason = 'SANA names the signers of the jet-fuel memorandum and the chargé d''affaires present; Trend names the counterparty UCC Holding, SANA its UCC Petroleum Trading.', source_id = 'sana-2344504';
INSERT INTO people (person_id, name, country_id, wikidata_id, note) VALUES ('kanan-najafov', 'Kanan Najafov', 'AZE', NULL, 'Named as a vice-president of SOCAR.');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('kanan-najafov', 'كنان نجافوف', NULL, 'ar', 'sana-2344504');
INSERT INTO citations (person_id, source_id, locator) VALUES ('kanan-najafov', 'sana-2344504', 'paragraph 2');
INSERT INTO people (person_id, name, country_id, wikidata_id, note) VALUES ('musa-al-nabr', 'Musa al-Nabr', NULL, NULL, 'Signed for UCC Petroleum Trading; the page gives no office and no nationality.');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('musa-al-nabr', 'موسى النبر', NULL, 'ar', 'sana-2344504');
INSERT INTO citations (person_id, source_id, locator) VALUES ('musa-al-nabr', 'sana-2344504', 'paragraph 2');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ucc-petroleum-trading', 'UCC Petroleum Trading', NULL, 'company', 'QAT', NULL, NULL, 'SANA calls it a Qatari company belonging to the Urbacon holding.');
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ucc-petroleum-trading', 'sana-2344504', 'paragraphs 1 and 3');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note) VALUES ('socar-ucc-jet-fuel-memorandum-signed', 'kanan-najafov', NULL, NULL, 'signatory', NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note) VALUES ('socar-ucc-jet-fuel-memorandum-signed', 'musa-al-nabr', NULL, NULL, 'signatory', NULL);
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note) VALUES ('socar-ucc-jet-fuel-memorandum-signed', 'elnur-shahhuseynov', NULL, NULL, 'participant', 'Present at the signing.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note) VALUES ('socar-ucc-jet-fuel-memorandum-signed', NULL, 'ucc-petroleum-trading', NULL, 'participant', NULL);
INSERT INTO agreement_signatories (agreement_id, person_id, on_behalf_of_country_id, on_behalf_of_organization_id) VALUES ('socar-ucc-jet-fuel-memorandum-2025', 'kanan-najafov', NULL, 'socar');
INSERT INTO agreement_signatories (agreement_id, person_id, on_behalf_of_country_id, on_behalf_of_organization_id) VALUES ('socar-ucc-jet-fuel-memorandum-2025', 'musa-al-nabr', NULL, 'ucc-petroleum-trading');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('elnur-shahhuseynov', 'ألنور شاه حسينوف', NULL, 'ar', 'sana-2344504');
UPDATE agreements SET evidence_status = 'disputed' WHERE agreement_id = 'socar-ucc-jet-fuel-memorandum-2025';
INSERT INTO discrepancies (discrepancy_id, title, agreement_id, note) VALUES ('jet-fuel-counterparty', 'Which UCC company signed the jet-fuel memorandum', 'socar-ucc-jet-fuel-memorandum-2025', 'The two may be the holding and its trading arm; no page says which signed for which.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('jet-fuel-ucc-holding', 'jet-fuel-counterparty', 'a', 'SOCAR signed the memorandum with UCC Holding.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('jet-fuel-ucc-holding', 'trend-4126137', 'paragraph 1');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('jet-fuel-ucc-petroleum-trading', 'jet-fuel-counterparty', 'b', 'SOCAR signed the memorandum with UCC Petroleum Trading.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('jet-fuel-ucc-petroleum-trading', 'sana-2344504', 'paragraphs 1-2');

UPDATE change_context SET reason = 'Day.Az names Mikayil Jabbarov and UCC''s chairman as attending the signing of the September memoranda; the rows left them out.', source_id = 'day-az-1778668';
INSERT INTO people (person_id, name, country_id, wikidata_id, note) VALUES ('moutaz-al-khayyat', 'Moutaz Al-Khayyat', 'QAT', NULL, 'Chairman of UCC Holding.');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('moutaz-al-khayyat', 'Муотаз аль-Хайят', NULL, 'ru', 'day-az-1778668');
INSERT INTO citations (person_id, source_id, locator) VALUES ('moutaz-al-khayyat', 'day-az-1778668', 'paragraph 2');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note) VALUES ('socar-ucc-energy-memoranda-signed', 'mikayil-jabbarov', NULL, NULL, 'participant', 'Attended the signing.');
INSERT INTO event_participants (event_id, person_id, organization_id, country_id, role, note) VALUES ('socar-ucc-energy-memoranda-signed', 'moutaz-al-khayyat', NULL, NULL, 'participant', 'Attended the signing.');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('rovshan-najaf', 'Ровшан Наджаф', NULL, 'ru', 'day-az-1778668');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('ramez-al-khayyat', 'Рамез аль-Хайят', NULL, 'ru', 'day-az-1778668');
INSERT INTO person_names (person_id, name, note, language, source_id) VALUES ('mikayil-jabbarov', 'Михаил Джаббаров', NULL, 'ru', 'day-az-1778668');

UPDATE change_context SET reason = NULL, source_id = NULL;
