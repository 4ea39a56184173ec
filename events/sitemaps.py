from spk_site.sitemaps import NamedPagesSitemap, Sitemap

from .models import Event, NewsArticle, SmallGrantFund


class EventPagesSitemap(NamedPagesSitemap):
    changefreq = "weekly"
    url_names = (
        "events:event-list",
        "events:event-archive",
        "events:news-list",
        "events:small-grants",
    )


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


SITEMAPS = {
    "termine-und-aktuelles": EventPagesSitemap,
    "termine": EventSitemap,
    "aktuelles": NewsSitemap,
    "kiezkasse": SmallGrantSitemap,
}
