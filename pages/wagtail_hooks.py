from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ImpactStatistic


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
