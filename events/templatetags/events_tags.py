"""The home page's upcoming events."""

from django import template
from django.template.loader import render_to_string

from caching.render_cache import cached_value
from caching.tags import PAGES, SITE
from events.models import upcoming_events as upcoming_event_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def upcoming_events(context, count=3):
    """The next live, public events, soonest first; renders nothing when there are none.
    Rendered once per publish (value cache), so an event that has just ended can stay
    listed for up to FRAGMENT_CACHE_SECONDS, as on a page from the page cache."""
    try:
        count = max(1, min(int(count), 20))
    except (TypeError, ValueError):
        count = 3
    request = context.get("request")

    def render():
        events = list(upcoming_event_pages()[:count])
        return render_to_string(
            "events/tags/upcoming_events.html", {"events": events}, request=request
        )

    return cached_value(request, "upcoming-events", [count], render, tags=[SITE, PAGES])
