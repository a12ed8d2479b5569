// Client-side search over the index the page carries (#search-index): every word of the query
// must begin a word of an entry (accents and case ignored); title matches rank first.
(function () {
  'use strict';
  var indexElement = document.getElementById('search-index');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('results');
  if (!indexElement || !input || !status || !results) {
    return;
  }

  var separator = /[^\p{L}\p{N}]+/u;
  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }
  function words(text) {
    return fold(text).split(separator).filter(function (w) { return w.length > 0; });
  }

  var entries = JSON.parse(indexElement.textContent).entries.map(function (entry, position) {
    return { entry: entry, position: position, title: words(entry.title), text: words(entry.text) };
  });

  function count(list, term) {
    var n = 0;
    list.forEach(function (w) { if (w.indexOf(term) === 0) { n += 1; } });
    return n;
  }

  function search(query) {
    var terms = words(query);
    if (terms.length === 0) { return null; }
    var found = [];
    entries.forEach(function (e) {
      var score = 0;
      for (var i = 0; i < terms.length; i += 1) {
        var inTitle = count(e.title, terms[i]);
        var inText = count(e.text, terms[i]);
        if (inTitle + inText === 0) { return; }
        score += (3 * inTitle) + inText;
      }
      found.push({ e: e, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score || a.e.position - b.e.position; });
    return { terms: terms, found: found };
  }

  // An excerpt of the text around the first match, built as text nodes (never as HTML).
  function excerpt(text, terms) {
    var folded = fold(text);
    var at = -1;
    terms.forEach(function (t) {
      var i = folded.search(new RegExp('(^|[^\\p{L}\\p{N}])' + t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'u'));
      if (i >= 0 && (at < 0 || i < at)) { at = i; }
    });
    var start = Math.max(0, at - 60);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 220);
    if (end < text.length) {
      var last = text.lastIndexOf(' ', end);
      end = last > start ? last : end;
    }
    return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
  }

  function show(query) {
    while (results.firstChild) { results.removeChild(results.firstChild); }
    var result = search(query);
    if (result === null) {
      status.textContent = 'Type words to find.';
      return;
    }
    status.textContent = result.found.length === 0
      ? 'Nothing matches “' + query + '”.'
      : result.found.length + (result.found.length === 1 ? ' match' : ' matches') + ' for “' + query + '”.';
    result.found.forEach(function (hit) {
      var entry = hit.e.entry;
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry.url;
      link.textContent = entry.title;
      var heading = document.createElement('p');
      heading.appendChild(link);
      var meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = ' · ' + entry.kind + (entry.date ? ' · ' + entry.date : '');
      heading.appendChild(meta);
      item.appendChild(heading);
      var text = document.createElement('p');
      text.className = 'excerpt';
      text.textContent = excerpt(entry.text, result.terms);
      item.appendChild(text);
      results.appendChild(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  var header = document.getElementById('site-q');
  if (header) { header.value = query; }
  input.addEventListener('input', function () { show(input.value); });
  show(query);
}());
