"""Response headers that Django's own settings do not cover."""

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from django.conf import settings
from django.http import HttpResponse

#: What a view or middleware sets on a response to change its policy (django-csp).
PER_RESPONSE_POLICY = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_exempt",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
    "_csp_exempt_ro",
)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the site-wide header worked out once per process.

    Every public page gets the same policy, yet django-csp builds the header string anew for
    each response, about a fifth of the cost of serving a page from the page cache. A response
    with its own policy (the admin's), a nonce, or an excluded path goes the library's way.
    """

    _memo = None  # (policy setting, report-only setting, [(header, value)])

    def process_response(self, request, response):
        enforced = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
        report_only = getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None) or {}
        if (
            settings.DEBUG
            or getattr(request, "_csp_nonce", None) is not None
            or any(hasattr(response, name) for name in PER_RESPONSE_POLICY)
            or enforced.get("EXCLUDE_URL_PREFIXES")
            or report_only.get("EXCLUDE_URL_PREFIXES")
        ):
            return super().process_response(request, response)
        memo = self._memo
        if memo is None or memo[0] is not enforced or memo[1] is not report_only:
            # The library's own result for a plain response, kept while the settings stand.
            plain = super().process_response(request, HttpResponse())
            headers = [(h, plain[h]) for h in (HEADER, HEADER_REPORT_ONLY) if h in plain]
            memo = self._memo = (enforced, report_only, headers)
        else:
            # As the library does once the header is written: a nonce asked for now is an error.
            request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        for header, value in memo[2]:
            if header not in response:
                response[header] = value
        return response


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class AdminContentSecurityPolicyMiddleware:
    """The Wagtail admin still relies on inline styles and a few inline scripts, so it gets a
    looser policy than the public site; everything else keeps the strict one."""

    ADMIN_POLICY_UPDATE = {
        "script-src": ["'unsafe-inline'"],
        "style-src": ["'unsafe-inline'"],
        "img-src": ["blob:"],
    }

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/"):
            response._csp_update = self.ADMIN_POLICY_UPDATE
        return response
