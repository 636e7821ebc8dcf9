"""Synthetic content for `make bench`: thousands of live, public updates, resources and events,
created in bulk on top of the demo site.

Publishing one page through Wagtail costs about 0.1 s (revision, signals, reference index,
search index one at a time), so 20,000 pages that way would take most of an hour. Here the
page tree rows are written with a few bulk INSERTs instead: treebeard paths are computed for the
new children of a known parent, the `wagtailcore_page` rows go in with `bulk_create`, then the
page type's own table, then the search index in batches. There are no revisions (the pages
were never edited in the admin), which nothing on the public site reads.

Development and benchmarking only; the management command refuses production settings.
"""

import datetime
import random
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from modelsearch.backends.database.postgres import postgres as postgres_backend
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from events.models import EventIndexPage, EventKind, EventPage
from resources.models import Audience, ResourceLibraryPage, ResourcePage, ResourceType, Topic
from updates.models import UpdateCategory, UpdateIndexPage, UpdatePage

BATCH = 500

#: Words for titles and summaries: a search for one of SUBJECTS matches about one page in
#: len(SUBJECTS), at any size, as a real word would.
SUBJECTS = [
    "recruitment",
    "eligibility",
    "records transfer",
    "out-of-school youth",
    "parent advisory councils",
    "needs assessment",
    "service delivery",
    "English learners",
    "program evaluation",
    "subgranting",
]
FORMS = ["guide", "report", "brief", "toolkit", "update", "overview", "checklist", "summary"]
PLACES = ["Region", "State", "District", "Consortium", "Project"]


def _text(rng, serial, kind):
    subject = rng.choice(SUBJECTS)
    title = f"{subject.capitalize()} {rng.choice(FORMS)} for {rng.choice(PLACES)} {serial}"
    summary = (
        f"A synthetic {kind} about {subject} for the benchmark. It reads like real content, "
        f"with a {rng.choice(FORMS)} on {rng.choice(SUBJECTS)} and notes for "
        f"{rng.choice(PLACES).lower()} staff."
    )
    return title, summary


def _body(summary):
    return [
        {"type": "heading", "value": {"text": "Overview", "level": "h2"}, "id": str(uuid.uuid4())},
        {"type": "paragraph", "value": f"<p>{summary}</p>", "id": str(uuid.uuid4())},
    ]


def _next_steps(parent, count):
    """Tree paths for `count` new children after the parent's current last child."""
    last = parent.get_children().order_by("-path").values_list("path", flat=True).first()
    first = Page._str2int(last[-Page.steplen :]) + 1 if last else 1
    return [Page._get_path(parent.path, parent.depth + 1, n) for n in range(first, first + count)]


def bulk_add_children(parent, model, items, search_prefetch=()):
    """Add live pages of `model` under `parent` in bulk.

    items: one dict per page with "title", "slug" and the model's own field values (and,
    optionally, "first_published_at"). Returns the created pages' ids, in order.
    """
    parent = Page.objects.get(pk=parent.pk)  # fresh numchild and path
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    paths = _next_steps(parent, len(items))
    page_fields = {f.attname for f in Page._meta.concrete_fields}
    own_fields = list(model._meta.local_concrete_fields)
    ids = []
    for start in range(0, len(items), BATCH):
        chunk = items[start : start + BATCH]
        pages = []
        for offset, item in enumerate(chunk):
            published = item.get("first_published_at", now)
            pages.append(
                model(
                    title=item["title"],
                    draft_title=item["title"],
                    slug=item["slug"],
                    path=paths[start + offset],
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{item['slug']}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    content_type=content_type,
                    locale_id=parent.locale_id,
                    translation_key=uuid.uuid4(),
                    **{k: v for k, v in item.items() if k not in ("title", "slug")},
                )
            )
        # Django will not bulk_create a multi-table model, so the two tables separately:
        # the shared page rows first (PostgreSQL returns their ids), then the type's own rows.
        base_rows = Page.objects.bulk_create(
            [Page(**{f: getattr(p, f) for f in page_fields if f != "id"}) for p in pages]
        )
        for page, row in zip(pages, base_rows, strict=True):
            page.id = page.page_ptr_id = row.id
        model._base_manager._insert(pages, fields=own_fields, using=connection.alias)
        ids.extend(page.id for page in pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(items))
    return ids


