import functools
import re

from django.apps import apps as django_apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Locale, Orderable, Page
from wagtail.search import index

from ..addresses import absolute_url
from ..blocks import INLINE_RICH_TEXT_FEATURES, BodyStreamBlock
from ..mixins import BasePage, ListingImageMixin
from ..organization import SITE_ALTERNATE_NAME, SITE_NAME, publisher_json_ld
from ..queries import content_language, default_language, listed_pages, within_section
from ..routing import route_below
from ..translatable import LocalizedQuerySet, SharedFieldsForm, SharedFieldsMixin, source_rows
from .footer import FooterText

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

    class Meta(AbstractImage.Meta):
        # Named as Wagtail names its own image model: editors saw "Custom image".
        verbose_name = _("image")
        verbose_name_plural = _("images")


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


class ImpactIcon(models.TextChoices):
    """Icons from the USWDS sprite (`build/img/sprite.svg#<value>`) an impact figure may show."""

    NONE = "", "No icon"
    INFANT = "bedding", "Crib (infants)"
    CHILD = "backpack", "Backpack (young children)"
    SCHOOL = "school", "Graduation cap (school)"
    WALKING = "directions_walk", "Person walking (out of school)"
    QUESTION = "help_outline", "Question mark (not specified)"
    PERSON = "person", "Person"
    GROUP = "groups", "Group of people (total)"


