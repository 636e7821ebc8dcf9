"""Bulk creation of live pages for `make bench`: thousands of updates, resources and events,
created in bulk on top of the demo site. The shared machinery is here; each content app builds
its own pages in `<app>/synthetic.py` (`build(count, rng, stamp, step)`), which
`manage.py load_synthetic_content` finds as `load_demo_content` finds `<app>/demo.py`.

Publishing one page through Wagtail costs about 0.1 s (revision, signals, reference index,
search index one at a time), so 20,000 pages that way would take most of an hour. Here the
page tree rows are written with a few bulk INSERTs instead: treebeard paths are computed for the
new children of a known parent, the `wagtailcore_page` rows go in with `bulk_create`, then the
page type's own table, then the search index in batches. There are no revisions (the pages
were never edited in the admin), which nothing on the public site reads.

Development and benchmarking only; the management command refuses production settings.
"""

import datetime
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from modelsearch.backends.database.postgres import postgres as postgres_backend
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

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


def text(rng, serial, kind):
    subject = rng.choice(SUBJECTS)
    title = f"{subject.capitalize()} {rng.choice(FORMS)} for {rng.choice(PLACES)} {serial}"
    summary = (
        f"A synthetic {kind} about {subject} for the benchmark. It reads like real content, "
        f"with a {rng.choice(FORMS)} on {rng.choice(SUBJECTS)} and notes for "
        f"{rng.choice(PLACES).lower()} staff."
    )
    return title, summary


def body(summary):
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


def dates(rng, count, years=20):
    today = datetime.date.today()
    return sorted(today - datetime.timedelta(days=rng.randrange(years * 365)) for _ in range(count))
