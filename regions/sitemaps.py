from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Bezirksregion


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
