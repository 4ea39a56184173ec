// "Adresse kopieren": copies the address from the field beside the button. Without JavaScript
// the field is there anyway, read-only and selectable; the button only appears with it.

for (const button of document.querySelectorAll("[data-copy]")) {
  const field = button.parentElement.querySelector("[data-copy-source]");
  if (!field || !navigator.clipboard) continue;
  button.hidden = false;
  const label = button.textContent;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      button.textContent = button.dataset.copied;
    } catch {
      field.select(); // the browser refused: select it, so the visitor can copy it
    }
    setTimeout(() => { button.textContent = label; }, 2500);
  });
}
for (const field of document.querySelectorAll("[data-copy-source]")) {
  field.addEventListener("focus", () => field.select());
}
