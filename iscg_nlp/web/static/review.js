// Keyboard shortcuts and scrolling for the review page. No framework, no inline script (CSP).
(function () {
  "use strict";

  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.preuve"));
  var active = -1;

  function show(i) {
    if (!marks.length) { return; }
    if (active >= 0) { marks[active].classList.remove("active"); }
    active = (i + marks.length) % marks.length;
    var mark = marks[active];
    mark.classList.add("active");
    // Scroll only the text pane, so the list of indicators stays where the reviewer left it.
    var pane = mark.closest(".texte-convention");
    if (pane && pane.scrollHeight > pane.clientHeight) {
      pane.scrollTop += mark.getBoundingClientRect().top - pane.getBoundingClientRect().top - pane.clientHeight / 3;
    } else {
      mark.scrollIntoView({ block: "center" });
    }
  }

  // Scroll the text to the first evidence of the selected indicator.
  if (marks.length) { show(0); }

  // Clicking a cited passage scrolls inside the text pane instead of jumping the whole page.
  document.querySelectorAll("a.vers-passage").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      var id = a.getAttribute("href").slice(1);
      var target = document.getElementById(id);
      if (target) { ev.preventDefault(); show(marks.indexOf(target)); }
    });
  });

  function follow(id) {
    var link = document.getElementById(id);
    if (link) { window.location.href = link.href; }
  }

  function typing(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "SELECT" || el.isContentEditable);
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    if (typing(ev.target)) {
      if (ev.key === "Escape") { ev.target.blur(); }
      return;
    }
    var form = document.getElementById("form-decision");
    switch (ev.key) {
      case "j": follow("suivant"); break;
      case "k": follow("precedent"); break;
      case "n": follow("doc-suivant"); break;
      case "p": follow("doc-precedent"); break;
      case "e": show(active + 1); break;
      case "c":
        var confirm = document.getElementById("btn-confirmer");
        if (confirm) { confirm.click(); }
        break;
      case "o":
        var first = form && form.querySelector(".premier-choix");
        if (first) { first.focus(); first.scrollIntoView({ block: "center" }); }
        break;
      default:
        if (/^[1-9]$/.test(ev.key) && form) {
          var radios = form.querySelectorAll("input[type=radio][name=valeur]");
          var r = radios[parseInt(ev.key, 10) - 1];
          if (r) { r.checked = true; r.focus(); }
        } else {
          return;
        }
    }
    ev.preventDefault();
  });
})();
