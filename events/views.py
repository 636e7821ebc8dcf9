"""Routes Wagtail's page router cannot serve: its catch-all only matches paths that end in a
slash, so `<section>/calendar.ics` is routed here and handed to the section page."""

from django.http import Http404
from wagtail.models import Site

from caching.tags import depend_on, page_tag
from pages.queries import visible_pages

from .models import EventIndexPage


def calendar_feed(request, section_path):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    # The section below the home page in the language of the URL (/es/… is Spanish).
    url_path = f"{site.root_page.localized.url_path}{section_path}"
    index = visible_pages(EventIndexPage.objects.filter(url_path=url_path)).first()
    if index is None:
        raise Http404("No webinars and meetings section here")
    # The page cache keeps the feed until the section (or an event in it) changes.
    depend_on(request, page_tag(index))
    return index.feed_response(request)
