from django.urls import path

from . import views

app_name = "regions"

urlpatterns = [
    path("", views.BezirksregionListView.as_view(), name="list"),
    path("<slug:slug>/", views.BezirksregionDetailView.as_view(), name="detail"),
]
