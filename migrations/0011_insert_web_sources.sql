-- 0011: the public web pages that confirm, correct or extend the article (government sites and
-- news agencies), one row per page, read from stored copies on 2026-11-27. Titles are our own
-- short descriptions of each page, not the pages' headlines. date_published is filled only where
-- the page's own date is known; the language is the page's.
-- Three rows are claims whose pages' addresses were not kept (kind 'unrecorded_page'): they are
-- cited only as one side of a discrepancy, and say so.

INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('mfa-az-syria', 'web_page', 'Azerbaijani Foreign Ministry page on relations with Syria', 'Ministry of Foreign Affairs of the Republic of Azerbaijan',
   'https://mfa.gov.az/en/category/asia-and-oceania/syrian-arab-republic', 'en', NULL, '2026-11-27',
   'Lists recognition, the start of relations, mutual visits, the joint commission, the number of documents signed and trade figures from the State Statistical Committee.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('yenixeber-127308', 'web_page', 'Report that Azerbaijan will appoint an ambassador to Syria', 'Yeni Xəbər',
   'https://yenixeber.az/azerbaycan-suriyaya-sefir-teyin-edecek-127308', 'az', NULL, '2026-11-27', 'A secondary page.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('yenixeber-127229', 'web_page', 'Report on whether Azerbaijan has an embassy in Syria', 'Yeni Xəbər',
   'https://yenixeber.az/azerbaycanda-suriya-sefirliyi-varmi-irevan-ve-tbiliside-yeni-bayraq-qaldirildi-127229', 'az', NULL, '2026-11-27', 'Cites KONKRET.az.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('aliyev-heritage-6299865', 'web_page', 'Heydar Aliyev and Hafez al-Assad talk in Tehran, 9 December 1997', 'lib.aliyev-heritage.org',
   'https://lib.aliyev-heritage.org/en/6299865.html', 'en', NULL, '2026-11-27', 'The page title names the talk, the place and the date.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('presidentassad-394', 'web_page', 'President al-Assad''s visit to Azerbaijan, 8-9 July 2009', 'presidentassad.net',
   'http://www.presidentassad.net/index.php?option=com_content&view=article&id=394:presidents-al-assad-azerbaijan-visit-july-8-9-2009&catid=115&Itemid=496', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('thawra-20090709', 'web_page', 'Al-Thawra on the documents signed during Assad''s visit to Baku', 'Al-Thawra',
   'http://archive.thawra.sy/_print_veiw.asp?FileName=65212812520090709003515', 'ar', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('elaph-458971', 'web_page', 'Elaph on the agreements of Assad''s visit to Azerbaijan', 'Elaph',
   'https://elaph.com/Web/Politics/2009/7/458971.htm', 'ar', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('syria-oil-469', 'web_page', 'Assad on Azerbaijani gas sales to Syria', 'syria-oil.com',
   'https://www.syria-oil.com/english/?p=469', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('aze-az-38342', 'web_page', 'Syria intends to conclude a gas purchase agreement with Azerbaijan', 'aze.az',
   'https://aze.az/news_siriya_namerena_zaklyuchi_38342.html', 'ru', NULL, '2026-11-27', 'Gives 3 March; the year comes from the page''s context.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('syria-oil-871', 'web_page', 'First session of the Syrian-Azerbaijani joint commission (1)', 'syria-oil.com',
   'https://www.syria-oil.com/english/?p=871', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('syria-oil-874', 'web_page', 'First session of the Syrian-Azerbaijani joint commission (2)', 'syria-oil.com',
   'https://www.syria-oil.com/english/?p=874', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('syria-oil-875', 'web_page', 'Ilham Aliyev receives the Syrian oil minister', 'syria-oil.com',
   'https://www.syria-oil.com/english/?p=875', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('br-az-20120412', 'web_page', 'Azerbaijani MFA: the embassy in Syria is working', 'br.az',
   'https://br.az/politics/20120412124532291.html', 'ru', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('jam-news-reopening', 'web_page', 'Azerbaijan reopens its embassy in Syria after a 13-year closure', 'JAMnews',
   'https://jam-news.net/azerbaijan-reopens-embassy-in-syria-after-13-year-closure', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('sauress-432869', 'web_page', 'Report on the Azerbaijani ambassador leaving Damascus', 'sauress.com (Al-Sharq)',
   'https://sauress.com/alsharq/432869', 'ar', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('azathabar-24669203', 'web_page', 'Report on Azerbaijan withdrawing its embassy staff from Syria', 'Azatlyk Radiosy (azathabar.com)',
   'https://www.azathabar.com/a/24669203.html', 'tk', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('1news-20121122', 'web_page', 'Azerbaijani MFA on the killing of compatriots in Syria; the embassy''s activity suspended', '1news.az',
   'https://1news.az/news/20121122124233625-My-ne-raspolagaem-novoi-informatsiei-v-svyazi-s-ubiistvom-v-Sirii-nashikh-sootechestvennikov-MID-AR', 'ru', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('caspiannews-20241211', 'web_page', 'Azerbaijan reaffirms backing for Syria''s sovereignty after Assad''s fall', 'Caspian News',
   'https://caspiannews.com/news-detail/azerbaijan-reaffirms-backing-for-syrias-sovereignty-following-assads-fall-2024-12-11-0/', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('turan-788739', 'web_page', 'After 12 years the Azerbaijani embassy will resume work in Syria', 'Turan',
   'https://turan.az/en/politics/after-12-years-azerbaijani-embassy-to-resume-operations-in-syria-788739', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('menafn-1109041427', 'web_page', 'Azerbaijan''s deputy foreign minister visits Syria', 'MENAFN',
   'https://menafn.com/1109041427/Azerbaijan-Deputy-Foreign-Minister-Visits-Syria', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('news-az-aid-to-syria', 'web_page', 'Azerbaijan sends humanitarian aid to Syria', 'News.az',
   'https://news.az/news/azerbaijan-sends-humanitarian-aid-to-syria', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('trend-3988812', 'web_page', 'Trend on the first Azerbaijani aid convoy to Syria', 'Trend News Agency',
   'https://en.trend.az/azerbaijan/politics/3988812.html', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('caspiannews-20250106', 'web_page', 'Azerbaijan''s 200-tonne humanitarian aid reaches Syria', 'Caspian News',
   'https://www.caspiannews.com/news-detail/azerbaijans-200-ton-humanitarian-aid-reaches-syria-2025-1-6-4/', 'en', NULL, '2026-11-27',
   'A photo caption misprints the year as 2024.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('sng-today-39980', 'web_page', 'Bayramov and Fidan''s press conference in Baku: a charge d''affaires for Syria', 'sng.today',
   'https://sng.today/baku/39980', 'ru', NULL, '2026-11-27', 'The full address continues with a slug that was not kept.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('caliber-13-year-hiatus', 'web_page', 'Azerbaijan resumes its diplomatic presence in Syria after a 13-year hiatus', 'Caliber.az',
   'https://caliber.az/en/post/mfa-azerbaijan-resumes-diplomatic-presence-in-syria-after-13-year-hiatus', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('vestikavkaza-173532', 'web_page', 'Vestnik Kavkaza on the embassy resuming work in Damascus', 'Vestnik Kavkaza',
   'https://en.vestikavkaza.ru/material/173532', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('mehrnews-228488', 'web_page', 'Azerbaijani embassy in Syria resumes operations after 13 years', 'Mehr News Agency',
   'https://en.mehrnews.com/news/228488/Azerbaijani-Embassy-in-Syria-resumes-operations-after-13-yrs', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('news-az-embassy-reopens', 'web_page', 'Azerbaijan reopens its embassy in Syria after a 13-year break', 'News.az',
   'https://news.az/news/azerbaijan-reopens-embassy-in-syria-after-13-year-break', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('sana-352146', 'web_page', 'SANA on the Azerbaijani charge d''affaires in Damascus', 'SANA',
   'https://sana.sy/en/?p=352146', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('trend-4011619', 'web_page', 'Trend on Azerbaijani aid handed out at Karakopru camp', 'Trend News Agency',
   'https://en.trend.az/azerbaijan/politics/4011619.html', 'en', '2025-02-28', '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('trend-4017550', 'web_page', 'Bayramov on Syria''s place in the OIC', 'Trend News Agency',
   'https://en.trend.az/azerbaijan/politics/4017550.html', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('trend-4022941', 'web_page', 'Trend on the iftars for orphaned children in Syria', 'Trend News Agency',
   'https://en.trend.az/azerbaijan/society/4022941.html', 'en', '2025-03-28', '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('yenilik-36481', 'web_page', 'Aliyev at ADA University: we support the Syrian government', 'yenilik.az',
   'https://yenilik.az/resmi/36481-biz-suriya-hokumetini-destekleyirik.html', 'az', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('azertag-3500091', 'web_page', 'President Ilham Aliyev meets the interim President of Syria in Antalya', 'AZERTAC',
   'https://azertag.az/en/xeber/president_ilham_aliyev_met_with_interim_president_of_syria_in_antalya_video-3500091', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('azertag-3538907', 'web_page', 'Azerbaijani delegation visits Syria', 'AZERTAC',
   'https://azertag.az/en/xeber/azerbaijani_delegation_visits_syria-3538907', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('alikhbariah-16878', 'web_page', 'Al-Ikhbariah on al-Sharaa''s visit to Azerbaijan', 'alikhbariah.com',
   'https://alikhbariah.com/?p=16878', 'ar', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('oc-media-deputy-pm', 'web_page', 'Azerbaijan''s deputy prime minister visits Syria', 'OC Media',
   'https://oc-media.org/azerbaijans-deputy-pm-visits-syria/', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('trend-4054348', 'web_page', 'Trend on Eid al-Adha meat for Syrian families', 'Trend News Agency',
   'https://en.trend.az/azerbaijan/society/4054348.html', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('news-az-bilateral-ties', 'web_page', 'Azerbaijan and Syria discuss bilateral ties and regional security', 'News.az',
   'https://news.az/news/azerbaijan-syria-discuss-development-of-bilateral-ties-regional-security-issues', 'en', '2025-06-21', '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('news-az-extended-meeting', 'web_page', 'President Aliyev holds an extended meeting with Syria''s transitional president', 'News.az',
   'https://news.az/news/president-aliyev-holds-extended-meeting-with-syrias-transitional-president', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('timeturk-1816590', 'web_page', 'TimeTurk on the Syrian leader''s visit to Azerbaijan', 'TimeTurk',
   'https://www.timeturk.com/dunya/suriye-lideri-sara-dan-azerbaycan-a-resmi-ziyaret-haber-1816590', 'tr', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('vestikavkaza-176406', 'web_page', 'Vestnik Kavkaza on the SOCAR gas memorandum with Syria', 'Vestnik Kavkaza',
   'https://en.vestikavkaza.ru/material/176406', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('trtworld-eadfb23f41b9', 'web_page', 'TRT World on the SOCAR-Syria gas memorandum', 'TRT World',
   'https://www.trtworld.com/article/eadfb23f41b9', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('memo-20250712', 'web_page', 'Azerbaijan''s state oil company signs a gas supply memorandum with Syria', 'Middle East Monitor',
   'https://www.middleeastmonitor.com/20250712-azerbaijans-state-oil-company-signs-gas-supply-mou-with-syria/', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('azernews-245477', 'web_page', 'AzerNews on the start of Azerbaijani gas flows to Syria', 'AzerNews',
   'https://www.azernews.az/oil_and_gas/245477.html', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('menafn-1109876042', 'web_page', 'Türkiye marks the start of Azerbaijani gas flowing to Syria', 'MENAFN',
   'https://menafn.com/1109876042/Tu%CC%88rkiye-Rolls-Out-Red-Carpet-For-Grand-Kickoff-Of-Azerbaijani-Gas-Flowing-To-Syria-PHOTO', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('regionplus-8798', 'web_page', 'Region Plus on the Kilis ceremony for gas to Syria', 'regionplus.az',
   'https://regionplus.az/en/articles/view/8798', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('report-az-gas-volume', 'web_page', 'Report: Azerbaijan may raise gas volumes to Syria', 'Report.az',
   'https://report.az/energetika/azerbaycan-suriyaya-qazin-hecmini-artira-biler/', 'az', '2025-08-27', '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('day-az-1778668', 'web_page', 'Day.Az on SOCAR and UCC Holding memoranda for Syria', 'Day.Az',
   'https://news.day.az/economy/1778668.html', 'ru', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('report-az-syrian-embassy', 'web_page', 'Azerbaijan hopes Syria will soon open an embassy in Baku', 'Report.az',
   'https://report.az/en/foreign-politics/azerbaijan-hopes-for-soonest-opening-of-syrian-embassy-in-baku', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('trend-4126137', 'web_page', 'Trend on the SOCAR-UCC jet fuel memorandum for Damascus airport', 'Trend News Agency',
   'https://www.trend.az/business/4126137.html', 'en', '2025-12-05', '2026-11-27', 'Gives no day, place or signer of the memorandum.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('trend-ru-4155490', 'web_page', 'Trend on Azerbaijan''s gas exports to Syria in 2025', 'Trend News Agency',
   'https://ru.trend.az/business/energy/4155490.html', 'ru', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('azernews-252720', 'web_page', 'AzerNews on Azerbaijan-Syria trade in January-November 2025', 'AzerNews',
   'https://www.azernews.az/nation/252720.html', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('trend-ru-4139107', 'web_page', 'Trend on a planned Azerbaijan-Syria business council', 'Trend News Agency',
   'https://ru.trend.az/business/4139107.html', 'ru', '2026-01-07', '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('vestikavkaza-ru-energy', 'web_page', 'Vestnik Kavkaza: Azerbaijan and Syria hold energy talks', 'Vestnik Kavkaza',
   'https://vestikavkaza.ru/news/azerbajdzan-i-siria-proveli-peregovory-po-energetike.html', 'ru', '2026-01-27', '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('trend-4154567', 'web_page', 'Trend on the Azerbaijan-Syria-ICESCO agreement on schools', 'Trend News Agency',
   'https://www.trend.az/azerbaijan/society/4154567.html', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('levant24-14134', 'web_page', 'Levant24 on Azerbaijan funding Syrian schools', 'Levant24',
   'https://levant24.com/?p=14134', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('report-az-ru-schools', 'web_page', 'Report: Azerbaijan will build about 10 new schools in Syria', 'Report.az',
   'https://report.az/ru/vneshnyaya-politika/azerbajdzhan-postroit-okolo-10-novyh-shkol-v-sirii', 'ru', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('report-az-aviation', 'web_page', 'Baku and Damascus discuss cooperation in civil aviation', 'Report.az',
   'https://report.az/en/foreign-politics/baku-damascus-mull-prospects-for-co-op-in-aviation-sector', 'en', '2026-03-04', '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('report-az-phone-call', 'web_page', 'Presidents of Azerbaijan and Syria discuss tensions in the Middle East', 'Report.az',
   'https://report.az/en/foreign-politics/presidents-of-azerbaijan-and-syria-discuss-tensions-in-middle-east', 'en', NULL, '2026-11-27', NULL);
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('dawn-1923739', 'web_page', 'Syrian and Israeli officials to meet in Baku, says a diplomatic source', 'Dawn',
   'https://www.dawn.com/news/1923739/syrian-israeli-officials-to-meet-in-baku-diplomatic-source-in-damascus', 'en', NULL, '2026-11-27',
   'Attributes the claim to an unnamed diplomatic source.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('oc-media-israel-baku', 'web_page', 'Syrian and Israeli ministers reportedly meet again in Baku', 'OC Media',
   'https://oc-media.org/syrian-and-israeli-ministers-reportedly-hold-new-meeting-in-baku/', 'en', NULL, '2026-11-27',
   'Attributes the claim to unnamed sources.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('wikipedia-unrecorded', 'unrecorded_page', 'Wikipedia (English) on Azerbaijan-Syria relations', 'Wikipedia', NULL, 'en', NULL, '2026-11-27',
   'Named in our research notes as giving other counts and dates, not confirmed elsewhere; its address was not kept. Cited only as one side of a discrepancy.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('working-visit-reports-unrecorded', 'unrecorded_page', 'Reports calling al-Sharaa''s July 2025 trip a working visit (AZERTAC as quoted by a Turkish page; Trend and Day.Az in Russian)', 'AZERTAC, Trend, Day.Az', NULL, 'ru', NULL, '2026-11-27',
   'Their addresses were not kept. Cited only as one side of a discrepancy.');
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note) VALUES
  ('official-visit-reports-unrecorded', 'unrecorded_page', 'Reports calling al-Sharaa''s July 2025 trip an official visit (Anadolu/TRT, Vestnik Kavkaza)', 'Anadolu Agency, TRT, Vestnik Kavkaza', NULL, 'en', NULL, '2026-11-27',
   'Their addresses were not kept. Cited only as one side of a discrepancy.');
