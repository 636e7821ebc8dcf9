"""Updates (news from OME and RESULTS), and stories: press articles and PASS spotlights."""

import datetime

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from caching.render_cache import cached_value
from caching.tags import PAGES
from pages.addresses import absolute_url
from pages.blocks import INLINE_RICH_TEXT_FEATURES, BodyStreamBlock, CallToActionBlock
from pages.external import article_link_text
from pages.listing import (
    ListingChoiceFilter,
    ListingFilterSet,
    ListingPageMixin,
    YearFilter,
)
from pages.mixins import BasePage, ListingImageMixin
from pages.models import StateProgram, SubscribePage
from pages.organization import site_json_ld
from pages.queries import listed_pages, visible_pages, within_section
from pages.translatable import source_rows

UPDATES_PER_PAGE = 10


def subscribe_url(request):
    """The Subscribe page in the visitor's language (kept in the value cache), or ""."""
    page = listed_pages(SubscribePage.objects.all()).first()
    return page.get_url(request) if page else ""


STORIES_PER_PAGE = 10


class UpdateCategory(models.TextChoices):
    ANNOUNCEMENT = "announcement", _("Announcement")
    PUBLICATION = "publication", _("Publication")
    WEBINAR = "webinar", _("Webinar")
    MEETING = "meeting", _("Meeting")
    POLICY = "policy", _("Policy")


# Updates ---------------------------------------------------------------------------------


class UpdateFilters(ListingFilterSet):
    category = ListingChoiceFilter(
        label=_("Category"), choices=UpdateCategory.choices, empty_label=_("All categories")
    )
    year = YearFilter("date", label=_("Year"), empty_label=_("All years"))


class UpdateIndexPage(ListingPageMixin, BasePage):
    """/updates/: every update, newest first, with category and year filters and feeds."""

    intro = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="A sentence or two above the list of updates.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["updates.UpdatePage"]
    summary_field = "intro"
    # One per parent: each language has its own home page (and tree below it).
    max_count_per_parent = 1

    listing_filterset_class = UpdateFilters
    listing_model = "updates.UpdatePage"
    listing_per_page = UPDATES_PER_PAGE

    search_type_label = _("Updates")

    class Meta:
        verbose_name = _("updates list")

    def updates(self):
        return listed_pages(within_section(UpdatePage.objects.all(), self))

    def get_listing_queryset(self, request):
        return self.updates().defer_streamfields().order_by("-date", "-first_published_at")

    def get_listing_feed_url(self, request, listing):
        # The feeds are by category only (…/category/<category>/feed/), not by year.
        category = listing.active.get("category")
        return self.feed_url(listing.base_url, category.value if category else "")

    def get_listing_context(self, request, listing):
        category = listing.active.get("category")
        feed_category = category.value if category else ""
        return {
            "feed_category": feed_category,
            "feed_category_label": category.label.lower() if category else "",
            "rss_url": self.feed_url(listing.base_url, feed_category, "rss"),
            "atom_url": self.feed_url(listing.base_url, feed_category, "atom"),
            "subscribe_url": cached_value(
                request, "subscribe-url", [], lambda: subscribe_url(request), tags=[PAGES]
            ),
        }

    def feed_url(self, base_url, category="", kind="rss"):
        """A feed of this list; `base_url` is the list's URL (the caller has it already)."""
        prefix = f"category/{category}/" if category else ""
        return f"{base_url}{prefix}{'feed' if kind == 'rss' else 'atom'}/"

    def subscription_feeds(self, request):
        """For the Subscribe page (pages.models.SubscribePage): every feed of this list."""
        base_url = self.get_url(request)
        feeds = [
            {"title": self.title, "url": absolute_url(self.feed_url(base_url, kind=kind)),
             "format": label, "kind": "feed"}
            for kind, label in (("rss", "RSS"), ("atom", "Atom"))
        ]  # fmt: skip
        for category in UpdateCategory:
            feeds.append(
                {
                    "title": f"{self.title}: {category.label}",
                    "url": absolute_url(self.feed_url(base_url, category.value)),
                    "format": "RSS",
                    "kind": "feed",
                }
            )
        return feeds

    def get_cached_paths(self):
        """For the CDN purge (caching/purge.py): the list and every feed of it."""
        feeds = [
            f"category/{category}/{kind}/"
            for category in UpdateCategory.values
            for kind in ("feed", "atom")
        ]
        return ["/", "feed/", "atom/", *feeds]

    @path("feed/", name="feed_rss")
    @path("atom/", name="feed_atom")
    @re_path(r"^category/(?P<category>[a-z]+)/feed/$", name="category_feed_rss")
    @re_path(r"^category/(?P<category>[a-z]+)/atom/$", name="category_feed_atom")
    def feed_route(self, request, category=""):
        from .feeds import AtomUpdatesFeed, UpdatesFeed

        if category and category not in UpdateCategory.values:
            raise Http404("No such category")
        atom = request.path.endswith("/atom/")
        feed = AtomUpdatesFeed() if atom else UpdatesFeed()
        return feed(request, index=self, category=category)


