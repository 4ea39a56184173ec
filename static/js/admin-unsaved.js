// Staff forms: ask before leaving a form with changes that are not saved yet (a typed news
// item is not lost by a click on a menu link or the browser's back button). Saving, and the
// history's "restore", leave without asking.

const form = document.querySelector("#content-main form[method=post]");
if (form) {
  let changed = false;
  const mark = () => { changed = true; };
  form.addEventListener("input", mark);
  form.addEventListener("change", mark);
  // Typing in the text editor (a contenteditable inside the form) fires "input" too.
  form.addEventListener("submit", () => { changed = false; });
  window.addEventListener("beforeunload", (event) => {
    if (!changed) return;
    event.preventDefault();
    event.returnValue = ""; // browsers show their own "Seite verlassen?" question
  });
}
