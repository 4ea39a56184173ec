"""What a resident on a 360 × 800 phone meets first: the question, the answer in view, a
compact header, and a map that helps after consent."""

import io
import math
import re

import pytest
from django.conf import settings
from pypdf import PdfReader

from .browser_audit import clipped_elements

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 800}
TILE_HOST = settings.MAP_TILE_ORIGIN
# Neukölln's extent (west, south, east, north), from the LOR outlines.
NEUKOELLN = (13.39, 52.39, 13.53, 52.49)


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def phone(request, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=request.param)
    page = context.new_page()
    yield page
    context.close()


def in_first_screen(page, selector):
    box = page.locator(selector).bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]


def test_the_question_is_the_first_thing_on_the_start_page(phone, site_url):
    phone.goto(site_url + "/")
    assert phone.locator("h1").inner_text() == "Wer hilft mir in meinem Kiez?"
    assert in_first_screen(phone, "input[name=strasse]")
    assert in_first_screen(phone, "form.lookup-form button[type=submit]")
    assert phone.locator(".site-header").bounding_box()["height"] <= 140


def test_after_a_lookup_the_answer_is_in_view(phone, site_url):
    phone.goto(site_url + "/")
    phone.fill("input[name=strasse]", "Lichtenrader Str.")
    phone.fill("input[name=hausnummer]", "12")
    phone.locator("form.lookup-form button[type=submit]").click()
    phone.wait_for_url(re.compile(r"/zustaendigkeit/\?.*#ergebnis$"))
    answer = phone.locator("#ergebnis")
    assert "Stadtteilkoordination Schillerpromenade" in answer.inner_text()
    top = answer.bounding_box()["y"]
    assert 0 <= top < PHONE["height"] / 2, top


def test_with_javascript_the_answer_gets_the_focus(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + "/zustaendigkeit/?strasse=Hermanstr+100#ergebnis")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'ergebnis'")
    assert "Ergebnis für Hermannstraße" in page.locator("#ergebnis").inner_text()
    context.close()


def test_the_menu_opens_without_javascript_and_the_header_stays_small(browser, site_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/bezirksregionen/")
    assert page.locator(".site-header").bounding_box()["height"] <= 140
    nav_link = page.get_by_role("link", name="Kieze in Zahlen")
    assert not nav_link.is_visible()
    page.get_by_text("Menü").click()
    assert nav_link.is_visible()
    assert clipped_elements(page) == []
    context.close()


def tile_zoom_and_centre(url):
    z, x, y = (int(part) for part in re.search(r"/(\d+)/(\d+)/(\d+)\.png", url).groups())
    n = 2**z
    lon = (x + 0.5) / n * 360 - 180
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * (y + 0.5) / n))))
    return z, lon, lat


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}])
def test_after_consent_the_map_opens_on_neukoelln_and_answers_a_click_in_a_popup(
    browser, site_url, viewport
):
    context = browser.new_context(viewport=viewport)
    context.route(
        f"{TILE_HOST}/**", lambda route: route.fulfill(body=b"", content_type="image/png")
    )
    page = context.new_page()
    page.goto(site_url + "/karte/", wait_until="load")
    with page.expect_request(lambda request: request.url.startswith(TILE_HOST)) as first_tile:
        page.get_by_role("button", name="Karte einmal laden").click()
    z, lon, lat = tile_zoom_and_centre(first_tile.value.url)
    west, south, east, north = NEUKOELLN
    assert z >= 11
    assert west - 0.1 < lon < east + 0.1 and south - 0.1 < lat < north + 0.1

    labels = page.locator(".map-region-label:not(.map-tooltip-label--hidden)")
    labels.first.wait_for()
    boxes = [labels.nth(i).bounding_box() for i in range(labels.count())]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            overlap = (
                a["x"] < b["x"] + b["width"]
                and b["x"] < a["x"] + a["width"]
                and a["y"] < b["y"] + b["height"]
                and b["y"] < a["y"] + a["height"]
            )
            assert not overlap, "labels overlap"

    label = page.locator(".map-region-label", has_text="Schillerpromenade")
    label.scroll_into_view_if_needed()
    box = label.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # label: no hit
    popup = page.locator(".leaflet-popup-content")
    popup.get_by_role("link", name="Schillerpromenade", exact=True).wait_for()
    assert "Stadtteilkoordination Schillerpromenade" in popup.inner_text()
    assert "Schillerpromenade" in page.locator("[data-map-answer]").inner_text()  # announced
    context.close()


@pytest.mark.parametrize("path", ["/", "/ar/"])
def test_on_a_wide_screen_the_grid_holds(browser, site_url, path):
    """1280 px: the four offices two by two with equal heights (no orphan card), the map with
    the consent box beside it (no empty half screen), the OE SPK's facts in columns."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + path)
    cards = [card.bounding_box() for card in page.locator(".card-grid--pairs .card").all()]
    assert len(cards) == 4
    assert len({round(box["x"]) for box in cards}) == 2
    rows = {}
    for box in cards:
        rows.setdefault(round(box["y"]), []).append(round(box["height"]))
    assert all(len(heights) == 2 and len(set(heights)) == 1 for heights in rows.values())

    svg = page.locator(".consent-map .svg-map").bounding_box()
    consent = page.locator(".consent-map .consent-box").bounding_box()
    assert abs(svg["y"] - consent["y"]) < 2, "the consent box sits beside the map"
    assert svg["x"] + svg["width"] <= consent["x"] or consent["x"] + consent["width"] <= svg["x"]

    facts = page.locator(".contact-card--district .contact-card__row").all()
    assert len({round(row.bounding_box()["x"]) for row in facts}) >= 3
    context.close()


def test_on_a_phone_the_comparison_table_caption_uses_the_full_width(browser, site_url):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + "/kieze-in-zahlen/")
    caption = page.locator("#alle-kennzahlen caption").bounding_box()
    assert caption["width"] >= PHONE["width"] - 2 * 24 and caption["height"] <= 90
    context.close()


def test_a_region_profile_prints_as_an_a4_document(browser, site_url):
    """Print: each part starts a new sheet, no table or chart is cut, no site chrome, the
    links' targets are spelled out, page numbers at the foot."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + "/bezirksregionen/schillerpromenade/profil/")
    page.emulate_media(media="print")
    breaks = page.eval_on_selector_all(
        ".profile__part", "parts => parts.map(part => getComputedStyle(part).breakBefore)"
    )
    # the Kurzporträt follows the title; every other chapter, Teil II and the sources start a sheet
    assert breaks == ["auto"] + ["page"] * 11
    kept = page.eval_on_selector_all(
        ".profile__table, .profile__chart",
        "items => items.map(item => getComputedStyle(item).breakInside)",
    )
    assert kept and set(kept) == {"avoid"}
    assert page.locator(".site-header").is_hidden() and page.locator(".profile__toc").is_hidden()
    target = page.evaluate(
        "getComputedStyle(document.querySelector('.profile__sources a[href^=\"http\"]'),"
        " '::after').content"
    )
    assert "(https://" in target
    sheets = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(sheets.pages) >= 8
    context.close()
