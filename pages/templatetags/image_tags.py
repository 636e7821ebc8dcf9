"""One way to put an image on a page: `{% responsive_image image "card" %}`.

It renders a `<picture>` through Wagtail renditions: an AVIF source (when this Pillow can encode
AVIF), a WebP source, and a JPEG fallback `<img>`, each with a
`srcset` of several widths and a `sizes` hint. The `<img>` always carries `width`, `height` and
alt text; it loads lazily unless the preset (or `hero=True`) says it is the main image above the
fold, which loads eagerly with `fetchpriority="high"`.

All renditions of one image come from one `get_renditions()` call, which uses renditions
prefetched with `prefetch_related("listing_image__renditions")` or
`CustomImage.objects.prefetch_renditions()`, then Wagtail's rendition cache, then one query.
"""

from dataclasses import dataclass
from functools import cache

from django import template
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture

from caching.render_cache import cached_value
from caching.tags import SITE

register = template.Library()


@dataclass(frozen=True)
class Preset:
    """Widths (and an optional aspect ratio for cropping) of one image slot on the site."""

    widths: tuple[int, ...]
    sizes: str
    ratio: tuple[int, int] | None = None  # (w, h): crop with fill-; None keeps the original shape
    hero: bool = False


PRESETS = {
    # A card in a 1/2/3-column USWDS grid: about a third of a 1024px container on desktop.
    "card": Preset(
        (480, 960), "(min-width: 64em) 20rem, (min-width: 40em) 50vw, 100vw", ratio=(16, 9)
    ),
    # An image inside body text (the prose column is at most about 68 characters wide).
    "content": Preset((480, 800, 1200), "(min-width: 50em) 48rem, 100vw"),
    # The lead photo of an update, article or spotlight: above the fold, so fetched first. It is
    # shown at its width attribute (the 480px rendition) or the column's width on a phone (the
    # grid container's padding is 1rem a side), at its own shape (the height-auto class), so
    # 1200px covers 2.5x screens.
    "hero": Preset((480, 800, 1200), "(min-width: 32em) 30rem, 100vw", hero=True),
}


@cache
def avif_supported():
    from PIL import features

    return bool(features.check("avif"))


def image_formats(image):
    """Source formats, best first; the last is the <img> fallback."""
    # JPEG for the fallback even for PNG originals: every browser that understands <picture>
    # takes the WebP (or AVIF) source, which keeps transparency; the JPEG is for the rest.
    return [*(["avif"] if avif_supported() else []), "webp", "jpeg"]


def filter_specs(image, preset):
    specs = []
    for fmt in image_formats(image):
        for width in preset.widths:
            if preset.ratio:
                rw, rh = preset.ratio
                size = f"fill-{width}x{width * rh // rw}"
            else:
                size = f"width-{width}"
            specs.append(f"{size}|format-{fmt}")
    return specs


@register.simple_tag(takes_context=True)
def responsive_image(
    context, image, preset="content", alt=None, hero=None, css_class="", sizes=None
):
    """`{% responsive_image page.listing_image "hero" %}`; empty string when there is no image.

    alt: overrides the image's alt text (the required `description`); pass "" for a purely
    decorative image. hero: True/False overrides the preset's loading priority.

    The markup is kept in the value cache until an image, document, snippet or setting is saved:
    finding six or nine renditions and writing their srcsets costs more than the page around
    them.
    """
    if not image:
        return ""
    # Built by Wagtail's Picture, which escapes attributes.
    return mark_safe(
        cached_value(
            context.get("request"),
            "responsive-image",
            [image.pk, preset, alt, hero, css_class, sizes],
            lambda: _picture(image, preset, alt, hero, css_class, sizes),
            tags=[SITE],  # saving an image retires SITE
        )
    )


def _picture(image, preset, alt, hero, css_class, sizes):
    spec = PRESETS[preset]
    is_hero = spec.hero if hero is None else bool(hero)
    renditions = image.get_renditions(*filter_specs(image, spec))
    # An original narrower than a preset width gives several renditions of the same width: keep
    # one, since a srcset with a width twice is invalid.
    seen = set()
    for filter_spec, rendition in list(renditions.items()):
        key = (filter_spec.rsplit("|", 1)[-1], rendition.width)
        if key in seen:
            del renditions[filter_spec]
        seen.add(key)
    attrs = {
        "alt": (getattr(image, "description", "") or image.title) if alt is None else alt,
        "sizes": sizes or spec.sizes,
        "decoding": "async",
    }
    if is_hero:
        attrs.update({"loading": "eager", "fetchpriority": "high"})
    else:
        attrs["loading"] = "lazy"
    if css_class:
        attrs["class"] = css_class
    return Picture(renditions, attrs).__html__()
