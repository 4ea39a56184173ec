from django import forms

from .lookup import PointOutOfRange, validate_point

MAX_COORDINATE_LENGTH = 64


class CoordinateField(forms.Field):
    """A latitude or longitude as people and browsers send it: 52.47 or 52,47."""

    def __init__(self, *, name, label, **kwargs):
        super().__init__(error_messages={"required": f"Bitte {label} ({name}) angeben."}, **kwargs)
        self.described = f"{label[0].upper()}{label[1:]} ({name})"

    def to_python(self, value):
        text = (value or "").strip()
        if not text:
            return None
        if len(text) > MAX_COORDINATE_LENGTH:
            raise forms.ValidationError(f"{self.described} ist zu lang.")
        try:
            return float(text.replace(",", "."))
        except ValueError:
            raise forms.ValidationError(
                f"{self.described} muss eine Zahl sein, z. B. 52.47."
            ) from None


class PointForm(forms.Form):
    """A point in WGS84 from the query string (?lat=…&lon=…)."""

    lat = CoordinateField(name="lat", label="die geografische Breite")
    lon = CoordinateField(name="lon", label="die geografische Länge")

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        try:
            cleaned["lat"], cleaned["lon"] = validate_point(cleaned["lat"], cleaned["lon"])
        except PointOutOfRange as error:
            raise forms.ValidationError(str(error)) from None
        return cleaned

    @property
    def point(self):
        return self.cleaned_data["lat"], self.cleaned_data["lon"]

    @property
    def message(self):
        """The first problem, as one German sentence (for JSON answers)."""
        for errors in self.errors.values():
            return errors[0]
        return ""

    @staticmethod
    def is_asked(query):
        return "lat" in query or "lon" in query
