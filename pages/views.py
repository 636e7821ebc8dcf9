"""Routes that are not pages: site search, robots.txt."""

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Page, Site
from wagtail.search.utils import normalise_query_string

from caching.render_cache import cached_value

from .addresses import absolute_url
from .listing import KeywordFilter, Listing, ListingChoiceFilter, ListingFilterSet
from .queries import (
    listed_pages,
    published_documents,
    searchable_pages,
    visible_pages,
    visible_translations,
)

RESULTS_PER_PAGE = 10
DOCUMENT_RESULTS = 5


def _search_pages(queryset, query):
    return queryset.search(query, operator="and")


def editor_promotions(query):
    """The editors' picks for this query (wagtail.contrib.search_promotions), without hidden
    pages; a picked page in another language shows as its visible translation in the
    visitor's language where there is one (else as picked, marked as in its language).
    Read-only: a visitor's search never writes to the database."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .order_by("sort_order")
        .only("page_id", "external_link_url", "external_link_text", "description")
    )
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    # Specific (their own URL rules) but deferred: the picks are kept in the value cache.
    pages = visible_pages(Page.objects.filter(pk__in=page_ids)).specific(defer=True).in_bulk()
    pages.update(visible_translations(pages.values()))
    promotions, shown = [], set()
    for pick in picks:
        if pick.page_id and pick.page_id in pages:
            page = pages[pick.page_id]
            if page.pk in shown:
                continue  # both language versions picked: once, in the visitor's language
            shown.add(page.pk)
            promotions.append(
                {
                    "title": page.title,
                    "url": page.url,
                    "description": pick.description,
                    "page": page,  # for its language (a pick in the other language is marked)
                }
            )
        elif not pick.page_id and pick.external_link_url:
            promotions.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                    "external": True,  # styled and hinted when it leaves the site
                }
            )
    return promotions


#: Page results by the app that defines the page type: (type filter value, label, app label).
PAGE_RESULT_TYPES = [
    ("updates", _("Updates and stories"), "updates"),
    ("events", _("Webinars and meetings"), "events"),
    ("resources", _("Resources and tools"), "resources"),
    ("pages", _("Other pages"), "pages"),
]


def extra_search_models():
    """Non-page models site search also finds, from settings.SITE_SEARCH_EXTRA_MODELS.

    Each model defines:
    - classmethod `search_results(query)`: the matches the public may see, as Wagtail search
      results ordered by relevance;
    - classmethod `prepare_search_results(items)`: the same items, loaded with what
      `as_search_result` needs (one query for a page of results);
    - method `as_search_result(request)`: a dict with type_label, title, url, summary (plain
      text) and date (or None).
    """
    return [apps.get_model(label) for label in getattr(settings, "SITE_SEARCH_EXTRA_MODELS", [])]


def type_value(model):
    # The same ?type= value in every language ("policy-questions"), so links keep working.
    with translation.override(settings.LANGUAGE_CODE):
        return slugify(str(model._meta.verbose_name_plural))


class SiteSearch:
    """Public pages plus the extra models, narrowed to one type. `run(query)` gives light
    (model, pk) references merged by relevance; the view loads only the current page of them.

    pages: a function returning the searchable pages queryset (built only when a search runs).
    The references for a query are kept in the fragment cache until the next publish: the
    search backend scans its whole index for every query, which grows with the site, while a
    handful of queries make up most searches.
    """

    def __init__(self, pages, models, app_label=None, request=None):
        self.pages, self.models, self.app_label = pages, models, app_label
        self.request = request

    def of_type(self, value):
        """The search narrowed to one `?type=` value ("" or unknown: everything)."""
        for type_, _label, app_label in PAGE_RESULT_TYPES:
            if type_ == value:
                return SiteSearch(self.pages, [], app_label, self.request)
        models = [m for m in self.models if type_value(m) == value]
        return SiteSearch(None, models, request=self.request) if models else self

    def run(self, query):
        scope = [
            query,
            self.pages is not None,
            self.app_label or "",
            ",".join(model._meta.label for model in self.models),
        ]
        total, best = cached_value(
            self.request, "site-search", scope, lambda: self._best(query, MAX_KEPT_RESULTS)
        )
        return KeptResults(total, best, lambda: self._run(query))

    def _best(self, query, limit):
        results = self._run(query)
        return len(results), results[:limit]

    def _run(self, query):
        scored = []
        if self.pages is not None:
            pages = self.pages()
            if self.app_label:
                pages = pages.filter(
                    content_type__in=list(
                        ContentType.objects.filter(app_label=self.app_label).values_list(
                            "pk", flat=True
                        )
                    )
                )
            for page in _search_pages(pages.only("pk"), query).annotate_score("_score"):
                scored.append((page._score, Page, page.pk))
        for model in self.models:
            results = model.search_results(query).annotate_score("_score")
            for item in results:
                scored.append((item._score, model, item.pk))
        # Both lists come best first; merge by score. The SQLite backend's bm25 score is lower
        # for better matches, PostgreSQL's ts_rank higher. sorted() is stable, so ties keep
        # the backend's own order.
        lower_is_better = connection.vendor == "sqlite"
        return sorted(scored, key=lambda r: r[0] if lower_is_better else -r[0])


#: References kept per query (50 pages of results); a page further down searches again.
MAX_KEPT_RESULTS = 500


class KeptResults:
    """A search's results for the paginator: the total and the best MAX_KEPT_RESULTS kept,
    the rest found again by `rerun` for the rare visitor who pages that far."""

    def __init__(self, total, best, rerun):
        self.total, self.best, self.rerun = total, best, rerun

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        stop = index.stop if isinstance(index, slice) else index + 1
        if stop is not None and stop <= len(self.best):
            return self.best[index]
        return self.rerun()[index]


def load_results(references, request):
    """The current page of (score, model, pk) references as result dicts, in order, with a
    query count that does not grow with the number of results."""
    by_model = {}
    for _score, model, pk in references:
        by_model.setdefault(model, []).append(pk)
    loaded = {}
    for model, pks in by_model.items():
        if model is Page:
            pages = Page.objects.filter(pk__in=pks).specific().defer_streamfields()
            for page in pages:
                loaded[Page, page.pk] = {
                    "type_label": page.get_type_label(),
                    "title": page.title,
                    "url": page.get_url(request),
                    "summary": page.get_meta_description(),
                    "date": page.get_listing_date(),
                    "date_format": page.own_date_format,
                    "page": page,
                }
        else:
            for item in model.prepare_search_results([model(pk=pk) for pk in pks]):
                loaded[model, item.pk] = item.as_search_result(request)
    return [loaded[model, pk] for _score, model, pk in references if (model, pk) in loaded]


class SiteSearchFilters(ListingFilterSet):
    """The search form: keywords and a type. They narrow a SiteSearch, not a queryset (pages
    and the extra models are searched apart and merged), so the view reads the cleaned values;
    Meta.model only satisfies django-filter."""

    type = ListingChoiceFilter(label=_("Type"), choices="type_choices", empty_label=_("All"))
    q = KeywordFilter()

    class Meta:
        model = Page
        fields = []

    def type_choices(self):
        installed = {config.label for config in apps.get_app_configs()}
        choices = [
            (value, label)
            for value, label, app_label in PAGE_RESULT_TYPES
            if app_label in installed
        ]
        return choices + [
            (type_value(m), capfirst(m._meta.verbose_name_plural)) for m in extra_search_models()
        ]


#: The sections a search without results suggests (slugs of the English sections below home).
SUGGESTED_SECTIONS = {
    "library_url": "resource-library",
    "updates_url": "updates",
    "events_url": "webinars-meetings",
}


def suggested_section_urls(request):
    """URLs of the suggested sections, in the visitor's language where they are translated."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    originals = Page.objects.child_of(site.root_page).filter(slug__in=SUGGESTED_SECTIONS.values())
    slug_of_key = dict(originals.values_list("translation_key", "slug"))
    shown = listed_pages(Page.objects.filter(translation_key__in=slug_of_key))
    urls = {slug_of_key[page.translation_key]: page.get_url(request) for page in shown}
    return {name: urls[slug] for name, slug in SUGGESTED_SECTIONS.items() if slug in urls}


