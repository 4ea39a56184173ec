"""The map contacts the tile server only after consent, remembers only "immer", forgets on
revoke, sets no cookie, and is usable (and described) without it."""

import base64

import pytest
from django.conf import settings

from coordination.models import Office

from . import shipped
from .browser_audit import PageRecorder, axe_violations

pytestmark = pytest.mark.browser

TILE_HOST = settings.MAP_TILE_ORIGIN
STUB_TILE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


@pytest.fixture
def map_page(browser, site_url):
    """A fresh browser profile whose tile server is a local stub (nothing leaves the machine)."""
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    context.route(
        f"{TILE_HOST}/**", lambda route: route.fulfill(body=STUB_TILE, content_type="image/png")
    )
    page = context.new_page()
    yield page, PageRecorder(page, site_url), context
    context.close()


def tile_requests(recorder):
    return [url for url in recorder.requests if url.startswith(TILE_HOST)]


def open_map(page, site_url, path="/karte/"):
    """Opens a page with the map and waits until our consent module has offered its buttons."""
    page.goto(site_url + path, wait_until="load")
    page.locator("[data-consent-buttons]").wait_for()


def wait_for_map(page):
    """Until Leaflet has drawn its first tile."""
    page.locator(".leaflet-tile-loaded").first.wait_for()


def consent(page, button_name):
    """Clicks a consent button and waits until the map shows its first tile."""
    with page.expect_request(lambda request: request.url.startswith(TILE_HOST)):
        page.get_by_role("button", name=button_name).click()
    wait_for_map(page)


def new_view(context, site_url, path="/karte/"):
    """A new page view in the same browser profile (same storage): what a reload is to our
    code, without stray events from the page before."""
    for old in context.pages:
        old.close()
    page = context.new_page()
    recorder = PageRecorder(page, site_url)
    return page, recorder


def test_consent_once_always_and_revoke(map_page, site_url):
    page, recorder, context = map_page

    open_map(page, site_url)
    assert recorder.external_requests == []
    assert page.locator("[data-map-live]").is_hidden()

    consent(page, "Karte einmal laden")
    assert tile_requests(recorder), "tiles load after consent"
    assert recorder.external_requests == tile_requests(recorder)  # the tile host only
    assert not recorder.csp_violations

    page, recorder = new_view(context, site_url)
    open_map(page, site_url)
    assert recorder.external_requests == [], "'einmal' is forgotten on reload"
    assert page.get_by_role("button", name="Karte einmal laden").is_visible()

    consent(page, "Karte immer laden")
    assert tile_requests(recorder)
    assert page.evaluate("localStorage.getItem('spk-karte-zustimmung')") == "immer"

    page, recorder = new_view(context, site_url)
    with page.expect_request(lambda request: request.url.startswith(TILE_HOST)):
        page.goto(site_url + "/karte/")
    assert page.locator("[data-map-placeholder]").is_hidden(), "'immer' loads without asking"
    wait_for_map(page)
    assert recorder.external_requests == tile_requests(recorder)

    with page.expect_navigation():
        page.get_by_role("button", name="Zustimmung zur Karte widerrufen").click()
    page.locator("[data-consent-buttons]").wait_for()
    assert page.get_by_role("button", name="Karte einmal laden").is_visible()
    assert page.evaluate("localStorage.getItem('spk-karte-zustimmung')") is None

    page, recorder = new_view(context, site_url)
    open_map(page, site_url)
    assert recorder.external_requests == [], "after revoke nothing reaches the tile server"
    assert context.cookies() == []


def test_revoke_on_the_privacy_page(map_page, site_url):
    page, recorder, _ = map_page
    open_map(page, site_url)
    consent(page, "Karte immer laden")
    page.goto(site_url + "/datenschutz/", wait_until="load")
    assert page.get_by_text("Sie haben zugestimmt").is_visible()
    with page.expect_navigation():
        page.get_by_role("button", name="Zustimmung zur Karte widerrufen").click()
    page, recorder = new_view(page.context, site_url)
    open_map(page, site_url)
    assert recorder.external_requests == []


