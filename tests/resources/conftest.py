import pytest
from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def text_of(node):
    return " ".join(node.text.split())


@pytest.fixture
def library(db):
    from resources.models import ResourceLibraryPage

    return ResourceLibraryPage.objects.get(locale__language_code="en")
