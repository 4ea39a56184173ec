import pytest

pytestmark = pytest.mark.browser


def test_a_deep_link_opens_its_question(page, site_url):
    page.goto(site_url + "/fragen/#was-heisst-verstetigt")
    assert page.locator("#was-heisst-verstetigt").get_attribute("open") is not None
    assert page.locator("#was-ist-eine-bezirksregion").get_attribute("open") is None


def test_questions_open_by_keyboard_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/fragen/")
    answer = page.locator("#was-ist-eine-bezirksregion .answer")
    assert not answer.is_visible()
    page.locator("#was-ist-eine-bezirksregion summary").focus()
    page.keyboard.press("Enter")
    assert answer.is_visible()
    context.close()
