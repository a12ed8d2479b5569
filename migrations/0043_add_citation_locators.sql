-- 0043: Where on its page each web citation's fact stands. Release 2.0.0 left 239 citations of web
-- pages without a locator; each page was read again from its stored copy and every citation given
-- the paragraph, heading, table row or caption that states its fact (counted as the stored text
-- runs: a headline, a dateline or a photo caption is named as such, not counted). Citations whose
-- page does not state their fact in its stored text are withdrawn, after the fact is cited to a
-- stored page that does; a citation repeated on the same row is withdrawn as a duplicate; two
-- pages that cannot be found again among the stored copies are withdrawn with their citations.

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = '1news-20121122';
UPDATE citations SET locator = 'dateline and paragraphs 2-3' WHERE citation_id = 229 AND source_id = '1news-20121122' AND event_id = 'mfa-refers-to-suspension';
UPDATE citations SET locator = 'paragraph 3' WHERE citation_id = 233 AND source_id = '1news-20121122' AND statement_id = 'mfa-embassy-activity-suspended';
UPDATE citations SET locator = 'paragraph 3' WHERE citation_id = 343 AND source_id = '1news-20121122' AND claim_id = 'suspension-august-2012';
UPDATE citations SET locator = 'paragraph 3' WHERE citation_id = 344 AND source_id = '1news-20121122' AND claim_id = 'suspension-of-embassy';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'alikhbariah-16878';
UPDATE citations SET locator = 'paragraphs 1-3' WHERE citation_id = 277 AND source_id = 'alikhbariah-16878' AND event_id = 'al-sharaa-visits-baku';
UPDATE citations SET locator = 'paragraph 6' WHERE citation_id = 354 AND source_id = 'alikhbariah-16878' AND claim_id = 'antalya-14-april';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'aliyev-heritage-6299865';
UPDATE citations SET locator = 'heading' WHERE citation_id = 90 AND source_id = 'aliyev-heritage-6299865' AND place_id = 'tehran';
UPDATE citations SET locator = 'heading' WHERE citation_id = 124 AND source_id = 'aliyev-heritage-6299865' AND person_id = 'hafez-al-assad';
UPDATE citations SET locator = 'heading' WHERE citation_id = 125 AND source_id = 'aliyev-heritage-6299865' AND person_id = 'heydar-aliyev';
UPDATE citations SET locator = 'heading' WHERE citation_id = 161 AND source_id = 'aliyev-heritage-6299865' AND position_id = 'hafez-al-assad-president';
UPDATE citations SET locator = 'heading' WHERE citation_id = 199 AND source_id = 'aliyev-heritage-6299865' AND position_id = 'heydar-aliyev-president';
UPDATE citations SET locator = 'heading' WHERE citation_id = 214 AND source_id = 'aliyev-heritage-6299865' AND event_id = 'heydar-aliyev-hafez-al-assad-tehran-talk';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'azathabar-24669203';
UPDATE citations SET locator = 'headline and paragraphs 1-2' WHERE citation_id = 236 AND source_id = 'azathabar-24669203' AND event_id = 'embassy-suspended';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 341 AND source_id = 'azathabar-24669203' AND claim_id = 'suspension-august-2012';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'aze-az-38342';
UPDATE citations SET locator = 'answer to the first question, paragraph 1' WHERE citation_id = 106 AND source_id = 'aze-az-38342' AND organization_id = 'ministry-industry-energy-azerbaijan';
UPDATE citations SET locator = 'answer to the first question, paragraph 1' WHERE citation_id = 132 AND source_id = 'aze-az-38342' AND person_id = 'natig-aliyev';
UPDATE citations SET locator = 'answer to the first question, paragraph 1' WHERE citation_id = 169 AND source_id = 'aze-az-38342' AND position_id = 'natig-aliyev-minister';
UPDATE citations SET locator = 'answer to the first question, paragraph 2' WHERE citation_id = 222 AND source_id = 'aze-az-38342' AND event_id = 'gas-talks-document-signed';
UPDATE citations SET locator = 'answer to the first question, paragraph 2' WHERE citation_id = 223 AND source_id = 'aze-az-38342' AND event_id = 'gas-working-groups-initial-draft';
UPDATE citations SET locator = 'answer to the first question, paragraph 2' WHERE citation_id = 307 AND source_id = 'aze-az-38342' AND agreement_id = 'gas-talks-document-2010';
UPDATE citations SET locator = 'answer to the first question, paragraph 2' WHERE citation_id = 355 AND source_id = 'aze-az-38342' AND claim_id = 'gas-document-3-march';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'azernews-245477';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 93 AND source_id = 'azernews-245477' AND place_id = 'kilis';
UPDATE citations SET locator = 'paragraph 3' WHERE citation_id = 188 AND source_id = 'azernews-245477' AND position_id = 'mikayil-jabbarov-economy-minister';
UPDATE citations SET locator = 'dateline and paragraphs 1-3' WHERE citation_id = 281 AND source_id = 'azernews-245477' AND event_id = 'gas-deliveries-begin-kilis';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'azertag-3500091';
UPDATE citations SET locator = 'dateline and paragraph 1' WHERE citation_id = 91 AND source_id = 'azertag-3500091' AND place_id = 'antalya';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 203 AND source_id = 'azertag-3500091' AND position_id = 'ahmed-al-sharaa-president';
UPDATE citations SET locator = 'dateline and paragraph 1' WHERE citation_id = 269 AND source_id = 'azertag-3500091' AND event_id = 'first-aliyev-al-sharaa-meeting';
UPDATE citations SET locator = 'dateline and paragraph 1' WHERE citation_id = 353 AND source_id = 'azertag-3500091' AND claim_id = 'antalya-11-april';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'azertag-3538907';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 158 AND source_id = 'azertag-3538907' AND person_id = 'samir-sharifov';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 209 AND source_id = 'azertag-3538907' AND position_id = 'samir-sharifov-deputy-pm';
UPDATE citations SET locator = 'paragraph 3' WHERE citation_id = 270 AND source_id = 'azertag-3538907' AND event_id = 'first-aliyev-al-sharaa-meeting';
UPDATE citations SET locator = 'dateline and paragraphs 1-3' WHERE citation_id = 271 AND source_id = 'azertag-3538907' AND event_id = 'sharifov-delegation-visits-syria';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'br-az-20120412';
UPDATE citations SET locator = 'dateline and paragraphs 1-2' WHERE citation_id = 228 AND source_id = 'br-az-20120412' AND event_id = 'mfa-says-embassy-still-working';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 232 AND source_id = 'br-az-20120412' AND statement_id = 'mfa-embassy-continues-work';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 342 AND source_id = 'br-az-20120412' AND claim_id = 'suspension-august-2012';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'caliber-13-year-hiatus';
UPDATE citations SET locator = 'paragraph 7' WHERE citation_id = 155 AND source_id = 'caliber-13-year-hiatus' AND person_id = 'ahmed-al-sharaa';
UPDATE citations SET locator = 'paragraph 7' WHERE citation_id = 202 AND source_id = 'caliber-13-year-hiatus' AND position_id = 'ahmed-al-sharaa-president';
UPDATE citations SET locator = 'paragraph 7' WHERE citation_id = 253 AND source_id = 'caliber-13-year-hiatus' AND event_id = 'al-sharaa-named-president';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 260 AND source_id = 'caliber-13-year-hiatus' AND event_id = 'embassy-resumes-operations';
UPDATE citations SET locator = 'headline and paragraph 1' WHERE citation_id = 347 AND source_id = 'caliber-13-year-hiatus' AND claim_id = 'hiatus-thirteen-years';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'caspiannews-20250106';
UPDATE citations SET locator = 'photo caption and paragraphs 1-2' WHERE citation_id = 246 AND source_id = 'caspiannews-20250106' AND event_id = 'first-aid-convoy-enters-syria';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'day-az-1778668';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 116 AND source_id = 'day-az-1778668' AND organization_id = 'ucc-holding';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 146 AND source_id = 'day-az-1778668' AND person_id = 'rovshan-najaf';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 147 AND source_id = 'day-az-1778668' AND person_id = 'ramez-al-khayyat';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 192 AND source_id = 'day-az-1778668' AND position_id = 'rovshan-najaf-socar-president';
UPDATE citations SET locator = 'page date and paragraphs 1-2' WHERE citation_id = 286 AND source_id = 'day-az-1778668' AND event_id = 'socar-ucc-energy-memoranda-signed';
UPDATE citations SET locator = 'paragraphs 1-3' WHERE citation_id = 312 AND source_id = 'day-az-1778668' AND agreement_id = 'socar-ucc-energy-memoranda-2025';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'elaph-458971';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 303 AND source_id = 'elaph-458971' AND agreement_id = 'assad-visit-documents-2009';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 304 AND source_id = 'elaph-458971' AND agreement_id = 'joint-commission-memorandum-2009';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'jam-news-reopening';
UPDATE citations SET locator = 'section "Embassy closure in 2012", paragraph 1' WHERE citation_id = 234 AND source_id = 'jam-news-reopening' AND event_id = 'embassy-suspended';
UPDATE citations SET locator = 'paragraphs 5-7' WHERE citation_id = 254 AND source_id = 'jam-news-reopening' AND event_id = 'aliyev-congratulates-al-sharaa';
UPDATE citations SET locator = 'paragraphs 5-7' WHERE citation_id = 255 AND source_id = 'jam-news-reopening' AND statement_id = 'aliyev-letter-congratulates-and-invites';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 261 AND source_id = 'jam-news-reopening' AND event_id = 'embassy-resumes-operations';
UPDATE citations SET locator = 'section "Embassy closure in 2012", paragraph 1' WHERE citation_id = 339 AND source_id = 'jam-news-reopening' AND claim_id = 'suspension-august-2012';
UPDATE citations SET locator = 'section "Embassy closure in 2012", paragraphs 1-2' WHERE citation_id = 345 AND source_id = 'jam-news-reopening' AND claim_id = 'suspension-of-embassy';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 350 AND source_id = 'jam-news-reopening' AND claim_id = 'hiatus-thirteen-years';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'levant24-14134';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 292 AND source_id = 'levant24-14134' AND event_id = 'rabat-schools-agreement-signed';
UPDATE citations SET locator = 'paragraphs 1-2 and the section "$30 Million Initiative Covering 110 Schools"' WHERE citation_id = 315 AND source_id = 'levant24-14134' AND agreement_id = 'rabat-schools-partnership-2026';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'mehrnews-228488';
UPDATE citations SET locator = 'dateline and paragraphs 1-2' WHERE citation_id = 257 AND source_id = 'mehrnews-228488' AND event_id = 'embassy-resumes-operations';
UPDATE citations SET locator = 'headline and paragraph 1' WHERE citation_id = 348 AND source_id = 'mehrnews-228488' AND claim_id = 'hiatus-thirteen-years';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'memo-20250712';
UPDATE citations SET locator = 'dateline and paragraphs 1-2' WHERE citation_id = 280 AND source_id = 'memo-20250712' AND event_id = 'socar-syria-gas-mou-signed';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 310 AND source_id = 'memo-20250712' AND agreement_id = 'socar-syria-gas-mou-2025';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'menafn-1109041427';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 208 AND source_id = 'menafn-1109041427' AND position_id = 'yalchin-rafiyev-deputy-foreign-minister';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 240 AND source_id = 'menafn-1109041427' AND event_id = 'rafiyev-visits-damascus';
UPDATE citations SET locator = 'paragraph 4' WHERE citation_id = 243 AND source_id = 'menafn-1109041427' AND statement_id = 'rafiyev-offers-reconstruction-experience';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'menafn-1109876042';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 191 AND source_id = 'menafn-1109876042' AND position_id = 'fahad-al-sulaiti-qatar-fund';
UPDATE citations SET locator = 'page date and paragraphs 1-3' WHERE citation_id = 282 AND source_id = 'menafn-1109876042' AND event_id = 'gas-deliveries-begin-kilis';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'mfa-az-syria';
UPDATE citations SET locator = 'section "Economic cooperation", paragraph 1' WHERE citation_id = 102 AND source_id = 'mfa-az-syria' AND organization_id = 'government-azerbaijan';
UPDATE citations SET locator = 'section "Economic cooperation", paragraph 1' WHERE citation_id = 104 AND source_id = 'mfa-az-syria' AND organization_id = 'joint-commission';
UPDATE citations SET locator = 'section "Mutual visits of the Ministers of Foreign Affairs", item 1' WHERE citation_id = 130 AND source_id = 'mfa-az-syria' AND person_id = 'elmar-mammadyarov';
UPDATE citations SET locator = 'section "Mutual visits of the Ministers of Foreign Affairs", item 2' WHERE citation_id = 131 AND source_id = 'mfa-az-syria' AND person_id = 'walid-al-muallem';
UPDATE citations SET locator = 'section "Mutual visits of the Ministers of Foreign Affairs", item 3' WHERE citation_id = 135 AND source_id = 'mfa-az-syria' AND person_id = 'faisal-al-mikdad';
UPDATE citations SET locator = 'section "Mutual visits of the Heads of the States", item 1' WHERE citation_id = 163 AND source_id = 'mfa-az-syria' AND position_id = 'bashar-al-assad-president';
UPDATE citations SET locator = 'section "Mutual visits of the Ministers of Foreign Affairs", item 1' WHERE citation_id = 167 AND source_id = 'mfa-az-syria' AND position_id = 'elmar-mammadyarov-foreign-minister';
UPDATE citations SET locator = 'section "Mutual visits of the Ministers of Foreign Affairs", item 2' WHERE citation_id = 168 AND source_id = 'mfa-az-syria' AND position_id = 'walid-al-muallem-foreign-minister';
UPDATE citations SET locator = 'section "Mutual visits of the Ministers of Foreign Affairs", item 3' WHERE citation_id = 174 AND source_id = 'mfa-az-syria' AND position_id = 'faisal-al-mikdad-foreign-minister';
UPDATE citations SET locator = 'introduction, paragraph 2' WHERE citation_id = 210 AND source_id = 'mfa-az-syria' AND event_id = 'diplomatic-relations-established';
UPDATE citations SET locator = 'introduction, paragraph 1' WHERE citation_id = 213 AND source_id = 'mfa-az-syria' AND event_id = 'syria-recognises-azerbaijan';
UPDATE citations SET locator = 'section "Mutual visits of the Ministers of Foreign Affairs", item 1, first date' WHERE citation_id = 215 AND source_id = 'mfa-az-syria' AND event_id = 'mammadyarov-visit-2007';
UPDATE citations SET locator = 'section "Mutual visits of the Ministers of Foreign Affairs", item 1, second date' WHERE citation_id = 216 AND source_id = 'mfa-az-syria' AND event_id = 'mammadyarov-visit-2009';
UPDATE citations SET locator = 'section "Mutual visits of the Ministers of Foreign Affairs", item 2' WHERE citation_id = 217 AND source_id = 'mfa-az-syria' AND event_id = 'al-muallem-visits-azerbaijan';
UPDATE citations SET locator = 'section "Mutual visits of the Heads of the States", item 1' WHERE citation_id = 218 AND source_id = 'mfa-az-syria' AND event_id = 'bashar-al-assad-visits-baku';
UPDATE citations SET locator = 'section "Economic cooperation", paragraph 1' WHERE citation_id = 221 AND source_id = 'mfa-az-syria' AND event_id = 'joint-commission-established';
UPDATE citations SET locator = 'section "Mutual visits of the Ministers of Foreign Affairs", item 3' WHERE citation_id = 231 AND source_id = 'mfa-az-syria' AND event_id = 'al-mikdad-visits-azerbaijan';
UPDATE citations SET locator = 'section "Economic cooperation", paragraph 1' WHERE citation_id = 305 AND source_id = 'mfa-az-syria' AND agreement_id = 'joint-commission-memorandum-2009';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2019' WHERE citation_id = 317 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2019-export';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2019' WHERE citation_id = 318 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2019-import';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2019' WHERE citation_id = 319 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2019-turnover';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2021' WHERE citation_id = 320 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2021-export';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2021' WHERE citation_id = 321 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2021-import';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2021' WHERE citation_id = 322 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2021-turnover';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2022' WHERE citation_id = 323 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2022-export';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2022' WHERE citation_id = 324 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2022-import';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2022' WHERE citation_id = 325 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2022-turnover';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2023 (January-October)' WHERE citation_id = 326 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2023-export';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2023 (January-October)' WHERE citation_id = 327 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2023-import';
UPDATE citations SET locator = 'section "Economic cooperation", trade table, row 2023 (January-October)' WHERE citation_id = 328 AND source_id = 'mfa-az-syria' AND trade_flow_id = 'aze-syr-2023-turnover';
UPDATE citations SET locator = 'introduction, paragraph 2' WHERE citation_id = 337 AND source_id = 'mfa-az-syria' AND claim_id = 'relations-established-march';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'news-az-aid-to-syria';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 95 AND source_id = 'news-az-aid-to-syria' AND place_id = 'cobanbey-crossing';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 96 AND source_id = 'news-az-aid-to-syria' AND place_id = 'idlib';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 118 AND source_id = 'news-az-aid-to-syria' AND organization_id = 'afad';
UPDATE citations SET locator = 'page date and paragraphs 1-2' WHERE citation_id = 244 AND source_id = 'news-az-aid-to-syria' AND event_id = 'first-aid-convoy-dispatched';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 248 AND source_id = 'news-az-aid-to-syria' AND aid_delivery_id = 'first-aid-convoy';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'news-az-embassy-reopens';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 258 AND source_id = 'news-az-embassy-reopens' AND event_id = 'embassy-resumes-operations';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 349 AND source_id = 'news-az-embassy-reopens' AND claim_id = 'hiatus-thirteen-years';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'news-az-extended-meeting';
UPDATE citations SET locator = 'page date and paragraphs 1-4' WHERE citation_id = 275 AND source_id = 'news-az-extended-meeting' AND event_id = 'al-sharaa-visits-baku';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'oc-media-deputy-pm';
UPDATE citations SET locator = 'article paragraphs 1-2 (after the site''s membership appeal)' WHERE citation_id = 272 AND source_id = 'oc-media-deputy-pm' AND event_id = 'sharifov-delegation-visits-syria';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'oc-media-israel-baku';
UPDATE citations SET locator = 'paragraph 3' WHERE citation_id = 154 AND source_id = 'oc-media-israel-baku' AND person_id = 'ron-dermer';
UPDATE citations SET locator = 'paragraphs 1-3' WHERE citation_id = 301 AND source_id = 'oc-media-israel-baku' AND event_id = 'al-shaibani-dermer-meeting-in-baku';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'presidentassad-394';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 126 AND source_id = 'presidentassad-394' AND person_id = 'bashar-al-assad';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 127 AND source_id = 'presidentassad-394' AND person_id = 'ilham-aliyev';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 162 AND source_id = 'presidentassad-394' AND position_id = 'bashar-al-assad-president';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 200 AND source_id = 'presidentassad-394' AND position_id = 'ilham-aliyev-president';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 219 AND source_id = 'presidentassad-394' AND event_id = 'bashar-al-assad-visits-baku';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'report-az-aviation';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 114 AND source_id = 'report-az-aviation' AND organization_id = 'civil-aviation-authority-syria';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 153 AND source_id = 'report-az-aviation' AND person_id = 'omar-al-husari';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 198 AND source_id = 'report-az-aviation' AND position_id = 'omar-al-husari-aviation-head';
UPDATE citations SET locator = 'dateline and paragraphs 1-2' WHERE citation_id = 294 AND source_id = 'report-az-aviation' AND event_id = 'embassy-civil-aviation-talks';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'report-az-gas-volume';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 123 AND source_id = 'report-az-gas-volume' AND organization_id = 'al-arabiya';
UPDATE citations SET locator = 'page date and paragraphs 2-4' WHERE citation_id = 285 AND source_id = 'report-az-gas-volume' AND event_id = 'aliyev-al-arabiya-interview';
UPDATE citations SET locator = 'paragraph 4' WHERE citation_id = 311 AND source_id = 'report-az-gas-volume' AND agreement_id = 'socar-syria-gas-mou-2025';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'report-az-phone-call';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 201 AND source_id = 'report-az-phone-call' AND position_id = 'ilham-aliyev-president';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 204 AND source_id = 'report-az-phone-call' AND position_id = 'ahmed-al-sharaa-president';
UPDATE citations SET locator = 'paragraphs 1-3' WHERE citation_id = 295 AND source_id = 'report-az-phone-call' AND event_id = 'al-sharaa-phones-aliyev';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'report-az-ru-schools';
UPDATE citations SET locator = 'dateline and paragraphs 3-4' WHERE citation_id = 293 AND source_id = 'report-az-ru-schools' AND event_id = 'rabat-schools-agreement-signed';
UPDATE citations SET locator = 'paragraphs 1 and 3-4' WHERE citation_id = 316 AND source_id = 'report-az-ru-schools' AND agreement_id = 'rabat-schools-partnership-2026';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'report-az-syrian-embassy';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 148 AND source_id = 'report-az-syrian-embassy' AND person_id = 'aykhan-hajizada';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 193 AND source_id = 'report-az-syrian-embassy' AND position_id = 'aykhan-hajizada-spokesperson';
UPDATE citations SET locator = 'paragraphs 1 and 5' WHERE citation_id = 287 AND source_id = 'report-az-syrian-embassy' AND event_id = 'mfa-hopes-syrian-embassy-in-baku';
UPDATE citations SET locator = 'paragraphs 1 and 5' WHERE citation_id = 298 AND source_id = 'report-az-syrian-embassy' AND statement_id = 'hajizada-hopes-for-syrian-embassy';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'sana-352146';
UPDATE citations SET locator = 'paragraph 5' WHERE citation_id = 138 AND source_id = 'sana-352146' AND person_id = 'elnur-shahhuseynov';
UPDATE citations SET locator = 'paragraph 5' WHERE citation_id = 178 AND source_id = 'sana-352146' AND position_id = 'elnur-shahhuseynov-charge';
UPDATE citations SET locator = 'paragraphs 1 and 5' WHERE citation_id = 259 AND source_id = 'sana-352146' AND event_id = 'embassy-resumes-operations';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'sauress-432869';
UPDATE citations SET locator = 'paragraph 1 (the page''s only paragraph)' WHERE citation_id = 235 AND source_id = 'sauress-432869' AND event_id = 'embassy-suspended';
UPDATE citations SET locator = 'paragraph 1 (the page''s only paragraph)' WHERE citation_id = 340 AND source_id = 'sauress-432869' AND claim_id = 'suspension-august-2012';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'sng-today-39980';
UPDATE citations SET locator = 'paragraph 1 (after the lead)' WHERE citation_id = 136 AND source_id = 'sng-today-39980' AND person_id = 'jeyhun-bayramov';
UPDATE citations SET locator = 'paragraph 1 (after the lead)' WHERE citation_id = 137 AND source_id = 'sng-today-39980' AND person_id = 'hakan-fidan';
UPDATE citations SET locator = 'paragraph 1 (after the lead)' WHERE citation_id = 175 AND source_id = 'sng-today-39980' AND position_id = 'jeyhun-bayramov-foreign-minister';
UPDATE citations SET locator = 'paragraph 1 (after the lead)' WHERE citation_id = 177 AND source_id = 'sng-today-39980' AND position_id = 'hakan-fidan-foreign-minister';
UPDATE citations SET locator = 'dateline, lead and paragraph 1' WHERE citation_id = 251 AND source_id = 'sng-today-39980' AND event_id = 'bayramov-announces-charge-for-syria';
UPDATE citations SET locator = 'lead and paragraph 1' WHERE citation_id = 252 AND source_id = 'sng-today-39980' AND statement_id = 'bayramov-charge-to-be-sent';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'syria-oil-469';
UPDATE citations SET locator = 'headline and paragraphs 1-2' WHERE citation_id = 220 AND source_id = 'syria-oil-469' AND event_id = 'assad-on-azerbaijani-gas';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 227 AND source_id = 'syria-oil-469' AND statement_id = 'assad-azerbaijan-agreed-to-sell-gas';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'syria-oil-871';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 105 AND source_id = 'syria-oil-871' AND organization_id = 'joint-commission';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 111 AND source_id = 'syria-oil-871' AND organization_id = 'ministry-oil-syria';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 133 AND source_id = 'syria-oil-871' AND person_id = 'sufian-allaw';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 170 AND source_id = 'syria-oil-871' AND position_id = 'sufian-allaw-minister';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 171 AND source_id = 'syria-oil-871' AND position_id = 'sufian-allaw-co-chair';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 224 AND source_id = 'syria-oil-871' AND event_id = 'joint-commission-first-session';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'syria-oil-874';
UPDATE citations SET locator = 'headline and paragraph 1' WHERE citation_id = 225 AND source_id = 'syria-oil-874' AND event_id = 'joint-commission-first-session';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'syria-oil-875';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 226 AND source_id = 'syria-oil-875' AND event_id = 'joint-commission-first-session';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'thawra-20090709';
UPDATE citations SET locator = 'paragraph 3, last sentence' WHERE citation_id = 302 AND source_id = 'thawra-20090709' AND agreement_id = 'assad-visit-documents-2009';
UPDATE citations SET locator = 'paragraph 3, last sentence' WHERE citation_id = 359 AND source_id = 'thawra-20090709' AND claim_id = 'documents-2009-nineteen';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'timeturk-1816590';
UPDATE citations SET locator = 'paragraphs 1-3' WHERE citation_id = 276 AND source_id = 'timeturk-1816590' AND event_id = 'al-sharaa-visits-baku';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'trend-3988812';
UPDATE citations SET locator = 'dateline and paragraphs 1 and 5' WHERE citation_id = 245 AND source_id = 'trend-3988812' AND event_id = 'first-aid-convoy-dispatched';
UPDATE citations SET locator = 'paragraphs 2 and 5' WHERE citation_id = 249 AND source_id = 'trend-3988812' AND aid_delivery_id = 'first-aid-convoy';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'trend-4011619';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 101 AND source_id = 'trend-4011619' AND place_id = 'aleppo';
UPDATE citations SET locator = 'paragraph 3' WHERE citation_id = 250 AND source_id = 'trend-4011619' AND aid_delivery_id = 'first-aid-convoy';
UPDATE citations SET locator = 'dateline and paragraphs 1-2' WHERE citation_id = 262 AND source_id = 'trend-4011619' AND event_id = 'aid-distribution-karakopru';
UPDATE citations SET locator = 'paragraphs 2-3' WHERE citation_id = 352 AND source_id = 'trend-4011619' AND claim_id = 'karakopru-first-convoy';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'trend-4017550';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 176 AND source_id = 'trend-4017550' AND position_id = 'jeyhun-bayramov-foreign-minister';
UPDATE citations SET locator = 'dateline and paragraphs 1 and 3' WHERE citation_id = 263 AND source_id = 'trend-4017550' AND event_id = 'bayramov-backs-syria-in-oic';
UPDATE citations SET locator = 'paragraph 3' WHERE citation_id = 264 AND source_id = 'trend-4017550' AND statement_id = 'bayramov-supports-syria-oic-return';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'trend-4022941';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 98 AND source_id = 'trend-4022941' AND place_id = 'spena';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 119 AND source_id = 'trend-4022941' AND organization_id = 'aida';
UPDATE citations SET locator = 'dateline and paragraphs 1-2' WHERE citation_id = 265 AND source_id = 'trend-4022941' AND event_id = 'iftar-for-orphaned-children';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 266 AND source_id = 'trend-4022941' AND aid_delivery_id = 'iftar-meals-for-orphans';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 351 AND source_id = 'trend-4022941' AND claim_id = 'iftar-25-27-march-two-places';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'trend-4054348';
UPDATE citations SET locator = 'dateline and paragraphs 1-3' WHERE citation_id = 273 AND source_id = 'trend-4054348' AND event_id = 'eid-al-adha-meat-distribution';
UPDATE citations SET locator = 'paragraphs 3-4' WHERE citation_id = 296 AND source_id = 'trend-4054348' AND aid_delivery_id = 'eid-al-adha-meat';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'trend-4126137';
UPDATE citations SET locator = 'dateline and paragraphs 1-2' WHERE citation_id = 288 AND source_id = 'trend-4126137' AND event_id = 'socar-ucc-jet-fuel-memorandum-signed';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 313 AND source_id = 'trend-4126137' AND agreement_id = 'socar-ucc-jet-fuel-memorandum-2025';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'trend-4154567';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 99 AND source_id = 'trend-4154567' AND place_id = 'rabat';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 100 AND source_id = 'trend-4154567' AND place_id = 'icesco-headquarters';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 110 AND source_id = 'trend-4154567' AND organization_id = 'ministry-science-education-azerbaijan';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 113 AND source_id = 'trend-4154567' AND organization_id = 'ministry-education-syria';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 121 AND source_id = 'trend-4154567' AND organization_id = 'icesco';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 150 AND source_id = 'trend-4154567' AND person_id = 'emin-amrullayev';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 151 AND source_id = 'trend-4154567' AND person_id = 'mohammed-turko';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 152 AND source_id = 'trend-4154567' AND person_id = 'salim-almalik';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 195 AND source_id = 'trend-4154567' AND position_id = 'emin-amrullayev-minister';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 196 AND source_id = 'trend-4154567' AND position_id = 'mohammed-turko-minister';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 197 AND source_id = 'trend-4154567' AND position_id = 'salim-almalik-director-general';
UPDATE citations SET locator = 'dateline and paragraphs 1-2' WHERE citation_id = 291 AND source_id = 'trend-4154567' AND event_id = 'rabat-schools-agreement-signed';
UPDATE citations SET locator = 'paragraphs 1-3' WHERE citation_id = 314 AND source_id = 'trend-4154567' AND agreement_id = 'rabat-schools-partnership-2026';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'trend-ru-4139107';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 120 AND source_id = 'trend-ru-4139107' AND organization_id = 'azpromo';
UPDATE citations SET locator = 'dateline and paragraphs 1-3' WHERE citation_id = 289 AND source_id = 'trend-ru-4139107' AND event_id = 'azpromo-announces-business-council';
UPDATE citations SET locator = 'paragraphs 1-3' WHERE citation_id = 299 AND source_id = 'trend-ru-4139107' AND statement_id = 'azpromo-business-council-planned';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'trtworld-eadfb23f41b9';
UPDATE citations SET locator = 'page date and paragraphs 1-2' WHERE citation_id = 279 AND source_id = 'trtworld-eadfb23f41b9' AND event_id = 'socar-syria-gas-mou-signed';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 309 AND source_id = 'trtworld-eadfb23f41b9' AND agreement_id = 'socar-syria-gas-mou-2025';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'turan-788739';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 156 AND source_id = 'turan-788739' AND person_id = 'asaad-al-shaibani';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 157 AND source_id = 'turan-788739' AND person_id = 'yalchin-rafiyev';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 205 AND source_id = 'turan-788739' AND position_id = 'asaad-al-shaibani-foreign-minister';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 207 AND source_id = 'turan-788739' AND position_id = 'yalchin-rafiyev-deputy-foreign-minister';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 239 AND source_id = 'turan-788739' AND event_id = 'rafiyev-visits-damascus';
UPDATE citations SET locator = 'paragraph 10' WHERE citation_id = 241 AND source_id = 'turan-788739' AND statement_id = 'azerbaijan-to-reopen-embassy-soon';
UPDATE citations SET locator = 'paragraph 6' WHERE citation_id = 242 AND source_id = 'turan-788739' AND statement_id = 'rafiyev-offers-reconstruction-experience';
UPDATE citations SET locator = 'paragraph 10' WHERE citation_id = 346 AND source_id = 'turan-788739' AND claim_id = 'hiatus-twelve-years';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'vestikavkaza-173532';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 179 AND source_id = 'vestikavkaza-173532' AND position_id = 'elnur-shahhuseynov-charge';
UPDATE citations SET locator = 'dateline and paragraphs 1-2' WHERE citation_id = 256 AND source_id = 'vestikavkaza-173532' AND event_id = 'embassy-resumes-operations';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'vestikavkaza-176406';
UPDATE citations SET locator = 'paragraph 3' WHERE citation_id = 103 AND source_id = 'vestikavkaza-176406' AND organization_id = 'government-syria';
UPDATE citations SET locator = 'paragraph 4' WHERE citation_id = 108 AND source_id = 'vestikavkaza-176406' AND organization_id = 'ministry-economy-azerbaijan';
UPDATE citations SET locator = 'paragraph 3' WHERE citation_id = 115 AND source_id = 'vestikavkaza-176406' AND organization_id = 'socar';
UPDATE citations SET locator = 'paragraph 4' WHERE citation_id = 144 AND source_id = 'vestikavkaza-176406' AND person_id = 'mikayil-jabbarov';
UPDATE citations SET locator = 'paragraph 4' WHERE citation_id = 187 AND source_id = 'vestikavkaza-176406' AND position_id = 'mikayil-jabbarov-economy-minister';
UPDATE citations SET locator = 'paragraph 4' WHERE citation_id = 189 AND source_id = 'vestikavkaza-176406' AND position_id = 'mikayil-jabbarov-socar-chairman';
UPDATE citations SET locator = 'dateline and paragraphs 3-4' WHERE citation_id = 278 AND source_id = 'vestikavkaza-176406' AND event_id = 'socar-syria-gas-mou-signed';
UPDATE citations SET locator = 'paragraphs 3-4' WHERE citation_id = 308 AND source_id = 'vestikavkaza-176406' AND agreement_id = 'socar-syria-gas-mou-2025';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'vestikavkaza-ru-energy';
UPDATE citations SET locator = 'paragraphs 1-2' WHERE citation_id = 149 AND source_id = 'vestikavkaza-ru-energy' AND person_id = 'omar-shakrouk';
UPDATE citations SET locator = 'paragraph 1' WHERE citation_id = 180 AND source_id = 'vestikavkaza-ru-energy' AND position_id = 'elnur-shahhuseynov-charge';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 194 AND source_id = 'vestikavkaza-ru-energy' AND position_id = 'omar-shakrouk-deputy-energy-minister';
UPDATE citations SET locator = 'page date, lead and paragraphs 1-2' WHERE citation_id = 290 AND source_id = 'vestikavkaza-ru-energy' AND event_id = 'shahhuseynov-shakrouk-energy-talks';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'yenilik-36481';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 122 AND source_id = 'yenilik-36481' AND organization_id = 'ada-university';
UPDATE citations SET locator = 'page date and paragraphs 1-3' WHERE citation_id = 267 AND source_id = 'yenilik-36481' AND event_id = 'aliyev-ada-university-speech';
UPDATE citations SET locator = 'paragraph 3' WHERE citation_id = 268 AND source_id = 'yenilik-36481' AND statement_id = 'aliyev-we-support-syrian-government';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'yenixeber-127229';
UPDATE citations SET locator = 'paragraph 5' WHERE citation_id = 128 AND source_id = 'yenixeber-127229' AND person_id = 'mahir-aliyev';
UPDATE citations SET locator = 'paragraph 5' WHERE citation_id = 164 AND source_id = 'yenixeber-127229' AND position_id = 'mahir-aliyev-ambassador';
UPDATE citations SET locator = 'paragraph 4' WHERE citation_id = 211 AND source_id = 'yenixeber-127229' AND event_id = 'embassy-establishment-decree';
UPDATE citations SET locator = 'paragraph 4' WHERE citation_id = 212 AND source_id = 'yenixeber-127229' AND event_id = 'embassy-opens-in-damascus';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'yenixeber-127308';
UPDATE citations SET locator = 'paragraph 5' WHERE citation_id = 129 AND source_id = 'yenixeber-127308' AND person_id = 'mahir-aliyev';
UPDATE citations SET locator = 'paragraph 5' WHERE citation_id = 165 AND source_id = 'yenixeber-127308' AND position_id = 'mahir-aliyev-ambassador';
UPDATE citations SET locator = 'paragraph 5' WHERE citation_id = 230 AND source_id = 'yenixeber-127308' AND event_id = 'mahir-aliyev-recalled';
UPDATE citations SET locator = 'paragraph 4' WHERE citation_id = 338 AND source_id = 'yenixeber-127308' AND claim_id = 'relations-established-may';

