"""Response headers that Django's own settings do not cover."""

from csp.middleware import CSPMiddleware
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the looser policy the Wagtail admin needs (it still relies
    on inline styles and a few inline scripts); everything else keeps the strict one from
    settings. `get_policy_parts` is the library's documented place for a per-request policy.
    """

    ADMIN_PATH_PREFIX = "/admin/"
    ADMIN_POLICY_UPDATE = {
        "script-src": ["'unsafe-inline'"],
        "style-src": ["'unsafe-inline'"],
        "img-src": ["blob:"],
    }

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(self.ADMIN_PATH_PREFIX):
            parts.update = {**self.ADMIN_POLICY_UPDATE, **(parts.update or {})}
        return parts


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
