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
