from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .scheduler import awaiting_approval, upcoming

SCHEDULE_WINDOW_DAYS = 14


class ScheduledPanel(Component):
    """Dashboard panel: what goes live or expires in the next two weeks, and what waits for
    approval with a requested time, limited to the pages the user may edit."""

    name = "scheduled_publishing"
    template_name = "updates/admin/scheduled_panel.html"
    order = 120

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        context["rows"] = upcoming(days=SCHEDULE_WINDOW_DAYS, user=user)
        context["awaiting"] = awaiting_approval(user=user)
        context["days"] = SCHEDULE_WINDOW_DAYS
        context["now"] = timezone.now()
        return context


@hooks.register("construct_homepage_panels")
def add_scheduled_panel(request, panels):
    panels.append(ScheduledPanel())
