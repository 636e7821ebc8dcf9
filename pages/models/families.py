"""The section for migrant families ("For families" / "Para familias"): a landing page in plain
language with a "Go to state" form into the State MEP directory, and plain pages below it."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyStreamBlock
from ..mixins import BasePage, ListingImageMixin
from ..queries import in_tree_order, listed_pages, within_section


class FamiliesPage(ListingImageMixin, BasePage):
    search_type_label = _("For families")
    summary = models.TextField(
        max_length=400,
        help_text="One or two short sentences for families, shown at the top, on the home page "
        "and in search. Use plain words and spell out every acronym.",
    )
    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        help_text="What the program is and what it offers. Short sentences, speak to the "
        'family ("you"). The "Go to state" form and the list of pages below follow it.',
    )
    state_form_intro = models.CharField(
        max_length=300,
        blank=True,
        help_text='A sentence above the "Go to state" form, e.g. "Moving? Choose the state '
        'you are moving to."',
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("state_form_intro"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.StandardPage"]
    # One per home page: each language has its own.
    max_count_per_parent = 1
    summary_field = "summary"

    class Meta:
        verbose_name = _("families page")

    def children(self):
        """The section's pages, in the visitor's language (English stands in), in menu order."""
        return in_tree_order(
            listed_pages(within_section(Page.objects.all(), self)).specific(defer=True)
        )

    @cached_property
    def state_directory(self):
        """The live State MEP directory in the visitor's language (or the English one)."""
        from .states import StateDirectoryPage

        home = self.get_parent()
        return (
            listed_pages(within_section(StateDirectoryPage.objects.all(), home, descendants=True))
            .order_by("path")
            .first()
        )

    def get_context(self, request, *args, **kwargs):
        from .states import StateProgram

        context = super().get_context(request, *args, **kwargs)
        context["states_by_name"] = list(
            StateProgram.objects.localized().only("code", "name").order_by("name")
        )
        return context
