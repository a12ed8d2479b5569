-- 0008: the primary article as a source, and the places, organizations, people and offices it
-- names. Every row is cited to the article's paragraph (numbered from 1, body only; see
-- "Citing the article" in CONTRIBUTING.md). Offices carry only the bounds the article supports:
-- the days it shows someone in office. Years the article leaves out are inferred as 2024/2025 (see 0009).

INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('jps-article', 'article', 'Prospects in a New Era of Azerbaijan-Syria Relations',
   'Jordanian Politics and Society magazine (JPS), third issue',
   'https://politicsociety.org/prospects-in-a-new-era-of-azerbaija-syria-relations/?lang=en', 'en', NULL, '2026-11-27',
   'The primary source. Its publication date is not given; its content reaches May 2025. Paragraphs are numbered 1-17 over the article body.');

-- Places ---------------------------------------------------------------------------------------
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('damascus', 'Damascus', 'city', 'SYR', NULL, 'Capital of Syria.');
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('aleppo', 'Aleppo', 'province', 'SYR', NULL, 'The article says only "Aleppo"; a report of the same aid distribution speaks of Aleppo province.');
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('karakopru', 'Karakopru', 'village', 'SYR', 'aleppo', NULL);
INSERT INTO places (place_id, name, kind, country_id, parent_place_id, note) VALUES ('karakopru-idp-camp', 'Camp for internally displaced people, Karakopru', 'camp', 'SYR', 'karakopru', NULL);
INSERT INTO citations (place_id, source_id, paragraph) VALUES ('damascus', 'jps-article', 2);
INSERT INTO citations (place_id, source_id, paragraph) VALUES ('damascus', 'jps-article', 8);
INSERT INTO citations (place_id, source_id, paragraph) VALUES ('aleppo', 'jps-article', 8);
INSERT INTO citations (place_id, source_id, paragraph) VALUES ('karakopru', 'jps-article', 8);
INSERT INTO citations (place_id, source_id, paragraph) VALUES ('karakopru-idp-camp', 'jps-article', 8);

