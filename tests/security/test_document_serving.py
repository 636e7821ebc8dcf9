import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

pytestmark = pytest.mark.django_db


def make_document(collection, name="handout.pdf"):
    document = get_document_model()(title="Handout", collection=collection)
    document.file.save(name, ContentFile(b"%PDF-1.4 handout"), save=False)
    document.save()
    return document


def test_public_document_download_names_the_file(client):
    document = make_document(Collection.get_first_root_node())
    response = client.get(document.url)
    assert response.status_code == 200
    assert 'filename="handout.pdf"' in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == b"%PDF-1.4 handout"


def test_document_in_private_collection_needs_login(client, admin_client):
    private = Collection.get_first_root_node().add_child(name="Internal drafts")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = make_document(private, "internal.pdf")
    response = client.get(document.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "/admin/login/" in response["Location"]
    assert admin_client.get(document.url).status_code == 200
