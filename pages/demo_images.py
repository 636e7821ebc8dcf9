"""Sample images for the demo: abstract shapes in the theme's colours, no words, drawn with
Pillow and the same for the same title (seeded), so the demo loader stays reproducible."""

import hashlib
import io
import random

from PIL import Image, ImageDraw

#: USWDS theme colours the site uses (primary, primary-dark, primary-darker, accent-cool,
#: gold accent, base-lightest).
PALETTE = [
    (0, 94, 162),
    (26, 68, 128),
    (22, 46, 81),
    (0, 189, 227),
    (255, 190, 46),
    (240, 240, 240),
]
SIZE = (1200, 675)  # 16:9, the cards' ratio

DESCRIPTIONS = {
    "en": "Sample image: overlapping circles and diagonal bands in blue, light blue and gold.",
    "es": "Imagen de ejemplo: círculos superpuestos y franjas diagonales en azul, celeste y "
    "dorado.",
}


def abstract_png(seed, background=(22, 46, 81)):
    """PNG bytes of an abstract picture: diagonal bands, translucent circles and a dot grid."""
    rng = random.Random(hashlib.sha256(seed.encode()).hexdigest())  # noqa: S311 (pictures)
    width, height = SIZE
    canvas = Image.new("RGBA", SIZE, (*background, 255))
    layer = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(3):
        x = rng.randint(-width // 2, width)
        band = rng.randint(60, 160)
        colour = rng.choice(PALETTE[:4])
        draw.polygon(
            [(x, 0), (x + band, 0), (x + band + height, height), (x + height, height)],
            fill=(*colour, 90),
        )
    for _ in range(rng.randint(4, 7)):
        radius = rng.randint(60, 260)
        cx, cy = rng.randint(0, width), rng.randint(0, height)
        colour = rng.choice(PALETTE)
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=(*colour, 150))
    gold = PALETTE[4]
    left, top = rng.randint(40, width - 360), rng.randint(40, height - 200)
    for row in range(5):
        for column in range(9):
            x, y = left + column * 36, top + row * 36
            draw.ellipse((x, y, x + 10, y + 10), fill=(*gold, 220))
    canvas = Image.alpha_composite(canvas, layer).convert("RGB")
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
