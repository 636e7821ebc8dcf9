"""Behaviour shared by every page type, written once."""

import html
import re

from django.conf import settings
from django.db import models
from django.utils.html import strip_tags
from django.utils.http import http_date
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageViewRestriction

from .addresses import absolute_url, site_url
from .forms import PageForm
from .queries import view_restrictions

#: The end of a block of rich text (a paragraph, list item, heading…) or a line break: where a
#: space must stand once the tags go, or "…they meet.</p><p>The…" reads "meet.The".
BLOCK_END = re.compile(r"(</(?:p|li|h[1-6]|blockquote|div)>|<br\s*/?>)", re.IGNORECASE)


def plain_text(text):
    """Rich text (or plain text) as one line of plain text, with a space between its blocks."""
    return " ".join(html.unescape(strip_tags(BLOCK_END.sub(r"\1 ", text))).split())


class SeoMixin:
    """Meta description and social image with sensible fallbacks, and a JSON-LD hook."""

    #: Name of a plain-text/rich-text field to use when the search description is empty.
    summary_field = "summary"

    def get_meta_description(self):
        text = str(self.search_description or getattr(self, self.summary_field, "") or "")
        # A page shows it three times (meta, Open Graph, JSON-LD): worked out once per text.
        memo = self.__dict__.get("_meta_description")
        if memo is None or memo[0] != text:
            # Rich text keeps its entities ("Q&amp;As") after the tags go; templates escape again.
            memo = (text, Truncator(plain_text(text)).chars(300))
            self._meta_description = memo
        return memo[1]

    def get_social_image(self):
        return getattr(self, "listing_image", None)

    def get_json_ld(self, request):
        """Structured data for this page as a dict (or None); page types override it."""
        return None

    def get_json_ld_image(self, request):
        """The social image's absolute URL for structured data, or None."""
        image = self.get_social_image()
        if image is None:
            return None
        rendition = image.get_rendition("fill-1200x675")
        return absolute_url(rendition.url)

    def article_json_ld(self, request, *, date, schema_type="Article", headline="", url=""):
        """A schema.org Article (or NewsArticle) for a dated page; page types add to it."""
        data = {
            "@context": "https://schema.org",
            "@type": schema_type,
            "headline": (headline or self.title)[:110],
            "description": self.get_meta_description(),
            "datePublished": date.isoformat(),
            "url": url or self.get_full_url(request),
        }
        image = self.get_json_ld_image(request)
        if image:
            data["image"] = image
        return data


