// "Adresse kopieren": copies the address shown beside the button. Without JavaScript the
// address is there anyway, wrapped on small screens and selectable; the button only appears
// with it.

for (const button of document.querySelectorAll("[data-copy]")) {
  const field = button.parentElement.querySelector("[data-copy-source]");
  if (!field || !navigator.clipboard) continue;
  button.hidden = false;
  const label = button.textContent;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.textContent.trim());
      button.textContent = button.dataset.copied;
    } catch {
      getSelection().selectAllChildren(field); // refused: select it for the visitor to copy
    }
    setTimeout(() => { button.textContent = label; }, 2500);
  });
}
