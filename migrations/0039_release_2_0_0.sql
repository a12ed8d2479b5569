-- 0039: Release 2.0.0 and its date. The dataset's version, kept equal to the package version (a test checks
-- both): a major release, since release 2.0 rebuilt tables of the public SQL face (0023-0026).

UPDATE dataset_metadata SET value = '2.0.0' WHERE key = 'version';
INSERT INTO dataset_metadata (key, value) VALUES ('date_released', '2026-12-02');
