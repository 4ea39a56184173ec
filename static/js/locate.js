// "Meinen Standort verwenden": asks the browser for the position only on this click and sends
// it to our own server (/zustaendigkeit/?lat=…&lon=…), which answers and stores nothing.

function setUp(form) {
  const button = form.querySelector("[data-locate]");
  if (!button || !("geolocation" in navigator)) return;
  const note = form.querySelector("[data-locate-note]");
  const error = form.querySelector("[data-locate-error]");
  button.hidden = false;
  note.hidden = false;

  button.addEventListener("click", () => {
    error.hidden = true;
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const url = new URL(form.action); // ends in #ergebnis: the page opens at the answer
        const query = new URLSearchParams({
          lat: position.coords.latitude.toFixed(6),
          lon: position.coords.longitude.toFixed(6),
        });
        // A choice that narrows the answer (the kind of place) goes along.
        form.querySelectorAll("select[name]").forEach((select) => {
          if (select.value) query.set(select.name, select.value);
        });
        url.search = query;
        window.location.assign(url);
      },
      () => {
        button.disabled = false;
        error.hidden = false;
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 60000 },
    );
  });
}

document.querySelectorAll("form.lookup-form").forEach(setUp);
