from django import template
from js_asset import Media as MediaWithImportMap

register = template.Library()


@register.simple_tag(takes_context=True)
def media_with_nonce(context, media):
    """A form's media with the request's CSP nonce on its tags: the editor's import map is an
    inline script, which the policy allows only with the nonce (staff pages are never
    cached, so the nonce is fresh)."""
    request = context.get("request")
    if isinstance(media, MediaWithImportMap) and hasattr(request, "csp_nonce"):
        return media.render(attrs={"nonce": str(request.csp_nonce)})
    return media.render()


@register.inclusion_tag("staff/preview_notice.html")
def preview_notice(entry):
    """On a public page staff look at: whether visitors see it now, and from when."""
    from staff.admin_base import visibility_text

    state, _moment = (
        entry.visibility()
        if hasattr(entry, "visibility")
        else (("visible" if entry.published else "draft"), None)
    )
    return {"state": state, "text": visibility_text(entry) if state != "draft" else ""}


@register.simple_tag
def today_for_staff():
    """„Heute“ for the admin's start page (staff.today)."""
    from staff.today import items

    return items()


@register.simple_tag
def launch_gaps():
    """„Was fehlt noch?“ for the admin's start page (staff.readiness)."""
    from staff.readiness import gaps, ready_to_launch

    found = gaps()
    return {
        "required": [gap for gap in found if gap.required],
        "optional": [gap for gap in found if not gap.required and not gap.translation],
        "translations": [gap for gap in found if gap.translation],
        "ready": ready_to_launch(found),
    }
