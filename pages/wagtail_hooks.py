from django.http import Http404
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet

from .admin_views import EditorsGuideView
from .external import ExternalLinkHandler
from .models import FooterText, ImpactStatistic, StateProgram
from .roles import EDITORS, MODERATORS
from .snippet_admin import TranslatableSnippetViewSet, TranslationsDeleteBulkAction


class ImpactStatisticViewSet(TranslatableSnippetViewSet):
    model = ImpactStatistic
    icon = "table"
    menu_label = "Impact statistics"
    menu_order = 300
    add_to_admin_menu = True
    list_display = [
        "label",
        "school_year",
        "value",
        "source_name",
        BooleanColumn("is_sample", label="Sample"),
        "translation_status",
    ]
    list_filter = ["is_sample"]
    search_fields = ["label", "school_year"]


register_snippet(ImpactStatisticViewSet)


class StateProgramViewSet(TranslatableSnippetViewSet):
    model = StateProgram
    icon = "site"
    menu_label = "State MEP contacts"
    menu_order = 310
    add_to_admin_menu = True
    list_display = [
        "name",
        "code",
        "director_name",
        "last_verified",
        BooleanColumn("is_sample_contact", label="Sample contact"),
        "translation_status",
    ]
    list_filter = ["pass_participation", "is_sample_contact"]
    search_fields = ["name", "code", "director_name"]
    list_per_page = 60
    ordering = ["name"]


register_snippet(StateProgramViewSet)


class FooterTextViewSet(TranslatableSnippetViewSet):
    """The footer's disclaimer and links, one per language (Wagtail's Translate action on the
    English row makes the Spanish one)."""

    model = FooterText
    icon = "list-ul"
    menu_label = "Footer text"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["__str__", "locale", "translation_status"]


register_snippet(FooterTextViewSet)


class DeleteWithTranslations(TranslationsDeleteBulkAction):
    models = [ImpactStatistic, StateProgram, FooterText]


# After Wagtail's own delete action (order 0), which it replaces for these snippets.
hooks.register("register_bulk_action", DeleteWithTranslations, order=1)


@hooks.register("register_rich_text_features")
def register_external_link_style(features):
    """Rich text links that leave the site get the external-link style and hint too."""
    features.register_link_type(ExternalLinkHandler)


@hooks.register("before_serve_page")
def hide_expired_pages(page, request, serve_args, serve_kwargs):
    """The scheduler unpublishes expired pages within a minute; until it runs, an expired page
    (and every sub-route of a routable page) must already be gone for visitors, as it is from
    every listing."""
    if page.expire_at and page.expire_at <= timezone.now():
        raise Http404


# The editor's guide (docs/editors.md) -------------------------------------------------------


@hooks.register("register_admin_urls")
def register_editors_guide_url():
    return [path("editors-guide/", EditorsGuideView.as_view(), name="editors_guide")]


@hooks.register("register_help_menu_item")
def register_editors_guide_menu_item():
    # Before Wagtail's own (general) editor guide in the Help menu.
    return MenuItem("RESULTS editor's guide", reverse("editors_guide"), icon_name="help", order=900)


ROLE_SUMMARIES = {
    EDITORS: "you write and edit pages, upload images and documents, and submit pages for "
    "moderation; a Moderator approves and publishes them.",
    MODERATORS: "you review what Editors submit, approve or reject it, and publish, "
    "unpublish and schedule pages.",
}


class EditorsHelpPanel(Component):
    """Dashboard panel: what the user's role may do and where the guide explains each task."""

    name = "editors_help"
    template_name = "pages/admin/help_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        groups = set(user.groups.values_list("name", flat=True))
        role = next((name for name in (MODERATORS, EDITORS) if name in groups), None)
        context["role"] = role
        if role:
            context["role_summary"] = ROLE_SUMMARIES[role]
        elif user.is_superuser:
            context["role_summary"] = "You are an administrator: you may do everything."
        else:
            context["role_summary"] = "Ask an administrator which role you have."
        return context


@hooks.register("construct_homepage_panels")
def add_editors_help_panel(request, panels):
    panels.append(EditorsHelpPanel())
