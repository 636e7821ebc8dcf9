import pytest
from django.core.management import call_command
from django.utils import translation


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every database test starts from the demo site; each test's changes are rolled back."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def home(db):
    from pages.models import HomePage

    return HomePage.objects.get(depth=2, locale__language_code="en")


@pytest.fixture
def spanish(db):
    from wagtail.models import Locale

    return Locale.objects.get(language_code="es")


@pytest.fixture(autouse=True)
def _default_language():
    """A request under /es/ leaves Spanish active in the test's thread; every test starts (and
    ends) in the default language, so code called directly formats in English."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture
def cache_calls(monkeypatch):
    """The names of the shared cache's methods called, in order (each is a round trip)."""
    from caching.tags import shared_cache

    cache = shared_cache()
    calls = []
    for name in ("get", "get_many", "set", "add", "set_many", "delete", "delete_many"):
        method = getattr(cache, name)

        def spy(*args, _name=name, _method=method, **kwargs):
            calls.append(_name)
            return _method(*args, **kwargs)

        monkeypatch.setattr(cache, name, spy)
    return calls