def test_map_page_passes_axe_with_the_map_loaded_and_answers_a_click(map_page, site_url):
    page, recorder, _ = map_page
    open_map(page, site_url)
    consent(page, "Karte einmal laden")
    page.get_by_label("Planungsräume", exact=True).check()
    page.get_by_label("Schwerpunkte der Gemeinschaftsinitiative (Prognoseräume)").check()
    assert axe_violations(page) == []
    assert not recorder.csp_violations

    # Click the middle of Schillerpromenade's label: the answer names region and office.
    page.locator(".map-region-label", has_text="Schillerpromenade").click(force=True)
    answer = page.locator("[data-map-answer]")
    answer.get_by_role("link", name="Schillerpromenade", exact=True).wait_for()
    assert "Stadtteilkoordination Schillerpromenade" in answer.inner_text()


def test_on_a_phone_the_answer_popup_reads_at_16_px_inside_the_screen(browser, site_url):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    context.route(
        f"{TILE_HOST}/**", lambda route: route.fulfill(body=STUB_TILE, content_type="image/png")
    )
    page = context.new_page()
    open_map(page, site_url)
    consent(page, "Karte einmal laden")
    # A label near the right edge of Neukölln: the popup must not be cut off there.
    page.get_by_role("tooltip", name="Rudow", exact=True).click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.get_by_role("link").first.wait_for()
    assert popup.evaluate("element => getComputedStyle(element).fontSize") == "16px"
    page.wait_for_function(  # until Leaflet has panned the popup into view
        """() => {
          const box = document.querySelector(".leaflet-popup").getBoundingClientRect();
          return box.left >= 0 && box.right <= window.innerWidth;
        }"""
    )
    box = page.locator(".leaflet-popup").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    context.close()


def test_office_with_a_location_is_a_marker_with_a_popup(map_page, site_url, live_db):
    page, _, _ = map_page
    with live_db():
        office = Office.objects.get(slug="reuterstrasse")
        office.location = {"type": "Point", "coordinates": [13.4275, 52.4895]}
        office.save()
    try:
        open_map(page, site_url)
        assert page.locator(".svg-map .map-marker").count() == 1  # drawn without consent too
        consent(page, "Karte einmal laden")
        page.locator("path.leaflet-interactive[fill='#0b4f8a']").first.click()
        popup = page.locator(".leaflet-popup-content")
        assert "Stadtteilkoordination Reuterstraße" in popup.inner_text()
        assert (
            popup.get_by_role("link").get_attribute("href")
            == "/stadtteilkoordination/reuterstrasse/"
        )
    finally:
        with live_db():
            office.location = None
            office.save()


