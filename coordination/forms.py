from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from regions.streets import MAX_INPUT_LENGTH, InputRefused, clean_input, parse_house_number


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
