"""Template tags every template may use: navigation, breadcrumbs, documents, dates."""

import json
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext
from wagtail.models import Page, Site

from caching.render_cache import cached_value
from caching.tags import MENU, SITE, page_tag
from pages.addresses import absolute_url
from pages.blocks import in_page_nav_items
from pages.formats import date_format
from pages.languages import page_language, visitor_home
from pages.mixins import SeoMixin
from pages.organization import SITE_NAME
from pages.queries import (
    content_language,
    in_tree_order,
    listed_pages,
    menu_labels,
    restricted_collection_ids,
    within_section,
)

register = template.Library()


@register.simple_tag
def site_name():
    """The site's name in the visitor's language (pages/organization.py)."""
    return gettext(SITE_NAME)


@register.simple_tag(takes_context=True)
def page_full_url(context):
    """The absolute URL of the page being shown ("" for none), as `page.full_url`, but worked out
    with the request (whose site root paths Wagtail keeps for the request) instead of a cache
    round trip."""
    page = context.get("page")
    if not isinstance(page, Page):
        return ""
    return page.get_full_url(context.get("request")) or ""


@register.inclusion_tag("components/nav.html", takes_context=True)
def primary_nav(context):
    """The sections of the site (USWDS extended header): a link each, or, for a section with
    pages shown in menus below it, a button opening a submenu of the section and those pages."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"items": []}
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else None
    # The menu is the same for every page of the site in one language: kept in the fragment
    # cache (keyed by language) until the next publish; only which item is current is worked
    # out per request.
    entries = cached_value(
        request,
        "primary-nav",
        [site.pk],
        lambda: _menu_entries(request, current),
        tags=[SITE, MENU],
    )

    def mark(entry):
        url, path = entry["url"], entry["path"]
        if current_path:
            exact, inside = current_path == path, current_path.startswith(path)
        else:
            exact, inside = request.path == url, bool(url) and request.path.startswith(url)
        # aria-current="page" on the page itself, "true" on the section the page is in.
        return "page" if exact else ("true" if inside else "")

    items = []
    for entry in entries[1:]:
        children = [
            {
                "title": child["title"],
                "url": child["url"],
                "current": mark(child),
                "lang": child["lang"],
            }
            for child in entry["children"]
        ]
        if children:
            # The section's own page opens its submenu, under its own title.
            children.insert(0, {"title": entry["title"], "url": entry["url"], "lang": ""})
            children[0]["current"] = "page" if mark(entry) == "page" else ""
        items.append(
            {
                "title": entry["title"],
                "url": entry["url"],
                "current": mark(entry),
                "lang": entry["lang"],
                "children": children,
                "id": f"nav-{entry['path']}",
            }
        )
    return {"items": items}


def _menu_entries(request, current):
    """The home page in the visitor's language, then its sections shown in menus, English ones
    standing in for sections not translated yet, in the editors' menu order: title, url, tree
    path, for a page in another language than the visitor's its language, and the section's
    children shown in menus (one query for all of them). The title is the page's menu label
    where it has one; the home page is the site name's link, not a menu entry."""
    root = visitor_home(request, current)
    entries = [{"title": root.title, "url": root.get_url(request), "path": root.path, "lang": ""}]
    language = content_language()

    def entry(page):
        page_lang = page_language(page)
        return {
            # The editors' short menu label where the page has one (the Promote tab).
            "title": labels.get(page.pk) or page.title,
            "url": page.get_url(request),
            "path": page.path,
            "lang": "" if page_lang == language else page_lang,
            "children": [],
        }

    # One query for the sections and the pages below them: depth says which is which, the
    # parent's translation key which section a page belongs to.
    near = within_section(Page.objects.all(), root, descendants=True).filter(
        depth__in=(root.depth + 1, root.depth + 2)
    )
    parent_key = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    ).values("translation_key")[:1]
    pages = list(
        in_tree_order(listed_pages(near).in_menu())
        .annotate(parent_key=Subquery(parent_key))
        .defer_streamfields()
    )
    labels = menu_labels(pages)
    by_key = {}
    for page in pages:
        if page.depth == root.depth + 1:
            entries.append(entry(page))
            by_key[page.translation_key] = entries[-1]
    for page in pages:
        section = by_key.get(page.parent_key) if page.depth == root.depth + 2 else None
        if section is not None:
            section["children"].append(entry(page))
    return entries


