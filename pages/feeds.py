"""What every feed of pages has in common: absolute links and the page's summary."""

from django.contrib.syndication.views import Feed


class PageFeed(Feed):
    """A syndication feed whose items are pages with a `summary`. Subclasses set
    `self.request` in `get_object` (item links must be absolute for the site asked for)."""

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)
