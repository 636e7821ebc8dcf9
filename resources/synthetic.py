"""Synthetic resources for `make bench` (pages/bulk.py has the shared machinery)."""

from pages.bulk import BATCH, body, bulk_add_children, dates, index_for_search, text

from .models import Audience, ResourceLibraryPage, ResourcePage, ResourceType, Topic

#: The command-line option that sets how many to build, and its default.
OPTION, DEFAULT = "resources", 100


def build(count, rng, stamp, step):
    library = ResourceLibraryPage.objects.get(locale__language_code="en")
    topic_by_pk = Topic.objects.sources().in_bulk()
    topics = list(topic_by_pk)
    audiences = list(Audience.objects.sources().values_list("pk", flat=True))
    types = list(ResourceType.objects.sources().values_list("pk", flat=True))
    items = []
    for n, date in enumerate(dates(rng, count), start=1):
        title, summary = text(rng, n, "resource")
        items.append(
            {
                "title": title,
                "slug": f"synthetic-resource-{stamp}-{n}",
                "date": date,
                "summary": summary,
                "resource_type_id": rng.choice(types) if types else None,
                "body": body(summary),
            }
        )
    ids = bulk_add_children(library, ResourcePage, items)
    step(f"{len(ids)} resources created")
    through_topics = ResourcePage.topics.through
    through_audiences = ResourcePage.audiences.through
    chosen = {pk: rng.sample(topics, min(2, len(topics))) for pk in ids}
    through_topics.objects.bulk_create(
        [through_topics(resourcepage_id=pk, topic_id=t) for pk in ids for t in chosen[pk]],
        batch_size=BATCH * 4,
    )
    if audiences:
        through_audiences.objects.bulk_create(
            [through_audiences(resourcepage_id=p, audience_id=rng.choice(audiences)) for p in ids],
            batch_size=BATCH * 4,
        )

    def prepare(pages):
        # What the index reads, set in memory (modelcluster keeps assigned relations there):
        # otherwise each resource costs several topic queries and a document query.
        for page in pages:
            page.topics = [topic_by_pk[t] for t in chosen[page.pk]]
            page._documents = []  # synthetic resources have no downloads

    index_for_search(ResourcePage, ids, prepare=prepare)
    step("resources indexed for search")
    return len(ids)
