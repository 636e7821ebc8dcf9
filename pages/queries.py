"""The one definition of what the public may see. Every listing, feed, calendar, sitemap and
search goes through `visible_pages`, so drafts, private, scheduled and expired pages cannot
leak through a query written by hand somewhere else."""

import functools
from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import CharField, Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Cast, Coalesce, Length, Substr
from django.utils import timezone, translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    ReferenceIndex,
)


def visible_pages(queryset):
    """Live, not inside a login/password restriction, and not past its expiry date.

    The expiry check does not wait for the scheduler to unpublish the page: a listing stops
    showing it the moment it expires.
    """
    return queryset.live().filter(
        _not_restricted(), Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())
    )


@functools.cache
def _not_restricted():
    """No view restriction on the page or above it: the same expression in every query (a
    query copies what it uses), so it is composed once per process, not for every list."""
    return ~Exists(restrictions_above(OuterRef("path")))


def listed_pages(queryset):
    """`visible_pages` in the visitor's language: what every list, feed and calendar shows."""
    return visible_pages(in_visitor_language(queryset))


def content_language(language=None):
    """The content language ("en", "es") for a Django language code, by default the active one."""
    return get_supported_content_language_variant(language or translation.get_language())


def default_language():
    return content_language(settings.LANGUAGE_CODE)


def in_visitor_language(queryset):
    """Pages in the active language and, where a default-language (English) page has no
    visible translation yet, the English original in its place, so a Spanish list is never
    emptier than the English one. English visitors see English pages only."""
    language, default = content_language(), default_language()
    if language == default:
        return queryset.filter(locale__language_code=default)
    translated = visible_pages(
        Page.objects.filter(
            locale__language_code=language, translation_key=OuterRef("translation_key")
        )
    )
    return queryset.filter(
        Q(locale__language_code=language) | (Q(locale__language_code=default) & ~Exists(translated))
    )


def visible_translations(pages, language=None):
    """{page id: its visible translation in `language` (by default the visitor's)} for the
    `pages` not already in that language that have one, in one query (specific pages, their
    own fields deferred), e.g. a search pick of an English page shown to a Spanish visitor as
    its Spanish version."""
    language = content_language(language)
    keys = {page.translation_key: page.pk for page in pages if page_language(page) != language}
    if not keys:
        return {}
    translations = visible_pages(
        Page.objects.filter(translation_key__in=keys, locale__language_code=language)
    ).specific(defer=True)
    return {keys[page.translation_key]: page for page in translations}


def within_section(queryset, section, *, descendants=False, every_language=False):
    """Pages below `section` or below its translations in the languages a list can show (the
    visitor's and, standing in, the default: see `listed_pages`), so the Spanish list also
    shows English pages that live under the English section; every_language: below all its
    translations.

    The section's own subtree is matched by tree-path prefix, which the database answers from
    its index and can stop early on; only translations (a Spanish visitor's list, or
    every_language) need a prefix test against a subquery."""
    below = Q(path__startswith=section.path)
    languages = {content_language(), default_language()} - {page_language(section)}
    if every_language or languages:
        versions = Page.objects.filter(translation_key=section.translation_key).exclude(
            pk=section.pk
        )
        if not every_language:
            versions = versions.filter(locale__language_code__in=languages)
        versions = versions.annotate(prefix=Substr(OuterRef("path"), 1, Length("path")))
        below |= Q(Exists(versions.filter(prefix=F("path"))))
    queryset = queryset.filter(below)
    if descendants:
        return queryset.filter(depth__gt=section.depth)
    return queryset.filter(depth=section.depth + 1)


def page_language(page):
    """The language code ("en", "es") of a page's content."""
    if page.locale_id not in _locale_languages:
        _locale_languages.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_languages.get(page.locale_id, default_language())


#: locale id -> language code. Locales are added by migrations, never while serving, so one
#: lookup per process is enough; an unknown id reloads them.
_locale_languages = {}


def in_tree_order(queryset):
    """Ordered as the default-language originals stand in the page tree (the editors' menu
    order), so translated and untranslated pages keep their places in a mixed list."""
    original_path = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=default_language()
    ).values("path")[:1]
    return queryset.order_by(Coalesce(Subquery(original_path), "path"))


def restrictions_above(path):
    """View restrictions on the page at `path` or any ancestor (tree paths are prefixes).

    Wagtail's own `.public()` runs a separate query for the restrictions on every call; as a
    subquery the check costs nothing extra, however many lists a page shows.
    """
    return PageViewRestriction.objects.annotate(
        prefix=Substr(path, 1, Length("page__path"))
    ).filter(prefix=F("page__path"))


