import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("casey", "casey@example.com", "right-password-1")


def attempt(client, password, ip="203.0.113.5"):
    return client.post(
        LOGIN, {"username": "casey", "password": password}, REMOTE_ADDR=ip, follow=False
    )


def test_five_failures_lock_the_account_for_that_address(client, editor):
    for _ in range(4):
        assert attempt(client, "wrong").status_code == 200
    locked = attempt(client, "wrong")
    assert locked.status_code == 429
    assert b"Sign-in temporarily locked" in locked.content
    assert b"1 hour" in locked.content
    # Even the right password is refused while locked.
    assert attempt(client, "right-password-1").status_code == 429
    # Another address is not locked out.
    assert attempt(client, "right-password-1", ip="198.51.100.7").status_code == 302


def test_successful_login_resets_the_failure_count(client, editor):
    for _ in range(4):
        attempt(client, "wrong")
    assert attempt(client, "right-password-1").status_code == 302
    client.logout()
    for _ in range(4):
        assert attempt(client, "wrong").status_code == 200
    assert attempt(client, "right-password-1").status_code == 302


def test_lockout_time_is_configurable(client, editor, settings):
    settings.AXES_COOLOFF_TIME = 0.5
    for _ in range(5):
        response = attempt(client, "wrong")
    assert response.status_code == 429 and b"30 minutes" in response.content
