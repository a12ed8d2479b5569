// Runs the exported site's search engine (assets/search.js, loaded without a page) in Node:
// each query of --queries, with and without the names the site adds, and the words of each text
// of --tokens as the engine cuts and stems them. SiteSearchTests compares the answers with the
// library's search and with SQLite's own full-text index.
//
//   node search-check.mjs --site DIR --queries FILE.json --tokens FILE.json
//
// --queries is a JSON array of search texts; --tokens a JSON array of { text, terms } (the terms
// FTS5 made of the text). Prints { queries: { text: { problem?, texts, names } }, tokens: { checked, mismatches } }.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) { pairs.push([arg.slice(2), all[i + 1]]); }
  return pairs;
}, []));
for (const name of ['site', 'queries', 'tokens']) {
  if (!args[name]) { throw new Error(`--${name} is required`); }
}

const context = { TextEncoder, TextDecoder, URL, URLSearchParams };
context.globalThis = context;
vm.runInNewContext(fs.readFileSync(path.join(args.site, 'assets', 'search.js'), 'utf8'), context);
const engine = context.AzsySearch;
if (!engine) { throw new Error('assets/search.js did not define AzsySearch outside a page'); }

const page = fs.readFileSync(path.join(args.site, 'search.html'), 'utf8');
const island = /<script type="application\/json" id="search-index">(.*?)<\/script>/s.exec(page);
if (!island) { throw new Error('search.html carries no #search-index'); }
const index = engine.createIndex(JSON.parse(island[1]).entries);

const queries = {};
for (const text of JSON.parse(fs.readFileSync(args.queries, 'utf8'))) {
  const texts = engine.run(index, text, { names: false });
  const names = engine.run(index, text, { names: true });
  const ids = (outcome) => (outcome.results || []).map((r) => `${r.entry.kind.toLowerCase()}:${r.entry.id}`);
  queries[text] = texts.problem ? { problem: texts.problem } : { texts: ids(texts), names: ids(names) };
}

let checked = 0;
const mismatches = [];
for (const { text, terms } of JSON.parse(fs.readFileSync(args.tokens, 'utf8'))) {
  const mine = engine.tokenize(text).map((t) => t.term);
  checked += 1;
  if (mine.join(' ') !== terms.join(' ')) {
    const at = mine.findIndex((t, i) => t !== terms[i]);
    mismatches.push({ text: text.slice(0, 200), at, site: mine.slice(Math.max(0, at - 2), at + 3), fts5: terms.slice(Math.max(0, at - 2), at + 3) });
  }
}

console.log(JSON.stringify({ queries, tokens: { checked, mismatches: mismatches.slice(0, 30) } }, null, 2));
