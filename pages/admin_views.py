"""The editor's guide in the admin: docs/editors.md, the one copy of it, rendered for staff."""

from functools import cache

import markdown
from django.conf import settings
from django.http import Http404
from django.urls import reverse_lazy
from django.utils.safestring import mark_safe
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

GUIDE_PATH = settings.BASE_DIR / "docs" / "editors.md"


@cache
def render_guide(path, modified):
    """The guide as HTML (headings get ids for links like #scheduling-and-expiry); rendered
    again only when the file changes."""
    text = path.read_text(encoding="utf-8")
    return markdown.markdown(text, extensions=["toc", "tables", "sane_lists"], output_format="html")


class EditorsGuideView(WagtailAdminTemplateMixin, TemplateView):
    page_title = "Editor's guide"
    header_icon = "help"
    template_name = "pages/admin/editors_guide.html"
    breadcrumbs_items = [
        *WagtailAdminTemplateMixin.breadcrumbs_items,
        {"url": reverse_lazy("editors_guide"), "label": "Editor's guide"},
    ]

    def get_context_data(self, **kwargs):
        try:
            modified = GUIDE_PATH.stat().st_mtime
        except OSError as error:
            raise Http404("This copy of the site has no docs/editors.md.") from error
        context = super().get_context_data(**kwargs)
        # Our own file from the repository, not user input.
        context["guide_html"] = mark_safe(render_guide(GUIDE_PATH, modified))  # noqa: S308
        return context


def snippet_translation_not_found(request, **kwargs):
    """Wagtail's "Translate" view for a snippet looks its id up as given, and an id that is not
    a number raised a ValueError (a 500) instead of "not found". Every snippet here has a
    numeric id, so the URLs with another id answer 404 before that view (mep_site/urls.py)."""
    raise Http404("No such snippet.")
