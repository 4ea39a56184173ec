"""Are the external links in staff content and the offices' websites still alive?

`manage.py check_links` asks each address (HEAD, else GET), follows no redirect silently,
gives each a few seconds, and stores what it found in LinkCheck, which the admin shows.
Never run during a page view: it talks to other servers."""

import re
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from html.parser import HTMLParser

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from regions.models import Report

from .models import DistrictContact, FaqEntry, LinkCheck, Office, Operator, Page

USER_AGENT = "SPK-Neukoelln-Linkpruefung/1.0 (+https://www.berlin.de/ba-neukoelln/)"
MAX_REDIRECTS = 5
REASONS = {
    404: "Seite nicht gefunden (404)",
    410: "Seite gelöscht (410)",
    403: "Zugriff verweigert (403)",
    500: "Fehler auf dem Server (500)",
    502: "Server nicht erreichbar (502)",
    503: "Server überlastet oder in Wartung (503)",
}


@dataclass(frozen=True)
class Link:
    url: str
    found_in: str
    edit_url: str


class _Anchors(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href") if tag == "a" else None
        if href and re.match(r"https?://", href):
            self.hrefs.append(href)


def _hrefs(html):
    parser = _Anchors()
    parser.feed(html or "")
    return parser.hrefs


def _edit(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def links_to_check():
    found = []
    for entry in FaqEntry.objects.all():
        found += [
            Link(url, f"Frage „{entry.question}“", _edit(entry)) for url in _hrefs(entry.answer)
        ]
    for page in Page.objects.all():
        found += [Link(url, f"Seite „{page.title}“", _edit(page)) for url in _hrefs(page.body)]
    for report in Report.objects.all():
        found += [
            Link(u, f"Bericht „{report.title}“", _edit(report)) for u in _hrefs(report.description)
        ]
    for office in Office.objects.all():
        found += [Link(url, office.name, _edit(office)) for url in _hrefs(office.description)]
        if office.website:
            found.append(Link(office.website, f"{office.name} (Website)", _edit(office)))
    for operator in Operator.objects.exclude(website=""):
        found.append(Link(operator.website, f"Träger {operator.name} (Website)", _edit(operator)))
    for contact in DistrictContact.objects.exclude(website=""):
        found.append(Link(contact.website, f"{contact.name} (Website)", _edit(contact)))
    return found


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def _ask(url, method, timeout):
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})  # noqa: S310 (http/https only)
    try:
        with _opener.open(request, timeout=timeout) as response:
            return response.status, response.headers.get("Location")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location")


def check(url, timeout=10):
    """(result text, broken) for one address. Redirects are followed and named."""
    current = url
    try:
        for _ in range(MAX_REDIRECTS + 1):
            status, location = _ask(current, "HEAD", timeout)
            if status in (405, 501):  # servers that do not answer HEAD
                status, location = _ask(current, "GET", timeout)
            if status in (301, 302, 303, 307, 308) and location:
                current = urllib.request.urljoin(current, location)
                continue
            if status >= 400:
                return REASONS.get(status, f"Fehler {status}"), True
            if current != url:
                return f"Weiterleitung nach {current}: Link anpassen", False
            return "OK", False
        return "Zu viele Weiterleitungen", True
    except TimeoutError:
        return f"Keine Antwort innerhalb von {timeout:g} Sekunden", True
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return f"Nicht erreichbar ({reason})", True


def check_links(timeout=10, workers=8):
    """Checks every link and replaces the stored results; returns the LinkCheck rows."""
    links = links_to_check()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda link: check(link.url, timeout), links))
    now = timezone.now()
    rows = [
        LinkCheck(
            url=link.url,
            found_in=link.found_in[:300],
            edit_url=link.edit_url,
            result=result[:300],
            broken=broken,
            checked_at=now,
        )
        for link, (result, broken) in zip(links, results, strict=True)
    ]
    with transaction.atomic():
        LinkCheck.objects.all().delete()
        LinkCheck.objects.bulk_create(rows)
    return rows
