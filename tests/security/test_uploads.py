import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


def upload_document(admin_client, name, content):
    return admin_client.post(
        "/admin/documents/add/",
        {
            "title": "Upload test",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().id,
        },
    )


def test_allowed_document_is_stored(admin_client):
    response = upload_document(admin_client, "report.pdf", b"%PDF-1.4 small")
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Upload test").exists()


@pytest.mark.parametrize("name", ["tool.exe", "page.html", "script.js", "drawing.svg", "noext"])
def test_documents_outside_the_allowlist_are_refused_with_a_message(admin_client, name):
    response = upload_document(admin_client, name, b"MZ not allowed")
    assert response.status_code == 200
    assert "is not allowed" in response.content.decode()
    assert not get_document_model().objects.filter(title="Upload test").exists()


def test_documents_over_the_size_cap_are_refused(admin_client, settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 50 * 1024 * 1024
    response = upload_document(admin_client, "big.pdf", b"%PDF" + b"0" * (50 * 1024 * 1024))
    assert response.status_code == 200
    assert b"This file is too big" in response.content
    assert not get_document_model().objects.filter(title="Upload test").exists()


def png_bytes(size=(20, 20)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (0, 90, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


def upload_image(admin_client, name, content, alt="A blue square"):
    return admin_client.post(
        "/admin/images/add/",
        {
            "title": "Image upload test",
            "file": SimpleUploadedFile(name, content),
            "description": alt,
            "collection": Collection.get_first_root_node().id,
        },
    )


def test_image_needs_alt_text(admin_client):
    response = upload_image(admin_client, "square.png", png_bytes(), alt="")
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Image upload test").exists()
    assert upload_image(admin_client, "square.png", png_bytes()).status_code == 302


def test_svg_images_are_refused(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = upload_image(admin_client, "evil.svg", svg)
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Image upload test").exists()


def test_images_over_the_pixel_limit_are_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    response = upload_image(admin_client, "wide.png", png_bytes((40, 40)))
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Image upload test").exists()


def test_not_really_an_image_is_refused(admin_client):
    response = upload_image(admin_client, "fake.png", b"this is not a png")
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Image upload test").exists()
