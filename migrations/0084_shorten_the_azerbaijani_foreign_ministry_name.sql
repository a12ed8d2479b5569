-- 0084: the Azerbaijani Foreign Ministry named as the other foreign ministries are ("Ministry of Foreign
-- Affairs of Syria", "... of Armenia"): the organization and the seven sources it publishes give the
-- country's short name instead of its full official style, which ran word for word as the article's own
-- line and so made the README's example print a run of the article. The same body, the same pages; no
-- fact changes.

UPDATE change_context SET reason = 'Release 3.0 names the Azerbaijani Foreign Ministry as the record names the Syrian and Armenian ones, with the country''s short name; the same body.', source_id = NULL;
UPDATE organizations SET name = 'Ministry of Foreign Affairs of Azerbaijan' WHERE organization_id = 'mfa-azerbaijan';
UPDATE sources SET publisher = 'Ministry of Foreign Affairs of Azerbaijan' WHERE source_id = 'mfa-az-syria';
UPDATE sources SET publisher = 'Ministry of Foreign Affairs of Azerbaijan' WHERE source_id = 'mfa-az-881-3924';
UPDATE sources SET publisher = 'Ministry of Foreign Affairs of Azerbaijan' WHERE source_id = 'mfa-az-881-3940';
UPDATE sources SET publisher = 'Ministry of Foreign Affairs of Azerbaijan' WHERE source_id = 'mfa-az-879-1920';
UPDATE sources SET publisher = 'Ministry of Foreign Affairs of Azerbaijan' WHERE source_id = 'mfa-az-881-3902';
UPDATE sources SET publisher = 'Ministry of Foreign Affairs of Azerbaijan' WHERE source_id = 'mfa-az-909-5653';
UPDATE sources SET publisher = 'Ministry of Foreign Affairs of Azerbaijan' WHERE source_id = 'mfa-az-881-3926';
UPDATE change_context SET reason = NULL, source_id = NULL;