class UpdatePage(ListingImageMixin, BasePage):
    """One update: an announcement, publication, webinar, meeting or policy news item."""

    date = models.DateField(
        "publication date",
        default=datetime.date.today,
        help_text="The date shown on the update. Lists and feeds are ordered by it, newest "
        "first. To publish later, schedule it instead: the Status icon (i) at the top right, "
        "then 'Set schedule' and 'Go live date/time (ET)'.",
    )
    date_is_sample = models.BooleanField(
        default=False,
        help_text='Tick while the date is a placeholder: the site then labels it "Sample date".',
    )
    category = models.CharField(
        max_length=20,
        choices=UpdateCategory.choices,
        default=UpdateCategory.ANNOUNCEMENT,
        help_text="Visitors can filter the updates list and subscribe to a feed by category.",
    )
    summary = models.TextField(
        max_length=600,
        help_text="One to three sentences shown in lists, on the home page and in feeds.",
    )
    body = StreamField(
        BodyStreamBlock(), blank=True, help_text="The full update. Leave empty for short news."
    )
    calls_to_action = StreamField(
        [("link", CallToActionBlock())],
        blank=True,
        help_text='Prominent links under the update, e.g. "View the Interactive ID&R Manual".',
    )
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional: an event, resource or other page this update is about.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("category")], heading="Date and category"),
        FieldPanel("date_is_sample"),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("calls_to_action"),
                FieldPanel("related_page"),
                InlinePanel(
                    "related_documents",
                    label="Download",
                    heading="Downloads",
                    help_text="Files visitors can download from the update, in this order; "
                    "their type and size are shown.",
                ),
            ],
            heading="Links and downloads",
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("date"),
    ]
    parent_page_types = ["updates.UpdateIndexPage"]
    subpage_types = []

    search_type_label = _("Update")
    # The update's date is its publication date, under the title as in its list and feeds.
    published_date_field = "date"

    class Meta:
        verbose_name = _("update")
        # Lists, the home page and feeds show the newest first: with this index a page of
        # the list reads ten rows, not every update (docs/benchmarks.md).
        indexes = [models.Index(fields=["-date"], name="updates_update_date_idx")]

    @property
    def category_label(self):
        return UpdateCategory(self.category).label if self.category else ""

    def visible_related_page(self):
        if not self.related_page_id:
            return None
        from wagtail.models import Page

        return visible_pages(Page.objects.filter(pk=self.related_page_id)).specific().first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.visible_related_page()
        context["documents"] = [
            item.document
            for item in self.related_documents.select_related("document")
            if item.document
        ]
        index_page = self.get_parent().specific
        context["index_page"] = index_page
        return context

    def get_json_ld(self, request):
        data = self.article_json_ld(request, schema_type="NewsArticle", date=self.date)
        data["articleSection"] = self.category_label
        data["publisher"] = data["author"] = site_json_ld(request)
        if self.last_published_at:
            data["dateModified"] = timezone.localtime(self.last_published_at).isoformat()
        return data


