"""Rules for everything staff edit, checked by walking the admin: every model the Redaktion may
add or change keeps versions and checks its rules on the model, unless its app names it, with
the reason, as unversioned; every model with a publishing window refuses an impossible one."""

import datetime

import pytest
import reversion
import time_machine
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils import timezone

from spk_site.publishing import Scheduled
from spk_site.validation import CheckedModel
from staff.rights import GROUP, UNVERSIONED

pytestmark = pytest.mark.django_db


def _staff_models():
    """Every model in the admin, with the models of its inline rows."""
    for model, model_admin in admin.site._registry.items():
        yield model
        for inline in model_admin.inlines:
            yield inline.model


def _changeable_by_redaktion():
    rights = set(
        Group.objects.get(name=GROUP).permissions.values_list("content_type__app_label", "codename")
    )
    for model in set(_staff_models()):
        opts = model._meta
        if {
            (opts.app_label, f"add_{opts.model_name}"),
            (opts.app_label, f"change_{opts.model_name}"),
        } & rights:  # noqa: E501
            yield model


def test_every_model_the_redaktion_may_change_keeps_versions_and_checks_itself():
    checked = []
    for model in _changeable_by_redaktion():
        if model._meta.label_lower in UNVERSIONED:
            continue
        assert reversion.is_registered(model), f"{model._meta.label} keeps no versions"
        assert issubclass(model, CheckedModel), f"{model._meta.label} does not check on save"
        checked.append(model._meta.label_lower)
    for label in (
        "regions.report",
        "regions.dataset",
        "regions.gifocusarea",
        "places.greenspace",
        "coordination.easylanguagetext",
        "places.placekind",
        "coordination.officehours",
    ):
        assert label in checked


def test_the_named_exceptions_are_real_and_give_a_reason():
    changeable = {model._meta.label_lower for model in _changeable_by_redaktion()}
    for label, reason in UNVERSIONED.items():
        assert label in changeable, f"{label} needs no exception"
        assert not reversion.is_registered(apps.get_model(label))
        assert len(reason) > 40


def _scheduled_models():
    models = [model for model in apps.get_models() if issubclass(model, Scheduled)]
    assert {model._meta.label_lower for model in models} >= {
        "coordination.page",
        "events.event",
        "events.newsarticle",
    }
    return models


@time_machine.travel(datetime.datetime(2026, 12, 4, 12, tzinfo=datetime.UTC))
@pytest.mark.parametrize("label", ["coordination.page", "events.event", "events.newsarticle"])
def test_each_model_with_a_publishing_window_refuses_an_impossible_window(label):
    model = apps.get_model(label)
    assert model in _scheduled_models()
    later = timezone.make_aware(datetime.datetime(2026, 12, 10, 9))
    earlier = timezone.make_aware(datetime.datetime(2026, 12, 1, 9))
    with pytest.raises(ValidationError) as refused:
        model(publish_from=later, visible_until=earlier).clean()
    assert "visible_until" in refused.value.message_dict
    long_ago = timezone.make_aware(datetime.datetime(1969, 7, 20, 20))
    with pytest.raises(ValidationError) as refused:
        model(publish_from=long_ago).clean()
    assert "publish_from" in refused.value.message_dict
    far_ahead = timezone.make_aware(datetime.datetime(2099, 1, 1))
    with pytest.raises(ValidationError) as refused:
        model(visible_until=far_ahead).clean()
    assert "visible_until" in refused.value.message_dict