-- Citations whose stored page does not state their fact. Each fact is first cited to a stored page
-- that does, then the citation is withdrawn.
UPDATE change_context SET reason = 'The Kilis ceremony took place in the village of Yavuzlu: Trend''s report of 2 August 2025 says so in its first paragraph; the page cited before does not name the village in its stored text.', source_id = NULL;
INSERT INTO sources (source_id, kind, title, publisher, url, language, date_published, date_accessed, note, publisher_kind, publisher_country_id) VALUES ('trend-4076517', 'web_page', 'Trend on the ceremony in Kilis opening the Türkiye-Syria gas pipeline to Azerbaijani gas', 'Trend News Agency', 'https://www.trend.az/business/4076517.html', 'en', '2025-08-02', '2026-12-07', 'Dateline Kilis, 2 August; the text dates the ceremony 2 August 2025.', 'private_media', 'AZE');
UPDATE change_context SET source_id = 'trend-4076517';
INSERT INTO citations (place_id, source_id, locator) VALUES ('yavuzlu', 'trend-4076517', 'paragraph 1');
INSERT INTO citations (event_id, source_id, locator) VALUES ('gas-deliveries-begin-kilis', 'trend-4076517', 'dateline and paragraphs 1-2');
DELETE FROM citations WHERE citation_id = 94 AND source_id = 'menafn-1109876042' AND place_id = 'yavuzlu';

