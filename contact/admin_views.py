"""Admin report "Page feedback": yes/no counts, share helpful and latest comments per page,
filterable by section and date, sortable, with CSV export. Moderators and administrators only."""

import csv

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Q
from django.http import HttpResponse
from django.urls import reverse_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Page

from pages.roles import MODERATORS

from .models import PageFeedback

SORTS = {
    "no": ("-no", "Most “No” first"),
    "yes": ("-yes", "Most “Yes” first"),
    "total": ("-total", "Most answers first"),
    "latest": ("-latest", "Newest answer first"),
}


def is_moderator(user):
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


def section_choices():
    sections = Page.objects.filter(depth=3).order_by("path").values_list("path", "title")
    return [("", "All sections"), *sections]


class FeedbackFilterForm(forms.Form):
    section = forms.ChoiceField(required=False, choices=section_choices)
    since = forms.DateField(required=False, label="From", widget=AdminDateInput)
    until = forms.DateField(required=False, label="To", widget=AdminDateInput)
    sort = forms.ChoiceField(
        required=False, choices=[(key, label) for key, (_, label) in SORTS.items()]
    )


class PageFeedbackReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Page feedback"
    header_icon = "comment"
    template_name = "contact/admin/feedback_report.html"
    breadcrumbs_items = [
        *WagtailAdminTemplateMixin.breadcrumbs_items,
        {"url": reverse_lazy("page_feedback_report"), "label": "Page feedback"},
    ]

    def dispatch(self, request, *args, **kwargs):
        if not is_moderator(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def feedback(self, form):
        items = PageFeedback.objects.all()
        data = form.cleaned_data if form.is_valid() else {}
        if data.get("section"):
            items = items.filter(page__path__startswith=data["section"])
        if data.get("since"):
            items = items.filter(created_at__date__gte=data["since"])
        if data.get("until"):
            items = items.filter(created_at__date__lte=data["until"])
        return items, SORTS.get(data.get("sort") or "no", SORTS["no"])[0]

    def rows(self, form):
        items, order = self.feedback(form)
        rows = list(
            items.values("page")
            .annotate(
                yes=Count("pk", filter=Q(helpful=True)),
                no=Count("pk", filter=Q(helpful=False)),
                total=Count("pk"),
                latest=Max("created_at"),
            )
            .order_by(order, "page")
        )
        pages = Page.objects.in_bulk([row["page"] for row in rows])
        comments = {}
        for item in items.exclude(comment="").order_by("-created_at"):
            page_comments = comments.setdefault(item.page_id, [])
            if len(page_comments) < 3:
                page_comments.append(item)
        for row in rows:
            row["page"] = pages.get(row["page"])
            row["share"] = round(100 * row["yes"] / row["total"]) if row["total"] else 0
            row["comments"] = comments.get(row["page"].pk if row["page"] else None, [])
        return [row for row in rows if row["page"] is not None]

    def get(self, request, *args, **kwargs):
        form = FeedbackFilterForm(request.GET or None)
        rows = self.rows(form)
        if request.GET.get("export") == "csv":
            return self.as_csv(rows)
        context = self.get_context_data(form=form, rows=rows)
        query = request.GET.copy()
        query["export"] = "csv"
        context["csv_query"] = query.urlencode()
        return self.render_to_response(context)

    def as_csv(self, rows):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="page-feedback.csv"'
        writer = csv.writer(response)
        writer.writerow(["Page", "URL", "Yes", "No", "Share helpful (%)", "Latest", "Comments"])
        for row in rows:
            writer.writerow(
                [
                    row["page"].title,
                    row["page"].url or "",
                    row["yes"],
                    row["no"],
                    row["share"],
                    row["latest"].isoformat(),
                    " | ".join(item.comment for item in row["comments"]),
                ]
            )
        return response


class ReviewFilterForm(forms.Form):
    section = forms.ChoiceField(required=False, choices=section_choices)
    owner = forms.ModelChoiceField(
        required=False,
        queryset=None,
        empty_label="All owners",
        help_text="The page's owner (who created it).",
    )
    months = forms.IntegerField(required=False, min_value=1, max_value=120, initial=12)

    def __init__(self, *args, **kwargs):
        from django.contrib.auth import get_user_model

        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = (
            get_user_model().objects.filter(owned_pages__isnull=False).distinct()
        )


class ContentDueForReviewView(WagtailAdminTemplateMixin, TemplateView):
    """Live pages not changed (republished) for `months` months (12 by default), oldest
    first, filterable by section and owner, with CSV export. A page counts as reviewed when an
    editor republishes it after checking it; statement pages also have their review date."""

    page_title = "Content due for review"
    header_icon = "time"
    template_name = "contact/admin/review_report.html"
    breadcrumbs_items = [
        *WagtailAdminTemplateMixin.breadcrumbs_items,
        {"url": reverse_lazy("content_review_report"), "label": "Content due for review"},
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perms(["wagtailadmin.access_admin"]):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def pages(self, form):
        from django.utils import timezone

        data = form.cleaned_data if form.is_valid() else {}
        months = data.get("months") or 12
        cutoff = timezone.now() - timezone.timedelta(days=round(months * 30.44))
        pages = Page.objects.live().filter(depth__gt=2, last_published_at__lt=cutoff)
        if data.get("section"):
            pages = pages.filter(path__startswith=data["section"])
        if data.get("owner"):
            pages = pages.filter(owner=data["owner"])
        return pages.select_related("owner", "locale").order_by("last_published_at", "path")

    def get(self, request, *args, **kwargs):
        form = ReviewFilterForm(request.GET or None)
        pages = list(self.pages(form)[:500])
        if request.GET.get("export") == "csv":
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="content-due-for-review.csv"'
            writer = csv.writer(response)
            writer.writerow(["Page", "URL", "Language", "Owner", "Last published"])
            for page in pages:
                writer.writerow(
                    [
                        page.title,
                        page.url or "",
                        page.locale.language_code,
                        page.owner.get_username() if page.owner else "",
                        page.last_published_at.isoformat(),
                    ]
                )
            return response
        query = request.GET.copy()
        query["export"] = "csv"
        context = self.get_context_data(form=form, pages=pages, csv_query=query.urlencode())
        return self.render_to_response(context)
