"""schema.org description of an office, for search engines and other machines."""


def office_json_ld(office, absolute_url):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": office.name,
        "url": absolute_url,
        "areaServed": {
            "@type": "AdministrativeArea",
            "name": f"Bezirksregion {office.bezirksregion.name}, Berlin-Neukölln",
        },
    }
    operator = office.confirmed_operator
    if operator:
        data["parentOrganization"] = {"@type": "Organization", "name": operator.name}
        if operator.website:
            data["parentOrganization"]["url"] = operator.website
    if office.phone:
        data["telephone"] = office.phone
    if office.email:
        data["email"] = office.email
    if office.website:
        data["sameAs"] = office.website
    place = {"@type": "Place"}
    if office.has_address:
        data["address"] = place["address"] = {
            "@type": "PostalAddress",
            "streetAddress": office.street_line,
            "postalCode": office.postcode,
            "addressLocality": office.city or "Berlin",
            "addressCountry": "DE",
        }
    if office.lon_lat:
        lon, lat = office.lon_lat
        place["geo"] = {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}
    hours = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{row.schema_day}",
            "opens": row.opens.strftime("%H:%M"),
            "closes": row.closes.strftime("%H:%M"),
        }
        for row in office.opening_hours.all()
    ]
    if hours:
        place["openingHoursSpecification"] = hours
    if len(place) > 1:
        data["location"] = place
    return data
