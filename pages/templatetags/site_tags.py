"""Template tags every template may use: navigation, breadcrumbs, documents."""

import json
import re

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from mep_site.render_cache import cached_value
from pages.mixins import SeoMixin
from pages.queries import restricted_collection_ids, visible_pages

register = template.Library()


@register.inclusion_tag("components/nav.html", takes_context=True)
def primary_nav(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"items": []}
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else None
    # The menu's pages are the same for every page of the site: kept in the fragment cache
    # until the next publish; only which item is current is worked out per request.
    entries = cached_value(request, "primary-nav", [site.pk], lambda: _menu_entries(site, request))
    root_url, root_path = entries[0]["url"], entries[0]["path"]
    on_home = current_path == root_path if current_path else request.path == "/"
    items = [{"title": "Home", "url": root_url, "current": "page" if on_home else ""}]
    for entry in entries[1:]:
        url, path = entry["url"], entry["path"]
        if current_path:
            exact, inside = current_path == path, current_path.startswith(path)
        else:
            exact, inside = request.path == url, bool(url) and request.path.startswith(url)
        # aria-current="page" on the page itself, "true" on the section the page is in.
        current = "page" if exact else ("true" if inside else "")
        items.append({"title": entry["title"], "url": url, "current": current})
    return {"items": items}


def _menu_entries(site, request):
    """The home page, then its live, public children shown in menus: title, url, tree path."""
    root = site.root_page
    entries = [{"title": root.title, "url": root.get_url(request), "path": root.path}]
    for page in visible_pages(root.get_children()).in_menu().defer_streamfields():
        entries.append({"title": page.title, "url": page.get_url(request), "path": page.path})
    return entries


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": []}
    # Depth 1 is Wagtail's root; the home page is depth 2. Kept on the page object, which the
    # route memo (mep_site/render_cache.py) reuses until the next publish.
    ancestors = page.__dict__.get("_breadcrumb_ancestors")
    if ancestors is None:
        ancestors = list(page.get_ancestors().filter(depth__gte=2).defer_streamfields())
        page._breadcrumb_ancestors = ancestors
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
    """'PDF, 295 KB': the file type and size a visitor downloads."""
    if not document:
        return ""
    kind = (document.file_extension or "file").upper()
    size = document.get_file_size()
    return f"{kind}, {human_size(size)}" if size else kind


def human_size(size):
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


@register.filter
def duration_in_words(duration):
    """A timedelta as '1 hour' or '45 minutes', for messages to people."""
    if not duration:
        return ""
    minutes = round(duration.total_seconds() / 60)
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


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
        "image_url": rendition and request.build_absolute_uri(rendition.url),
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
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above
