"""Background work on Django's task framework (django-tasks on Django 5.2, the API Django 6
ships): what the site shares about queueing a task."""

from django.db.models import Q
from django.utils import timezone
from django_tasks import TaskResultStatus


def enqueue_once(task, run_after=None):
    """Queues a task that takes no arguments, unless the same task already waits to run at or
    before that moment (with the database backend: a worker that runs it then covers this
    need too). Without run_after: now. Returns the queued result, or None."""
    backend = task.get_backend()
    if run_after is not None and not backend.supports_defer:
        return None  # tests run tasks at once: nothing waits for a later moment
    if _waiting(backend, task, run_after or timezone.now()):
        return None
    return task.using(run_after=run_after).enqueue() if run_after else task.enqueue()


def _waiting(backend, task, moment):
    from django_tasks_db.backend import DatabaseBackend
    from django_tasks_db.models import DBTaskResult, get_date_max

    if not isinstance(backend, DatabaseBackend):
        return False
    # A task queued for "now" is stored with the latest possible date as its run_after.
    return DBTaskResult.objects.filter(
        Q(run_after=get_date_max()) | Q(run_after__lte=moment),
        status=TaskResultStatus.READY,
        task_path=task.module_path,
    ).exists()
