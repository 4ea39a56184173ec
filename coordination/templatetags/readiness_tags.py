from django import template

from ..readiness import gaps, ready_to_launch

register = template.Library()


@register.simple_tag
def launch_gaps():
    """„Was fehlt noch?“ for the admin's start page (coordination.readiness)."""
    found = gaps()
    return {
        "required": [gap for gap in found if gap.required],
        "optional": [gap for gap in found if not gap.required and not gap.translation],
        "translations": [gap for gap in found if gap.translation],
        "ready": ready_to_launch(found),
    }
