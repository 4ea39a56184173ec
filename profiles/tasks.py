"""The profiles' PDFs are built in the background (Django's task framework), never in a
visitor's request: after every committed change to what a profile shows, and at every moment
something it shows appears or goes by itself (a scheduled entry, the next day for the lists
of past and coming Termine), also while the shared cache is down."""

import datetime

from django.utils import timezone
from django_tasks import task

from spk_site.publishing import scheduled_moments
from spk_site.tasks import enqueue_once

from . import pdf

# What a profile shows: a change to any of these may change a PDF (an FAQ edit cannot).
PROFILE_TOPICS = ("geography", "figures", "offices", "events", "places", "profiles", "reports")


@task()
def refresh_profiles():
    """Rebuilds the PDFs whose inputs changed, then waits for the next moment that may change
    them without an edit."""
    built = pdf.refresh()
    enqueue_once(refresh_profiles, run_after=next_moment())
    return [f"{key}-{language}" for key, language in built]


def queue_refresh():
    """After a change: the refresh, unless one already waits to run."""
    enqueue_once(refresh_profiles)


def next_moment(now=None):
    """The next time a profile may change by itself: a scheduled entry appears or goes, or the
    day turns (Termine move from "next" to "past")."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    midnight = timezone.make_aware(
        datetime.datetime.combine(today + datetime.timedelta(days=1), datetime.time(0, 1))
    )
    # Read from the database, not from a memo: right also while the shared cache is down.
    scheduled = next((moment for moment in scheduled_moments() if moment > now), None)
    return min(midnight, scheduled) if scheduled else midnight
