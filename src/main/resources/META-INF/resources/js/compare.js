// The compare selection, as an enhancement: without this file the leaderboard's boxes are a plain GET form to
// /compare, "Add to compare" goes to /compare with its model alone, and removing a model is a link.
// With it: the leaderboard keeps the ticked models in its URL (compare=a,b) so that they survive Back, reload and
// re-sorting; "Compare selected" goes to the canonical /compare?models=a,b; "Add to compare" adds the model to the
// last selection (kept in localStorage, written by the leaderboard and the compare page).
(function () {
  'use strict';
  var KEY = 'compare-selection';
  var MAX = 6;
  var selection = [];

  function split(value) {
    var out = [];
    (value || '').split(',').forEach(function (s) {
      s = s.trim();
      if (s && out.indexOf(s) < 0) {
        out.push(s);
      }
    });
    return out;
  }

  function stored() {
    try {
      var list = JSON.parse(localStorage.getItem(KEY) || '[]');
      return Array.isArray(list) ? list.filter(function (s) { return typeof s === 'string'; }) : [];
    } catch (e) {
      return [];
    }
  }

  function store(list) {
    try {
      localStorage.setItem(KEY, JSON.stringify(list));
    } catch (e) {
      // Private mode or storage off: the URL still carries the selection.
    }
  }

  function compareHref(list) {
    return '/compare?models=' + list.map(function (s) { return encodeURIComponent(s).replace(/%2F/g, '/'); }).join(',');
  }

  function fromUrl() {
    return split(new URLSearchParams(location.search).get('compare'));
  }

  function writeUrl() {
    var url = new URL(location.href);
    if (selection.length) {
      url.searchParams.set('compare', selection.join(','));
    } else {
      url.searchParams.delete('compare');
    }
    var next = url.pathname + url.search + url.hash;
    if (next !== location.pathname + location.search + location.hash) {
      history.replaceState(history.state, '', next);
    }
  }

  function showCount() {
    var count = document.getElementById('compare-count');
    if (!count) {
      return;
    }
    var n = selection.length;
    count.textContent = n === 0 ? 'Tick 2 to 6 models (the boxes after the names) to compare them.'
      : n + ' selected' + (n < 2 ? ': tick one more.' : n > MAX ? ': at most ' + MAX + ' can be compared.' : '.');
  }

  function syncBoxes() {
    document.querySelectorAll('input[data-compare-pick]').forEach(function (box) {
      var on = selection.indexOf(box.value) >= 0;
      box.checked = on;
      // The attribute too: htmx keeps pages for Back as HTML, where only attributes survive.
      box.toggleAttribute('checked', on);
    });
    showCount();
  }

  function onPick(event) {
    var box = event.target;
    if (!box.matches || !box.matches('input[data-compare-pick]')) {
      return;
    }
    var at = selection.indexOf(box.value);
    if (box.checked && at < 0) {
      selection.push(box.value);
    } else if (!box.checked && at >= 0) {
      selection.splice(at, 1);
    }
    box.toggleAttribute('checked', box.checked);
    store(selection);
    writeUrl();
    showCount();
  }

  function onSubmit(event) {
    if (event.target.id !== 'compare-form') {
      return;
    }
    event.preventDefault();
    if (selection.length < 2 || selection.length > MAX) {
      showCount();
      return;
    }
    location.href = compareHref(selection);
  }

  function addLinks() {
    document.querySelectorAll('a[data-compare-add]').forEach(function (a) {
      var slug = a.getAttribute('data-compare-add');
      var list = stored().filter(function (s) { return s !== slug; });
      list.push(slug);
      a.href = compareHref(list.slice(-MAX));
    });
  }

  function rememberComparison() {
    var section = document.querySelector('[data-compare-models]');
    if (section) {
      store(split(section.getAttribute('data-compare-models')));
    }
  }

  function start() {
    if (document.getElementById('compare-form')) {
      selection = fromUrl();
      if (selection.length) {
        store(selection);
      }
      syncBoxes();
      document.addEventListener('change', onPick);
      document.addEventListener('submit', onSubmit);
      // Back or Forward to another leaderboard state: its URL says what was ticked.
      document.body.addEventListener('htmx:historyRestore', function () {
        selection = fromUrl();
        syncBoxes();
      });
      // New rows (sort, filter, more): tick them, and keep the selection in the new URL.
      document.body.addEventListener('htmx:afterSettle', function () {
        syncBoxes();
        writeUrl();
      });
    }
    rememberComparison();
    document.body.addEventListener('htmx:afterSettle', rememberComparison);
    addLinks();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
