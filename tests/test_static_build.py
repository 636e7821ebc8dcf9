"""The front-end build (static/build/, made by `npm run build`, which `make pytest` runs first):
small enough for a slow phone, and complete for what the templates use.

The stylesheet blocks rendering on every page, so static/scss/theme.scss takes only the parts
of USWDS the templates use (docs/quality.md, "Lighthouse"). These tests catch both ways that
goes wrong: a template using a USWDS class the theme leaves out, and the build growing back.
"""

import gzip
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "static" / "build"
TEMPLATE_DIRS = [ROOT / "templates", *ROOT.glob("*/templates")]
#: Everything USWDS 3 styles: a class in here that a template uses must be styled by ours too.
USWDS_CSS = ROOT / "node_modules" / "@uswds" / "uswds" / "dist" / "css" / "uswds.css"

#: Bytes, raw and gzipped, with some headroom over the build of 2026-11-23 (CSS 130 KiB, 15.5 KiB
#: gzipped, down from 260 and 27; JavaScript 16 and 5, down from 79 and 23). Raised on 2026-12-01
#: (CSS 148.4 KiB, 18.2 KiB gzipped) for the components launch added: the identifier (required),
#: in-page navigation, icons, the extended header, print styles, and the quiz's fieldset, legend
#: and radio buttons.
BUDGETS = {
    "css/site.css": (156 * 1024, 20 * 1024),
    "js/uswds.js": (20 * 1024, 6 * 1024),
}
#: Classes USWDS's JavaScript adds to the header and banner markup while it runs.
SCRIPTED_CLASSES = {"is-visible", "usa-js-mobile-nav--active", "usa-banner__header--expanded"}
#: USWDS classes the templates use that the theme leaves out on purpose, and why.
NOT_STYLED = {
    # usa-intro's package was never in the theme, so these paragraphs have always shown at body
    # size; adding it now would enlarge the intro on several pages, a design change.
    "usa-intro",
}


def built(name):
    path = BUILD / name
    assert path.is_file(), f"{path} is missing: run `make static`"
    return path.read_bytes()


def class_selectors(css):
    """Class names that appear in the selectors of a stylesheet (`\\:` unescaped)."""
    return {name.replace("\\:", ":") for name in re.findall(r"\.((?:[\w-]|\\:)+)", css)}


def template_classes():
    """Every class written literally in a template's class attribute."""
    classes = set()
    for directory in TEMPLATE_DIRS:
        for template in directory.rglob("*.html"):
            for value in re.findall(r'class="([^"]*)"', template.read_text()):
                classes.update(re.sub(r"{%.*?%}|{{.*?}}", " ", value).split())
    return classes


@pytest.mark.parametrize("name", BUDGETS)
def test_build_stays_within_its_byte_budget(name):
    content = built(name)
    raw_budget, gzip_budget = BUDGETS[name]
    assert len(content) <= raw_budget, f"{name}: {len(content)} bytes > {raw_budget}"
    compressed = len(gzip.compress(content, compresslevel=9))
    assert compressed <= gzip_budget, f"{name}: {compressed} bytes gzipped > {gzip_budget}"


def test_every_uswds_class_the_templates_use_is_styled():
    ours = class_selectors(built("css/site.css").decode())
    uswds = class_selectors(USWDS_CSS.read_text())
    used = template_classes() | SCRIPTED_CLASSES
    assert {"usa-header", "grid-row", "margin-top-2"} <= used  # the template scan works
    missing = sorted(name for name in used - NOT_STYLED if name in uswds and name not in ours)
    assert missing == [], (
        f"styled by USWDS but not by static/scss/theme.scss: {missing}. Add the component to "
        "theme.scss, or the grid or utility class to _layout.scss or _utilities.scss."
    )
