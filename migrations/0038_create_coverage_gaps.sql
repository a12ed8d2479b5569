-- 0038: What was searched for and not found. Each row is a subject the stored pages were searched
-- for, by period and language, where no page gave a usable fact; docs/coverage.md lists them beside
-- the events per year. A gap closes when a fact is recorded: its row is then deleted.

CREATE TABLE coverage_gaps (
  gap_id      TEXT PRIMARY KEY CHECK (gap_id NOT GLOB '*[^a-z0-9-]*'),
  first_year  INTEGER NOT NULL CHECK (first_year BETWEEN 1991 AND 2100),
  last_year   INTEGER NOT NULL CHECK (last_year BETWEEN 1991 AND 2100),
  subject     TEXT NOT NULL,
  languages   TEXT NOT NULL CHECK (languages NOT GLOB '*[^a-z, ]*'),
  finding     TEXT NOT NULL,
  CHECK (first_year <= last_year)
) STRICT;

INSERT INTO table_docs (table_name, kind, description) VALUES ('coverage_gaps', 'table', 'Subjects the stored pages were searched for, by period and language, where no page gave a usable fact.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('coverage_gaps', 'gap_id', 'Gap.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('coverage_gaps', 'first_year', 'The first year the search covered.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('coverage_gaps', 'last_year', 'The last year the search covered.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('coverage_gaps', 'subject', 'What was searched for, in the dataset''s own words.');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('coverage_gaps', 'languages', 'The languages searched in (ISO 639-1 codes, comma-separated).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('coverage_gaps', 'finding', 'What the search found, or that it found nothing.');

INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('heydar-aliyev-condolences-2000', 2000, 2000, 'Condolences from Heydar Aliyev on the death of Hafez al-Assad', 'en, ru, az', 'No page; only undated personal tributes.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('bashar-condolences-2003', 2003, 2003, 'Condolences from Bashar al-Assad on the death of Heydar Aliyev, or a Syrian delegation at the funeral', 'en, ru, ar', 'No page names Syria.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('presidents-letters-2003-2010', 2003, 2010, 'Letters and calls between Ilham Aliyev and Bashar al-Assad', 'en, ru, ar, az', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('foreign-minister-visit-1997', 1997, 1997, 'The Azerbaijani foreign minister''s visit to Syria of late 1997 and Heydar Aliyev''s letter to Hafez al-Assad', 'ru, ar, az', 'Known only from Heydar Aliyev''s own interview of 11 December 1997; no page of the visit itself.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('foreign-ministers-1990s', 1992, 2004, 'Azerbaijan''s foreign ministers of the 1990s and early 2000s and Syria', 'az, ru', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('syrian-speaker-1992-2010', 1992, 2010, 'The speaker of Syria''s People''s Assembly and Azerbaijan', 'en, ar', 'No page, beyond the parliamentary union''s conference of 2010.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('syrian-ambassadors-accredited', 1992, 2010, 'Syrian ambassadors accredited to Azerbaijan and their credentials', 'en, ru, az, ar', 'No page, beyond an encyclopedia mirror''s line that Syria is accredited from Tehran.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('mahir-aliyev-appointment', 2008, 2008, 'The decree appointing Mahir Aliyev ambassador and his credentials', 'az, ru, ar, en', 'No dated page; only the year and retrospective pages.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('embassy-opening-ceremony-2008', 2008, 2008, 'The opening ceremony of the Azerbaijani embassy in Damascus', 'az, ar', 'No page beyond those cited.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('documents-of-2009', 2009, 2009, 'The signers and exact titles of each document signed during Assad''s visit', 'ru, az, en, tr, ar', 'No page lists them; only counts and fields.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('gas-agreement-november-2010', 2010, 2010, 'A gas agreement of 23 November 2010 and a second session of the joint commission', 'ru, en, ar, az', 'Claimed only by an encyclopedia mirror; no primary page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('joint-commission-documents-2010', 2010, 2010, 'Documents signed at the joint commission''s first session', 'en, ar, az', 'Only the plan; no page confirms a signature.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('syria-karabakh-1990s', 1992, 2000, 'Syria''s positions on Karabakh in the 1990s and its votes in the OIC', 'en, ru, tr', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('trade-2009-2010', 2009, 2010, 'Trade statistics before 2019', 'az, ru, en', 'No page; the ministry''s table starts in 2019.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('ga-votes-2011-2016', 2011, 2016, 'Azerbaijan''s votes on the General Assembly''s Syria resolutions', 'en, ru', 'Pages give totals and the votes against, but no list that shows Azerbaijan''s vote.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('security-council-speeches-2012-2013', 2012, 2013, 'Azerbaijan''s explanations of vote and statements in the Security Council''s Syria meetings', 'en, ru, fr', 'Meeting pages and vote lists found; no excerpt with the Azerbaijani speaker''s words.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('oic-mecca-2012', 2012, 2012, 'Azerbaijan''s delegation and position at the OIC summit in Mecca that suspended Syria', 'en, az, ru', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('oic-ministers-2012-2016', 2012, 2016, 'OIC foreign ministers'' councils and the 2016 summit on Syria', 'ru, az', 'Attendance found; nothing on Syria from Azerbaijan.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('nam-tehran-2012', 2012, 2012, 'The Non-Aligned summit in Tehran and any exchange on Syria', 'az, ar, ru', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('friends-of-syria', 2012, 2013, 'The Friends of Syria conferences', 'en', 'No page mentions Azerbaijan.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('geneva-conferences', 2012, 2014, 'Azerbaijani participation in the Geneva conferences on Syria', 'en, ru', 'No page; an invitation list seen does not include Azerbaijan, but no page says so.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('vienna-astana', 2015, 2016, 'The International Syria Support Group and the Astana talks', 'en, ru', 'Nothing on Azerbaijan in the period.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('reactions-2013-2015', 2013, 2015, 'Azerbaijan''s reaction to the threatened strike on Syria of 2013 and to Russia''s intervention of 2015', 'en, ru, az', 'No official statement found.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('syrian-statements-2011-2016', 2011, 2016, 'Syria''s statements about Azerbaijan, on Karabakh or on fighters', 'ar, ru, en', 'Nothing in the period beyond a list of foreign dead given to the Security Council.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('evacuation-2012', 2012, 2012, 'Evacuation flights and figures for Azerbaijani citizens leaving Syria', 'ru, az', 'No figure beyond those recorded.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('official-fighter-counts-2013-2016', 2013, 2016, 'Official counts of Azerbaijani fighters in Syria', 'ru, az', 'Only unofficial counts; official totals date from 2017 on.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('aid-refugees-turkiye-2012-2016', 2012, 2016, 'Azerbaijani aid to Syrian refugees in Türkiye', 'az, en', 'Nothing beyond a note on aid in Jordan.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('ga-votes-2017-2024', 2017, 2024, 'Azerbaijan''s votes on the General Assembly''s Syria resolutions', 'en', 'Pages give only totals.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('oic-meetings-2017-2024', 2017, 2024, 'OIC meetings where Azerbaijani and Syrian officials met or spoke of each other', 'en, az', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('earthquake-aid-2023', 2023, 2023, 'Azerbaijani aid reaching Syria after the earthquake of February 2023', 'en, az, ar, tr', 'No page; all the aid found went to Türkiye.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('presidents-letters-2017-2024', 2017, 2024, 'Letters or telegrams between Assad and Aliyev', 'ar, az', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('al-mikdad-baku-meetings-2023', 2023, 2023, 'Meetings of al-Mikdad with Azerbaijani officials during his trip to Baku', 'en, ar, az, ru', 'No page; only his speech and meetings with other delegations.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('syria-on-karabakh-2023', 2023, 2023, 'Syria''s statement on Azerbaijan''s operation in Karabakh of September 2023', 'ar, en', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('peoples-assembly-acts', 2017, 2024, 'Acts of Syria''s People''s Assembly concerning Azerbaijan', 'ar', 'No page, beyond an individual member''s words.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('repatriation-2020-and-late-2024', 2020, 2024, 'Repatriations of 2020 and of the second half of 2024', 'en, az, ru', 'No dated page of a 2020 operation; none found between June and December 2024.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('ambassador-2025-2026', 2025, 2026, 'An Azerbaijani ambassador to Syria', 'az, ru, ar', 'No page; only the chargé d''affaires.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('syrian-embassy-baku', 2025, 2026, 'A Syrian embassy or envoy in Baku', 'az, ru, tr', 'No page beyond Baku''s stated hope.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('ministers-calls-2025-2026', 2025, 2026, 'Calls between Bayramov and al-Shaibani', 'en, az, ar', 'No page reports one having taken place.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('unga-2025', 2025, 2025, 'A meeting of Bayramov and al-Shaibani at the General Assembly of September 2025', 'en', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('homs-mosque-2025', 2025, 2025, 'Azerbaijani condolences after the Homs mosque attack of December 2025', 'ru', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('trade-full-years-2024-2025', 2024, 2025, 'Full-year trade turnover for 2024 and 2025', 'az, ru, en', 'No page; only January to November 2025.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('grant-students', 2025, 2026, 'Syrian students admitted under the Heydar Aliyev grant', 'en, ar, az', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('syrian-ministers-in-baku', 2025, 2026, 'Visits of Syrian ministers to Baku other than the July 2025 visit', 'en, az', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('direct-flights', 2025, 2026, 'Direct flights between Baku and Damascus', 'en', 'No page.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('mfa-on-baku-talks', 2025, 2025, 'The Foreign Ministry''s comment on the Syrian-Israeli meetings in Baku', 'az, ru', 'No page beyond the presidential aide''s statements.');
INSERT INTO coverage_gaps (gap_id, first_year, last_year, subject, languages, finding) VALUES ('place-coordinates', 1992, 2026, 'Coordinates and Wikidata or GeoNames ids of the places', 'en, az, ru, tr, fr', 'No stored page gives them for most places; none prints a Wikidata id.');
