"""The page editor's form (every page type's `base_form_class`, via BasePage). Admin-only help
text stays in English, as all our admin text does; labels that reuse Wagtail's own words follow
the editor's language. The upload forms are in pages/upload_forms.py."""

from django.conf import settings
from django.core.validators import validate_slug
from django.utils.text import capfirst, format_lazy
from wagtail.admin.forms import WagtailAdminPageForm

SCHEDULE_HELP_TEXT = {
    "go_live_at": "Eastern time (ET), the site's time zone, on a 24-hour clock: 2026-12-01 14:30 "
    "is 2:30 p.m. ET. The page goes live then, once it is published or approved; a time in the "
    "past publishes at once. Leave empty to publish when approved.",
    "expire_at": "Eastern time (ET), on a 24-hour clock. At this time the page is unpublished "
    "and leaves every list, feed and search result. Leave empty to keep it up.",
}


class PageForm(WagtailAdminPageForm):
    """Every page's editor form: the schedule dialog ("Set schedule" in the status side panel)
    says its times are Eastern time, and a slug is plain ASCII."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        slug = self.fields.get("slug")
        if slug is not None and not getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True):
            # Wagtail's script already writes "como" for "cómo"; this refuses a slug typed
            # (or sent) with accents, which browsers would show percent-encoded.
            slug.validators.append(validate_slug)
        for name, help_text in SCHEDULE_HELP_TEXT.items():
            field = self.fields.get(name)
            if field is None:
                continue
            # Wagtail's own label ("Go live date/time", translated) plus the zone.
            model_field = self._meta.model._meta.get_field(name)
            field.label = format_lazy("{} (ET)", capfirst(model_field.verbose_name))
            field.help_text = help_text
