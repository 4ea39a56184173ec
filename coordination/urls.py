"""Residents' pages of `coordination`, in every language (German unprefixed)."""

from django.urls import path

from spk_site.caching import cached_for_visitors

from .models import PAGES_WITH_OWN_ADDRESS
from .views import access, offices, pages, responsibility, writing

app_name = "coordination"

page = cached_for_visitors()

urlpatterns = [
    path("", page(pages.HomeView.as_view()), name="home"),
    path("fragen/", page(pages.FaqView.as_view()), name="faq"),
    path("karte/", page(pages.MapView.as_view()), name="map"),
    path(
        "begriffe/",
        page(pages.TemplateView.as_view(template_name="coordination/glossary.html")),
        name="glossary",
    ),
    *[
        path(
            f"{slug}/",
            page(pages.PageView.as_view()),
            {"slug": slug, "own_address": True},
            name=slug,
        )
        for slug in PAGES_WITH_OWN_ADDRESS
    ],
    path("seiten/<slug:slug>/", page(pages.PageView.as_view()), name="page"),
    path("stadtteilkoordination/", page(offices.OfficeListView.as_view()), name="office-list"),
    path(
        "stadtteilkoordination/<slug:slug>/",
        page(offices.OfficeDetailView.as_view()),
        name="office-detail",
    ),
    path(
        "stadtteilkoordination/<slug:slug>.vcf",
        page(offices.office_vcard_view),
        name="office-vcard",
    ),
    # What a visitor typed is never stored: not cached.
    path("zustaendigkeit/", responsibility.responsibility_page, name="responsibility"),
    # What visitors write: never cached, no cookie (coordination.views.writing).
    path("kontakt/", writing.contact, name="contact"),
    path(
        "kontakt/danke/",
        cached_for_visitors(query=("an",))(writing.contact_thanks),
        name="contact-thanks",
    ),
    path("stadtteilkoordination/<slug:slug>/kontakt/", writing.contact, name="office-contact"),
    path("rueckmeldung/", writing.feedback, name="feedback"),
    path("rueckmeldung/danke/", writing.feedback_thanks, name="feedback-thanks"),
    path("rueckmeldung/hinweis/", writing.feedback_comment, name="feedback-comment"),
    path("leichte-sprache/", page(access.EasyLanguageView.as_view()), name="easy-language"),
    path("gebaerdensprache/", page(access.SignLanguageView.as_view()), name="sign-language"),
]
