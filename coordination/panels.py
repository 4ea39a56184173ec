from regions.panels import Panel

from .models import DistrictContact, Office


def responsible_contact_panel(bezirksregion):
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
