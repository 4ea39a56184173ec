"""„Ihre Anregung zum Profil“: the contact form's protections (a field people leave empty, a
signed time; the per-address limit is in the view), no cookie, no session."""

from django import forms
from django.utils.translation import gettext_lazy as _

from coordination.forms import NotTooFast

from .plans import Handlungsfeld
from .suggestions import Suggestion


class SuggestionForm(NotTooFast, forms.ModelForm):
    class Meta:
        model = Suggestion
        fields = ["text", "handlungsfeld", "planungsraum", "may_publish"]
        labels = {
            "text": _("Ihre Anregung"),
            "handlungsfeld": _("Thema (freiwillig)"),
            "planungsraum": _("Wo genau? (freiwillig)"),
            "may_publish": _(
                "Sie dürfen meine Anregung ohne Namen zusammen mit Ihrer Antwort im Profil "
                "veröffentlichen."
            ),
        }
        help_texts = {
            "text": _("Höchstens 2000 Zeichen. Bitte keinen Namen und keine Gesundheitsdaten."),
            "may_publish": _("Freiwillig. Ohne Häkchen lesen nur die Mitarbeitenden sie."),
        }
        widgets = {"text": forms.Textarea(attrs={"rows": 6, "maxlength": 2000})}

    def __init__(self, *args, region, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.bezirksregion = region
        self.fields["handlungsfeld"].queryset = Handlungsfeld.objects.published().in_region(region)
        self.fields["handlungsfeld"].empty_label = _("– kein bestimmtes –")
        self.fields["planungsraum"].queryset = region.planungsraeume.order_by("name")
        self.fields["planungsraum"].empty_label = _("– die ganze Bezirksregion –")
        self.add_spam_fields()

    def clean(self):
        cleaned = super().clean()
        problem = self.spam_problem()
        if problem:
            raise forms.ValidationError(problem)
        return cleaned
