"""The Resource Library: an index page with featured resources, filters, search and a feed,
and the resource pages under it."""

from django import forms
from django.db import models
from django.db.models import Prefetch
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from pages.addresses import absolute_url
from pages.blocks import INLINE_RICH_TEXT_FEATURES, BodyStreamBlock
from pages.external import resource_link_text
from pages.listing import (
    KeywordFilter,
    ListingChoiceFilter,
    ListingFilterSet,
    ListingPageMixin,
    SortOption,
    YearFilter,
)
from pages.mixins import BasePage, ListingImageMixin
from pages.queries import listed_pages, page_language, visible_pages, within_section

from .taxonomy import Audience, ResourceType, Topic, named, source_language, source_terms

PER_PAGE = 20
FEED_LENGTH = 20

SORT_OPTIONS = [
    SortOption("newest", _("Newest first"), ["-date", "title"]),
    SortOption("title", _("Title (A–Z)"), ["title", "-date"]),
]


def with_resource_type(resources):
    """Resources with their resource type and its name in the visitor's language, in the same
    query (read through `ResourcePage.resource_type_term`)."""
    return resources.select_related("resource_type").annotate(
        resource_type_translated_name=ResourceType.objects.translated_name(
            "resource_type__translation_key"
        )
    )


class ResourceFilters(ListingFilterSet):
    topic = ListingChoiceFilter(
        label=_("Topic"), choices="topic_choices", method="filter_topic", empty_label=_("Any topic")
    )
    type = ListingChoiceFilter(
        "resource_type__slug",
        label=_("Resource type"),
        choices="type_choices",
        empty_label=_("Any type"),
    )
    audience = ListingChoiceFilter(
        label=_("Audience"),
        choices="audience_choices",
        method="filter_audience",
        empty_label=_("Any audience"),
    )
    year = YearFilter("date", label=_("Year"), empty_label=_("Any year"))
    q = KeywordFilter(method="search")

    def topic_choices(self):
        return [
            (t.slug, f"— {t.display_name}" if t.is_subtopic else t.display_name)
            for t in Topic.ordered()
        ]

    def type_choices(self):
        return [(t.slug, t.display_name) for t in ResourceType.objects.localized()]

    def audience_choices(self):
        return [(a.slug, a.display_name) for a in Audience.objects.localized()]

    def filter_topic(self, queryset, name, value):
        # A resource tagged with a subtopic is found under its main topic too.
        tagged = ResourcePage.topics.through.objects.filter(Topic.q_for(value, "topic"))
        return queryset.filter(pk__in=tagged.values("resourcepage_id"))

    def filter_audience(self, queryset, name, value):
        tagged = ResourcePage.audiences.through.objects.filter(audience__slug=value)
        return queryset.filter(pk__in=tagged.values("resourcepage_id"))

    def search(self, queryset, name, value):
        """Keep the resources whose indexed text (title, summary, body, topics, documents)
        matches, by Wagtail search (PostgreSQL full-text search on PostgreSQL)."""
        matches = ResourcePage.objects.defer_streamfields().search(value, operator="and")
        return queryset.filter(pk__in=[page.pk for page in matches])


