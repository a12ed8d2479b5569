-- 0012: places, organizations, people and offices named by the web pages of 0011, and what those
-- pages add to the article's people (longer known terms of office). Bounds follow 0002: a day a
-- page shows someone in office bounds the start from above and the end from below; a page that
-- gives only its own date bounds the start alone.

-- Places ---------------------------------------------------------------------------------------
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('baku', 'Baku', 'city', 'AZE', NULL, 'Capital of Azerbaijan.');
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('zagulba-palace', 'Zagulba Palace', 'building', 'AZE', 'baku', NULL);
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('tehran', 'Tehran', 'city', 'IRN', NULL, NULL);
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('antalya', 'Antalya', 'city', 'TUR', NULL, NULL);
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('istanbul', 'Istanbul', 'city', 'TUR', NULL, NULL);
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('kilis', 'Kilis', 'region', 'TUR', NULL, 'The pages say only "Kilis".');
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('yavuzlu', 'Yavuzlu', 'village', 'TUR', 'kilis', NULL);
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('cobanbey-crossing', 'Çobanbey border crossing', 'border_crossing', 'TUR', NULL, 'Crossing into Syria used by the first aid convoy, heading for Idlib.');
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('idlib', 'Idlib', 'region', 'SYR', NULL, 'The pages say only "Idlib".');
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('homs', 'Homs', 'region', 'SYR', NULL, 'The pages say only "Homs".');
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('spena', 'Spena', 'village', 'SYR', NULL, 'A village where one of the 2025 iftars was held; its province is not given.');
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('rabat', 'Rabat', 'city', 'MAR', NULL, NULL);
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('icesco-headquarters', 'ICESCO headquarters', 'building', 'MAR', 'rabat', NULL);
INSERT INTO citations (place_id, source_id) VALUES ('baku', 'presidentassad-394');
INSERT INTO citations (place_id, source_id) VALUES ('zagulba-palace', 'news-az-extended-meeting');
INSERT INTO citations (place_id, source_id) VALUES ('tehran', 'aliyev-heritage-6299865');
INSERT INTO citations (place_id, source_id) VALUES ('antalya', 'azertag-3500091');
INSERT INTO citations (place_id, source_id) VALUES ('istanbul', 'news-az-bilateral-ties');
INSERT INTO citations (place_id, source_id) VALUES ('kilis', 'azernews-245477');
INSERT INTO citations (place_id, source_id) VALUES ('yavuzlu', 'menafn-1109876042');
INSERT INTO citations (place_id, source_id) VALUES ('cobanbey-crossing', 'news-az-aid-to-syria');
INSERT INTO citations (place_id, source_id) VALUES ('idlib', 'news-az-aid-to-syria');
INSERT INTO citations (place_id, source_id) VALUES ('homs', 'azernews-245477');
INSERT INTO citations (place_id, source_id) VALUES ('spena', 'trend-4022941');
INSERT INTO citations (place_id, source_id) VALUES ('rabat', 'trend-4154567');
INSERT INTO citations (place_id, source_id) VALUES ('icesco-headquarters', 'trend-4154567');
INSERT INTO citations (place_id, source_id) VALUES ('aleppo', 'trend-4011619');

