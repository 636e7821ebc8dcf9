"""The one definition of what the public may see. Every listing, feed, calendar, sitemap and
search goes through `visible_pages`, so drafts, private, scheduled and expired pages cannot
leak through a query written by hand somewhere else."""

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction


def visible_pages(queryset):
    """Live, not inside a login/password restriction, and not past its expiry date.

    The expiry check does not wait for the scheduler to unpublish the page: a listing stops
    showing it the moment it expires.
    """
    return queryset.live().filter(
        ~Exists(restrictions_above(OuterRef("path"))),
        Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()),
    )


def restrictions_above(path):
    """View restrictions on the page at `path` or any ancestor (tree paths are prefixes).

    Wagtail's own `.public()` runs a separate query for the restrictions on every call; as a
    subquery the check costs nothing extra, however many lists a page shows.
    """
    return PageViewRestriction.objects.annotate(
        prefix=Substr(path, 1, Length("page__path"))
    ).filter(prefix=F("page__path"))


def searchable_pages(queryset):
    """`visible_pages` in a form Wagtail search accepts: its index filters on id, live and path
    but not on expire_at, so pages past their expiry are dropped by id instead."""
    expired_ids = list(
        queryset.model.objects.filter(live=True, expire_at__lte=timezone.now()).values_list(
            "pk", flat=True
        )
    )
    return queryset.live().public().exclude(pk__in=expired_ids)


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
