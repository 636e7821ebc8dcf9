"""The Subscribe page: every feed and calendar subscription the site offers, in the visitor's
language, gathered from the page types that provide them."""

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from ..blocks import INLINE_RICH_TEXT_FEATURES
from ..mixins import BasePage
from ..queries import listed_pages


def subscription_sources():
    """Page types with a `subscription_feeds(request)` method (a list of dicts with title,
    url, format and kind: "feed" or "calendar"), found in settings.CONTENT_APPS so that
    `pages` names no content app."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and model._meta.app_label in settings.CONTENT_APPS
        and callable(getattr(model, "subscription_feeds", None))
    ]


def site_subscriptions(request):
    """[(section page, its feeds)] for every visible section that offers any, in the order of
    the page tree (the menu's order)."""
    sections = []
    for model in subscription_sources():
        sections += list(listed_pages(model.objects.all()))
    sections.sort(key=lambda page: page.path)
    found = []
    for page in sections:
        feeds = page.subscription_feeds(request)
        if feeds:
            found.append((page, feeds))
    return found


class SubscribePage(BasePage):
    intro = RichTextField(
        features=INLINE_RICH_TEXT_FEATURES,
        blank=True,
        help_text="A sentence or two above the list of feeds, e.g. who they are for.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    # One per parent: each language has its own home page (and tree below it).
    max_count_per_parent = 1
    summary_field = "intro"

    search_type_label = _("Subscribe")

    class Meta:
        verbose_name = _("subscribe page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        subscriptions = site_subscriptions(request)
        context["feed_sections"] = [
            (page, [f for f in feeds if f["kind"] == "feed"]) for page, feeds in subscriptions
        ]
        context["feed_sections"] = [(p, f) for p, f in context["feed_sections"] if f]
        context["calendars"] = [
            dict(feed, section=page)
            for page, feeds in subscriptions
            for feed in feeds
            if feed["kind"] == "calendar"
        ]
        return context
