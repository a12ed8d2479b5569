// The site's search: the syntax of `azsy search` (words that must all match, "exact phrases",
// prefixes such as energ*, OR, AND and NOT in capitals between terms, parentheses to group),
// matched the way the dataset's SQLite full-text indexes match: words cut as FTS5's unicode61
// tokenizer cuts them (letters and digits; case and accents folded) and reduced by the Porter
// stemmer as FTS5's porter tokenizer reduces them, so "iftar" finds "iftars" and "Turkiye" finds
// "Türkiye". Each entry also carries every recorded spelling of the people, organizations and
// places it names (person_names, short names), so "Miqdad", "Mekdad" and "Mikdad" find the same
// events. The query is kept in the address (search.html?q=…), so a search can be linked.
//
// In a page the script reads the index the page carries (#search-index); loaded where there is no
// document (the tests, in Node), it only defines globalThis.AzsySearch, the engine.
(function () {
  'use strict';

  // ---- Tokens, as "porter unicode61 remove_diacritics 2" makes them ----

  var tokenPattern = /[\p{L}\p{N}\p{Co}]+/gu;
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  // Lower case, without the accents unicode61 folds away (the marks Unicode decomposes them into).
  function fold(word) {
    return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  }

  function isVowel(c, yIsVowel) {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || (yIsVowel && c === 'y');
  }

  // The position just after the first vowel-consonant sequence of s[from, from + n), or 0.
  function gobbleVC(s, from, n, previousIsConsonant) {
    var consonant = previousIsConsonant;
    var i;
    for (i = 0; i < n; i += 1) {
      consonant = !isVowel(s[from + i], consonant);
      if (!consonant) { break; }
    }
    for (i += 1; i < n; i += 1) {
      consonant = !isVowel(s[from + i], consonant);
      if (consonant) { return i + 1; }
    }
    return 0;
  }

  function mGt0(s, n) { return gobbleVC(s, 0, n, false) !== 0; }
  function mGt1(s, n) { var k = gobbleVC(s, 0, n, false); return k !== 0 && gobbleVC(s, k, n - k, true) !== 0; }
  function mEq1(s, n) { var k = gobbleVC(s, 0, n, false); return k !== 0 && gobbleVC(s, k, n - k, true) === 0; }
  function hasVowel(s, n) {
    for (var i = 0; i < n; i += 1) { if (isVowel(s[i], i > 0)) { return true; } }
    return false;
  }
  // *o: the stem ends consonant-vowel-consonant, the last not w, x or y.
  function ostar(s, n) {
    var last = s[n - 1];
    if (last === 'w' || last === 'x' || last === 'y') { return false; }
    var mask = 0;
    var consonant = false;
    for (var i = 0; i < n; i += 1) {
      consonant = !isVowel(s[i], consonant);
      mask = ((mask << 1) | (consonant ? 1 : 0)) & 7;
    }
    return mask === 5;
  }
  function mGt1AndSOrT(s, n) { return (s[n - 1] === 's' || s[n - 1] === 't') && mGt1(s, n); }

  // Suffix rules, tried in order; the first suffix that ends the word (leaving a stem) decides,
  // whether or not its condition then holds.
  var step2 = [
    ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['logi', 'log'],
    ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
    ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
    ['iviti', 'ive'], ['biliti', 'ble'],
  ];
  var step3 = [['ical', 'ic'], ['ness', ''], ['icate', 'ic'], ['iciti', 'ic'], ['ful', ''], ['ative', ''], ['alize', 'al']];
  var step4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

  function endsWith(s, suffix) {
    return s.length > suffix.length && s.slice(s.length - suffix.length) === suffix;
  }

  function replaceSuffix(s, rules, condition) {
    for (var i = 0; i < rules.length; i += 1) {
      var suffix = rules[i][0];
      if (endsWith(s, suffix)) {
        var stemLength = s.length - suffix.length;
        return condition(s, stemLength) ? s.slice(0, stemLength) + rules[i][1] : s;
      }
    }
    return s;
  }

  // The Porter stemmer over the word's UTF-8 bytes (each byte one character), as FTS5 applies it:
  // words shorter than 3 bytes or longer than 64 pass unchanged; any byte but an ASCII vowel is a consonant.
  function stemBytes(s) {
    var n;
    // Step 1a.
    if (s[s.length - 1] === 's') {
      n = s.length;
      if (s[n - 2] === 'e') {
        s = (n > 4 && s[n - 4] === 's' && s[n - 3] === 's') || (n > 3 && s[n - 3] === 'i') ? s.slice(0, n - 2) : s.slice(0, n - 1);
      } else if (s[n - 2] !== 's') {
        s = s.slice(0, n - 1);
      }
    }
    // Step 1b.
    var cut = false;
    if (endsWith(s, 'eed')) {
      if (mGt0(s, s.length - 3)) { s = s.slice(0, s.length - 1); }
    } else if (endsWith(s, 'ed')) {
      if (hasVowel(s, s.length - 2)) { s = s.slice(0, s.length - 2); cut = true; }
    } else if (endsWith(s, 'ing')) {
      if (hasVowel(s, s.length - 3)) { s = s.slice(0, s.length - 3); cut = true; }
    }
    if (cut) {
      if (endsWith(s, 'at') || endsWith(s, 'bl') || endsWith(s, 'iz')) {
        s += 'e';
      } else {
        var c = s[s.length - 1];
        if (!isVowel(c, false) && c !== 'l' && c !== 's' && c !== 'z' && c === s[s.length - 2]) {
          s = s.slice(0, s.length - 1);
        } else if (mEq1(s, s.length) && ostar(s, s.length)) {
          s += 'e';
        }
      }
    }
    // Step 1c.
    if (s[s.length - 1] === 'y' && hasVowel(s, s.length - 1)) {
      s = s.slice(0, s.length - 1) + 'i';
    }
    // Steps 2 to 4.
    s = replaceSuffix(s, step2, mGt0);
    s = replaceSuffix(s, step3, mGt0);
    s = replaceSuffix(s, step4.map(function (x) { return [x, '']; }), function (stem, length) {
      return stem.slice(length) === 'ion' ? mGt1AndSOrT(stem, length) : mGt1(stem, length);
    });
    // Step 5.
    n = s.length;
    if (s[n - 1] === 'e' && (mGt1(s, n - 1) || (mEq1(s, n - 1) && !ostar(s, n - 1)))) {
      s = s.slice(0, n - 1);
    }
    n = s.length;
    if (n > 1 && s[n - 1] === 'l' && s[n - 2] === 'l' && mGt1(s, n - 1)) {
      s = s.slice(0, n - 1);
    }
    return s;
  }

  function stem(word) {
    var bytes = encoder.encode(word);
    if (bytes.length < 3 || bytes.length > 64) { return word; }
    var text = '';
    for (var i = 0; i < bytes.length; i += 1) { text += String.fromCharCode(bytes[i]); }
    var stemmed = stemBytes(text);
    if (stemmed === text) { return word; }
    var out = new Uint8Array(stemmed.length);
    for (var j = 0; j < stemmed.length; j += 1) { out[j] = stemmed.charCodeAt(j); }
    return decoder.decode(out);
  }

  // The terms of a text, each with where it stands in the text (for marking matches).
  function tokenize(text) {
    var list = [];
    var match;
    tokenPattern.lastIndex = 0;
    while ((match = tokenPattern.exec(text)) !== null) {
      list.push({ term: stem(fold(match[0])), start: match.index, end: match.index + match[0].length });
    }
    return list;
  }

  // ---- Queries, read as `azsy search` reads them ----

  function hasWordCharacter(text) { return /[\p{L}\p{N}]/u.test(text); }
  function isSpace(c) { return /[\s\p{Cc}]/u.test(c); }

  // The tokens of a query, or { problem } when `azsy search` would refuse it (with its wording).
  function lex(text) {
    var tokens = [];
    var i = 0;
    while (i < text.length) {
      var c = text[i];
      if (isSpace(c)) {
        i += 1;
      } else if (c === '"') {
        var end = text.indexOf('"', i + 1);
        if (end < 0) { return { problem: 'has a " that is not closed' }; }
        var phrase = text.slice(i + 1, end);
        i = end + 1;
        var quotedPrefix = text[i] === '*';
        if (quotedPrefix) { i += 1; }
        if (hasWordCharacter(phrase)) { tokens.push({ kind: 'term', text: phrase, prefix: quotedPrefix }); }
      } else if (c === '(' || c === ')') {
        tokens.push({ kind: c === '(' ? 'open' : 'close', text: c });
        i += 1;
      } else {
        var start = i;
        while (i < text.length && !isSpace(text[i]) && text[i] !== '"' && text[i] !== '(' && text[i] !== ')') { i += 1; }
        var word = text.slice(start, i);
        if (word === 'OR' || word === 'AND' || word === 'NOT') {
          tokens.push({ kind: 'operator', text: word });
          continue;
        }
        var bare = word.replace(/\*+$/, '');
        if (hasWordCharacter(bare)) { tokens.push({ kind: 'term', text: bare, prefix: bare.length < word.length }); }
      }
    }
    var problem = check(tokens);
    return problem ? { problem: problem } : { tokens: tokens };
  }

  function check(tokens) {
    var depth = 0;
    for (var k = 0; k < tokens.length; k += 1) {
      var t = tokens[k];
      var before = k === 0 ? null : tokens[k - 1].kind;
      var after = k === tokens.length - 1 ? null : tokens[k + 1].kind;
      if (t.kind === 'operator') {
        if (before === null || before === 'open') {
          return t.text === 'NOT'
            ? 'starts with NOT, which takes something on each side: gas NOT oil is gas without oil'
            : 'starts with ' + t.text + ', which takes something on each side, as in gas ' + t.text + ' aid';
        }
        if (before === 'operator') { return 'has ' + t.text + ' right after ' + tokens[k - 1].text; }
        if (after === null || after === 'close') { return 'ends with ' + t.text + ', which takes something on each side, as in gas ' + t.text + ' aid'; }
      } else if (t.kind === 'open') {
        depth += 1;
        if (after === 'close') { return 'has parentheses with no words between them'; }
      } else if (t.kind === 'close') {
        depth -= 1;
        if (depth < 0) { return 'has a ) with no ( before it'; }
      }
    }
    return depth > 0 ? 'has a ( that is not closed' : null;
  }

  // A tree of the tokens, as FTS5 groups them: NOT binds closest, then AND (two terms side by
  // side are joined by AND), then OR.
  function parse(tokens) {
    var at = 0;
    function peek() { return tokens[at]; }
    function primary() {
      var t = tokens[at];
      at += 1;
      if (t.kind === 'open') {
        var inner = or();
        at += 1; // the ')'
        return inner;
      }
      var terms = tokenize(t.text).map(function (x) { return x.term; });
      return { kind: 'phrase', terms: terms, prefix: t.prefix, text: t.text };
    }
    function not() {
      var left = primary();
      while (peek() && peek().kind === 'operator' && peek().text === 'NOT') {
        at += 1;
        left = { kind: 'not', left: left, right: primary() };
      }
      return left;
    }
    function and() {
      var left = not();
      while (peek() && ((peek().kind === 'operator' && peek().text === 'AND') || peek().kind === 'term' || peek().kind === 'open')) {
        if (peek().kind === 'operator') { at += 1; }
        left = { kind: 'and', left: left, right: not() };
      }
      return left;
    }
    function or() {
      var left = and();
      while (peek() && peek().kind === 'operator' && peek().text === 'OR') {
        at += 1;
        left = { kind: 'or', left: left, right: and() };
      }
      return left;
    }
    return tokens.length === 0 ? null : or();
  }

  // ---- Matching and ranking ----

  // An entry as searched: its indexed texts (as the full-text index has them) and its names.
  function prepare(entry, position) {
    var fields = (entry.fields || []).map(function (text) { return { text: text, tokens: tokenize(text), name: false }; });
    (entry.names || []).forEach(function (text) { fields.push({ text: text, tokens: tokenize(text), name: true }); });
    var length = 0;
    fields.forEach(function (f) { length += f.tokens.length; });
    return { entry: entry, position: position, fields: fields, length: length };
  }

  // Where a phrase occurs in an entry: [{ field, from, to }] (token positions, to exclusive).
  function occurrences(prepared, phrase, useNames) {
    var found = [];
    var terms = phrase.terms;
    if (terms.length === 0) { return found; }
    prepared.fields.forEach(function (field, f) {
      if (field.name && !useNames) { return; }
      var tokens = field.tokens;
      for (var i = 0; i + terms.length <= tokens.length; i += 1) {
        var ok = true;
        for (var j = 0; j < terms.length && ok; j += 1) {
          var term = tokens[i + j].term;
          ok = j === terms.length - 1 && phrase.prefix ? term.indexOf(terms[j]) === 0 : term === terms[j];
        }
        if (ok) { found.push({ field: f, from: i, to: i + terms.length }); }
      }
    });
    return found;
  }

  // Whether the entry matches the tree; the phrases that matched are added to hits.
  function evaluate(node, prepared, hits, useNames) {
    switch (node.kind) {
      case 'phrase': {
        var found = occurrences(prepared, node, useNames);
        if (found.length === 0) { return false; }
        hits.push({ phrase: node, at: found });
        return true;
      }
      case 'and': {
        var mark = hits.length;
        if (evaluate(node.left, prepared, hits, useNames) && evaluate(node.right, prepared, hits, useNames)) { return true; }
        hits.length = mark;
        return false;
      }
      case 'or': {
        var left = evaluate(node.left, prepared, hits, useNames);
        var right = evaluate(node.right, prepared, hits, useNames);
        return left || right;
      }
      case 'not': {
        var start = hits.length;
        if (!evaluate(node.left, prepared, hits, useNames)) { return false; }
        if (evaluate(node.right, prepared, [], useNames)) { hits.length = start; return false; }
        return true;
      }
      default:
        return false;
    }
  }

  // An index: the entries prepared once, with what BM25 needs (entries and mean length per kind).
  function createIndex(entries) {
    var prepared = entries.map(prepare);
    var stats = {};
    prepared.forEach(function (p) {
      var s = stats[p.entry.kind] || (stats[p.entry.kind] = { count: 0, length: 0 });
      s.count += 1;
      s.length += p.length;
    });
    return { entries: prepared, stats: stats };
  }

  // Reads and runs a query: { problem } for a query `azsy search` would refuse; else { results },
  // best first, each { entry, hits }. options.names = false searches only the indexed texts, as the
  // library's full-text indexes alone do.
  function run(index, text, options) {
    var useNames = !options || options.names !== false;
    var read = lex(text);
    if (read.problem) { return { problem: read.problem }; }
    var tree = parse(read.tokens);
    if (tree === null) { return { results: [], empty: true }; }
    var matched = [];
    var documents = {};
    index.entries.forEach(function (p) {
      var hits = [];
      if (evaluate(tree, p, hits, useNames)) {
        matched.push({ prepared: p, hits: hits });
        hits.forEach(function (h) {
          var key = p.entry.kind + '\u0000' + h.phrase.text + (h.phrase.prefix ? '*' : '');
          documents[key] = (documents[key] || 0) + 1;
        });
      }
    });
    // BM25 (k1 1.2, b 0.75) within each kind, as each full-text index ranks its own rows; a match
    // only in a name counts half, so a row about someone ranks above a row where they only took part.
    matched.forEach(function (m) {
      var kind = m.prepared.entry.kind;
      var s = index.stats[kind];
      var average = s.length / s.count;
      var score = 0;
      m.hits.forEach(function (h) {
        var n = documents[kind + '\u0000' + h.phrase.text + (h.phrase.prefix ? '*' : '')];
        var idf = Math.max(Math.log((s.count - n + 0.5) / (n + 0.5)), 1e-6);
        var frequency = 0;
        h.at.forEach(function (o) { frequency += m.prepared.fields[o.field].name ? 0.5 : 1; });
        score += idf * (frequency * 2.2) / (frequency + 1.2 * (0.25 + 0.75 * (m.prepared.length / average)));
      });
      m.score = score;
    });
    matched.sort(function (a, b) { return b.score - a.score || a.prepared.position - b.prepared.position; });
    return {
      results: matched.map(function (m) { return { entry: m.prepared.entry, hits: m.hits, prepared: m.prepared }; }),
    };
  }

  // The snippet of a result: a field where a phrase matched (a text before a name, the first field
  // only if nothing else matched), as { text, marks: [[start, end]] } over that field's text, cut to
  // about 200 characters around the first match.
  function snippet(result) {
    var byField = {};
    result.hits.forEach(function (h) {
      h.at.forEach(function (o) { (byField[o.field] || (byField[o.field] = [])).push(o); });
    });
    var fields = result.prepared.fields;
    var chosen = -1;
    for (var f = 0; f < fields.length; f += 1) {
      if (byField[f] && (chosen < 0 || (f > 0 && !fields[f].name && (chosen === 0 || fields[chosen].name)))) { chosen = f; }
    }
    if (chosen < 0) { return { text: '', marks: [] }; }
    var field = fields[chosen];
    if (chosen === 0 && fields.length > 1 && !fields[1].name) {
      // Only the title matched: the title is shown already, so the snippet is the summary's opening.
      var summary = fields[1].text;
      return { text: summary.length > 220 ? summary.slice(0, summary.lastIndexOf(' ', 200)) + '…' : summary, marks: [], label: '' };
    }
    var marks = byField[chosen].map(function (o) { return [field.tokens[o.from].start, field.tokens[o.to - 1].end]; })
      .sort(function (a, b) { return a[0] - b[0]; });
    var text = field.text;
    var first = marks[0][0];
    var start = first > 80 ? text.indexOf(' ', first - 80) + 1 : 0;
    if (start <= 0 || start > first) { start = 0; }
    var end = Math.min(text.length, start + 220);
    if (end < text.length) {
      var space = text.lastIndexOf(' ', end);
      end = space > marks[0][1] ? space : end;
    }
    return {
      text: (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : ''),
      marks: marks.filter(function (m) { return m[0] >= start && m[1] <= end; })
        .map(function (m) { var shift = start > 0 ? 1 - start : 0; return [m[0] + shift, m[1] + shift]; }),
      label: field.name ? 'Also written: ' : '',
    };
  }

  var engine = { fold: fold, stem: stem, tokenize: tokenize, lex: lex, parse: parse, createIndex: createIndex, run: run, snippet: snippet };
  if (typeof document === 'undefined') {
    globalThis.AzsySearch = engine;
    return;
  }

  // ---- The page ----

  var indexElement = document.getElementById('search-index');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('results');
  if (!indexElement || !input || !status || !results) {
    return;
  }

  var index = createIndex(JSON.parse(indexElement.textContent).entries);

  function clear(element) {
    while (element.firstChild) { element.removeChild(element.firstChild); }
  }

  // Text with its marked ranges in <mark>, built as text nodes (never as HTML).
  function marked(parent, text, marks) {
    var at = 0;
    marks.forEach(function (m) {
      if (m[0] < at) { return; }
      parent.appendChild(document.createTextNode(text.slice(at, m[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(m[0], m[1]);
      parent.appendChild(mark);
      at = m[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function show(query) {
    clear(results);
    var outcome = run(index, query);
    if (outcome.problem) {
      status.textContent = 'The search text ' + outcome.problem + '. Search takes words (every one must match), "exact phrases", prefixes such as energ*, and OR, AND, NOT between terms, with parentheses to group; OR, AND and NOT are operators only in capitals.';
      return;
    }
    if (outcome.empty) {
      status.textContent = 'Type words to find.';
      return;
    }
    var found = outcome.results;
    var lowercase = /(^|\s)(or|and|not)(\s|$)/.exec(query);
    status.textContent = (found.length === 0 ? 'Nothing matches “' + query + '”.' : found.length + (found.length === 1 ? ' match' : ' matches') + ' for “' + query + '”.')
      + (found.length === 0 && lowercase ? ' “' + lowercase[2] + '” in lower case is a word to find; write ' + lowercase[2].toUpperCase() + ' for the operator.' : '');
    found.forEach(function (result) {
      var entry = result.entry;
      var item = document.createElement('li');
      item.setAttribute('data-kind', entry.kind);
      item.setAttribute('data-id', entry.id);
      var heading = document.createElement('p');
      heading.className = 'hit-title';
      var link = document.createElement('a');
      link.href = entry.url;
      link.textContent = entry.title;
      heading.appendChild(link);
      item.appendChild(heading);
      var meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = entry.kind + (entry.date ? ' · ' + entry.date : '');
      item.appendChild(meta);
      var cut = snippet(result);
      if (cut.text) {
        var text = document.createElement('p');
        text.className = 'excerpt';
        if (cut.label) { text.appendChild(document.createTextNode(cut.label)); }
        marked(text, cut.text, cut.marks);
        item.appendChild(text);
      }
      results.appendChild(item);
    });
  }

  // The query lives in the address: search.html?q=… opens with it, and typing keeps it there.
  function remember(query) {
    try {
      var address = new URL(window.location.href);
      if (query) { address.searchParams.set('q', query); } else { address.searchParams.delete('q'); }
      window.history.replaceState(null, '', address.href);
    } catch (e) {
      // Some browsers refuse to change the address of a page opened from a file; the search still works.
    }
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  var header = document.getElementById('site-q');
  if (header) { header.value = query; }
  input.addEventListener('input', function () {
    show(input.value);
    remember(input.value);
    if (header) { header.value = input.value; }
  });
  show(query);
}());
