"""When to retire the page cache: whenever something a public page shows has changed."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.images.models import AbstractRendition
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .page_cache import purge_all

#: Other models whose changes reach public pages: document titles and files, privacy, sites,
#: the editors' picks on the search page.
OTHER_CONTENT_MODELS = {
    ("wagtaildocs", "document"),
    ("wagtailsearchpromotions", "searchpromotion"),
    ("wagtailcore", "pageviewrestriction"),
    ("wagtailcore", "collectionviewrestriction"),
    ("wagtailcore", "site"),
}


def shown_on_pages(model):
    meta = model._meta
    if issubclass(model, Page):
        # Draft saves touch the page row but change nothing public; publishing, unpublishing
        # and moving have their own signals. Deletion is handled below.
        return False
    if issubclass(model, AbstractRendition):
        return False  # made while rendering pages; purging then would empty the cache
    # Our apps (settings.CONTENT_APPS): every snippet, setting, orderable and image there is
    # something pages show.
    return meta.app_label in settings.CONTENT_APPS or (meta.app_label, meta.model_name) in (
        OTHER_CONTENT_MODELS
    )


def purge_on_content_change(sender, **kwargs):
    if shown_on_pages(sender):
        purge_all()


def purge_on_page_delete(sender, **kwargs):
    if issubclass(sender, Page):
        purge_all()


def connect():
    page_published.connect(purge_all, dispatch_uid="page_cache_published")
    page_unpublished.connect(purge_all, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(purge_all, dispatch_uid="page_cache_moved")
    post_delete.connect(purge_on_page_delete, dispatch_uid="page_cache_page_deleted")
    post_save.connect(purge_on_content_change, dispatch_uid="page_cache_content_saved")
    post_delete.connect(purge_on_content_change, dispatch_uid="page_cache_content_deleted")
