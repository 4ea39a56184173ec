// Web addresses made from a German title spell umlauts out, as the site's own slugs do
// (spk_site.folding.german_slug): "Kiezgespräch" -> "kiezgespraech", never "kiezgesprach".
// Django's admin builds them with URLify, which drops the dots; we spell them out first.

const SPELLINGS = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss", ẞ: "SS" };

if (typeof window.URLify === "function") {
  const urlify = window.URLify;
  window.URLify = (text, length, allowUnicode) =>
    urlify(text.replace(/[äöüÄÖÜßẞ]/g, (letter) => SPELLINGS[letter]), length, allowUnicode);
}
