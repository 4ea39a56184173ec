"""Import of the Stadtteilkoordination offices and the OE SPK's own contact from the facts
files: offices/stadtteilkoordinationen.json and, newer, offices/facts-update-2026-11.json (only
new or corrected fields; where the two disagree, the update wins). Unknown facts (null) stay
empty: the site then leaves the row out and says how else to reach the office. Unconfirmed
facts go into the review note for staff; an operator the sources only infer is shown to
residents only after staff confirm it."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction

from regions.models import ActionArea, Address, Street
from regions.streets import parse_house_number, street_key
from spk_site.imports import DataImportError, ImportReport
from spk_site.imports.files import json_text, read_json

from .models import DistrictContact, Office, Operator
from .models.offices import SPK_NAME


def _check(path, field, value, validator):
    if value:
        try:
            validator(value)
        except ValidationError:
            raise DataImportError(path, f"„{value}“ ist ungültig.", field=field) from None
    return value


def _postcode_from_addresses(street, house_number):
    """The official postcode of an address we know (never guessed)."""
    found = Street.objects.filter(search_key=street_key(street)).first()
    if found is None or not house_number:
        return ""
    try:
        number = parse_house_number(house_number)
    except ValueError:
        return ""
    address = Address.objects.filter(
        street=found, house_number=number.number, suffix=number.suffix
    ).first()
    return address.postcode if address else ""


def _address(entry):
    address = entry.get("address") or {}
    values = {
        "building": json_text(address.get("building")),
        "street": json_text(address.get("street")),
        "house_number": json_text(address.get("house_number")),
        "postcode": json_text(address.get("postcode")),
        "city": json_text(address.get("city")) or "Berlin",
    }
    if values["street"] and not values["postcode"]:
        values["postcode"] = _postcode_from_addresses(values["street"], values["house_number"])
    return values


# The facts files' field names, as editors know them.
FACT_LABELS = {
    "address": "Adresse",
    "address_previous": "frühere Adresse",
    "also_known_as": "andere Namen",
    "coverage_note": "Zuständigkeitsgebiet",
    "email": "E-Mail",
    "funding_note": "Förderung",
    "location_hint": "Hinweis zur Lage",
    "offers": "Angebote (z. B. Kiezkasse)",
    "opening_hours": "Öffnungszeiten",
    "operator": "Träger",
    "phone": "Telefon",
    "planungsraeume_names": "Planungsräume",
    "recurring_formats": "regelmäßige Treffen",
    "related_bodies": "verbundene Gremien",
    "related_places": "Orte im Kiez",
    "since": "seit wann",
    "since_confirmation": "Beginn der Arbeit",
    "tasks": "Aufgaben",
    "website": "Website",
}


def _sourcesjson_text(source):
    if isinstance(source, list):
        return ", ".join(source)
    return source or "ohne Quelle"


def _provenance_notes(entry):
    """What staff must still confirm: every fact the sources mark unverified (in German; the
    research notes behind them stay in the facts file)."""
    notes = []
    provenance = entry.get("provenance") or {}
    operator = entry.get("operator") or {}
    if operator.get("unverified"):
        source = _sourcesjson_text((provenance.get("operator") or {}).get("source"))
        notes.append(
            f"Träger „{operator.get('name')}“ bestätigen: Keine Quelle nennt ihn ausdrücklich, "
            f"er ist nur erschlossen (Quellen: {source})."
        )
    for name, fact in provenance.items():
        if name == "operator" or fact.get("status") != "unverified":
            continue
        # Dates only: the research notes around them stay in the (English) facts file.
        dated = fact.get("stand") and re.fullmatch(r"[\d\-.;, /]+", fact["stand"])
        stand = f", Stand {fact['stand']}" if dated else ""
        notes.append(
            f"{FACT_LABELS.get(name, name)} bestätigen (Quelle{stand}: "
            f"{_sourcesjson_text(fact.get('source'))})."
        )
    return notes


def _merged(base, update):
    """The base entry with every non-null field of the update laid over it."""
    merged = dict(base)
    for key, value in (update or {}).items():
        if value is None:
            continue
        if key == "sources":
            merged[key] = list(dict.fromkeys([*(base.get("sources") or []), *value]))
        elif key == "provenance":
            merged[key] = {**(base.get("provenance") or {}), **value}
        else:
            merged[key] = value
    return merged


def _updates_by_name(update):
    if update is None:
        return {}
    return {entry.get("name"): entry for entry in update.get("stadtteilkoordinationen") or []}


def _compiled_on(path, facts):
    text = json_text(facts.get("compiled")) if isinstance(facts, dict) else ""
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise DataImportError(path, f"„{text}“ ist kein Datum.", field="compiled") from None


def import_offices(path, update_path=None, legal_facts_path=None):
    facts = read_json(path)
    if not isinstance(facts, dict) or not isinstance(facts.get("stadtteilkoordinationen"), list):
        raise DataImportError(path, "Liste „stadtteilkoordinationen“ fehlt.")
    update = read_json(update_path) if update_path else None
    if update is not None and not isinstance(update, dict):
        raise DataImportError(update_path, "Erwartet wird ein JSON-Objekt.")
    checked_on = _compiled_on(update_path, update) if update else None
    updates = _updates_by_name(update)
    action_areas = {
        area.bezirksregion.code: area for area in ActionArea.objects.select_related("bezirksregion")
    }
    offices = []
    for number, base in enumerate(facts["stadtteilkoordinationen"], start=1):
        prefix = f"stadtteilkoordinationen[{number}]"
        entry = _merged(base, updates.get(base.get("name")))
        code = json_text(entry.get("bezirksregion"))
        if code not in action_areas:
            raise DataImportError(
                path,
                f"Kein Handlungsraum für Bezirksregion „{code}“ (zuerst import_action_areas).",
                field=f"{prefix}.bezirksregion",
            )
        operator = entry.get("operator") or {}
        values = {
            "name": json_text(entry.get("name")),
            "also_known_as": ", ".join(entry.get("also_known_as") or []),
            "phone": json_text(entry.get("phone")),
            "email": _check(path, f"{prefix}.email", json_text(entry.get("email")), validate_email),
            "website": _check(
                path, f"{prefix}.website", json_text(entry.get("website")), URLValidator()
            ),
            "review_note": "\n".join(_provenance_notes(entry)),
            "sources": "\n".join(entry.get("sources") or []),
            "published": True,
            "operator_confirmed": bool(operator.get("name")) and not operator.get("unverified"),
            **_address(entry),
        }
        if checked_on:
            values["checked_on"] = checked_on
        if not values["name"]:
            raise DataImportError(path, "Name fehlt.", field=f"{prefix}.name")
        operator_values = None
        if operator.get("name"):
            operator_values = {
                "name": json_text(operator["name"]),
                "website": _check(
                    path,
                    f"{prefix}.operator.website",
                    json_text(operator.get("website")),
                    URLValidator(),
                ),
            }
        offices.append((action_areas[code], values, operator_values))

    spk = _merged(facts.get("spk") or {}, {"website": (update or {}).get("spk", {}).get("website")})
    if not spk.get("name"):
        raise DataImportError(path, "Angaben zur OE SPK fehlen.", field="spk")
    spk_values = {
        "name": str(SPK_NAME),
        "website": json_text(spk.get("website")) or (spk.get("sources") or [""])[0],
        "sources": "\n".join(spk.get("sources") or []),
        **_address(spk),
    }
    if legal_facts_path:
        legal = read_json(legal_facts_path)
        bezirksamt = legal.get("bezirksamt") if isinstance(legal, dict) else None
        if not isinstance(bezirksamt, dict):
            raise DataImportError(legal_facts_path, "Angaben „bezirksamt“ fehlen.")
        spk_values["switchboard"] = json_text(bezirksamt.get("phone"))
    if checked_on:
        spk_values["checked_on"] = checked_on

    report = ImportReport()
    with transaction.atomic():
        for action_area, values, operator_values in offices:
            if operator_values:
                operator, created = Operator.objects.get_or_create(
                    name=operator_values["name"], defaults=operator_values
                )
                if operator_values["website"] and not operator.website:
                    operator.website = operator_values["website"]
                    operator.save()
                values["operator"] = operator
            else:
                values["operator"] = None
            values["slug"] = action_area.bezirksregion.slug
            _, created = Office.objects.update_or_create(action_area=action_area, defaults=values)
            report.count("Stadtteilkoordinationen", created)
        contact = DistrictContact.current()
        if contact is None:
            DistrictContact.objects.create(**spk_values)
            report.count("Kontakt der OE SPK", True)
        else:
            for field, value in spk_values.items():
                setattr(contact, field, value)
            contact.save()
            report.count("Kontakt der OE SPK", False)
    return report
