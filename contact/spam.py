"""Spam checks without a CAPTCHA, shared by the contact form and page feedback: a honeypot
field, a minimum fill time (a signed timestamp in the form) and a per-address rate limit kept in
the shared cache, so every web process counts the same posts."""

import logging
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

logger = logging.getLogger(__name__)

HONEYPOT_FIELD = "website"
STARTED_FIELD = "started"
_SALT = "contact.form-started"
#: A form older than this (seconds) is sent again from a fresh page.
MAX_FORM_AGE = 24 * 3600


def client_address(request):
    """The visitor's address: REMOTE_ADDR, or with PROXY_COUNT proxies in front, the address
    the outermost of them saw (as django-axes counts it)."""
    proxies = getattr(settings, "AXES_IPWARE_PROXY_COUNT", None) or 0
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def started_token():
    """The value of the hidden "started" field: when the form was shown, signed."""
    return signing.dumps(int(time.time()), salt=_SALT)


def fill_time_problem(value):
    """None when the form took at least CONTACT_MIN_FILL_SECONDS to fill in and is not older
    than a day; otherwise why not ("too-fast", "expired", "missing")."""
    try:
        started = signing.loads(value or "", salt=_SALT)
    except signing.BadSignature:
        return "missing"
    if not isinstance(started, int):
        return "missing"
    age = time.time() - started
    if age > MAX_FORM_AGE:
        return "expired"
    if age < settings.CONTACT_MIN_FILL_SECONDS:
        return "too-fast"
    return None


def over_rate_limit(request, scope, limit, window):
    """Count this post from the visitor's address; True once they have sent more than `limit`
    in `window` seconds. A cache outage lets the post through (logged)."""
    key = f"rate:{scope}:{client_address(request)}"
    try:
        count = 1 if cache.add(key, 1, timeout=window) else cache.incr(key)
    except Exception:
        logger.warning("event=rate_limit_unavailable scope=%s", scope)
        return False
    return count > limit
