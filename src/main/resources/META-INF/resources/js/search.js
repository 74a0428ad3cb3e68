// Search suggestions (issue 17): the ARIA combobox pattern on the leaderboard's search box. htmx fills the listbox
// #q-suggestions as you type; this file only shows or hides it, moves the active option with the arrow keys, opens it
// with Enter and closes the list with Escape, and says how many suggestions there are in a polite live region.
// Without it the search box still filters the table, and /search/suggest?q= is a page of its own.
(function () {
  'use strict';

  function parts() {
    var input = document.getElementById('q');
    var list = document.getElementById('q-suggestions');
    return input && list ? { input: input, list: list, status: document.getElementById('q-suggest-status') } : null;
  }

  function options(list) {
    return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
  }

  function activate(p, option) {
    options(p.list).forEach(function (o) {
      o.setAttribute('aria-selected', o === option ? 'true' : 'false');
      o.classList.toggle('active', o === option);
    });
    if (option) {
      p.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      p.input.removeAttribute('aria-activedescendant');
    }
  }

  function open(p, show) {
    p.list.hidden = !show;
    p.input.setAttribute('aria-expanded', show ? 'true' : 'false');
    if (!show) {
      activate(p, null);
    }
  }

  function announce(p, count) {
    if (p.status) {
      p.status.textContent = count === 1 ? '1 suggestion' : count + ' suggestions';
    }
  }

  document.addEventListener('htmx:afterSwap', function (e) {
    var p = parts();
    if (!p || e.target !== p.list) {
      return;
    }
    var count = options(p.list).length;
    // Only while the box still has the text the answer is for, and has the focus.
    open(p, count > 0 && p.input.value.trim() !== '' && document.activeElement === p.input);
    announce(p, p.input.value.trim() === '' ? 0 : count);
  });

  document.addEventListener('keydown', function (e) {
    var p = parts();
    if (!p || e.target !== p.input) {
      return;
    }
    var all = options(p.list);
    var active = p.list.querySelector('[aria-selected="true"]');
    var at = all.indexOf(active);
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && all.length > 0) {
      e.preventDefault();
      open(p, true);
      var next = e.key === 'ArrowDown' ? (at + 1) % all.length : (at <= 0 ? all.length - 1 : at - 1);
      activate(p, all[next]);
    } else if (e.key === 'Enter' && active && !p.list.hidden) {
      // With no active option Enter submits the search as before.
      e.preventDefault();
      window.location.assign(active.querySelector('a').href);
    } else if (e.key === 'Escape' && !p.list.hidden) {
      // Close the list and keep the text (a search box's Escape would clear it).
      e.preventDefault();
      open(p, false);
    }
  });

  document.addEventListener('focusout', function (e) {
    var p = parts();
    if (p && e.target === p.input && !p.list.contains(e.relatedTarget)) {
      open(p, false);
    }
  });

  // A click on an option follows its link; keep the list open while the pointer is pressed on it.
  document.addEventListener('mousedown', function (e) {
    var p = parts();
    if (p && p.list.contains(e.target)) {
      e.preventDefault();
    }
  });
})();
