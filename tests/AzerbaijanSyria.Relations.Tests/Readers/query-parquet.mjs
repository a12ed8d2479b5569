// Opens every .parquet file of a folder in DuckDB (npm "@duckdb/node-api"), as a view named for
// the file, and answers: the rows of each file, the column descriptions each file carries, and the
// SQL statements given in a JSON file. Prints one JSON object:
// {"rows": {"name": n}, "descriptions": {"name.column": text}, "answers": [[row, ...], ...], "types": {"name.column": type}}
// Usage: node query-parquet.mjs --modules DIR [--folder DIR] --queries FILE.json (without --folder, only
// the queries run, with paths relative to the working folder).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name) => args[args.indexOf(name) + 1];
const entry = path.join(option('--modules'), 'node_modules', '@duckdb', 'node-api', 'lib', 'index.js');
const { DuckDBInstance } = await import(pathToFileURL(entry).href);

const folder = args.includes('--folder') ? option('--folder') : null;
const queries = JSON.parse(fs.readFileSync(option('--queries'), 'utf8'));
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const all = async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson();
const quote = (text) => `'${text.replaceAll("'", "''")}'`;

const report = { rows: {}, descriptions: {}, types: {}, answers: [] };
for (const file of folder === null ? [] : fs.readdirSync(folder).filter((f) => f.endsWith('.parquet')).sort()) {
  const name = file.slice(0, -'.parquet'.length);
  const location = quote(path.join(folder, file));
  await connection.run(`CREATE VIEW "${name}" AS SELECT * FROM read_parquet(${location})`);
  report.rows[name] = Number((await all(`SELECT count(*) AS n FROM "${name}"`))[0].n);
  // Each column chunk's key-value metadata (a MAP of BLOBs: decoded as UTF-8).
  const chunks = `SELECT path_in_schema AS col, decode(kv.key) AS k, decode(kv.value) AS v
    FROM (SELECT path_in_schema, unnest(map_entries(key_value_metadata)) AS kv FROM parquet_metadata(${location}))`;
  for (const row of await all(chunks)) {
    if (row.k === 'description') report.descriptions[`${name}.${row.col}`] = row.v;
  }
  for (const row of await all(`DESCRIBE "${name}"`)) report.types[`${name}.${row.column_name}`] = row.column_type;
}
for (const sql of queries) report.answers.push(await all(sql));
console.log(JSON.stringify(report));
