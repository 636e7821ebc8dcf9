"""The demo's downloads are small real PDFs: a title page marked "Sample document" with the
document's title, a few headings and paragraphs from the page's own summary, page numbers;
the sizes the site shows are the files' real sizes."""

import pytest
from bs4 import BeautifulSoup
from wagtail.documents import get_document_model

from pages.sample_pdf import sample_html, sample_pdf

pytestmark = pytest.mark.django_db


def test_sample_pdf_has_a_title_page_sections_and_page_numbers():
    from weasyprint import HTML

    html = sample_html("Sample brief: moving records with MSIX", "How records move.")
    assert "SAMPLE DOCUMENT" in html and "Sample brief: moving records with MSIX" in html
    assert "How records move." in html and "<h2>" in html
    assert "counter(page)" in html and "counter(pages)" in html
    document = HTML(string=html).render()
    assert len(document.pages) == 2  # the title page, then the text
    data = sample_pdf("Sample brief: moving records with MSIX", "How records move.")
    assert data.startswith(b"%PDF-") and 5_000 < len(data) < 100_000


def test_every_demo_document_is_a_real_pdf_and_its_size_is_true(client):
    documents = list(get_document_model().objects.filter(title__startswith="Sample document:"))
    assert len(documents) >= 10
    for document in documents:
        with document.file.open("rb") as handle:
            data = handle.read()
        assert data.startswith(b"%PDF-"), document.title
        assert len(data) > 5_000, document.title  # not the old one-line placeholder
        assert document.file_size == len(data)


def test_pages_show_the_real_type_and_size(client):
    page = BeautifulSoup(
        client.get("/resource-library/sample-brief-msix-records/").content, "html.parser"
    )
    text = " ".join(page.main.text.split())
    document = get_document_model().objects.get(
        title="Sample document: Sample brief: moving records with MSIX"
    )
    kilobytes = round(document.file_size / 1024)
    assert f"PDF, {kilobytes} KB" in text, text
