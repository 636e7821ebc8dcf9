import re

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from ..addresses import absolute_url
from ..blocks import INLINE_RICH_TEXT_FEATURES, BodyStreamBlock, FooterLinkBlock
from ..mixins import BasePage, ListingImageMixin
from ..organization import SITE_ALTERNATE_NAME, SITE_NAME, publisher_json_ld
from ..queries import listed_pages, within_section
from ..routing import route_below

# Where a page may go is decided by each page type's `parent_page_types`, so the home and
# standard pages accept the domain apps' section pages without naming them here.


class CustomImage(AbstractImage):
    # Wagtail's own description field, made required: it is the image's alt text.
    description = models.CharField(
        "alt text",
        max_length=255,
        help_text="Describe the image for people who cannot see it (required). "
        "Say what matters in the picture, not 'image of'.",
    )

    admin_form_fields = Image.admin_form_fields


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


SCHOOL_YEAR_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")


def validate_school_year(value):
    match = SCHOOL_YEAR_PATTERN.match(value or "")
    if not match or (int(match.group(1)) + 1) % 100 != int(match.group(2)):
        raise ValidationError(
            "Enter a school year as two consecutive years, like 2016-17.",
            code="invalid_school_year",
        )


class ImpactStatistic(models.Model):
    """One 'Our Impact' figure for one school year, e.g. migrant youth served in 2016-17."""

    label = models.CharField(
        max_length=200,
        help_text='What is counted, e.g. "Migrant youth participating in the Migrant '
        'Education Program".',
    )
    school_year = models.CharField(
        max_length=7,
        validators=[validate_school_year],
        help_text="The school year the figure covers, written like 2016-17.",
    )
    value = models.PositiveIntegerField(
        validators=[MinValueValidator(1)],
        help_text="The figure itself, as a whole number without commas.",
    )
    source_name = models.CharField(
        max_length=200, help_text='Where the figure comes from, e.g. "Ed Data Express".'
    )
    source_url = models.URLField(help_text="Link to the source so visitors can check it.")
    note = models.TextField(blank=True, help_text="Optional context shown under the figure.")
    is_sample = models.BooleanField(
        default=False,
        help_text='Tick while the value is a placeholder: the site then labels it "Sample figure".',
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("school_year"),
        FieldPanel("value"),
        MultiFieldPanel([FieldPanel("source_name"), FieldPanel("source_url")], heading="Source"),
        FieldPanel("note"),
        FieldPanel("is_sample"),
    ]

    class Meta:
        ordering = ["label", "school_year"]
        constraints = [
            models.UniqueConstraint(fields=["label", "school_year"], name="unique_statistic_year")
        ]

    def __str__(self):
        return f"{self.label} ({self.school_year})"


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    disclaimer = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        help_text="Contract and endorsement disclaimer shown in every page footer.",
    )
    contact_email = models.EmailField(
        blank=True, help_text="Public contact address shown in the footer."
    )
    footer_links = StreamField(
        [("link", FooterLinkBlock())],
        blank=True,
        help_text="Links in the footer, e.g. to the U.S. Department of Education.",
    )

    panels = [FieldPanel("disclaimer"), FieldPanel("contact_email"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = "site settings"


#: The most stories editors can feature on a home page (the admin's limit).
MAX_FEATURED_STORIES = 6


class HomePage(BasePage):
    hero_tagline = models.CharField(
        max_length=200,
        help_text="The big line at the top of the home page.",
    )
    impact_statistic = models.ForeignKey(
        ImpactStatistic,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text='The figure shown under "Our Impact". Leave empty to hide the section.',
    )
    program_goal_intro = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="A short introduction to the program's goal under Our Impact.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_tagline"),
        FieldPanel("impact_statistic"),
        FieldPanel("program_goal_intro"),
        InlinePanel(
            "featured_pages",
            max_num=MAX_FEATURED_STORIES,
            label="Featured stories",
            help_text="Stories shown as cards, in this order. Leave empty to show the newest.",
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    summary_field = "program_goal_intro"
    max_featured_stories = MAX_FEATURED_STORIES

    def route(self, request, path_components):
        """Below a translated home page (/es/), an address with no page in that language
        serves the default-language page instead of a 404; the template marks its content
        with its language and its canonical link points at the original address."""
        try:
            return route_below(self, request, path_components)
        except Http404:
            original = self.get_translation_or_none(Locale.get_default())
            if not path_components or original is None or original.pk == self.pk:
                raise
            return original.specific.route(request, path_components)

    search_type_label = _("Home page")

    class Meta:
        verbose_name = _("home page")

    def get_json_ld(self, request):
        site_url = self.get_full_url(request)
        return {
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "name": SITE_NAME,
            "alternateName": SITE_ALTERNATE_NAME,
            "url": site_url,
            "description": self.get_meta_description(),
            "parentOrganization": publisher_json_ld(),
            "potentialAction": {
                "@type": "SearchAction",
                "target": absolute_url(reverse("search")) + "?q={search_term_string}",
                "query-input": "required name=search_term_string",
            },
        }

    @cached_property
    def linked_sections(self):
        """The live "Our Impact over time" and State MEP directory pages the home page links
        to, by model, found in one query (plain pages: the links need only their URLs)."""
        from .impact import ImpactPage
        from .states import StateDirectoryPage

        models = {
            ContentType.objects.get_for_model(m).pk: m for m in (ImpactPage, StateDirectoryPage)
        }
        pages = listed_pages(
            within_section(Page.objects.filter(content_type__in=models), self, descendants=True)
        ).order_by("path")
        found = {}
        for page in pages:
            found.setdefault(models[page.content_type_id], page)
        return found

    @property
    def impact_page(self):
        from .impact import ImpactPage

        return self.linked_sections.get(ImpactPage)

    @property
    def state_directory(self):
        from .states import StateDirectoryPage

        return self.linked_sections.get(StateDirectoryPage)


class HomeFeaturedPage(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A story to feature on the home page.",
    )

    panels = [PageChooserPanel("page", page_type=["updates.ArticlePage", "updates.SpotlightPage"])]


class StandardPage(ListingImageMixin, BasePage):
    summary = models.TextField(
        blank=True, max_length=400, help_text="One or two sentences for listings and search."
    )
    body = StreamField(BodyStreamBlock(), blank=True, help_text="The main content of the page.")

    content_panels = [*BasePage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["pages.HomePage", "pages.StandardPage", "pages.AboutPage"]

    search_type_label = _("Page")

    class Meta:
        verbose_name = _("standard page")


class AboutPage(BasePage):
    mission_statement = models.TextField(
        help_text="The mission of the Office of Migrant Education."
    )
    program_goal = models.TextField(help_text="The goal of the Migrant Education Program.")
    body = StreamField(BodyStreamBlock(), blank=True, help_text="Funding and background.")
    services_intro = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="A sentence introducing the list of services.",
    )
    initiatives_intro = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="Introduces the initiatives, which are listed from this page's children.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("mission_statement"),
        FieldPanel("program_goal"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("services_intro"), InlinePanel("services", label="Service")],
            heading="Services",
        ),
        FieldPanel("initiatives_intro"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("mission_statement"),
        index.SearchField("program_goal"),
        index.SearchField("body"),
    ]
    parent_page_types = ["pages.HomePage"]
    summary_field = "mission_statement"

    search_type_label = _("About us")

    class Meta:
        verbose_name = _("about page")

    def initiatives(self):
        return listed_pages(within_section(InitiativePage.objects.all(), self)).defer_streamfields()


class AboutPageService(Orderable):
    page = ParentalKey(AboutPage, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(max_length=120, help_text='A service, e.g. "Health services".')

    panels = [FieldPanel("name")]

    def __str__(self):
        return self.name


class InitiativePage(ListingImageMixin, BasePage):
    summary = models.TextField(
        max_length=400, help_text="One or two sentences shown in the initiatives list."
    )
    body = StreamField(BodyStreamBlock(), blank=True, help_text="About the initiative.")

    content_panels = [*BasePage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["pages.AboutPage"]
    subpage_types = []

    search_type_label = _("Initiative")

    class Meta:
        verbose_name = _("initiative page")
