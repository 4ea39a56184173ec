"""The search field in the header, as a resident on a 360 px phone uses it: by keyboard, with
and without JavaScript, and on a wide screen beside the site's name."""

import pytest

from .browser_audit import clipped_elements

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 800}


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def phone(request, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=request.param)
    page = context.new_page()
    yield page
    context.close()


def test_on_a_phone_the_header_leads_to_the_search_without_opening_the_menu(phone, site_url):
    phone.goto(site_url + "/fragen/")
    link = phone.locator(".site-header a.search-link")
    assert link.is_visible()  # beside "Menü", no need to open it
    link.focus()
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/suche/")
    field = phone.locator("#suchbegriff")
    assert field.is_visible()
    field.focus()
    phone.keyboard.type("Stadteilkoordination")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/suche/?q=Stadteilkoordination")
    hits = phone.locator(".search-hit__title a")
    assert hits.first.inner_text().startswith("Stadtteilkoordination")
    assert phone.get_by_role("link", name="Stadtteilkoordination", exact=True).is_visible()
    assert clipped_elements(phone) == []
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # The first result is reached by keyboard and followed with Enter
    hits.first.focus()
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/stadtteilkoordination/*/")


def test_on_a_wide_screen_the_field_sits_beside_the_name(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(site_url + "/ar/")
    field = page.locator("#suche-kopf")
    assert field.is_visible()
    header = page.locator(".site-header").bounding_box()
    assert field.bounding_box()["y"] < header["y"] + 100  # in the first row, not below the menu
    field.fill("Kita Rotkäppchen")
    field.press("Enter")
    page.wait_for_url("**/ar/suche/?q=Kita+Rotk*")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".search-hit").count() >= 1
    context.close()