#: The Promote tab of every page type: Wagtail's panels, with the menu label (BasePage.menu_title)
#: beside "Show in menus".
PROMOTE_PANELS = [
    MultiFieldPanel(
        [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
        heading=_("For search engines"),
    ),
    MultiFieldPanel(
        [FieldPanel("show_in_menus"), FieldPanel("menu_title")], heading=_("For site menus")
    ),
]


class ListingImageMixin(models.Model):
    """An image for cards, listings and social previews."""

    listing_image = models.ForeignKey(
        "pages.CustomImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown on cards and when the page is shared on social media. "
        "Landscape, at least 1200×630 pixels works best.",
    )

    promote_panels = [*PROMOTE_PANELS, FieldPanel("listing_image")]

    class Meta:
        abstract = True


class BasePage(SeoMixin, Page):
    """Parent of every page type on the site."""

    #: The field holding the page's own publication date (an update's, story's or resource's
    #: date), shown as "Published" under the title and beside the page in search results;
    #: None: the title shows the day the page first went live on the site, search no date.
    published_date_field = None
    #: The date field search results show instead, for a page whose date is not a publication
    #: date (an event's start).
    listing_date_field = None
    #: How the page's own date is written, under the title and in search results: a named
    #: format (pages/formats). "YEAR_MONTH_FORMAT" for a date known only to the month.
    own_date_format = "DATE_FORMAT"

    # The schedule dialog says its times are Eastern time (pages/forms.py).
    base_form_class = PageForm

    last_reviewed = models.DateField(
        _("last reviewed"),
        blank=True,
        null=True,
        help_text=_(
            "Date an editor last checked this page is still accurate. Shown to visitors under "
            "the title as “Reviewed” (a statement page: as its Content tab's “Review date kind” "
            "says); the “Content due for review” report lists pages not reviewed for a year."
        ),
    )

    menu_title = models.CharField(
        _("menu label"),
        max_length=60,
        blank=True,
        help_text=_(
            "A shorter name for the page in the site's menus: the navigation bar at the top of "
            "every page, its submenus and the section's side navigation. Leave it blank to use "
            "the title. Breadcrumbs, the page itself and search results show the full title."
        ),
    )

    promote_panels = PROMOTE_PANELS
    # In the Settings tab of every page type: no page type overrides settings_panels.
    settings_panels = [*Page.settings_panels, FieldPanel("last_reviewed")]

    class Meta:
        abstract = True

    @property
    def review_date_label(self):
        """What the dates under the title call `last_reviewed`."""
        return _("Reviewed")

    def get_url_parts(self, request=None):
        # Absolute URLs on the configured public address, not the Site record's (addresses.py).
        parts = super().get_url_parts(request)
        if not parts or parts[1] is None:
            return parts
        site_id, _root_url, page_path = parts
        return site_id, site_url(), page_path

    def needs_translation(self):
        """A translation copy (Wagtail's "Translate") that has never been published and still
        carries its original's title: the draft nobody has translated yet."""
        if self.live or self.first_published_at is not None or not self.pk:
            return False
        memo = self.__dict__.get("_needs_translation")
        if memo is None:
            original_title = (
                Page.objects.filter(
                    translation_key=self.translation_key,
                    locale__language_code=settings.LANGUAGE_CODE,
                )
                .exclude(pk=self.pk)
                .values_list("title", flat=True)
                .first()
            )
            memo = original_title is not None and original_title == (self.draft_title or self.title)
            self._needs_translation = memo
        return memo

    def get_admin_display_title(self):
        # Marked in the admin's page listings, search and dashboard until someone translates it.
        title = super().get_admin_display_title()
        return f"{title} (needs translation)" if self.needs_translation() else title

    def get_view_restrictions(self):
        """The view restrictions on this page and its ancestors, as Wagtail's own method finds
        them, in one query instead of two (`view_restrictions`); none without a query for a
        page the router loaded already knowing that none applies (pages/routing.py)."""
        if self.__dict__.get("view_restricted") is False:
            return PageViewRestriction.objects.none()
        return view_restrictions(self)

    def get_listing_date(self):
        field = self.listing_date_field or self.published_date_field
        return getattr(self, field) if field else None

    def get_published_date(self):
        """The date the page header shows as "Published" (components/page_dates.html)."""
        if self.published_date_field:
            return getattr(self, self.published_date_field)
        return self.first_published_at

    def get_last_modified(self):
        """When what this page shows last changed, for the Last-Modified header and the
        sitemap's lastmod (the same value): its last publish. None for a page that shows other
        pages (a home page, a list, a section with children), whose content changes when they
        do: those send no Last-Modified and are always answered in full."""
        if self.depth <= 2 or self.numchild:
            return None
        return self.last_published_at

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        last_modified = self.get_last_modified()
        if (
            last_modified is not None
            and response.status_code == 200
            and not response.has_header("Last-Modified")
        ):
            # Django's ConditionalGetMiddleware answers If-Modified-Since with a 304.
            response.headers["Last-Modified"] = http_date(last_modified.timestamp())
        return response

    #: What visitors call this kind of page, shown on its search results ("Curriculum",
    #: "Policy Q&A"); a page type without one shows its verbose name.
    search_type_label = None

    def get_type_label(self):
        """What kind of page this is, for search results ("Update", "Webinar")."""
        return capfirst(self.search_type_label or self._meta.verbose_name)