-- Organizations --------------------------------------------------------------------------------
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('mfa-azerbaijan', 'Ministry of Foreign Affairs of the Republic of Azerbaijan', 'MFA of Azerbaijan', 'ministry', 'AZE', NULL, NULL, NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('embassy-azerbaijan-damascus', 'Embassy of the Republic of Azerbaijan in Damascus', 'Azerbaijani embassy in Syria', 'embassy', 'AZE', 'mfa-azerbaijan', 'damascus', NULL);
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES
  ('mfa-syria', 'Ministry of Foreign Affairs of Syria', 'MFA of Syria', 'ministry', 'SYR', NULL, NULL,
   'Styled Ministry of Foreign Affairs and Emigrants in 2023.');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES
  ('assad-government', 'Government of Syria under Bashar al-Assad (the former regime)', 'Assad government', 'government', 'SYR', NULL, NULL,
   'Fell on 8 December 2024.');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('oic', 'Organisation of Islamic Cooperation', 'OIC', 'international_organization', NULL, NULL, NULL, 'Azerbaijan is a member.');
INSERT INTO organizations (organization_id, name, short_name, kind, country_id, parent_organization_id, place_id, note) VALUES ('armenian-diaspora-syria', 'Armenian diaspora in Syria', NULL, 'group', 'SYR', NULL, NULL, NULL);
INSERT INTO citations (organization_id, source_id, paragraph) VALUES ('mfa-azerbaijan', 'jps-article', 6);
INSERT INTO citations (organization_id, source_id, paragraph) VALUES ('embassy-azerbaijan-damascus', 'jps-article', 2);
INSERT INTO citations (organization_id, source_id, paragraph) VALUES ('embassy-azerbaijan-damascus', 'jps-article', 5);
INSERT INTO citations (organization_id, source_id, paragraph) VALUES ('embassy-azerbaijan-damascus', 'jps-article', 8);
INSERT INTO citations (organization_id, source_id, paragraph) VALUES ('mfa-syria', 'jps-article', 6);
INSERT INTO citations (organization_id, source_id, paragraph) VALUES ('assad-government', 'jps-article', 3);
INSERT INTO citations (organization_id, source_id, paragraph) VALUES ('assad-government', 'jps-article', 4);
INSERT INTO citations (organization_id, source_id, paragraph) VALUES ('oic', 'jps-article', 4);
INSERT INTO citations (organization_id, source_id, paragraph) VALUES ('oic', 'jps-article', 13);
INSERT INTO citations (organization_id, source_id, paragraph) VALUES ('armenian-diaspora-syria', 'jps-article', 3);

-- People and the spellings of their names -----------------------------------------------------
INSERT INTO people (person_id, name, country_id, note) VALUES ('heydar-aliyev', 'Heydar Aliyev', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('ilham-aliyev', 'Ilham Aliyev', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('bashar-al-assad', 'Bashar al-Assad', 'SYR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('yalchin-rafiyev', 'Yalchin Rafiyev', 'AZE', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('asaad-al-shaibani', 'Asaad Hassan al-Shaibani', 'SYR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('birol-akgun', 'Birol Akgün', 'TUR', NULL);
INSERT INTO people (person_id, name, country_id, note) VALUES ('ahmed-al-sharaa', 'Ahmed al-Sharaa', 'SYR', 'The article gives only his surname.');
INSERT INTO people (person_id, name, country_id, note) VALUES ('samir-sharifov', 'Samir Sharifov', 'AZE', NULL);

INSERT INTO person_names (person_id, name, note) VALUES ('asaad-al-shaibani', 'al-Shaibani', 'Surname as the article writes it.');
INSERT INTO person_names (person_id, name, note) VALUES ('asaad-al-shaibani', 'al-Shibani', 'Another transliteration.');
INSERT INTO person_names (person_id, name, note) VALUES ('asaad-al-shaibani', 'Asaad al-Shaibani', NULL);
INSERT INTO person_names (person_id, name, note) VALUES ('ahmed-al-sharaa', 'al-Sharaa', 'Surname as the article writes it.');
INSERT INTO person_names (person_id, name, note) VALUES ('ahmed-al-sharaa', 'al-Shara', 'Another transliteration.');
INSERT INTO person_names (person_id, name, note) VALUES ('birol-akgun', 'Birol Akgun', 'Without the diacritic.');
INSERT INTO person_names (person_id, name, note) VALUES ('bashar-al-assad', 'Assad', NULL);
INSERT INTO person_names (person_id, name, note) VALUES ('yalchin-rafiyev', 'Yalçın Rafiyev', 'Azerbaijani spelling.');

INSERT INTO citations (person_id, source_id, paragraph) VALUES ('heydar-aliyev', 'jps-article', 2);
INSERT INTO citations (person_id, source_id, paragraph) VALUES ('ilham-aliyev', 'jps-article', 7);
INSERT INTO citations (person_id, source_id, paragraph) VALUES ('ilham-aliyev', 'jps-article', 10);
INSERT INTO citations (person_id, source_id, paragraph) VALUES ('ilham-aliyev', 'jps-article', 14);
INSERT INTO citations (person_id, source_id, paragraph) VALUES ('bashar-al-assad', 'jps-article', 6);
INSERT INTO citations (person_id, source_id, paragraph) VALUES ('yalchin-rafiyev', 'jps-article', 6);
INSERT INTO citations (person_id, source_id, paragraph) VALUES ('asaad-al-shaibani', 'jps-article', 6);
INSERT INTO citations (person_id, source_id, paragraph) VALUES ('birol-akgun', 'jps-article', 10);
INSERT INTO citations (person_id, source_id, paragraph) VALUES ('ahmed-al-sharaa', 'jps-article', 14);
INSERT INTO citations (person_id, source_id, paragraph) VALUES ('ahmed-al-sharaa', 'jps-article', 15);
INSERT INTO citations (person_id, source_id, paragraph) VALUES ('ahmed-al-sharaa', 'jps-article', 16);
INSERT INTO citations (person_id, source_id, paragraph) VALUES ('samir-sharifov', 'jps-article', 16);

-- Offices, as the article shows them (it names Bashar al-Assad's regime but not his office;
-- that comes with the other sources in 0012) ------------------------------------------------------
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, note) VALUES
  ('heydar-aliyev-president', 'heydar-aliyev', 'President of Azerbaijan', NULL, 'AZE', NULL, '1997-04-11', '1997-04-11', NULL,
   'In office when he signed the embassy decree; the article gives no term.');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, note) VALUES
  ('ilham-aliyev-president', 'ilham-aliyev', 'President of Azerbaijan', NULL, 'AZE', NULL, '2025-02-13', '2025-02-13', NULL,
   'Shown in office by the events the article dates; it gives no term.');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, note) VALUES ('yalchin-rafiyev-deputy-foreign-minister', 'yalchin-rafiyev', 'Deputy Minister of Foreign Affairs', 'mfa-azerbaijan', 'AZE', NULL, '2024-12-29', '2024-12-29', NULL, NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, note) VALUES ('asaad-al-shaibani-foreign-minister', 'asaad-al-shaibani', 'Minister of Foreign Affairs (transitional government)', 'mfa-syria', 'SYR', NULL, '2024-12-29', '2024-12-29', NULL, NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, note) VALUES
  ('birol-akgun-ambassador', 'birol-akgun', 'Ambassador of Türkiye to Azerbaijan', NULL, 'TUR', NULL, '2025-02-13', '2025-02-13', NULL,
   'Newly appointed: he presented his credentials on 13 February 2025.');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, note) VALUES ('samir-sharifov-deputy-pm', 'samir-sharifov', 'Deputy Prime Minister', NULL, 'AZE', NULL, '2025-05-04', '2025-05-04', NULL, NULL);
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, note) VALUES
  ('ahmed-al-sharaa-president', 'ahmed-al-sharaa', 'President of Syria (transitional)', NULL, 'SYR', '2024-12-08', '2025-05-04', '2025-05-04', NULL,
   'Leader after the change of 8 December 2024; the article shows him as president at the May 2025 visit.');

INSERT INTO citations (position_id, source_id, paragraph) VALUES ('heydar-aliyev-president', 'jps-article', 2);
INSERT INTO citations (position_id, source_id, paragraph) VALUES ('ilham-aliyev-president', 'jps-article', 10);
INSERT INTO citations (position_id, source_id, paragraph) VALUES ('ilham-aliyev-president', 'jps-article', 14);
INSERT INTO citations (position_id, source_id, paragraph) VALUES ('yalchin-rafiyev-deputy-foreign-minister', 'jps-article', 6);
INSERT INTO citations (position_id, source_id, paragraph) VALUES ('asaad-al-shaibani-foreign-minister', 'jps-article', 6);
INSERT INTO citations (position_id, source_id, paragraph) VALUES ('birol-akgun-ambassador', 'jps-article', 10);
INSERT INTO citations (position_id, source_id, paragraph) VALUES ('samir-sharifov-deputy-pm', 'jps-article', 16);
INSERT INTO citations (position_id, source_id, paragraph) VALUES ('ahmed-al-sharaa-president', 'jps-article', 14);
INSERT INTO citations (position_id, source_id, paragraph) VALUES ('ahmed-al-sharaa-president', 'jps-article', 16);
