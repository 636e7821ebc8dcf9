"""What a change retires, in the page cache, the fragment and value caches and the CDN.

Publishing, unpublishing, moving or deleting a page P retires (caching/tags.py):
- P and its translations (an untranslated page also serves the Spanish address, and stands
  in for its translation in Spanish lists), with all their sub-routes and query strings;
- their ancestors and the ancestors' translations, which list them (with the lists' feeds,
  calendar months and iCalendar files, all sub-routes of the list page), up to both home pages;
- the pages that link to them, from Wagtail's reference index (related links, page choosers,
  rich-text links); a link from a snippet or a setting retires everything (SITE);
- PAGES: search results, the sitemap and the other views that are not a page;
- when P's title, address, place or visibility changed (always for a move, unpublish or
  delete): its descendants (their breadcrumbs and addresses), and MENU if P is a section in
  the primary navigation, a page (now or before) of a section's submenu, or a home page.
Pages elsewhere in the tree stay cached. Saving a snippet, setting, image, document, site or
privacy setting retires everything (SITE).

The CDN (wagtail.contrib.frontend_cache, when WAGTAILFRONTENDCACHE is configured) gets one
batch with the addresses of the same pages (each page's `get_cached_paths()`: its feeds and
other sub-routes, in both languages) plus the sitemap and search page, once the change is
committed. The scheduler publishes through Wagtail's API in its own process, so the same
signals fire there and reach the shared cache.
"""

import logging
import threading
import weakref

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.images.models import AbstractRendition
from wagtail.models import Page, ParentalKey, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .tags import MENU, PAGES, SITE, page_tag, retire, shared_cache

logger = logging.getLogger(__name__)

#: Other models whose changes reach public pages: document titles and files, privacy, sites,
#: the editors' picks on the search page.
OTHER_CONTENT_MODELS = {
    ("wagtaildocs", "document"),
    ("wagtailsearchpromotions", "searchpromotion"),
    ("wagtailcore", "pageviewrestriction"),
    ("wagtailcore", "collectionviewrestriction"),
    ("wagtailcore", "site"),
}
#: Depth of home pages in Wagtail's tree (1 is its root); their children are the sections.
HOME_DEPTH = 2
IDENTITY_PREFIX = "cache-identity:"
#: Views outside the page tree whose addresses the CDN is told about on every purge.
SITE_VIEWS = ("sitemap", "search")


def is_part_of_a_page(model):
    """Inline objects (orderables, page tags) are saved with their page: its publish covers
    them."""
    return any(
        isinstance(field, ParentalKey) and issubclass(field.related_model, Page)
        for field in model._meta.get_fields()
    )


def shown_on_pages(model):
    """Whether saving or deleting a row of `model` changes what every page may show."""
    meta = model._meta
    if issubclass(model, Page):
        # Draft saves touch the page row but change nothing public; publishing, unpublishing,
        # moving and deleting have their own receivers.
        return False
    if issubclass(model, AbstractRendition):
        return False  # made while rendering pages; purging then would empty the cache
    if (meta.app_label, meta.model_name) in OTHER_CONTENT_MODELS:
        return True
    # Our apps (settings.CONTENT_APPS): every snippet, setting and image there is something
    # pages show; a page's own inline objects come with its publish.
    return meta.app_label in settings.CONTENT_APPS and not is_part_of_a_page(model)


def identity(page):
    """What other pages show of a page: its title and menu label, address, visibility and menu
    flag. (The menu label is a field of the site's pages, not of Wagtail's Page.)"""
    menu_title = getattr(page, "menu_title", "")
    return (page.title, menu_title, page.url_path, page.live, page.show_in_menus, page.expire_at)


class PagePurge:
    """The tags and pages one change retires; `send()` retires them now and, once the change
    is committed, again (so a request that read the old data in between cannot keep it),
    together with the CDN batch."""

    def __init__(self):
        self.tags = {PAGES}
        self.pages = {}  # pk -> page, for the CDN
        self.old_urls = set()
        self.was_in_menu = {}  # pk -> its menu flag at the last purge, where known

    def add(self, page, *, identity_changed=None):
        versions = list(Page.objects.filter(translation_key=page.translation_key))
        versions = versions or [page]
        if identity_changed is None:
            identity_changed = self._identity_changed(page)
        ancestor_paths = {
            version.path[:end]
            for version in versions
            for end in range(Page.steplen, len(version.path), Page.steplen)
        }
        ancestors = list(Page.objects.filter(path__in=ancestor_paths))
        ancestors += Page.objects.filter(
            translation_key__in={a.translation_key for a in ancestors}
        ).exclude(pk__in=[a.pk for a in ancestors])
        affected = [*versions, *ancestors]
        if identity_changed:
            for version in versions:
                affected += Page.objects.filter(
                    path__startswith=version.path, depth__gt=version.depth
                )
            # A section, or a page that is (or was) in its submenu.
            in_menu = page.show_in_menus or self.was_in_menu.get(page.pk, False)
            if page.depth <= HOME_DEPTH + 1 or (page.depth == HOME_DEPTH + 2 and in_menu):
                self.tags.add(MENU)
        affected += self._linking_pages(versions)
        for item in affected:
            self.pages.setdefault(item.pk, item)
            self.tags.add(page_tag(item))

    def _identity_changed(self, page):
        """Compared with what the last purge of this page saw; unknown counts as changed."""
        key = f"{IDENTITY_PREFIX}{page.pk}"
        now = identity(page)
        try:
            before = shared_cache().get(key)
            shared_cache().set(key, now, timeout=None)
        except Exception:
            return True
        if before is not None:
            self.was_in_menu[page.pk] = before[3]
        return before != now

    def _linking_pages(self, versions):
        page_type = ContentType.objects.get_for_model(Page)
        linking_ids = set()
        for reference in ReferenceIndex.get_references_to_in_bulk(versions):
            if reference.base_content_type_id == page_type.pk:
                linking_ids.add(int(reference.object_id))
            else:
                self.tags.add(SITE)  # a snippet or setting shows it: it may be on any page
        return list(Page.objects.filter(pk__in=linking_ids))

    def add_old_addresses(self, page, url_path_before):
        """After a move, for the CDN: the addresses the page and its descendants had."""
        home_path = home_url_path(page.url_path)
        subtree = [page, *Page.objects.filter(path__startswith=page.path, depth__gt=page.depth)]
        for item in subtree:
            url = item.get_full_url()
            relative = item.url_path[len(home_path) :]
            if url and url.endswith(relative):
                before = url_path_before + item.url_path[len(page.url_path) :]
                self.old_urls.add(url[: len(url) - len(relative)] + before[len(home_path) :])

    def send(self):
        tags = set(self.tags)
        retire(tags)
        urls = self.urls()
        connection = transaction.get_connection()
        if connection.in_atomic_block:
            transaction.on_commit(lambda: _after_commit(tags, urls))
        else:
            _after_commit(tags, urls)

    def urls(self):
        if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
            return set()
        batch = PurgeBatch()
        batch.add_pages(self.pages.values())
        batch.add_urls(self.old_urls)
        batch.add_urls(stand_in_urls(self.pages.values(), batch))
        batch.add_urls(site_view_urls())
        return batch.urls


