-- 0042: Opens release 3.0.0. The changes of the scripts that follow are logged under 3.0.0, and the
-- database says which version it is while the release is being made; its day is recorded by the
-- script that closes the release (as 0039 did for 2.0.0). A major release: the library's default
-- reading of a date range and the tool's commands change (see CHANGELOG.md).

UPDATE dataset_metadata SET value = '3.0.0' WHERE key = 'version';
DELETE FROM dataset_metadata WHERE key = 'date_released';
UPDATE change_context SET release = '3.0.0';