class ImpactStatistic(SharedFieldsMixin, models.Model):
    """One 'Our Impact' figure for one school year, e.g. migrant youth served in 2016-17.

    Figures with the same `group` and school year form one set (the home page's tiles).
    Translatable: the label, footnote, note and source name are each language's; the figure,
    its year, source address and place in its group are entered once, on the source row."""

    shared_fields = ("school_year", "value", "source_url", "is_sample", "group", "order", "icon")

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
    group = models.CharField(
        max_length=200,
        blank=True,
        help_text="Figures with the same group and school year are shown together as one set "
        'of tiles, e.g. "Migrant youth participating in the MEP". Leave empty for a figure '
        "that stands alone.",
    )
    group_heading = models.CharField(
        max_length=200,
        blank=True,
        help_text="For a translation: the group's name in this language, the heading of the "
        "group's chart on Our Impact. Leave empty to show the group as entered above.",
    )
    order = models.PositiveSmallIntegerField(
        default=0, help_text="Position within its group: lower numbers come first."
    )
    icon = models.CharField(
        max_length=40,
        blank=True,
        choices=ImpactIcon.choices,
        help_text="The picture shown beside the figure on the home page's tiles.",
    )
    footnote = models.CharField(
        max_length=200,
        blank=True,
        help_text='A short qualification marked with an asterisk after the label, e.g. "not '
        'in kindergarten" (shown as "* not in kindergarten").',
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("school_year"),
        FieldPanel("value"),
        MultiFieldPanel(
            [
                FieldPanel("group"),
                FieldPanel("group_heading"),
                FieldPanel("order"),
                FieldPanel("icon"),
            ],
            heading="Tiles",
        ),
        MultiFieldPanel([FieldPanel("source_name"), FieldPanel("source_url")], heading="Source"),
        FieldPanel("footnote"),
        FieldPanel("note"),
        FieldPanel("is_sample"),
    ]
    base_form_class = SharedFieldsForm

    objects = LocalizedQuerySet.as_manager()

    class Meta(SharedFieldsMixin.Meta):
        ordering = ["group", "school_year", "order", "label"]
        constraints = [
            models.UniqueConstraint(
                fields=["label", "school_year", "locale"], name="unique_statistic_year"
            )
        ]

    def __str__(self):
        return f"{self.label} ({self.school_year})"

    @property
    def display_label(self):
        """The label, with an asterisk when a footnote qualifies it ("Age 3-5*")."""
        return f"{self.label}*" if self.footnote else self.label

    @property
    def group_name(self):
        """The group's name as visitors of this row's language read it."""
        return self.group_heading or self.group

    @property
    def group_name_lang(self):
        """The language of `group_name` when it is not the visitor's, for a lang attribute:
        the group as entered (on the source row) is in the default language."""
        if self.group_heading:
            return self.display_lang
        return "" if content_language() == default_language() else default_language()

    @property
    def icon_sprite_id(self):
        """The id in the USWDS sprite (`build/img/sprite.svg#<id>`), or "" for none."""
        return self.icon


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    # The footer's disclaimer and links are text in each language: FooterText (a translatable
    # snippet), read in the same query as these settings (base_queryset).
    contact_email = models.EmailField(
        blank=True, help_text="Public contact address shown in the footer (in every language)."
    )

    # The USWDS identifier (templates/components/identifier.html): the parent agency and the
    # links every federal site carries. The internal ones are page choosers, so they follow the
    # pages wherever editors move them; the Spanish identifier links to their translations.
    domain = models.CharField(
        max_length=100,
        default="results.ed.gov",
        help_text="The site's domain, shown at the top of the identifier.",
    )
    agency_url = models.URLField(
        default="https://www.ed.gov/",
        help_text="Home page of the parent agency, the U.S. Department of Education.",
    )
    about_agency_url = models.URLField(
        default="https://www.ed.gov/about",
        help_text='Where "About the U.S. Department of Education" leads.',
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="This site's accessibility statement (linked from every page).",
    )
    foia_url = models.URLField(
        default="https://www.ed.gov/foia",
        help_text="The Department's Freedom of Information Act (FOIA) requests page.",
    )
    no_fear_url = models.URLField(
        default="https://www.ed.gov/notices/nofear",
        help_text="The Department's No FEAR Act data page.",
    )
    oig_url = models.URLField(
        default="https://oig.ed.gov/",
        help_text="The Office of Inspector General's site.",
    )
    performance_url = models.URLField(
        default="https://www.ed.gov/about/reports",
        help_text="The Department's performance reports.",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="This site's privacy policy (linked from every page and every form).",
    )
    privacy_program_url = models.URLField(
        default="https://www.ed.gov/privacy",
        help_text="The Department's privacy program, linked from the privacy policy.",
    )
    vulnerability_disclosure_url = models.URLField(
        default="https://www.ed.gov/vulnerability-disclosure-policy",
        help_text="The Department's vulnerability disclosure policy (privacy policy and "
        "/.well-known/security.txt).",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text='The contact form, linked as "Contact us" in every page footer.',
    )
    # Where messages go.
    accessibility_email = models.EmailField(
        blank=True,
        help_text="Address for accessibility problems, named on the accessibility statement "
        "(the public contact address when empty).",
    )
    contact_form_recipient = models.EmailField(
        blank=True,
        help_text="Where contact form messages are emailed (the public contact address when "
        "empty).",
    )
    security_contact = models.CharField(
        max_length=200,
        default="mailto:security@example.gov",
        help_text="security.txt Contact: a mailto: or https: address for security reports.",
    )
    security_txt_expires = models.DateField(
        null=True,
        blank=True,
        help_text="security.txt Expires date (at most a year ahead; a year from today when empty).",
    )

    panels = [
        HelpPanel(
            content="<p>The footer's disclaimer and links are written in each language under "
            "<b>Snippets → Footer text</b>.</p>"
        ),
        FieldPanel("contact_email"),
        MultiFieldPanel(
            [
                FieldPanel("domain"),
                FieldPanel("agency_url"),
                FieldPanel("about_agency_url"),
                PageChooserPanel("accessibility_page"),
                FieldPanel("foia_url"),
                FieldPanel("no_fear_url"),
                FieldPanel("oig_url"),
                FieldPanel("performance_url"),
                PageChooserPanel("privacy_page"),
            ],
            heading="Agency identifier (required links)",
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("contact_page"),
                FieldPanel("contact_form_recipient"),
                FieldPanel("accessibility_email"),
                FieldPanel("privacy_program_url"),
                FieldPanel("vulnerability_disclosure_url"),
                FieldPanel("security_contact"),
                FieldPanel("security_txt_expires"),
            ],
            heading="Contact, privacy and security",
        ),
    ]

    class Meta:
        verbose_name = "site settings"

    @classmethod
    def base_queryset(cls):
        """Wagtail's hook for how settings are read (`for_request`, `for_site`): the footer
        text in the visitor's language comes in the same query (see `footer_text`)."""
        return super().base_queryset().annotate(**FooterText.annotation())

    @cached_property
    def footer_text(self):
        """The FooterText to show: the visitor's language's, else the default language's
        (its `display_lang` then says so), or None when there is none."""
        if hasattr(self, FooterText.ANNOTATION):
            return FooterText.from_annotation(self)
        return FooterText.objects.for_language().select_related("locale").first()


