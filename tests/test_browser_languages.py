"""Languages in a real browser: a compact header with Leichte Sprache and Gebärdensprache in
every language, switching without a cookie, and Arabic mirrored without mirroring the maps."""

import re

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 800}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("path", ["/", "/en/", "/tr/", "/ar/"])
def test_the_phone_header_stays_compact_with_both_access_links_in_view(phone, site_url, path):
    phone.goto(site_url + path)
    assert phone.locator(".site-header").bounding_box()["height"] <= 140
    service_bar = phone.locator(".service-bar").bounding_box()
    assert service_bar["height"] <= 44, "the service bar must stay one row"
    easy = phone.locator(".service-bar a[href$='/leichte-sprache/']")
    sign = phone.locator(".service-bar a[href$='/gebaerdensprache/']")
    assert easy.is_visible() and sign.is_visible()
    assert re.sub(r"\s+", " ", easy.inner_text()).strip() == "Leichte Sprache"
    short = sign.locator(".service-link__short")
    assert short.is_visible() and short.inner_text() == "DGS"
    # Its name for screen readers says what DGS is and contains what is shown (WCAG 2.5.3).
    assert sign.evaluate("element => element.textContent").strip().startswith("Gebärdensprache")
    for link in phone.locator(".language-switcher a").all():
        assert link.is_visible()


def test_switching_the_language_by_link_sets_no_cookie_and_stores_nothing(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + "/fragen/")
    page.get_by_role("link", name="English").click()
    page.wait_for_url(site_url + "/en/fragen/")
    assert page.locator("h1").inner_text() == "Questions & answers"
    page.get_by_role("link", name="العربية").click()
    page.wait_for_url(site_url + "/ar/fragen/")
    assert page.evaluate("[document.documentElement.lang, document.dir]") == ["ar", "rtl"]
    page.get_by_role("link", name="Deutsch").click()
    page.wait_for_url(site_url + "/fragen/")
    assert page.locator("h1").inner_text() == "Fragen & Antworten"
    assert context.cookies() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    context.close()


def text_box(locator):
    """Where the text itself is drawn (a block element spans the whole line)."""
    return locator.evaluate(
        """element => { const range = document.createRange(); range.selectNodeContents(element);
           const box = range.getBoundingClientRect(); return {x: box.x, width: box.width}; }"""
    )


def test_arabic_mirrors_the_layout_but_not_the_map(browser, site_url):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    positions = {}
    for code, path in (("de", "/bezirksregionen/"), ("ar", "/ar/bezirksregionen/")):
        page.goto(site_url + path)
        wordmark = text_box(page.locator(".wordmark__authority"))
        heading = text_box(page.locator("h1"))
        labels = page.locator(".svg-map text")
        west = labels.filter(has_text=re.compile(r"^01$")).bounding_box()
        east = labels.filter(has_text=re.compile(r"^12$")).bounding_box()
        positions[code] = (wordmark, heading, west, east)
    (de_mark, de_heading, de_west, de_east) = positions["de"]
    (ar_mark, ar_heading, ar_west, ar_east) = positions["ar"]
    middle = DESKTOP["width"] / 2
    assert de_mark["x"] + de_mark["width"] < middle < ar_mark["x"]  # the wordmark moves right
    assert de_heading["x"] < middle < ar_heading["x"] + ar_heading["width"]
    assert ar_heading["x"] + ar_heading["width"] > de_heading["x"] + de_heading["width"]
    # The map is geography, not text: region 01 stays west of region 12 in both.
    assert de_west["x"] < de_east["x"] and ar_west["x"] < ar_east["x"]
    context.close()


def test_german_contact_facts_keep_their_order_on_arabic_pages(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + "/ar/stadtteilkoordination/schillerpromenade/")
    card = page.locator(".contact-card").first
    phone_link = card.locator("a.phone").first
    assert phone_link.get_attribute("dir") == "ltr"
    # "12049 Berlin": the postcode is drawn left of the city, as on the envelope.
    address = card.locator("address")
    lines = address.evaluate(
        """element => { const range = document.createRange(); const text = [...element.childNodes]
             .filter(node => node.nodeType === 3 && node.textContent.includes('Berlin'))[0];
           const start = text.textContent.indexOf('12049');
           range.setStart(text, start); range.setEnd(text, start + 5);
           const postcode = range.getBoundingClientRect().x;
           const city = text.textContent.indexOf('Berlin');
           range.setStart(text, city); range.setEnd(text, city + 6);
           return [postcode, range.getBoundingClientRect().x]; }"""
    )
    postcode_x, city_x = lines
    assert postcode_x < city_x
    context.close()


@pytest.mark.parametrize("start", ["/bezirksregionen/", "/en/karte/", "/ar/fragen/"])
def test_leichte_sprache_is_one_tap_from_the_header(phone, site_url, start):
    phone.goto(site_url + start)
    phone.locator(".service-bar a[href$='/leichte-sprache/']").click()
    phone.wait_for_url(re.compile(r"/leichte-sprache/$"))
    for title in (
        "Was steht auf dieser Internet·seite?",
        "So finden Sie sich auf der Internet·seite zurecht",
        "Ist die Internet·seite barriere·frei?",
        "Wo gibt es noch mehr in Leichter Sprache und in Gebärden·sprache?",
    ):
        assert phone.get_by_role("heading", name=title, level=2).is_visible()
    assert phone.locator(".easy-language").evaluate("e => getComputedStyle(e).fontSize") == "20px"


def test_the_sign_language_page_is_one_tap_from_the_header(phone, site_url):
    phone.goto(site_url + "/tr/")
    phone.locator(".service-bar a[href$='/gebaerdensprache/']").click()
    phone.wait_for_url(site_url + "/tr/gebaerdensprache/")
    assert phone.locator("h1").inner_text() == "Alman İşaret Dili (DGS)"
    assert phone.get_by_text("İşaret dili videolarını hazırlıyoruz.").is_visible()
