"""Every StreamField block editors can add has a description and a preview in the block picker
(Wagtail's block previews, as the bakery demo has them), and the admin's block-preview view
renders each one with the site's styles. Blocks are found by walking every StreamField of the
content apps' models, so a new block without a preview fails here."""

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from wagtail import blocks
from wagtail.fields import StreamField


def walk(block, path):
    """(path, block) for every block below `block`, and whether an editor picks it."""
    if isinstance(block, blocks.StreamBlock):
        for name, child in block.child_blocks.items():
            yield f"{path}.{name}", child, True
            yield from walk(child, f"{path}.{name}")
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield f"{path}.{name}", child, False
            yield from walk(child, f"{path}.{name}")
    elif isinstance(block, blocks.ListBlock):
        yield f"{path}.item", block.child_block, False
        yield from walk(block.child_block, f"{path}.item")


def is_ours(block):
    return block.__class__.__module__.split(".")[0] in settings.CONTENT_APPS


def stream_fields():
    for label in settings.CONTENT_APPS:
        for model in apps.get_app_config(label).get_models():
            for field in model._meta.get_fields():
                if isinstance(field, StreamField) and field.model is model:
                    yield f"{model._meta.label}.{field.name}", field.stream_block


def previewed_blocks():
    """Blocks that need a preview: every block an editor picks from a StreamField's menu, and
    every block class of ours wherever it is used (structs inside lists, the streams)."""
    found = {}
    for path, stream_block in stream_fields():
        if is_ours(stream_block):
            found.setdefault(stream_block.definition_prefix, (path, stream_block))
        for child_path, block, picked in walk(stream_block, path):
            if picked or (is_ours(block) and not isinstance(block, blocks.FieldBlock)):
                found.setdefault(block.definition_prefix, (child_path, block))
    return sorted(found.values(), key=lambda item: item[0])


BLOCKS = previewed_blocks()


def test_the_blocks_are_found():
    # A block shared by several fields is listed once, under the first field that uses it.
    paths = [path for path, _block in BLOCKS]
    for expected in (
        ".body",
        ".body.heading",
        ".body.paragraph",
        ".body.table",
        ".body.accordion.items.item",
        "pages.FooterText.footer_links.link",
        "events.EventPage.materials.link",
        "events.EventSession.presenters.presenter",
        "resources.ToolkitPage.sections.section",
        "resources.ToolkitPage.sections.section.subsections.item",
    ):
        assert any(path.endswith(expected) for path in paths), expected


@pytest.mark.django_db  # image and document previews use the library's newest files
@pytest.mark.parametrize(("path", "block"), BLOCKS, ids=[path for path, _block in BLOCKS])
def test_block_has_a_description_and_a_preview(path, block):
    assert block.get_description().strip(), f"{path}: add Meta.description"
    assert block.is_previewable, f"{path}: add Meta.preview_value"
    assert block.get_preview_value() not in (None, "", [], {}), f"{path}: empty preview value"


@pytest.mark.django_db
def test_admin_renders_every_block_preview(client, django_user_model):
    editor = django_user_model.objects.create_superuser("previewer", "p@example.com", "x")
    client.force_login(editor)
    failures = []
    for path, block in BLOCKS:
        response = client.get(
            reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
        )
        if response.status_code != 200:
            failures.append(f"{path}: {response.status_code}")
            continue
        soup = BeautifulSoup(response.content, "html.parser")
        main = soup.find("main")
        shows_something = main and (main.get_text(strip=True) or main.find(["img", "table"]))
        if not shows_something:
            failures.append(f"{path}: empty preview")
        if not soup.find("link", href=lambda href: href and "build/css/site" in href):
            failures.append(f"{path}: preview without the site's stylesheet")
    assert failures == []


@pytest.mark.django_db
def test_previews_show_real_images_and_documents(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("p2", "p2@example.com", "x"))
    by_path = dict(BLOCKS)
    image = next(b for p, b in by_path.items() if p.endswith(".body.image"))
    document = next(b for p, b in by_path.items() if p.endswith(".body.document"))
    url = reverse("wagtailadmin_block_preview")
    image_page = client.get(url, {"id": image.definition_prefix}).content.decode()
    assert "<img" in image_page and "Sample caption" in image_page
    document_page = client.get(url, {"id": document.definition_prefix}).content.decode()
    assert "document-link" in document_page and "Sample document" in document_page


def test_anonymous_visitors_get_no_block_preview(client):
    response = client.get(
        reverse("wagtailadmin_block_preview"), {"id": BLOCKS[0][1].definition_prefix}
    )
    assert response.status_code in (302, 403)
