"""Policy Q&As: sets of questions and answers OME issues (e.g. "FY18 v.2 (January)"), and an
index page that searches and filters the questions of the newest set."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.search.backends import get_search_backend

from pages.blocks import INLINE_RICH_TEXT_FEATURES, RICH_TEXT_FEATURES
from pages.listing import KeywordFilter, ListingChoiceFilter, ListingFilterSet, ListingPageMixin
from pages.mixins import BasePage, plain_text
from pages.queries import listed_pages, within_section

from .taxonomy import Topic, source_terms

PER_PAGE = 20


class PolicyQuestionFilters(ListingFilterSet):
    """Filters of the current set's questions (the list's queryset)."""

    topic = ListingChoiceFilter(
        label=_("Topic"), choices="topic_choices", method="filter_topic", empty_label=_("Any topic")
    )
    subtopic = ListingChoiceFilter(
        "subtopic__slug",
        label=_("Subtopic"),
        choices="subtopic_choices",
        empty_label=_("Any subtopic"),
    )
    q = KeywordFilter(method="search")

    def topic_choices(self):
        in_set = self.queryset
        return [
            (t.slug, t.display_name)
            for t in Topic.objects.localized()
            .filter(
                Q(pk__in=in_set.values("topic_id")) | Q(subtopics__in=in_set.values("subtopic_id"))
            )
            .distinct()
        ]

    def subtopic_choices(self):
        subtopics = (
            Topic.objects.localized()
            .filter(pk__in=self.queryset.values("subtopic_id"))
            .annotate(parent_name=Topic.objects.translated_name("parent__translation_key"))
            .select_related("parent")
        )
        return [(t.slug, f"{t.parent_name or t.parent.name} › {t.display_name}") for t in subtopics]

    def filter_topic(self, queryset, name, value):
        return queryset.filter(Q(topic__slug=value) | Q(subtopic__parent__slug=value))

    def search(self, queryset, name, value):
        """Questions whose number, question or answer match, by Wagtail search."""
        matches = get_search_backend().search(value, PolicyQuestion, operator="and")
        return queryset.filter(pk__in=[question.pk for question in matches])


class PolicyQAIndexPage(ListingPageMixin, BasePage):
    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="What the Policy Q&As are and how States may use them.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.StandardPage", "pages.HomePage"]
    subpage_types = ["resources.PolicyQASetPage"]
    summary_field = "intro"

    listing_filterset_class = PolicyQuestionFilters
    listing_per_page = PER_PAGE

    search_type_label = _("Policy Q&As")

    class Meta:
        verbose_name = _("policy Q&A index page")

    def sets(self):
        return (
            listed_pages(within_section(PolicyQASetPage.objects.all(), self))
            .select_related("document")
            .order_by("-issue_date", "-pk")
        )

    def get_listing_queryset(self, request):
        """The questions of the current set: the newest live one."""
        current = self.sets().values("pk")[:1]
        return (
            PolicyQuestion.objects.filter(page__in=current)
            .select_related("topic", "subtopic__parent")
            .order_by("sort_order", "pk")
        )

    def get_listing_context(self, request, listing):
        sets = list(self.sets())
        return {"current_set": sets[0] if sets else None, "archive": sets[1:]}


class PolicyQASetPage(BasePage):
    version_label = models.CharField(
        max_length=80, help_text='The version as OME labels it, e.g. "FY18 v.2 (January)".'
    )
    issue_date = models.DateField(
        help_text=(
            "When OME issued this version, shown to visitors as “Published” with its month and "
            "year. The newest live set is the current one."
        )
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The official PDF of this set; visitors see its type and size.",
    )
    introduction = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Optional: what changed in this version, shown above the questions.",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("version_label"), FieldPanel("issue_date"), FieldPanel("document")],
            heading="Version",
        ),
        FieldPanel("introduction"),
        InlinePanel(
            "questions",
            label="Question",
            heading="Questions",
            help_text="The questions in the order of the official document.",
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("version_label"),
        index.SearchField("introduction"),
        index.RelatedFields(
            "questions", [index.SearchField("question"), index.SearchField("answer")]
        ),
    ]
    parent_page_types = ["resources.PolicyQAIndexPage"]
    subpage_types = []
    summary_field = "introduction"
    # Shown under the title as "Published" and beside the set in search results: when OME
    # issued it, not the day the site page went live. OME names its versions by month.
    published_date_field = "issue_date"
    own_date_format = "YEAR_MONTH_FORMAT"

    search_type_label = _("Policy Q&A")

    class Meta:
        verbose_name = _("policy Q&A set page")

    @cached_property
    def topic_groups(self):
        """Questions grouped by main topic, in document order of each topic's first question."""
        groups = {}
        questions = self.questions.select_related("topic", "subtopic__parent").order_by(
            "sort_order", "pk"
        )
        for question in questions:
            topic = question.main_topic
            key = topic.pk if topic else None
            if key not in groups:
                groups[key] = {
                    "topic": topic,
                    "anchor": f"topic-{topic.slug}" if topic else "topic-other",
                    "questions": [],
                }
            groups[key]["questions"].append(question)
        return list(groups.values())

    def topic_nav_items(self):
        """The in-page navigation: each topic with its number of questions."""
        items = []
        for group in self.topic_groups:
            name = group["topic"].name if group["topic"] else gettext("Other questions")
            items.append(
                {"anchor": group["anchor"], "label": f"{name} ({len(group['questions'])})"}
            )
        return items

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "name": self.title,
            "url": self.get_full_url(request),
            "datePublished": self.issue_date.isoformat(),
            "version": self.version_label,
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": question.question,
                    "url": f"{self.get_full_url(request)}#{question.anchor}",
                    "acceptedAnswer": {"@type": "Answer", "text": plain_text(question.answer)},
                }
                for group in self.topic_groups
                for question in group["questions"]
            ],
        }


