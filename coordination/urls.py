from django.urls import path

from spk_site.views import placeholder

app_name = "coordination"

urlpatterns = [
    path("", placeholder, {"title": "Stadtteilkoordination"}, name="office-list"),
]
