from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse

from .models import Event, FaqEntry, NewsArticle, Office, Page, SmallGrantFund


class Sitemap(DjangoSitemap):
    """Every page in every language, each with its alternates (hreflang) and x-default."""

    i18n = True
    alternates = True
    x_default = True


class StartSitemap(Sitemap):
    changefreq = "weekly"
    priority = 1.0

    def items(self):
        return [
            "home",
            "coordination:office-list",
            "map",
            "responsibility",
            "figures",
            "easy-language",
            "sign-language",
            "event-list",
            "event-archive",
            "news-list",
            "small-grants",
            "places",
        ]

    def location(self, name):
        return reverse(name)


class FaqSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return ["faq"]

    def location(self, name):
        return reverse(name)

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


class EventSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Event.objects.published().order_by("starts_on", "pk")

    def lastmod(self, event):
        return event.updated_at


class NewsSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return NewsArticle.objects.published().latest_first()

    def lastmod(self, article):
        return article.updated_at


class SmallGrantSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return SmallGrantFund.objects.published().select_related("office").order_by("office__slug")

    def lastmod(self, fund):
        return fund.updated_at
