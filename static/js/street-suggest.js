// Street names suggested while typing: fills the form's <datalist> from /api/strassen.
// The form works the same without it.

const DELAY_MS = 150;

function setUp(form) {
  const input = form.querySelector('input[name="strasse"]');
  const list = document.getElementById(input.getAttribute("list"));
  const endpoint = form.dataset.streetSuggest;
  let timer;
  let lastQuery = "";

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const query = input.value.trim();
      if (query.length < 2 || query === lastQuery) return;
      lastQuery = query;
      try {
        const response = await fetch(`${endpoint}?${new URLSearchParams({ q: query })}`);
        if (!response.ok) return;
        const { strassen } = await response.json();
        list.replaceChildren(
          ...strassen.map((name) => {
            const option = document.createElement("option");
            option.value = name;
            return option;
          }),
        );
      } catch {
        // No suggestions; typing still works.
      }
    }, DELAY_MS);
  });
}

document.querySelectorAll("form[data-street-suggest]").forEach(setUp);
