import pytest

from regions.geometry import to_geos
from regions.models import Planungsraum

from .browser_audit import PageRecorder

pytestmark = pytest.mark.browser


def test_my_location_answers_from_our_own_server(browser, site_url, live_db):
    with live_db():
        inside = to_geos(Planungsraum.objects.get(code="08100104").geometry).point_on_surface
    context = browser.new_context(
        geolocation={"latitude": inside.y, "longitude": inside.x},
        permissions=["geolocation"],
    )
    page = context.new_page()
    recorder = PageRecorder(page, site_url)
    page.goto(site_url + "/zustaendigkeit/")
    with page.expect_navigation():
        page.get_by_role("button", name="Meinen Standort verwenden").click()
    assert "/zustaendigkeit/?lat=" in page.url and page.url.endswith("#ergebnis")
    assert "Wartheplatz" in page.locator(".answer__where").inner_text()
    heading = "Für Sie da: Stadtteilkoordination Schillerpromenade"
    assert page.get_by_role("heading", name=heading).is_visible()
    assert recorder.external_requests == []
    assert context.cookies() == []
    context.close()


def test_location_button_only_appears_with_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/zustaendigkeit/")
    assert not page.get_by_role("button", name="Meinen Standort verwenden").is_visible()
    page.get_by_label("Straße", exact=True).fill("Lichtenrader Str. 12")
    page.get_by_role("button", name="Wer hilft mir?").click()
    assert "Schillerpromenade Nord" in page.locator(".answer__where").inner_text()
    context.close()


def test_street_names_are_suggested_while_typing(page, site_url):
    page.goto(site_url + "/zustaendigkeit/")
    page.get_by_label("Straße", exact=True).press_sequentially("karl ma", delay=30)
    page.locator("#strassen option").first.wait_for(state="attached")
    options = page.eval_on_selector_all("#strassen option", "els => els.map(e => e.value)")
    assert "Karl-Marx-Straße" in options
