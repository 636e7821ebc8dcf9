"""What every feed of pages has in common: absolute links and the page's summary."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone

from .addresses import absolute_url


def feed_date(day):
    """A page's own date (an editor's `DateField`) as a feed date: noon in the site's time zone
    (US Eastern), so no reader shows it as the day before or after."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


class PageFeed(Feed):
    """A syndication feed whose items are pages with a `summary`. Subclasses set
    `self.request` in `get_object` (item links must be absolute for the site asked for)."""

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def feed_url(self, obj):
        # The feed's own address (atom:link rel="self"), on the configured public address.
        return absolute_url(self.request.get_full_path())
