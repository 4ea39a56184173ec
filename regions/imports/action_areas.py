"""Import of the Stadtteilkoordination action areas and the GI focus areas from the facts file
about the Stadtteilkoordinationen (offices/stadtteilkoordinationen.json)."""

import re

from django.db import transaction

from spk_site.dates import PARTIAL_DATE
from spk_site.imports.files import DataImportError, ImportReport, read_json

from ..models import ActionArea, Bezirksregion, GiFocusArea, Prognoseraum

GI_DESCRIPTION = (
    "Mit der Ressortübergreifenden Gemeinschaftsinitiative zur Stärkung sozial benachteiligter "
    "Quartiere (GI) bündeln alle Senatsverwaltungen ihre Förderprogramme in ausgewählten "
    "Handlungsräumen ({decided}). Dieser Prognoseraum gehört in Neukölln dazu. "
    "Die GI ist ein Programm des Senats; sie ist nicht dasselbe wie die Stadtteilkoordination "
    "in den Bezirksregionen."
)


def _partial_date(path, value, field):
    if value in (None, ""):
        return ""
    if not PARTIAL_DATE.match(str(value)):
        raise DataImportError(path, f"„{value}“ ist kein Datum (JJJJ oder JJJJ-MM).", field=field)
    return str(value)


def import_action_areas(path):
    facts = read_json(path)
    entries = facts.get("stadtteilkoordinationen") if isinstance(facts, dict) else None
    if not isinstance(entries, list) or not entries:
        raise DataImportError(path, "Liste „stadtteilkoordinationen“ fehlt.")
    regions = {region.code: region for region in Bezirksregion.objects.all()}
    parsed = []
    for number, entry in enumerate(entries, start=1):
        field_prefix = f"stadtteilkoordinationen[{number}]"
        code = str(entry.get("bezirksregion") or "")
        if code not in regions:
            raise DataImportError(
                path, f"Unbekannte Bezirksregion „{code}“.", field=f"{field_prefix}.bezirksregion"
            )
        qm = entry.get("predecessor_qm") or {}
        parsed.append(
            (
                regions[code],
                {
                    "since": _partial_date(path, entry.get("since"), f"{field_prefix}.since"),
                    "former_qm_name": qm.get("name") or "",
                    "qm_ended": _partial_date(
                        path, qm.get("ended"), f"{field_prefix}.predecessor_qm"
                    ),
                    "source_url": (entry.get("sources") or [""])[0],
                },
            )
        )

    gi = facts.get("gemeinschaftsinitiative") or {}
    gi_codes = []
    for text in gi.get("neukoelln_focus") or []:
        match = re.search(r"\b(\d{4})\b", text)
        if not match or not Prognoseraum.objects.filter(code=match[1]).exists():
            raise DataImportError(path, f"Kein Prognoseraum in „{text}“.", field="neukoelln_focus")
        gi_codes.append(match[1])

    report = ImportReport()
    with transaction.atomic():
        for region, values in parsed:
            _, created = ActionArea.objects.update_or_create(bezirksregion=region, defaults=values)
            report.count("Handlungsräume", created)
        for code in gi_codes:
            _, created = GiFocusArea.objects.update_or_create(
                prognoseraum=Prognoseraum.objects.get(code=code),
                defaults={
                    "description": GI_DESCRIPTION.format(decided=gi.get("decided") or "unbekannt"),
                    "source_url": gi.get("source") or "",
                    "verified": not gi.get("unverified"),
                },
            )
            report.count("GI-Schwerpunkte", created)
    return report
