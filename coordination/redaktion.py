"""The Redaktion's rights on offices, contacts, FAQ, pages and what visitors write."""

from staff.rights import EVERYTHING

RIGHTS = {
    "office": EVERYTHING,
    "officehours": EVERYTHING,
    "contactperson": EVERYTHING,
    "operator": EVERYTHING,
    "districtcontact": ("change", "view"),  # the OE SPK's contact stays
    "faqcategory": EVERYTHING,
    "faqentry": EVERYTHING,
    "page": EVERYTHING,
    "easylanguagetext": EVERYTHING,
    "signlanguagevideo": EVERYTHING,
    "linkcheck": ("view",),
    "message": ("change", "delete", "view"),  # visitors write them; staff mark them done
    "pagefeedback": ("delete", "view"),
}
UNVERSIONED = {
    "message": "Nachrichten von Besucherinnen und Besuchern werden nach der Frist der "
    "Datenschutzerklärung gelöscht; eine Versionsgeschichte hielte sie länger fest. Die "
    "Redaktion ändert an ihnen nur „Erledigt“.",
}
