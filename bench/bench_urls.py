from django.conf.urls.i18n import i18n_patterns
from django.urls import path
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from spk_site.urls import urlpatterns as site_urlpatterns

# The site's own patterns (i18n_patterns may not be included, only extended), plus two
# yardsticks, never from the page cache and through the same middleware as every page:
urlpatterns = [
    # a Django view rendering a tiny template;
    path(
        "bench/bare/",
        never_cache(
            TemplateView.as_view(template_name="bench_bare.html", extra_context={"title": "bare"})
        ),
    ),
    # the layout floor: the site's base layout (header, navigation, language links, footer)
    # with an empty main, in the visitor's language, what every never-cached page costs at least.
    *i18n_patterns(
        path("bench/layout/", never_cache(TemplateView.as_view(template_name="bench_layout.html"))),
        prefix_default_language=False,
    ),
    *site_urlpatterns,
]
