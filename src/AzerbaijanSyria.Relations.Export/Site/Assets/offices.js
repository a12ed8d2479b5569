// Who was in office on a day: the offices page's terms, each carrying its four bounds as
// data-* attributes, filtered by the day in the form. The day lives in the address
// (offices.html?on=2022-06-01), so the answer can be linked. Without JavaScript every term is listed.
(function () {
  'use strict';
  var form = document.getElementById('on-day');
  var input = document.getElementById('office-day');
  var status = document.getElementById('office-status');
  if (!form || !input || !status) {
    return;
  }

  var terms = Array.prototype.slice.call(document.querySelectorAll('li[data-row^="positions:"]'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.office-country'));

  // 'certain' when the known bounds put the day inside the term, 'possible' when they do not rule it out, else null.
  function covers(item, day) {
    var d = item.dataset;
    if ((d.startEarliest && day < d.startEarliest) || (d.endLatest && day > d.endLatest)) { return null; }
    return d.startLatest && d.startLatest <= day && d.endEarliest && day <= d.endEarliest ? 'certain' : 'possible';
  }

  function remember(day) {
    try {
      var address = new URL(window.location.href);
      if (day) { address.searchParams.set('on', day); } else { address.searchParams.delete('on'); }
      window.history.replaceState(null, '', address.href);
    } catch (e) {
      // Some browsers refuse to change the address of a page opened from a file; the filter still works.
    }
  }

  function apply() {
    var day = /^\d{4}-\d{2}-\d{2}$/.test(input.value) ? input.value : '';
    remember(day);
    var certain = 0;
    var possible = 0;
    terms.forEach(function (item) {
      var match = day ? covers(item, day) : 'certain';
      item.hidden = match === null;
      item.querySelector('.possibly').hidden = !day || match !== 'possible';
      if (match === 'certain') { certain += 1; }
      if (match === 'possible') { possible += 1; }
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector('li[data-row]:not([hidden])');
      Array.prototype.forEach.call(section.querySelectorAll('h3'), function (heading) {
        var list = heading.nextElementSibling;
        heading.hidden = !!list && !list.querySelector('li[data-row]:not([hidden])');
        if (list) { list.hidden = heading.hidden; }
      });
    });
    status.textContent = !day
      ? 'Showing all ' + terms.length + ' terms.'
      : certain + ' ' + (certain === 1 ? 'term' : 'terms') + ' certainly cover ' + day + (possible > 0 ? ', and ' + possible + ' possibly (marked).' : '.');
  }

  var day = new URLSearchParams(window.location.search).get('on');
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) { input.value = day; }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { window.setTimeout(apply, 0); });
  form.hidden = false;
  apply();
}());
