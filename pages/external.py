"""Words for links that leave the site: they say where they go ("Read the article on
npr.org", "Visit Education Week’s website"), never just "Visit the website"."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from wagtail.rich_text import LinkHandler


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


def own_host(request=None):
    """Our host name: the request's, else the site's address from settings (no query)."""
    host = request.get_host() if request is not None else settings.WAGTAILADMIN_BASE_URL
    return (urlsplit(host if "//" in host else f"//{host}").hostname or "").lower()


def is_external(url, request_or_host=None):
    """Whether a link leaves for a site that is neither ours nor federal (.gov, .mil and
    their subdomains); those get USWDS's external-link style and a screen-reader hint.
    Relative addresses, mailto: and tel: stay on the site as far as visitors care."""
    parts = urlsplit(url or "")
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("", "http", "https") or not host:
        return False
    if isinstance(request_or_host, str):
        ours = request_or_host.lower()
    else:
        ours = own_host(request_or_host)
    return host != ours and not host.endswith((".gov", ".mil"))


def external_link_html(url, text, css_class="usa-link", request=None, sr_detail=""):
    """An <a> to an address typed by an editor or taken from data; when it leaves the site
    (see is_external) it gets USWDS's external-link style and the screen-reader hint.
    sr_detail: words only screen readers need (which webinar, which article)."""
    hints = [sr_detail] if sr_detail else []
    if is_external(url, request):
        css_class = f"{css_class} usa-link--external"
        hints.append(gettext("(external website)"))
    hint_html = format_html_join("", '<span class="usa-sr-only"> {}</span>', ((h,) for h in hints))
    return format_html('<a class="{}" href="{}">{}{}</a>', css_class, url, text, hint_html)


class ExternalLinkHandler(LinkHandler):
    """Rich text's plain http(s) links (Draftail's "externallink"), which Wagtail hands to the
    "external" link type. A handler rewrites only the opening tag, so the hint goes first
    inside the link; rich text renders without a request, so "ours" is the site's host."""

    identifier = "external"

    @classmethod
    def expand_db_attributes(cls, attrs):
        href = attrs.get("href", "")
        if not is_external(href):
            return format_html('<a href="{}">', href)
        return format_html(
            '<a class="usa-link usa-link--external" href="{}"><span class="usa-sr-only">{} </span>',
            href,
            gettext("(external website)"),
        )
