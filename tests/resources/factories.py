"""Small builders for resource tests: pages are added under the demo library directly."""

import datetime
import itertools
import json

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from resources.models import PolicyQASetPage, PolicyQuestion, ResourcePage

_counter = itertools.count(1)


def make_resource(library, title=None, *, body_text="", publish=True, **fields):
    number = next(_counter)
    title = title or f"Test resource {number}"
    fields.setdefault("summary", f"Summary of {title}.")
    fields.setdefault("date", datetime.date(2015, 6, 1))
    topics = fields.pop("topics", [])
    audiences = fields.pop("audiences", [])
    page = ResourcePage(
        title=title,
        slug=f"test-resource-{number}",
        body=json.dumps([{"type": "paragraph", "value": f"<p>{body_text}</p>"}])
        if body_text
        else "[]",
        live=publish,
        **fields,
    )
    page.topics = topics
    page.audiences = audiences
    library.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def make_document(title="Test file", size=2048, name="test-file.pdf"):
    Document = get_document_model()
    document = Document(title=title)
    document.file.save(name, ContentFile(b"%PDF-1.4\n" + b"x" * (size - 9)))
    document.file_size = document.file.size
    document.save()
    return document


def make_qa_set(index, *, version="Test v.1", issue_date=None, questions=(), publish=True):
    number = next(_counter)
    qa_set = PolicyQASetPage(
        title=f"Test Q&As {number}",
        slug=f"test-qas-{number}",
        version_label=version,
        issue_date=issue_date or datetime.date(2030, 1, 1),
        live=publish,
    )
    qa_set.questions = [PolicyQuestion(**q) for q in questions]
    index.add_child(instance=qa_set)
    if publish:
        qa_set.save_revision().publish()
    return qa_set