class ResourceLibraryPage(ListingPageMixin, BasePage):
    intro = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="A short introduction shown above the featured resources and the list.",
    )
    empty_text = models.CharField(
        max_length=255,
        default="No resources have been published yet. Please check back soon.",
        help_text="Shown when the library has no resources at all.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel(
            "featured_resources",
            label="Featured resource",
            heading="Featured resources",
            help_text="Resources shown first, in this order, above the full list.",
        ),
        FieldPanel("empty_text"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["resources.ResourcePage", "resources.NationalProfilePage"]
    # One per parent: each language has its own home page (and tree below it).
    max_count_per_parent = 1
    summary_field = "intro"

    search_type_label = _("Resource library")

    class Meta:
        verbose_name = _("resource library page")

    # Listing ------------------------------------------------------------------------------

    listing_filterset_class = ResourceFilters
    listing_model = "resources.ResourcePage"
    listing_per_page = PER_PAGE
    listing_sort_options = SORT_OPTIONS
    listing_feed_route = "feed_route"

    def visible_resources(self):
        """The resources the public may see (view restrictions are a subquery: no query)."""
        return listed_pages(
            within_section(ResourcePage.objects.all(), self, descendants=True)
        ).defer_streamfields()

    def get_listing_queryset(self, request):
        return with_resource_type(self.visible_resources()).prefetch_related(
            Prefetch("topics", queryset=Topic.objects.localized())
        )

    def get_featured_resources(self):
        """The editor's featured resources the public may see, in the editor's order."""
        ids = [item.resource_id for item in self.featured_resources.all()]
        by_id = (
            with_resource_type(self.visible_resources().filter(pk__in=ids))
            .select_related("listing_image")
            .prefetch_related("listing_image__renditions")
            .in_bulk()
        )
        return [by_id[pk] for pk in ids if pk in by_id]

    def get_listing_context(self, request, listing):
        if listing.page_number > 1 or listing.is_filtered:
            return {"featured": []}
        # Lazy: looked up only when the template shows them, not when its cached fragment does.
        return {"featured": SimpleLazyObject(self.get_featured_resources)}

    def get_cached_paths(self):
        """For the CDN purge (caching/purge.py): the library and its feed."""
        return ["/", "feed/"]

    def subscription_feeds(self, request):
        """For the Subscribe page (pages.models.SubscribePage): the library's feed."""
        url = self.get_url(request) + self.reverse_subpage(self.listing_feed_route)
        return [{"title": self.title, "url": absolute_url(url), "format": "RSS", "kind": "feed"}]

    @path("feed/")
    def feed_route(self, request):
        from ..feeds import ResourceFeed

        return ResourceFeed(self)(request)


class LibraryFeaturedResource(Orderable):
    library = ParentalKey(
        ResourceLibraryPage, on_delete=models.CASCADE, related_name="featured_resources"
    )
    resource = models.ForeignKey(
        "resources.ResourcePage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A resource to feature at the top of the library.",
    )

    panels = [PageChooserPanel("resource")]


class ResourcePage(ListingImageMixin, BasePage):
    summary = models.TextField(
        max_length=400, help_text="One or two sentences shown in the library list and in search."
    )
    date = models.DateField(
        "date",
        help_text="When the resource was published or last revised: shown under its title as "
        "“Published”, and used for sorting, the year filter and the feed.",
    )
    resource_type = models.ForeignKey(
        ResourceType,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_terms,
        help_text="What kind of resource this is (report, toolkit, webinar recording…).",
    )
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="resources",
        limit_choices_to=source_terms,
        help_text="Every topic or subtopic the resource covers. A resource tagged with a "
        "subtopic is also found under its main topic.",
    )
    audiences = ParentalManyToManyField(
        Audience,
        blank=True,
        related_name="resources",
        limit_choices_to=source_terms,
        help_text="Who the resource is for.",
    )
    external_url = models.URLField(
        "external link",
        blank=True,
        help_text="Optional: where the resource lives on another website.",
    )
    external_link_text = models.CharField(
        max_length=120,
        blank=True,
        help_text='Text for the external link, naming where it goes, e.g. "Read the report '
        'on ed.gov". Empty: "Open the resource on <site>" ("Visit <site>" for a home page).',
    )
    body = StreamField(
        BodyStreamBlock(), blank=True, help_text="Optional longer description of the resource."
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("resource_type"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Classification",
            help_text="Used by the library's filters.",
        ),
        InlinePanel(
            "documents",
            label="Download",
            heading="Downloads",
            help_text="Files visitors can download; their type and size are shown.",
        ),
        MultiFieldPanel(
            [FieldPanel("external_url"), FieldPanel("external_link_text")],
            heading="External link",
        ),
        FieldPanel("body"),
        InlinePanel(
            "related_resources",
            label="Related resource",
            heading="Related resources",
            help_text="Other resources to suggest at the end of the page.",
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        # Topics (with a subtopic's topic), audiences and the resource type, so a search for
        # one's name finds what is tagged with it, weighed like the summary (above a passing
        # mention in the body, below the title of a tool named for it).
        index.SearchField("taxonomy_names", boost=2),
        index.SearchField("document_titles"),
        index.FilterField("date"),
    ]
    parent_page_types = ["resources.ResourceLibraryPage"]
    subpage_types = []

    search_type_label = _("Resource")
    # The resource's own date (its publication or revision) is the one under its title.
    published_date_field = "date"

    class Meta:
        verbose_name = _("resource page")
        # The library lists the newest first (and the feed): a page of it reads 20 rows.
        indexes = [models.Index(fields=["-date"], name="resources_resource_date_idx")]

    def taxonomy_names(self):
        """Names of its topics (a subtopic with its topic), audiences and type, for search; on
        a page in another language than the source terms', their names in its language too
        (pages are tagged with the source terms), so a Spanish query for a topic finds it."""
        topics = list(self.topics.select_related("parent"))
        terms = [*topics, *(t.parent for t in topics if t.parent_id), *self.audiences.all()]
        if self.resource_type_id:
            terms.append(self.resource_type)
        names = [term.name for term in terms]
        if self.locale_id and page_language(self) != source_language():
            for model in (Topic, Audience, ResourceType):
                keys = [term.translation_key for term in terms if isinstance(term, model)]
                if keys:
                    translations = model.objects.filter(
                        translation_key__in=keys, locale_id=self.locale_id
                    )
                    names += translations.values_list("name", flat=True)
        return " ".join(dict.fromkeys(names))

    @property
    def external_link_label(self):
        """The editor's words for the external link, else where it goes ("Visit npr.org")."""
        return self.external_link_text or resource_link_text(self.external_url)

    def document_titles(self):
        return " ".join(item.display_title for item in self.get_documents())

    def get_documents(self):
        # Memoised: the page body and its JSON-LD both show them in one request.
        if not hasattr(self, "_documents"):
            self._documents = [
                item for item in self.documents.select_related("document") if item.document
            ]
        return self._documents

    @cached_property
    def topic_list(self):
        return list(Topic.objects.of(self.topics))

    @cached_property
    def audience_list(self):
        return list(Audience.objects.of(self.audiences))

    @cached_property
    def resource_type_term(self):
        """Its resource type, named in the visitor's language (see `with_resource_type`)."""
        if not self.resource_type_id:
            return None
        if hasattr(self, "resource_type_translated_name"):
            return named(self.resource_type, self.resource_type_translated_name)
        return ResourceType.objects.localized().filter(pk=self.resource_type_id).first()

    def get_related_resources(self):
        ids = [item.resource_id for item in self.related_resources.all()]
        by_id = (
            with_resource_type(visible_pages(ResourcePage.objects.filter(pk__in=ids)))
            .defer_streamfields()
            .in_bulk()
        )
        return [by_id[pk] for pk in ids if pk in by_id and pk != self.pk]

    @cached_property
    def library(self):
        parent = self.get_parent()
        return parent.specific if parent else None

    def get_json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "CreativeWork",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "datePublished": self.date.isoformat(),
        }
        if self.resource_type_term:
            data["genre"] = self.resource_type_term.display_name
        topics = [topic.display_name for topic in self.topic_list]
        if topics:
            data["about"] = topics
        audiences = [audience.display_name for audience in self.audience_list]
        if audiences:
            data["audience"] = [{"@type": "Audience", "audienceType": a} for a in audiences]
        documents = self.get_documents()
        if documents:
            data["encoding"] = [
                {
                    "@type": "MediaObject",
                    "name": item.display_title,
                    "contentUrl": absolute_url(item.document.url),
                    "encodingFormat": item.document.file_extension.upper(),
                }
                for item in documents
            ]
        if self.external_url:
            data["sameAs"] = self.external_url
        return data


class ResourceDocument(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="The file to download. Visitors see its type and size.",
    )
    title = models.CharField(
        max_length=200, blank=True, help_text="Leave blank to use the document's own title."
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    @property
    def display_title(self):
        return self.title or self.document.title


class RelatedResource(Orderable):
    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="related_resources")
    resource = models.ForeignKey(
        ResourcePage,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Another resource in the library.",
    )

    panels = [PageChooserPanel("resource")]
