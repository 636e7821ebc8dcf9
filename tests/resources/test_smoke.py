import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/resource-library/",
        "/resource-library/feed/",
        "/resource-library/national-idr-manual-resource/",
        "/tools-curriculum/",
        "/tools-curriculum/national-idr-manual/",
        "/tools-curriculum/national-idr-curriculum/",
        "/legislation-policy/",
        "/legislation-policy/policy-qas/",
        "/legislation-policy/policy-qas/fy18-v2-january/",
    ],
)
def test_pages_render(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:2000]
