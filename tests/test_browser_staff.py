"""Staff in a real browser: writing with the editor's own buttons, and an admin that speaks
German only. As a Redaktion user, never a superuser."""

import re

import pytest
from django.contrib.auth.models import User

from coordination.models import FaqEntry, Office, Page

from .factories import redaktion_user

pytestmark = pytest.mark.browser

PASSWORD = "sehr-geheimes-passwort-1"
# Words of Django's and the libraries' English interface; none may show in the admin.
ENGLISH = re.compile(
    r"\b(Save|Delete|History|Add|Change|Choose|Remove|Draw|marker|Password|Search|Home|Recover|"
    r"Revert|Date/time|Comment|Today|Now|Cancel|Show|Hide|Clear|Unknown|Authentication|Undo|"
    r"Redo|Bold|Italic|paragraph|Heading|unordered|ordered list|insert link|selected|Initial|"
    r"Reverted|Welcome|Log out|View site|Recent actions|None available|Yes|Filter by|Select|"
    r"Click|Edit layers|Delete layers|Reset view|January|Midnight|Noon)\b"
)
VISIBLE_TEXT = """() => {
  const attributes = [...document.querySelectorAll("[title], [aria-label], [placeholder]")]
    .flatMap((e) => [e.title, e.getAttribute("aria-label"), e.placeholder])
    .filter(Boolean);
  return [document.body.innerText, ...attributes].join("\\n");
}"""


@pytest.fixture
def editor(browser, site_url, live_db):
    with live_db():
        User.objects.filter(username="redaktion-browser").delete()
        redaktion_user("redaktion-browser")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", "redaktion-browser")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    yield page
    context.close()
    with live_db():
        User.objects.filter(username="redaktion-browser").delete()


def public_answer(browser, site_url, slug):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site_url}/fragen/")
    html = page.locator(f"#{slug} .answer").inner_html()
    context.close()
    return html


def test_redaktion_writes_paragraphs_a_list_and_a_link_with_the_editors_buttons(
    editor, browser, site_url, live_db
):
    with live_db():
        entry = FaqEntry.objects.get(slug="woher-kommen-die-zahlen")
        original = entry.answer
    try:
        editor.goto(f"{site_url}/admin/coordination/faqentry/{entry.pk}/change/")
        text = editor.locator(".field-answer_de .tiptap.ProseMirror")
        text.click()
        editor.keyboard.press("Control+A")
        editor.keyboard.press("Delete")
        editor.keyboard.type("Erster Absatz.")
        editor.keyboard.press("Enter")
        editor.keyboard.type("Zweiter Absatz.")
        editor.keyboard.press("Enter")
        editor.get_by_role("button", name="Aufzählung").click()
        editor.keyboard.type("Punkt eins")
        editor.keyboard.press("Enter")
        editor.keyboard.type("Punkt zwei")
        editor.keyboard.press("Enter")
        editor.keyboard.press("Enter")  # leaves the list
        editor.keyboard.type("Mehr bei Berlin")
        for _ in "Berlin":
            editor.keyboard.press("Shift+ArrowLeft")
        editor.get_by_role("button", name="Link einfügen").click()
        dialog = editor.locator("dialog.prose-editor-dialog")
        dialog.get_by_label("URL").fill("https://www.berlin.de/")
        dialog.get_by_role("button", name="Aktualisieren").click()
        editor.get_by_role("button", name="Sichern", exact=True).click()
        editor.wait_for_url(re.compile(r"/admin/coordination/faqentry/$"))

        html = public_answer(browser, site_url, "woher-kommen-die-zahlen")
        assert "<p>Erster Absatz.</p><p>Zweiter Absatz.</p>" in html
        assert re.search(r"<ul><li><p>Punkt eins</p></li><li><p>Punkt zwei</p></li></ul>", html)
        assert re.search(r'<a href="https://www.berlin.de/"[^>]*>Berlin</a>', html)
    finally:
        with live_db():
            FaqEntry.objects.filter(pk=entry.pk).update(answer=original)


