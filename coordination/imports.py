"""Import of the Stadtteilkoordination offices and the OE SPK's own contact from the facts file
(offices/stadtteilkoordinationen.json). Unknown facts (null) stay empty: the site then says
„wird ergänzt“. Unconfirmed facts go into the admin's review note."""

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction

from regions.imports import DataImportError, ImportReport
from regions.imports.common import read_json
from regions.models import ActionArea

from .models import DistrictContact, Office, Operator


def _text(value):
    return str(value).strip() if value not in (None, "") else ""


def _address(entry):
    address = entry.get("address") or {}
    return {
        "street": _text(address.get("street")),
        "house_number": _text(address.get("house_number")),
        "postcode": _text(address.get("postcode")),
        "city": _text(address.get("city")) or "Berlin",
    }


def _check(path, field, value, validator):
    if value:
        try:
            validator(value)
        except ValidationError:
            raise DataImportError(path, f"„{value}“ ist ungültig.", field=field) from None
    return value


def _review_note(entry):
    notes = []
    operator = entry.get("operator") or {}
    if operator.get("unverified"):
        notes.append(f"Träger „{operator.get('name')}“ ist unbestätigt ({operator['unverified']}).")
    if entry.get("note"):
        notes.append(f"Hinweis aus der Recherche: {entry['note']}")
    return "\n".join(notes)


def import_offices(path):
    facts = read_json(path)
    if not isinstance(facts, dict) or not isinstance(facts.get("stadtteilkoordinationen"), list):
        raise DataImportError(path, "Liste „stadtteilkoordinationen“ fehlt.")
    action_areas = {
        area.bezirksregion.code: area for area in ActionArea.objects.select_related("bezirksregion")
    }
    offices = []
    for number, entry in enumerate(facts["stadtteilkoordinationen"], start=1):
        prefix = f"stadtteilkoordinationen[{number}]"
        code = _text(entry.get("bezirksregion"))
        if code not in action_areas:
            raise DataImportError(
                path,
                f"Kein Handlungsraum für Bezirksregion „{code}“ (zuerst import_action_areas).",
                field=f"{prefix}.bezirksregion",
            )
        operator = entry.get("operator") or {}
        values = {
            "name": _text(entry.get("name")),
            "also_known_as": ", ".join(entry.get("also_known_as") or []),
            "phone": _text(entry.get("phone")),
            "email": _check(path, f"{prefix}.email", _text(entry.get("email")), validate_email),
            "website": _check(
                path, f"{prefix}.website", _text(entry.get("website")), URLValidator()
            ),
            "review_note": _review_note(entry),
            "sources": "\n".join(entry.get("sources") or []),
            "published": True,
            **_address(entry),
        }
        if not values["name"]:
            raise DataImportError(path, "Name fehlt.", field=f"{prefix}.name")
        operator_values = None
        if operator.get("name"):
            operator_values = {
                "name": _text(operator["name"]),
                "website": _check(
                    path,
                    f"{prefix}.operator.website",
                    _text(operator.get("website")),
                    URLValidator(),
                ),
            }
        offices.append((action_areas[code], values, operator_values))

    spk = facts.get("spk") or {}
    if not spk.get("name"):
        raise DataImportError(path, "Angaben zur OE SPK fehlen.", field="spk")
    spk_values = {
        "name": "Sozialraumorientierte Planungskoordination (OE SPK)",
        "building": _text((spk.get("address") or {}).get("building")),
        "website": (spk.get("sources") or [""])[0],
        **_address(spk),
    }

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
