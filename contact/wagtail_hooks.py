from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pages.roles import MODERATORS

from .admin_views import ContentDueForReviewView, PageFeedbackReportView, is_moderator
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


@hooks.register("register_admin_urls")
def register_feedback_report_url():
    return [
        path(
            "reports/page-feedback/",
            PageFeedbackReportView.as_view(),
            name="page_feedback_report",
        ),
        path(
            "reports/content-due-for-review/",
            ContentDueForReviewView.as_view(),
            name="content_review_report",
        ),
        path(
            "reports/content-due-for-review/results/",
            ContentDueForReviewView.as_view(results_only=True),
            name="content_review_report_results",
        ),
    ]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_moderator(request.user)


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return ModeratorMenuItem(
        "Page feedback", reverse("page_feedback_report"), icon_name="comment", order=900
    )


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ModeratorMenuItem(
        "Content due for review", reverse("content_review_report"), icon_name="time", order=910
    )