UPDATE change_context SET reason = 'Homs, the Qatar Development Fund and its director Al-Sulaiti are named by the MENAFN (Trend) report of the Kilis ceremony; the AzerNews page cited before names none of them in its stored text.', source_id = 'menafn-1109876042';
INSERT INTO citations (place_id, source_id, locator) VALUES ('homs', 'menafn-1109876042', 'paragraph 3');
INSERT INTO citations (organization_id, source_id, locator) VALUES ('qatar-development-fund', 'menafn-1109876042', 'paragraph 1');
INSERT INTO citations (person_id, source_id, locator) VALUES ('fahad-al-sulaiti', 'menafn-1109876042', 'paragraph 1');
DELETE FROM citations WHERE citation_id = 97 AND source_id = 'azernews-245477' AND place_id = 'homs';
DELETE FROM citations WHERE citation_id = 117 AND source_id = 'azernews-245477' AND organization_id = 'qatar-development-fund';
DELETE FROM citations WHERE citation_id = 145 AND source_id = 'azernews-245477' AND person_id = 'fahad-al-sulaiti';
DELETE FROM citations WHERE citation_id = 190 AND source_id = 'azernews-245477' AND position_id = 'fahad-al-sulaiti-qatar-fund';

UPDATE change_context SET reason = 'Ismat Abbasov, Azerbaijan''s agriculture minister, led the Azerbaijani side of the commission''s first session: syria-oil.com''s second report names him in its first paragraph; the first report does not in its stored text.', source_id = 'syria-oil-874';
INSERT INTO citations (organization_id, source_id, locator) VALUES ('ministry-agriculture-azerbaijan', 'syria-oil-874', 'paragraph 1');
INSERT INTO citations (person_id, source_id, locator) VALUES ('ismat-abbasov', 'syria-oil-874', 'paragraph 1');
INSERT INTO citations (position_id, source_id, locator) VALUES ('ismat-abbasov-minister', 'syria-oil-874', 'paragraph 1');
INSERT INTO citations (position_id, source_id, locator) VALUES ('ismat-abbasov-co-chair', 'syria-oil-874', 'paragraph 1');
DELETE FROM citations WHERE citation_id = 109 AND source_id = 'syria-oil-871' AND organization_id = 'ministry-agriculture-azerbaijan';
DELETE FROM citations WHERE citation_id = 134 AND source_id = 'syria-oil-871' AND person_id = 'ismat-abbasov';
DELETE FROM citations WHERE citation_id = 172 AND source_id = 'syria-oil-871' AND position_id = 'ismat-abbasov-minister';
DELETE FROM citations WHERE citation_id = 173 AND source_id = 'syria-oil-871' AND position_id = 'ismat-abbasov-co-chair';

