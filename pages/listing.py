"""Listings, written once: every page that lists things is a `ListingPageMixin` page.

A list page declares its filters (and keyword search) as a `ListingFilterSet`, a
django-filter FilterSet, and says which items it lists; the mixin serves the list from its
index route (""). Bad input never raises: a value a filter does not know, or cannot read, is
dropped (the list shows as if it had not been sent), and a page number that is not a page of
the list is a 404.

    class UpdateFilters(ListingFilterSet):
        category = ListingChoiceFilter(
            label=_("Category"), choices=UpdateCategory.choices, empty_label=_("All categories")
        )
        year = YearFilter("date", label=_("Year"), empty_label=_("All years"))

    class UpdateIndexPage(ListingPageMixin, BasePage):
        listing_filterset_class = UpdateFilters

        def get_listing_queryset(self, request):
            return listed_pages(...).order_by("-date")

Templates get `listing` (a `Listing`): its items, paginator and page, the filter form's
fields, active-filter tags, `noindex` and the canonical URL; `components/filter_form.html`,
`active_filters.html`, `pagination.html` and `empty_state.html` show them.
"""

import functools
from dataclasses import dataclass

import django_filters
from django import forms
from django.apps import apps
from django.core.paginator import InvalidPage, Paginator
from django.db.models import QuerySet
from django.http import Http404, QueryDict
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_filters.constants import EMPTY_VALUES
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from caching.render_cache import cached_value

from .addresses import absolute_url

#: Keyword searches longer than this are cut, so no one can send a novel to the database.
MAX_QUERY_LENGTH = 200
#: The first option of a filter's select when the page type does not name it.
ANY = _("Any")


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass
class SortOption:
    value: str
    label: str
    ordering: list[str]


@dataclass(frozen=True)
class FilterField:
    """One select of the filter form, as components/filter_form.html shows it."""

    param: str
    label: str
    any_label: str
    choices: list[Choice]
    selected: str


def year_choices(queryset, date_field):
    """Years that have at least one item, newest first, as (value, label) pairs."""
    return [(str(d.year), str(d.year)) for d in queryset.dates(date_field, "year", order="DESC")]


def filter_choices(filter_):
    """A ListingChoiceFilter's (value, label) pairs (read from the database when first asked)."""
    choices = filter_.extra["choices"]
    return choices() if callable(choices) else choices


def clean_query(raw, limit=MAX_QUERY_LENGTH):
    # NUL bytes make PostgreSQL refuse the query; control characters mean nothing here.
    # Double quotes go too: SQLite's full-text syntax fails on unbalanced or odd quoted text.
    text = "".join(ch for ch in raw if (ch.isprintable() and ch != '"') or ch == " ")
    return " ".join(text.split())[:limit]


# Filters ---------------------------------------------------------------------------------


class ListingChoiceFilter(django_filters.ChoiceFilter):
    """A filter with a known set of values, shown as a select with `empty_label` first.

    choices: (value, label) pairs, or the name of a method of the FilterSet that reads them
    from the database (kept in the fragment cache until the next publish). Narrow the list
    with django-filter's own arguments: field_name and lookup_expr, or method.
    """

    def __init__(self, field_name=None, lookup_expr=None, *, choices, empty_label=ANY, **kw):
        self.choices_method = choices if isinstance(choices, str) else None
        super().__init__(
            field_name,
            lookup_expr,
            choices=[] if self.choices_method else list(choices),
            empty_label=empty_label,
            **kw,
        )

    @property
    def reads_database(self):
        return self.choices_method is not None

    def database_choices(self, filterset):
        """The choices for this request, from the database."""
        return getattr(filterset, self.choices_method)()


class YearFilter(ListingChoiceFilter):
    """The years that have at least one item of the list, newest first, on a date field."""

    reads_database = True

    def __init__(self, field_name, **kwargs):
        super().__init__(field_name, "year", choices=(), **kwargs)

    def database_choices(self, filterset):
        return year_choices(filterset.queryset, self.field_name)


class KeywordField(forms.CharField):
    """Free text, cleaned rather than refused: control characters and double quotes go,
    white space is folded, and the text is cut to MAX_QUERY_LENGTH."""

    def to_python(self, value):
        return clean_query(str(value or ""))


class KeywordFilter(django_filters.CharFilter):
    """Keyword search (`?q=`): `method` names the FilterSet method that searches."""

    field_class = KeywordField


