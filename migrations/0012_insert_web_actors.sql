-- 0012: places, organizations, people and offices named by the web pages of 0011, and what those
-- pages add to the article's people (longer known terms of office). Bounds follow 0002: a day a
-- page shows someone in office bounds the start from above and the end from below; a page that
-- gives only its own date bounds the start alone.

-- Places ---------------------------------------------------------------------------------------
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES
  ('baku', 'Baku', 'city', 'AZE', NULL, 'Capital of Azerbaijan.'),
  ('zagulba-palace', 'Zagulba Palace', 'building', 'AZE', 'baku', NULL),
  ('tehran', 'Tehran', 'city', 'IRN', NULL, NULL),
  ('antalya', 'Antalya', 'city', 'TUR', NULL, NULL),
  ('istanbul', 'Istanbul', 'city', 'TUR', NULL, NULL),
  ('kilis', 'Kilis', 'region', 'TUR', NULL, 'The pages say only "Kilis".'),
  ('yavuzlu', 'Yavuzlu', 'village', 'TUR', 'kilis', NULL),
  ('cobanbey-crossing', 'Çobanbey border crossing', 'border_crossing', 'TUR', NULL, 'Crossing into Syria used by the first aid convoy, heading for Idlib.'),
  ('idlib', 'Idlib', 'region', 'SYR', NULL, 'The pages say only "Idlib".'),
  ('homs', 'Homs', 'region', 'SYR', NULL, 'The pages say only "Homs".'),
  ('spena', 'Spena', 'village', 'SYR', NULL, 'A village where one of the 2025 iftars was held; its province is not given.'),
  ('rabat', 'Rabat', 'city', 'MAR', NULL, NULL),
  ('icesco-headquarters', 'ICESCO headquarters', 'building', 'MAR', 'rabat', NULL);
INSERT INTO citations (place_id, source_id) VALUES
  ('baku', 'presidentassad-394'), ('zagulba-palace', 'news-az-extended-meeting'),
  ('tehran', 'aliyev-heritage-6299865'), ('antalya', 'azertag-3500091'), ('istanbul', 'news-az-bilateral-ties'),
  ('kilis', 'azernews-245477'), ('yavuzlu', 'menafn-1109876042'), ('cobanbey-crossing', 'news-az-aid-to-syria'),
  ('idlib', 'news-az-aid-to-syria'), ('homs', 'azernews-245477'), ('spena', 'trend-4022941'),
  ('rabat', 'trend-4154567'), ('icesco-headquarters', 'trend-4154567'), ('aleppo', 'trend-4011619');