UPDATE change_context SET reason = 'The stored text of this page does not state the fact the citation gave it; the fact stays cited to the pages that do.', source_id = NULL;
DELETE FROM citations WHERE citation_id = 88 AND source_id = 'presidentassad-394' AND place_id = 'baku';
DELETE FROM citations WHERE citation_id = 166 AND source_id = 'jam-news-reopening' AND position_id = 'mahir-aliyev-ambassador';

UPDATE change_context SET reason = 'The page could not be found again among the stored pages, so no locator can be given; the fact stays cited to the pages that state it.', source_id = NULL;
DELETE FROM citations WHERE citation_id = 237 AND source_id = 'caspiannews-20241211' AND event_id = 'mfa-statement-on-restoring-relations';
DELETE FROM citations WHERE citation_id = 238 AND source_id = 'caspiannews-20241211' AND statement_id = 'mfa-hopes-relations-restored';
DELETE FROM citations WHERE citation_id = 283 AND source_id = 'regionplus-8798' AND event_id = 'gas-deliveries-begin-kilis';
DELETE FROM sources WHERE source_id = 'caspiannews-20241211';
DELETE FROM sources WHERE source_id = 'regionplus-8798';

UPDATE change_context SET reason = 'Where on the page each fact stands: locators for the citations of this page, read again from its stored copy.', source_id = 'news-az-bilateral-ties';
UPDATE citations SET locator = 'paragraph 2' WHERE citation_id = 92 AND source_id = 'news-az-bilateral-ties' AND place_id = 'istanbul';

UPDATE change_context SET reason = 'A second citation of the same page for the same event, without a locator: the first one, with its locator, stays.', source_id = 'news-az-bilateral-ties';
DELETE FROM citations WHERE citation_id = 274 AND source_id = 'news-az-bilateral-ties' AND event_id = 'bayramov-meets-al-shaibani-istanbul';

UPDATE change_context SET reason = 'The stored copy of the page is at its full address; the short form recorded before does not show where it was read.', source_id = 'sng-today-39980';
UPDATE sources SET url = 'https://sng.today/baku/39980-azerbajdzhan-vosstanovit-dejatelnost-posolstva-v-sirii-v-kratchajshie-sroki.html' WHERE source_id = 'sng-today-39980';

UPDATE change_context SET reason = NULL, source_id = NULL;