@require_safe
def search(request):
    site_search = SiteSearch(
        lambda: searchable_pages(Page.objects.exclude(depth=1)),
        extra_search_models(),
        request=request,
    )

    def results(values):
        query = values.get("q", "")
        return site_search.of_type(values.get("type", "")).run(query) if query else []

    listing = Listing(
        request,
        results,
        filterset_class=SiteSearchFilters,
        per_page=RESULTS_PER_PAGE,
        base_url=reverse("search"),
    )
    query = listing.query
    results, promotions, documents = [], [], []
    if query:
        results = load_results(listing.items, request)
        promotions = cached_value(
            request, "search-promotions", [query], lambda: editor_promotions(query)
        )
        if listing.page_number == 1 and not listing.active:
            documents = cached_value(
                request,
                "search-documents",
                [query],
                lambda: list(
                    _search_pages(published_documents(get_document_model().objects.all()), query)[
                        :DOCUMENT_RESULTS
                    ]
                ),
            )
    return TemplateResponse(
        request,
        "pages/search.html",
        {
            "listing": listing,
            "results": results,
            "query": query,
            "query_was_trimmed": listing.query_was_trimmed,
            "promotions": promotions,
            "documents": documents,
            "suggested": suggested_section_urls(request) if query and not results else {},
            "noindex": True,
        },
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    if getattr(settings, "ROBOTS_DISALLOW_ALL", False):  # staging sites stay out of engines
        lines[1] = "Disallow: /"
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