-- Organizations --------------------------------------------------------------------------------
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES
  ('government-azerbaijan', 'Government of the Republic of Azerbaijan', NULL, 'government', 'AZE', NULL, NULL, NULL),
  ('government-syria', 'Government of Syria (since December 2024)', NULL, 'government', 'SYR', NULL, NULL,
   'The transitional government formed after the fall of the Assad government.'),
  ('joint-commission', 'Azerbaijan-Syria Joint Commission on Economic, Scientific, Technical and Cultural Cooperation', 'Joint Commission', 'commission', NULL, NULL, NULL,
   'An intergovernmental body of the two countries.'),
  ('ministry-industry-energy-azerbaijan', 'Ministry of Industry and Energy of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, 'As named in 2010.'),
  ('ministry-energy-azerbaijan', 'Ministry of Energy of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL),
  ('ministry-economy-azerbaijan', 'Ministry of Economy of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL),
  ('ministry-agriculture-azerbaijan', 'Ministry of Agriculture of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL),
  ('ministry-science-education-azerbaijan', 'Ministry of Science and Education of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL),
  ('ministry-oil-syria', 'Ministry of Oil and Mineral Resources of Syria', NULL, 'ministry', 'SYR', NULL, NULL, 'As named in 2010.'),
  ('ministry-energy-syria', 'Ministry of Energy of Syria', NULL, 'ministry', 'SYR', NULL, NULL, NULL),
  ('ministry-education-syria', 'Ministry of Education of Syria', NULL, 'ministry', 'SYR', NULL, NULL, NULL),
  ('civil-aviation-authority-syria', 'Civil aviation authority of Syria', NULL, 'agency', 'SYR', NULL, NULL, 'The page does not give its full name.'),
  ('socar', 'State Oil Company of the Republic of Azerbaijan', 'SOCAR', 'company', 'AZE', NULL, NULL, NULL),
  ('ucc-holding', 'UCC Holding', 'UCC', 'company', 'QAT', NULL, NULL, NULL),
  ('qatar-development-fund', 'Qatar Development Fund', NULL, 'fund', 'QAT', NULL, NULL, NULL),
  ('afad', 'AFAD, Türkiye''s disaster agency', 'AFAD', 'agency', 'TUR', NULL, NULL, NULL),
  ('aida', 'Azerbaijan International Development Assistance Agency', 'AIDA', 'agency', 'AZE', 'mfa-azerbaijan', NULL, NULL),
  ('azpromo', 'AZPROMO, Azerbaijan''s trade promotion agency', 'AZPROMO', 'agency', 'AZE', NULL, NULL, NULL),
  ('icesco', 'Islamic World Educational, Scientific and Cultural Organization', 'ICESCO', 'international_organization', NULL, NULL, 'icesco-headquarters', NULL),
  ('ada-university', 'ADA University', NULL, 'university', 'AZE', NULL, NULL, NULL),
  ('al-arabiya', 'Al-Arabiya', NULL, 'media', NULL, NULL, NULL, 'Television channel.');
INSERT INTO citations (organization_id, source_id) VALUES
  ('government-azerbaijan', 'mfa-az-syria'), ('government-syria', 'vestikavkaza-176406'),
  ('joint-commission', 'mfa-az-syria'), ('joint-commission', 'syria-oil-871'),
  ('ministry-industry-energy-azerbaijan', 'aze-az-38342'), ('ministry-energy-azerbaijan', 'azertag-3538907'),
  ('ministry-economy-azerbaijan', 'vestikavkaza-176406'), ('ministry-agriculture-azerbaijan', 'syria-oil-871'),
  ('ministry-science-education-azerbaijan', 'trend-4154567'), ('ministry-oil-syria', 'syria-oil-871'),
  ('ministry-energy-syria', 'azertag-3538907'), ('ministry-education-syria', 'trend-4154567'),
  ('civil-aviation-authority-syria', 'report-az-aviation'), ('socar', 'vestikavkaza-176406'),
  ('ucc-holding', 'day-az-1778668'), ('qatar-development-fund', 'azernews-245477'),
  ('afad', 'news-az-aid-to-syria'), ('aida', 'trend-4022941'), ('azpromo', 'trend-ru-4139107'),
  ('icesco', 'trend-4154567'), ('ada-university', 'yenilik-36481'), ('al-arabiya', 'report-az-gas-volume');

-- People ---------------------------------------------------------------------------------------
INSERT INTO people (person_id, name, country_id, note) VALUES
  ('hafez-al-assad', 'Hafez al-Assad', 'SYR', NULL),
  ('mahir-aliyev', 'Mahir Aliyev', 'AZE', 'First Azerbaijani ambassador in Damascus.'),
  ('elmar-mammadyarov', 'Elmar Mammadyarov', 'AZE', NULL),
  ('walid-al-muallem', 'Walid al-Muallem', 'SYR', NULL),
  ('natig-aliyev', 'Natig Aliyev', 'AZE', NULL),
  ('sufian-allaw', 'Sufian Allaw', 'SYR', NULL),
  ('ismat-abbasov', 'Ismat Abbasov', 'AZE', NULL),
  ('faisal-al-mikdad', 'Faisal al-Mikdad', 'SYR', NULL),
  ('jeyhun-bayramov', 'Jeyhun Bayramov', 'AZE', NULL),
  ('hakan-fidan', 'Hakan Fidan', 'TUR', NULL),
  ('elnur-shahhuseynov', 'Elnur Shahhuseynov', 'AZE', NULL),
  ('yagub-eyyubov', 'Yagub Eyyubov', 'AZE', NULL),
  ('fariz-rzayev', 'Fariz Rzayev', 'AZE', NULL),
  ('mohammad-al-bashir', 'Mohammad al-Bashir', 'SYR', NULL),
  ('hussein-al-salama', 'Hussein al-Salama', 'SYR', NULL),
  ('parviz-shahbazov', 'Parviz Shahbazov', 'AZE', NULL),
  ('mikayil-jabbarov', 'Mikayil Jabbarov', 'AZE', NULL),
  ('fahad-al-sulaiti', 'Fahad Hamad Al-Sulaiti', 'QAT', NULL),
  ('rovshan-najaf', 'Rovshan Najaf', 'AZE', NULL),
  ('ramez-al-khayyat', 'Ramez Al-Khayyat', NULL, 'Signed for UCC Holding; his office and nationality are not given.'),
  ('aykhan-hajizada', 'Aykhan Hajizada', 'AZE', NULL),
  ('omar-shakrouk', 'Omar Shakrouk', 'SYR', NULL),
  ('emin-amrullayev', 'Emin Amrullayev', 'AZE', NULL),
  ('mohammed-turko', 'Mohammed Abdulrahman Turko', 'SYR', NULL),
  ('salim-almalik', 'Salim bin Mohammed AlMalik', NULL, 'Director-General of ICESCO; his nationality is not given.'),
  ('omar-al-husari', 'Omar al-Husari', 'SYR', NULL),
  ('ron-dermer', 'Ron Dermer', 'ISR', 'His office is not given by the page that names him.');

INSERT INTO person_names (person_id, name, note) VALUES
  ('faisal-al-mikdad', 'Faisal Mekdad', 'Another transliteration.'),
  ('faisal-al-mikdad', 'Faisal al-Mekdad', 'Another transliteration.'),
  ('ahmed-al-sharaa', 'Ahmad al-Sharaa', 'Another transliteration.'),
  ('fahad-al-sulaiti', 'Fahad Al-Sulaiti', NULL),
  ('salim-almalik', 'Salim AlMalik', NULL),
  ('mohammed-turko', 'Mohammed Turko', NULL),
  ('walid-al-muallem', 'Walid Muallem', NULL);

INSERT INTO citations (person_id, source_id) VALUES
  ('hafez-al-assad', 'aliyev-heritage-6299865'), ('heydar-aliyev', 'aliyev-heritage-6299865'),
  ('bashar-al-assad', 'presidentassad-394'), ('ilham-aliyev', 'presidentassad-394'),
  ('mahir-aliyev', 'yenixeber-127229'), ('mahir-aliyev', 'yenixeber-127308'),
  ('elmar-mammadyarov', 'mfa-az-syria'), ('walid-al-muallem', 'mfa-az-syria'),
  ('natig-aliyev', 'aze-az-38342'), ('sufian-allaw', 'syria-oil-871'), ('ismat-abbasov', 'syria-oil-871'),
  ('faisal-al-mikdad', 'mfa-az-syria'), ('jeyhun-bayramov', 'sng-today-39980'), ('hakan-fidan', 'sng-today-39980'),
  ('elnur-shahhuseynov', 'sana-352146'), ('yagub-eyyubov', 'news-az-extended-meeting'),
  ('fariz-rzayev', 'news-az-extended-meeting'), ('mohammad-al-bashir', 'azertag-3538907'),
  ('hussein-al-salama', 'news-az-extended-meeting'), ('parviz-shahbazov', 'azertag-3538907'),
  ('mikayil-jabbarov', 'vestikavkaza-176406'), ('fahad-al-sulaiti', 'azernews-245477'),
  ('rovshan-najaf', 'day-az-1778668'), ('ramez-al-khayyat', 'day-az-1778668'),
  ('aykhan-hajizada', 'report-az-syrian-embassy'), ('omar-shakrouk', 'vestikavkaza-ru-energy'),
  ('emin-amrullayev', 'trend-4154567'), ('mohammed-turko', 'trend-4154567'), ('salim-almalik', 'trend-4154567'),
  ('omar-al-husari', 'report-az-aviation'), ('ron-dermer', 'oc-media-israel-baku'),
  ('ahmed-al-sharaa', 'caliber-13-year-hiatus'), ('asaad-al-shaibani', 'turan-788739'),
  ('yalchin-rafiyev', 'turan-788739'), ('samir-sharifov', 'azertag-3538907');

-- Offices --------------------------------------------------------------------------------------
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES
  ('hafez-al-assad-president', 'hafez-al-assad', 'President of Syria', NULL, 'SYR', NULL, '1997-12-09', '1997-12-09', NULL, 'confirmed', NULL),
  ('bashar-al-assad-president', 'bashar-al-assad', 'President of Syria', NULL, 'SYR', NULL, '2009-07-08', '2024-12-08', '2024-12-08', 'confirmed',
   'In office during his July 2009 visit to Baku; his government fell on 8 December 2024.'),
  ('mahir-aliyev-ambassador', 'mahir-aliyev', 'Ambassador of Azerbaijan to Syria and Lebanon', 'embassy-azerbaijan-damascus', 'AZE',
   '2008-01-01', '2008-12-31', '2014-11-01', '2014-11-30', 'confirmed',
   'Ambassador from 2008; left Damascus with the staff in August 2012; recalled in November 2014 according to one secondary page.'),
  ('elmar-mammadyarov-foreign-minister', 'elmar-mammadyarov', 'Minister of Foreign Affairs', 'mfa-azerbaijan', 'AZE', NULL, '2007-04-11', '2009-05-25', NULL, 'confirmed', NULL),
  ('walid-al-muallem-foreign-minister', 'walid-al-muallem', 'Minister of Foreign Affairs', 'mfa-syria', 'SYR', NULL, '2009-06-02', '2009-06-03', NULL, 'confirmed', NULL),
  ('natig-aliyev-minister', 'natig-aliyev', 'Minister of Industry and Energy', 'ministry-industry-energy-azerbaijan', 'AZE', NULL, '2010-03-03', '2010-03-03', NULL, 'confirmed', NULL),
  ('sufian-allaw-minister', 'sufian-allaw', 'Minister of Oil and Mineral Resources', 'ministry-oil-syria', 'SYR', NULL, '2010-06-29', '2010-06-30', NULL, 'confirmed', NULL),
  ('sufian-allaw-co-chair', 'sufian-allaw', 'Co-chair of the Joint Commission (Syrian side)', 'joint-commission', NULL, NULL, '2010-06-29', '2010-06-30', NULL, 'confirmed', NULL),
  ('ismat-abbasov-minister', 'ismat-abbasov', 'Minister of Agriculture', 'ministry-agriculture-azerbaijan', 'AZE', NULL, '2010-06-29', '2010-06-30', NULL, 'confirmed', NULL),
  ('ismat-abbasov-co-chair', 'ismat-abbasov', 'Co-chair of the Joint Commission (Azerbaijani side)', 'joint-commission', NULL, NULL, '2010-06-29', '2010-06-30', NULL, 'confirmed', NULL),
  ('faisal-al-mikdad-foreign-minister', 'faisal-al-mikdad', 'Minister of Foreign Affairs and Emigrants', 'mfa-syria', 'SYR', NULL, '2023-07-05', '2023-07-06', NULL, 'confirmed', NULL),
  ('jeyhun-bayramov-foreign-minister', 'jeyhun-bayramov', 'Minister of Foreign Affairs', 'mfa-azerbaijan', 'AZE', NULL, '2025-01-18', '2025-03-13', NULL, 'confirmed', NULL),
  ('hakan-fidan-foreign-minister', 'hakan-fidan', 'Minister of Foreign Affairs of Türkiye', NULL, 'TUR', NULL, '2025-01-18', '2025-01-18', NULL, 'confirmed', NULL),
  ('elnur-shahhuseynov-charge', 'elnur-shahhuseynov', 'Chargé d''affaires, head of the embassy in Damascus', 'embassy-azerbaijan-damascus', 'AZE', NULL, '2025-02-17', '2025-02-17', NULL, 'confirmed',
   'Headed the embassy when it reopened; a page of 27 January 2026 still shows him as chargé d''affaires.'),
  ('yagub-eyyubov-first-deputy-pm', 'yagub-eyyubov', 'First Deputy Prime Minister', NULL, 'AZE', NULL, '2025-07-12', '2025-07-12', NULL, 'confirmed', NULL),
  ('fariz-rzayev-deputy-foreign-minister', 'fariz-rzayev', 'Deputy Minister of Foreign Affairs', 'mfa-azerbaijan', 'AZE', NULL, '2025-07-12', '2025-07-12', NULL, 'confirmed', NULL),
  ('mohammad-al-bashir-energy-minister', 'mohammad-al-bashir', 'Minister of Energy', 'ministry-energy-syria', 'SYR', NULL, '2025-05-04', '2025-08-02', NULL, 'confirmed', NULL),
  ('hussein-al-salama-intelligence-chief', 'hussein-al-salama', 'Head of intelligence', NULL, 'SYR', NULL, '2025-07-12', '2025-07-12', NULL, 'confirmed',
   'The page calls him the intelligence chief and names no agency.'),
  ('parviz-shahbazov-energy-minister', 'parviz-shahbazov', 'Minister of Energy', 'ministry-energy-azerbaijan', 'AZE', NULL, '2025-05-04', '2025-05-04', NULL, 'confirmed', NULL),
  ('mikayil-jabbarov-economy-minister', 'mikayil-jabbarov', 'Minister of Economy', 'ministry-economy-azerbaijan', 'AZE', NULL, '2025-07-12', '2025-08-02', NULL, 'confirmed', NULL),
  ('mikayil-jabbarov-socar-chairman', 'mikayil-jabbarov', 'Chairman of the Supervisory Board', 'socar', 'AZE', NULL, '2025-07-12', '2025-07-12', NULL, 'confirmed', NULL),
  ('fahad-al-sulaiti-qatar-fund', 'fahad-al-sulaiti', 'Director of the Qatar Development Fund', 'qatar-development-fund', 'QAT', NULL, '2025-08-02', '2025-08-02', NULL, 'confirmed',
   'His title varies between pages: director, director general or president.'),
  ('rovshan-najaf-socar-president', 'rovshan-najaf', 'President of SOCAR', 'socar', 'AZE', NULL, '2025-09-06', '2025-09-06', NULL, 'confirmed', NULL),
  ('aykhan-hajizada-spokesperson', 'aykhan-hajizada', 'Spokesperson of the Ministry of Foreign Affairs', 'mfa-azerbaijan', 'AZE', NULL, '2025-11-07', '2025-11-07', NULL, 'confirmed', NULL),
  ('omar-shakrouk-deputy-energy-minister', 'omar-shakrouk', 'Deputy Minister of Energy for electricity', 'ministry-energy-syria', 'SYR', NULL, '2026-01-27', NULL, NULL, 'confirmed',
   'Known from a page of 27 January 2026 that does not date the meeting.'),
  ('emin-amrullayev-minister', 'emin-amrullayev', 'Minister of Science and Education', 'ministry-science-education-azerbaijan', 'AZE', NULL, '2026-02-17', '2026-02-17', NULL, 'confirmed', NULL),
  ('mohammed-turko-minister', 'mohammed-turko', 'Minister of Education', 'ministry-education-syria', 'SYR', NULL, '2026-02-17', '2026-02-17', NULL, 'confirmed', NULL),
  ('salim-almalik-director-general', 'salim-almalik', 'Director-General of ICESCO', 'icesco', NULL, NULL, '2026-02-17', '2026-02-17', NULL, 'confirmed', NULL),
  ('omar-al-husari-aviation-head', 'omar-al-husari', 'Head of the civil aviation authority', 'civil-aviation-authority-syria', 'SYR', NULL, '2026-03-04', NULL, NULL, 'confirmed',
   'Known from a report of 4 March 2026 that does not date the meeting.');

INSERT INTO citations (position_id, source_id, paragraph) VALUES
  ('bashar-al-assad-president', 'jps-article', 5), ('bashar-al-assad-president', 'jps-article', 6);
INSERT INTO citations (position_id, source_id) VALUES
  ('hafez-al-assad-president', 'aliyev-heritage-6299865'),
  ('bashar-al-assad-president', 'presidentassad-394'), ('bashar-al-assad-president', 'mfa-az-syria'),
  ('mahir-aliyev-ambassador', 'yenixeber-127229'), ('mahir-aliyev-ambassador', 'yenixeber-127308'),
  ('mahir-aliyev-ambassador', 'jam-news-reopening'),
  ('elmar-mammadyarov-foreign-minister', 'mfa-az-syria'), ('walid-al-muallem-foreign-minister', 'mfa-az-syria'),
  ('natig-aliyev-minister', 'aze-az-38342'),
  ('sufian-allaw-minister', 'syria-oil-871'), ('sufian-allaw-co-chair', 'syria-oil-871'),
  ('ismat-abbasov-minister', 'syria-oil-871'), ('ismat-abbasov-co-chair', 'syria-oil-871'),
  ('faisal-al-mikdad-foreign-minister', 'mfa-az-syria'),
  ('jeyhun-bayramov-foreign-minister', 'sng-today-39980'), ('jeyhun-bayramov-foreign-minister', 'trend-4017550'),
  ('hakan-fidan-foreign-minister', 'sng-today-39980'),
  ('elnur-shahhuseynov-charge', 'sana-352146'), ('elnur-shahhuseynov-charge', 'vestikavkaza-173532'),
  ('elnur-shahhuseynov-charge', 'vestikavkaza-ru-energy'),
  ('yagub-eyyubov-first-deputy-pm', 'news-az-extended-meeting'), ('fariz-rzayev-deputy-foreign-minister', 'news-az-extended-meeting'),
  ('mohammad-al-bashir-energy-minister', 'azertag-3538907'), ('mohammad-al-bashir-energy-minister', 'azernews-245477'),
  ('hussein-al-salama-intelligence-chief', 'news-az-extended-meeting'),
  ('parviz-shahbazov-energy-minister', 'azertag-3538907'),
  ('mikayil-jabbarov-economy-minister', 'vestikavkaza-176406'), ('mikayil-jabbarov-economy-minister', 'azernews-245477'),
  ('mikayil-jabbarov-socar-chairman', 'vestikavkaza-176406'),
  ('fahad-al-sulaiti-qatar-fund', 'azernews-245477'), ('fahad-al-sulaiti-qatar-fund', 'menafn-1109876042'),
  ('rovshan-najaf-socar-president', 'day-az-1778668'), ('aykhan-hajizada-spokesperson', 'report-az-syrian-embassy'),
  ('omar-shakrouk-deputy-energy-minister', 'vestikavkaza-ru-energy'),
  ('emin-amrullayev-minister', 'trend-4154567'), ('mohammed-turko-minister', 'trend-4154567'),
  ('salim-almalik-director-general', 'trend-4154567'), ('omar-al-husari-aviation-head', 'report-az-aviation');

-- What the pages add to the article's offices.
-- Heydar Aliyev: also in office at the Tehran talk of 9 December 1997.
UPDATE positions SET end_earliest = '1997-12-09' WHERE position_id = 'heydar-aliyev-president';
INSERT INTO citations (position_id, source_id) VALUES ('heydar-aliyev-president', 'aliyev-heritage-6299865');
-- Ilham Aliyev: president at Assad's July 2009 visit and at the call of 10 March 2026.
UPDATE positions SET start_latest = '2009-07-08', end_earliest = '2026-03-10' WHERE position_id = 'ilham-aliyev-president';
INSERT INTO citations (position_id, source_id) VALUES
  ('ilham-aliyev-president', 'presidentassad-394'), ('ilham-aliyev-president', 'report-az-phone-call');
-- Ahmed al-Sharaa: announced as transitional president on 29 January 2025; still president in March 2026.
UPDATE positions SET start_earliest = '2025-01-29', start_latest = '2025-01-29', end_earliest = '2026-03-10',
  note = 'Announced as transitional president on 29 January 2025; AZERTAC calls him interim president.'
WHERE position_id = 'ahmed-al-sharaa-president';
INSERT INTO citations (position_id, source_id) VALUES
  ('ahmed-al-sharaa-president', 'caliber-13-year-hiatus'), ('ahmed-al-sharaa-president', 'azertag-3500091'),
  ('ahmed-al-sharaa-president', 'report-az-phone-call');
-- Asaad al-Shaibani: still foreign minister in al-Sharaa's delegation to Baku on 12 July 2025.
UPDATE positions SET end_earliest = '2025-07-12' WHERE position_id = 'asaad-al-shaibani-foreign-minister';
INSERT INTO citations (position_id, source_id) VALUES
  ('asaad-al-shaibani-foreign-minister', 'turan-788739'), ('asaad-al-shaibani-foreign-minister', 'news-az-extended-meeting');
INSERT INTO citations (position_id, source_id) VALUES
  ('yalchin-rafiyev-deputy-foreign-minister', 'turan-788739'), ('yalchin-rafiyev-deputy-foreign-minister', 'menafn-1109041427'),
  ('samir-sharifov-deputy-pm', 'azertag-3538907');
