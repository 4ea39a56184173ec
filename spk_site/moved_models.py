"""For migrations that move a model to another app (its table kept, SeparateDatabaseAndState):
its content type moves with it, so permissions, admin history and django-reversion's versions
stay attached to the same rows. Used by events/0001 and places/0001; keep it stable."""

import json


def content_types_mover(from_app, to_app, model_names):
    """A RunPython function (and its reverse) moving these models' content types."""

    def move(source, target):
        def run(apps, schema_editor):
            ContentType = apps.get_model("contenttypes", "ContentType")
            Version = apps.get_model("reversion", "Version")
            for name in model_names:
                old = ContentType.objects.filter(app_label=source, model=name).first()
                if old is None or ContentType.objects.filter(app_label=target, model=name).exists():
                    continue  # a fresh database: created for the new app after migrate
                old.app_label = target
                old.save(update_fields=["app_label"])
                _relabel_versions(Version, old, f"{source}.{name}", f"{target}.{name}")

        return run

    return move(from_app, to_app), move(to_app, from_app)


def _relabel_versions(Version, content_type, old_label, new_label):
    """Stored versions name their model ("coordination.event"): restoring one must find it."""
    for version in Version.objects.filter(content_type=content_type, format="json"):
        objects = json.loads(version.serialized_data)
        for item in objects:
            if item.get("model") == old_label:
                item["model"] = new_label
        version.serialized_data = json.dumps(objects)
        version.save(update_fields=["serialized_data"])
