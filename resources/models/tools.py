"""Tools & Curriculum: toolkits (nested sections with downloads and a table of contents, e.g.
the National ID&R Manual) and curricula (an ordered table of training modules)."""

from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from pages.blocks import RICH_TEXT_FEATURES, DocumentLinkBlock
from pages.listing import ListingChoiceFilter, ListingFilterSet, ListingPageMixin
from pages.mixins import BasePage, ListingImageMixin
from pages.organization import publisher_json_ld
from pages.queries import visible_pages

from .lessons import CurriculumLessonPage
from .taxonomy import Audience, Topic, named, source_terms

SUBSECTION_SAMPLE = {
    "title": "Sample subsection: Preliminary Work",
    "body": "<p>Sample text: what this part of the toolkit covers.</p>",
}


class SubsectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, help_text="The subsection heading.")
    body = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, required=False, help_text="The subsection text."
    )
    downloads = blocks.ListBlock(DocumentLinkBlock(), default=[], help_text="Files for this part.")

    class Meta:
        icon = "doc-empty"
        description = "A part of a toolkit section, listed in the contents."
        preview_value = SUBSECTION_SAMPLE


class ToolkitSectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=200, help_text="The section (chapter) heading, listed in the contents."
    )
    body = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES, required=False, help_text="The section's introduction."
    )
    downloads = blocks.ListBlock(
        DocumentLinkBlock(),
        default=[],
        help_text="Files for the whole section (e.g. the chapter PDF).",
    )
    subsections = blocks.ListBlock(
        SubsectionBlock(), default=[], help_text="Parts of the section, listed in the contents."
    )

    class Meta:
        icon = "folder-open-inverse"
        description = "A chapter of the toolkit, with its downloads and subsections."
        preview_value = {
            "title": "Sample section: the CNA process",
            "body": "<p>Sample text: the section's introduction.</p>",
            "subsections": [SUBSECTION_SAMPLE],
        }


class PublicationPage(ListingImageMixin, BasePage):
    """What toolkits and curricula share: a summary, the edition, other search words, an
    introduction and the whole publication as one file (resources/includes/publication_head.html
    shows them above each page's own contents)."""

    summary = models.TextField(
        max_length=400, help_text="One or two sentences for listings and search results."
    )
    revision_note = models.CharField(
        max_length=200,
        blank=True,
        help_text='Which edition this is, e.g. "Revised fall 2017 to reflect the Every '
        'Student Succeeds Act (ESSA)".',
    )
    search_terms = models.CharField(
        max_length=255,
        blank=True,
        help_text="Other words people use to look for it (abbreviations, old names), e.g. "
        '"IDR manual identification recruitment". Not shown on the page.',
    )
    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Shown above the contents (a toolkit's sections, a curriculum's modules).",
    )
    full_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional: the complete publication as one file.",
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("title", boost=5),
        index.SearchField("search_terms", boost=5),
        index.SearchField("summary", boost=2),
        index.SearchField("revision_note"),
        index.SearchField("intro"),
    ]
    parent_page_types = ["pages.StandardPage", "pages.HomePage"]
    subpage_types = []

    class Meta:
        abstract = True

    @staticmethod
    def about_panels(noun, full_document=True):
        """The shared fields' panels, headed "About this <noun>" (without the complete-file
        upload for a toolkit guide, whose whole download is generated from its pages)."""
        panels = [
            MultiFieldPanel(
                [FieldPanel("summary"), FieldPanel("revision_note"), FieldPanel("search_terms")],
                heading=f"About this {noun}",
            ),
            FieldPanel("intro"),
        ]
        if full_document:
            panels.append(FieldPanel("full_document"))
        return panels


class ToolkitPage(PublicationPage):
    sections = StreamField(
        [("section", ToolkitSectionBlock())],
        blank=True,
        help_text="The toolkit's sections in order; each may have subsections and downloads. "
        "The table of contents is built from their titles.",
    )

    content_panels = [
        *BasePage.content_panels,
        *PublicationPage.about_panels("toolkit"),
        FieldPanel("sections"),
    ]
    search_fields = [
        *PublicationPage.search_fields,
        # Section and subsection titles only: the full chapter text would drown the
        # toolkit's name in a long document and push it down the results.
        index.SearchField("section_titles"),
    ]

    search_type_label = _("Toolkit")

    class Meta:
        verbose_name = _("toolkit page")

    def section_titles(self):
        return " ".join(
            title
            for entry in self.table_of_contents
            for title in [entry["value"]["title"]]
            + [sub["value"]["title"] for sub in entry["subsections"]]
        )

    @cached_property
    def table_of_contents(self):
        """Sections and subsections with stable anchors, in page order. The template renders
        the contents and the sections from this one list, so links always match."""
        used = set()

        def anchor(prefix, title):
            base = f"{prefix}-{slugify(title)[:60]}".rstrip("-")
            candidate, n = base, 2
            while candidate in used:
                candidate, n = f"{base}-{n}", n + 1
            used.add(candidate)
            return candidate

        contents = []
        for number, block in enumerate(self.sections, start=1):
            value = block.value
            contents.append(
                {
                    "number": number,
                    "anchor": anchor(f"section-{number}", value["title"]),
                    "value": value,
                    "subsections": [
                        {
                            "number": f"{number}.{sub_number}",
                            "anchor": anchor(f"section-{number}-{sub_number}", sub["title"]),
                            "value": sub,
                        }
                        for sub_number, sub in enumerate(value["subsections"], start=1)
                    ],
                }
            )
        return contents

    def get_json_ld(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "Book",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "publisher": publisher_json_ld(),
            "hasPart": [
                {"@type": "Chapter", "name": entry["value"]["title"], "position": entry["number"]}
                for entry in self.table_of_contents
            ],
        }
        if self.revision_note:
            data["version"] = self.revision_note
        return data


