-- 0022: the data dictionary takes keys from the schema instead of prose. Descriptions said
-- "references events" even of a table's own primary key (events.event_id references nothing);
-- now the data_dictionary view gives each column's primary-key position and the column its
-- foreign key points at, read from the schema, and the descriptions say only what a column means.

UPDATE column_docs
SET description = rtrim(substr(description, 1, instr(description, 'references ') - 1), ' ,;') || '.'
WHERE description LIKE '%references %';

DROP VIEW data_dictionary;

CREATE VIEW data_dictionary AS
SELECT
  m.name AS table_name,
  m.type AS kind,
  td.description AS table_description,
  c.cid AS column_position,
  c.name AS column_name,
  c.type AS column_type,
  coalesce(s.description, d.description) AS description,
  c.pk AS primary_key_position,
  (SELECT fk."table" || '.' || fk."to" FROM pragma_foreign_key_list(m.name) AS fk WHERE fk."from" = c.name) AS refers_to
FROM sqlite_schema AS m
JOIN pragma_table_xinfo(m.name) AS c
LEFT JOIN table_docs AS td ON td.table_name = m.name
LEFT JOIN column_docs AS s ON s.table_name = m.name AND s.column_name = c.name
LEFT JOIN column_docs AS d ON d.table_name = '*' AND d.column_name = c.name
WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '%_fts%' AND c.hidden <> 1;

INSERT INTO column_docs (table_name, column_name, description) VALUES ('data_dictionary', 'primary_key_position', 'The column''s place in its table''s primary key, from 1; 0 when it is not part of it (and for view columns).');
INSERT INTO column_docs (table_name, column_name, description) VALUES ('data_dictionary', 'refers_to', 'The table and column this column''s foreign key points at (table.column), from the schema; NULL when it has none.');
