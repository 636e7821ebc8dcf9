"""Admin report "Page feedback": yes/no counts, share helpful and latest comments per page,
filterable by section and date, sortable, with CSV export. Moderators and administrators only."""

import csv

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, DateField, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, TruncDate
from django.http import HttpResponse
from django.urls import reverse_lazy
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Page, get_page_models

from pages.mixins import BasePage
from pages.roles import MODERATORS

from .models import PageFeedback

SORTS = {
    "no": ("-no", "Most “No” first"),
    "yes": ("-yes", "Most “Yes” first"),
    "total": ("-total", "Most answers first"),
    "latest": ("-latest", "Newest answer first"),
}


#: Months since the last review after which a page is due; the first is the report's default.
REVIEW_PERIODS = (12, 18, 24, 36)


def is_moderator(user):
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


def section_choices():
    """The top-level sections (children of each language's home page), with their language."""
    sections = (
        Page.objects.filter(depth=3)
        .order_by("path")
        .values_list("path", "title", "locale__language_code")
    )
    return [("", "All sections")] + [
        (path, f"{title} ({language})") for path, title, language in sections
    ]


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


def page_owners(request):
    return (
        get_user_model().objects.filter(owned_pages__isnull=False).distinct().order_by("username")
    )


def reviewed_on():
    """Each page's "last reviewed" date. It lives in the page type's own table (BasePage is
    abstract), so it is read through one subquery per table, coalesced: one SQL query."""
    tables = [
        model
        for model in get_page_models()
        if issubclass(model, BasePage) and model._meta.get_field("last_reviewed").model is model
    ]
    dates = [
        Subquery(model.objects.filter(pk=OuterRef("pk")).values("last_reviewed")[:1])
        for model in tables
    ]
    return Coalesce(*dates, output_field=DateField()) if len(dates) > 1 else dates[0]


class ReviewReportFilterSet(WagtailFilterSet):
    section = django_filters.ChoiceFilter(
        label="Section", choices=section_choices, empty_label=None, method="in_section"
    )
    owner = django_filters.ModelChoiceFilter(
        label="Owner", field_name="owner", empty_label="All owners", queryset=page_owners
    )
    months = django_filters.ChoiceFilter(
        label="Not reviewed for at least",
        choices=[(months, f"{months} months") for months in REVIEW_PERIODS[1:]],
        empty_label=f"{REVIEW_PERIODS[0]} months",
        method="not_reviewed_for",
    )

    class Meta:
        model = Page
        fields = ["section", "owner", "months"]

    def in_section(self, queryset, name, value):
        return queryset.filter(path__startswith=value)

    def not_reviewed_for(self, queryset, name, value):
        return queryset.filter(due_since__lt=review_cutoff(int(value)))


def review_cutoff(months):
    return timezone.localdate() - timezone.timedelta(days=round(months * 30.44))


class ContentDueForReviewView(ReportView):
    """Live pages whose last review (or, never reviewed, last publish) is more than 12 months
    old, oldest first, filterable by section and owner, with CSV and XLSX export."""

    page_title = "Content due for review"
    header_icon = "time"
    results_template_name = "contact/admin/review_report_results.html"
    index_url_name = "content_review_report"
    index_results_url_name = "content_review_report_results"
    filterset_class = ReviewReportFilterSet
    model = Page
    context_object_name = "pages"
    list_export = [
        "title",
        "full_url",
        "locale.language_code",
        "owner",
        "last_published_at",
        "last_reviewed",
        "due_since",
    ]
    export_headings = {
        "title": "Page",
        "full_url": "URL",
        "locale.language_code": "Language",
        "owner": "Owner",
        "last_published_at": "Last published",
        "last_reviewed": "Last reviewed",
        "due_since": "Reviewed or published",
    }

    def dispatch(self, request, *args, **kwargs):
        if not is_moderator(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"content-due-for-review-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        self.queryset = (
            Page.objects.live()
            .filter(depth__gt=2)
            .annotate(last_reviewed=reviewed_on())
            .annotate(
                due_since=Coalesce(
                    "last_reviewed", TruncDate("last_published_at"), output_field=DateField()
                )
            )
            .filter(due_since__lt=review_cutoff(REVIEW_PERIODS[0]))
            .select_related("owner", "locale")
            .order_by("due_since", "path")
        )
        return super().get_queryset()