class UpdateRelatedDocument(Orderable):
    page = ParentalKey(UpdatePage, on_delete=models.CASCADE, related_name="related_documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A download for this update; visitors see its file type and size.",
    )

    panels = [FieldPanel("document")]


# Stories: press articles and PASS spotlights ---------------------------------------------


class StoryKind(models.TextChoices):
    ARTICLE = "article", _("Articles")
    SPOTLIGHT = "spotlight", _("PASS spotlights")
    STUDENT = "student", _("Student stories")


class StoryFocus(models.TextChoices):
    STUDENT_SUCCESS = "student-success", _("Student success")
    FAMILY_ENGAGEMENT = "family-engagement", _("Family engagement")
    IDENTIFICATION = "identification-recruitment", _("Identification and recruitment")
    COORDINATION = "coordination", _("Coordination between States")
    PROGRAM_PRACTICE = "program-practice", _("Program practice")


class StoryAudience(models.TextChoices):
    STUDENTS = "students", _("Migrant students")
    FAMILIES = "families", _("Families")
    MEP_STAFF = "mep-staff", _("MEP staff")
    EDUCATORS = "educators", _("Teachers and schools")
    RECRUITERS = "recruiters", _("Recruiters")


class StoryFilters(ListingFilterSet):
    kind = ListingChoiceFilter(
        label=_("Kind of story"),
        choices=StoryKind.choices,
        method="filter_kind",
        empty_label=_("All stories"),
    )
    year = YearFilter("date", label=_("Year"), empty_label=_("All years"))
    focus = ListingChoiceFilter(
        label=_("Focus"), choices=StoryFocus.choices, empty_label=_("Any focus")
    )
    audience = ListingChoiceFilter(
        label=_("Target audience"), choices=StoryAudience.choices, empty_label=_("Any audience")
    )
    state = ListingChoiceFilter(
        "state_program__code",
        label=_("State"),
        choices="state_choices",
        empty_label=_("Any State"),
    )

    def filter_kind(self, queryset, name, value):
        model = {
            StoryKind.ARTICLE: ArticlePage,
            StoryKind.SPOTLIGHT: SpotlightPage,
            StoryKind.STUDENT: StudentStoryPage,
        }[value]
        return queryset.type(model)

    def state_choices(self):
        """The States that the stories visitors can see are about, named in the visitor's
        language (one query)."""
        chosen = StateProgram.objects.filter(
            pk__in=listed_pages(StoryPage.objects.filter(state_program__isnull=False)).values(
                "state_program"
            )
        )
        states = (
            StateProgram.objects.filter(translation_key__in=chosen.values("translation_key"))
            .localized()
            .order_by("name")
        )
        return [(state.code, state.name) for state in states]


class StoryIndexPage(ListingPageMixin, BasePage):
    """/news-stories/: press coverage and PASS spotlights, newest first."""

    intro = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="A sentence or two above the list of stories.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["updates.ArticlePage", "updates.SpotlightPage", "updates.StudentStoryPage"]
    summary_field = "intro"
    # One per parent: each language has its own home page (and tree below it).
    max_count_per_parent = 1

    listing_filterset_class = StoryFilters
    listing_per_page = STORIES_PER_PAGE

    search_type_label = _("News and stories")

    class Meta:
        verbose_name = _("news and stories list")

    def get_listing_queryset(self, request):
        return (
            listed_pages(within_section(StoryPage.objects.all(), self))
            .defer_streamfields()
            .select_related("listing_image")
            .prefetch_related("listing_image__renditions")
            .order_by("-date", "-first_published_at")
        )


