"""The toolkit reader: a multi-page guide (the CNA and SDP toolkits).

GuidePage (the toolkit's front page) → GuideSectionPage (a step or section, may hold
chapters: more section pages) → GuideArticlePage (one article, its own address). Every page of
a toolkit shows the same side navigation of the whole toolkit (one query for the tree), the
current article marked and its sections open; Previous / Next walk the articles in reading
order (tree order) across sections; "Search this toolkit" is the guide page's list (a
ListingFilterSet keyword search over the toolkit's visible pages), shown in the toolkit's
layout.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.blocks import INLINE_RICH_TEXT_FEATURES, BodyStreamBlock
from pages.listing import KeywordFilter, ListingFilterSet, ListingPageMixin
from pages.mixins import BasePage
from pages.organization import publisher_json_ld
from pages.queries import visible_pages

from .tools import PublicationPage


@dataclass
class GuideEntry:
    """One page of a toolkit in its navigation: enough to link it, no specific fields."""

    page: Page
    url: str
    is_article: bool
    children: list = field(default_factory=list)
    current: bool = False
    open: bool = False
    number: str = ""

    @property
    def title(self):
        return self.page.title


class GuideTree:
    """The visible pages of one toolkit, in reading order, from one query."""

    def __init__(self, guide, request, current=None):
        self.guide = guide
        article_type = GuideArticlePage.content_type_id()
        pages = (
            visible_pages(Page.objects.descendant_of(guide))
            .order_by("path")
            .only("id", "title", "slug", "path", "depth", "url_path", "content_type_id")
        )
        self.entries = []
        self.top = []
        by_path = {}
        for page in pages:
            entry = GuideEntry(
                page=page,
                url=page.get_url(request),
                is_article=page.content_type_id == article_type,
            )
            parent = by_path.get(page.path[: -Page.steplen])
            if parent is not None:
                parent.children.append(entry)
            elif page.depth == guide.depth + 1:
                self.top.append(entry)
            else:
                continue  # below a hidden section: hidden too
            by_path[page.path] = entry
            self.entries.append(entry)
        number = 0
        for entry in self.top:
            if entry.children:
                number += 1
                entry.number = str(number)
        self.current_entry = None
        if current is not None:
            for entry in self.entries:
                if entry.page.pk == current.pk:
                    entry.current = True
                    self.current_entry = entry
                if current.path.startswith(entry.page.path):
                    entry.open = True
        self.articles = [entry for entry in self.entries if entry.is_article]

    def neighbours(self, page):
        """(previous, next) article around `page` in reading order; None at either end. For
        a section page, next is its first article."""
        before = [e for e in self.articles if e.page.path < page.path]
        after = [e for e in self.articles if e.page.path > page.path]
        return (before[-1] if before else None), (after[0] if after else None)


class GuideChildMixin:
    """What section and article pages share: they belong to the toolkit above them."""

    @cached_property
    def guide(self):
        return (
            GuidePage.objects.ancestor_of(self)
            .select_related("whole_download")
            .order_by("-depth")
            .first()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guide = self.guide
        if guide is not None:
            tree = GuideTree(guide, request, current=self)
            previous, following = tree.neighbours(self)
            context.update(
                guide=guide, guide_tree=tree, previous_entry=previous, next_entry=following
            )
        return context

    def learning_resource_json_ld(self, request, description):
        data = {
            "@context": "https://schema.org",
            "@type": "LearningResource",
            "name": self.title,
            "url": self.get_full_url(request),
            "description": description,
            "publisher": publisher_json_ld(),
            "learningResourceType": "toolkit article",
        }
        if self.guide is not None:
            data["isPartOf"] = {
                "@type": "LearningResource",
                "name": self.guide.title,
                "url": self.guide.get_full_url(request),
            }
        return data


class GuideFilters(ListingFilterSet):
    """ "Search this toolkit": keywords only, over the toolkit's visible pages."""

    q = KeywordFilter(method="search")

    def search(self, queryset, name, value):
        matches = Page.objects.live().filter(pk__in=list(queryset.values_list("pk", flat=True)))
        ids = [page.pk for page in matches.search(value, operator="and")]
        return queryset.filter(pk__in=ids)


