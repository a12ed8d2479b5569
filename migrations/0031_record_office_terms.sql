-- 0031: offices as terms (second audit, rule 5). Each office gets its start and end from a page
-- that states them (a decree reported on the day, an official biography, an encyclopedia page);
-- where none was found, the days a page shows the person in office bound the term
-- (start_latest = first such day, end_earliest = last) and the basis says 'attested'. A term
-- still running ends 'ongoing', with end_earliest the newest day a page shows it. So "who held
-- office on day X" can be answered for any day inside the bounds.

UPDATE change_context SET reason = 'Pages that state when the offices of the people in the dataset began and ended.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('simple-wiki-president-az', 'web_page', 'President of Azerbaijan', 'Simple English Wikipedia', 'http://simple.m.wikipedia.org/wiki/President_of_Azerbaijan', 'en', NULL, '2026-12-02', 'The table of presidents with their terms. Undated.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('rferl-1104860', 'web_page', 'Azerbaijan: Ilham Aliyev sworn in as new president', 'Radio Free Europe/Radio Liberty', 'https://rferl.org/amp/1104860.html', 'en', '2003-10-31', '2026-12-02', 'Dateline Baku, 31 October 2003: inaugurated "today".', 'state_media', 'USA');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('wikipedia-heydar-aliyev', 'web_page', 'Heydar Aliyev', 'English Wikipedia', 'https://en.wikipedia.org/wiki/Heydar_Aliyev', 'en', NULL, '2026-12-02', 'Infobox: President 10 October 1993 - 31 October 2003, acting from 24 June 1993.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('aliyev-heritage-4148127', 'web_page', 'Historical background to Heydar Aliyev''s inauguration speech of 10 October 1993', 'lib.aliyev-heritage.org', 'https://lib.aliyev-heritage.org/print.php?lang=en&page=4148127', 'en', NULL, '2026-12-02', 'The election of 3 October and the inauguration of 10 October 1993.', 'other', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('wiki-mirror-hafez-presidency', 'web_page', 'Presidency of Hafez al-Assad (copy of the English Wikipedia article)', 'techsciencenews.com (Wikipedia mirror)', 'https://techsciencenews.com/wikisearch/view_html.php?lang=en&q=Presidency_of_Hafez_al-Assad&sq=Facebook', 'en', NULL, '2026-12-02', 'A copy of English Wikipedia: President from 12 March 1971 until his death on 10 June 2000.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('agenziacalendario-hafez', 'web_page', 'On 22 February 1971 Hafez al-Assad becomes president', 'Agenzia Calendario', 'https://agenziacalendario.com/calendario/presentanew.php?dataora=2021-02-22+09%3A37%3A24', 'it', NULL, '2026-12-02', 'An almanac entry: president from 22 February 1971 to 10 June 2000.', 'other', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('wikipedia-presidency-bashar', 'web_page', 'Presidency of Bashar al-Assad', 'English Wikipedia', 'https://en.wikipedia.org/wiki/Presidency_of_Bashar_al-Assad', 'en', NULL, '2026-12-02', 'Term start 17 July 2000, term end 8 December 2024.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('jam-news-mammadyarov-dismissed', 'web_page', 'Azerbaijani foreign minister dismissed', 'JAMnews', 'https://jam-news.net/azerbaijani-foreign-minister-dismissed/', 'en', '2020-07-16', '2026-12-02', 'Mammadyarov foreign minister since 2004; dismissed, and Bayramov appointed, on the page''s day.', 'private_media', 'GEO');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('turan-bayramov-appointed', 'web_page', 'Jeyhun Bayramov is appointed Azerbaijan''s new Foreign Minister', 'Turan', 'https://turan.az/en/politics/what-to-expect-from-the-new-foreign-minister-updated', 'en', '2020-07-16', '2026-12-02', 'Dateline Baku/16.07.20: Mammadyarov dismissed, Bayramov appointed by another decree.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('urdupoint-muallem-factbox', 'web_page', 'Factbox: Syrian Foreign Minister Walid Muallem dies aged 79', 'UrduPoint (Sputnik)', 'https://www.urdupoint.com/en/world/factbox-syrian-foreign-minister-walid-muall-1086998.html', 'en', '2020-11-16', '2026-12-02', 'Appointed foreign minister on 11 February 2006; died on 16 November 2020.', 'private_media', 'PAK');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('smanews-mekdad', 'web_page', 'Faisal Mekdad appointed new Syrian foreign minister, presidential office says', 'SMA News', 'https://en.smanews.org/middle-east/faisal-mekdad-appointed-new-syrian-foreign-minister-presidential-office-says/', 'en', NULL, '2026-12-02', 'Quotes the presidency: decrees 322-324 of 22 November 2020.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('tartv-shibani-appointed', 'web_page', 'Syria''s new rulers name Asaad al-Shibani as Foreign Minister', 'Tar TV', 'https://tartv.in/?p=220267', 'en', '2024-12-21', '2026-12-02', 'From SANA and Reuters: named on Saturday, 21 December 2024.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('themedialine-syrian-cabinet', 'web_page', 'New Syrian government sworn in as transitional authorities pledge inclusive future', 'The Media Line', 'https://themedialine.org/mideast-daily-news/new-syrian-government-sworn-in-as-transitional-authorities-pledge-inclusive-future', 'en', NULL, '2026-12-02', 'An Anadolu photo caption dates the swearing-in at the People''s Palace to 29 March 2025; al-Bashir, who led the previous government, is now energy minister.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('informationstreamer-syrian-cabinet', 'web_page', 'Syria installs new transitional government following Assad''s ouster', 'Information Streamer', 'https://informationstreamer.com/2025/03/30/syria-installs-new-transitional-government-following-assads-ouster', 'en', '2025-03-30', '2026-12-02', 'Dates the inauguration of the cabinet to 30 March 2025; names Mohammed Terko education minister and al-Bashir energy minister.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('menafn-1109041342', 'web_page', 'Azerbaijan sends its first humanitarian aid convoy to Syria', 'MENAFN (AzerNews)', 'https://menafn.com/1109041342/Azerbaijan-Sends-Its-First-Humanitarian-Aid-Convoy-To-Syria', 'en', '2024-12-30', '2026-12-02', 'Says al-Bashir was appointed head of the transitional cabinet on 10 December, without a year.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('freedictionary-cabinet-az', 'web_page', 'Cabinet of Azerbaijan (copy of the English Wikipedia article)', 'The Free Dictionary encyclopedia (Wikipedia mirror)', 'http://encyclopedia.thefreedictionary.com/_/dict.aspx?h=1&word=Cabinet+of+Azerbaijan', 'en', NULL, '2026-12-02', 'Table of cabinet members with the day each took office. Undated.', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('turan-789029', 'web_page', 'Azerbaijan has a new finance minister after a 19-year hiatus', 'Turan', 'https://turan.az/en/finance/azerbaijan-has-a-new-finance-minister-after-a-19-year-hiatus-789029', 'en', NULL, '2026-12-02', 'Gives 10 January without a year; finance minister since 2006, a 19-year tenure.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('caucasuswatch-2151', 'web_page', 'Aliyev continues rejuvenating Azerbaijani state administration', 'Caucasus Watch', 'https://caucasuswatch.de/news/2151.html', 'en', NULL, '2026-12-02', 'Gives 23 October without a year for Jabbarov''s appointment, after the prime minister''s resignation on 8 October.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('commonspace-asadov', 'web_page', 'Azerbaijan has a new prime minister (updated)', 'commonspace.eu', 'https://www.commonspace.eu/index.php/news/azerbaijan-has-new-prime-minister-updated', 'en', NULL, '2026-12-02', 'Parliament approved Ali Asadov on Tuesday morning, 8 October, after Novruz Mammadov resigned.', 'private_media', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('kiwix-amrullayev', 'web_page', 'Emin Amrullayev (Wikipedia, January 2024 copy)', 'kiwix.haohe.fun (Wikipedia mirror)', 'https://kiwix.haohe.fun/content/wikipedia_en_all_maxi_2024-01/A/Emin_Amrullayev', 'en', NULL, '2026-12-02', 'Infobox: Minister of Science and Education from 28 July 2022; Minister of Education 27 July 2020 - 28 July 2022. Its lead says "since July 2020".', 'encyclopedia', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('unikal-342197', 'web_page', 'Who will be the minister of science and education?', 'Unikal.az', 'https://unikal.az/news/342197/elm-ve-tehsil-naziri-kim-olacaq', 'az', NULL, '2026-12-02', 'At the renaming of the ministry, no order appointing a minister of science and education had been signed.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('ng-ru-2005-12-13', 'web_page', 'Aliyev appointed Aliyev', 'Nezavisimaya Gazeta', 'https://ng.ru/cis/2005-12-13/4_aliev.html', 'ru', '2005-12-13', '2026-12-02', 'Natig Aliyev moved by decree from SOCAR to the Ministry of Industry and Energy; the decree''s day is not given.', 'private_media', 'RUS');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('novator-2017-06-09', 'web_page', 'Official obituary of Natig Aliyev', 'Novator.az', 'https://novator.az/2017/06/09/r-smi-nekroloq', 'az', '2017-06-09', '2026-12-02', 'Minister of Industry and Energy 2005-2013, then Minister of Energy until his death on 9 June 2017.', 'private_media', 'AZE');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('freelibrary-allaw', 'web_page', 'Syria - Sufian Allaw', 'The Free Library (from a Gulf oil newsletter)', 'https://www.thefreelibrary.com/SYRIA+-+Sufian+Allaw-a0176986901', 'en', NULL, '2026-12-02', 'Took up the post of Minister of Petroleum and Mineral Resources on 11 February 2006.', 'private_media', NULL);

