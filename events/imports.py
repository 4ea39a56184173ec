"""Import of the Kiezkassen from the facts file (offices/facts-update-2026-11.json): one per
office that the file says has one, its facts split where the source is explicit and marked for
staff to confirm."""

import re

from django.db import transaction

from coordination.models import Office
from spk_site.imports import DataImportError, ImportReport
from spk_site.imports.files import json_text, read_json

from .models import SmallGrantFund

EURO = r"(\d{1,3}(?:\.\d{3})*|\d+)\s*(?:Euro|EUR|€)"


def _euros(text):
    return int(text.replace(".", ""))


def small_grant_values(offer):
    """The facts of one Kiezkasse offer line, split where the source is explicit: the yearly
    budget ("2.500 Euro pro Jahr"), the maximum per application ("höchstens/bis zu 500 Euro"),
    how to apply (the clause about the Antrag), who decides (the clause with "entscheidet");
    the other clauses, as written, are what is funded. Nothing is guessed."""
    parts = (part.strip() for part in re.split(r";|:\s", offer))  # not "Nachbar:innen"
    clauses = [part for part in parts if part and part != "Kiezkasse"]
    values = {"budget_per_year": None, "maximum_per_application": None}
    rest, how, who = [], [], []
    for clause in clauses:
        per_year = re.search(EURO + r"\s+pro Jahr", clause)
        maximum = re.search(r"(?:höchstens|bis zu)\s+" + EURO, clause)
        if per_year:
            values["budget_per_year"] = _euros(per_year[1])
        if maximum:
            values["maximum_per_application"] = _euros(maximum[1])
        if re.search(r"antrag", clause, re.IGNORECASE) and not re.search(EURO, clause):
            how.append(clause)
        elif "entscheidet" in clause:
            who.append(clause)
        else:
            rest.append(clause)
    values["how_to_apply"] = "\n".join(sentence(part) for part in how)
    values["who_decides"] = " ".join(sentence(part) for part in who)
    values["summary"] = (
        "<ul>" + "".join(f"<li>{sentence(part)}</li>" for part in rest) + "</ul>" if rest else ""
    )
    return values


def sentence(clause):
    clause = clause.strip()
    return clause[:1].upper() + clause[1:] + ("" if clause.endswith(".") else ".")


def import_small_grants(update_path):
    """One Kiezkasse per office that the facts file says has one, its facts marked for staff
    confirmation (the site says they come from public sources and are being checked)."""
    facts = read_json(update_path)
    if not isinstance(facts, dict) or not isinstance(facts.get("stadtteilkoordinationen"), list):
        raise DataImportError(update_path, "Liste „stadtteilkoordinationen“ fehlt.")
    offices = {
        office.name: office
        for office in Office.objects.select_related("action_area__bezirksregion")
    }
    funds = []
    for number, entry in enumerate(facts["stadtteilkoordinationen"], start=1):
        offers = [offer for offer in entry.get("offers") or [] if "Kiezkasse" in offer]
        if not offers:
            continue
        name = json_text(entry.get("name"))
        if name not in offices:
            raise DataImportError(
                update_path,
                f"Keine Stadtteilkoordination „{name}“ (zuerst import_offices).",
                field=f"stadtteilkoordinationen[{number}].name",
            )
        office = offices[name]
        provenance = (entry.get("provenance") or {}).get("offers") or {}
        source = provenance.get("source") or []
        values = {
            "name": f"Kiezkasse {office.bezirksregion.name}",
            **small_grant_values(offers[0]),
            "sources": "\n".join(source if isinstance(source, list) else [source]),
            "source_date": json_text(provenance.get("stand"))
            if re.fullmatch(r"[\d\-.;, /]+", json_text(provenance.get("stand")))
            else "",
            "facts_confirmed": False,
            "published": True,
        }
        funds.append((office, values))
    report = ImportReport()
    with transaction.atomic():
        for office, values in funds:
            _, created = SmallGrantFund.objects.update_or_create(office=office, defaults=values)
            report.count("Kiezkassen", created)
    return report
