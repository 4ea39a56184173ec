"""What `events` still lacks (staff.readiness): Termine that lead nowhere or cannot be shown,
and their translations."""

from staff.readiness import Gap, change_url, translation_gaps

from .models import Event, NewsArticle, SmallGrantFund

TRANSLATED = {
    Event: ("title", "description"),
    NewsArticle: ("title", "teaser", "body"),
    SmallGrantFund: ("summary", "how_to_apply", "who_decides"),
}


def gaps(today):
    coming = Event.objects.not_over(today).select_related("place_office")
    for event in coming:
        if not event.has_place_to_go:
            yield Gap(
                str(event),
                "Ohne Ort mit Adresse und ohne Link zur Online-Teilnahme: so kann der Termin "
                "nicht veröffentlicht werden. Bitte Adresse oder Link eintragen.",
                change_url(event),
                False,
            )
    yield from translation_gaps(TRANSLATED)