class ListingFilterSet(django_filters.FilterSet):
    """The filters of one list. Declare `ListingChoiceFilter`s (one select each, in form
    order) and, for keyword search, `q = KeywordFilter(method="search")`. A list that is not
    one queryset (site search) names its model in `Meta.model`.

    Invalid values are left out of the form's cleaned data, so the list is narrowed only by
    the values we understood (django-filter applies nothing else).

    queryset: a QuerySet, or a DeferredQuerySet, built when first read (`queryset`).
    """

    #: The function that builds `queryset` when it is first read, or None.
    queryset_function = None

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, cache_scope=""):
        function = None
        if isinstance(queryset, DeferredQuerySet):
            # django-filter needs the model now, the rows not yet.
            function, queryset = queryset.function, queryset.model._default_manager.none()
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.queryset_function = function
        # Choices from the database, read once per publish, and only when first needed: to
        # check a value sent or to show the form (a cached fragment of the page does not ask).
        # A filter's `extra` holds its form field's arguments, and a form field's choices may
        # be a callable; `self.filters` are this FilterSet's own copies of the filters.
        for name, filter_ in self.filters.items():
            if isinstance(filter_, ListingChoiceFilter) and filter_.reads_database:
                filter_.extra["choices"] = functools.cache(
                    lambda f=filter_, n=name: cached_value(
                        request,
                        "listing-choices",
                        [cache_scope, n],
                        # Plain text in the active language (the cache is kept per language).
                        lambda: [
                            (str(value), str(label)) for value, label in f.database_choices(self)
                        ],
                    )
                )

    @property
    def queryset(self):
        if self.queryset_function is not None:
            self.__dict__["listing_queryset"] = self.queryset_function()
            self.queryset_function = None
        return self.__dict__["listing_queryset"]

    @queryset.setter
    def queryset(self, value):
        self.__dict__["listing_queryset"] = value

    def cleaned_values(self):
        """{name: value} of every filter sent with a value we understood."""
        if not self.is_valid() and not self.is_bound:
            return {}
        # Invalid values are simply missing from cleaned_data.
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if value not in EMPTY_VALUES
        }


# One request's list ----------------------------------------------------------------------


class DeferredQuerySet:
    """A QuerySet of `model`, built by `function` when a Listing first needs it."""

    def __init__(self, model, function):
        self.model = model
        self.function = function


class CountedPaginator(Paginator):
    """A Paginator that takes its count from a function (a cached count)."""

    def __init__(self, object_list, per_page, count=None):
        super().__init__(object_list, per_page)
        self.count_function = count

    @cached_property
    def count(self):
        return self.count_function() if self.count_function else super().count


class Listing:
    """A filtered, searched, sorted and paginated list for one request.

    items: a QuerySet, narrowed by the FilterSet and ordered by the sort options (or a
    `DeferredQuerySet`, the same built only when first needed: a list whose fragment comes
    from the cache needs none); or, for a list that is not one queryset (site search), a
    function of the cleaned filter values returning a sequence (anything with len() and
    slicing).

    The filters' choices and the number of items for each combination of filters are the same
    for everyone until the next publish, and counting thousands of rows costs more than showing
    a page of them, so both are kept in the fragment cache (caching/render_cache.py). Nothing
    is read before the template asks for it (`page`, `count`, `filter_fields`), except what
    deciding the response needs: the choices of a filter sent with a value, to check it, and
    the count for a page number other than 1, to 404 when that page is not there.
    """

    page_param = "page"
    query_param = "q"
    sort_param = "sort"

    def __init__(
        self,
        request,
        items,
        *,
        filterset_class=ListingFilterSet,
        per_page=10,
        sort_options=(),
        base_url="",
        params=None,
    ):
        self.request = request
        self.sort_options = list(sort_options)
        self.base_url = base_url or request.path
        params = request.GET if params is None else params
        is_queryset = isinstance(items, (QuerySet, DeferredQuerySet))

        self.filterset = filterset_class(
            params,
            items if is_queryset else None,
            request=request,
            cache_scope=self.base_url,
        )
        values = self.filterset.cleaned_values()
        self.choice_filters = {
            name: filter_
            for name, filter_ in self.filterset.filters.items()
            if isinstance(filter_, ListingChoiceFilter)
        }
        self.active = {}
        for name, filter_ in self.choice_filters.items():
            if name in values:
                labels = dict(filter_choices(filter_))
                self.active[name] = Choice(values[name], labels[values[name]])
        self.search_enabled = isinstance(
            self.filterset.filters.get(self.query_param), KeywordFilter
        )
        self.query = values.get(self.query_param, "") if self.search_enabled else ""
        raw_query = params.get(self.query_param, "") if self.search_enabled else ""
        self.query_was_trimmed = len(clean_query(raw_query, limit=None)) > MAX_QUERY_LENGTH

        self.sort = None
        if self.sort_options:
            requested = params.get(self.sort_param, "")
            self.sort = next(
                (s for s in self.sort_options if s.value == requested), self.sort_options[0]
            )

        self.per_page = per_page
        self.count_function = None
        if is_queryset:
            # Everything that narrows the list, and nothing that does not (page, sort).
            narrowing = self.cleaned_params(**{self.page_param: None, self.sort_param: None})

            def count():
                return cached_value(
                    request,
                    "listing-count",
                    [self.base_url, narrowing.urlencode()],
                    lambda: self.object_list.count(),
                )

            self.count_function = count
        else:
            self.object_list = items(values)
        requested = params.get(self.page_param, "1")
        try:
            # An empty list still has a page 1, which shows the empty-state text; any other
            # page needs the count to know it exists, so only it is counted before rendering.
            self.page_number = 1 if requested == "1" else self.paginator.validate_number(requested)
        except InvalidPage:
            raise Http404("No such page of results") from None

    @cached_property
    def object_list(self):
        """The filtered, sorted queryset (built when first asked; see `items`)."""
        object_list = self.filterset.qs
        return object_list.order_by(*self.sort.ordering) if self.sort else object_list

    @cached_property
    def paginator(self):
        return CountedPaginator(self.object_list, self.per_page, self.count_function)

    @cached_property
    def page(self):
        """This request's page of the list, counted and read when the template first asks
        (not at all when the list's fragment comes from the cache)."""
        return self.paginator.page(self.page_number)

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
        return bool(self.is_filtered or self.page_number > 1 or self.request.GET)

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
        tags = [
            {
                "label": self.choice_filters[param].label,
                "value": choice.label,
                "remove_url": self.url_with(**{param: None}),
            }
            for param, choice in self.active.items()
        ]
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
            FilterField(
                param=name,
                label=filter_.label,
                any_label=filter_.extra["empty_label"],
                choices=[Choice(value, label) for value, label in filter_choices(filter_)],
                selected=getattr(self.active.get(name), "value", ""),
            )
            for name, filter_ in self.choice_filters.items()
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


