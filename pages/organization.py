"""Who runs the site, written once. Templates ({% site_name %}), structured data, feeds and the
Wagtail admin (settings.WAGTAIL_SITE_NAME) all read the names from here."""

from django.utils.translation import gettext_noop

from .addresses import absolute_url

#: The site's name. Marked for translation (the Spanish is in the catalogue); structured data
#: keeps the organisation's English name, templates show it in the visitor's language.
SITE_NAME = gettext_noop("RESULTS: Migrant Education Resource Center")
SITE_ALTERNATE_NAME = "Migrant Education Resource Center (MERC)"

#: The office that publishes it.
PUBLISHER_NAME = "Office of Migrant Education, U.S. Department of Education"
PUBLISHER_URL = "https://www.ed.gov/"


def site_json_ld(request):
    """RESULTS as a schema.org Organization (the publisher and author of its own news)."""
    return {
        "@type": "Organization",
        "name": SITE_NAME,
        "url": absolute_url("/"),
    }


def publisher_json_ld():
    """The Office of Migrant Education as a schema.org GovernmentOrganization."""
    return {"@type": "GovernmentOrganization", "name": PUBLISHER_NAME, "url": PUBLISHER_URL}
