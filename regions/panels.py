"""Extension point for the Bezirksregion page.

Other apps (coordination) add a section to a region's page without `regions` importing them:
they register a function that takes the Bezirksregion and returns a Panel or None."""

from dataclasses import dataclass, field

_providers = []


@dataclass
class Panel:
    template_name: str
    context: dict = field(default_factory=dict)


def register(provider):
    if provider not in _providers:
        _providers.append(provider)
    return provider


def panels_for(bezirksregion):
    return [panel for provider in _providers if (panel := provider(bezirksregion)) is not None]