def _after_commit(tags, urls):
    retire(tags)
    if urls:
        PurgeBatch(urls).purge()


def home_url_path(url_path):
    """The url_path of the home page above a page ("/home/" for "/home/updates/news/")."""
    return "/".join(url_path.split("/")[:2]) + "/"


def home_urls():
    """(home page, its full URL) for every language of every site."""
    homes = []
    for site in Site.objects.select_related("root_page"):
        for home in site.root_page.get_translations(inclusive=True).select_related("locale"):
            url = home.get_full_url()
            if url:
                homes.append((home, url))
    return homes


def stand_in_urls(pages, batch):
    """A page with no translation also answers at the address of its place in the other
    language's tree (that home page's route falls back to it): those addresses too."""
    urls = set()
    homes = home_urls()
    for page in pages:
        own = page.get_full_url(batch)
        home, home_url = next(((h, u) for h, u in homes if page.path.startswith(h.path)), (0, 0))
        if not own or not home or not own.startswith(home_url):
            continue
        relative = own[len(home_url) :]
        urls.update(url + relative for other, url in homes if other.pk != home.pk)
    return urls


def site_view_urls():
    """The sitemap and search page of every site, in every language."""
    urls = set()
    for home, url in home_urls():
        origin = "/".join(url.split("/")[:3])
        with translation.override(home.locale.language_code):
            for name in SITE_VIEWS:
                try:
                    urls.add(origin + reverse(name))
                except NoReverseMatch:
                    continue
    return urls


# Receivers ---------------------------------------------------------------------------------


def purge_page(page, **options):
    try:
        purge = PagePurge()
        purge.add(page, **options)
        purge.send()
    except Exception:
        # Never let a purge problem stop a publish; the whole cache goes instead.
        logger.exception("event=page_cache_purge_failed page=%s", getattr(page, "pk", None))
        retire([SITE])


def on_published(sender, instance, **kwargs):
    purge_page(instance)


def on_unpublished(sender, instance, **kwargs):
    purge_page(instance, identity_changed=True)


def on_moved(sender, instance, url_path_before=None, **kwargs):
    try:
        purge = PagePurge()
        purge.add(instance, identity_changed=True)
        # The old parent lists it no more: its ancestors (and their translations) too.
        parent_before = kwargs.get("parent_page_before")
        if parent_before is not None:
            purge.add(parent_before, identity_changed=False)
        if url_path_before and url_path_before != instance.url_path:
            purge.add_old_addresses(instance, url_path_before)
        purge.send()
    except Exception:
        logger.exception("event=page_cache_purge_failed page=%s", instance.pk)
        retire([SITE])


#: The deletion in progress in this thread: (its origin, paths of pages purged for it). A
#: page's purge covers its descendants, which the same deletion removes.
_deletion = threading.local()


def on_page_deleted(sender, instance, origin=None, **kwargs):
    # Before the delete, while the page and its place in the tree can still be read.
    if sender is not Page:
        return
    current = getattr(_deletion, "current", None)
    if current is None or origin is None or current[0]() is not origin:
        try:
            current = (weakref.ref(origin), set())
        except TypeError:  # no origin to tell deletions apart: purge each page on its own
            current = (lambda: None, set())
        _deletion.current = current
    if any(instance.path.startswith(path) for path in current[1]):
        return
    current[1].add(instance.path)
    purge_page(instance, identity_changed=True)


def on_content_saved(sender, **kwargs):
    if shown_on_pages(sender):
        retire_everything()


def retire_everything():
    retire([SITE])
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: retire([SITE]))


def connect():
    page_published.connect(on_published, dispatch_uid="page_cache_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="page_cache_moved")
    pre_delete.connect(on_page_deleted, dispatch_uid="page_cache_page_deleted")
    post_save.connect(on_content_saved, dispatch_uid="page_cache_content_saved")
    post_delete.connect(on_content_saved, dispatch_uid="page_cache_content_deleted")
