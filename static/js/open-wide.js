// Lists that are compact on a phone (a name to tap) open by themselves on a wide screen, where
// there is room for the whole card. Without JavaScript they stay compact and work the same.
const WIDE = window.matchMedia("(min-width: 56rem)");

function openOnWideScreens() {
  if (!WIDE.matches) return;
  document.querySelectorAll("details[data-open-wide]").forEach((details) => {
    details.open = true;
  });
}

openOnWideScreens();
WIDE.addEventListener("change", openOnWideScreens);
