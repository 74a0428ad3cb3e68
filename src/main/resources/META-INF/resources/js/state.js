// State that survives Back, Forward and reload. The URL holds every view (the server renders any URL alone, "more"
// rows included); this script only puts back what the browser or htmx's history cache restore stale: the values of
// the forms that push URLs (htmx's snapshot keeps attributes, not what was typed or ticked, and a form outside the
// swapped region keeps the attributes of the page's first render), and the scroll position where htmx's cache missed.
(function () {
  'use strict';

  var SCROLL_KEY = 'state-scroll';
  // The query the document was first rendered for: a control's markup default is right for a parameter it lacked.
  var rendered = new URLSearchParams(location.search);

  function here() {
    return location.pathname + location.search;
  }

  function pushingForms() {
    return Array.prototype.filter.call(document.querySelectorAll('form'), function (form) {
      var method = (form.getAttribute('method') || 'get').toLowerCase();
      var pushes = form.hasAttribute('hx-push-url') || form.hasAttribute('data-hx-push-url');
      return method === 'get' && pushes && new URL(form.action, location.href).pathname === location.pathname;
    });
  }

  function optionOf(select, value) {
    return Array.prototype.find.call(select.options, function (o) { return o.value === value; });
  }

  // One control from the URL's values: present, they win; absent, the markup's default if the first render had no
  // such parameter either, else empty (unticked, blank, the "any" option).
  function sync(el, params) {
    var name = el.name;
    var type = (el.type || '').toLowerCase();
    if (!name || type === 'hidden' || type === 'submit' || type === 'button' || type === 'file' || type === 'reset') {
      return;
    }
    var present = params.has(name);
    var values = params.getAll(name);
    var useDefault = !present && !rendered.has(name);
    if (type === 'checkbox' || type === 'radio') {
      el.checked = useDefault ? el.defaultChecked : values.indexOf(el.value) >= 0;
    } else if (el.tagName === 'SELECT') {
      Array.prototype.forEach.call(el.options, function (o) {
        o.selected = useDefault ? o.defaultSelected : (present ? values.indexOf(o.value) >= 0 : false);
      });
      if (!present && !useDefault && !el.multiple) {
        var blank = optionOf(el, '');
        el.selectedIndex = blank ? blank.index : 0;
      }
    } else {
      el.value = useDefault ? el.defaultValue : (values[0] || '');
    }
  }

  // The "2" beside a filter's name: how many of its boxes are ticked.
  function recount(form) {
    form.querySelectorAll('details[data-filter]').forEach(function (details) {
      var summary = details.querySelector('summary');
      var ticked = details.querySelectorAll('input[type=checkbox]:checked').length;
      var count = summary && summary.querySelector('.count');
      if (!summary) {
        return;
      }
      if (ticked === 0 && count) {
        count.remove();
      } else if (ticked > 0) {
        if (!count) {
          count = document.createElement('span');
          count.className = 'count';
          summary.appendChild(count);
        }
        count.textContent = String(ticked);
      }
    });
  }

  function syncForms() {
    var params = new URLSearchParams(location.search);
    pushingForms().forEach(function (form) {
      Array.prototype.forEach.call(form.elements, function (el) { sync(el, params); });
      recount(form);
    });
  }

  function scrolls() {
    try {
      return JSON.parse(sessionStorage.getItem(SCROLL_KEY)) || {};
    } catch (e) {
      return {};
    }
  }

  function saveScroll(path) {
    try {
      var all = scrolls();
      delete all[path];
      var table = rowsBox();
      all[path] = { y: window.scrollY, t: table ? table.scrollTop : 0 };
      var keys = Object.keys(all);
      // The last 20 views are plenty for Back and Forward.
      keys.slice(0, Math.max(0, keys.length - 20)).forEach(function (k) { delete all[k]; });
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify(all));
    } catch (e) {
      // Storage off or full: the browser's own restoration still applies.
    }
  }

  // The rows scroll inside their own box (a sticky header needs it: app.css's .table-wrap), so the place in a long
  // list is that box's scrollTop as much as the window's.
  function rowsBox() {
    return document.querySelector('#results .table-wrap') || document.querySelector('.table-wrap');
  }

  function restoreScroll(path) {
    var at = scrolls()[path];
    if (!at || typeof at.y !== 'number') {
      return;
    }
    if (Math.abs(window.scrollY - at.y) > 1) {
      window.scrollTo(0, at.y);
    }
    var table = rowsBox();
    if (table && typeof at.t === 'number' && Math.abs(table.scrollTop - at.t) > 1) {
      table.scrollTop = at.t;
    }
  }

  // htmx saves the view being left (the path it names) just before it swaps in the next one.
  document.addEventListener('htmx:beforeHistorySave', function (evt) {
    saveScroll(evt.detail && evt.detail.path ? evt.detail.path : here());
  });
  document.addEventListener('htmx:historyRestore', function () {
    syncForms();
    // After htmx's own scroll (a cache hit carries one): both land on the same place.
    setTimeout(function () { restoreScroll(here()); }, 0);
  });
  // Leaving the document (a model page, a reload): its view's place, for when Back loads it afresh.
  window.addEventListener('pagehide', function () { saveScroll(here()); });
  window.addEventListener('pageshow', function (evt) {
    syncForms();
    var nav = performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
    if (evt.persisted || (nav && (nav.type === 'back_forward' || nav.type === 'reload'))) {
      restoreScroll(here());
    }
  });
  document.addEventListener('DOMContentLoaded', syncForms);
})();
