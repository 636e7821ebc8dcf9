""" "Download the whole toolkit": one PDF of a toolkit's live, public pages (the guide's
introduction, then every section and article in reading order) with a title page, a table of
contents with page numbers and page numbers on every page, made with WeasyPrint.

It is never built in a request. Publishing, unpublishing, moving or deleting a page of a
toolkit, or changing its privacy, marks the guide stale (resources/signals.py: one UPDATE);
the scheduler process rebuilds stale guides (the "scheduler_pass" hook in
resources/wagtail_hooks.py) and `manage.py build_toolkit_downloads` rebuilds them all. The PDF
is a Wagtail document in the public "Toolkit downloads" collection; a rebuild replaces the
guide's previous document, so each guide has at most one, and deleting the guide deletes it.
"""

import logging
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, ReferenceIndex

from pages.queries import visible_pages

from .models import GuidePage
from .models.guides import GuideTree

logger = logging.getLogger(__name__)

COLLECTION_NAME = "Toolkit downloads"
STYLESHEET = Path(__file__).with_name("guide_download.css")


def mark_stale(page):
    """Mark the toolkit that `page` belongs to (or is) for a rebuild: one UPDATE, no work."""
    GuidePage.objects.ancestor_of(page, inclusive=True).filter(download_stale=False).update(
        download_stale=True
    )


def refuse_fetch(url, *args, **kwargs):
    """WeasyPrint's url_fetcher: the PDF is built from the database alone, never from the
    network (images and other linked files are left out)."""
    raise ValueError(f"not fetched for a toolkit download: {url}")


def guide_html(guide):
    """The toolkit as one HTML document, for WeasyPrint."""
    tree = GuideTree(guide, None)
    specific = Page.objects.filter(pk__in=[entry.page.pk for entry in tree.entries]).specific()
    pages = {page.pk: page for page in specific}
    entries = [
        {
            "entry": entry,
            "page": pages[entry.page.pk],
            "level": min(entry.page.depth - guide.depth, 3),
        }
        for entry in tree.entries
        if entry.page.pk in pages
    ]
    return render_to_string(
        "resources/guide_download.html",
        {"guide": guide, "entries": entries, "built": timezone.now()},
    )


def guide_pdf(guide):
    """The PDF; its title and author come from the HTML's <title> and <meta name="author">."""
    from weasyprint import CSS, HTML  # here: the web process never needs it

    site = guide.get_site()
    return HTML(
        string=guide_html(guide),
        base_url=site.root_url if site else None,
        url_fetcher=refuse_fetch,
    ).write_pdf(stylesheets=[CSS(filename=str(STYLESHEET))])


def guide_language(guide):
    return guide.locale.language_code


def downloads_collection():
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION_NAME).first()
    return collection or root.add_child(name=COLLECTION_NAME)


def is_public(guide):
    return visible_pages(GuidePage.objects.filter(pk=guide.pk)).exists()


def build(guide):
    """Rebuild one guide's PDF (or remove it when the guide itself is not public)."""
    # Cleared first: a publish during the build marks the guide stale again for the next pass.
    GuidePage.objects.filter(pk=guide.pk).update(download_stale=False)
    # Read again once cleared: `guide` may have been loaded before a publish (build_all loads
    # every stale guide, then builds them one by one), which this build must show. (A guide
    # deleted since is not public: its file goes.)
    current = (
        GuidePage.objects.select_related("whole_download", "locale").filter(pk=guide.pk).first()
        or guide
    )
    previous = current.whole_download
    document = None
    if is_public(current):
        with translation.override(guide_language(current)):
            content = guide_pdf(current)
            title = gettext("%(title)s (whole toolkit)") % {"title": current.title}
        document = get_document_model()(title=title, collection=downloads_collection())
        document.file.save(f"{current.slug}.pdf", ContentFile(content), save=False)
        document.file_size = len(content)
        document.save()
    with transaction.atomic():
        GuidePage.objects.filter(pk=guide.pk).update(whole_download=document)
        if previous is not None:
            previous.delete()
        current.whole_download = document
        # Saved with update(), which Wagtail's reference index does not see: the PDF is used
        # on the toolkit's page, so site search lists it (pages.queries.published_documents).
        ReferenceIndex.create_or_update_for_object(current)
    guide.whole_download = document
    logger.info(
        "event=toolkit_download_built guide=%s size=%s",
        guide.pk,
        document.file_size if document else 0,
    )
    return document


def build_all(stale_only=False):
    """Build every guide (or only the stale ones); a failed guide stays stale for next time."""
    guides = GuidePage.objects.select_related("whole_download", "locale").order_by("path")
    if stale_only:
        guides = guides.filter(download_stale=True)
    built = []
    for guide in guides:
        try:
            build(guide)
            built.append(guide)
        except Exception:
            GuidePage.objects.filter(pk=guide.pk).update(download_stale=True)
            logger.exception("event=toolkit_download_failed guide=%s", guide.pk)
    return built
