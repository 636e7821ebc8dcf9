"""The State MEP directory: one StateProgram per state or territory, shown on a tile-grid map
and in a table on the StateDirectoryPage, with a detail route per state."""

import re
from urllib.parse import urlencode

from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Site
from wagtail.search import index

from caching.render_cache import cached_value
from caching.tags import PAGES, SITE

from ..addresses import absolute_url
from ..blocks import INLINE_RICH_TEXT_FEATURES
from ..listing import (
    KeywordFilter,
    ListingChoiceFilter,
    ListingFilterSet,
    ListingPageMixin,
    SortOption,
)
from ..mixins import BasePage
from ..templatetags.identifier_tags import page_urls
from ..translatable import LocalizedQuerySet, SharedFieldsForm, SharedFieldsMixin
from .core import SiteSettings

#: The tile map's size: columns and rows of equal squares.
MAP_COLUMNS = 12
MAP_ROWS = 8


class StateProgram(SharedFieldsMixin, models.Model):
    """A state's (or territory's) Migrant Education Program and whom to contact there.

    Translatable: the name, the director's title and the notes are each language's; the code,
    the tile, the contact data, PASS and the verification are entered once, on the source
    row, and copied to its translations (see pages.translatable)."""

    shared_fields = (
        "code",
        "tile_row",
        "tile_column",
        "director_name",
        "email",
        "phone",
        "website",
        "sea_website",
        "pass_participation",
        "last_verified",
        "is_sample_contact",
    )

    class PassParticipation(models.TextChoices):
        YES = "yes", _("Yes")
        NO = "no", _("No")
        UNKNOWN = "unknown", _("Not yet confirmed")

    code = models.CharField(
        "USPS code",
        max_length=2,
        validators=[RegexValidator(r"^[A-Z]{2}$", "Use the two capital letters, e.g. FL.")],
        help_text="The two-letter postal code, e.g. FL (one row per language). It is part of "
        "the page address.",
    )
    name = models.CharField(
        max_length=60,
        help_text='The state or territory, e.g. "Florida", as this language writes it.',
    )
    tile_row = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(MAP_ROWS - 1)],
        help_text=f"Row of the state's square on the map, 0 (top) to {MAP_ROWS - 1}.",
    )
    tile_column = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(MAP_COLUMNS - 1)],
        help_text=f"Column of the state's square on the map, 0 (left) to {MAP_COLUMNS - 1}.",
    )
    director_name = models.CharField(
        max_length=120,
        blank=True,
        help_text="The state MEP director's full name. Leave empty until it is confirmed.",
    )
    director_title = models.CharField(
        max_length=160,
        blank=True,
        help_text='The director\'s job title, e.g. "State Migrant Education Director".',
    )
    email = models.EmailField(blank=True, help_text="The director's or program's email address.")
    phone = models.CharField(
        max_length=40,
        blank=True,
        help_text="The program's phone number as visitors should dial it, e.g. 555-010-0123.",
    )
    website = models.URLField(
        "state MEP website", blank=True, help_text="The state's own Migrant Education page."
    )
    sea_website = models.URLField(
        "state educational agency website",
        blank=True,
        help_text="The home page of the State educational agency (the state's department of "
        "education). Visitors see it while the MEP contact is not verified.",
    )
    pass_participation = models.CharField(
        "takes part in PASS",
        max_length=10,
        choices=PassParticipation.choices,
        default=PassParticipation.UNKNOWN,
        help_text="Whether the state offers the Portable Assisted Study Sequence (PASS).",
    )
    last_verified = models.DateField(
        null=True,
        blank=True,
        help_text="The day someone confirmed these contact details with the state. Until a "
        'date is set, the site says "Contact not yet verified".',
    )
    is_sample_contact = models.BooleanField(
        "sample contact",
        default=False,
        help_text='Tick while the contact is a made-up placeholder: the site labels it "Sample '
        'contact" and never treats it as verified.',
    )
    notes = models.TextField(
        blank=True, help_text="Optional extra information shown on the state's page."
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("code"), FieldPanel("name")],
            heading="State or territory",
        ),
        MultiFieldPanel(
            [
                FieldPanel("director_name"),
                FieldPanel("director_title"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("website"),
                FieldPanel("sea_website"),
                FieldPanel("last_verified"),
                FieldPanel("is_sample_contact"),
            ],
            heading="Contact",
            help_text="Only publish details the state has confirmed, and set the date they "
            "were last verified. The contact is entered on the English version and shared by "
            "every language; only the director's title is written for each language.",
        ),
        FieldPanel("pass_participation"),
        FieldPanel("notes"),
        MultiFieldPanel(
            [FieldPanel("tile_row"), FieldPanel("tile_column")],
            heading="Position on the tile map",
            classname="collapsed",
        ),
    ]

    base_form_class = SharedFieldsForm

    objects = LocalizedQuerySet.as_manager()

    class Meta(SharedFieldsMixin.Meta):
        ordering = ["name"]
        verbose_name = "state MEP contact"
        constraints = [
            models.UniqueConstraint(
                fields=["tile_row", "tile_column", "locale"], name="unique_state_tile"
            ),
            models.UniqueConstraint(fields=["code", "locale"], name="unique_state_code"),
            models.UniqueConstraint(fields=["name", "locale"], name="unique_state_name"),
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"

    @property
    def title(self):
        """For breadcrumbs and anything else that names a page by its title."""
        return self.name

    @property
    def has_contact(self):
        return bool(self.director_name or self.email or self.phone)

    @property
    def is_verified(self):
        return self.has_contact and self.last_verified is not None and not self.is_sample_contact

    @property
    def contact_status(self):
        """The one answer the map, the table and the state's page all show: "verified",
        "sample" (a labelled placeholder) or "unverified" (nothing confirmed yet; a contact
        entered without a verification date is not shown)."""
        if self.is_verified:
            return "verified"
        if self.has_contact and self.is_sample_contact:
            return "sample"
        return "unverified"

    @property
    def shows_contact(self):
        return self.contact_status != "unverified"

    @property
    def slug(self):
        return self.code.lower()

    @property
    def tile_classes(self):
        """CSS classes that place the tile on the grid (no inline styles under our CSP)."""
        return f"state-map__tile--row-{self.tile_row} state-map__tile--col-{self.tile_column}"


def contact_form_url(request):
    """The contact page chosen in the site settings (the identifier's "Contact us"), in the
    visitor's language, or "" while none is chosen and live."""

    def find():
        site = Site.find_for_request(request) if request else None
        if site is None:
            return ""
        return page_urls(request, SiteSettings.for_site(site)).get("contact_page", "")

    # The chosen page is a setting (SITE); moving or publishing it changes PAGES.
    return cached_value(request, "contact-form-url", [], find, tags=[PAGES, SITE])


VERIFIED = Q(last_verified__isnull=False, is_sample_contact=False) & (
    ~Q(director_name="") | ~Q(email="") | ~Q(phone="")
)


class StateFilters(ListingFilterSet):
    q = KeywordFilter(method="search")
    # The GET parameter is "pass", a Python keyword, so it is declared by name in the class
    # namespace (django-filter reads the declared filters from there).
    locals()["pass"] = ListingChoiceFilter(
        "pass_participation",
        label=_("PASS participation"),
        choices=[("yes", _("Takes part in PASS")), ("no", _("Does not take part in PASS"))],
    )
    contact = ListingChoiceFilter(
        label=_("Contact"),
        choices=[("verified", _("Verified contact")), ("unverified", _("Not verified"))],
        method="filter_contact",
    )

    def filter_contact(self, queryset, name, value):
        return queryset.filter(VERIFIED) if value == "verified" else queryset.exclude(VERIFIED)

    def search(self, queryset, name, value):
        return queryset.filter(Q(name__icontains=value) | Q(code__iexact=value))


class StateDirectoryPage(ListingPageMixin, BasePage):
    intro = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="A sentence or two above the map, e.g. who the directory is for.",
    )
    unverified_text = models.CharField(
        max_length=200,
        default="Contact not yet verified",
        help_text="What a state without a verified contact shows instead of blank fields.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("unverified_text")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    parent_page_types = ["pages.AboutPage"]
    subpage_types = []
    # One per parent: each language has its own home page (and tree below it).
    max_count_per_parent = 1
    summary_field = "intro"

    search_type_label = _("State directory")

    class Meta:
        verbose_name = _("state directory page")

    listing_filterset_class = StateFilters
    # Every state and territory on one page.
    listing_per_page = 100
    listing_sort_options = [
        SortOption("name", _("Name (A to Z)"), ["name"]),
        SortOption("-name", _("Name (Z to A)"), ["-name"]),
        SortOption("code", _("Code (A to Z)"), ["code"]),
        SortOption("-code", _("Code (Z to A)"), ["-code"]),
    ]

    #: What each contact status is called on the map, in the table and on a state's page
    #: ("unverified" is the editor's own wording, `unverified_text`).
    CONTACT_STATUS_LABELS = {"verified": _("Contact verified"), "sample": _("Sample contact")}

    def contact_status_label(self, state):
        return self.CONTACT_STATUS_LABELS.get(state.contact_status, self.unverified_text)

    def annotate(self, states, request):
        """Give each state its address, status label and "suggest a contact" link."""
        form_url = contact_form_url(request)
        for state in states:
            state.url = self.state_url(state)
            state.status_label = self.contact_status_label(state)
            state.correction_url = (
                f"{form_url}?{urlencode({'topic': 'state-contact', 'state': state.code})}"
                if form_url
                else ""
            )
        return states

    def state_url(self, state):
        """The site-relative address of a state's detail route."""
        return self.url + self.reverse_subpage("state", kwargs={"code": state.slug})

    def get_listing_queryset(self, request):
        return StateProgram.objects.localized()

    @path("")
    def index_route(self, request):
        # "Go straight to a state": the jump form sends ?state=FL.
        jump = request.GET.get("state", "").strip().upper()
        if re.fullmatch(r"[A-Z]{2}", jump):
            match = StateProgram.objects.sources().filter(code=jump).first()
            if match is not None:
                return redirect(self.state_url(match))
        return super().index_route(request)

    def get_listing_context(self, request, listing):
        states = list(StateProgram.objects.localized().order_by("tile_row", "tile_column"))
        rows = list(listing.items)
        self.annotate([*states, *rows], request)
        return {
            "states": states,
            "states_by_name": sorted(states, key=lambda s: s.name),
            "rows": rows,
            "sort_headers": self.sort_headers(listing),
        }

    def sort_headers(self, listing):
        """Column headers as sort links, with aria-sort for the current one."""
        headers = {}
        for column in ("name", "code"):
            current = listing.sort.value.lstrip("-") == column if listing.sort else False
            descending = current and listing.sort.value.startswith("-")
            next_value = column if descending or not current else f"-{column}"
            headers[column] = {
                "url": listing.url_with(sort=None if next_value == "name" else next_value),
                "aria_sort": ("descending" if descending else "ascending") if current else "",
            }
        return headers

    @re_path(r"^(?P<code>[A-Za-z]{2})/$", name="state")
    def state(self, request, code):
        if code != code.lower():
            return redirect(
                self.url + self.reverse_subpage("state", kwargs={"code": code.lower()}),
                permanent=True,
            )
        states = list(StateProgram.objects.localized())
        state = next((s for s in states if s.code == code.upper()), None)
        if state is None:
            raise Http404("No such state")
        neighbours = [
            s
            for s in states
            if s != state
            and abs(s.tile_row - state.tile_row) <= 1
            and abs(s.tile_column - state.tile_column) <= 1
        ]
        self.annotate([state, *neighbours], request)
        return self.render(
            request,
            template="pages/state_program.html",
            context_overrides={
                "state": state,
                "neighbours": sorted(neighbours, key=lambda s: s.name),
                # As the breadcrumbs tag gives them (pages/templatetags/site_tags.py).
                "ancestors": [
                    {"title": page.title, "url": page.get_url(request), "depth": page.depth}
                    for page in [
                        *self.get_ancestors().filter(depth__gte=2).defer_streamfields(),
                        self,
                    ]
                ],
                "canonical_url": absolute_url(self.state_url(state)),
            },
        )

    def get_sitemap_urls(self, request=None):
        """The directory and every state's route, for sitemap.xml."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for state in StateProgram.objects.sources().only("code").order_by("code"):
            path = self.reverse_subpage("state", kwargs={"code": state.slug})
            urls.append({"location": base + path, "lastmod": urls[0].get("lastmod")})
        return urls
