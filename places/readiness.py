"""What `places` still lacks (staff.readiness): published places that no list can show."""

from staff.readiness import Gap, change_url

from .models import Place


def gaps(today):
    for place in Place.objects.filter(published=True, planungsraum__isnull=True):
        yield Gap(
            place.name,
            "Veröffentlicht, aber ohne Lage: Besucherinnen und Besucher sehen sie nirgends. "
            "Bitte den Eingang auf der Karte markieren oder die Adresse aus dem amtlichen "
            "Adressverzeichnis eingeben.",
            change_url(place),
            True,
        )