def test_without_javascript_the_map_page_shows_the_svg_map_and_the_full_list(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/karte/")
    assert page.locator(".svg-map svg").is_visible()
    assert page.locator(".svg-map path.map-region").count() == 12
    assert page.locator(".region-key li").count() == 12
    assert (
        page.locator(".map-list")
        .get_by_role("link", name="Stadtteilkoordination Gropiusstadt")
        .is_visible()
    )
    assert (
        page.get_by_role("button", name="Karte einmal laden").count() == 0
        or not page.get_by_role("button", name="Karte einmal laden").is_visible()
    )
    context.close()


def test_consent_buttons_and_layer_toggles_work_by_keyboard(map_page, site_url):
    page, recorder, _ = map_page
    open_map(page, site_url)
    page.get_by_role("button", name="Karte einmal laden").focus()
    with page.expect_request(lambda request: request.url.startswith(TILE_HOST)):
        page.keyboard.press("Enter")
    assert tile_requests(recorder)
    toggle = page.get_by_label("Planungsräume", exact=True)
    toggle.focus()
    page.keyboard.press("Space")
    assert toggle.is_checked()
    # Tab moves on from the map: focus is never trapped inside it.
    page.locator(".leaflet-container").focus()
    for _ in range(8):
        page.keyboard.press("Tab")
    assert not page.evaluate("document.activeElement.closest('.leaflet-container')")


def test_admin_office_form_with_map_widget_has_no_csp_violation(browser, site_url, live_db):
    from django.contrib.auth.models import User

    with live_db():
        User.objects.filter(username="csp-admin").delete()
        User.objects.create_superuser("csp-admin", password="ein-langes-passwort-123")
        office_pk = Office.objects.get(slug="schillerpromenade").pk
    context = browser.new_context()
    context.route(
        f"{TILE_HOST}/**", lambda route: route.fulfill(body=STUB_TILE, content_type="image/png")
    )
    page = context.new_page()
    recorder = PageRecorder(page, site_url)
    try:
        page.goto(site_url + "/admin/login/")
        page.fill("#id_username", "csp-admin")
        page.fill("#id_password", "ein-langes-passwort-123")
        page.click("input[type=submit]")
        page.goto(f"{site_url}/admin/coordination/office/{office_pk}/change/")
        page.locator(".leaflet-container").wait_for()
        assert page.locator(".leaflet-container").count() == 1
        assert recorder.csp_violations == []
    finally:
        context.close()
        with live_db():
            User.objects.filter(username="csp-admin").delete()


def test_places_are_svg_points_before_consent_and_markers_with_popups_after(
    map_page, site_url, live_db
):
    from places.models import Place, PlaceKind

    page, recorder, _ = map_page
    with live_db():
        place = Place.objects.create(
            kind=PlaceKind.objects.get(slug="familienzentrum"),
            name="Familienzentrum Testweg",
            street="Reuterplatz",
            house_number="3",
            postcode="12047",
            phone="030 1234567",
            location={"type": "Point", "coordinates": [13.4326, 52.4871]},
            published=True,
        )
    try:
        page.goto(site_url + "/einrichtungen/?bezirksregion=reuterstrasse", wait_until="load")
        assert page.locator(".svg-map circle.map-point--familienzentrum").count() == 1
        assert page.locator(".svg-map circle.map-point--kita").count() > 10
        assert tile_requests(recorder) == []  # points without any request to the tile server

        open_map(page, site_url)
        consent(page, "Karte einmal laden")
        page.get_by_label("Kitas und Einrichtungen").check()
        marker = page.locator("path.map-place--familienzentrum")
        marker.wait_for()
        assert page.locator("path.map-place--kita").count() == shipped.kita_count()
        marker.click()
        popup = page.locator(".leaflet-popup-content")
        assert "Familienzentrum Testweg" in popup.inner_text()
        phone = popup.get_by_role("link", name="030 1234567")
        assert phone.get_attribute("href") == "tel:+49301234567"
    finally:
        with live_db():
            place.delete()


def test_a_layer_ticked_while_the_map_still_loads_is_shown(map_page, site_url):
    """The layer boxes appear with the consent, before Leaflet and our module have arrived: a
    box ticked then (no change event reaches the map yet) shows its layer once the map runs."""
    page, _recorder, _context = map_page
    open_map(page, site_url)
    page.locator("input[name=einrichtungen]").evaluate("(box) => { box.checked = true; }")
    consent(page, "Karte einmal laden")
    page.locator("path.map-place--kita").first.wait_for()
    assert page.locator("path.map-place--kita").count() > 200


def test_on_a_phone_consent_moves_focus_to_the_map_and_shows_it(map_page, site_url):
    page, _recorder, _context = map_page
    page.set_viewport_size({"width": 360, "height": 740})
    open_map(page, site_url, "/")
    consent(page, "Karte einmal laden")
    focused = page.evaluate("() => document.activeElement.matches('[data-map-canvas]')")
    assert focused
    top = page.evaluate(
        "() => document.querySelector('[data-map-canvas]').getBoundingClientRect().top"
    )
    assert 0 <= top < 200  # the map itself is on the screen, not the list of layers
