from django.urls import path

from spk_site.caching import cached_for_visitors

from . import views
from .happenings import SmallGrantFundView

app_name = "coordination"

urlpatterns = [
    path("", cached_for_visitors()(views.OfficeListView.as_view()), name="office-list"),
    path(
        "<slug:slug>/",
        cached_for_visitors()(views.OfficeDetailView.as_view()),
        name="office-detail",
    ),
    path(
        "<slug:slug>/kiezkasse/",
        cached_for_visitors()(SmallGrantFundView.as_view()),
        name="office-grants",
    ),
    path("<slug:slug>.vcf", cached_for_visitors()(views.office_vcard_view), name="office-vcard"),
]
