"""The filters of /einrichtungen/, as a plain GET form."""

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class PlaceFilterForm(forms.Form):
    art = forms.ChoiceField(label=_("Art"), required=False)
    bezirksregion = forms.ChoiceField(label=_("Bezirksregion"), required=False)

    def __init__(self, *args, kinds, regions, **kwargs):
        super().__init__(*args, **kwargs)
        invalid = gettext("„%(value)s“ gibt es hier nicht. Bitte wählen Sie aus der Liste.")
        self.fields["art"].choices = [("", _("alle"))] + [
            (kind.slug, kind.plural) for kind in kinds
        ]
        self.fields["bezirksregion"].choices = [("", _("alle"))] + [
            (region.slug, region.name) for region in regions
        ]
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = invalid
