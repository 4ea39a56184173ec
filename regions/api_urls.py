from django.urls import path

from . import api

app_name = "regions-api"

urlpatterns = [
    path("bezirksregionen.geojson", api.bezirksregionen_geojson, name="bezirksregionen-geojson"),
    path("planungsraeume.geojson", api.planungsraeume_geojson, name="planungsraeume-geojson"),
    path("prognoseraeume.geojson", api.prognoseraeume_geojson, name="prognoseraeume-geojson"),
    path("bezirksregionen.csv", api.bezirksregionen_csv, name="bezirksregionen-csv"),
    path("planungsraeume.csv", api.planungsraeume_csv, name="planungsraeume-csv"),
    path("region-at", api.region_at, name="region-at"),
    path("strassen", api.street_names, name="street-names"),
]
