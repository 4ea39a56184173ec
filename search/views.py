"""/suche/?q=…: one field for everything visitors can see, and an address leads straight to
"Wer hilft mir?". What was typed is never stored, logged or cached (never_cache; the request
log writes paths without the query string)."""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from spk_site import content_version
from spk_site.validation import INVISIBLE_CONTROLS

from . import engine, registry
from .best_bets import recommended

MAX_QUERY_LENGTH = 200


def page_number(text):
    """The page of hits asked for (?seite=2), 1 when none is named, None when it is no page."""
    if text == "":
        return 1
    if not text.isascii() or not text.isdigit() or len(text) > 4 or int(text) < 1:
        return None
    return int(text)


def query_problem(query):
    if len(query) > MAX_QUERY_LENGTH:
        return _("Bitte geben Sie höchstens %(count)s Zeichen ein.") % {"count": MAX_QUERY_LENGTH}
    if INVISIBLE_CONTROLS.search(query):
        return _("Die Eingabe enthält Steuerzeichen. Bitte nur Wörter und Zahlen eingeben.")
    return ""


def _more(results):
    """(label, URL, how many) of the full lists where more was found than is shown."""
    sources = registry.sources()
    shown = {}
    for hit in results.hits:
        shown[hit.entry.source] = shown.get(hit.entry.source, 0) + 1
    more = []
    for key, count in sorted(results.per_source.items(), key=lambda item: -item[1]):
        source = sources.get(key)
        if source is not None and source.browse and count > shown.get(key, 0):
            label, url = source.browse()
            more.append((label, url, count))
    return more


def _with_details(hits):
    """Adds what a kind shows beside its excerpt (an event's next date)."""
    sources = registry.sources()
    wanted = {}
    for hit in hits:
        hit.label = sources[hit.entry.source].label if hit.entry.source in sources else ""
        wanted.setdefault(hit.entry.source, []).append(hit.entry.object_id)
    details = {}
    for key, ids in wanted.items():
        source = sources.get(key)
        if source is not None and hasattr(source, "details"):
            details[key] = source.details(ids)
    for hit in hits:
        hit.when = details.get(hit.entry.source, {}).get(hit.entry.object_id)
    return hits


@require_safe
@never_cache
def search_page(request):
    raw = request.GET.get("q", "")
    problem = query_problem(raw)
    query = "" if problem else " ".join(raw.split())
    page = page_number(request.GET.get("seite", ""))
    results = versions = None
    status = 400 if problem else 200
    if query:
        versions = content_version.snapshot()
        target = registry.shortcut(query, versions)
        if target is not None:
            return HttpResponseRedirect(target)
        language = translation.get_language()
        results = engine.search(query, language, versions, page or 1)
        if page is None or results.page > results.pages:
            # a made-up or outdated page number: the first page, and say so
            problem = _("Diese Seite der Treffer gibt es nicht. Hier ist die erste Seite.")
            status = 400 if page is None else 404
            if page is not None:  # past the last page: searched for nothing shown
                results = engine.search(query, language, versions)
        _with_details(results.hits)
        results.more = _more(results)
        results.recommended = recommended(query, translation.get_language(), versions)
    return render(
        request,
        "search/results.html",
        # after a refusal the field is empty again: the message says what to change
        {
            "query": query,
            "problem": problem,
            "not_asked": not raw,
            "results": results,
            "versions": versions,  # what each hit's kept rendering is checked by
            "max_length": MAX_QUERY_LENGTH,
        },
        status=status,
    )


@require_safe
def opensearch(request):
    """Lets browsers offer "search this site" (OpenSearch 1.1)."""
    return render(
        request,
        "search/opensearch.xml",
        {"search_url": request.build_absolute_uri(reverse("search:results"))},
        content_type="application/opensearchdescription+xml; charset=utf-8",
    )