class _OnePassIndexer(postgres_backend.ObjectIndexer):
    """The search backend's indexer reads each search field five times per object (title,
    body, autocomplete and two plain-text copies); this one reads each field once and reuses
    it, which is most of the time spent indexing thousands of pages. Same index entries."""

    def prepare_field(self, obj, field):
        if obj is not self.obj:  # a related object (topics): not worth remembering
            return super().prepare_field(obj, field)
        prepared = self.__dict__.setdefault("_prepared", {})
        if id(field) not in prepared:
            prepared[id(field)] = list(super().prepare_field(obj, field))
        return iter(prepared[id(field)])


def index_for_search(model, ids, prepare=None):
    """Add the pages to the search index in batches (one INSERT per batch)."""
    backend = get_search_backend()
    original = postgres_backend.ObjectIndexer
    if connection.vendor == "postgresql":
        postgres_backend.ObjectIndexer = _OnePassIndexer
    try:
        for start in range(0, len(ids), BATCH):
            pages = list(model.get_indexed_objects().filter(pk__in=ids[start : start + BATCH]))
            if prepare:
                prepare(pages)
            backend.add_bulk(model, pages)
    finally:
        postgres_backend.ObjectIndexer = original


def _dates(rng, count, years=20):
    today = datetime.date.today()
    return sorted(today - datetime.timedelta(days=rng.randrange(years * 365)) for _ in range(count))


@transaction.atomic
def build(updates=100, resources=100, events=1000, seed=9, log=None):
    """Add synthetic updates, resources and events under the demo site's sections.
    log: optional callable taking a progress message."""
    rng = random.Random(seed)  # noqa: S311 - made-up content, not secrets
    started = time.monotonic()

    def step(message):
        if log:
            log(f"{message} ({time.monotonic() - started:.1f} s)")

    stamp = uuid.uuid4().hex[:6]  # slugs stay unique if this runs twice on one database
    created = {}

    index = UpdateIndexPage.objects.get(locale__language_code="en")
    items = []
    for n, date in enumerate(_dates(rng, updates), start=1):
        title, summary = _text(rng, n, "update")
        items.append(
            {
                "title": title,
                "slug": f"synthetic-update-{stamp}-{n}",
                "date": date,
                "category": rng.choice(UpdateCategory.values),
                "summary": summary,
                "body": _body(summary),
            }
        )
    ids = bulk_add_children(index, UpdatePage, items)
    step(f"{len(ids)} updates created")
    index_for_search(UpdatePage, ids)
    step("updates indexed for search")
    created["updates"] = len(ids)

    library = ResourceLibraryPage.objects.get(locale__language_code="en")
    topic_by_pk = Topic.objects.in_bulk()
    topics = list(topic_by_pk)
    audiences = list(Audience.objects.values_list("pk", flat=True))
    types = list(ResourceType.objects.values_list("pk", flat=True))
    items = []
    for n, date in enumerate(_dates(rng, resources), start=1):
        title, summary = _text(rng, n, "resource")
        items.append(
            {
                "title": title,
                "slug": f"synthetic-resource-{stamp}-{n}",
                "date": date,
                "summary": summary,
                "resource_type_id": rng.choice(types) if types else None,
                "body": _body(summary),
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
    created["resources"] = len(ids)

    section = EventIndexPage.objects.get(locale__language_code="en")
    now = timezone.now()
    items = []
    for n in range(1, events + 1):
        # From five years back to one year ahead, so there are always upcoming events.
        start = now + datetime.timedelta(hours=rng.randrange(-5 * 365 * 24, 365 * 24))
        start = start.replace(minute=0, second=0, microsecond=0)
        end = start + datetime.timedelta(hours=rng.choice([1, 1, 2, 3]))
        title, summary = _text(rng, n, "event")
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
    created["events"] = len(ids)
    return created
