from regions.panels import Panel

from .maps import map_context
from .models import DistrictContact, Office


def responsible_contact_panel(bezirksregion, page):
    """On a region page: the office serving it, or the OE SPK where none does."""
    office = (
        Office.objects.published()
        .select_related("operator", "action_area__bezirksregion")
        .filter(action_area__bezirksregion=bezirksregion)
        .first()
    )
    if office is not None:
        return Panel("coordination/includes/region_office_panel.html", {"office": office})
    return Panel(
        "coordination/includes/region_office_panel.html",
        {"district_contact": DistrictContact.current()},
    )


def consent_map_panel(bezirksregion, page):
    """On a region page: the interactive map behind consent, around the page's SVG map."""
    return Panel(
        "coordination/includes/consent_map.html",
        map_context(
            map_id="karte",
            highlight=bezirksregion,
            regions=page.get("all_regions"),
            svg_map=page.get("svg_map"),
        ),
        slot="map",
    )