#: The most stories editors can feature on a home page (the admin's limit).
MAX_FEATURED_STORIES = 6
#: The home page's "Most used tools", by key of HomePage.linked_sections.
QUICK_LINKS = ("states", "policy", "toolkits", "calendar")
#: The most "Our Impact" figures the home page shows (a row of tiles).
MAX_IMPACT_FIGURES = 6


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
        limit_choices_to=source_rows,
        help_text='The figure shown under "Our Impact" (every language shows its own '
        "translation of it). Leave empty to hide the section.",
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
    def impact_figures(self):
        """The "Our Impact" tiles: the chosen figure and, when it belongs to a group, every
        figure of that group and school year, in the group's order (at most
        MAX_IMPACT_FIGURES). One query."""
        if self.impact_statistic_id is None:
            return []
        chosen = ImpactStatistic.objects.filter(pk=self.impact_statistic_id)
        same_group = models.Q(
            group__gt="",
            group=models.Subquery(chosen.values("group")[:1]),
            school_year=models.Subquery(chosen.values("school_year")[:1]),
        )
        # In the visitor's language (the source row where a figure has no translation).
        same_figure = models.Q(
            translation_key=models.Subquery(chosen.values("translation_key")[:1])
        )
        figures = ImpactStatistic.objects.localized().filter(same_group | same_figure)
        return list(figures[:MAX_IMPACT_FIGURES])

    @cached_property
    def linked_sections(self):
        """The first live page of each kind the home page links to (Our Impact over time,
        the State directory, the Policy Q&As, a toolkit, the events, For families, the
        updates whose feeds its head names), found in one query by model name, so this app
        imports no content app (plain pages: only their URLs count)."""
        wanted = {
            "impact": "pages.ImpactPage",
            "states": "pages.StateDirectoryPage",
            "policy": "resources.PolicyQAIndexPage",
            "toolkits": "resources.ToolkitPage",
            "calendar": "events.EventIndexPage",
            "families": "pages.FamiliesPage",
            "updates": "updates.UpdateIndexPage",
        }
        models = {}
        for key, label in wanted.items():
            try:
                models[ContentType.objects.get_for_model(django_apps.get_model(label)).pk] = key
            except LookupError:
                continue
        # In the same query: the section listing the toolkits in this home page's language
        # (a toolkit's parent, by translation key), found below by the toolkit's parent key.
        toolkit_parent_paths = Page.objects.filter(
            content_type__in=[pk for pk, key in models.items() if key == "toolkits"]
        ).values(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        candidates = Q(content_type__in=models) | Q(
            locale_id=self.locale_id,
            translation_key__in=Page.objects.filter(path__in=toolkit_parent_paths).values(
                "translation_key"
            ),
        )
        parent_key = Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
        ).values("translation_key")[:1]
        pages = (
            listed_pages(within_section(Page.objects.filter(candidates), self, descendants=True))
            .annotate(parent_key=Subquery(parent_key))
            .order_by("path")
        )
        found, sections = {}, {}
        for page in pages:
            if page.content_type_id in models:
                found.setdefault(models[page.content_type_id], page)
            else:
                sections.setdefault(page.translation_key, page)
        toolkit = found.get("toolkits")
        if toolkit is not None and toolkit.parent_key in sections:
            found["toolkit_section"] = sections[toolkit.parent_key]
        return found

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Worked out when the template first asks (so not at all when the home content comes
        # from the fragment cache), once, with the request: its URLs then come from the
        # request's site root paths instead of a cache round trip each.
        context["quick_links"] = functools.cache(functools.partial(self.get_quick_links, request))
        return context

    def get_quick_links(self, request=None):
        """Addresses of the most used tools the site has, by key (states, policy, toolkits,
        calendar)."""
        links = {}
        for key, page in self.linked_sections.items():
            url = page.get_url(request)
            if key == "toolkits":  # the page that lists them (the toolkit may stand in)
                section = self.linked_sections.get("toolkit_section")
                url = (
                    section.get_url(request) if section else url.rstrip("/").rsplit("/", 1)[0] + "/"
                )
            elif key == "calendar":
                url += "calendar/"
            if key in QUICK_LINKS:
                links[key] = url
        return links

    @property
    def impact_page(self):
        return self.linked_sections.get("impact")

    @property
    def state_directory(self):
        return self.linked_sections.get("states")

    @property
    def families_page(self):
        """The "For families" section in the visitor's language (English stands in)."""
        return self.linked_sections.get("families")


class HomeFeaturedPage(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_pages")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="A story to feature on the home page.",
    )

    panels = [
        PageChooserPanel(
            "page",
            page_type=["updates.ArticlePage", "updates.SpotlightPage", "updates.StudentStoryPage"],
        )
    ]


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
            [
                FieldPanel("services_intro"),
                InlinePanel(
                    "services",
                    label="Service",
                    help_text="The services listed under the introduction, in this order.",
                ),
            ],
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
