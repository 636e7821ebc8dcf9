"""RSS for any filtered view of the Resource Library (served by the library's `feed/` route)."""

from django.utils.translation import gettext

from pages.addresses import absolute_url
from pages.feeds import PageFeed, feed_date

from .models.library import FEED_LENGTH


class ResourceFeed(PageFeed):
    def __init__(self, library):
        super().__init__()
        self.library = library

    def get_object(self, request, *args, **kwargs):
        self.request = request
        # The current filters; paging and sorting ignored: newest first, always.
        self.listing = self.library.get_feed_listing(request)
        return self.library

    def title(self, library):
        labels = [f"{tag['label']}: {tag['value']}" for tag in self.listing.active_filters]
        suffix = f" ({'; '.join(labels)})" if labels else ""
        return f"{library.title}{suffix} | RESULTS"

    def link(self, library):
        return absolute_url(self.listing.url_with())

    def description(self, library):
        return library.get_meta_description() or gettext("New resources from RESULTS.")

    def items(self, library):
        return list(self.listing.object_list[:FEED_LENGTH])

    def item_pubdate(self, item):
        # The resource's own date (the one the library shows and sorts by), not the day the
        # page happened to be published: a library loaded in one go would give every item
        # the same date.
        return feed_date(item.date)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_categories(self, item):
        """Its topics and type in the feed's language (the English name where a term has no
        translation), read with the list (`get_listing_queryset`): no query per item."""
        categories = [topic.display_name for topic in item.topics.all()]
        resource_type = item.resource_type_term
        if resource_type is not None:
            categories.append(resource_type.display_name)
        return categories
