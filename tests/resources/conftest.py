import pytest


@pytest.fixture
def library(db):
    from resources.models import ResourceLibraryPage

    return ResourceLibraryPage.objects.get(locale__language_code="en")