# The page mixin --------------------------------------------------------------------------


class ListingPageMixin(RoutablePageMixin):
    """A page that lists things. Put it before the page base class:
    `class UpdateIndexPage(ListingPageMixin, BasePage)`.

    Declare:
    - `get_listing_queryset(request)`: the items, ordered, that the public may see (through
      pages.queries: listed_pages/visible_pages for pages);
    - `listing_filterset_class`: a ListingFilterSet (filters and keyword search);
    - `listing_per_page`, and `listing_sort_options` (SortOption list, the first the default;
      none: the queryset's own order);
    - `listing_feed_route`: the name of the route that serves the list as a feed, if any; it
      reads `get_feed_listing(request)`, the same filters without paging or sort;
    - `listing_model` ("app_label.ModelName"), when get_listing_queryset lists that model: the
      queryset is then built only when the list needs it, not when its fragment is cached.

    The index route ("") renders the page's template with `listing` and `feed_url` (the feed
    of the current filters) in the context; add more with `get_listing_context`. The page's
    structured data is a schema.org CollectionPage unless it says otherwise. Wagtail's
    preview renders the same route. Other routes (a calendar, a detail route) use
    `self.render(...)` like any RoutablePageMixin page.
    """

    listing_filterset_class = ListingFilterSet
    listing_per_page = 10
    listing_sort_options = ()
    listing_feed_route = None
    listing_model = None

    def get_listing_queryset(self, request):
        raise NotImplementedError(f"{type(self).__name__} must say what it lists")

    def get_listing(self, request, params=None):
        """The list for this request (`params`: other GET parameters, e.g. for a feed)."""
        if self.listing_model:
            model = apps.get_model(self.listing_model)
            items = DeferredQuerySet(model, lambda: self.get_listing_queryset(request))
        else:
            items = self.get_listing_queryset(request)
        return Listing(
            request,
            items,
            filterset_class=self.listing_filterset_class,
            per_page=self.listing_per_page,
            sort_options=self.listing_sort_options,
            base_url=self.get_url(request),
            params=params,
        )

    def get_feed_listing(self, request):
        """The list as its feed shows it: the current filters, first page, default order."""
        params = request.GET.copy()
        for param in (Listing.page_param, Listing.sort_param):
            params.pop(param, None)
        return self.get_listing(request, params=params)

    def get_listing_feed_url(self, request, listing):
        """The feed of the list as filtered now ("" when the list has no feed)."""
        if not self.listing_feed_route:
            return ""
        return listing.feed_url(listing.base_url + self.reverse_subpage(self.listing_feed_route))

    def get_listing_context(self, request, listing):
        """More template context for the index route; page types extend it."""
        return {}

    def get_json_ld(self, request):
        """A list page is a schema.org CollectionPage."""
        return {
            "@context": "https://schema.org",
            "@type": "CollectionPage",
            "name": self.title,
            "url": self.get_full_url(request),
            "description": self.get_meta_description(),
        }

    @path("")
    def index_route(self, request):
        listing = self.get_listing(request)
        context = {"listing": listing, "feed_url": self.get_listing_feed_url(request, listing)}
        context.update(self.get_listing_context(request, listing))
        return self.render(request, context_overrides=context)
