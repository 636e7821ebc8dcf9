from wagtail import hooks

from pages.roles import MODERATORS

from .retention import purge_old_submissions


@hooks.register("filter_form_submissions_for_user")
def only_moderators_see_submissions(user, editable_forms):
    """Contact messages hold visitors' names and addresses: only Moderators and administrators
    see them (Wagtail's default is everyone who may edit the form page)."""
    if user.is_superuser or user.groups.filter(name=MODERATORS).exists():
        return editable_forms
    return editable_forms.none()


@hooks.register("scheduler_pass")
def purge_submissions(now):
    return purge_old_submissions(now)