-- Organizations --------------------------------------------------------------------------------
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('government-azerbaijan', 'Government of the Republic of Azerbaijan', NULL, 'government', 'AZE', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES
  ('government-syria', 'Government of Syria (since December 2024)', NULL, 'government', 'SYR', NULL, NULL,
   'The transitional government formed after the fall of the Assad government.');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES
  ('joint-commission', 'Azerbaijan-Syria Joint Commission on Economic, Scientific, Technical and Cultural Cooperation', 'Joint Commission', 'commission', NULL, NULL, NULL,
   'An intergovernmental body of the two countries.');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-industry-energy-azerbaijan', 'Ministry of Industry and Energy of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, 'As named in 2010.');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-energy-azerbaijan', 'Ministry of Energy of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-economy-azerbaijan', 'Ministry of Economy of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-agriculture-azerbaijan', 'Ministry of Agriculture of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-science-education-azerbaijan', 'Ministry of Science and Education of Azerbaijan', NULL, 'ministry', 'AZE', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-oil-syria', 'Ministry of Oil and Mineral Resources of Syria', NULL, 'ministry', 'SYR', NULL, NULL, 'As named in 2010.');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-energy-syria', 'Ministry of Energy of Syria', NULL, 'ministry', 'SYR', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ministry-education-syria', 'Ministry of Education of Syria', NULL, 'ministry', 'SYR', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('civil-aviation-authority-syria', 'Civil aviation authority of Syria', NULL, 'agency', 'SYR', NULL, NULL, 'The page does not give its full name.');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('socar', 'State Oil Company of the Republic of Azerbaijan', 'SOCAR', 'company', 'AZE', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ucc-holding', 'UCC Holding', 'UCC', 'company', 'QAT', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('qatar-development-fund', 'Qatar Development Fund', NULL, 'fund', 'QAT', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('afad', 'AFAD, Türkiye''s disaster agency', 'AFAD', 'agency', 'TUR', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('aida', 'Azerbaijan International Development Assistance Agency', 'AIDA', 'agency', 'AZE', 'mfa-azerbaijan', NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('azpromo', 'AZPROMO, Azerbaijan''s trade promotion agency', 'AZPROMO', 'agency', 'AZE', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('icesco', 'Islamic World Educational, Scientific and Cultural Organization', 'ICESCO', 'international_organization', NULL, NULL, 'icesco-headquarters', NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('ada-university', 'ADA University', NULL, 'university', 'AZE', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('al-arabiya', 'Al-Arabiya', NULL, 'media', NULL, NULL, NULL, 'Television channel.');
INSERT INTO citations (organization_id, source_id) VALUES ('government-azerbaijan', 'mfa-az-syria');
INSERT INTO citations (organization_id, source_id) VALUES ('government-syria', 'vestikavkaza-176406');
INSERT INTO citations (organization_id, source_id) VALUES ('joint-commission', 'mfa-az-syria');
INSERT INTO citations (organization_id, source_id) VALUES ('joint-commission', 'syria-oil-871');
INSERT INTO citations (organization_id, source_id) VALUES ('ministry-industry-energy-azerbaijan', 'aze-az-38342');
INSERT INTO citations (organization_id, source_id) VALUES ('ministry-energy-azerbaijan', 'azertag-3538907');
INSERT INTO citations (organization_id, source_id) VALUES ('ministry-economy-azerbaijan', 'vestikavkaza-176406');
INSERT INTO citations (organization_id, source_id) VALUES ('ministry-agriculture-azerbaijan', 'syria-oil-871');
INSERT INTO citations (organization_id, source_id) VALUES ('ministry-science-education-azerbaijan', 'trend-4154567');
INSERT INTO citations (organization_id, source_id) VALUES ('ministry-oil-syria', 'syria-oil-871');
INSERT INTO citations (organization_id, source_id) VALUES ('ministry-energy-syria', 'azertag-3538907');
INSERT INTO citations (organization_id, source_id) VALUES ('ministry-education-syria', 'trend-4154567');
INSERT INTO citations (organization_id, source_id) VALUES ('civil-aviation-authority-syria', 'report-az-aviation');
INSERT INTO citations (organization_id, source_id) VALUES ('socar', 'vestikavkaza-176406');
INSERT INTO citations (organization_id, source_id) VALUES ('ucc-holding', 'day-az-1778668');
INSERT INTO citations (organization_id, source_id) VALUES ('qatar-development-fund', 'azernews-245477');
INSERT INTO citations (organization_id, source_id) VALUES ('afad', 'news-az-aid-to-syria');
INSERT INTO citations (organization_id, source_id) VALUES ('aida', 'trend-4022941');
INSERT INTO citations (organization_id, source_id) VALUES ('azpromo', 'trend-ru-4139107');
INSERT INTO citations (organization_id, source_id) VALUES ('icesco', 'trend-4154567');
INSERT INTO citations (organization_id, source_id) VALUES ('ada-university', 'yenilik-36481');
INSERT INTO citations (organization_id, source_id) VALUES ('al-arabiya', 'report-az-gas-volume');

-- People ---------------------------------------------------------------------------------------
INSERT INTO people (person_id, name, country_id, note) VALUES ('hafez-al-assad', 'Hafez al-Assad', 'SYR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('mahir-aliyev', 'Mahir Aliyev', 'AZE', 'First Azerbaijani ambassador in Damascus.');
INSERT INTO people (person_id, name, country_id, note) VALUES ('elmar-mammadyarov', 'Elmar Mammadyarov', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('walid-al-muallem', 'Walid al-Muallem', 'SYR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('natig-aliyev', 'Natig Aliyev', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('sufian-allaw', 'Sufian Allaw', 'SYR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('ismat-abbasov', 'Ismat Abbasov', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('faisal-al-mikdad', 'Faisal al-Mikdad', 'SYR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('jeyhun-bayramov', 'Jeyhun Bayramov', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('hakan-fidan', 'Hakan Fidan', 'TUR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('elnur-shahhuseynov', 'Elnur Shahhuseynov', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('yagub-eyyubov', 'Yagub Eyyubov', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('fariz-rzayev', 'Fariz Rzayev', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('mohammad-al-bashir', 'Mohammad al-Bashir', 'SYR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('hussein-al-salama', 'Hussein al-Salama', 'SYR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('parviz-shahbazov', 'Parviz Shahbazov', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('mikayil-jabbarov', 'Mikayil Jabbarov', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('fahad-al-sulaiti', 'Fahad Hamad Al-Sulaiti', 'QAT', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('rovshan-najaf', 'Rovshan Najaf', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('ramez-al-khayyat', 'Ramez Al-Khayyat', NULL, 'Signed for UCC Holding; his office and nationality are not given.');
INSERT INTO people (person_id, name, country_id, note) VALUES ('aykhan-hajizada', 'Aykhan Hajizada', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('omar-shakrouk', 'Omar Shakrouk', 'SYR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('emin-amrullayev', 'Emin Amrullayev', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('mohammed-turko', 'Mohammed Abdulrahman Turko', 'SYR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('salim-almalik', 'Salim bin Mohammed AlMalik', NULL, 'Director-General of ICESCO; his nationality is not given.');
INSERT INTO people (person_id, name, country_id, note) VALUES ('omar-al-husari', 'Omar al-Husari', 'SYR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('ron-dermer', 'Ron Dermer', 'ISR', 'His office is not given by the page that names him.');

INSERT INTO person_names (person_id, name, note) VALUES ('faisal-al-mikdad', 'Faisal Mekdad', 'Another transliteration.');
INSERT INTO person_names (person_id, name, note) VALUES ('faisal-al-mikdad', 'Faisal al-Mekdad', 'Another transliteration.');
INSERT INTO person_names (person_id, name, note) VALUES ('ahmed-al-sharaa', 'Ahmad al-Sharaa', 'Another transliteration.');
INSERT INTO person_names (person_id, name, note) VALUES ('fahad-al-sulaiti', 'Fahad Al-Sulaiti', NULL);
INSERT INTO person_names (person_id, name, note) VALUES ('salim-almalik', 'Salim AlMalik', NULL);
INSERT INTO person_names (person_id, name, note) VALUES ('mohammed-turko', 'Mohammed Turko', NULL);
INSERT INTO person_names (person_id, name, note) VALUES ('walid-al-muallem', 'Walid Muallem', NULL);

INSERT INTO citations (person_id, source_id) VALUES ('hafez-al-assad', 'aliyev-heritage-6299865');
INSERT INTO citations (person_id, source_id) VALUES ('heydar-aliyev', 'aliyev-heritage-6299865');
INSERT INTO citations (person_id, source_id) VALUES ('bashar-al-assad', 'presidentassad-394');
INSERT INTO citations (person_id, source_id) VALUES ('ilham-aliyev', 'presidentassad-394');
INSERT INTO citations (person_id, source_id) VALUES ('mahir-aliyev', 'yenixeber-127229');
INSERT INTO citations (person_id, source_id) VALUES ('mahir-aliyev', 'yenixeber-127308');
INSERT INTO citations (person_id, source_id) VALUES ('elmar-mammadyarov', 'mfa-az-syria');
INSERT INTO citations (person_id, source_id) VALUES ('walid-al-muallem', 'mfa-az-syria');
INSERT INTO citations (person_id, source_id) VALUES ('natig-aliyev', 'aze-az-38342');
INSERT INTO citations (person_id, source_id) VALUES ('sufian-allaw', 'syria-oil-871');
INSERT INTO citations (person_id, source_id) VALUES ('ismat-abbasov', 'syria-oil-871');
INSERT INTO citations (person_id, source_id) VALUES ('faisal-al-mikdad', 'mfa-az-syria');
INSERT INTO citations (person_id, source_id) VALUES ('jeyhun-bayramov', 'sng-today-39980');
INSERT INTO citations (person_id, source_id) VALUES ('hakan-fidan', 'sng-today-39980');
INSERT INTO citations (person_id, source_id) VALUES ('elnur-shahhuseynov', 'sana-352146');
INSERT INTO citations (person_id, source_id) VALUES ('yagub-eyyubov', 'news-az-extended-meeting');
INSERT INTO citations (person_id, source_id) VALUES ('fariz-rzayev', 'news-az-extended-meeting');
INSERT INTO citations (person_id, source_id) VALUES ('mohammad-al-bashir', 'azertag-3538907');
INSERT INTO citations (person_id, source_id) VALUES ('hussein-al-salama', 'news-az-extended-meeting');
INSERT INTO citations (person_id, source_id) VALUES ('parviz-shahbazov', 'azertag-3538907');
INSERT INTO citations (person_id, source_id) VALUES ('mikayil-jabbarov', 'vestikavkaza-176406');
INSERT INTO citations (person_id, source_id) VALUES ('fahad-al-sulaiti', 'azernews-245477');
INSERT INTO citations (person_id, source_id) VALUES ('rovshan-najaf', 'day-az-1778668');
INSERT INTO citations (person_id, source_id) VALUES ('ramez-al-khayyat', 'day-az-1778668');
INSERT INTO citations (person_id, source_id) VALUES ('aykhan-hajizada', 'report-az-syrian-embassy');
INSERT INTO citations (person_id, source_id) VALUES ('omar-shakrouk', 'vestikavkaza-ru-energy');
INSERT INTO citations (person_id, source_id) VALUES ('emin-amrullayev', 'trend-4154567');
INSERT INTO citations (person_id, source_id) VALUES ('mohammed-turko', 'trend-4154567');
INSERT INTO citations (person_id, source_id) VALUES ('salim-almalik', 'trend-4154567');
INSERT INTO citations (person_id, source_id) VALUES ('omar-al-husari', 'report-az-aviation');
INSERT INTO citations (person_id, source_id) VALUES ('ron-dermer', 'oc-media-israel-baku');
INSERT INTO citations (person_id, source_id) VALUES ('ahmed-al-sharaa', 'caliber-13-year-hiatus');
INSERT INTO citations (person_id, source_id) VALUES ('asaad-al-shaibani', 'turan-788739');
INSERT INTO citations (person_id, source_id) VALUES ('yalchin-rafiyev', 'turan-788739');
INSERT INTO citations (person_id, source_id) VALUES ('samir-sharifov', 'azertag-3538907');

-- Offices --------------------------------------------------------------------------------------
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('hafez-al-assad-president', 'hafez-al-assad', 'President of Syria', NULL, 'SYR', NULL, '1997-12-09', '1997-12-09', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES
  ('bashar-al-assad-president', 'bashar-al-assad', 'President of Syria', NULL, 'SYR', NULL, '2009-07-08', '2024-12-08', '2024-12-08', 'confirmed',
   'In office during his July 2009 visit to Baku; his government fell on 8 December 2024.');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES
  ('mahir-aliyev-ambassador', 'mahir-aliyev', 'Ambassador of Azerbaijan to Syria and Lebanon', 'embassy-azerbaijan-damascus', 'AZE',
   '2008-01-01', '2008-12-31', '2014-11-01', '2014-11-30', 'confirmed',
   'Ambassador from 2008; left Damascus with the staff in August 2012; recalled in November 2014 according to one secondary page.');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('elmar-mammadyarov-foreign-minister', 'elmar-mammadyarov', 'Minister of Foreign Affairs', 'mfa-azerbaijan', 'AZE', NULL, '2007-04-11', '2009-05-25', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('walid-al-muallem-foreign-minister', 'walid-al-muallem', 'Minister of Foreign Affairs', 'mfa-syria', 'SYR', NULL, '2009-06-02', '2009-06-03', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('natig-aliyev-minister', 'natig-aliyev', 'Minister of Industry and Energy', 'ministry-industry-energy-azerbaijan', 'AZE', NULL, '2010-03-03', '2010-03-03', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('sufian-allaw-minister', 'sufian-allaw', 'Minister of Oil and Mineral Resources', 'ministry-oil-syria', 'SYR', NULL, '2010-06-29', '2010-06-30', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('sufian-allaw-co-chair', 'sufian-allaw', 'Co-chair of the Joint Commission (Syrian side)', 'joint-commission', NULL, NULL, '2010-06-29', '2010-06-30', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('ismat-abbasov-minister', 'ismat-abbasov', 'Minister of Agriculture', 'ministry-agriculture-azerbaijan', 'AZE', NULL, '2010-06-29', '2010-06-30', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('ismat-abbasov-co-chair', 'ismat-abbasov', 'Co-chair of the Joint Commission (Azerbaijani side)', 'joint-commission', NULL, NULL, '2010-06-29', '2010-06-30', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('faisal-al-mikdad-foreign-minister', 'faisal-al-mikdad', 'Minister of Foreign Affairs and Emigrants', 'mfa-syria', 'SYR', NULL, '2023-07-05', '2023-07-06', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('jeyhun-bayramov-foreign-minister', 'jeyhun-bayramov', 'Minister of Foreign Affairs', 'mfa-azerbaijan', 'AZE', NULL, '2025-01-18', '2025-03-13', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('hakan-fidan-foreign-minister', 'hakan-fidan', 'Minister of Foreign Affairs of Türkiye', NULL, 'TUR', NULL, '2025-01-18', '2025-01-18', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES
  ('elnur-shahhuseynov-charge', 'elnur-shahhuseynov', 'Chargé d''affaires, head of the embassy in Damascus', 'embassy-azerbaijan-damascus', 'AZE', NULL, '2025-02-17', '2025-02-17', NULL, 'confirmed',
   'Headed the embassy when it reopened; a page of 27 January 2026 still shows him as chargé d''affaires.');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('yagub-eyyubov-first-deputy-pm', 'yagub-eyyubov', 'First Deputy Prime Minister', NULL, 'AZE', NULL, '2025-07-12', '2025-07-12', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('fariz-rzayev-deputy-foreign-minister', 'fariz-rzayev', 'Deputy Minister of Foreign Affairs', 'mfa-azerbaijan', 'AZE', NULL, '2025-07-12', '2025-07-12', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('mohammad-al-bashir-energy-minister', 'mohammad-al-bashir', 'Minister of Energy', 'ministry-energy-syria', 'SYR', NULL, '2025-05-04', '2025-08-02', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES
  ('hussein-al-salama-intelligence-chief', 'hussein-al-salama', 'Head of intelligence', NULL, 'SYR', NULL, '2025-07-12', '2025-07-12', NULL, 'confirmed',
   'The page calls him the intelligence chief and names no agency.');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('parviz-shahbazov-energy-minister', 'parviz-shahbazov', 'Minister of Energy', 'ministry-energy-azerbaijan', 'AZE', NULL, '2025-05-04', '2025-05-04', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('mikayil-jabbarov-economy-minister', 'mikayil-jabbarov', 'Minister of Economy', 'ministry-economy-azerbaijan', 'AZE', NULL, '2025-07-12', '2025-08-02', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('mikayil-jabbarov-socar-chairman', 'mikayil-jabbarov', 'Chairman of the Supervisory Board', 'socar', 'AZE', NULL, '2025-07-12', '2025-07-12', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES
  ('fahad-al-sulaiti-qatar-fund', 'fahad-al-sulaiti', 'Director of the Qatar Development Fund', 'qatar-development-fund', 'QAT', NULL, '2025-08-02', '2025-08-02', NULL, 'confirmed',
   'His title varies between pages: director, director general or president.');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('rovshan-najaf-socar-president', 'rovshan-najaf', 'President of SOCAR', 'socar', 'AZE', NULL, '2025-09-06', '2025-09-06', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('aykhan-hajizada-spokesperson', 'aykhan-hajizada', 'Spokesperson of the Ministry of Foreign Affairs', 'mfa-azerbaijan', 'AZE', NULL, '2025-11-07', '2025-11-07', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES
  ('omar-shakrouk-deputy-energy-minister', 'omar-shakrouk', 'Deputy Minister of Energy for electricity', 'ministry-energy-syria', 'SYR', NULL, '2026-01-27', NULL, NULL, 'confirmed',
   'Known from a page of 27 January 2026 that does not date the meeting.');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('emin-amrullayev-minister', 'emin-amrullayev', 'Minister of Science and Education', 'ministry-science-education-azerbaijan', 'AZE', NULL, '2026-02-17', '2026-02-17', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('mohammed-turko-minister', 'mohammed-turko', 'Minister of Education', 'ministry-education-syria', 'SYR', NULL, '2026-02-17', '2026-02-17', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES ('salim-almalik-director-general', 'salim-almalik', 'Director-General of ICESCO', 'icesco', NULL, NULL, '2026-02-17', '2026-02-17', NULL, 'confirmed', NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note) VALUES
  ('omar-al-husari-aviation-head', 'omar-al-husari', 'Head of the civil aviation authority', 'civil-aviation-authority-syria', 'SYR', NULL, '2026-03-04', NULL, NULL, 'confirmed',
   'Known from a report of 4 March 2026 that does not date the meeting.');

INSERT INTO citations (position_id, source_id, paragraph) VALUES ('bashar-al-assad-president', 'jps-article', 5);
INSERT INTO citations (position_id, source_id, paragraph) VALUES ('bashar-al-assad-president', 'jps-article', 6);
INSERT INTO citations (position_id, source_id) VALUES ('hafez-al-assad-president', 'aliyev-heritage-6299865');
INSERT INTO citations (position_id, source_id) VALUES ('bashar-al-assad-president', 'presidentassad-394');
INSERT INTO citations (position_id, source_id) VALUES ('bashar-al-assad-president', 'mfa-az-syria');
INSERT INTO citations (position_id, source_id) VALUES ('mahir-aliyev-ambassador', 'yenixeber-127229');
INSERT INTO citations (position_id, source_id) VALUES ('mahir-aliyev-ambassador', 'yenixeber-127308');
INSERT INTO citations (position_id, source_id) VALUES ('mahir-aliyev-ambassador', 'jam-news-reopening');
INSERT INTO citations (position_id, source_id) VALUES ('elmar-mammadyarov-foreign-minister', 'mfa-az-syria');
INSERT INTO citations (position_id, source_id) VALUES ('walid-al-muallem-foreign-minister', 'mfa-az-syria');
INSERT INTO citations (position_id, source_id) VALUES ('natig-aliyev-minister', 'aze-az-38342');
INSERT INTO citations (position_id, source_id) VALUES ('sufian-allaw-minister', 'syria-oil-871');
INSERT INTO citations (position_id, source_id) VALUES ('sufian-allaw-co-chair', 'syria-oil-871');
INSERT INTO citations (position_id, source_id) VALUES ('ismat-abbasov-minister', 'syria-oil-871');
INSERT INTO citations (position_id, source_id) VALUES ('ismat-abbasov-co-chair', 'syria-oil-871');
INSERT INTO citations (position_id, source_id) VALUES ('faisal-al-mikdad-foreign-minister', 'mfa-az-syria');
INSERT INTO citations (position_id, source_id) VALUES ('jeyhun-bayramov-foreign-minister', 'sng-today-39980');
INSERT INTO citations (position_id, source_id) VALUES ('jeyhun-bayramov-foreign-minister', 'trend-4017550');
INSERT INTO citations (position_id, source_id) VALUES ('hakan-fidan-foreign-minister', 'sng-today-39980');
INSERT INTO citations (position_id, source_id) VALUES ('elnur-shahhuseynov-charge', 'sana-352146');
INSERT INTO citations (position_id, source_id) VALUES ('elnur-shahhuseynov-charge', 'vestikavkaza-173532');
INSERT INTO citations (position_id, source_id) VALUES ('elnur-shahhuseynov-charge', 'vestikavkaza-ru-energy');
INSERT INTO citations (position_id, source_id) VALUES ('yagub-eyyubov-first-deputy-pm', 'news-az-extended-meeting');
INSERT INTO citations (position_id, source_id) VALUES ('fariz-rzayev-deputy-foreign-minister', 'news-az-extended-meeting');
INSERT INTO citations (position_id, source_id) VALUES ('mohammad-al-bashir-energy-minister', 'azertag-3538907');
INSERT INTO citations (position_id, source_id) VALUES ('mohammad-al-bashir-energy-minister', 'azernews-245477');
INSERT INTO citations (position_id, source_id) VALUES ('hussein-al-salama-intelligence-chief', 'news-az-extended-meeting');
INSERT INTO citations (position_id, source_id) VALUES ('parviz-shahbazov-energy-minister', 'azertag-3538907');
INSERT INTO citations (position_id, source_id) VALUES ('mikayil-jabbarov-economy-minister', 'vestikavkaza-176406');
INSERT INTO citations (position_id, source_id) VALUES ('mikayil-jabbarov-economy-minister', 'azernews-245477');
INSERT INTO citations (position_id, source_id) VALUES ('mikayil-jabbarov-socar-chairman', 'vestikavkaza-176406');
INSERT INTO citations (position_id, source_id) VALUES ('fahad-al-sulaiti-qatar-fund', 'azernews-245477');
INSERT INTO citations (position_id, source_id) VALUES ('fahad-al-sulaiti-qatar-fund', 'menafn-1109876042');
INSERT INTO citations (position_id, source_id) VALUES ('rovshan-najaf-socar-president', 'day-az-1778668');
INSERT INTO citations (position_id, source_id) VALUES ('aykhan-hajizada-spokesperson', 'report-az-syrian-embassy');
INSERT INTO citations (position_id, source_id) VALUES ('omar-shakrouk-deputy-energy-minister', 'vestikavkaza-ru-energy');
INSERT INTO citations (position_id, source_id) VALUES ('emin-amrullayev-minister', 'trend-4154567');
INSERT INTO citations (position_id, source_id) VALUES ('mohammed-turko-minister', 'trend-4154567');
INSERT INTO citations (position_id, source_id) VALUES ('salim-almalik-director-general', 'trend-4154567');
INSERT INTO citations (position_id, source_id) VALUES ('omar-al-husari-aviation-head', 'report-az-aviation');

-- What the pages add to the article's offices.
-- Heydar Aliyev: also in office at the Tehran talk of 9 December 1997.
UPDATE positions SET end_earliest = '1997-12-09' WHERE position_id = 'heydar-aliyev-president';
INSERT INTO citations (position_id, source_id) VALUES ('heydar-aliyev-president', 'aliyev-heritage-6299865');
-- Ilham Aliyev: president at Assad's July 2009 visit and at the call of 10 March 2026.
UPDATE positions SET start_latest = '2009-07-08', end_earliest = '2026-03-10' WHERE position_id = 'ilham-aliyev-president';
INSERT INTO citations (position_id, source_id) VALUES ('ilham-aliyev-president', 'presidentassad-394');
INSERT INTO citations (position_id, source_id) VALUES ('ilham-aliyev-president', 'report-az-phone-call');
-- Ahmed al-Sharaa: announced as transitional president on 29 January 2025; still president in March 2026.
UPDATE positions SET start_earliest = '2025-01-29', start_latest = '2025-01-29', end_earliest = '2026-03-10',
  note = 'Announced as transitional president on 29 January 2025; AZERTAC calls him interim president.'
WHERE position_id = 'ahmed-al-sharaa-president';
INSERT INTO citations (position_id, source_id) VALUES ('ahmed-al-sharaa-president', 'caliber-13-year-hiatus');
INSERT INTO citations (position_id, source_id) VALUES ('ahmed-al-sharaa-president', 'azertag-3500091');
INSERT INTO citations (position_id, source_id) VALUES ('ahmed-al-sharaa-president', 'report-az-phone-call');
-- Asaad al-Shaibani: still foreign minister in al-Sharaa's delegation to Baku on 12 July 2025.
UPDATE positions SET end_earliest = '2025-07-12' WHERE position_id = 'asaad-al-shaibani-foreign-minister';
INSERT INTO citations (position_id, source_id) VALUES ('asaad-al-shaibani-foreign-minister', 'turan-788739');
INSERT INTO citations (position_id, source_id) VALUES ('asaad-al-shaibani-foreign-minister', 'news-az-extended-meeting');
INSERT INTO citations (position_id, source_id) VALUES ('yalchin-rafiyev-deputy-foreign-minister', 'turan-788739');
INSERT INTO citations (position_id, source_id) VALUES ('yalchin-rafiyev-deputy-foreign-minister', 'menafn-1109041427');
INSERT INTO citations (position_id, source_id) VALUES ('samir-sharifov-deputy-pm', 'azertag-3538907');
