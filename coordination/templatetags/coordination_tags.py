from django import template

from regions.forms import AddressLookupForm

from ..contact import card_for, web_address_label
from ..maps import map_context
from ..models import DistrictContact, Office

register = template.Library()


@register.filter
def file_url(video, field):
    return video.file_url(field)


@register.filter
def web_label(url):
    return web_address_label(url)


@register.inclusion_tag("coordination/includes/contact_card.html", takes_context=True)
def contact_card(context, contact, level=3, link=True, id_suffix="", pdf=False):
    """The one contact card, for an office or the OE SPK's own contact; `pdf`: in a tagged
    PDF, whose definition lists take no row boxes and whose links stay whole (PDF/UA)."""
    card = card_for(contact, context.get("district_contact"))
    slug = getattr(contact, "slug", "") or "spk"
    return {
        "card": card,
        "level": level,
        "link": link,
        "pdf": pdf,
        "card_id": f"kontakt-{slug}{id_suffix}" if card.page_url else f"spk-kontakt{id_suffix}",
        "request": context.get("request"),
    }


@register.simple_tag
def help_in_region(region, regions=None, svg_map=None):
    """For a Bezirksregion's page: the office serving it (else the OE SPK), and the map
    behind consent, from one read of the offices."""
    offices = list(Office.objects.published().for_cards())
    district_contact = DistrictContact.current()
    return {
        "office": next(
            (office for office in offices if office.action_area.bezirksregion_id == region.pk),
            None,
        ),
        "district_contact": district_contact,
        "map": map_context(
            map_id="karte",
            highlight=region,
            regions=regions,
            svg_map=svg_map,
            offices=offices,
            district_contact=district_contact,
        ),
    }


@register.simple_tag
def offices_with_sources():
    """The published offices whose facts name their sources (for the Datenquellen page)."""
    return [office for office in Office.objects.published() if office.source_urls]


@register.inclusion_tag("coordination/includes/lookup_form.html")
def lookup_form(
    form=None,
    action="",
    label="",
    submit="",
    kind_field=None,
    kind_value=None,
    versions=None,
    keep_kind=False,
):
    """The address lookup: empty for pages without one of their own (the 404 page), or the
    given form sent elsewhere (the places near an address). `keep_kind`: the kind field holds
    a valid choice (`kind_value`), so its rendering may be kept per content version
    (`versions`); `kind_field` may then be lazy (made only where it is drawn)."""
    form = form if form is not None else AddressLookupForm()
    return {
        "form": form,
        # Kept once per language and use; only what was typed is filled in per request.
        "keep_form": not form.is_bound or not form.errors,
        "action": action,
        "label": label,
        "submit": submit,
        "kind_field": kind_field,
        "kind_value": kind_value,
        "versions": versions,
        "keep_kind": keep_kind,
    }


@register.inclusion_tag("coordination/includes/consent_map.html")
def consent_map(page_map):
    """The map behind consent (coordination.maps.map_context): the SVG map and the list
    first, Leaflet only after consent."""
    return {"map": page_map}
