"""What a profile shows, gathered once for the page and for the PDF: the figures
(profiles.figures), the maps, the staff's texts, the places, green spaces and playgrounds,
participation and sources, in the active language."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from coordination.models import DistrictContact, Office
from events.listings import events_of, latest_news, next_events
from events.models import SmallGrantFund
from places.figures import GREEN_REFERENCE, PLAY_REFERENCE
from places.models import KITA_KIND, GreenSpace, Place
from regions.figures.table import figure_table
from regions.maps import MSS_CLASS_CSS, planungsraum_map
from regions.models import Bezirksregion, Dataset, IndicatorRelease, Planungsraum

from .chapters import build_chapters
from .figures import build_profile
from .models import ProfileText
from .plans import published_plan
from .suggestions import Suggestion

DISTRICT_KEY = "bezirk"


def region_for(slug):
    """The Bezirksregion of a profile address (None for the district's); raises
    Bezirksregion.DoesNotExist for an unknown one."""
    if slug is None:
        return None
    return Bezirksregion.objects.for_pages(IndicatorRelease.objects.latest_population()).get(
        slug=slug
    )


def _maps(profile):
    table = figure_table.get()
    classes = {
        area.code: MSS_CLASS_CSS.get(table.mss_status(area.code)[0], "mss-unknown")
        for area in profile.planungsraeume
    }
    # The district's profile draws its Planungsräume once, coloured by their social situation.
    overview = (
        None
        if profile.is_district
        else planungsraum_map(
            profile.planungsraeume,
            title=_("Die Planungsräume von %(name)s") % {"name": profile.name},
            description=_(
                "Umrisse der %(count)d Planungsräume, nummeriert wie in den Tabellen des Profils."
            )
            % {"count": len(profile.planungsraeume)},
        )
    )
    social = planungsraum_map(
        profile.planungsraeume,
        title=_("Soziale Lage der Planungsräume von %(name)s (Sozialmonitoring 2021)")
        % {"name": profile.name},
        description=_(
            "Jeder Planungsraum ist nach seiner sozialen Lage gefärbt: hoch, mittel, niedrig "
            "oder sehr niedrig. Die Tabelle daneben nennt jede Lage."
        ),
        classes=classes,
    )
    return overview, social


def _participation(region):
    today = timezone.localdate()
    year_ago = today - datetime.timedelta(days=365)
    events = events_of(region=region)
    past = list(
        events.published()
        .filter(starts_on__gte=year_ago, starts_on__lt=today, repeat="")
        .order_by("-starts_on")[:10]
    )
    offices = Office.objects.published()
    if region is not None:
        offices = offices.filter(action_area__bezirksregion=region)
    return {
        "upcoming": next_events(events, limit=5),
        "past": past,
        "news": latest_news(region=region, limit=5),
        "funds": list(
            SmallGrantFund.objects.published().filter(office__in=offices).select_related("office")
        ),
    }


def _office(region):
    if region is None:
        return None
    return Office.objects.published().for_cards().filter(action_area__bezirksregion=region).first()


def profile_of(region, regions):
    """The data part of a region's profile (None: the district's, whose tables list the
    twelve `regions`)."""
    areas = Planungsraum.objects.defer("geometry").order_by("code")
    if region is not None:
        areas = areas.filter(bezirksregion=region)
    return build_profile(region, areas, units=None if region is not None else regions)


def profile_context(region):
    """Everything the page and the PDF show of a Bezirksregion's profile (None: the
    district's), in the active language."""
    regions = list(Bezirksregion.objects.order_by("code").only("code", "name", "slug"))
    profile = profile_of(region, regions)
    texts = list(ProfileText.objects.for_profile(region))
    places = Place.objects.published().for_lists().exclude(kind__slug=KITA_KIND)
    green_spaces = GreenSpace.objects.for_lists()
    if region is not None:
        places = places.in_region(region)
        green_spaces = green_spaces.in_region(region)
    text_date = max((timezone.localdate(text.updated_at) for text in texts), default=None)
    overview_map, social_map = _maps(profile)
    chapters = build_chapters(profile, texts)
    return {
        "chapters": chapters,
        # by key for the template, which cannot read "soziale-lage" as an attribute
        "chapter_map": {chapter.key.replace("-", "_"): chapter for chapter in chapters},
        "profile": profile,
        "region": region,
        "key": region.slug if region is not None else DISTRICT_KEY,
        "overview_map": overview_map,
        "social_map": social_map,
        "texts": [text for text in texts if not text.chapter],
        "text_date": text_date,
        "places": list(places) if region is not None else [],
        "green_spaces": [space for space in green_spaces if space.kind == "gruenanlage"],
        "playgrounds": [space for space in green_spaces if space.kind == "spielplatz"],
        "participation": _participation(region),
        "district_contact": DistrictContact.current(),
        "office": _office(region),
        "datasets": list(Dataset.objects.for_sources_page()),
        "reports": list(region.reports.published().order_by("-published_on")) if region else [],
        "regions": regions,
        "green_reference": GREEN_REFERENCE.value,
        "play_reference": PLAY_REFERENCE.value,
        "plan": published_plan(region) if region is not None else [],
        "suggestions": list(
            Suggestion.objects.published()
            .filter(bezirksregion=region)
            .select_related("handlungsfeld", "planungsraum", "goal", "measure")
        )
        if region is not None
        else [],
    }
