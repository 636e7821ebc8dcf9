"""Synthetic updates for `make bench` (pages/bulk.py has the shared machinery)."""

from pages.bulk import body, bulk_add_children, dates, index_for_search, text

from .models import UpdateCategory, UpdateIndexPage, UpdatePage

#: The command-line option that sets how many to build, and its default.
OPTION, DEFAULT = "updates", 100


def build(count, rng, stamp, step):
    index = UpdateIndexPage.objects.get(locale__language_code="en")
    items = []
    for n, date in enumerate(dates(rng, count), start=1):
        title, summary = text(rng, n, "update")
        items.append(
            {
                "title": title,
                "slug": f"synthetic-update-{stamp}-{n}",
                "date": date,
                "category": rng.choice(UpdateCategory.values),
                "summary": summary,
                "body": body(summary),
            }
        )
    ids = bulk_add_children(index, UpdatePage, items)
    step(f"{len(ids)} updates created")
    index_for_search(UpdatePage, ids)
    step("updates indexed for search")
    return len(ids)
