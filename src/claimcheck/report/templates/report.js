"use strict";
// claimcheck report: click a claim to show its evidence; sort the claims table.
// Without this script the page still works: claims link to their evidence (:target).
(function () {
  document.querySelectorAll("a.claim").forEach(function (link) {
    var panel = document.getElementById(link.getAttribute("href").slice(1));
    if (!panel) { return; }
    link.setAttribute("aria-expanded", "false");
    link.setAttribute("aria-controls", panel.id);
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var open = !panel.classList.contains("open");
      panel.classList.toggle("open", open);
      link.setAttribute("aria-expanded", open ? "true" : "false");
    });
  });
  document.querySelectorAll("table.claims").forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll("th[data-key]").forEach(function (header) {
      var button = header.querySelector("button.sort");
      var plain = header.querySelector(".plain");
      button.hidden = false;
      if (plain) { plain.hidden = true; }
      button.addEventListener("click", function () {
        var key = header.getAttribute("data-key");
        var numeric = header.getAttribute("data-type") === "number";
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("th[aria-sort]").forEach(function (other) {
          other.removeAttribute("aria-sort");
        });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.getAttribute("data-" + key), y = b.getAttribute("data-" + key);
          var order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          if (!ascending) { order = -order; }
          return order || Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
}());
