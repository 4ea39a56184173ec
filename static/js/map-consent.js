// Map consent: nothing map-related loads until the visitor agrees.
//   "Karte einmal laden": this page view only, nothing stored.
//   "Karte immer laden": remembered in localStorage (not a cookie) until revoked.
// Agreeing adds Leaflet's CSS and JS (our own static files), then starts the map from the
// settings the page carries as data (json_script). Before that, the page holds no tile URL a
// browser would fetch and no Leaflet file.

const STORAGE_KEY = "spk-karte-zustimmung";
const ALWAYS = "immer";

function storedConsent() {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === ALWAYS;
  } catch {
    return false; // storage blocked: behave as if never agreed
  }
}

function remember(agreed) {
  try {
    if (agreed) window.localStorage.setItem(STORAGE_KEY, ALWAYS);
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Without storage "immer" works like "einmal".
  }
}

function revoke() {
  remember(false);
  window.location.reload(); // a fresh page view: placeholder again, no map code running
}

function addOnce(tag, attributes) {
  const selector = tag === "link" ? `link[href="${attributes.href}"]` : `script[src="${attributes.src}"]`;
  const existing = document.head.querySelector(selector);
  if (existing) return existing.loaded;
  const element = Object.assign(document.createElement(tag), attributes);
  element.loaded = new Promise((resolve, reject) => {
    element.addEventListener("load", resolve, { once: true });
    element.addEventListener("error", reject, { once: true });
  });
  document.head.append(element);
  return element.loaded;
}

function loadLeaflet(section) {
  return Promise.all([
    addOnce("link", { rel: "stylesheet", href: section.dataset.leafletCss }),
    addOnce("script", { src: section.dataset.leafletJs }),
  ]);
}

function setUpMap(section) {
  const config = JSON.parse(document.getElementById(section.dataset.configId).textContent);
  const placeholder = section.querySelector("[data-map-placeholder]");
  const live = section.querySelector("[data-map-live]");
  const revokeArea = section.querySelector("[data-consent-revoke-area]");
  let started = false;

  async function start({ fromClick = false } = {}) {
    if (started) return;
    started = true;
    placeholder.hidden = true;
    live.hidden = false;
    revokeArea.hidden = false;
    // The map takes the place of the longer placeholder: bring it into view and give it the
    // focus the button had (which is hidden now), so a phone shows the map, not the layers.
    if (fromClick) {
      const canvas = live.querySelector("[data-map-canvas]");
      canvas.tabIndex = -1;
      canvas.focus({ preventScroll: true });
      canvas.scrollIntoView({ block: "start" });
    }
    await loadLeaflet(section);
    const { startMap } = await import(section.dataset.mapModule);
    startMap(section, config);
  }

  section.querySelector("[data-consent-buttons]").hidden = false;
  section.querySelector("[data-consent-explain]").hidden = false;
  section.querySelector('[data-consent="once"]').addEventListener("click", () =>
    start({ fromClick: true }),
  );
  section.querySelector('[data-consent="always"]').addEventListener("click", () => {
    remember(true);
    start({ fromClick: true });
  });
  section.querySelector("[data-consent-revoke]").addEventListener("click", revoke);
  if (storedConsent()) start();
}

function setUpSettings(box) {
  const state = storedConsent() ? "always" : "none";
  box.querySelectorAll("[data-consent-state]").forEach((element) => {
    element.hidden = element.dataset.consentState !== state;
  });
  box.querySelector("[data-consent-revoke]").addEventListener("click", revoke);
}

document.querySelectorAll("[data-consent-map]").forEach(setUpMap);
document.querySelectorAll("[data-consent-settings]").forEach(setUpSettings);
