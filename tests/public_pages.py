"""The one list of public pages that the browser audit walks. Later features add their
pages here or through the sitemap, which the audit reads too."""

import re

PUBLIC_PATHS = [
    "/",
    "/fragen/",
    "/bezirksregionen/",
    "/stadtteilkoordination/",
    "/karte/",
    "/impressum/",
    "/datenschutz/",
    "/barrierefreiheit/",
    "/datenquellen/",
    "/kieze-in-zahlen/",
    "/kieze-in-zahlen/?planungsraum=08100101&planungsraum=08100206&planungsraum=08401246",
    "/einrichtungen/",
    "/einrichtungen/?bezirksregion=reuterstrasse",
    "/einrichtungen/?art=kita",
    "/einrichtungen/?lat=52.4811&lon=13.4350",  # near a position: distances
    "/einrichtungen/?strasse=Karl-Marx-Str.&hausnummer=83",  # near an address
    "/termine/",
    "/aktuelles/",
    "/kiezkasse/",
    "/kontakt/",
    "/stadtteilkoordination/reuterstrasse/kontakt/",
    "/kontakt/danke/",
    "/bezirksregionen/schillerpromenade/anregung/",
    "/bezirksregionen/schillerpromenade/anregung/?danke=1",
    "/zustaendigkeit/",
    "/zustaendigkeit/?strasse=Karl-Marx-Str.&hausnummer=83",
    "/zustaendigkeit/?strasse=karl+marx+strasse",
    "/zustaendigkeit/?strasse=Alt-Rudow&hausnummer=1",
    "/zustaendigkeit/?strasse=Unter+den+Linden",
    "/zustaendigkeit/?strasse=Hermannstr&hausnummer=5a",
    "/zustaendigkeit/?strasse=Hermannstr&hausnummer=f%C3%BCnf",
    "/suche/",
    "/suche/?q=Kiezkasse",
    "/suche/?q=Schilerpromenade",  # with "Meinten Sie …?"
    "/suche/?q=Kita&seite=2",  # a page of hits with both page links
    "/suche/?q=xyzzy",  # no result: the lookup and the sections instead
]

# Pages that must look right although they answer with an error status.
ERROR_PATHS = {
    "/diese-seite-gibt-es-nicht/": 404,
    "/kieze-in-zahlen/?bezirksregion=081001": 400,  # a comparison needs two regions
    "/suche/?q=" + "x" * 201: 400,  # too long: a plain message
    "/suche/?q=Kita&seite=999": 404,  # past the last page of hits: the first, and a message
}

# The thirteen region profiles share one template: the audits walk two of them in each
# language (the district's and a region's with a Stadtteilkoordination, the fullest); every
# profile is rendered and checked in German by tests/test_profiles.py.
AUDITED_PROFILES = {
    "/bezirksregionen/profil/",
    "/bezirksregionen/schillerpromenade/profil/",
}


def audited(paths, prefixes=("/en", "/tr", "/ar")):
    """These paths without the profiles that are not audited."""

    def german(path):
        for prefix in prefixes:
            if path.startswith(prefix + "/"):
                return path[len(prefix) :]
        return path

    return [
        path
        for path in paths
        if not german(path).endswith("/profil/") or german(path) in AUDITED_PROFILES
    ]


# In the browser audit, the twelve region pages likewise: one with a Stadtteilkoordination and
# the GI, one with the GI only, one with neither (every region page is still rendered, checked
# for HTML validity and for notes meant for staff through the public_pages fixture).
AUDITED_REGION_PAGES = {
    "/bezirksregionen/schillerpromenade/",
    "/bezirksregionen/rixdorf/",
    "/bezirksregionen/buckow/",
}
REGION_PAGE = re.compile(r"^/bezirksregionen/[a-z0-9-]+/$")


def sampled_for_the_browser(paths, prefixes=("/en", "/tr", "/ar")):
    """The audited paths without the region pages that share a sampled one's template."""
    kept = []
    for path in audited(paths, prefixes):
        german = next(
            (path[len(prefix) :] for prefix in prefixes if path.startswith(prefix + "/")), path
        )
        if REGION_PAGE.match(german) and german not in AUDITED_REGION_PAGES:
            continue
        kept.append(path)
    return kept