def view_restrictions(page):
    """The view restrictions on `page` and its ancestors, as Wagtail's Page.get_view_restrictions
    finds them (an alias counts as its original), in one query: ancestors' tree paths are
    prefixes of the page's, so they need not be loaded first."""
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    in_tree = Page.objects.filter(path__in=paths)
    return PageViewRestriction.objects.filter(
        Q(page__path__in=paths, page__alias_of__isnull=True)
        | Q(page__in=in_tree.filter(alias_of__isnull=False).values("alias_of"))
    )


def searchable_pages(queryset):
    """`listed_pages` in a form Wagtail search accepts: its index filters on id, live, path and
    locale but takes no subqueries, so pages past their expiry, and English pages with a
    visible translation in the visitor's language, are dropped by id instead."""
    hidden_ids = list(
        queryset.model.objects.filter(live=True, expire_at__lte=timezone.now()).values_list(
            "pk", flat=True
        )
    )
    language, default = content_language(), default_language()
    if language != default:
        translated = visible_pages(
            Page.objects.filter(
                locale__language_code=language, translation_key=OuterRef("translation_key")
            )
        )
        hidden_ids += queryset.model.objects.filter(
            Exists(translated), locale__language_code=default
        ).values_list("pk", flat=True)
    locales = Locale.objects.filter(language_code__in={language, default})
    return queryset.live().public().filter(locale__in=list(locales)).exclude(pk__in=hidden_ids)


def restricted_collection_ids():
    """Collections under a view restriction, on themselves or an ancestor, in one query."""
    restrictions_above = CollectionViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length("collection__path"))
    ).filter(prefix=F("collection__path"))
    return list(Collection.objects.filter(Exists(restrictions_above)).values_list("pk", flat=True))


def visible_documents(queryset):
    """Documents anyone may download: none from a private collection. Works for Wagtail search
    too (its index filters on the collection, not on the collection's path)."""
    restricted = restricted_collection_ids()
    return queryset.exclude(collection__in=restricted) if restricted else queryset


def published_documents(queryset):
    """`visible_documents` that a page the public can see shows or links to, or the footer
    text of every page (Wagtail's reference index), so a file uploaded for a page that is not
    live yet (a draft, or one scheduled to go live), or used only on a private or expired page,
    stays out of public lists such as site search until its page is out. By id: Wagtail search
    takes no subqueries."""
    from pages.models import FooterText

    documents = visible_documents(queryset)
    pages = visible_pages(Page.objects.all()).values_list(Cast("pk", CharField()), flat=True)
    used = (
        ReferenceIndex.get_references_to_in_bulk(documents)
        .filter(
            Q(base_content_type=ContentType.objects.get_for_model(Page), object_id__in=pages)
            # The footer text has no drafts: what is saved is shown.
            | Q(base_content_type=ContentType.objects.get_for_model(FooterText))
        )
        .values_list("to_object_id", flat=True)
    )
    return documents.filter(pk__in={int(pk) for pk in used})


def menu_labels(pages):
    """{page id: menu label} for those of these pages that have a menu label
    (BasePage.menu_title), in one query.

    Each page type keeps the field in its own table. Built as one subquery per table inside
    the menu's query, the label cost more than the rest of the menu (Django composes and
    compiles two dozen subqueries on every call); here each table's SELECT is written once
    per process, and only the tables of these pages' types are read."""
    ids_by_select = defaultdict(list)
    for page in pages:
        select = _menu_label_select(ContentType.objects.get_for_id(page.content_type_id))
        if select:
            ids_by_select[select].append(int(page.pk))
    if not ids_by_select:
        return {}
    # Ids are written into the text as integers: SQLite limits the number of parameters.
    sql = " UNION ALL ".join(
        select.format(ids=", ".join(map(str, ids))) for select, ids in ids_by_select.items()
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return dict(cursor.fetchall())


@functools.cache
def _menu_label_select(content_type):
    """The SELECT of menu labels from the table that holds them for this page type, with
    `{ids}` for the page ids; None for a type that has none."""
    from pages.mixins import BasePage

    model = content_type.model_class()
    if model is None or not issubclass(model, BasePage):
        return None
    field = model._meta.get_field("menu_title")
    quote = connection.ops.quote_name
    table, pk = quote(field.model._meta.db_table), quote(field.model._meta.pk.column)
    title = quote(field.column)
    # Names from the models' metadata, quoted; the ids are integers (menu_labels).
    return f"SELECT {pk}, {title} FROM {table} WHERE {pk} IN ({{ids}}) AND {title} <> ''"  # noqa: S608
