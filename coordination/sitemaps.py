from spk_site.sitemaps import NamedPagesSitemap, Sitemap

from .models import FaqEntry, Office, Page


class StartSitemap(NamedPagesSitemap):
    changefreq = "weekly"
    priority = 1.0
    url_names = (
        "coordination:home",
        "coordination:office-list",
        "coordination:map",
        "coordination:responsibility",
        "coordination:easy-language",
        "coordination:sign-language",
        "coordination:glossary",
    )


class FaqSitemap(NamedPagesSitemap):
    changefreq = "monthly"
    url_names = ("coordination:faq",)

    def lastmod(self, name):
        newest = FaqEntry.objects.published().order_by("-updated_at").first()
        return newest.updated_at if newest else None


class OfficeSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Office.objects.published().order_by("slug")

    def lastmod(self, office):
        return office.updated_at


class PageSitemap(Sitemap):
    changefreq = "yearly"

    def items(self):
        return Page.objects.published().order_by("slug")

    def lastmod(self, page):
        return page.updated_at


SITEMAPS = {
    "start": StartSitemap,
    "fragen": FaqSitemap,
    "stadtteilkoordination": OfficeSitemap,
    "seiten": PageSitemap,
}
