"""The USWDS identifier at the foot of every page (templates/components/identifier.html)."""

from django import template
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext
from wagtail.models import Page

from pages.queries import content_language, listed_pages

register = template.Library()

USA_GOV = {"en": "https://www.usa.gov/", "es": "https://www.usa.gov/es/"}


REQUIRED_PAGES = ("accessibility_page", "privacy_page", "contact_page")


def page_urls(request, site_settings):
    """The live accessibility statement, privacy policy and contact page chosen in the site
    settings, in the visitor's language (the English page while a translation is missing), by
    field name; a page that is not live is left out."""
    chosen = {
        name: getattr(site_settings, f"{name}_id")
        for name in REQUIRED_PAGES
        if getattr(site_settings, f"{name}_id", None)
    }
    if not chosen:
        return {}
    # One query: the visible versions of the chosen pages, each with the chosen page's id.
    chosen_pages = Page.objects.filter(pk__in=chosen.values())
    found = {
        page.chosen_pk: page
        for page in listed_pages(
            Page.objects.filter(translation_key__in=chosen_pages.values("translation_key"))
        ).annotate(
            chosen_pk=Subquery(
                chosen_pages.filter(translation_key=OuterRef("translation_key")).values("pk")[:1]
            )
        )
    }
    urls = {}
    for name, pk in chosen.items():
        page = found.get(pk)
        if page is not None:
            urls[name] = page.get_url(request)
    return urls


@register.simple_tag(takes_context=True)
def required_page_urls(context):
    """`{% required_page_urls as required %}`: see page_urls."""
    site_settings = context["settings"]["pages"]["SiteSettings"]
    return page_urls(context.get("request"), site_settings)


@register.inclusion_tag("components/identifier.html", takes_context=True)
def identifier(context, pages):
    site_settings = context["settings"]["pages"]["SiteSettings"]
    agency = gettext("U.S. Department of Education")
    links = [
        (gettext("About the U.S. Department of Education"), site_settings.about_agency_url),
        (gettext("Accessibility statement"), pages.get("accessibility_page")),
        (gettext("FOIA requests"), site_settings.foia_url),
        (gettext("No FEAR Act data"), site_settings.no_fear_url),
        (gettext("Office of the Inspector General"), site_settings.oig_url),
        (gettext("Performance reports"), site_settings.performance_url),
        (gettext("Privacy policy"), pages.get("privacy_page")),
    ]
    return {
        "agency": agency,
        "agency_url": site_settings.agency_url,
        "domain": site_settings.domain,
        "links": [{"text": text, "url": url} for text, url in links if url],
        "usa_gov_url": USA_GOV.get(content_language(), USA_GOV["en"]),
    }
