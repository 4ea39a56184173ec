"""Every public page, in a real browser: no third-party request, no axe violation, no CSP
violation, usable at 360 px, by keyboard."""

from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.conf import settings

from .browser_audit import audit_page, first_visit_page
from .public_pages import ERROR_PATHS, PUBLIC_PATHS, sampled_for_the_browser

pytestmark = pytest.mark.browser

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "de"]

PHONE = {"width": 360, "height": 740}


def sitemap_paths(page, site_url):
    response = page.request.get(f"{site_url}/sitemap.xml")
    if response.status != 200:
        return []
    tree = ElementTree.fromstring(response.body())  # noqa: S314 (our own server)
    namespace = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = [urlsplit(loc.text).path for loc in tree.findall(".//sm:loc", namespace)]
    return sampled_for_the_browser(paths)


def language_of(path):
    prefix = path.split("/")[1]
    return prefix if prefix in OTHER_LANGUAGES else "de"


def in_language(path, code):
    return path if code == "de" else f"/{code}{path}"


# Each language's pages (the fixed list, what the sitemap adds, the error pages) in two
# halves of every other page: eight tests of about equal length that the two parallel
# workers share out evenly.
@pytest.mark.parametrize("half", [0, 1])
@pytest.mark.parametrize("code", ["de", *OTHER_LANGUAGES])
def test_every_public_page_passes_the_browser_audit_in_every_language(
    browser, site_url, code, half
):
    context = browser.new_context(viewport=PHONE)
    page = first_visit_page(context)
    fixed = [in_language(path, code) for path in PUBLIC_PATHS]
    from_sitemap = [path for path in sitemap_paths(page, site_url) if language_of(path) == code]
    assert from_sitemap, f"sitemap.xml names no page in {code}"
    pages = [(path, 200) for path in dict.fromkeys(fixed + from_sitemap)]
    pages += [(in_language(path, code), status) for path, status in ERROR_PATHS.items()]
    problems = []
    for path, status in pages[half::2]:
        problems += audit_page(page, site_url + path, site_url, expect_status=status, language=code)
    assert context.cookies() == []
    context.close()
    assert not problems, "\n".join(problems)


def test_keyboard_user_reaches_the_content_through_the_skip_link(page, site_url):
    page.goto(site_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Zum Inhalt springen"
    assert page.evaluate("getComputedStyle(document.activeElement).top") != "-160px"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "inhalt"


def test_the_audit_itself_catches_a_foreign_request_and_an_axe_violation(page, site_url):
    from .browser_audit import PageRecorder, axe_violations

    page.route("https://example.org/**", lambda route: route.abort())
    page.goto(site_url + "/")
    recorder = PageRecorder(page, site_url)
    page.set_content(
        '<html lang="de"><body><main><img src="https://example.org/x.png"></main></body></html>'
    )
    assert recorder.external_requests == ["https://example.org/x.png"]
    assert axe_violations(page), "an image without alt text must be reported"
