// The text editor (django-prose-editor) names its toolbar buttons in English, outside its
// translations. Until it translates them itself, we give them German names here.

const GERMAN = {
  paragraph: "Absatzformat",
  Paragraph: "Absatz",
  "Heading 2": "Überschrift",
  "Heading 3": "Unterüberschrift",
  "unordered list": "Aufzählung",
  "ordered list": "Nummerierte Liste",
  bold: "Fett",
  italic: "Kursiv",
  "insert link": "Link einfügen",
  "remove link": "Link entfernen",
  undo: "Rückgängig",
  redo: "Wiederholen",
};

function translate(root) {
  root.querySelectorAll(".prose-menubar").forEach((menubar) => {
    menubar.querySelectorAll("[title], [aria-label]").forEach((element) => {
      for (const attribute of ["title", "aria-label"]) {
        const german = GERMAN[element.getAttribute(attribute)];
        if (german) element.setAttribute(attribute, german);
      }
    });
    const walker = document.createTreeWalker(menubar, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest(".material-icons")) continue; // icon ligatures
      const german = GERMAN[node.nodeValue.trim()];
      if (german && node.nodeValue.trim() !== german) node.nodeValue = german;
    }
  });
}

new MutationObserver(() => translate(document)).observe(document.documentElement, {
  childList: true,
  subtree: true,
});
translate(document);
