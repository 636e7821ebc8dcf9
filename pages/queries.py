"""The one definition of what the public may see. Every listing, feed, calendar, sitemap and
search goes through `visible_pages`, so drafts, private, scheduled and expired pages cannot
leak through a query written by hand somewhere else."""

from django.db.models import Q
from django.utils import timezone


def visible_pages(queryset):
    """Live, not inside a login/password restriction, and not past its expiry date.

    The expiry check does not wait for the scheduler to unpublish the page: a listing stops
    showing it the moment it expires.
    """
    return (
        queryset.live().public().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    )


def searchable_pages(queryset):
    """`visible_pages` in a form Wagtail search accepts: its index filters on id, live and path
    but not on expire_at, so pages past their expiry are dropped by id instead."""
    expired_ids = list(
        queryset.model.objects.filter(live=True, expire_at__lte=timezone.now()).values_list(
            "pk", flat=True
        )
    )
    return queryset.live().public().exclude(pk__in=expired_ids)
