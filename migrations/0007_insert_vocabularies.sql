-- 0007: reference data: countries with their codes, the CAMEO codes used to classify events,
-- and the topics that events, statements, agreements and assessments are tagged with.

-- Countries. Codes of the first five were checked in public code lists (ISO 3166-1, Correlates
-- of War, Wikidata). The others appear only as places or parties; their ISO alpha-3 key is the
-- standard code, and no other identifier was checked, so those stay NULL.
INSERT INTO countries (country_id, name, iso_alpha2, iso_numeric, cow_code, wikidata_id, note) VALUES
  ('AZE', 'Azerbaijan', 'AZ', '031', 373, 'Q227', NULL),
  ('SYR', 'Syria',      'SY', '760', 652, 'Q858', NULL),
  ('TUR', 'Türkiye',    'TR', '792', 640, 'Q43',  NULL),
  ('ARM', 'Armenia',    'AM', '051', 371, 'Q399', NULL),
  ('JOR', 'Jordan',     'JO', '400', 663, 'Q810', 'Home of the magazine that published the primary article.'),
  ('IRN', 'Iran',       NULL, NULL,  NULL, NULL,  'Only the ISO alpha-3 key is given; other codes were not checked here.'),
  ('GEO', 'Georgia',    NULL, NULL,  NULL, NULL,  'Only the ISO alpha-3 key is given; other codes were not checked here.'),
  ('QAT', 'Qatar',      NULL, NULL,  NULL, NULL,  'Only the ISO alpha-3 key is given; other codes were not checked here.'),
  ('ISR', 'Israel',     NULL, NULL,  NULL, NULL,  'Only the ISO alpha-3 key is given; other codes were not checked here.'),
  ('MAR', 'Morocco',    NULL, NULL,  NULL, NULL,  'Only the ISO alpha-3 key is given; other codes were not checked here.');

-- CAMEO root codes (01-20) and their quad classes.
INSERT INTO cameo_roots (root_code, name, quad_class, quad_name) VALUES
  ('01', 'Make public statement',            1, 'verbal cooperation'),
  ('02', 'Appeal',                           1, 'verbal cooperation'),
  ('03', 'Express intent to cooperate',      1, 'verbal cooperation'),
  ('04', 'Consult',                          1, 'verbal cooperation'),
  ('05', 'Engage in diplomatic cooperation', 1, 'verbal cooperation'),
  ('06', 'Engage in material cooperation',   2, 'material cooperation'),
  ('07', 'Provide aid',                      2, 'material cooperation'),
  ('08', 'Yield',                            2, 'material cooperation'),
  ('09', 'Investigate',                      2, 'material cooperation'),
  ('10', 'Demand',                           3, 'verbal conflict'),
  ('11', 'Disapprove',                       3, 'verbal conflict'),
  ('12', 'Reject',                           3, 'verbal conflict'),
  ('13', 'Threaten',                         3, 'verbal conflict'),
  ('14', 'Protest',                          3, 'verbal conflict'),
  ('15', 'Exhibit force posture',            4, 'material conflict'),
  ('16', 'Reduce relations',                 4, 'material conflict'),
  ('17', 'Coerce',                           4, 'material conflict'),
  ('18', 'Assault',                          4, 'material conflict'),
  ('19', 'Fight',                            4, 'material conflict'),
  ('20', 'Use unconventional mass violence', 4, 'material conflict');

INSERT INTO cameo_codes (cameo_code, root_code, name) VALUES
  ('010',  '01', 'Make statement'),
  ('013',  '01', 'Make optimistic comment'),
  ('030',  '03', 'Express intent to cooperate'),
  ('0333', '03', 'Express intent to provide humanitarian aid'),
  ('036',  '03', 'Express intent to meet or negotiate'),
  ('040',  '04', 'Consult'),
  ('042',  '04', 'Make a visit'),
  ('043',  '04', 'Host a visit'),
  ('044',  '04', 'Meet at a third location'),
  ('050',  '05', 'Engage in diplomatic cooperation'),
  ('051',  '05', 'Praise or endorse'),
  ('054',  '05', 'Grant diplomatic recognition'),
  ('057',  '05', 'Sign formal agreement'),
  ('061',  '06', 'Cooperate economically'),
  ('070',  '07', 'Provide aid'),
  ('073',  '07', 'Provide humanitarian aid'),
  ('161',  '16', 'Reduce or break diplomatic relations');

INSERT INTO topics (topic_id, name, description) VALUES
  ('diplomacy',            'Diplomacy',                  'Diplomatic relations, missions, visits and recognition.'),
  ('embassy',              'Embassy',                    'Azerbaijan''s embassy in Damascus and Syria''s (absent) mission in Baku.'),
  ('humanitarian-aid',     'Humanitarian aid',           'Aid convoys, food, meals and other relief.'),
  ('reconstruction',       'Reconstruction',             'Rebuilding Syria after the war.'),
  ('infrastructure',       'Infrastructure',             'Roads, utilities, buildings and other physical infrastructure.'),
  ('construction',         'Construction',               'Building work and the construction industry.'),
  ('energy',               'Energy',                     'Energy supply, power generation and energy security.'),
  ('oil-and-gas',          'Oil and gas',                'Oil and gas fields, exploration, and natural gas supply.'),
  ('transport',            'Transport',                  'Transport corridors and routes.'),
  ('civil-aviation',       'Civil aviation',             'Air transport and aviation authorities.'),
  ('economy',              'Economy',                    'Economic cooperation in general.'),
  ('trade',                'Trade',                      'Exports, imports and trade turnover.'),
  ('agriculture',          'Agriculture',                'Farming, food security and rural development.'),
  ('water',                'Water and resources',        'Water scarcity and the management of natural resources.'),
  ('education',            'Education',                  'Schools and education systems.'),
  ('healthcare',           'Healthcare',                 'Health services.'),
  ('social-development',   'Social development',         'Social services and development.'),
  ('culture',              'Culture',                    'Cultural ties and exchange.'),
  ('security',             'Security',                   'Security, stability and intelligence.'),
  ('regional-stability',   'Regional stability',         'Peace and stability in the region, and Syria''s regional reintegration.'),
  ('territorial-integrity','Territorial integrity',      'Sovereignty and territorial integrity, including Azerbaijan''s recovery of its territories.'),
  ('islamic-solidarity',   'Islamic solidarity',         'Solidarity among Muslim nations and within the OIC.'),
  ('turkiye-coordination', 'Coordination with Türkiye',  'Azerbaijan acting alongside Türkiye on Syria.'),
  ('armenia',              'Armenia',                    'Armenia and the Armenian diaspora as a factor in the relationship.'),
  ('mediation',            'Mediation',                  'Azerbaijan as an intermediary on sensitive matters.'),
  ('israel',               'Israel',                     'Contacts between Syrian and Israeli officials.');
