// Lists that are compact on a phone (a name to tap) show their whole cards on a wide screen,
// where there is room: the card takes the place of its disclosure. Without JavaScript they stay
// compact and work the same.
const WIDE = window.matchMedia("(min-width: 56rem)");

if (WIDE.matches) {
  document.querySelectorAll("details[data-open-wide]").forEach((details) => {
    const content = [...details.children].filter((child) => child.tagName !== "SUMMARY");
    details.replaceWith(...content);
  });
}
