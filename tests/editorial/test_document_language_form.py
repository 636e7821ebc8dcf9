"""Editors give each document its language in the admin's upload and edit forms."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from pages.models.documents import document_language

pytestmark = pytest.mark.django_db


def test_upload_and_edit_forms_ask_for_the_language(client, dev_users):
    client.force_login(dev_users["editor"])
    form = BeautifulSoup(client.get("/admin/documents/add/").content, "html.parser")
    select = form.select_one("select[name=language]")
    assert select is not None
    assert [o["value"] for o in select.select("option")] == ["en", "es"]
    assert select.select_one("option[selected]")["value"] == "en"
    assert "The language the document is written in" in str(form)

    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Guía para familias",
            "file": SimpleUploadedFile("guia.pdf", b"%PDF-1.4 small"),
            "collection": Collection.get_first_root_node().id,
            "language": "es",
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Guía para familias")
    assert document_language(document) == "es"

    edit = BeautifulSoup(client.get(f"/admin/documents/edit/{document.pk}/").content, "html.parser")
    assert edit.select_one("select[name=language] option[selected]")["value"] == "es"
