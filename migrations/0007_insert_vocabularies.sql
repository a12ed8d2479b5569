-- 0007: reference data: countries with their codes, the CAMEO codes used to classify events,
-- and the topics that events, statements, agreements and assessments are tagged with.

-- Countries. Codes of the first five were checked in public code lists (ISO 3166-1, Correlates
-- of War, Wikidata). The others appear only as places or parties; their ISO alpha-3 key is the
-- standard code, and no other identifier was checked, so those stay NULL.
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('AZE', 'Azerbaijan', 'AZ', '031', 373, 'Q227', NULL);
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('SYR', 'Syria',      'SY', '760', 652, 'Q858', NULL);
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('TUR', 'Türkiye',    'TR', '792', 640, 'Q43',  NULL);
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('ARM', 'Armenia',    'AM', '051', 371, 'Q399', NULL);
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('JOR', 'Jordan',     'JO', '400', 663, 'Q810', 'Home of the magazine that published the primary article.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('IRN', 'Iran',       NULL, NULL,  NULL, NULL,  'Only the ISO alpha-3 key is given; other codes were not checked here.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('GEO', 'Georgia',    NULL, NULL,  NULL, NULL,  'Only the ISO alpha-3 key is given; other codes were not checked here.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('QAT', 'Qatar',      NULL, NULL,  NULL, NULL,  'Only the ISO alpha-3 key is given; other codes were not checked here.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('ISR', 'Israel',     NULL, NULL,  NULL, NULL,  'Only the ISO alpha-3 key is given; other codes were not checked here.');
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES ('MAR', 'Morocco',    NULL, NULL,  NULL, NULL,  'Only the ISO alpha-3 key is given; other codes were not checked here.');

-- CAMEO root codes (01-20) and their quad classes.
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('01', 'Make public statement',            1, 'verbal cooperation');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('02', 'Appeal',                           1, 'verbal cooperation');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('03', 'Express intent to cooperate',      1, 'verbal cooperation');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('04', 'Consult',                          1, 'verbal cooperation');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('05', 'Engage in diplomatic cooperation', 1, 'verbal cooperation');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('06', 'Engage in material cooperation',   2, 'material cooperation');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('07', 'Provide aid',                      2, 'material cooperation');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('08', 'Yield',                            2, 'material cooperation');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('09', 'Investigate',                      2, 'material cooperation');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('10', 'Demand',                           3, 'verbal conflict');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('11', 'Disapprove',                       3, 'verbal conflict');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('12', 'Reject',                           3, 'verbal conflict');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('13', 'Threaten',                         3, 'verbal conflict');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('14', 'Protest',                          3, 'verbal conflict');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('15', 'Exhibit force posture',            4, 'material conflict');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('16', 'Reduce relations',                 4, 'material conflict');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('17', 'Coerce',                           4, 'material conflict');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('18', 'Assault',                          4, 'material conflict');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('19', 'Fight',                            4, 'material conflict');
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES ('20', 'Use unconventional mass violence', 4, 'material conflict');

INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('010',  '01', 'Make statement');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('013',  '01', 'Make optimistic comment');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('030',  '03', 'Express intent to cooperate');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('0333', '03', 'Express intent to provide humanitarian aid');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('036',  '03', 'Express intent to meet or negotiate');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('040',  '04', 'Consult');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('042',  '04', 'Make a visit');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('043',  '04', 'Host a visit');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('044',  '04', 'Meet at a third location');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('050',  '05', 'Engage in diplomatic cooperation');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('051',  '05', 'Praise or endorse');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('054',  '05', 'Grant diplomatic recognition');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('057',  '05', 'Sign formal agreement');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('061',  '06', 'Cooperate economically');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('070',  '07', 'Provide aid');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('073',  '07', 'Provide humanitarian aid');
INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES ('161',  '16', 'Reduce or break diplomatic relations');

INSERT INTO topics (topic_id, name, description) VALUES ('diplomacy',            'Diplomacy',                  'Diplomatic relations, missions, visits and recognition.');
INSERT INTO topics (topic_id, name, description) VALUES ('embassy',              'Embassy',                    'Azerbaijan''s embassy in Damascus and Syria''s (absent) mission in Baku.');
INSERT INTO topics (topic_id, name, description) VALUES ('humanitarian-aid',     'Humanitarian aid',           'Aid convoys, food, meals and other relief.');
INSERT INTO topics (topic_id, name, description) VALUES ('reconstruction',       'Reconstruction',             'Rebuilding Syria after the war.');
INSERT INTO topics (topic_id, name, description) VALUES ('infrastructure',       'Infrastructure',             'Roads, utilities, buildings and other physical infrastructure.');
INSERT INTO topics (topic_id, name, description) VALUES ('construction',         'Construction',               'Building work and the construction industry.');
INSERT INTO topics (topic_id, name, description) VALUES ('energy',               'Energy',                     'Energy supply, power generation and energy security.');
INSERT INTO topics (topic_id, name, description) VALUES ('oil-and-gas',          'Oil and gas',                'Oil and gas fields, exploration, and natural gas supply.');
INSERT INTO topics (topic_id, name, description) VALUES ('transport',            'Transport',                  'Transport corridors and routes.');
INSERT INTO topics (topic_id, name, description) VALUES ('civil-aviation',       'Civil aviation',             'Air transport and aviation authorities.');
INSERT INTO topics (topic_id, name, description) VALUES ('economy',              'Economy',                    'Economic cooperation in general.');
INSERT INTO topics (topic_id, name, description) VALUES ('trade',                'Trade',                      'Exports, imports and trade turnover.');
INSERT INTO topics (topic_id, name, description) VALUES ('agriculture',          'Agriculture',                'Farming, food security and rural development.');
INSERT INTO topics (topic_id, name, description) VALUES ('water',                'Water and resources',        'Water scarcity and the management of natural resources.');
INSERT INTO topics (topic_id, name, description) VALUES ('education',            'Education',                  'Schools and education systems.');
INSERT INTO topics (topic_id, name, description) VALUES ('healthcare',           'Healthcare',                 'Health services.');
INSERT INTO topics (topic_id, name, description) VALUES ('social-development',   'Social development',         'Social services and development.');
INSERT INTO topics (topic_id, name, description) VALUES ('culture',              'Culture',                    'Cultural ties and exchange.');
INSERT INTO topics (topic_id, name, description) VALUES ('security',             'Security',                   'Security, stability and intelligence.');
INSERT INTO topics (topic_id, name, description) VALUES ('regional-stability',   'Regional stability',         'Peace and stability in the region, and Syria''s regional reintegration.');
INSERT INTO topics (topic_id, name, description) VALUES ('territorial-integrity','Territorial integrity',      'Sovereignty and territorial integrity, including Azerbaijan''s recovery of its territories.');
INSERT INTO topics (topic_id, name, description) VALUES ('islamic-solidarity',   'Islamic solidarity',         'Solidarity among Muslim nations and within the OIC.');
INSERT INTO topics (topic_id, name, description) VALUES ('turkiye-coordination', 'Coordination with Türkiye',  'Azerbaijan acting alongside Türkiye on Syria.');
INSERT INTO topics (topic_id, name, description) VALUES ('armenia',              'Armenia',                    'Armenia and the Armenian diaspora as a factor in the relationship.');
INSERT INTO topics (topic_id, name, description) VALUES ('mediation',            'Mediation',                  'Azerbaijan as an intermediary on sensitive matters.');
INSERT INTO topics (topic_id, name, description) VALUES ('israel',               'Israel',                     'Contacts between Syrian and Israeli officials.');
