"""The browser audit every public page must pass: nothing leaves our server, axe finds nothing,
nothing overflows a 360 px wide screen, the browser reports no CSP violation, and before any
consent the page weighs at most 30 KB gzip in total (HTML, CSS, JS, images)."""

import gzip
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from axe_playwright_python.base import AxeResults
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError

LOCAL_SCHEMES = {"data", "blob", "about"}
MAX_PAGE_WEIGHT = 30 * 1024  # bytes, gzip-compressed, everything a first visit loads
_axe = Axe()


def is_own(url, origin):
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return f"{parts.scheme}://{parts.netloc}" == origin


@dataclass
class PageRecorder:
    """Records every request and every console message of a page."""

    page: object
    origin: str
    requests: list = field(default_factory=list)
    console: list = field(default_factory=list)

    responses: list = field(default_factory=list)

    settled: set = field(default_factory=set)  # requests that finished or failed

    def __post_init__(self):
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: self.console.append(message.text))
        self.page.on("response", lambda response: self.responses.append(response))
        self.page.on("requestfinished", lambda request: self.settled.add(request))
        self.page.on("requestfailed", lambda request: self.settled.add(request))

    def _finished(self, request):
        """Waits, at most a few seconds, until the request has finished ("load" does not wait
        for every request, the favicon for one); False if it failed or never ended (a late
        request of the page before). Never an unbounded wait."""
        if request not in self.settled:
            try:
                self.page.wait_for_event(
                    "requestfinished", predicate=lambda done: done is request, timeout=3000
                )
            except PlaywrightError:  # a timeout, or the page went on
                return False
        return request.failure is None

    def weight(self):
        """Bytes the page loaded, each response gzip-compressed as our server would send it
        (a body the browser no longer holds counts with its full, uncompressed size)."""
        total = 0
        for response in self.responses:
            if 300 <= response.status < 400:
                continue  # redirects have no body
            if not self._finished(response.request):
                continue
            try:
                total += len(gzip.compress(response.body(), compresslevel=6))
            except PlaywrightError:  # the browser no longer holds the body
                total += response.request.sizes()["responseBodySize"]
        return total

    @property
    def external_requests(self):
        return [url for url in self.requests if not is_own(url, self.origin)]

    @property
    def csp_violations(self):
        return [text for text in self.console if "Content Security Policy" in text]

    def reset(self):
        self.requests.clear()
        self.console.clear()


# Elements that clip their text or scroll sideways (a table in a scroll box, a cut-off label).
CLIPPED = """() => [...document.querySelectorAll("body *")].filter((element) => {
  if (element.closest(".visually-hidden, .skip-link, svg")) return false;
  const style = getComputedStyle(element);
  if (style.display === "none" || style.visibility === "hidden") return false;
  if (element.clientWidth <= 1) return false;  // visually hidden for screen readers
  const clips = ["hidden", "auto", "scroll", "clip"].includes(style.overflowX);
  const cut = element.scrollWidth > element.clientWidth + 1;
  return (clips || style.textOverflow === "ellipsis") && cut;
}).map((element) => `${element.tagName.toLowerCase()}.${element.className}`).slice(0, 5)"""


def clipped_elements(page):
    return page.evaluate(CLIPPED)


def preload_axe(context):
    """axe-core in every page this context opens, parsed while the page loads (instead of
    sending and parsing half a megabyte of script after each load)."""
    context.add_init_script(_axe.axe_script)


def first_visit_page(context):
    """A page of this context (axe preloaded) with the browser cache off, so every page is
    weighed as a first visit: the DevTools switch, not a route through Python per request."""
    preload_axe(context)
    page = context.new_page()
    context.new_cdp_session(page).send("Network.setCacheDisabled", {"cacheDisabled": True})
    return page


# Colour contrast is most of axe's time on long pages (3 of 4 s on the Kita list). Colours come
# from one stylesheet and do not change with the language; the page direction does. So the
# contrast rule runs on the German (left-to-right) and Arabic (right-to-left) pages, and every
# other rule on every page in every language.
CONTRAST_LANGUAGES = {"de", "ar"}


def axe_violations(page, contrast=True):
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(_axe.axe_script)
    options = "{resultTypes: ['violations']}"
    if not contrast:
        options = "{resultTypes: ['violations'], rules: {'color-contrast': {enabled: false}}}"
    # Bounded: a run that never ends fails the test with a message instead of hanging it.
    response = page.evaluate(
        f"""Promise.race([
          axe.run(document, {options}),
          new Promise((_, reject) => setTimeout(() => reject(new Error("axe: no result")), 30000)),
        ])"""
    )
    results = AxeResults(response)
    if results.violations_count:
        return [results.generate_report()]
    return []


def audit_page(page, url, origin, *, expect_status=200, max_weight=MAX_PAGE_WEIGHT, language="de"):
    """Opens url and returns a list of problems (empty when the page passes)."""
    recorder = PageRecorder(page, origin)
    response = page.goto(url, wait_until="load")  # module scripts have run; nothing waits
    problems = []
    if response is None or response.status != expect_status:
        status = response.status if response else "keine Antwort"
        problems.append(f"{url}: Status {status}, erwartet {expect_status}")
    if recorder.external_requests:
        problems.append(f"{url}: Anfragen an fremde Hosts: {recorder.external_requests}")
    if recorder.csp_violations:
        problems.append(f"{url}: CSP-Verstöße: {recorder.csp_violations}")
    weight = recorder.weight()
    if weight > max_weight:
        problems.append(f"{url}: {weight / 1024:.1f} KB gzip, erlaubt {max_weight / 1024:.0f} KB")
    html_lang, html_dir = page.evaluate("[document.documentElement.lang, document.dir]")
    expected_dir = "rtl" if language == "ar" else "ltr"
    if (html_lang, html_dir) != (language, expected_dir):
        problems.append(f"{url}: <html lang={html_lang} dir={html_dir}>, erwartet {language}")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 0:
        problems.append(f"{url}: {overflow} px breiter als der Bildschirm")
    clipped = clipped_elements(page)
    if clipped:
        problems.append(f"{url}: schneidet Text ab oder scrollt seitwärts: {clipped}")
    contrast = language in CONTRAST_LANGUAGES
    problems += [f"{url}: axe: {report}" for report in axe_violations(page, contrast)]
    return problems
