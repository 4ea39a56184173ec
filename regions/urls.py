from django.urls import path

from spk_site.views import placeholder

app_name = "regions"

urlpatterns = [
    path("", placeholder, {"title": "Bezirksregionen"}, name="list"),
]
