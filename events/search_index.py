"""What the site search finds of `events`: Termine (with their next date), Aktuelles and
each office's Kiezkasse."""

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from coordination.models import Office
from search.registry import Document, FixedPages, Source, plain_text, translated, window

from .models import Event, NewsArticle, SmallGrantFund
from .occurrences import next_occurrence


class EventSource(Source):
    def rows(self):
        return Event.objects.published(window=False).for_listing()

    def document(self, event):
        (title, description), in_german = translated(event, "title", "description")
        place = event.place_office.name if event.place_office_id else event.place_name
        facts = [event.get_kind_display(), place, event.place_address, plain_text(description)]
        if event.cancelled:
            facts.insert(0, _("Abgesagt."))
        return Document(
            title=title,
            url=event.get_absolute_url(),
            text=" · ".join(part for part in facts if part),
            keywords=event.organiser_label or "",
            in_german=in_german,
            **window(event),
        )

    def details(self, object_ids):
        """The next date of each event shown, as (ISO date, date in the reader's words)."""
        found = {}
        now = timezone.now()
        for event in Event.objects.published().filter(pk__in=object_ids):
            upcoming = next_occurrence(event, now)
            if upcoming is None:
                continue
            start = timezone.localtime(upcoming.start)
            text = formats.date_format(start, "DATE_FORMAT")
            if not upcoming.all_day:
                text = f"{text}, {formats.time_format(start, 'TIME_FORMAT')}"
            found[str(event.pk)] = (start.isoformat(), text)
        return found


class NewsSource(Source):
    def rows(self):
        return NewsArticle.objects.published(window=False)

    def document(self, article):
        (title, body), in_german = translated(article, "title", "body")
        return Document(
            title=title,
            url=article.get_absolute_url(),
            text=plain_text(body),
            in_german=in_german,
            **window(article),
        )


class SmallGrantSource(Source):
    def rows(self):
        return (
            SmallGrantFund.objects.published()
            .filter(office__in=Office.objects.published())
            .select_related("office__action_area__bezirksregion")
        )

    def row_for(self, instance):
        if isinstance(instance, Office):
            return self.rows().filter(office=instance).first()
        return super().row_for(instance)

    def document(self, fund):
        (summary, how_to_apply), in_german = translated(fund, "summary", "how_to_apply")
        return Document(
            title=fund.name,
            url=fund.get_absolute_url(),
            text=f"{plain_text(summary)} {how_to_apply}".strip(),
            keywords=f"{fund.office.name} {fund.office.bezirksregion.name}",
            in_german=in_german,
            rank=1,
        )


def _browse_events():
    return _("Alle Termine"), reverse("events:event-list")


def _browse_news():
    return _("Alle Meldungen"), reverse("events:news-list")


SOURCES = [
    EventSource("event", gettext_lazy("Termin"), models=(Event,), browse=_browse_events),
    NewsSource("news", gettext_lazy("Meldung"), models=(NewsArticle,), browse=_browse_news),
    SmallGrantSource("small-grant", gettext_lazy("Kiezkasse"), models=(SmallGrantFund, Office)),
    FixedPages("event-pages", gettext_lazy("Seite"), ["events:event-list", "events:news-list"]),
    # the overview before each office's Kiezkasse
    FixedPages("small-grant-pages", gettext_lazy("Seite"), ["events:small-grants"], rank=2),
]
