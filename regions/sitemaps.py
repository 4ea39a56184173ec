from spk_site.sitemaps import NamedPagesSitemap, Sitemap

from .models import Bezirksregion


class BezirksregionSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Bezirksregion.objects.order_by("code")

    def lastmod(self, region):
        return region.updated_at


class RegionPagesSitemap(NamedPagesSitemap):
    changefreq = "monthly"
    url_names = ("regions:list", "regions:figures", "regions:sources")


SITEMAPS = {"bezirksregionen": BezirksregionSitemap, "regionen-seiten": RegionPagesSitemap}
