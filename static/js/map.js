// The interactive map, started by map-consent.js after the visitor agreed and Leaflet loaded.
// Everything comes from the page's data (json_script) and from this site's own GeoJSON;
// only the tiles come from the tile server named there. A click asks our server who is
// responsible and answers in a popup at that point (and, for screen readers, in a live region).

const STYLE = {
  region: { color: "#4a5a47", weight: 1.5, fillColor: "#e3e8e1", fillOpacity: 0.2 },
  actionArea: { color: "#8a3d00", weight: 2.5, fillColor: "#f5a05c", fillOpacity: 0.3 },
  current: { color: "#6f0716", weight: 4, fillColor: "#9b0a1f", fillOpacity: 0.2 },
  planungsraum: { color: "#6f0716", weight: 1, dashArray: "4 3", fill: false },
  gi: { color: "#0b4f8a", weight: 3, dashArray: "10 6", fillColor: "#0b4f8a", fillOpacity: 0.08 },
  office: {
    radius: 9,
    color: "#ffffff",
    weight: 2,
    fillColor: "#0b4f8a",
    fillOpacity: 1,
    bubblingMouseEvents: false, // a click on an office opens its popup, not the area answer
    pane: "offices",
  },
  place: {
    radius: 5,
    color: "#ffffff",
    weight: 1.5,
    fillOpacity: 1,
    bubblingMouseEvents: false,
    pane: "places",
  },
};
// Points lie in their own panes above the areas (overlay pane: 400), offices above places,
// whichever layer happens to load last.
const POINT_PANES = { places: 450, offices: 460 };
// Kitas in one colour, the other places in another (as in the legend and the SVG map).
const PLACE_COLOURS = { kita: "#7a4a00", other: "#2e6b30" };
// Status classes of the Monitoring Soziale Stadtentwicklung (1 hoch … 4 sehr niedrig).
const MSS_COLOURS = { 1: "#1a9850", 2: "#fee08b", 3: "#f46d43", 4: "#a50026" };
// From this zoom on, Planungsraum names replace Bezirksregion names.
const PLANUNGSRAUM_LABEL_ZOOM = 14;

function fromTemplate(section, selector) {
  return section.querySelector(selector).content.cloneNode(true);
}

function fill(fragment, slot, text, href) {
  const element = fragment.querySelector(`[data-slot="${slot}"]`);
  if (!element) return;
  element.textContent = text;
  if (href) element.href = href;
}

// Popups read at 16 px and stay inside a 360 px screen: never wider than the map allows,
// and the map pans so that the whole popup is in view.
function popupOptions(container) {
  return {
    maxWidth: Math.max(200, Math.min(280, container.clientWidth - 64)),
    autoPanPadding: [12, 12],
    className: "map-popup",
  };
}

function wrap(fragment) {
  const element = document.createElement("div");
  element.append(fragment);
  return element;
}