def test_a_pasted_script_or_javascript_link_is_inert_on_the_public_page(
    editor, browser, site_url, live_db
):
    with live_db():
        entry = FaqEntry.objects.get(slug="was-heisst-verstetigt")
        original = entry.answer
    try:
        editor.goto(f"{site_url}/admin/coordination/faqentry/{entry.pk}/change/")
        text = editor.locator(".field-answer_de .tiptap.ProseMirror")
        text.click()
        editor.keyboard.press("Control+A")
        text.evaluate(
            """(element) => {
              const data = new DataTransfer();
              data.setData("text/html", '<p>Aus Word <script>window.pwned = 1</script>'
                + '<a href="javascript:window.pwned = 2">klick</a>'
                + '<img src="x" onerror="window.pwned = 3"></p>');
              data.setData("text/plain", "Aus Word klick");
              element.dispatchEvent(new ClipboardEvent("paste", {clipboardData: data,
                bubbles: true, cancelable: true}));
            }"""
        )
        editor.get_by_role("button", name="Sichern", exact=True).click()
        editor.wait_for_url(re.compile(r"/admin/coordination/faqentry/$"))

        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{site_url}/fragen/#was-heisst-verstetigt")
        html = page.locator("#was-heisst-verstetigt .answer").inner_html()
        assert "Aus Word" in html
        assert "<script" not in html and "javascript:" not in html and "onerror" not in html
        page.locator("#was-heisst-verstetigt .answer").get_by_text("klick").click()
        assert page.evaluate("window.pwned") is None
        context.close()
    finally:
        with live_db():
            FaqEntry.objects.filter(pk=entry.pk).update(answer=original)


def test_the_admin_pages_an_editor_uses_speak_german_only(editor, site_url, live_db):
    with live_db():
        office = Office.objects.get(slug="schillerpromenade")
        entry = FaqEntry.objects.get(slug="was-ist-eine-bezirksregion")
        page_pk = Page.objects.get(slug="impressum").pk
    pages = [
        "/admin/",
        f"/admin/coordination/office/{office.pk}/change/",
        f"/admin/coordination/faqentry/{entry.pk}/change/",
        f"/admin/coordination/page/{page_pk}/change/",
        "/admin/regions/report/add/",
        f"/admin/coordination/faqentry/{entry.pk}/history/",
        "/admin/coordination/faqentry/recover/",
    ]
    problems = []
    for path in pages:
        editor.goto(site_url + path, wait_until="load")
        found = sorted(set(ENGLISH.findall(editor.evaluate(VISIBLE_TEXT))))
        if found:
            problems.append(f"{path}: {found}")
    assert not problems, "\n".join(problems)


def test_the_language_tabs_work_with_our_own_files_only(editor, site_url, live_db):
    with live_db():
        entry = FaqEntry.objects.get(slug="was-ist-eine-bezirksregion")
    requests = []
    editor.on("request", lambda request: requests.append(request.url))
    errors = []
    editor.on("pageerror", lambda error: errors.append(str(error)))
    editor.goto(f"{site_url}/admin/coordination/faqentry/{entry.pk}/change/", wait_until="load")
    editor.get_by_role("tab", name="EN").first.wait_for()  # the tabs script has run
    assert [url for url in requests if not url.startswith(site_url)] == []
    assert errors == []

    german, english = editor.locator("#id_question_de"), editor.locator("#id_question_en")
    assert german.is_visible() and not english.is_visible()
    tabs = editor.get_by_role("tab", name="EN")
    tabs.first.click()
    assert english.is_visible() and not german.is_visible()
    assert english.input_value() == entry.question_en
    editor.get_by_role("tab", name="AR").first.click()
    arabic = editor.locator("#id_question_ar")
    assert arabic.evaluate("element => getComputedStyle(element).direction") == "rtl"
    # German is the original: no "Übersetzung geprüft" to tick for it.
    assert editor.locator("#id_translation_checked_de").count() == 0
    assert editor.locator("#id_translation_checked_ar").count() == 1


def test_every_admin_list_fits_1280_pixels_without_sideways_scrolling(editor, site_url):
    from django.contrib import admin

    lists = sorted(
        f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        for model in admin.site._registry
        if model._meta.app_label not in {"auth", "axes", "django_tasks_db", "reversion"}
    )
    too_wide = []
    for url in lists:
        editor.goto(site_url + url)
        if "Sie haben keine Berechtigung" in editor.content() or editor.url.endswith("/login/"):
            continue
        overflow = editor.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            too_wide.append((url, overflow))
    assert too_wide == []
