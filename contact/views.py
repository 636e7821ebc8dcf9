"""Page feedback: "Was this page helpful?" posted from any content page, including pages served
from the page cache. The cached HTML holds no CSRF token; instead the post must come from this
site (its Origin, or without one its Referer, names one of our hosts) and is rate limited per
address like the contact form."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from pages.addresses import absolute_url
from pages.models import SiteSettings
from pages.queries import visible_pages

from . import spam
from .models import PageFeedback

_SALT = "contact.feedback-comment"
MAX_COMMENT = 500


def from_this_site(request):
    source = request.headers.get("Origin") or request.headers.get("Referer") or ""
    host = urlsplit(source).netloc
    return bool(host) and host == request.get_host()


def render_problem(request, status, reason):
    return render(request, "contact/feedback_problem.html", {"reason": reason}, status=status)


@csrf_exempt  # the Origin/Referer check stands in for the token the cached page cannot carry
@never_cache
@require_POST
def feedback(request):
    if not from_this_site(request):
        return render_problem(request, 403, "origin")
    if spam.over_rate_limit(
        request, "feedback", settings.FEEDBACK_RATE_LIMIT, settings.CONTACT_RATE_WINDOW
    ):
        return render_problem(request, 429, "rate-limit")
    if request.POST.get(spam.HONEYPOT_FIELD):
        return render_problem(request, 400, "honeypot")
    token = request.POST.get("feedback")
    if token:
        return add_comment(request, token)
    try:
        page_id = int(request.POST.get("page", ""))
    except ValueError:
        return HttpResponseBadRequest("Unknown page.")
    page = visible_pages(Page.objects.filter(pk=page_id)).first()
    answer = request.POST.get("helpful")
    if page is None or answer not in ("yes", "no"):
        return render_problem(request, 400, "invalid")
    item = PageFeedback.objects.create(
        page=page, language=get_language() or "", helpful=answer == "yes"
    )
    return render(
        request,
        "contact/feedback_thanks.html",
        {
            "feedback_page": page,
            "helpful": item.helpful,
            "token": signing.dumps(item.pk, salt=_SALT),
            "max_comment": MAX_COMMENT,
        },
    )


def add_comment(request, token):
    try:
        pk = signing.loads(token, salt=_SALT, max_age=3600)
    except signing.BadSignature:
        return render_problem(request, 400, "invalid")
    comment = request.POST.get("comment", "").strip()
    item = PageFeedback.objects.filter(pk=pk, comment="").select_related("page").first()
    if item is None or len(comment) > MAX_COMMENT:
        return render_problem(request, 400, "invalid")
    item.comment = comment
    item.save(update_fields=["comment"])
    return render(
        request,
        "contact/feedback_thanks.html",
        {"feedback_page": item.page.specific, "commented": True},
    )


def security_txt(request):
    """/.well-known/security.txt (RFC 9116) from the site settings."""
    site_settings = SiteSettings.for_request(request)
    expires = site_settings.security_txt_expires or (timezone.now() + timedelta(days=180)).date()
    lines = [
        f"Contact: {site_settings.security_contact}",
        f"Expires: {expires.isoformat()}T00:00:00.000Z",
        f"Policy: {site_settings.vulnerability_disclosure_url}",
        "Preferred-Languages: en, es",
        f"Canonical: {absolute_url('/.well-known/security.txt')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
