"""The Resource Library: an index page with featured resources, filters, search and a feed,
and the resource pages under it."""

from django import forms
from django.db import models
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from pages.addresses import absolute_url
from pages.blocks import INLINE_RICH_TEXT_FEATURES, BodyStreamBlock
from pages.listing import Choice, Listing, ListingFilter, SortOption, year_choices
from pages.mixins import BasePage, ListingImageMixin
from pages.queries import listed_pages, visible_pages, within_section

from .taxonomy import Audience, ResourceType, Topic

PER_PAGE = 20
FEED_LENGTH = 20

SORT_OPTIONS = [
    SortOption("newest", _("Newest first"), ["-date", "title"]),
    SortOption("title", _("Title (A–Z)"), ["title", "-date"]),
]


def search_resources(queryset, text):
    """Keep the resources whose indexed text (title, summary, body, topics, documents) matches,
    using Wagtail search so PostgreSQL full-text search is used on PostgreSQL."""
    matches = ResourcePage.objects.defer_streamfields().search(text, operator="and")
    return queryset.filter(pk__in=[page.pk for page in matches])


class ResourceLibraryPage(RoutablePageMixin, BasePage):
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
    subpage_types = ["resources.ResourcePage"]
    # One per parent: each language has its own home page (and tree below it).
    max_count_per_parent = 1
    summary_field = "intro"

    class Meta:
        verbose_name = _("resource library page")

    # Listing ------------------------------------------------------------------------------

    def visible_resources(self):
        """The resources the public may see. Build it once per request and pass it on: each
        call checks the view restrictions with a query."""
        return listed_pages(
            within_section(ResourcePage.objects.all(), self, descendants=True)
        ).defer_streamfields()

    def filters(self, visible):
        return [
            ListingFilter(
                "topic",
                _("Topic"),
                lambda: [
                    Choice(t.slug, f"— {t.name}" if t.is_subtopic else t.name)
                    for t in Topic.ordered()
                ],
                lambda qs, value: qs.filter(
                    pk__in=ResourcePage.topics.through.objects.filter(
                        Topic.q_for(value, "topic")
                    ).values("resourcepage_id")
                ),
                any_label=_("Any topic"),
            ),
            ListingFilter(
                "type",
                _("Resource type"),
                lambda: [Choice(t.slug, t.name) for t in ResourceType.objects.all()],
                lambda qs, value: qs.filter(resource_type__slug=value),
                any_label=_("Any type"),
            ),
            ListingFilter(
                "audience",
                _("Audience"),
                lambda: [Choice(a.slug, a.name) for a in Audience.objects.all()],
                lambda qs, value: qs.filter(
                    pk__in=ResourcePage.audiences.through.objects.filter(
                        audience__slug=value
                    ).values("resourcepage_id")
                ),
                any_label=_("Any audience"),
            ),
            ListingFilter(
                "year",
                _("Year"),
                lambda: year_choices(visible, "date"),
                lambda qs, value: qs.filter(date__year=int(value)),
                any_label=_("Any year"),
            ),
        ]

    def get_listing(self, request, visible=None):
        visible = self.visible_resources() if visible is None else visible
        return Listing(
            request,
            visible.select_related("resource_type").prefetch_related("topics"),
            filters=self.filters(visible),
            per_page=PER_PAGE,
            sort_options=SORT_OPTIONS,
            search=search_resources,
            base_url=self.get_url(request),
        )

    def get_featured_resources(self, visible=None):
        """The editor's featured resources the public may see, in the editor's order."""
        visible = self.visible_resources() if visible is None else visible
        ids = [item.resource_id for item in self.featured_resources.all()]
        by_id = (
            visible.filter(pk__in=ids)
            .select_related("resource_type", "listing_image")
            .prefetch_related("listing_image__renditions")
            .in_bulk()
        )
        return [by_id[pk] for pk in ids if pk in by_id]

    @path("")
    def index_route(self, request):
        visible = self.visible_resources()
        listing = self.get_listing(request, visible)
        context = self.get_context(request)
        context["listing"] = listing
        context["feed_url"] = listing.feed_url(self.get_url(request) + "feed/")
        show_featured = listing.page.number == 1 and not listing.is_filtered
        # Lazy: looked up only when the template shows them, not when its cached fragment does.
        context["featured"] = (
            SimpleLazyObject(lambda: self.get_featured_resources(visible)) if show_featured else []
        )
        return render(request, self.get_template(request), context)

    def get_cached_paths(self):
        """For the CDN purge (caching/purge.py): the library and its feed."""
        return ["/", "feed/"]

    @path("feed/")
    def feed_route(self, request):
        from ..feeds import ResourceFeed

        return ResourceFeed(self)(request)

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "CollectionPage",
            "name": self.title,
            "url": self.get_full_url(request),
            "description": self.get_meta_description(),
        }


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
        help_text="When the resource was published or last revised; used for sorting, the "
        "year filter and the feed.",
    )
    resource_type = models.ForeignKey(
        ResourceType,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="What kind of resource this is (report, toolkit, webinar recording…).",
    )
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="resources",
        help_text="Every topic or subtopic the resource covers. A resource tagged with a "
        "subtopic is also found under its main topic.",
    )
    audiences = ParentalManyToManyField(
        Audience, blank=True, related_name="resources", help_text="Who the resource is for."
    )
    external_url = models.URLField(
        "external link",
        blank=True,
        help_text="Optional: where the resource lives on another website.",
    )
    external_link_text = models.CharField(
        max_length=120,
        blank=True,
        help_text='Text for the external link, e.g. "Visit the website". Defaults to '
        '"Go to the resource".',
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
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("resource_type", [index.SearchField("name")]),
        index.SearchField("document_titles"),
        index.FilterField("date"),
    ]
    parent_page_types = ["resources.ResourceLibraryPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource page")
        # The library lists the newest first (and the feed): a page of it reads 20 rows.
        indexes = [models.Index(fields=["-date"], name="resources_resource_date_idx")]

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
        return list(self.topics.all())

    @cached_property
    def audience_list(self):
        return list(self.audiences.all())

    def get_related_resources(self):
        ids = [item.resource_id for item in self.related_resources.all()]
        by_id = (
            visible_pages(ResourcePage.objects.filter(pk__in=ids))
            .defer_streamfields()
            .select_related("resource_type")
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
        if self.resource_type_id:
            data["genre"] = self.resource_type.name
        topics = [topic.name for topic in self.topic_list]
        if topics:
            data["about"] = topics
        audiences = [audience.name for audience in self.audience_list]
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
