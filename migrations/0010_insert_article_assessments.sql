-- 0010: the article's own reading of the relationship, paraphrased: the shared past, what held
-- relations back under the former Syrian government, what drove the rapprochement, where the
-- author sees room for cooperation, and the outlook. These are the author's views, not events.

INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('shared-historical-bond', 'history',
   'Ties between the two peoples go back to the Silk Road and run through trade, diplomacy and cultural exchange, before and after Azerbaijan''s independence.',
   'From the Silk Road era to the present');
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('armenian-diaspora-stance', 'obstacle',
   'The Armenian community in Syria took positions hostile to Azerbaijan and to Türkiye, which kept relations from settling.',
   'Under the former Syrian government');
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('syria-armenia-friendship', 'obstacle',
   'Damascus was on friendly terms with Armenia, with which Azerbaijan was in conflict.',
   'Under the former Syrian government');
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('assad-era-international-forums', 'obstacle',
   'The Assad government made difficulties for Azerbaijan in international bodies and avoided taking a clear position on its territorial integrity.',
   'Under the former Syrian government');
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('assad-era-oic-statements', 'obstacle',
   'In the Organisation of Islamic Cooperation, where Azerbaijan is a member, Syrian representatives spoke against the idea of Muslim unity.',
   'Under the former Syrian government');
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('people-not-regime', 'history',
   'The former government''s conduct did not express how ordinary Syrians felt about Azerbaijan.',
   'Under the former Syrian government');
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('islamic-solidarity-and-aid', 'driver',
   'Islamic solidarity and the aid sent during Syria''s crisis were among the main reasons Baku normalised relations with the new Syrian administration, and they strengthened old ties between the peoples.',
   'Since December 2024');
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('armenia-obstacle-removed', 'driver',
   'With the former government''s closeness to Armenia gone, cooperation with the new leadership became possible and Baku could run a more balanced regional policy.',
   'Since December 2024');
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('alongside-turkiye', 'driver',
   'From the outset Azerbaijan declared that it stands with Türkiye on Syria, and this has shown in recent visits and meetings.',
   'Since December 2024');
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('energy-and-transport-bridge', 'opportunity',
   'As a link between the Middle East and Central Asia, Azerbaijan has widened its reach through transport corridors and energy projects.',
   NULL);
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('reconstruction-expertise', 'opportunity',
   'Baku wants a part in rebuilding Syria and can bring its experience in infrastructure, energy and construction.',
   NULL);
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('social-education-health', 'opportunity',
   'In the name of Muslim solidarity Azerbaijan puts weight on cooperation in social development, schooling and health care.',
   NULL);
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('stability-with-turkiye', 'opportunity',
   'Azerbaijan, with Türkiye, is committed to a stable Syria that rejoins its region.',
   NULL);
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('smart-agriculture', 'opportunity',
   'With Syria short of water and under climate stress, Azerbaijan''s know-how in modern farming for semi-arid land could help food security and rural development.',
   NULL);
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('oil-and-gas-support', 'opportunity',
   'Azerbaijan could help Syria''s oil and gas industry with technical help and investment, to rehabilitate fields and explore new ones.',
   NULL);
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('credible-mediator', 'opportunity',
   'Its active role in the OIC and its independent, balanced Middle East policy make Azerbaijan a trusted go-between on sensitive issues, to Syria''s possible benefit.',
   NULL);
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('new-phase-after-december-2024', 'outlook',
   'The change of leadership in Syria opened a new phase and new openings for cooperation.',
   'Since December 2024');
INSERT INTO assessments (assessment_id, kind, summary, period) VALUES
  ('favourable-outlook', 'outlook',
   'Conditions now favour taking cooperation further and giving it substance; recent steps and the reopened embassy should advance relations.',
   NULL);

UPDATE assessments SET organization_id = 'armenian-diaspora-syria' WHERE assessment_id = 'armenian-diaspora-stance';
UPDATE assessments SET organization_id = 'assad-government'
WHERE assessment_id IN ('syria-armenia-friendship', 'assad-era-international-forums', 'assad-era-oic-statements', 'people-not-regime');
UPDATE assessments SET organization_id = 'oic' WHERE assessment_id = 'credible-mediator';

INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('shared-historical-bond', 'culture');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('shared-historical-bond', 'trade');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('armenian-diaspora-stance', 'armenia');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('armenian-diaspora-stance', 'turkiye-coordination');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('syria-armenia-friendship', 'armenia');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('assad-era-international-forums', 'territorial-integrity');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('assad-era-international-forums', 'diplomacy');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('assad-era-oic-statements', 'islamic-solidarity');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('islamic-solidarity-and-aid', 'islamic-solidarity');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('islamic-solidarity-and-aid', 'humanitarian-aid');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('armenia-obstacle-removed', 'armenia');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('armenia-obstacle-removed', 'regional-stability');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('alongside-turkiye', 'turkiye-coordination');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('energy-and-transport-bridge', 'energy');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('energy-and-transport-bridge', 'transport');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('reconstruction-expertise', 'reconstruction');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('reconstruction-expertise', 'infrastructure');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('reconstruction-expertise', 'energy');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('reconstruction-expertise', 'construction');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('social-education-health', 'social-development');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('social-education-health', 'education');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('social-education-health', 'healthcare');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('social-education-health', 'islamic-solidarity');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('stability-with-turkiye', 'regional-stability');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('stability-with-turkiye', 'turkiye-coordination');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('smart-agriculture', 'agriculture');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('smart-agriculture', 'water');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('oil-and-gas-support', 'oil-and-gas');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('oil-and-gas-support', 'energy');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('credible-mediator', 'mediation');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('credible-mediator', 'islamic-solidarity');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('new-phase-after-december-2024', 'diplomacy');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('favourable-outlook', 'diplomacy');
INSERT INTO assessment_topics (assessment_id, topic_id) VALUES ('favourable-outlook', 'embassy');

INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('shared-historical-bond', 'jps-article', 1);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('armenian-diaspora-stance', 'jps-article', 3);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('syria-armenia-friendship', 'jps-article', 3);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('assad-era-international-forums', 'jps-article', 4);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('assad-era-oic-statements', 'jps-article', 4);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('people-not-regime', 'jps-article', 4);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('islamic-solidarity-and-aid', 'jps-article', 9);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('armenia-obstacle-removed', 'jps-article', 9);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('alongside-turkiye', 'jps-article', 9);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('energy-and-transport-bridge', 'jps-article', 11);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('reconstruction-expertise', 'jps-article', 11);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('social-education-health', 'jps-article', 11);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('stability-with-turkiye', 'jps-article', 11);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('smart-agriculture', 'jps-article', 12);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('oil-and-gas-support', 'jps-article', 12);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('credible-mediator', 'jps-article', 13);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('new-phase-after-december-2024', 'jps-article', 5);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('new-phase-after-december-2024', 'jps-article', 16);
INSERT INTO citations (assessment_id, source_id, paragraph) VALUES ('favourable-outlook', 'jps-article', 17);
