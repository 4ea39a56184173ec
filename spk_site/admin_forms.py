from django.db import models


class HttpsByDefaultAdmin:
    """A web address typed without scheme ("www.example.org") becomes https://, not http://."""

    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
