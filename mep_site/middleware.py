"""Response headers that Django's own settings do not cover."""

from django.conf import settings


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
