"""Responsive images: <picture> with WebP (and AVIF) sources, srcset/sizes, width/height, alt."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from PIL import features

from pages.models import CustomImage
from tests.html import soup
from updates.models import SpotlightPage, StoryIndexPage

pytestmark = pytest.mark.django_db


def assert_responsive(picture, alt):
    img = picture.find("img")
    assert img["alt"] == alt
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert ".jpg" in img["src"]
    assert len(img["srcset"].split(",")) >= 2
    assert all(entry.strip().endswith("w") for entry in img["srcset"].split(","))
    assert img["sizes"]
    types = [s["type"] for s in picture.find_all("source")]
    assert "image/webp" in types
    assert ("image/avif" in types) == bool(features.check("avif"))
    for source in picture.find_all("source"):
        assert source["srcset"] and source["sizes"]
    return img


def test_cards_in_a_listing_are_lazy_responsive_pictures(client):
    index = StoryIndexPage.objects.live().first()
    response = client.get(index.url)
    assert response.status_code == 200
    pictures = soup(response).select(".usa-card__img picture")
    assert pictures
    for picture in pictures:
        alt = picture.img["alt"]
        assert CustomImage.objects.filter(description=alt).exists()
        img = assert_responsive(picture, alt)
        assert img["loading"] == "lazy"
        assert "fetchpriority" not in img.attrs
        # Cards are cropped to 16:9.
        assert int(img["width"]) * 9 == int(img["height"]) * 16


def test_article_photo_is_the_hero_loaded_first(client):
    page = SpotlightPage.objects.live().filter(listing_image__isnull=False).first()
    response = client.get(page.url)
    assert response.status_code == 200
    picture = soup(response).select_one("figure picture")
    img = assert_responsive(picture, page.listing_image.description)
    assert img["loading"] == "eager"
    assert img["fetchpriority"] == "high"


def test_body_image_block_uses_its_own_alt_text_or_the_image_description():
    image = CustomImage.objects.first()
    template = Template('{% include "blocks/image.html" with value=value %}')
    html = template.render(Context({"value": {"image": image, "alt_text": "", "caption": "Cap"}}))
    picture = BeautifulSoup(html, "html.parser").find("picture")
    img = assert_responsive(picture, image.description)
    assert img["loading"] == "lazy"
    html = template.render(
        Context({"value": {"image": image, "alt_text": "Own words", "caption": ""}})
    )
    assert BeautifulSoup(html, "html.parser").img["alt"] == "Own words"


def test_no_image_renders_nothing():
    html = Template('{% load image_tags %}[{% responsive_image None "card" %}]').render(Context())
    assert html == "[]"


def test_listing_renditions_are_prefetched(client, django_assert_max_num_queries):
    index = StoryIndexPage.objects.live().first()
    client.get(index.url)  # creates the renditions once
    from django.core.cache import cache

    cache.clear()  # no rendition cache: the prefetch alone must supply them
    with django_assert_max_num_queries(20):
        response = client.get(index.url)
    assert soup(response).select(".usa-card__img picture img")
