"""What `coordination` still lacks before launch (staff.readiness): legal pages, the OE SPK's
and the offices' contact facts, dataset licences and GI areas, freshness, links, translations."""

import datetime

from django.urls import reverse
from django.utils import timezone

from regions.figures import FIGURES
from regions.models import Dataset, GiFocusArea, IndicatorRelease
from staff.readiness import Gap, translation_gaps
from staff.readiness import change_url as _change_url
from staff.today import Item

from .models import (
    PAGES_WITH_OWN_ADDRESS,
    DistrictContact,
    FaqEntry,
    LinkCheck,
    Message,
    Office,
    Page,
    PageFeedback,
)

STALE_AFTER = datetime.timedelta(days=180)
LEGAL_PAGES = ("impressum", "datenschutz", "barrierefreiheit")


def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def _pages():
    for page in Page.objects.filter(slug__in=PAGES_WITH_OWN_ADDRESS).order_by("title"):
        required = page.slug in LEGAL_PAGES
        url = _change_url(page)
        for point in _lines(page.open_points):
            yield Gap(page.title, point, url, required)
        if page.is_draft:
            yield Gap(
                page.title,
                "Noch ein Entwurf: „Entwurf“ ausschalten, wenn alles stimmt.",
                url,
                required,
            )


def _district_contact():
    contact = DistrictContact.current()
    if contact is None:
        return
    url = _change_url(contact)
    if not contact.phone:
        yield Gap(
            "OE SPK",
            "Eigene Telefonnummer fehlt (bis dahin zeigt die Website die "
            "Telefonzentrale des Bezirksamts).",
            url,
            True,
        )
    if not contact.email:
        yield Gap("OE SPK", "E-Mail-Adresse fehlt.", url, True)
    if contact.switchboard and not contact.phone:
        yield Gap(
            "OE SPK",
            f"Telefonzentrale {contact.switchboard} bestätigen (Quelle: "
            "Pressemitteilung des Bezirksamts von 2022).",
            url,
            True,
        )


def _offices():
    for office in Office.objects.select_related("operator").prefetch_related("opening_hours"):
        url = _change_url(office)
        name = office.name
        # An office residents cannot call, write to or visit is a launch blocker: its card
        # offers the OE SPK and 115 instead until then.
        if not office.phone:
            yield Gap(name, "Telefonnummer fehlt.", url, True)
        if not office.email:
            yield Gap(name, "E-Mail-Adresse fehlt.", url, True)
        if not office.has_address:
            yield Gap(name, "Adresse fehlt.", url, True)
        if not office.opening_hours.all():
            yield Gap(name, "Öffnungszeiten fehlen.", url, True)
        if not office.lon_lat:
            yield Gap(name, "Lage auf der Karte fehlt.", url, False)
        if office.operator and not office.operator_confirmed:
            yield Gap(
                name,
                f"Träger „{office.operator.name}“ bestätigen (bis dahin nennt die "
                "Website ihn nicht).",
                url,
                False,
            )
        for note in _lines(office.review_note):
            yield Gap(name, note, url, False)


def _data():
    for dataset in Dataset.objects.filter(licence_confirmed=False):
        yield Gap(
            "Datenquellen", f"Lizenz von „{dataset.name}“ bestätigen.", _change_url(dataset), True
        )
    yield from _replaced_datasets()
    for focus in GiFocusArea.objects.filter(verified=False).select_related("prognoseraum"):
        yield Gap(
            "Gemeinschaftsinitiative",
            f"Prognoseraum {focus.prognoseraum.name} als Gebiet der GI bestätigen.",
            _change_url(focus),
            False,
        )


def _replaced_datasets():
    """Datasets a newer edition has replaced: none of their figures is shown from them any
    more (a newer release of each came from another file), and none is shown over time."""
    newest = {}  # figure key -> (date, dataset id)
    used_for_series = set()
    rows = IndicatorRelease.objects.values_list(
        "values__indicator", "reference_date", "dataset_id"
    ).distinct()
    for key, day, dataset_id in rows:
        if key is None:
            continue
        if key not in newest or day > newest[key][0]:
            newest[key] = (day, dataset_id)
        figure = FIGURES.get(key)
        if figure is not None and getattr(figure, "series", False):
            used_for_series.add(dataset_id)
    in_use = {dataset_id for _day, dataset_id in newest.values()} | used_for_series
    for dataset in Dataset.objects.filter(releases__isnull=False).distinct():
        if dataset.pk not in in_use:
            yield Gap(
                "Datenquellen",
                f"„{dataset.name}“ ist durch eine neuere Ausgabe ersetzt: keine Zahl der Website "
                "stammt mehr daraus. Prüfen, ob die Quelle aus der Liste der Datenquellen kann.",
                _change_url(dataset),
                False,
            )


def _freshness(today):
    limit = today - STALE_AFTER
    for model in (Office, FaqEntry, Page):
        for obj in model.objects.exclude(checked_on__gte=limit):
            checked = (
                f"zuletzt geprüft am {obj.checked_on:%d.%m.%Y}"
                if obj.checked_on
                else ("noch nie geprüft")
            )
            yield Gap(str(obj), f"Angaben prüfen ({checked}).", _change_url(obj), False)


def _links():
    for check in LinkCheck.objects.exclude(result="OK"):
        yield Gap(
            check.found_in,
            f"Link {check.url}: {check.result}",
            check.edit_url or reverse("admin:coordination_linkcheck_changelist"),
            False,
        )


TRANSLATED = {
    FaqEntry: ("question", "answer"),
    Page: ("title", "body"),
    Office: ("description",),
}


def gaps(today):
    return [
        *_pages(),
        *_district_contact(),
        *_offices(),
        *_data(),
        *_freshness(today),
        *_links(),
        *translation_gaps(TRANSLATED),
    ]


def arrived(now):
    """For „Heute“: messages not yet handled, mails that could not be sent, page answers of
    the last week."""
    week_ago = now - datetime.timedelta(days=7)
    open_messages = Message.objects.filter(handled=False)
    count = open_messages.count()
    if count:
        newest = open_messages.order_by("-created_at").first()
        yield Item(
            "Neu",
            f"{count} Nachricht{'en' if count != 1 else ''} nicht erledigt, die neueste vom "
            f"{timezone.localtime(newest.created_at):%d.%m., %H:%M} Uhr",
            reverse("admin:coordination_message_changelist") + "?handled__exact=0",
        )
    failed = Message.objects.filter(delivery=Message.Delivery.FAILED, handled=False).count()
    if failed:
        yield Item(
            "Neu",
            f"{failed} Nachricht{'en' if failed != 1 else ''} konnte{'n' if failed != 1 else ''} "
            "nicht per E-Mail gesendet werden: bitte hier lesen und den Mailserver prüfen",
            reverse("admin:coordination_message_changelist") + "?delivery__exact=fehlgeschlagen",
            attention=True,
        )
    answers = PageFeedback.objects.filter(created_at__gte=week_ago)
    if answers.exists():
        helpful = answers.filter(helpful=True).count()
        total = answers.count()
        yield Item(
            "Neu",
            f"{total} Rückmeldung{'en' if total != 1 else ''} zu Seiten in den letzten 7 Tagen "
            f"({helpful} × hilfreich, {total - helpful} × nicht)",
            reverse("admin:coordination_pagefeedback_changelist"),
        )
