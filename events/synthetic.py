"""Synthetic events for `make bench` (pages/bulk.py has the shared machinery)."""

import datetime

from django.utils import timezone

from pages.bulk import bulk_add_children, index_for_search, text

from .models import EventIndexPage, EventKind, EventPage

#: The command-line option that sets how many to build, and its default.
OPTION, DEFAULT = "events", 1000


def build(count, rng, stamp, step):
    section = EventIndexPage.objects.get(locale__language_code="en")
    now = timezone.now()
    items = []
    for n in range(1, count + 1):
        # From five years back to one year ahead, so there are always upcoming events.
        start = now + datetime.timedelta(hours=rng.randrange(-5 * 365 * 24, 365 * 24))
        start = start.replace(minute=0, second=0, microsecond=0)
        end = start + datetime.timedelta(hours=rng.choice([1, 1, 2, 3]))
        title, summary = text(rng, n, "event")
        items.append(
            {
                "title": title,
                "slug": f"synthetic-event-{stamp}-{n}",
                "kind": rng.choice(EventKind.values),
                "start": start,
                "end": end,
                "all_day": False,
                "ends_before": end,
                "summary": summary,
            }
        )
    ids = bulk_add_children(section, EventPage, items)
    index_for_search(EventPage, ids)
    step(f"{len(ids)} events created and indexed")
    return len(ids)
