// Opens the question a link points to (/fragen/#slug), also when the hash changes later.
function openTarget() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!id) return;
  const target = document.getElementById(id);
  if (target instanceof HTMLDetailsElement) {
    target.open = true;
    target.querySelector("summary")?.focus();
  }
}

openTarget();
window.addEventListener("hashchange", openTarget);
