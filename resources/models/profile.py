"""The MEP National Profile: one page per performance period with its data source, audience,
the five national goals in our words, indicator tables (accessible data tables with captions)
and the full report to download."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from pages.blocks import INLINE_RICH_TEXT_FEATURES
from pages.mixins import BasePage
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

    class Meta:
        icon = "table"
        template = "resources/blocks/indicator_table.html"
        description = "An indicator as an accessible data table with a caption."
        preview_value = INDICATOR_SAMPLE


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
