"""Uploads say what they accept before a file is chosen; an image waiting for its alt text says
it is not saved yet; the editor's guide and the dashboard's help panel."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


def png(name):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (0, 90, 160)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.mark.parametrize("url", ["/admin/documents/multiple/add/", "/admin/documents/add/"])
def test_document_upload_forms_list_the_allowed_types_and_size(client, dev_users, url):
    client.force_login(dev_users["editor"])
    html = client.get(url).content.decode()
    assert (
        "Allowed file types: PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX, CSV, TXT, ZIP, MP3, MP4." in html
    )
    assert "Maximum file size: 50.0\xa0MB." in html  # a no-break space, as Django writes it


def test_document_file_picker_offers_only_allowed_types(client, dev_users):
    client.force_login(dev_users["editor"])
    html = client.get("/admin/documents/add/").content.decode()
    assert 'accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.csv,.txt,.zip,.mp3,.mp4"' in html


def test_refused_document_keeps_its_clear_message(client, dev_users):
    client.force_login(dev_users["editor"])
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Not allowed",
            "file": SimpleUploadedFile("tool.exe", b"MZ"),
            "collection": Collection.get_first_root_node().id,
        },
    )
    assert "is not allowed" in response.content.decode()


def test_image_upload_page_says_images_are_saved_only_with_alt_text(client, dev_users):
    client.force_login(dev_users["editor"])
    html = client.get("/admin/images/multiple/add/").content.decode()
    assert "Supported formats: GIF, JPG, JPEG, PNG, WEBP, AVIF." in html
    assert "An image is saved only once its alt text is entered" in html


def test_forms_with_the_alt_text_beside_the_file_do_not_say_the_image_waits_for_it(
    client, dev_users
):
    """The chooser's Upload tab and the one-image add form save the image with its alt text,
    and an image being edited is in the library already."""
    client.force_login(dev_users["editor"])
    chooser = json.loads(client.get(reverse("wagtailimages_chooser:choose")).content)["html"]
    assert "Supported formats: GIF, JPG, JPEG, PNG, WEBP, AVIF." in chooser
    assert "Alt text" in chooser
    add_one = client.get(reverse("wagtailimages:add")).content.decode()
    assert "Supported formats: GIF, JPG, JPEG, PNG, WEBP, AVIF." in add_one
    assert "Alt text" in add_one
    image = get_image_model().objects.create(
        title="River crossing", file=png("river.png"), description="A footbridge over a river."
    )
    edit_page = client.get(reverse("wagtailimages:edit", args=[image.pk])).content.decode()
    assert "Supported formats: GIF, JPG, JPEG, PNG, WEBP, AVIF." in edit_page
    for html in (chooser, add_one, edit_page):
        assert "An image is saved only once its alt text is entered" not in html
        assert "not in the library" not in html


def test_image_waiting_for_alt_text_is_not_saved_and_is_titled_without_extension(client, dev_users):
    client.force_login(dev_users["editor"])
    images = get_image_model().objects.count()
    response = client.post(
        "/admin/images/multiple/add/",
        {"files[]": png("river-crossing.png"), "collection": Collection.get_first_root_node().id},
    )
    data = json.loads(response.content)
    assert data["success"] and "uploaded_file_id" in data  # kept aside, not an image yet
    assert get_image_model().objects.count() == images
    form = data["form"]
    assert 'value="river-crossing"' in form and "river-crossing.png" not in form
    assert "Not saved yet: enter the alt text" in form

    # With its alt text, it becomes an image of the library.
    upload_id = data["uploaded_file_id"]
    prefix = f"uploaded-image-{upload_id}"
    saved = client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload_id]),
        {
            f"{prefix}-title": "River crossing",
            f"{prefix}-description": "Students crossing a footbridge over a river.",
            f"{prefix}-collection": Collection.get_first_root_node().id,
            f"{prefix}-tags": "",
        },
    )
    assert json.loads(saved.content)["success"]
    image = get_image_model().objects.get(title="River crossing")
    assert image.description == "Students crossing a footbridge over a river."


def test_editors_guide_is_in_the_admin(client, dev_users):
    assert client.get("/admin/editors-guide/").status_code == 302  # staff only
    client.force_login(dev_users["editor"])
    html = client.get("/admin/editors-guide/").content.decode()
    for anchor in (
        "writing-an-update",
        "scheduling-and-expiry",
        "moderation",
        "translating-a-page",
        "documents-and-images",
        "events-and-agendas",
        "what-each-role-may-do",
    ):
        assert f'id="{anchor}"' in html, anchor
    assert "Set schedule" in html and "Go live date/time (ET)" in html
    assert "Settings tab" not in html


def test_dashboard_help_panel_names_the_role_and_links_the_guide(client, dev_users):
    client.force_login(dev_users["editor"])
    html = client.get("/admin/").content.decode()
    assert "Help for editors" in html
    assert "You are in <strong>Editors</strong>" in html
    assert 'href="/admin/editors-guide/#scheduling-and-expiry"' in html
    assert "RESULTS editor&#x27;s guide" in html or "RESULTS editor's guide" in html  # Help menu
    client.force_login(dev_users["moderator"])
    assert "You are in <strong>Moderators</strong>" in client.get("/admin/").content.decode()


def test_image_admin_calls_an_image_an_image(client, dev_users):
    """The site's image model is Wagtail's with required alt text; editors saw it named
    "Custom image" in the add form's heading and breadcrumb."""
    client.force_login(dev_users["editor"])
    html = client.get(reverse("wagtailimages:add")).content.decode()
    assert "Custom image" not in html and "custom image" not in html
    assert "New: Image" in html
