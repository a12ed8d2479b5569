// The timeline's filters: plain JavaScript over the JSON the page carries (#timeline-data).
// Without JavaScript the form stays hidden and every event is listed. The filters live in the
// address (timeline.html?year=2012&topic=energy): a link opens with them set, and each change
// is written back, so a filtered view can be linked and shared.
(function () {
  'use strict';

  // Whether an event is in the range of days from..to (ISO, inclusive): 'certain', 'possibly' or null.
  // The rule is the library's (DateReading): each event carries the first and last day it plausibly
  // falls on (an open bound already closed there), and "open" when a bound is unknown; an event of
  // unknown date carries neither day and is in no range. azsy timeline and azsy stats read ranges
  // the same way, and a test holds the three to the same answers.
  function inRange(e, from, to) {
    if (e.first === undefined || e.first > to || e.last < from) { return null; }
    return !e.open && e.first >= from && e.last <= to ? 'certain' : 'possibly';
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = { inRange: inRange };
  }
  if (typeof document === 'undefined') {
    return;
  }

  var form = document.getElementById('filters');
  var dataElement = document.getElementById('timeline-data');
  if (!form || !dataElement) {
    return;
  }

  var data = JSON.parse(dataElement.textContent);
  var byId = {};
  data.events.forEach(function (e) { byId[e.id] = e; });
  var items = Array.prototype.slice.call(document.querySelectorAll('li[data-event]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.year'));
  var status = document.getElementById('filter-status');
  var names = ['year', 'quad', 'topic', 'country', 'status'];

  function current() {
    var f = {};
    names.forEach(function (name) { f[name] = form.elements[name].value; });
    return f;
  }

  function inYear(e, year) {
    return inRange(e, year + '-01-01', year + '-12-31');
  }

  function matches(e, f) {
    if (f.year && !inYear(e, f.year)) { return false; }
    if (f.quad && e.quad !== f.quad) { return false; }
    if (f.topic && e.topics.indexOf(f.topic) < 0) { return false; }
    if (f.country && e.countries.indexOf(f.country) < 0) { return false; }
    if (f.status && e.status !== f.status) { return false; }
    return true;
  }

  // An event shown for a year it is only possibly in says so, next to its date.
  function mark(item, possibly, year) {
    var badge = item.querySelector('.possibly');
    if (!possibly) {
      if (badge) { badge.parentNode.removeChild(badge); }
      return;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'badge possibly';
      item.querySelector('.event-date').appendChild(badge);
    }
    badge.textContent = 'possibly in ' + year;
  }

  // Writes the filters into the address, leaving out those not set.
  function remember(f) {
    try {
      var address = new URL(window.location.href);
      names.forEach(function (name) {
        if (f[name]) { address.searchParams.set(name, f[name]); } else { address.searchParams.delete(name); }
      });
      window.history.replaceState(null, '', address.href);
    } catch (e) {
      // Some browsers refuse to change the address of a page opened from a file; the filters still work.
    }
  }

  function apply() {
    var f = current();
    remember(f);
    var shown = 0;
    var possibly = 0;
    items.forEach(function (item) {
      var e = byId[item.getAttribute('data-event')];
      var visible = matches(e, f);
      var onlyPossibly = visible && f.year !== '' && inYear(e, f.year) === 'possibly';
      item.hidden = !visible;
      mark(item, onlyPossibly, f.year);
      if (visible) { shown += 1; }
      if (onlyPossibly) { possibly += 1; }
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector('li[data-event]:not([hidden])');
    });
    var filtered = names.some(function (name) { return f[name] !== ''; });
    status.textContent = !filtered
      ? 'Showing all ' + items.length + ' events.'
      : shown === 0
        ? 'No event matches these filters.'
        : 'Showing ' + shown + ' of ' + items.length + ' events' +
          (possibly > 0 ? ', ' + possibly + ' of them only possibly in ' + f.year + '.' : '.');
  }

  // A link such as timeline.html?topic=energy opens with that filter set.
  var params = new URLSearchParams(window.location.search);
  names.forEach(function (name) {
    var value = params.get(name);
    var select = form.elements[name];
    if (value !== null && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
      select.value = value;
    }
  });

  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
}());
