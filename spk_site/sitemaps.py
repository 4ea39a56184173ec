from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.urls import reverse


class Sitemap(DjangoSitemap):
    """Every page in every language, each with its alternates (hreflang) and x-default."""

    i18n = True
    alternates = True
    x_default = True


class NamedPagesSitemap(Sitemap):
    """Pages without a model of their own, listed by their URL names."""

    url_names = ()

    def items(self):
        return list(self.url_names)

    def location(self, name):
        return reverse(name)