-- Presidents.
UPDATE change_context SET reason = 'Ilham Aliyev''s term as president began on 31 October 2003 and continues; the row showed only the days of the events.', source_id = 'rferl-1104860';
UPDATE positions SET start_earliest = '2003-10-31', start_latest = '2003-10-31', start_basis = 'stated', end_basis = 'ongoing',
  note = 'Inaugurated on 31 October 2003; in office as of the newest page that shows him (end_earliest).' WHERE position_id = 'ilham-aliyev-president';
INSERT INTO citations (position_id, source_id, locator) VALUES ('ilham-aliyev-president', 'rferl-1104860', 'dateline and paragraph 1');
INSERT INTO citations (position_id, source_id, locator) VALUES ('ilham-aliyev-president', 'simple-wiki-president-az', 'table of presidents');

UPDATE change_context SET reason = 'Heydar Aliyev was president from his inauguration on 10 October 1993 to 31 October 2003; one page counts from the election of 3 October.', source_id = 'wikipedia-heydar-aliyev';
UPDATE positions SET start_earliest = '1993-10-10', start_latest = '1993-10-10', end_earliest = '2003-10-31', end_latest = '2003-10-31', start_basis = 'stated', end_basis = 'stated', evidence_status = 'disputed',
  note = 'From his inauguration on 10 October 1993, after the election of 3 October; acting president from 24 June 1993. See the discrepancy.' WHERE position_id = 'heydar-aliyev-president';
