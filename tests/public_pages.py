"""The one list of public pages that the browser audit walks. Later features add their
pages here or through the sitemap, which the audit reads too."""

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
]

# Pages that must look right although they answer with an error status.
ERROR_PATHS = {"/diese-seite-gibt-es-nicht/": 404}
