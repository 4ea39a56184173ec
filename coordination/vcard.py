"""An office as a vCard 3.0, so visitors can save it to their phone's address book."""

import vobject


def office_vcard(office, site_url=""):
    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(family=office.name)
    card.add("fn").value = office.name
    operator = office.confirmed_operator
    card.add("org").value = [operator.name] if operator else [office.name]
    if office.has_address:
        address = card.add("adr")
        address.value = vobject.vcard.Address(
            street=office.street_line,
            city=office.city or "Berlin",
            code=office.postcode,
            country="Deutschland",
        )
        address.type_param = "WORK"
    if office.phone:
        phone = card.add("tel")
        phone.value = office.phone
        phone.type_param = "WORK"
    if office.email:
        email = card.add("email")
        email.value = office.email
        email.type_param = "INTERNET"
    if office.website:
        card.add("url").value = office.website
    elif site_url:
        card.add("url").value = site_url + office.get_absolute_url()
    if office.lon_lat:
        lon, lat = office.lon_lat
        card.add("geo").value = f"{lat:.6f};{lon:.6f}"
    card.add(
        "note"
    ).value = f"Stadtteilkoordination für die Bezirksregion {office.bezirksregion.name}, Neukölln"
    return card.serialize()
