"""The language selector, hreflang links and lang attributes for pages shown in another
language than the page around them (an English page in a Spanish list)."""

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument

from pages.languages import language_versions, page_language
from pages.models.documents import document_language
from pages.queries import content_language, default_language

register = template.Library()


@register.inclusion_tag("components/language_selector.html", takes_context=True)
def language_selector(context):
    request = context.get("request")
    if request is None:
        return {"others": []}
    versions = language_versions(request, context.get("page"))
    return {"others": [version for version in versions if not version.current]}


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for each language this very page is in, when it is in
    more than one, and x-default (the default language's version)."""
    request = context.get("request")
    if request is None:
        return {"alternates": []}
    alternates = [v for v in language_versions(request, context.get("page")) if v.alternate_url]
    if len(alternates) < 2:
        return {"alternates": []}
    default = next((v for v in alternates if v.code == default_language()), None)
    return {"alternates": alternates, "x_default": default and default.alternate_url}


@register.simple_tag
def lang_attr(page):
    """` lang="en"` when `page` (or a document) is in another language than the visitor's,
    else nothing (also for anything that is neither)."""
    language = _other_language(item_language(page))
    return format_html(' lang="{}"', language) if language else ""


@register.simple_tag
def row_lang_attr(row):
    """` lang="en"` on a translatable snippet's text shown in the source language because the
    row has no translation into the visitor's yet (see pages.translatable), else nothing."""
    language = getattr(row, "display_lang", "")
    return format_html(' lang="{}"', language) if language else ""


@register.simple_tag
def in_row_lang(text, row):
    """`text` of a translatable snippet row, in a <span lang="en"> when the row stands in for
    a missing translation (for text inside a sentence in the visitor's language)."""
    language = getattr(row, "display_lang", "")
    return format_html('<span lang="{}">{}</span>', language, text) if language else text


@register.simple_tag
def shared_text_lang():
    """` lang="en"` on text entered once for every language, which is in English, when the
    visitor reads another language (a quoted English headline or citation). Content with a row
    per language (impact figures, State contacts, the footer text) marks only a row standing in
    for a missing translation, with `row_lang_attr`/`in_row_lang`."""
    language = default_language()
    return "" if content_language() == language else format_html(' lang="{}"', language)


#: What a link to a page or document in another language says after it, in the visitor's
#: language: "(en inglés)" on a Spanish page, "(in Spanish)" on an English one.
OTHER_LANGUAGE_LABELS = {"en": _("(in English)"), "es": _("(in Spanish)")}


def _other_language(language):
    """`language` when it is not the visitor's, else None."""
    if not language or language == content_language():
        return None
    return language


def item_language(item):
    """The language of a page or of a document, or None for anything else."""
    if getattr(item, "locale_id", None) is not None:
        return page_language(item)
    if isinstance(item, AbstractDocument):
        return document_language(item)
    return None


@register.simple_tag
def link_lang_attrs(item):
    """` hreflang="en"` for a link to a page or document in another language than the
    visitor's, else nothing."""
    language = _other_language(item_language(item))
    return format_html(' hreflang="{}"', language) if language else ""


@register.simple_tag
def other_language_label(item):
    """A visible " (en inglés)" after a link to a page or document in another language than
    the visitor's (marked with the visitor's language, as it may sit inside lang="en"), else
    nothing."""
    return language_note(_other_language(item_language(item)))


@register.simple_tag
def language_note(language):
    """The visible " (en inglés)" for a link to something in `language` (a language code
    other than the visitor's, e.g. a menu entry's), else nothing."""
    if not language or language not in OTHER_LANGUAGE_LABELS:
        return ""
    return format_html(
        ' <span class="language-note" lang="{}">{}</span>',
        content_language(),
        OTHER_LANGUAGE_LABELS[language],
    )


@register.simple_tag
def visitor_lang_attr(item):
    """` lang="es"` (the visitor's language) on interface text inside an item marked as being
    in another language (the date and tags of an English resource in a Spanish list)."""
    if _other_language(item_language(item)) is None:
        return ""
    return format_html(' lang="{}"', content_language())
