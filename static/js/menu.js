// The main navigation is a <details> disclosure ("Menü"), which works without JavaScript.
// On wide screens there is room for it: keep it open there.

const wide = window.matchMedia("(min-width: 56rem)");

function follow(menu) {
  menu.open = wide.matches;
}

document.querySelectorAll("[data-menu]").forEach((menu) => {
  follow(menu);
  wide.addEventListener("change", () => follow(menu));
});
