"""Extension point for the Bezirksregion page.

Other apps (coordination) add a section to a region's page without `regions` importing them:
they register a function that takes the Bezirksregion and what the page has already loaded
(`page`: svg_map, all_regions) and returns a Panel or None. A panel's slot says where it goes:
"contact" (who is responsible) or "map" (in place of the page's own SVG map)."""

from dataclasses import dataclass, field

_providers = []


@dataclass
class Panel:
    template_name: str
    context: dict = field(default_factory=dict)
    slot: str = "contact"


def register(provider):
    if provider not in _providers:
        _providers.append(provider)
    return provider


def panels_for(bezirksregion, **page):
    panels = [provider(bezirksregion, page) for provider in _providers]
    return [panel for panel in panels if panel is not None]
