"""Links to addresses typed by editors or taken from data (see pages.external)."""

from django import template

from pages.external import external_link_html

register = template.Library()


@register.simple_tag(takes_context=True)
def external_link(context, url, text, css_class="usa-link", sr_detail=""):
    """{% external_link url text "usa-button" sr_detail=… %}: an <a>, styled and hinted when
    it leaves the site. Supports `as name` for links inside {% blocktranslate %}."""
    return external_link_html(url, text, css_class, context.get("request"), sr_detail)
