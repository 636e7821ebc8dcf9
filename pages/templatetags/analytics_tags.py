"""GSA's Digital Analytics Program script, on public pages only, when DAP_AGENCY is set."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.utils.html import format_html

register = template.Library()


@register.simple_tag(takes_context=True)
def dap_script(context):
    agency = getattr(settings, "DAP_AGENCY", "")
    request = context.get("request")
    if not agency or request is None:
        return ""
    if getattr(request, "is_preview", False) or request.path.startswith("/admin/"):
        return ""
    query = {"agency": agency}
    if settings.DAP_SUBAGENCY:
        query["subagency"] = settings.DAP_SUBAGENCY
    return format_html(
        '<script async id="_fed_an_ua_tag" src="{}?{}"></script>',
        settings.DAP_SCRIPT_URL,
        urlencode(query),
    )
