from django.urls import reverse

from regions.models import Bezirksregion
from spk_site.sitemaps import NamedPagesSitemap, Sitemap


class ProfileSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return list(Bezirksregion.objects.order_by("code").values_list("slug", flat=True))

    def location(self, slug):
        return reverse("profiles:detail", args=[slug])


class DistrictProfileSitemap(NamedPagesSitemap):
    changefreq = "weekly"
    url_names = ("profiles:district",)


SITEMAPS = {"profile": ProfileSitemap, "profil-bezirk": DistrictProfileSitemap}
