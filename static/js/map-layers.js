// Once django-leaflet has created the map (after consent), add our layers: Bezirksregionen
// with labels, action areas highlighted, Planungsräume and GI focus areas as toggles, offices
// as markers. A click asks our own server (/api/zustaendigkeit) which region it is and who is
// responsible – the same answer as the address search.
// All data comes from this site; configuration from the json_script "map-config".

const STYLE = {
  region: { color: "#4a5a47", weight: 1.5, fillColor: "#e3e8e1", fillOpacity: 0.25 },
  actionArea: { color: "#8a3d00", weight: 2.5, fillColor: "#f5a05c", fillOpacity: 0.35 },
  current: { color: "#6f0716", weight: 4, fillColor: "#9b0a1f", fillOpacity: 0.2 },
  planungsraum: { color: "#6f0716", weight: 1, dashArray: "4 3", fill: false },
  gi: { color: "#0b4f8a", weight: 3, dashArray: "10 6", fillColor: "#0b4f8a", fillOpacity: 0.08 },
};
// Status classes of the Monitoring Soziale Stadtentwicklung (1 hoch … 4 sehr niedrig).
const MSS_COLOURS = { 1: "#1a9850", 2: "#fee08b", 3: "#f46d43", 4: "#a50026" };

function cloneTemplate(root, selector) {
  return root.querySelector(selector).content.cloneNode(true);
}

function label(text) {
  const span = document.createElement("span");
  span.textContent = text;
  return span;
}

async function loadJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

function officePopup(section, office) {
  const content = cloneTemplate(section, "[data-office-popup]");
  content.querySelector('[data-slot="name"]').textContent = office.name;
  content.querySelector('[data-slot="address"]').textContent = office.address;
  content.querySelector('[data-slot="link"]').href = office.url;
  const wrapper = document.createElement("div");
  wrapper.append(content);
  return wrapper;
}

function showAnswer(section, config, answer) {
  const target = section.querySelector("[data-map-answer]");
  if (answer === "outside" || answer === "error") {
    target.replaceChildren(cloneTemplate(section, `[data-answer="${answer}"]`));
    return;
  }
  const [match] = answer.matches;
  const content = cloneTemplate(section, '[data-answer="found"]');
  content.querySelector('[data-slot="planungsraum"]').textContent = match.planungsraum.name;
  const region = content.querySelector('[data-slot="bezirksregion"]');
  region.textContent = match.bezirksregion.name;
  region.href = match.bezirksregion.url;
  const office = match.stadtteilkoordination;
  const contact = content.querySelector('[data-slot="contact"]');
  contact.textContent = office ? office.name : config.districtContact;
  contact.href = office ? office.url : config.districtContactUrl;
  target.replaceChildren(content);
}

function setUpMap(map, section, config) {
  map.zoomControl.remove();
  L.control
    .zoom({ zoomInTitle: section.dataset.zoomIn, zoomOutTitle: section.dataset.zoomOut })
    .addTo(map);

  const layers = {};
  const layerToggles = section.querySelector("[data-map-layers]");

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
    layers.mss = L.geoJSON(planungsraeume, {
      style: (feature) => ({
        color: "#ffffff",
        weight: 1,
        fillColor: MSS_COLOURS[feature.properties.mss_status_klasse] || "#bbbbbb",
        fillOpacity: 0.6,
      }),
      interactive: false,
    });
    layers.bezirksregionen = L.geoJSON(bezirksregionen, {
      style: (feature) => {
        if (feature.properties.code === config.highlight) return STYLE.current;
        return feature.properties.stadtteilkoordination ? STYLE.actionArea : STYLE.region;
      },
      onEachFeature: (feature, layer) => {
        layer.bindTooltip(label(feature.properties.name), {
          permanent: true,
          direction: "center",
          className: "map-region-label",
        });
      },
    }).addTo(map);

    const highlighted = layers.bezirksregionen
      .getLayers()
      .find((layer) => layer.feature.properties.code === config.highlight);
    map.fitBounds((highlighted || layers.bezirksregionen).getBounds(), { padding: [12, 12] });

    // Offices stay clickable above the polygons, which arrived after them.
    layers.buero.eachLayer((marker) => marker.bringToFront());

    layerToggles.querySelectorAll("input[type=checkbox]").forEach((input) => {
      if (input.name !== "bezirksregionen") input.disabled = false;
      if (input.checked && layers[input.name] && !map.hasLayer(layers[input.name])) {
        layers[input.name].addTo(map);
      }
    });
  });

  layers.buero = L.layerGroup(
    config.offices
      .filter((office) => office.lat !== null)
      .map((office) =>
        L.circleMarker([office.lat, office.lon], {
          radius: 9,
          color: "#ffffff",
          weight: 2,
          fillColor: "#0b4f8a",
          fillOpacity: 1,
        }).bindPopup(officePopup(section, office)),
      ),
  ).addTo(map);
  if (config.focus && config.focus.lat !== null) map.setView([config.focus.lat, config.focus.lon], 16);

  layerToggles.addEventListener("change", (event) => {
    const layer = layers[event.target.name];
    if (!layer) return;
    if (event.target.checked) layer.addTo(map);
    else layer.remove();
  });

  map.on("click", async (event) => {
    const query = new URLSearchParams({ lat: event.latlng.lat, lon: event.latlng.lng });
    try {
      const response = await fetch(`${config.responsibility}?${query}`);
      if (response.status === 404) return showAnswer(section, config, "outside");
      if (!response.ok) return showAnswer(section, config, "error");
      showAnswer(section, config, await response.json());
    } catch {
      showAnswer(section, config, "error");
    }
  });
}

window.addEventListener("map:init", (event) => {
  const section = document.querySelector("[data-consent-map]");
  const config = JSON.parse(document.getElementById("map-config").textContent);
  if (event.detail.id === config.mapId) setUpMap(event.detail.map, section, config);
});
