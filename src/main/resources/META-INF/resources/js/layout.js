// Phone-first layout, progressively: the leaderboard's filter panel (a <details>, open as served) starts closed on a
// phone-sized screen, where it would push the table below the fold, and opens again when the screen widens (its
// summary is hidden there). Without this script the panel simply stays open.
(function () {
  'use strict';
  var narrow = window.matchMedia('(max-width: 700px)');
  function fit() {
    document.querySelectorAll('details.filter-panel').forEach(function (panel) {
      panel.open = !narrow.matches;
    });
  }
  fit();
  narrow.addEventListener('change', fit);
})();