async function loadJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function boxesOverlap(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

// Hides every label that would overlap a label of higher priority (earlier in the list).
function declutter(labels) {
  const placed = [];
  for (const label of labels) {
    label.classList.remove("map-tooltip-label--hidden");
    const box = label.getBoundingClientRect();
    if (!box.width) continue;
    if (placed.some((other) => boxesOverlap(box, other))) {
      label.classList.add("map-tooltip-label--hidden");
    } else {
      placed.push(box);
    }
  }
}

function labelledLayer(geojson, options, className, priority) {
  const features = [...geojson.features].sort(priority);
  return L.geoJSON({ ...geojson, features }, {
    ...options,
    onEachFeature: (feature, layer) => {
      const text = document.createElement("span");
      text.textContent = feature.properties.name;
      layer.bindTooltip(text, { permanent: true, direction: "center", className });
    },
  });
}

function officePopup(section, office) {
  const content = fromTemplate(section, "[data-office-popup]");
  fill(content, "name", office.name);
  fill(content, "address", office.address);
  fill(content, "link", content.querySelector('[data-slot="link"]').textContent, office.url);
  return wrap(content);
}

function placePopup(section, place) {
  const content = fromTemplate(section, "[data-place-popup]");
  const props = place.properties;
  fill(content, "name", props.name);
  fill(content, "kind", section.querySelector(`[data-kind-name="${props.art}"]`)?.textContent || "");
  fill(content, "address", props.adresse || "");
  const places = content.querySelector('[data-slot="places"]');
  if (props.plaetze) places.textContent = places.dataset.pattern.replace("%s", props.plaetze);
  else places.remove();
  const phone = content.querySelector('[data-slot="phone"]');
  if (props.telefon) {
    phone.textContent = props.telefon.replace(/^\+4930/, "030 ");
    phone.href = `tel:${props.telefon}`;
  } else phone.remove();
  const website = content.querySelector('[data-slot="website"]');
  if (props.website) website.href = props.website;
  else website.remove();
  return wrap(content);
}

function placesLayer(section, geojson) {
  return L.geoJSON(geojson, {
    pointToLayer: (feature, latlng) =>
      L.circleMarker(latlng, {
        ...STYLE.place,
        fillColor: feature.properties.art === "kita" ? PLACE_COLOURS.kita : PLACE_COLOURS.other,
        className: `map-place map-place--${feature.properties.art}`,
      }),
    onEachFeature: (feature, layer) =>
      layer.bindPopup(
        () => placePopup(section, feature),
        popupOptions(section.querySelector("[data-map-canvas]")),
      ),
  });
}

function answerContent(section, config, answer) {
  if (answer === "outside" || answer === "error") {
    return fromTemplate(section, `[data-answer="${answer}"]`);
  }
  const [match] = answer.matches;
  const content = fromTemplate(section, '[data-answer="found"]');
  fill(content, "planungsraum", match.planungsraum.name);
  fill(content, "bezirksregion", match.bezirksregion.name, match.bezirksregion.url);
  const office = match.stadtteilkoordination;
  fill(
    content,
    "contact",
    office ? office.name : config.districtContact,
    office ? office.url : config.districtContactUrl,
  );
  return content;
}

async function askWhoIsResponsible(config, latlng) {
  const query = new URLSearchParams({ lat: latlng.lat.toFixed(6), lon: latlng.lng.toFixed(6) });
  if (config.language) query.set("lang", config.language);
  try {
    const response = await fetch(`${config.responsibility}?${query}`);
    if (response.status === 404) return "outside";
    if (!response.ok) return "error";
    return await response.json();
  } catch {
    return "error";
  }
}

export function startMap(section, config) {
  const container = section.querySelector("[data-map-canvas]");
  const map = L.map(container, {
    zoomControl: false,
    zoomSnap: 0.5, // fits Neukölln snugly on a phone too
    minZoom: config.tiles.minZoom,
    maxZoom: config.tiles.maxZoom,
    maxBounds: L.latLngBounds(config.bounds).pad(0.5),
  });
  map.attributionControl.setPrefix(config.tiles.prefix);
  for (const [name, zIndex] of Object.entries(POINT_PANES)) {
    map.createPane(name).style.zIndex = zIndex;
  }
  L.control
    .zoom({ zoomInTitle: section.dataset.zoomIn, zoomOutTitle: section.dataset.zoomOut })
    .addTo(map);

  // The view is set before the tile layer exists: the first tiles asked for are the right ones.
  if (config.focus && config.focus.lat !== null) {
    map.setView([config.focus.lat, config.focus.lon], 16);
  } else {
    map.fitBounds(config.focusBounds || config.bounds, { padding: [8, 8] });
  }
  L.tileLayer(config.tiles.url, {
    attribution: config.tiles.attribution,
    maxZoom: config.tiles.maxZoom,
    referrerPolicy: "strict-origin",
  }).addTo(map);

  const layers = {};
  const toggles = section.querySelector("[data-map-layers]");
  const answer = section.querySelector("[data-map-answer]");

  layers.buero = L.layerGroup(
    config.offices.map((office) =>
      L.circleMarker([office.lat, office.lon], STYLE.office).bindPopup(
        officePopup(section, office),
        popupOptions(container),
      ),
    ),
  );

  const regionLabels = () => [...container.querySelectorAll(".map-region-label")];
  const areaLabels = () => [...container.querySelectorAll(".map-plr-label")];
  function placeLabels() {
    const close = map.getZoom() >= PLANUNGSRAUM_LABEL_ZOOM && map.hasLayer(layers.planungsraeume);
    if (layers.planungsraumLabels) {
      if (close && !map.hasLayer(layers.planungsraumLabels)) layers.planungsraumLabels.addTo(map);
      if (!close && map.hasLayer(layers.planungsraumLabels)) layers.planungsraumLabels.remove();
    }
    container.classList.toggle("map--close", close);
    window.requestAnimationFrame(() => declutter(close ? areaLabels() : regionLabels()));
  }

  Promise.all([
    loadJson(config.layers.bezirksregionen),
    loadJson(config.layers.planungsraeume),
    loadJson(config.layers.prognoseraeume),
  ]).then(([bezirksregionen, planungsraeume, prognoseraeume]) => {
    layers.prognoseraeume = L.geoJSON(prognoseraeume, {
      filter: (feature) => feature.properties.gi_schwerpunkt,
      style: STYLE.gi,
      interactive: false,
    });
    layers.planungsraeume = L.geoJSON(planungsraeume, {
      style: STYLE.planungsraum,
      interactive: false,
    });
    layers.planungsraumLabels = labelledLayer(
      planungsraeume,
      { style: { stroke: false, fill: false }, interactive: false },
      "map-tooltip-label map-plr-label",
      (a, b) => b.properties.einwohner - a.properties.einwohner,
    );
    layers.mss = L.geoJSON(planungsraeume, {
      style: (feature) => ({
        color: "#ffffff",
        weight: 1,
        fillColor: MSS_COLOURS[feature.properties.mss_status_klasse] || "#bbbbbb",
        fillOpacity: 0.6,
      }),
      interactive: false,
    });
    // Labels of the highlighted region and the action areas win over the others.
    const rank = (feature) =>
      feature.properties.code === config.highlight ? 0 : feature.properties.stadtteilkoordination ? 1 : 2;
    layers.bezirksregionen = labelledLayer(
      bezirksregionen,
      {
        style: (feature) => {
          if (feature.properties.code === config.highlight) return STYLE.current;
          return feature.properties.stadtteilkoordination ? STYLE.actionArea : STYLE.region;
        },
      },
      "map-tooltip-label map-region-label",
      (a, b) => rank(a) - rank(b) || b.properties.flaeche_m2 - a.properties.flaeche_m2,
    ).addTo(map);

    // Boxes ticked while Leaflet was still loading count too.
    toggles.querySelectorAll("input[type=checkbox]").forEach((input) => {
      if (input.name !== "bezirksregionen") input.disabled = false;
      showAsTicked(input);
    });
    placeLabels();
  });

  let placesLoaded = null;
  async function showAsTicked(input) {
    if (input.name === "einrichtungen" && input.checked) {
      // Loaded only when asked for: 250 places are more than most visitors need.
      placesLoaded ??= loadJson(config.layers.einrichtungen).then((geojson) => {
        layers.einrichtungen = placesLayer(section, geojson);
      });
      await placesLoaded;
    }
    const layer = layers[input.name];
    if (!layer) return;
    if (input.checked && !map.hasLayer(layer)) layer.addTo(map);
    if (!input.checked) layer.remove();
    if (input.name !== "buero") placeLabels();
  }
  toggles.addEventListener("change", (event) => showAsTicked(event.target));
  map.on("zoomend", placeLabels);

  map.on("click", async (event) => {
    const result = await askWhoIsResponsible(config, event.latlng);
    L.popup(popupOptions(container))
      .setLatLng(event.latlng)
      .setContent(wrap(answerContent(section, config, result)))
      .openOn(map);
    answer.replaceChildren(answerContent(section, config, result));
  });
  return map;
}