class StoryPage(ListingImageMixin, BasePage):
    """What articles and spotlights share, so one query lists and orders both."""

    date = models.DateField(
        default=datetime.date.today,
        help_text="The story's date: for an article, the day it was published.",
    )
    date_is_sample = models.BooleanField(
        default=False,
        help_text='Tick while the date is a placeholder: the site then labels it "Sample date".',
    )
    summary = models.TextField(
        max_length=800, help_text="Two or three sentences for cards, lists and search results."
    )
    focus = models.CharField(
        max_length=40,
        blank=True,
        choices=StoryFocus.choices,
        help_text="What the story is mainly about; visitors can filter the stories by it.",
    )
    audience = models.CharField(
        "target audience group",
        max_length=40,
        blank=True,
        choices=StoryAudience.choices,
        help_text="The main group the story is written for, for the audience filter.",
    )
    target_audience = models.CharField(
        max_length=200,
        blank=True,
        help_text='The audience in your words, shown on the page, e.g. "Middle school migrant '
        'students, MEP staff".',
    )
    synopsis = models.TextField(
        max_length=800, blank=True, help_text="A short account of the story, shown above it."
    )
    state_program = models.ForeignKey(
        StateProgram,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="State",
        limit_choices_to=source_rows,
        help_text="The State the story comes from, for the State filter (also put it in the "
        'title, e.g. "Juan\'s Story (PA)"). Spanish pages name it in Spanish.',
    )

    is_creatable = False
    parent_page_types = ["updates.StoryIndexPage"]
    # The story's date is the one under its title, as in the stories list.
    published_date_field = "date"
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("synopsis"),
        index.SearchField("target_audience"),
    ]
    # The image is edited with the story (content_panels), not under Promote.
    promote_panels = BasePage.promote_panels
    date_panel = FieldRowPanel([FieldPanel("date"), FieldPanel("date_is_sample")])
    facts_panel = MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("focus"), FieldPanel("audience")]),
            FieldPanel("target_audience"),
            FieldPanel("state_program"),
            FieldPanel("synopsis"),
        ],
        heading="Focus, audience, State and synopsis",
    )

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        indexes = [models.Index(fields=["-date"], name="updates_story_date_idx")]

    @cached_property
    def kind_label(self):
        if self.specific_class is ArticlePage:
            return pgettext_lazy("kind of story", "Article")
        if self.specific_class is StudentStoryPage:
            return _("Student story")
        return _("PASS spotlight")

    @property
    def focus_label(self):
        return self.get_focus_display() if self.focus else ""

    @cached_property
    def state_in_visitor_language(self):
        """The story's State in the visitor's language, or its English row (then
        `display_lang` says so) where it has no translation yet; one query."""
        if self.state_program_id is None:
            return None
        same_state = StateProgram.objects.filter(pk=self.state_program_id)
        return (
            StateProgram.objects.filter(translation_key__in=same_state.values("translation_key"))
            .localized()
            .first()
        )

    @cached_property
    def link_text(self):
        return _("Read the article") if self.specific_class is ArticlePage else _("Read more")

    @staticmethod
    def story_panels(about, *, image_heading, extra=()):
        """A story's editor: what it is about (a MultiFieldPanel), its summary and image, then
        `extra` fields and the body."""
        return [
            *BasePage.content_panels,
            about,
            FieldPanel("summary"),
            StoryPage.facts_panel,
            FieldPanel("listing_image", heading=image_heading),
            *extra,
            FieldPanel("body"),
        ]


