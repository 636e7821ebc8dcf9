"""Words for links that leave the site: they say where they go ("Read the article on
npr.org", "Visit Education Week’s website"), never just "Visit the website"."""

from urllib.parse import urlsplit

from django.utils.translation import gettext


def site_of(url):
    """The address's site as people write it: "npr.org" for https://www.npr.org/…"""
    host = (urlsplit(url or "").hostname or "").lower()
    return host.removeprefix("www.")


def is_home_page(url):
    """Whether the address is a site's home page rather than one article or document on it."""
    parts = urlsplit(url or "")
    return parts.path in ("", "/") and not parts.query


def article_link_text(url, publication=""):
    """For a press article: its own address, or (until an editor has it) the publication's."""
    if is_home_page(url):
        if publication:
            return gettext("Visit %(publication)s’s website") % {"publication": publication}
        return gettext("Visit %(site)s") % {"site": site_of(url)}
    return gettext("Read the article on %(site)s") % {"site": site_of(url)}


def resource_link_text(url):
    """For a resource kept on another website."""
    if is_home_page(url):
        return gettext("Visit %(site)s") % {"site": site_of(url)}
    return gettext("Open the resource on %(site)s") % {"site": site_of(url)}
