from django.urls import path
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from spk_site.urls import urlpatterns as site_urlpatterns

# The site's own patterns (i18n_patterns may not be included, only extended), plus
urlpatterns = [
    # the yardstick: a Django view rendering a tiny template on every request (never from
    # the page cache), through the same middleware as every page.
    path(
        "bench/bare/",
        never_cache(
            TemplateView.as_view(template_name="bench_bare.html", extra_context={"title": "bare"})
        ),
    ),
    *site_urlpatterns,
]
