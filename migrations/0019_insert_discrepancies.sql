-- 0019: where sources disagree with each other, or the article with the evidence. Each
-- discrepancy names the row it concerns and keeps both claims, each with its own citations;
-- the row's own values follow the better-supported claim and its evidence_status is 'disputed'.

INSERT INTO discrepancies (discrepancy_id, title, event_id, agreement_id, note) VALUES
  ('relations-established-month', 'When diplomatic relations were established', 'diplomatic-relations-established', NULL,
   'The article and the Foreign Ministry agree on 28 March 1992; only one secondary page gives May.');
INSERT INTO discrepancies (discrepancy_id, title, event_id, agreement_id, note) VALUES
  ('suspension-date', 'When the embassy''s work was suspended', 'embassy-suspended', NULL,
   'The article''s "seventeen years later" fits no date on record and contradicts its own twelve-year pause; contemporary pages show the embassy open in April 2012, emptied in August 2012 and called suspended in November 2012.');
INSERT INTO discrepancies (discrepancy_id, title, event_id, agreement_id, note) VALUES
  ('suspension-scope', 'Whether relations or only the embassy were suspended', 'embassy-suspended', NULL,
   'The pages of 2012 speak only of the embassy''s work; none says diplomatic relations as such were suspended.');
INSERT INTO discrepancies (discrepancy_id, title, event_id, agreement_id, note) VALUES
  ('hiatus-length', 'How long the embassy was closed', 'embassy-resumes-operations', NULL,
   'From August 2012 to February 2025 is about twelve and a half years, so both roundings occur.');
INSERT INTO discrepancies (discrepancy_id, title, event_id, agreement_id, note) VALUES
  ('iftar-dates-and-places', 'When and where the 2025 iftars for orphans were held', 'iftar-for-orphaned-children', NULL,
   'Trend''s report is dated 28 March, the article''s day; the article may give the report''s date.');
INSERT INTO discrepancies (discrepancy_id, title, event_id, agreement_id, note) VALUES
  ('karakopru-aid-batch', 'Which aid was handed out at Karakopru', 'aid-distribution-karakopru', NULL,
   'The article places the distribution with the second batch; Trend, on the day that batch was sent, ties it to the first convoy.');
INSERT INTO discrepancies (discrepancy_id, title, event_id, agreement_id, note) VALUES
  ('antalya-meeting-day', 'The day of the presidents'' meeting in Antalya', 'first-aliyev-al-sharaa-meeting', NULL,
   'AZERTAC, reporting at the time, gives 11 April; one later Syrian page gives 14 April.');
INSERT INTO discrepancies (discrepancy_id, title, event_id, agreement_id, note) VALUES
  ('gas-document-day', 'The day the 2010 gas document was signed', NULL, 'gas-talks-document-2010',
   'The contemporary page gives 3 March with the year from its context; the other account was not confirmed.');
INSERT INTO discrepancies (discrepancy_id, title, event_id, agreement_id, note) VALUES
  ('baku-visit-status', 'Whether al-Sharaa''s July 2025 trip was an official or a working visit', 'al-sharaa-visits-baku', NULL,
   'The pages that name the visit''s status differ; the agency quoted for "working" is Azerbaijan''s state agency.');
INSERT INTO discrepancies (discrepancy_id, title, event_id, agreement_id, note) VALUES
  ('documents-of-2009-count', 'How many documents were signed during Assad''s 2009 visit', NULL, 'assad-visit-documents-2009',
   'Only Al-Thawra''s count is confirmed by a page on record.');

INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('relations-established-march', 'relations-established-month', 'a', 'Diplomatic relations were established on 28 March 1992.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('relations-established-may', 'relations-established-month', 'b', 'Diplomatic relations were established in May 1992.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('suspension-seventeen-years', 'suspension-date', 'a', 'Relations were suspended seventeen years later (after the 2008 opening of the embassy).');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('suspension-august-2012', 'suspension-date', 'b', 'The ambassador and all staff left Damascus in August 2012, four years after the embassy opened; it was still working in April 2012 and called suspended in November 2012.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('suspension-of-relations', 'suspension-scope', 'a', 'Diplomatic relations between the two countries were suspended.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('suspension-of-embassy', 'suspension-scope', 'b', 'The embassy''s activity was suspended.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('hiatus-twelve-years', 'hiatus-length', 'a', 'The embassy reopened after a twelve-year pause.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('hiatus-thirteen-years', 'hiatus-length', 'b', 'The embassy reopened after thirteen years.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('iftar-28-march-damascus', 'iftar-dates-and-places', 'a', 'One iftar, on 28 March, in Damascus, for one thousand orphans, organised by the embassy.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('iftar-25-27-march-two-places', 'iftar-dates-and-places', 'b', 'Iftars on 25-27 March 2025 in Damascus and the village of Spena, for more than 1,000 orphans, by the embassy with AIDA.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('karakopru-second-batch', 'karakopru-aid-batch', 'a', 'The aid handed out at Karakopru was the second batch, sent on 28 February.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('karakopru-first-convoy', 'karakopru-aid-batch', 'b', 'The aid handed out at Karakopru was the first convoy''s 200 tonnes, sent on 30 December 2024, reaching about 8,000 displaced families.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('antalya-11-april', 'antalya-meeting-day', 'a', 'The presidents met in Antalya on 11 April 2025.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('antalya-14-april', 'antalya-meeting-day', 'b', 'The presidents met on 14 April 2025.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('gas-document-3-march', 'gas-document-day', 'a', 'The document was signed on 3 March 2010.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('gas-document-4-march', 'gas-document-day', 'b', 'The document was signed on 4 March 2010.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('baku-visit-official', 'baku-visit-status', 'a', 'It was an official visit.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('baku-visit-working', 'baku-visit-status', 'b', 'It was a working visit.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('documents-2009-nineteen', 'documents-of-2009-count', 'a', '19 cooperation agreements and memoranda were signed.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('documents-2009-fourteen', 'documents-of-2009-count', 'b', '14 documents were signed.');

INSERT INTO citations (claim_id, source_id, paragraph) VALUES ('relations-established-march', 'jps-article', 2);
INSERT INTO citations (claim_id, source_id, paragraph) VALUES ('suspension-seventeen-years', 'jps-article', 2);
INSERT INTO citations (claim_id, source_id, paragraph) VALUES ('suspension-of-relations', 'jps-article', 2);
INSERT INTO citations (claim_id, source_id, paragraph) VALUES ('hiatus-twelve-years', 'jps-article', 5);
INSERT INTO citations (claim_id, source_id, paragraph) VALUES ('iftar-28-march-damascus', 'jps-article', 8);
INSERT INTO citations (claim_id, source_id, paragraph) VALUES ('karakopru-second-batch', 'jps-article', 8);
INSERT INTO citations (claim_id, source_id) VALUES ('relations-established-march', 'mfa-az-syria');
INSERT INTO citations (claim_id, source_id) VALUES ('relations-established-may', 'yenixeber-127308');
INSERT INTO citations (claim_id, source_id) VALUES ('suspension-august-2012', 'jam-news-reopening');
INSERT INTO citations (claim_id, source_id) VALUES ('suspension-august-2012', 'sauress-432869');
INSERT INTO citations (claim_id, source_id) VALUES ('suspension-august-2012', 'azathabar-24669203');
INSERT INTO citations (claim_id, source_id) VALUES ('suspension-august-2012', 'br-az-20120412');
INSERT INTO citations (claim_id, source_id) VALUES ('suspension-august-2012', '1news-20121122');
INSERT INTO citations (claim_id, source_id) VALUES ('suspension-of-embassy', '1news-20121122');
INSERT INTO citations (claim_id, source_id) VALUES ('suspension-of-embassy', 'jam-news-reopening');
INSERT INTO citations (claim_id, source_id) VALUES ('hiatus-twelve-years', 'turan-788739');
INSERT INTO citations (claim_id, source_id) VALUES ('hiatus-thirteen-years', 'caliber-13-year-hiatus');
INSERT INTO citations (claim_id, source_id) VALUES ('hiatus-thirteen-years', 'mehrnews-228488');
INSERT INTO citations (claim_id, source_id) VALUES ('hiatus-thirteen-years', 'news-az-embassy-reopens');
INSERT INTO citations (claim_id, source_id) VALUES ('hiatus-thirteen-years', 'jam-news-reopening');
INSERT INTO citations (claim_id, source_id) VALUES ('iftar-25-27-march-two-places', 'trend-4022941');
INSERT INTO citations (claim_id, source_id) VALUES ('karakopru-first-convoy', 'trend-4011619');
INSERT INTO citations (claim_id, source_id) VALUES ('antalya-11-april', 'azertag-3500091');
INSERT INTO citations (claim_id, source_id) VALUES ('antalya-14-april', 'alikhbariah-16878');
INSERT INTO citations (claim_id, source_id) VALUES ('gas-document-3-march', 'aze-az-38342');
INSERT INTO citations (claim_id, source_id) VALUES ('gas-document-4-march', 'wikipedia-unrecorded');
INSERT INTO citations (claim_id, source_id) VALUES ('baku-visit-official', 'official-visit-reports-unrecorded');
INSERT INTO citations (claim_id, source_id) VALUES ('baku-visit-working', 'working-visit-reports-unrecorded');
INSERT INTO citations (claim_id, source_id) VALUES ('documents-2009-nineteen', 'thawra-20090709');
INSERT INTO citations (claim_id, source_id) VALUES ('documents-2009-fourteen', 'wikipedia-unrecorded');