class GuidePage(ListingPageMixin, PublicationPage):
    """A toolkit read article by article. Its children are sections (steps) and articles."""

    search_type_label = _("Toolkit")

    content_panels = [
        *BasePage.content_panels,
        *PublicationPage.about_panels("toolkit", full_document=False),
    ]
    subpage_types = ["resources.GuideSectionPage", "resources.GuideArticlePage"]

    # "Download the whole toolkit" (resources/guide_download.py): built from the live pages by
    # the scheduler process, never by editors; a publish inside the toolkit marks it stale.
    whole_download = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The whole toolkit as one PDF, generated from its live pages after each "
        "change (not editable).",
    )
    download_stale = models.BooleanField(
        default=True,
        editable=False,
        help_text="Set when a page of the toolkit is published, unpublished, moved or "
        "deleted; the scheduler then rebuilds the PDF.",
    )

    listing_filterset_class = GuideFilters
    listing_per_page = 20
    exclude_fields_in_copy = ["whole_download", "download_stale"]

    class Meta:
        verbose_name = _("toolkit guide page")

    def with_content_json(self, content):
        # The generated PDF belongs to the live page, not to the revision being published: read
        # from the database, as the scheduler may have replaced it since `self` was loaded.
        page = super().with_content_json(content)
        current = GuidePage.objects.filter(pk=self.pk).values("whole_download", "download_stale")
        for values in current:
            page.whole_download_id = values["whole_download"]
            page.download_stale = values["download_stale"]
        return page

    def get_listing_queryset(self, request):
        # Only a search lists pages; without keywords the page shows the contents instead.
        return (
            visible_pages(Page.objects.descendant_of(self))
            .order_by("path")
            .only("id", "title", "slug", "path", "depth", "url_path", "content_type_id")
        )

    def get_listing_context(self, request, listing):
        tree = GuideTree(self, request, current=self)
        first = tree.articles[0] if tree.articles else None
        return {"guide": self, "guide_tree": tree, "previous_entry": None, "next_entry": first}

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "LearningResource",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "publisher": publisher_json_ld(),
            "learningResourceType": "toolkit",
            "audience": {"@type": "EducationalAudience", "educationalRole": "MEP State staff"},
            **({"version": self.revision_note} if self.revision_note else {}),
        }


class GuideSectionPage(GuideChildMixin, BasePage):
    """A section (step) of a toolkit, e.g. "Step 1: Preliminary Work"; lists its articles."""

    search_type_label = _("Toolkit section")

    intro = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="A sentence or two on what this section covers, above its list of articles.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["resources.GuidePage", "resources.GuideSectionPage"]
    subpage_types = ["resources.GuideSectionPage", "resources.GuideArticlePage"]
    summary_field = "intro"

    class Meta:
        verbose_name = _("toolkit section page")

    def get_json_ld(self, request):
        return self.learning_resource_json_ld(request, self.get_meta_description())


class GuideArticlePage(GuideChildMixin, BasePage):
    """One article of a toolkit, with its own address."""

    search_type_label = _("Toolkit article")

    summary = models.TextField(
        max_length=400,
        blank=True,
        help_text="One or two sentences for search results (inside the toolkit and site-wide).",
    )
    body = StreamField(BodyStreamBlock(), blank=True, help_text="The article's text.")

    content_panels = [*BasePage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]
    parent_page_types = ["resources.GuidePage", "resources.GuideSectionPage"]
    subpage_types = []
    summary_field = "summary"

    class Meta:
        verbose_name = _("toolkit article page")

    @classmethod
    def content_type_id(cls):
        return ContentType.objects.get_for_model(cls).pk

    def get_json_ld(self, request):
        return self.learning_resource_json_ld(request, self.get_meta_description())
