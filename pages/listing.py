"""Listings: validated GET filters, optional keyword search and sort, and pagination, written
once and used by every list page. Bad input never raises: unknown or malformed filter values
are dropped, and a page number that is not a page of the list is a 404."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from django.core.paginator import InvalidPage, Paginator
from django.db.models import QuerySet
from django.http import Http404, QueryDict
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from caching.render_cache import cached_value

from .addresses import absolute_url

#: Keyword searches longer than this are cut, so no one can send a novel to the database.
MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass
class ListingFilter:
    """One GET parameter that narrows the list to one of a known set of values.

    `choices` is a list of Choice or a callable returning one (evaluated once per request);
    `apply(queryset, value)` narrows the queryset to the chosen value.
    """

    param: str
    label: str
    choices: Sequence[Choice] | Callable[[], Sequence[Choice]]
    apply: Callable
    any_label: str = _("Any")

    def get_choices(self):
        if not hasattr(self, "_choices"):
            self._choices = list(self.choices() if callable(self.choices) else self.choices)
        return self._choices

    def clean(self, raw):
        for choice in self.get_choices():
            if choice.value == raw:
                return choice
        return None


@dataclass
class SortOption:
    value: str
    label: str
    ordering: Sequence[str]


def year_choices(queryset, date_field):
    """Years that have at least one item, newest first."""
    return [
        Choice(str(d.year), str(d.year)) for d in queryset.dates(date_field, "year", order="DESC")
    ]


def clean_query(raw):
    # NUL bytes make PostgreSQL refuse the query; control characters mean nothing here.
    # Double quotes go too: SQLite's full-text syntax fails on unbalanced or odd quoted text.
    text = "".join(ch for ch in raw if (ch.isprintable() and ch != '"') or ch == " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


class CountedPaginator(Paginator):
    """A Paginator that takes its count from a function (a cached count)."""

    def __init__(self, object_list, per_page, count=None):
        super().__init__(object_list, per_page)
        self._count_function = count

    @cached_property
    def count(self):
        return self._count_function() if self._count_function else super().count


class Listing:
    """A filtered, searched, sorted and paginated view of a queryset for one request.

    The filters' choices and the number of items for each combination of filters are the same
    for everyone until the next publish, and counting thousands of rows costs more than showing
    a page of them, so both are kept in the fragment cache (caching/render_cache.py).
    """

    page_param = "page"
    query_param = "q"
    sort_param = "sort"

    def __init__(
        self,
        request,
        queryset,
        *,
        filters: Iterable[ListingFilter] = (),
        per_page: int = 10,
        sort_options: Sequence[SortOption] = (),
        search: Callable | None = None,
        base_url: str = "",
    ):
        self.request = request
        self.filters = list(filters)
        self.sort_options = list(sort_options)
        self.base_url = base_url or request.path
        params = request.GET

        for listing_filter in self.filters:
            if callable(listing_filter.choices) and not hasattr(listing_filter, "_choices"):
                listing_filter._choices = cached_value(
                    request,
                    "listing-choices",
                    [self.base_url, listing_filter.param],
                    lambda f=listing_filter: list(f.choices()),
                )

        self.active = {}
        for listing_filter in self.filters:
            choice = listing_filter.clean(params.get(listing_filter.param, ""))
            if choice:
                self.active[listing_filter.param] = choice
                queryset = listing_filter.apply(queryset, choice.value)

        self.sort = None
        if self.sort_options:
            requested = params.get(self.sort_param, "")
            self.sort = next(
                (s for s in self.sort_options if s.value == requested), self.sort_options[0]
            )
            queryset = queryset.order_by(*self.sort.ordering)

        self.query = clean_query(params.get(self.query_param, "")) if search else ""
        self.query_was_trimmed = search is not None and len(
            params.get(self.query_param, "").strip()
        ) > len(self.query)
        if self.query:
            queryset = search(queryset, self.query)

        count = None
        if isinstance(queryset, QuerySet):
            # Everything that narrows the list, and nothing that does not (page, sort).
            narrowing = self.cleaned_params(**{self.page_param: None, self.sort_param: None})
            count = lambda: cached_value(  # noqa: E731
                request, "listing-count", [self.base_url, narrowing.urlencode()], queryset.count
            )
        self.paginator = CountedPaginator(queryset, per_page, count)
        try:
            # An empty list still has a page 1, which shows the empty-state text.
            self.page = self.paginator.page(params.get(self.page_param, "1"))
        except InvalidPage:
            raise Http404("No such page of results") from None

    # Cleaned state, for templates -------------------------------------------------------

    @property
    def items(self):
        return self.page.object_list

    @property
    def count(self):
        return self.paginator.count

    @property
    def is_filtered(self):
        return bool(self.active or self.query)

    @property
    def noindex(self):
        """Filtered, searched, sorted and later pages are not for search engines."""
        return bool(self.is_filtered or self.page.number > 1 or self.request.GET)

    @property
    def canonical_url(self):
        return absolute_url(self.base_url)

    def cleaned_params(self, **overrides):
        """Only the values we understood, so links never echo junk back."""
        values = {param: choice.value for param, choice in self.active.items()}
        if self.query:
            values[self.query_param] = self.query
        if self.sort and self.sort != self.sort_options[0]:
            values[self.sort_param] = self.sort.value
        values.update(overrides)
        query = QueryDict(mutable=True)
        for key, value in values.items():
            if value not in (None, ""):
                query[key] = value
        return query

    def url_with(self, **overrides):
        query = self.cleaned_params(**overrides).urlencode()
        return f"{self.base_url}?{query}" if query else self.base_url

    def page_url(self, number):
        return self.url_with(**{self.page_param: number if number > 1 else None})

    @property
    def active_filters(self):
        """Active filters as removable tags: label, value label and the URL without it."""
        tags = []
        for listing_filter in self.filters:
            choice = self.active.get(listing_filter.param)
            if choice:
                tags.append(
                    {
                        "label": listing_filter.label,
                        "value": choice.label,
                        "remove_url": self.url_with(**{listing_filter.param: None}),
                    }
                )
        if self.query:
            tags.append(
                {
                    "label": _("Keywords"),
                    "value": self.query,
                    "remove_url": self.url_with(**{self.query_param: None}),
                }
            )
        return tags

    @property
    def clear_url(self):
        return self.base_url

    @property
    def filter_fields(self):
        return [
            {
                "filter": listing_filter,
                "selected": getattr(self.active.get(listing_filter.param), "value", ""),
            }
            for listing_filter in self.filters
        ]

    @property
    def page_links(self):
        """Page numbers for the pagination component, with None for a gap."""
        links = []
        for number in self.paginator.get_elided_page_range(
            self.page.number, on_each_side=1, on_ends=1
        ):
            if number == self.paginator.ELLIPSIS:
                links.append(None)
            else:
                links.append({"number": number, "url": self.page_url(number)})
        return links

    @property
    def previous_url(self):
        return self.page_url(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self):
        return self.page_url(self.page.next_page_number()) if self.page.has_next() else ""

    def feed_url(self, feed_path):
        """A feed URL carrying the current filters, for 'subscribe to this list' links."""
        query = self.cleaned_params(**{self.page_param: None, self.sort_param: None}).urlencode()
        return f"{feed_path}?{query}" if query else feed_path
