from django.urls import include, path
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

urlpatterns = [
    # The yardstick: a Django view rendering a tiny template on every request (never from
    # the page cache), through the same middleware as every page.
    path(
        "bench/bare/",
        never_cache(
            TemplateView.as_view(template_name="bench_bare.html", extra_context={"title": "bare"})
        ),
    ),
    path("", include("spk_site.urls")),
]
