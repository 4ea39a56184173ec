"""Keeping the index equal to what visitors can see.

`rebuild()` writes every source's documents in one transaction. After that, every saved or
deleted row of a source's models re-indexes its row once the transaction commits
(`transaction.on_commit`): an entry that is unpublished or deleted leaves the index with the
same commit that hides it, and a rolled-back change never reaches it. Bulk imports (no
signals) end with `rebuild()`; `manage.py rebuild_search` does the same."""

import logging
import re

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from spk_site import content_version

from . import registry as searching
from .models import SearchEntry
from .text import terms

logger = logging.getLogger(__name__)

MAX_TEXT = 20_000  # characters of a document kept for matching and excerpts
# Web addresses say nothing a visitor searches for, and a run of them makes a useless excerpt
# (the sources on "Datenquellen"): they are not indexed as text.
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def _plain(text):
    return " ".join(WEB_ADDRESS.sub(" ", text[:MAX_TEXT]).split())


def _entries(source, row):
    return [
        SearchEntry(
            title_terms=" ".join(terms(document.title, language)),
            text_terms=" ".join(terms(f"{document.keywords} {_plain(document.text)}", language)),
            source=source.key,
            object_id=source.row_id(row),
            language=language,
            title=document.title[:300],
            url=document.url[:500],
            text=_plain(document.text),
            keywords=document.keywords,
            in_german=document.in_german,
            rank=document.rank,
            visible_from=document.visible_from,
            visible_until=document.visible_until,
        )
        for language, document in source.documents(row)
    ]


@transaction.atomic
def rebuild(only=None):
    """Every document of every source (or of the source keys in `only`). Returns the count."""
    chosen = {key: s for key, s in searching.sources().items() if only is None or key in only}
    SearchEntry.objects.filter(source__in=chosen).delete()
    entries = []
    for source in chosen.values():
        for row in source.rows():
            entries.extend(_entries(source, row))
    SearchEntry.objects.bulk_create(entries, batch_size=1000)
    content_version.bump_after_commit("search")
    return len(entries)


def reindex(source, instance):
    """The row `instance` belongs to, anew (or gone). Runs after the commit."""
    row = source.row_for(instance)
    if isinstance(row, str) and not hasattr(instance, "pk"):
        row = None
    with transaction.atomic():
        if row is None:
            if source.models and isinstance(instance, source.models[0]):  # deleted or hidden
                SearchEntry.objects.filter(source=source.key, object_id=str(instance.pk)).delete()
                content_version.bump("search")
            return
        SearchEntry.objects.filter(source=source.key, object_id=source.row_id(row)).delete()
        SearchEntry.objects.bulk_create(_entries(source, row))
    content_version.bump("search")


def _on_change(source):
    def changed(sender, instance, raw=False, **kwargs):
        if raw:  # loaddata: load_site_data rebuilds at the end
            return

        def run():
            try:
                reindex(source, instance)
            except Exception:  # the change itself is committed; the next rebuild catches up
                logger.exception("Suchindex: %s %s nicht aktualisiert", source.key, instance.pk)

        transaction.on_commit(run)

    return changed


_receivers = []  # signals hold weak references


def follow_changes():
    for source in searching.sources().values():
        receiver = _on_change(source)
        _receivers.append(receiver)
        for model in source.models:
            uid = f"search-{source.key}-{model._meta.label}"
            post_save.connect(receiver, sender=model, dispatch_uid=uid)
            post_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}-d")
