"""What every feed of pages has in common: absolute links and the page's summary."""

import datetime

from django.contrib.syndication.views import Feed
from django.templatetags.static import static
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, Stylesheet
from django.utils.xmlutils import SimplerXMLGenerator

from .addresses import absolute_url


def feed_date(day):
    """A page's own date (an editor's `DateField`) as a feed date: noon in the site's time zone
    (US Eastern), so no reader shows it as the day before or after."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def feed_stylesheets():
    """The XSLT stylesheet (static/feeds/feed.xsl) that shows a feed opened in a browser as a
    readable page with a subscribe hint; feed readers ignore it."""
    return [Stylesheet(static("feeds/feed.xsl"), mimetype="text/xsl")]


#: Browsers apply a feed's XSLT stylesheet only to a document served as XML: Chromium shows
#: application/rss+xml and application/atom+xml as plain text (with nosniff), so feeds are
#: served as application/xml, which every feed reader accepts; the `<link rel="alternate">`
#: tags that advertise them keep their specific types.
FEED_CONTENT_TYPE = "application/xml; charset=utf-8"


class StyledRss201rev2Feed(Rss201rev2Feed):
    content_type = FEED_CONTENT_TYPE


class StyledAtom1Feed(Atom1Feed):
    """Atom with the feeds' stylesheet: Django adds `stylesheets` to RSS feeds only, so this
    writes the same processing instruction before the root element."""

    content_type = FEED_CONTENT_TYPE

    def write(self, outfile, encoding):
        handler = SimplerXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        for stylesheet in self.feed["stylesheets"] or []:
            handler.processingInstruction("xml-stylesheet", str(stylesheet))
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")


class PageFeed(Feed):
    feed_type = StyledRss201rev2Feed

    """A syndication feed whose items are pages with a `summary`. Subclasses set
    `self.request` in `get_object` (item links must be absolute for the site asked for)."""

    def stylesheets(self):
        return feed_stylesheets()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def feed_url(self, obj):
        # The feed's own address (atom:link rel="self"), on the configured public address.
        return absolute_url(self.request.get_full_path())