INSERT INTO citations (position_id, source_id, locator) VALUES ('heydar-aliyev-president', 'wikipedia-heydar-aliyev', 'infobox');
INSERT INTO citations (position_id, source_id, locator) VALUES ('heydar-aliyev-president', 'aliyev-heritage-4148127', 'paragraphs 1-2');
INSERT INTO discrepancies (discrepancy_id, title, position_id, note) VALUES ('heydar-aliyev-term-start', 'When Heydar Aliyev''s presidency began', 'heydar-aliyev-president', 'The election was on 3 October and the inauguration on 10 October 1993; the table counts from the election.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('heydar-aliyev-from-10-october', 'heydar-aliyev-term-start', 'a', 'He took office as president on 10 October 1993.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('heydar-aliyev-from-10-october', 'wikipedia-heydar-aliyev', 'infobox');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('heydar-aliyev-from-3-october', 'heydar-aliyev-term-start', 'b', 'His term began on 3 October 1993.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('heydar-aliyev-from-3-october', 'simple-wiki-president-az', 'table of presidents');

UPDATE change_context SET reason = 'Hafez al-Assad was president from 12 March 1971 to his death on 10 June 2000; an almanac gives 22 February 1971 for the start.', source_id = 'wiki-mirror-hafez-presidency';
UPDATE positions SET start_earliest = '1971-03-12', start_latest = '1971-03-12', end_earliest = '2000-06-10', end_latest = '2000-06-10', start_basis = 'stated', end_basis = 'stated', evidence_status = 'disputed',
  note = 'President until his death on 10 June 2000. See the discrepancy on the start.' WHERE position_id = 'hafez-al-assad-president';
INSERT INTO citations (position_id, source_id, locator) VALUES ('hafez-al-assad-president', 'wiki-mirror-hafez-presidency', 'infobox and paragraph 1');
INSERT INTO discrepancies (discrepancy_id, title, position_id, note) VALUES ('hafez-al-assad-term-start', 'When Hafez al-Assad became president', 'hafez-al-assad-president', 'The encyclopedia copy gives 12 March 1971; an Italian almanac gives 22 February 1971.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('hafez-from-12-march', 'hafez-al-assad-term-start', 'a', 'He became president on 12 March 1971.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('hafez-from-12-march', 'wiki-mirror-hafez-presidency', 'infobox');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('hafez-from-22-february', 'hafez-al-assad-term-start', 'b', 'He became president on 22 February 1971.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('hafez-from-22-february', 'agenziacalendario-hafez', 'paragraph 1');

UPDATE change_context SET reason = 'Bashar al-Assad was president from 17 July 2000 until his overthrow on 8 December 2024.', source_id = 'wikipedia-presidency-bashar';
UPDATE positions SET start_earliest = '2000-07-17', start_latest = '2000-07-17', start_basis = 'stated', end_basis = 'stated',
  note = 'President from 17 July 2000 until his overthrow on 8 December 2024.' WHERE position_id = 'bashar-al-assad-president';
INSERT INTO citations (position_id, source_id, locator) VALUES ('bashar-al-assad-president', 'wikipedia-presidency-bashar', 'infobox and paragraph 1');

UPDATE change_context SET reason = 'Al-Sharaa''s term, announced on 29 January 2025, continues; the bases of its bounds were not recorded.', source_id = 'report-az-phone-call';
UPDATE positions SET start_basis = 'stated', end_basis = 'ongoing',
  note = 'Announced as transitional president on 29 January 2025; AZERTAC calls him interim president. In office as of the newest page that shows him (end_earliest).' WHERE position_id = 'ahmed-al-sharaa-president';

-- Foreign ministers.
UPDATE change_context SET reason = 'Mammadyarov was foreign minister from 2004 until his dismissal on 16 July 2020, when Bayramov was appointed.', source_id = 'turan-bayramov-appointed';
UPDATE positions SET start_earliest = '2004-01-01', start_latest = '2004-12-31', end_earliest = '2020-07-16', end_latest = '2020-07-16', start_basis = 'stated', end_basis = 'stated',
  note = 'Foreign minister from 2004 (the pages give the year only) until dismissed on 16 July 2020.' WHERE position_id = 'elmar-mammadyarov-foreign-minister';
INSERT INTO citations (position_id, source_id, locator) VALUES ('elmar-mammadyarov-foreign-minister', 'jam-news-mammadyarov-dismissed', 'paragraphs 1 and 8');
INSERT INTO citations (position_id, source_id, locator) VALUES ('elmar-mammadyarov-foreign-minister', 'turan-bayramov-appointed', 'item of 16 July 2020, paragraph 1');
UPDATE positions SET start_earliest = '2020-07-16', start_latest = '2020-07-16', start_basis = 'stated', end_basis = 'ongoing', end_earliest = '2025-06-21',
  note = 'Appointed on 16 July 2020; in office as of the newest page that shows him (end_earliest).' WHERE position_id = 'jeyhun-bayramov-foreign-minister';
INSERT INTO citations (position_id, source_id, locator) VALUES ('jeyhun-bayramov-foreign-minister', 'turan-bayramov-appointed', 'item of 16 July 2020, paragraph 1');
INSERT INTO citations (position_id, source_id, locator) VALUES ('jeyhun-bayramov-foreign-minister', 'news-az-bilateral-ties', 'paragraph 1');

UPDATE change_context SET reason = 'Al-Muallem was foreign minister from 11 February 2006 until he died in office on 16 November 2020.', source_id = 'urdupoint-muallem-factbox';
UPDATE positions SET start_earliest = '2006-02-11', start_latest = '2006-02-11', end_earliest = '2020-11-16', end_latest = '2020-11-16', start_basis = 'stated', end_basis = 'stated',
  note = 'Appointed on 11 February 2006 and re-appointed in 2011; died in office on 16 November 2020.' WHERE position_id = 'walid-al-muallem-foreign-minister';
INSERT INTO citations (position_id, source_id, locator) VALUES ('walid-al-muallem-foreign-minister', 'urdupoint-muallem-factbox', 'paragraphs 11 and 14');

UPDATE change_context SET reason = 'Al-Mikdad was appointed foreign minister by decree of 22 November 2020; no stored page gives the end of his term.', source_id = 'smanews-mekdad';
UPDATE positions SET start_earliest = '2020-11-22', start_latest = '2020-11-22', start_basis = 'stated', end_basis = 'attested',
  note = 'Appointed by decree of 22 November 2020. No stored page gives the end of his term: end_earliest is the last day a page shows him in office.' WHERE position_id = 'faisal-al-mikdad-foreign-minister';
INSERT INTO citations (position_id, source_id, locator) VALUES ('faisal-al-mikdad-foreign-minister', 'smanews-mekdad', 'paragraphs 1-2');

UPDATE change_context SET reason = 'Al-Shaibani was named foreign minister on Saturday 21 December 2024; the term continues.', source_id = 'tartv-shibani-appointed';
UPDATE positions SET start_earliest = '2024-12-21', start_latest = '2024-12-21', start_basis = 'stated', end_basis = 'ongoing',
  title = 'Minister of Foreign Affairs and Expatriates (transitional government)',
  note = 'Named by the ruling General Command on 21 December 2024 and kept in the cabinet of 29 March 2025; in office as of the newest page that shows him (end_earliest).' WHERE position_id = 'asaad-al-shaibani-foreign-minister';
INSERT INTO citations (position_id, source_id, locator) VALUES ('asaad-al-shaibani-foreign-minister', 'tartv-shibani-appointed', 'paragraphs 1-2');

-- Ministers and officials of the governments.
UPDATE change_context SET reason = 'Al-Bashir headed the caretaker government from 10 December 2024 and became energy minister in the cabinet sworn in on 29 March 2025; the pages differ by a day on the cabinet.', source_id = 'themedialine-syrian-cabinet';
UPDATE positions SET start_earliest = '2025-03-29', start_latest = '2025-03-30', start_basis = 'stated', end_basis = 'ongoing',
  note = 'Energy minister in the transitional cabinet, sworn in on 29 March 2025 (The Media Line; another page says 30 March). In office as of the newest page that shows him (end_earliest).' WHERE position_id = 'mohammad-al-bashir-energy-minister';
INSERT INTO citations (position_id, source_id, locator) VALUES ('mohammad-al-bashir-energy-minister', 'themedialine-syrian-cabinet', 'photo caption and paragraph 4');
INSERT INTO positions (position_id, person_id, title, organization_id, country_id, start_earliest, start_latest, end_earliest, end_latest, evidence_status, note, start_basis, end_basis, diplomatic_rank) VALUES ('mohammad-al-bashir-caretaker-pm', 'mohammad-al-bashir', 'Head of the caretaker government', NULL, 'SYR', '2024-12-10', '2024-12-10', '2025-03-29', '2025-03-30', 'confirmed', 'MENAFN gives 10 December without a year (page date 30 December 2024). The caretaker government gave way to the transitional cabinet of 29 March 2025.', 'inferred', 'stated', NULL);
INSERT INTO citations (position_id, source_id, locator) VALUES ('mohammad-al-bashir-caretaker-pm', 'menafn-1109041342', 'paragraph 4');
INSERT INTO citations (position_id, source_id, locator) VALUES ('mohammad-al-bashir-caretaker-pm', 'themedialine-syrian-cabinet', 'paragraph 4');

UPDATE change_context SET reason = 'Mohammed Turko became education minister in the transitional cabinet; one page dates its swearing-in to 29 March 2025, another to 30 March.', source_id = 'informationstreamer-syrian-cabinet';
UPDATE positions SET start_earliest = '2025-03-29', start_latest = '2025-03-30', start_basis = 'stated', end_basis = 'ongoing', evidence_status = 'disputed',
  note = 'Education minister in the transitional cabinet sworn in on 29 or 30 March 2025 (see the discrepancy); in office as of the newest page that shows him (end_earliest).' WHERE position_id = 'mohammed-turko-minister';
INSERT INTO citations (position_id, source_id, locator) VALUES ('mohammed-turko-minister', 'informationstreamer-syrian-cabinet', 'paragraphs 2 and 4');
INSERT INTO discrepancies (discrepancy_id, title, position_id, note) VALUES ('syrian-cabinet-day', 'The day Syria''s transitional cabinet was sworn in', 'mohammed-turko-minister', 'The cabinet was announced on a Saturday, 29 March 2025; one page dated the next day gives that day.');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('cabinet-29-march', 'syrian-cabinet-day', 'a', 'The cabinet was sworn in on 29 March 2025.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('cabinet-29-march', 'themedialine-syrian-cabinet', 'photo caption');
INSERT INTO discrepancy_claims (claim_id, discrepancy_id, side, claim) VALUES ('cabinet-30-march', 'syrian-cabinet-day', 'b', 'The cabinet was inaugurated on 30 March 2025.');
INSERT INTO citations (claim_id, source_id, locator) VALUES ('cabinet-30-march', 'informationstreamer-syrian-cabinet', 'paragraph 2');

UPDATE change_context SET reason = 'Eyyubov has been first deputy prime minister since 13 February 2003, by the cabinet table of Wikipedia.', source_id = 'freedictionary-cabinet-az';
UPDATE positions SET start_earliest = '2003-02-13', start_latest = '2003-02-13', start_basis = 'stated', end_basis = 'ongoing',
  note = 'Since 13 February 2003; in office as of the newest page that shows him (end_earliest).' WHERE position_id = 'yagub-eyyubov-first-deputy-pm';
INSERT INTO citations (position_id, source_id, locator) VALUES ('yagub-eyyubov-first-deputy-pm', 'freedictionary-cabinet-az', 'table of cabinet members');

UPDATE change_context SET reason = 'Sharifov was made deputy prime minister on 10 January, the year left out; nineteen years after becoming finance minister in 2006 puts it in 2025.', source_id = 'turan-789029';
UPDATE positions SET start_earliest = '2025-01-10', start_latest = '2025-01-10', start_basis = 'inferred', end_basis = 'ongoing',
  note = 'Turan gives 10 January without a year; finance minister since 2006 and a 19-year tenure place it in 2025. In office as of the newest page that shows him (end_earliest).' WHERE position_id = 'samir-sharifov-deputy-pm';
INSERT INTO citations (position_id, source_id, locator) VALUES ('samir-sharifov-deputy-pm', 'turan-789029', 'paragraphs 1-2');

UPDATE change_context SET reason = 'Jabbarov was appointed economy minister on 23 October, the year left out; the prime minister''s resignation of Tuesday 8 October before it places it in 2019.', source_id = 'caucasuswatch-2151';
UPDATE positions SET start_earliest = '2019-10-23', start_latest = '2019-10-23', start_basis = 'inferred', end_basis = 'ongoing',
  note = 'Caucasus Watch gives 23 October without a year, after Novruz Mammadov''s resignation on 8 October; commonspace.eu has the new prime minister approved on Tuesday 8 October, which places it in 2019. In office as of the newest page that shows him (end_earliest).' WHERE position_id = 'mikayil-jabbarov-economy-minister';
INSERT INTO citations (position_id, source_id, locator) VALUES ('mikayil-jabbarov-economy-minister', 'caucasuswatch-2151', 'paragraph 3');
INSERT INTO citations (position_id, source_id, locator) VALUES ('mikayil-jabbarov-economy-minister', 'commonspace-asadov', 'paragraph 1');

UPDATE change_context SET reason = 'Amrullayev became minister of science and education when the ministry was renamed on 28 July 2022; a page says no appointment order was signed then.', source_id = 'kiwix-amrullayev';
UPDATE positions SET start_earliest = '2022-07-28', start_latest = '2022-07-28', start_basis = 'stated', end_basis = 'ongoing',
  note = 'From 28 July 2022, when the Ministry of Education was renamed; Unikal reported that no order appointing a minister of science and education had been signed then. Minister of Education from 27 July 2020.' WHERE position_id = 'emin-amrullayev-minister';
INSERT INTO citations (position_id, source_id, locator) VALUES ('emin-amrullayev-minister', 'kiwix-amrullayev', 'infobox');
INSERT INTO citations (position_id, source_id, locator) VALUES ('emin-amrullayev-minister', 'unikal-342197', 'paragraphs 1-2');

UPDATE change_context SET reason = 'Natig Aliyev was minister of industry and energy from a decree reported on 13 December 2005 until 2013.', source_id = 'novator-2017-06-09';
UPDATE positions SET start_earliest = '2005-01-01', start_latest = '2005-12-13', end_earliest = '2013-01-01', end_latest = '2013-12-31', start_basis = 'reported', end_basis = 'stated',
  note = 'Appointed by a decree reported on 13 December 2005; the obituary gives 2005-2013, then Minister of Energy until his death in 2017.' WHERE position_id = 'natig-aliyev-minister';
INSERT INTO citations (position_id, source_id, locator) VALUES ('natig-aliyev-minister', 'ng-ru-2005-12-13', 'paragraph 1');
INSERT INTO citations (position_id, source_id, locator) VALUES ('natig-aliyev-minister', 'novator-2017-06-09', 'paragraph 4');

UPDATE change_context SET reason = 'Sufian Allaw took up the oil ministry on 11 February 2006; no stored page gives the end of his term.', source_id = 'freelibrary-allaw';
UPDATE positions SET start_earliest = '2006-02-11', start_latest = '2006-02-11', start_basis = 'stated', end_basis = 'attested',
  note = 'Took up the post on 11 February 2006; the end of his term is bounded only by the last day a page shows him in office.' WHERE position_id = 'sufian-allaw-minister';
INSERT INTO citations (position_id, source_id, locator) VALUES ('sufian-allaw-minister', 'freelibrary-allaw', 'paragraph 1');

UPDATE change_context SET reason = 'Hajizada is shown as the ministry''s spokesman from the convoy dispatch of 30 December 2024.', source_id = 'trend-3988812';
UPDATE positions SET start_latest = '2024-12-30', start_basis = 'attested', end_basis = 'attested',
  note = 'No stored page dates his appointment; the bounds are days pages show him in office.' WHERE position_id = 'aykhan-hajizada-spokesperson';
INSERT INTO citations (position_id, source_id, locator) VALUES ('aykhan-hajizada-spokesperson', 'trend-3988812', 'paragraph 1');

-- Heads of mission and their rank.
UPDATE change_context SET reason = 'The heads of the embassy in Damascus and their diplomatic rank, from the pages already cited.', source_id = 'mehrnews-228488';
UPDATE positions SET start_earliest = '2025-01-18', start_latest = '2025-02-17', start_basis = 'reported', end_earliest = '2026-01-27', end_basis = 'attested', diplomatic_rank = 'charge_d_affaires',
  note = 'In Damascus and at work by the ministry''s announcement of 17 February 2025, after Bayramov''s of 18 January that a chargé would be sent; a page of 27 January 2026 still shows him as chargé d''affaires.' WHERE position_id = 'elnur-shahhuseynov-charge';
UPDATE positions SET diplomatic_rank = 'ambassador', start_basis = 'stated', end_basis = 'stated' WHERE position_id = 'mahir-aliyev-ambassador';

-- Every other office: the days the pages show are all that bounds it.
UPDATE change_context SET reason = 'Offices for which no stored page gives a term are bounded by the days pages show the person in office, and now say so.', source_id = NULL;
UPDATE positions SET start_basis = 'attested' WHERE start_basis IS NULL AND start_latest IS NOT NULL;
UPDATE positions SET end_basis = 'attested' WHERE end_basis IS NULL AND end_earliest IS NOT NULL;

UPDATE change_context SET reason = NULL, source_id = NULL;
