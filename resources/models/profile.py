"""The MEP National Profile: one page per performance period with its data source, audience,
the five national goals in our words, indicator tables (accessible data tables with captions)
and the full report to download."""

from dataclasses import dataclass

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from pages.blocks import INLINE_RICH_TEXT_FEATURES
from pages.mixins import BasePage
from pages.models import BarChart
from pages.organization import publisher_json_ld

INDICATOR_SAMPLE = {
    "caption": "Sample indicator: children by age group",
    "label_heading": "Group",
    "value_heading": "Number",
    "rows": [{"label": "Sample group", "value": "1,000"}],
    "note": "Sample figures.",
}


class IndicatorRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=200, help_text="The row's heading, e.g. an age group.")
    value = blocks.CharBlock(max_length=60, help_text='The figure as printed, e.g. "16,029".')

    class Meta:
        icon = "list-ul"
        description = "One row of an indicator table."
        preview_value = {"label": "Sample group", "value": "1,000"}


CHART_CHOICES = [
    ("", "No chart"),
    ("all", "Bar chart of every row"),
    ("all_but_last", "Bar chart of every row but the last (a total)"),
]


@dataclass
class IndicatorFigure:
    """One row of an indicator table in the shape pages.models.BarChart draws."""

    display_label: str
    value: int
    school_year: str = ""
    is_sample: bool = False


def whole_number(text):
    """ "16,029" -> 16029; None for anything that is not a plain count ("n/a", "12.5%")."""
    digits = text.replace(",", "").strip()
    return int(digits) if digits.isdigit() else None


def indicator_chart(value):
    """The bar chart an editor asked for beside an indicator table, or None when its rows are
    not all whole numbers (the table alone then)."""
    rows = list(value["rows"])
    if value.get("chart") == "all_but_last":
        rows = rows[:-1]
    if not value.get("chart") or len(rows) < 2:
        return None
    figures = [IndicatorFigure(row["label"], whole_number(row["value"])) for row in rows]
    if any(figure.value is None for figure in figures):
        return None
    chart = BarChart(value["caption"], figures, by_year=False)
    chart.chart_id = f"chart-{slugify(value['caption']) or 'indicator'}"
    return chart


class IndicatorTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        max_length=300, help_text='The table\'s caption, e.g. "National Child Counts".'
    )
    label_heading = blocks.CharBlock(
        max_length=100, default="Group", help_text="Heading of the first column."
    )
    value_heading = blocks.CharBlock(
        max_length=100, default="Number", help_text="Heading of the figures' column."
    )
    rows = blocks.ListBlock(IndicatorRowBlock(), help_text="The table's rows, in order.")
    note = blocks.TextBlock(
        required=False, help_text="What the figures count and where they come from."
    )
    chart = blocks.ChoiceBlock(
        choices=CHART_CHOICES,
        default="",
        required=False,
        help_text="A bar chart above the table, where it helps: only when every charted "
        "figure is a whole number. The table stays as the accessible version.",
    )

    class Meta:
        icon = "table"
        template = "resources/blocks/indicator_table.html"
        description = "An indicator as an accessible data table with a caption."
        preview_value = INDICATOR_SAMPLE

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["chart"] = indicator_chart(value)
        return context


class NationalProfilePage(BasePage):
    search_type_label = _("National profile")
    performance_period = models.CharField(
        max_length=60, help_text='The performance period, e.g. "2021-2022".'
    )
    data_source = models.CharField(
        max_length=200,
        help_text='Where the data come from, e.g. "Migrant Student Information Exchange (MSIX)".',
    )
    audience = models.CharField(
        max_length=200, help_text='Who the profile is for, e.g. "OME\'s grantees".'
    )
    summary = models.TextField(
        max_length=400, help_text="One or two sentences for lists and search results."
    )
    goals = RichTextField(
        features=[*INLINE_RICH_TEXT_FEATURES, "ol", "ul"],
        help_text="The five national goals of the MEP (ESEA section 1301), in plain words.",
    )
    indicators = StreamField(
        [("indicator", IndicatorTableBlock())],
        blank=True,
        help_text="The selected indicators, each as a table with a caption.",
    )
    report = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The full report with its methodology; visitors see its type and size.",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("performance_period"),
                FieldPanel("data_source"),
                FieldPanel("audience"),
                FieldPanel("summary"),
            ],
            heading="About this profile",
        ),
        FieldPanel("goals"),
        FieldPanel("indicators"),
        FieldPanel("report"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("goals"),
        index.SearchField("indicators"),
    ]
    parent_page_types = ["resources.ResourceLibraryPage", "pages.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("national profile page")

    def get_json_ld(self, request):
        return {
            "@context": "https://schema.org",
            "@type": "Report",
            "name": self.title,
            "description": self.summary,
            "url": self.get_full_url(request),
            "publisher": publisher_json_ld(),
            "temporalCoverage": self.performance_period,
        }
