"""Admin template tags: bulk actions filtered by what the user may do."""

from django import template
from django.apps import apps
from django.urls import reverse
from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

register = template.Library()

#: Page bulk actions and the page permission each needs somewhere in the tree.
PAGE_BULK_ACTION_PERMISSIONS = {"publish": "publish", "unpublish": "publish"}


def forbidden_bulk_actions(user, app_label, model_name):
    """The bulk action types of this listing that `user` could never carry out."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return set()
    if not issubclass(model, Page):
        return set()
    policy = PagePermissionPolicy()
    return {
        action
        for action, permission in PAGE_BULK_ACTION_PERMISSIONS.items()
        if not policy.user_has_permission(user, permission)
    }


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def permitted_bulk_action_choices(context, app_label, model_name):
    """Wagtail's {% bulk_action_choices %} without the actions the user may not perform."""
    choices = bulk_action_choices(context, app_label, model_name)
    forbidden = forbidden_bulk_actions(context["request"].user, app_label, model_name)
    if not forbidden:
        return choices
    hidden_urls = {
        reverse("wagtail_bulk_action", args=[app_label, model_name, action]) for action in forbidden
    }
    buttons = []
    for button in choices["buttons"]:
        if getattr(button, "url", None) in hidden_urls:
            continue
        if hasattr(button, "dropdown_buttons"):  # the "More" menu
            button.dropdown_buttons = [
                item for item in button.dropdown_buttons if item.url not in hidden_urls
            ]
            if not button.dropdown_buttons:
                continue
        buttons.append(button)
    return {**choices, "buttons": buttons}
