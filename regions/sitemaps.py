from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse

from .models import Bezirksregion


class Sitemap(DjangoSitemap):
    """Every page in every language, each with its alternates (hreflang) and x-default."""

    i18n = True
    alternates = True
    x_default = True


class BezirksregionSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Bezirksregion.objects.order_by("code")

    def lastmod(self, region):
        return region.updated_at


class RegionPagesSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return ["regions:list", "datenquellen"]

    def location(self, name):
        return reverse(name)