class ArticlePage(StoryPage):
    """Press coverage of migrant education elsewhere, with its citation and a link out."""

    headline = models.CharField(
        max_length=300, help_text="The article's own headline, as the publication printed it."
    )
    publication = models.CharField(
        max_length=200, help_text='Who published it, e.g. "National Public Radio (NPR)".'
    )
    author = models.CharField(max_length=200, blank=True, help_text="The article's author(s).")
    citation = models.TextField(
        max_length=600,
        help_text="The full citation, e.g. Author. “Headline.” Publication, 29 August 2018.",
    )
    external_url = models.URLField(
        max_length=500, help_text="The article on the publication's website."
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        help_text="Optional: why the article matters to the MEP community.",
    )

    content_panels = StoryPage.story_panels(
        MultiFieldPanel(
            [
                FieldPanel("headline"),
                FieldPanel("publication"),
                FieldPanel("author"),
                StoryPage.date_panel,
                FieldPanel("citation"),
                FieldPanel("external_url"),
            ],
            heading="The article",
        ),
        image_heading="Image",
    )
    search_fields = [
        *StoryPage.search_fields,
        index.SearchField("headline"),
        index.SearchField("publication"),
        index.SearchField("author"),
    ]

    search_type_label = _("News article")

    @property
    def external_link_text(self):
        """The button's words: where it goes ("Read the article on npr.org")."""
        return article_link_text(self.external_url, self.publication)

    class Meta:
        verbose_name = _("press article")

    def get_json_ld(self, request):
        # The article as its publication printed it, at its own address.
        data = self.article_json_ld(
            request,
            schema_type="NewsArticle",
            headline=self.headline,
            url=self.external_url,
            date=self.date,
        )
        data["publisher"] = {"@type": "Organization", "name": self.publication}
        if self.author:
            data["author"] = {"@type": "Person", "name": self.author}
        return data


class SpotlightPage(StoryPage):
    """A PASS (Portable Assisted Study Sequence) student spotlight."""

    student_name = models.CharField(max_length=200, help_text="The student's name.")
    state = models.CharField(
        max_length=60, help_text='The student\'s state, written out, e.g. "North Dakota".'
    )
    award_year = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        help_text="The year of the award, e.g. 2017 for the 2017 PASS Student of the Year.",
    )
    quote = models.TextField(
        blank=True, help_text="A quotation from the student, without quotation marks."
    )
    quote_attribution = models.CharField(
        max_length=200,
        blank=True,
        help_text="Who said it, shown under the quote; leave blank for the student's name.",
    )
    body = StreamField(BodyStreamBlock(), blank=True, help_text="The student's story.")

    content_panels = StoryPage.story_panels(
        MultiFieldPanel(
            [
                FieldPanel("student_name"),
                FieldRowPanel([FieldPanel("state"), FieldPanel("award_year")]),
                StoryPage.date_panel,
            ],
            heading="The student",
        ),
        image_heading="Photo",
        extra=[FieldPanel("quote"), FieldPanel("quote_attribution")],
    )
    search_fields = [
        *StoryPage.search_fields,
        index.SearchField("student_name"),
        index.SearchField("quote"),
        index.SearchField("body"),
    ]

    search_type_label = _("PASS spotlight")

    class Meta:
        verbose_name = _("PASS spotlight")

    def get_json_ld(self, request):
        data = self.article_json_ld(request, date=self.date)
        data["about"] = {"@type": "Person", "name": self.student_name}
        data["publisher"] = data["author"] = site_json_ld(request)
        return data


class StudentStoryPage(StoryPage):
    """A migrant student's story told by the program (e.g. "Juan's Story (PA)"), with a pull
    quote."""

    search_type_label = _("Student story")

    student_name = models.CharField(
        max_length=200, help_text="The student's first name, as the story names them."
    )
    quote = models.TextField(blank=True, help_text="The pull quote, without quotation marks.")
    quote_attribution = models.CharField(
        max_length=200,
        blank=True,
        help_text='Who said it, e.g. "Juan, a former migrant student"; blank: the student.',
    )
    body = StreamField(BodyStreamBlock(), blank=True, help_text="The story.")

    content_panels = StoryPage.story_panels(
        MultiFieldPanel(
            [FieldPanel("student_name"), StoryPage.date_panel],
            heading="The student",
        ),
        image_heading="Photo",
        extra=[FieldPanel("quote"), FieldPanel("quote_attribution")],
    )
    search_fields = [
        *StoryPage.search_fields,
        index.SearchField("student_name"),
        index.SearchField("quote"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("student story")

    def get_json_ld(self, request):
        data = self.article_json_ld(request, date=self.date)
        data["publisher"] = data["author"] = site_json_ld(request)
        return data