LEVEL_CHOICES = [
    ("introductory", _("Introductory")),
    ("intermediate", _("Intermediate")),
    ("advanced", _("Advanced")),
]


class CurriculumModuleFilters(ListingFilterSet):
    """Filters of one curriculum's modules (the list's queryset): only the topics and
    audiences its modules have."""

    topic = ListingChoiceFilter(
        label=_("Topic"), choices="topic_choices", method="filter_topic", empty_label=_("Any topic")
    )
    audience = ListingChoiceFilter(
        "audience__slug",
        label=_("Audience"),
        choices="audience_choices",
        empty_label=_("Any audience"),
    )
    level = ListingChoiceFilter(label=_("Level"), choices=LEVEL_CHOICES, empty_label=_("Any level"))

    def topic_choices(self):
        # A module tagged with a subtopic is found under its main topic too (one query).
        module_topics = self.queryset.values("topic_id")
        used = set(
            Topic.objects.filter(
                Q(pk__in=module_topics) | Q(subtopics__in=module_topics)
            ).values_list("pk", flat=True)
        )
        return [
            (t.slug, f"— {t.display_name}" if t.is_subtopic else t.display_name)
            for t in Topic.ordered()
            if t.pk in used
        ]

    def audience_choices(self):
        audiences = Audience.objects.localized().filter(pk__in=self.queryset.values("audience_id"))
        return [(a.slug, a.display_name) for a in audiences]

    def filter_topic(self, queryset, name, value):
        return queryset.filter(Topic.q_for(value, "topic"))


class CurriculumPage(ListingPageMixin, PublicationPage):
    content_panels = [
        *BasePage.content_panels,
        *PublicationPage.about_panels("curriculum"),
        InlinePanel(
            "modules",
            label="Module",
            heading="Modules",
            help_text="The training modules, in the order they are taught.",
        ),
    ]
    search_fields = [
        *PublicationPage.search_fields,
        index.RelatedFields(
            "modules", [index.SearchField("title"), index.SearchField("objective")]
        ),
    ]

    listing_filterset_class = CurriculumModuleFilters
    # Every module on one page: a curriculum has a dozen or so.
    listing_per_page = 100
    subpage_types = ["resources.CurriculumLessonPage"]

    search_type_label = _("Curriculum")

    class Meta:
        verbose_name = _("curriculum page")

    def get_listing_queryset(self, request):
        return (
            self.modules.select_related("audience", "document")
            .annotate(
                audience_translated_name=Audience.objects.translated_name(
                    "audience__translation_key"
                )
            )
            .order_by("sort_order")
        )

    def get_listing_context(self, request, listing):
        """Each module row links its lessons' trainer view (one query for all lessons)."""
        lessons = {}
        for lesson in (
            visible_pages(CurriculumLessonPage.objects.child_of(self))
            .order_by("code")
            .defer_streamfields()
        ):
            lessons.setdefault(lesson.module_number, []).append(lesson)
        modules = list(listing.items)
        for module in modules:
            module.lessons = lessons.get(module.module, [])
        return {"modules": modules}

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "Course",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "provider": publisher_json_ld(),
            "hasPart": [
                {
                    "@type": "LearningResource",
                    "name": module.title,
                    "position": position,
                    "educationalLevel": module.get_level_display(),
                    "teaches": module.objective,
                    **({"timeRequired": module.training_time} if module.training_time else {}),
                }
                for position, module in enumerate(self.modules.order_by("sort_order"), start=1)
            ],
        }


class CurriculumModule(Orderable):
    page = ParentalKey(CurriculumPage, on_delete=models.CASCADE, related_name="modules")
    module = models.CharField(
        "module number", max_length=20, help_text='The module\'s number or code, e.g. "3".'
    )
    level = models.CharField(
        max_length=20,
        choices=LEVEL_CHOICES,
        default="introductory",
        help_text="How much experience the module assumes.",
    )
    title = models.CharField(max_length=200, help_text="The module's title.")
    objective = models.TextField(help_text="What participants can do after the module.")
    training_time = models.CharField(
        max_length=60, blank=True, help_text='How long the training takes, e.g. "1.5 hours".'
    )
    audience = models.ForeignKey(
        Audience,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_terms,
        help_text="Who the module is written for.",
    )
    topic = models.ForeignKey(
        Topic,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_terms,
        help_text="Optional: the topic or subtopic the module covers, for the topic filter.",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The module's materials to download; visitors see type and size.",
    )

    panels = [
        FieldPanel("module"),
        FieldPanel("level"),
        FieldPanel("title"),
        FieldPanel("objective"),
        FieldPanel("training_time"),
        FieldPanel("audience"),
        FieldPanel("topic"),
        FieldPanel("document"),
    ]

    def __str__(self):
        return f"Module {self.module}: {self.title}"

    @property
    def audience_term(self):
        """Its audience, named in the visitor's language when read through the curriculum's
        list (`CurriculumPage.get_listing_queryset`)."""
        if hasattr(self, "audience_translated_name"):
            return named(self.audience, self.audience_translated_name)
        return self.audience
