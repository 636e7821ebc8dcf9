"""Event dates in US Eastern time for any template, and the home page's upcoming events."""

from django import template

from events.models import upcoming_events as upcoming_event_pages
from events.timefmt import format_event_when

register = template.Library()


@register.filter
def event_when(event):
    """'Wednesday, January 16, 2019, 2:00–3:30 p.m. ET' for an event page."""
    if not event:
        return ""
    return format_event_when(event.start, event.end, event.all_day)


@register.filter
def eastern(value):
    """One instant in US Eastern time: 'Wednesday, January 16, 2019, 2:00 p.m. ET'."""
    if not value:
        return ""
    return format_event_when(value)


@register.inclusion_tag("events/tags/upcoming_events.html", takes_context=True)
def upcoming_events(context, count=3):
    """The next live, public events, soonest first; renders nothing when there are none."""
    try:
        count = max(1, min(int(count), 20))
    except (TypeError, ValueError):
        count = 3
    return {"request": context.get("request"), "events": list(upcoming_event_pages()[:count])}
