from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .point_lookup import PointOutOfRange, validate_point
from .streets import MAX_INPUT_LENGTH, InputRefused, clean_input, parse_house_number

MAX_COORDINATE_LENGTH = 64


class CoordinateField(forms.Field):
    """A latitude or longitude as people and browsers send it: 52.47 or 52,47."""

    def __init__(self, *, messages, **kwargs):
        super().__init__(error_messages={"required": messages["required"]}, **kwargs)
        self.messages = messages

    def to_python(self, value):
        text = (value or "").strip()
        if not text:
            return None
        if len(text) > MAX_COORDINATE_LENGTH:
            raise forms.ValidationError(self.messages["too_long"])
        try:
            return float(text.replace(",", "."))
        except ValueError:
            raise forms.ValidationError(self.messages["not_a_number"]) from None


class PointForm(forms.Form):
    """A point in WGS84 from the query string (?lat=…&lon=…)."""

    lat = CoordinateField(
        messages={
            "required": _("Bitte die geografische Breite (lat) angeben."),
            "too_long": _("Die geografische Breite (lat) ist zu lang."),
            "not_a_number": _("Die geografische Breite (lat) muss eine Zahl sein, z. B. 52.47."),
        }
    )
    lon = CoordinateField(
        messages={
            "required": _("Bitte die geografische Länge (lon) angeben."),
            "too_long": _("Die geografische Länge (lon) ist zu lang."),
            "not_a_number": _("Die geografische Länge (lon) muss eine Zahl sein, z. B. 13.43."),
        }
    )

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


class AddressLookupForm(forms.Form):
    """Street and house number, as people type them. Works without JavaScript (GET)."""

    strasse = forms.CharField(
        label=_("Straße"),
        max_length=MAX_INPUT_LENGTH,
        help_text=_("Zum Beispiel „Karl-Marx-Str.“"),
        widget=forms.TextInput(
            attrs={"autocomplete": "address-line1", "list": "strassen", "spellcheck": "false"}
        ),
        error_messages={
            "required": _("Bitte eine Straße angeben."),
            "max_length": _("Die Straße ist zu lang (höchstens %(limit_value)d Zeichen)."),
        },
    )
    hausnummer = forms.CharField(
        label=_("Hausnummer"),
        required=False,
        max_length=12,
        help_text=_("Zum Beispiel 12 oder 12a."),
        widget=forms.TextInput(attrs={"inputmode": "text", "size": 6}),
        error_messages={"max_length": _("Die Hausnummer ist zu lang.")},
    )

    def clean_strasse(self):
        try:
            return clean_input(self.cleaned_data["strasse"], gettext("Die Straße"))
        except InputRefused as refusal:
            raise forms.ValidationError(str(refusal)) from None

    def clean_hausnummer(self):
        try:
            number = clean_input(self.cleaned_data["hausnummer"], gettext("Die Hausnummer"))
            parse_house_number(number)
        except InputRefused as refusal:
            raise forms.ValidationError(str(refusal)) from None
        return number


MIN_REGIONS, MAX_REGIONS = 2, 4


class ComparisonForm(forms.Form):
    bezirksregion = forms.MultipleChoiceField(
        label=_("Bezirksregionen"), required=False, widget=forms.CheckboxSelectMultiple
    )
    planungsraum = forms.MultipleChoiceField(
        label=_("Planungsräume"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, table, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bezirksregion"].choices = [
            (region.code, region.name) for region in table.bezirksregionen
        ]
        self.fields["planungsraum"].choices = [
            (area.code, area.name) for area in table.planungsraeume
        ]
        self.fields["bezirksregion"].error_messages["invalid_choice"] = _(
            "„%(value)s“ ist keine Bezirksregion in Neukölln."
        )
        self.fields["planungsraum"].error_messages["invalid_choice"] = _(
            "„%(value)s“ ist kein Planungsraum in Neukölln."
        )

    def clean(self):
        cleaned = super().clean()
        regions = cleaned.get("bezirksregion") or []
        areas = cleaned.get("planungsraum") or []
        if self.errors:
            return cleaned
        if regions and areas:
            raise forms.ValidationError(
                _("Bitte entweder Bezirksregionen oder Planungsräume vergleichen, nicht beides.")
            )
        chosen = regions or areas
        if len(chosen) < MIN_REGIONS:
            raise forms.ValidationError(_("Bitte wählen Sie mindestens zwei Räume zum Vergleich."))
        if len(chosen) > MAX_REGIONS:
            raise forms.ValidationError(_("Bitte wählen Sie höchstens vier Räume zum Vergleich."))
        cleaned["codes"] = sorted(chosen)  # the order of the form, whatever the URL's
        return cleaned