@register.simple_tag(takes_context=True)
def section_nav(context):
    """The side navigation of the section the page is in, when that section has a submenu
    (About Us, Legislation & Policy, Tools & Curriculum): the same items, current one marked;
    None elsewhere. Costs nothing beyond the primary navigation's cached value."""
    page = context.get("page")
    if not isinstance(page, Page):
        return None
    for item in primary_nav(context)["items"]:
        if item["current"] and item["children"]:
            return item
    return None


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": []}
    # Depth 1 is Wagtail's root; the home page is depth 2. Kept until the page changes (a
    # change of an ancestor's title or address retires its descendants too): title, address
    # (worked out with the request, which holds the site root paths) and depth of each, plain
    # values that cost nothing to copy out of the cache.
    request = context.get("request")
    ancestors = cached_value(
        request,
        "breadcrumb-links",
        [page.pk],
        lambda: [
            {"title": ancestor.title, "url": ancestor.get_url(request), "depth": ancestor.depth}
            for ancestor in page.get_ancestors().filter(depth__gte=2).defer_streamfields()
        ],
        tags=[page_tag(page)],
    )
    return {"ancestors": ancestors, "current": page}


@register.simple_tag(takes_context=True)
def public_document(context, document):
    """The document if anonymous visitors may download it, else None, so no page links to a
    file in a private collection. The private collections are looked up once per request."""
    if not document:
        return None
    request = context.get("request")
    restricted = getattr(request, "_restricted_collection_ids", None)
    if restricted is None:
        restricted = set(restricted_collection_ids())
        if request is not None:
            request._restricted_collection_ids = restricted
    return None if document.collection_id in restricted else document


@register.filter
def document_meta(document):
    """'PDF, 295 KB' (or 'PDF, 1.5 MB'): the file type and size a visitor downloads."""
    if not document:
        return ""
    kind = (document.file_extension or gettext("file")).upper()
    size = document.get_file_size()
    return f"{kind}, {human_size(size)}" if size else kind


def human_size(size):
    """A file size in the active language's number format."""
    if size < 1024:
        return ngettext("%(size)s byte", "%(size)s bytes", size) % {"size": size}
    if size < 1024 * 1024:
        return gettext("%(size)s KB") % {"size": number_format(round(size / 1024), use_l10n=True)}
    size_mb = number_format(size / (1024 * 1024), 1, use_l10n=True)
    return gettext("%(size)s MB") % {"size": size_mb}


@register.filter
def duration_in_words(duration):
    """A timedelta as '1 hour' or '45 minutes', for messages to people."""
    if not duration:
        return ""
    minutes = round(duration.total_seconds() / 60)
    if minutes % 60 == 0:
        hours = minutes // 60
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}


@register.filter(name="in_page_nav_items")
def in_page_nav_items_filter(body):
    """A long body's H2 headings for {% include "components/in_page_nav.html" %}."""
    return in_page_nav_items(body)


@register.filter
def local_date(value, format_name=None):
    """A date in one of the named formats of the active language (pages/formats), for the
    site's own names such as WEEKDAY_DATE_FORMAT that Django's `date` filter does not know."""
    if not value:
        return ""
    return date_format(value, format_name or "DATE_FORMAT")


@register.filter(expects_localtime=True)
def datetime_attr(value, format_name=None):
    """A <time datetime> value as precise as the date is shown: "2018-01" for a date written
    as its month (YEAR_MONTH_FORMAT), otherwise the day (of a datetime, in the site's time)."""
    if not value:
        return ""
    return value.strftime("%Y-%m" if format_name == "YEAR_MONTH_FORMAT" else "%Y-%m-%d")


@register.inclusion_tag("components/social_meta.html", takes_context=True)
def social_meta(context, title=None, url=None, description=None, json_ld=True):
    """Open Graph and Twitter tags, and the page's JSON-LD, for the page being shown.

    A sub-route of a page (e.g. one state of the state directory) passes its own title, url
    and description, and json_ld=False when the page's structured data does not describe it.
    """
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, SeoMixin) or request is None:
        return {}
    image = page.get_social_image()
    rendition = image.get_rendition("fill-1200x630|format-jpeg") if image else None
    json_ld = page.get_json_ld(request) if json_ld else None
    is_article = bool(json_ld) and json_ld.get("@type") in ARTICLE_TYPES
    return {
        "page": page,
        "title": title or page.seo_title or page.title,
        "url": url or page.get_full_url(request),
        "og_type": "article" if is_article else "website",
        "description": description or page.get_meta_description(),
        "image": rendition,
        "image_url": rendition and absolute_url(rendition.url),
        "image_alt": image.description if image else "",
        "json_ld": json_ld and json_for_script(json_ld),
    }


ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting"}


def json_for_script(data):
    """JSON safe inside <script>: <, > and & escaped so it cannot close the element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


#: Shorter words ("of", "a") are not highlighted: they match everywhere.
MIN_HIGHLIGHT_LENGTH = 3


@register.filter
def highlight(text, query):
    """Plain text, escaped, with the words of `query` wrapped in <mark> (case-insensitive,
    whole words and words that begin with a query word, so "learner" marks "learners")."""
    text = str(text or "")
    words = {
        w.lower() for w in re.findall(r"\w+", str(query or "")) if len(w) >= MIN_HIGHLIGHT_LENGTH
    }
    if not words:
        return escape(text)
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\w*",
        re.IGNORECASE,
    )
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # every piece is escaped above
