"""Editors see where a document is used before they delete it (Wagtail's reference index)."""

import pytest
from bs4 import BeautifulSoup

from pages.queries import visible_pages

pytestmark = pytest.mark.django_db


def test_document_usage_lists_the_pages_that_link_to_it(admin_client):
    from updates.models import UpdatePage, UpdateRelatedDocument

    item = UpdateRelatedDocument.objects.filter(page__in=visible_pages(UpdatePage.objects.all()))
    item = item.select_related("page").first()
    assert item is not None, "the demo updates should have related documents"
    update = item.page
    page = BeautifulSoup(
        admin_client.get(f"/admin/documents/usage/{item.document_id}/").content, "html.parser"
    )
    assert update.title in page.text
    delete = BeautifulSoup(
        admin_client.get(f"/admin/documents/delete/{item.document_id}/").content, "html.parser"
    )
    assert "This document is referenced" in " ".join(delete.text.split())
