"""The site's public address, from configuration (settings.SITE_URL).

Every absolute URL the site writes (canonical links, og:url, feeds, the sitemap, robots.txt,
.ics files, JSON-LD) starts with SITE_URL. Wagtail would take the scheme, host and port from
the Site record, which in a fresh production database is Wagtail's "localhost:80" and in a
development database whatever port the demo was first loaded for; the request's Host header
is no better (an internal name behind a proxy). RESULTS runs one Wagtail site, so one setting
is the whole truth; `manage.py load_demo_content` also writes it into the Site record so the
admin's Sites screen agrees.
"""

from urllib.parse import urlsplit

from django.conf import settings


def site_url():
    return settings.SITE_URL.rstrip("/")


def absolute_url(url):
    """`url` (a path such as "/updates/feed/", or already absolute) on the public address."""
    if urlsplit(url).scheme:
        return url
    return f"{site_url()}/{url.lstrip('/')}"


def site_hostname_and_port():
    """The Site record's hostname and port for SITE_URL (Wagtail writes "https" for port 443)."""
    address = urlsplit(site_url())
    default_port = 443 if address.scheme == "https" else 80
    return address.hostname or "localhost", address.port or default_port
