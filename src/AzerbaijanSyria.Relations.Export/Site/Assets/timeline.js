// The timeline's filters: plain JavaScript over the JSON the page carries (#timeline-data).
// Without JavaScript the form stays hidden and every event is listed. The filters live in the
// address (timeline.html?year=2012&topic=energy): a link opens with them set, and each change
// is written back, so a filtered view can be linked and shared.
(function () {
  'use strict';
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

  // The date rule: whether event e counts as an event of the given year. Kept in this one
  // function, so the dataset's one reading of a date range can replace it.
  function inYear(e, year) {
    return e.from !== undefined && year >= e.from && year <= e.to;
  }

  function matches(e, f) {
    if (f.year && !inYear(e, Number(f.year))) { return false; }
    if (f.quad && e.quad !== f.quad) { return false; }
    if (f.topic && e.topics.indexOf(f.topic) < 0) { return false; }
    if (f.country && e.countries.indexOf(f.country) < 0) { return false; }
    if (f.status && e.status !== f.status) { return false; }
    return true;
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
    items.forEach(function (item) {
      var visible = matches(byId[item.getAttribute('data-event')], f);
      item.hidden = !visible;
      if (visible) { shown += 1; }
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector('li[data-event]:not([hidden])');
    });
    var filtered = names.some(function (name) { return f[name] !== ''; });
    status.textContent = !filtered
      ? 'Showing all ' + items.length + ' events.'
      : shown === 0
        ? 'No event matches these filters.'
        : 'Showing ' + shown + ' of ' + items.length + ' events.';
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
