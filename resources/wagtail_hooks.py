import django_filters
from django import forms
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from pages.snippet_admin import TranslatableSnippetViewSet, TranslationsDeleteBulkAction

from .guide_download import build_all
from .models import Audience, ResourceType, Topic


def main_topics(request):
    return Topic.objects.sources().filter(parent=None)


class TopicFilterSet(WagtailFilterSet):
    # Only main topics can be parents: offering the subtopics too listed every one of them
    # (and read each one's parent to name it).
    parent = django_filters.ModelChoiceFilter(queryset=main_topics, label="Parent")

    class Meta:
        model = Topic
        fields = ["parent"]


class TopicForm(WagtailAdminModelForm):
    """The Parent is a list of the English main topics: the chooser offered every topic in
    every language, and a Spanish one or a subtopic was then refused ("Select a valid
    choice")."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parent = self.fields.get("parent")
        if parent is not None:
            parent.widget = forms.Select()
            parent.empty_label = "None: this is a main topic"
            parent.queryset = main_topics(None).exclude(pk=self.instance.pk)


class TopicViewSet(TranslatableSnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    list_display = ["name", "parent_name", "slug", "sort_order", "translation_status"]
    filterset_class = TopicFilterSet
    edit_handler = ObjectList(Topic.panels, base_form_class=TopicForm)
    search_fields = ["name"]
    # Each main topic, then its subtopics, by the names in the listed language (with_parent_names).
    ordering = ["listing_group", "listing_level", "sort_order", "name"]

    def get_queryset(self, request):
        # A Spanish subtopic's parent (a source topic) is shown by its Spanish name.
        return Topic.objects.with_parent_names().select_related("parent")


class AudienceViewSet(TranslatableSnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = "Audiences"
    list_display = ["name", "slug", "sort_order", "translation_status"]
    search_fields = ["name"]


class ResourceTypeViewSet(TranslatableSnippetViewSet):
    model = ResourceType
    icon = "doc-full"
    menu_label = "Resource types"
    list_display = ["name", "slug", "sort_order", "translation_status"]
    search_fields = ["name"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, AudienceViewSet, ResourceTypeViewSet)
    menu_icon = "tag"
    menu_label = "Resource taxonomy"
    menu_name = "resource-taxonomy"
    menu_order = 310


register_snippet(TaxonomyViewSetGroup)


class DeleteWithTranslations(TranslationsDeleteBulkAction):
    models = [Topic, Audience, ResourceType]


# After Wagtail's own delete action (order 0), which it replaces for these snippets.
hooks.register("register_bulk_action", DeleteWithTranslations, order=1)


@hooks.register("scheduler_pass")
def rebuild_toolkit_downloads(now):
    """The whole-toolkit PDFs that a publish, unpublish, move or deletion has marked stale."""
    return build_all(stale_only=True)