class PolicyQuestion(index.Indexed, Orderable):
    page = ParentalKey(PolicyQASetPage, on_delete=models.CASCADE, related_name="questions")
    number = models.CharField(
        max_length=20,
        help_text='The question\'s number in the official document, e.g. "A1". It makes the '
        "question's link, so keep it unique within the set.",
    )
    topic = models.ForeignKey(
        Topic,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_terms,
        help_text="The main topic (e.g. Eligibility).",
    )
    subtopic = models.ForeignKey(
        Topic,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_terms,
        help_text="Optional: a subtopic of the main topic (e.g. Qualifying work).",
    )
    question = models.TextField(help_text="The question, as asked.")
    answer = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES + ["ol", "ul"], help_text="OME's answer."
    )
    technical_edit = models.BooleanField(
        default=False,
        help_text="Tick when this version makes a technical edit to the question or answer; "
        'visitors see a "Technical edit" label.',
    )

    panels = [
        FieldPanel("number"),
        MultiFieldPanel([FieldPanel("topic"), FieldPanel("subtopic")], heading="Topic"),
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("technical_edit"),
    ]
    search_fields = [
        index.SearchField("number"),
        index.SearchField("question", boost=2),
        index.SearchField("answer"),
        # A search for a topic's name ("fiscal") finds the questions filed under it, above
        # those that only mention the word in passing.
        index.SearchField("topic_names", boost=5),
        index.FilterField("page_id"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("policy question")
        verbose_name_plural = _("policy questions")

    def __str__(self):
        return f"{self.number}. {self.question}"

    def clean(self):
        super().clean()
        if self.subtopic_id:
            if not self.subtopic.parent_id:
                raise ValidationError({"subtopic": "Choose a subtopic, not a main topic."})
            if self.topic_id and self.subtopic.parent_id != self.topic_id:
                raise ValidationError(
                    {"subtopic": f"This subtopic belongs to {self.subtopic.parent.name}."}
                )
        if self.topic_id and self.topic.parent_id:
            raise ValidationError({"topic": "Choose a main topic; put subtopics below."})

    @property
    def main_topic(self):
        if self.topic_id:
            return self.topic
        return self.subtopic.parent if self.subtopic_id and self.subtopic.parent_id else None

    def topic_names(self):
        """The names of its topic and subtopic (and the subtopic's topic), for search."""
        terms = [self.topic, self.subtopic, self.subtopic.parent if self.subtopic else None]
        return " ".join(dict.fromkeys(term.name for term in terms if term is not None))

    @property
    def anchor(self):
        return f"question-{slugify(self.number) or self.pk}"

    def get_url(self, request=None):
        return f"{self.page.get_url(request)}#{self.anchor}"

    # Site search (settings.SITE_SEARCH_EXTRA_MODELS) -------------------------------------

    @classmethod
    def search_results(cls, query):
        """Questions the public may see (their set page is visible) matching `query`, as
        Wagtail search results ordered by relevance. The site search view pages them."""
        visible_sets = listed_pages(PolicyQASetPage.objects.all()).values_list("pk", flat=True)
        questions = cls.objects.filter(page_id__in=list(visible_sets))
        return get_search_backend().search(query, questions, operator="and")

    @classmethod
    def prepare_search_results(cls, questions):
        """Load what `as_search_result` needs for a page of results in one query."""
        return cls.objects.filter(pk__in=[q.pk for q in questions]).select_related("page")

    def as_search_result(self, request):
        """One site-search result: type label, title, link, plain-text summary, date."""
        return {
            "type_label": _("Policy question"),
            "title": self.question,
            "url": self.get_url(request),
            "summary": plain_text(self.answer),
            "date": self.page.issue_date,
            "page": self.page,
        }
