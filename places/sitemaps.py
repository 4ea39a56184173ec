from spk_site.sitemaps import NamedPagesSitemap


class PlacePagesSitemap(NamedPagesSitemap):
    changefreq = "monthly"
    url_names = ("places:place-list",)


SITEMAPS = {"einrichtungen": PlacePagesSitemap}
