"""What machines and media players ask `coordination` for: one language, no prefix."""

from django.urls import path

from .views import access, responsibility

app_name = "coordination-api"

urlpatterns = [
    path("api/zustaendigkeit", responsibility.responsibility_api, name="responsibility"),
    path(
        "gebaerdensprache/dateien/<str:name>",
        access.sign_language_file,
        name="sign-language-file",
    ),
]
