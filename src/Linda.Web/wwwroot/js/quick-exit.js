// Quick exit: leave Linda for a neutral site without leaving Linda in the back-button history.
// Without JavaScript the link still goes to the neutral site (but the visit stays in history).
(function () {
  "use strict";
  function leave(url) {
    try { document.body.innerHTML = ""; document.title = ""; } catch (e) { /* nothing to hide */ }
    // replace() swaps the current history entry, so Back cannot return to Linda.
    window.location.replace(url);
  }
  function exitLink() { return document.querySelector("[data-quick-exit]"); }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (!link) { return; }
    event.preventDefault();
    leave(link.href);
  });
  // Pressing Escape twice also leaves, for a person who cannot reach the button in time.
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var now = Date.now();
    var link = exitLink();
    if (link && now - lastEscape < 800) { leave(link.href); }
    lastEscape = now;
  });
})();
