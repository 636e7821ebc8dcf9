"""A change to a toolkit's pages marks its whole-toolkit PDF stale (resources/guide_download.py);
the scheduler process rebuilds it, never the request that made the change. Deleting the guide
deletes its PDF at once."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .guide_download import mark_stale
from .models import GuidePage


def on_page_changed(sender, instance, **kwargs):
    mark_stale(instance)


def on_page_moved(sender, instance, parent_page_before=None, **kwargs):
    mark_stale(instance)
    if parent_page_before is not None:
        mark_stale(parent_page_before)


def on_page_deleted(sender, instance, **kwargs):
    mark_stale(instance)


def on_guide_deleted(sender, instance, **kwargs):
    """A deleted guide's file goes with it (in the same transaction): the scheduler never sees
    the guide again, and Wagtail deletes a live page without unpublishing it."""
    if instance.whole_download_id is not None:
        get_document_model().objects.filter(pk=instance.whole_download_id).delete()


def on_privacy_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()  # None when deleted with the page
    if page is not None:
        mark_stale(page)


def connect():
    page_published.connect(on_page_changed, dispatch_uid="guide_download_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="guide_download_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="guide_download_moved")
    # Sent once per page deleted (with its descendants), before its place in the tree is gone.
    pre_delete.connect(on_page_deleted, sender=Page, dispatch_uid="guide_download_deleted")
    post_delete.connect(
        on_guide_deleted, sender=GuidePage, dispatch_uid="guide_download_guide_deleted"
    )
    post_save.connect(
        on_privacy_changed, sender=PageViewRestriction, dispatch_uid="guide_download_private"
    )
    post_delete.connect(
        on_privacy_changed, sender=PageViewRestriction, dispatch_uid="guide_download_public"
    )
