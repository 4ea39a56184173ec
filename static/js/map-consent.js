// Map consent: nothing map-related loads until the visitor agrees.
//   "Karte einmal laden": this page view only, nothing stored.
//   "Karte immer laden": remembered in localStorage (not a cookie) until revoked.
// Agreeing reveals the map container, then fires the event django-leaflet waits for.

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

function setUpMap(section) {
  const config = JSON.parse(document.getElementById("map-config").textContent);
  const placeholder = section.querySelector("[data-map-placeholder]");
  const live = section.querySelector("[data-map-live]");
  const revokeArea = section.querySelector("[data-consent-revoke-area]");
  let started = false;

  function start() {
    if (started) return;
    started = true;
    placeholder.hidden = true;
    live.hidden = false;
    revokeArea.hidden = false;
    window.dispatchEvent(new Event(config.consentEvent));
    live.querySelector(".leaflet-container")?.focus({ preventScroll: true });
  }

  section.querySelector("[data-consent-buttons]").hidden = false;
  section.querySelector("[data-consent-explain]").hidden = false;
  section.querySelector('[data-consent="once"]').addEventListener("click", start);
  section.querySelector('[data-consent="always"]').addEventListener("click", () => {
    remember(true);
    start();
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
