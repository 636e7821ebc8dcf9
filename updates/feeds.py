"""RSS 2.0 and Atom feeds of live, public updates: all of them, or one category.

Served by routes on UpdateIndexPage (/updates/feed/, /updates/atom/,
/updates/category/<category>/feed/ and …/atom/), so they move with the page."""

from django.utils.translation import gettext

from pages.addresses import absolute_url
from pages.feeds import PageFeed, StyledAtom1Feed, feed_date

FEED_LENGTH = 20


class UpdatesFeed(PageFeed):
    def get_object(self, request, index, category=""):
        self.request = request
        return index, category

    def title(self, obj):
        index, category = obj
        from .models import UpdateCategory

        label = f": {UpdateCategory(category).label}" if category else ""
        return f"RESULTS {index.title}{label}"

    def link(self, obj):
        index, category = obj
        url = index.get_full_url(self.request)
        return f"{url}?category={category}" if category else url

    def feed_url(self, obj):
        index, category = obj
        return absolute_url(self.request.path)

    def description(self, obj):
        return gettext(
            "News from the Office of Migrant Education and the Migrant Education Resource "
            "Center (RESULTS)."
        )

    def items(self, obj):
        index, category = obj
        # The list's own items and order, so the feed shows what the list shows.
        queryset = index.get_listing_queryset(self.request)
        if category:
            queryset = queryset.filter(category=category)
        return queryset[:FEED_LENGTH]

    def item_guid(self, item):
        # Stable across moves and renames.
        return f"{self.request.get_host()}:update:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        # The editor's publication date at noon Eastern, so it never slides to the day before.
        return feed_date(item.date)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        return [item.category_label]


class AtomUpdatesFeed(UpdatesFeed):
    feed_type = StyledAtom1Feed

    def subtitle(self, obj):
        return self.description(obj)
