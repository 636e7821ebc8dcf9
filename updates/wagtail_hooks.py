from wagtail import hooks
from wagtail.admin.ui.components import Component

from .scheduler import upcoming

SCHEDULE_WINDOW_DAYS = 14


class ScheduledPanel(Component):
    """Dashboard panel: pages that go live or expire in the next two weeks."""

    name = "scheduled_publishing"
    template_name = "updates/admin/scheduled_panel.html"
    order = 120

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = upcoming(days=SCHEDULE_WINDOW_DAYS)
        context["days"] = SCHEDULE_WINDOW_DAYS
        return context


@hooks.register("construct_homepage_panels")
def add_scheduled_panel(request, panels):
    panels.append(ScheduledPanel())
