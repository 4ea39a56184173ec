from django.urls import path

from . import views

app_name = "coordination"

urlpatterns = [
    path("", views.OfficeListView.as_view(), name="office-list"),
    path("<slug:slug>/", views.OfficeDetailView.as_view(), name="office-detail"),
    path("<slug:slug>.vcf", views.office_vcard_view, name="office-vcard"),
]
