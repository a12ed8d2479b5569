-- 0039: Release 2.0.0. The dataset's version, kept equal to the package version (a test checks
-- both): a major release, since release 2.0 rebuilt tables of the public SQL face (0023-0026).

UPDATE dataset_metadata SET value = '2.0.0' WHERE key = 'version';
