"""Every field an editor fills in explains itself in the admin."""

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import InlinePanel
from wagtail.images.models import AbstractRendition
from wagtail.models import Page

#: Fields Wagtail itself defines and explains (title, slug, promote tab, image internals).
WAGTAIL_FIELDS = {f.name for f in Page._meta.get_fields()} | {"sort_order"}
IMAGE_INTERNALS = {
    "file", "width", "height", "created_at", "uploaded_by_user", "focal_point_x",
    "focal_point_y", "focal_point_width", "focal_point_height", "file_size", "file_hash",
    "collection", "tags", "title",
}  # fmt: skip


def editor_fields():
    for model in apps.get_models():
        meta = model._meta
        if meta.app_label not in settings.CONTENT_APPS or issubclass(model, AbstractRendition):
            continue
        skip = WAGTAIL_FIELDS if issubclass(model, Page) else set()
        if meta.model_name == "customimage":
            skip = IMAGE_INTERNALS
        for field in meta.get_fields():
            if (
                not field.concrete
                or field.auto_created
                or not getattr(field, "editable", False)
                or isinstance(field, ParentalKey)
                or field.name in skip
                or field.name.startswith("_")
            ):
                continue
            if isinstance(field, models.ForeignKey) and field.name.endswith("_ptr"):
                continue
            yield f"{meta.label}.{field.name}", field


@pytest.mark.parametrize("name,field", list(editor_fields()), ids=lambda v: str(v)[:60])
def test_field_has_help_text(name, field):
    assert str(field.help_text).strip(), f"{name} has no help text"


def inline_panels(panel):
    if isinstance(panel, InlinePanel):
        yield panel
    for child in getattr(panel, "children", []):
        yield from inline_panels(child)


@pytest.mark.parametrize(
    "model",
    [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in settings.CONTENT_APPS
    ],
    ids=lambda model: model._meta.label,
)
def test_every_inline_panel_has_help_text(model):
    """A list of rows (downloads, sessions, related resources) says what it is for, like a
    field."""
    for panel in inline_panels(model.get_edit_handler()):
        assert str(panel.help_text).strip(), f"{model._meta.label}.{panel.relation_name}"
