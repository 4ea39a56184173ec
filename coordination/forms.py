from django import forms
from django.core import signing
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .models import Message


class NotTooFast:
    """Forms people fill in: a field people leave empty (bots fill every field) and a signed
    time, so a form sent within seconds of being shown, or days later, is refused. No
    cookie, no session."""

    MIN_SECONDS, MAX_SECONDS = 3, 24 * 60 * 60

    def add_spam_fields(self):
        self.fields["website"] = forms.CharField(
            label=_("Bitte dieses Feld leer lassen"),
            required=False,
            # out of sight and out of the tab order: people never reach it, bots fill it
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        self.fields["shown"] = forms.CharField(widget=forms.HiddenInput, required=False)
        if not self.is_bound:
            self.initial["shown"] = signing.TimestampSigner(salt="contact-form").sign("shown")

    def spam_problem(self):
        if self.cleaned_data.get("website"):
            return gettext("Bitte lassen Sie das letzte Feld leer.")
        signer = signing.TimestampSigner(salt="contact-form")
        token = self.cleaned_data.get("shown", "")
        try:
            signer.unsign(token, max_age=self.MAX_SECONDS)
        except signing.SignatureExpired:
            return gettext("Das Formular war zu lange offen. Bitte senden Sie es noch einmal.")
        except signing.BadSignature:
            return gettext("Bitte senden Sie das Formular von dieser Seite aus.")
        try:
            signer.unsign(token, max_age=self.MIN_SECONDS)
        except signing.SignatureExpired:
            return None  # shown long enough ago: a person read and wrote
        return gettext(
            "Das ging sehr schnell. Bitte warten Sie einen Moment und senden Sie erneut."
        )


class ContactForm(NotTooFast, forms.ModelForm):
    class Meta:
        model = Message
        fields = ["topic", "text", "name", "reply_to"]
        labels = {
            "topic": _("Worum geht es?"),
            "text": _("Ihre Nachricht"),
            "name": _("Ihr Name (freiwillig)"),
            "reply_to": _("Ihre E-Mail-Adresse, wenn Sie eine Antwort möchten (freiwillig)"),
        }
        help_texts = {"text": _("Höchstens 3000 Zeichen. Bitte keine Gesundheitsdaten.")}
        widgets = {"text": forms.Textarea(attrs={"rows": 8, "maxlength": 3000})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [
            ("frage", _("Frage oder Anliegen")),
            ("idee", _("Idee für den Kiez")),
            ("barriere", _("Barriere auf der Website melden")),
        ]
        self.add_spam_fields()

    def clean(self):
        cleaned = super().clean()
        problem = self.spam_problem()
        if problem:
            raise forms.ValidationError(problem)
        return cleaned


class FeedbackForm(forms.Form):
    """„War diese Seite hilfreich?“ – on every content page, cached with it: no signed time."""

    seite = forms.CharField(max_length=300)
    hilfreich = forms.ChoiceField(choices=[("ja", _("Ja")), ("nein", _("Nein"))])
    hinweis = forms.CharField(
        label=_("Was können wir besser machen? (freiwillig, ohne persönliche Angaben)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
    )
    website = forms.CharField(required=False)  # left empty by people, filled by bots

    def clean_seite(self):
        path = self.cleaned_data["seite"]
        if not path.startswith("/") or path.startswith("//"):
            raise forms.ValidationError(gettext("Unbekannte Seite."))
        return path
