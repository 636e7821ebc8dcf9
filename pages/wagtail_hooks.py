from django.http import Http404
from django.utils import timezone
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ImpactStatistic, StateProgram


class ImpactStatisticViewSet(SnippetViewSet):
    model = ImpactStatistic
    icon = "table"
    menu_label = "Impact statistics"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["label", "school_year", "value", "source_name", "is_sample"]
    list_filter = ["is_sample"]
    search_fields = ["label", "school_year"]


register_snippet(ImpactStatisticViewSet)


class StateProgramViewSet(SnippetViewSet):
    model = StateProgram
    icon = "site"
    menu_label = "State MEP contacts"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "code", "director_name", "last_verified", "is_sample_contact"]
    list_filter = ["pass_participation", "is_sample_contact"]
    search_fields = ["name", "code", "director_name"]
    list_per_page = 60
    ordering = ["name"]


register_snippet(StateProgramViewSet)


@hooks.register("before_serve_page")
def hide_expired_pages(page, request, serve_args, serve_kwargs):
    """The scheduler unpublishes expired pages within a minute; until it runs, an expired page
    (and every sub-route of a routable page) must already be gone for visitors, as it is from
    every listing."""
    if page.expire_at and page.expire_at <= timezone.now():
        raise Http404
