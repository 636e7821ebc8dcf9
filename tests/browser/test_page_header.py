"""One page header on every page type, in both languages (#19): breadcrumbs, then the title,
the lead paragraph and the content dates (templates/components/page_header.html), with the
title the same distance under the site header everywhere (under the breadcrumbs, which USWDS
lets wrap onto more lines when a trail is long). Each failure names the page."""

import pytest

from .conftest import page_type_urls

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

#: The home page opens with its hero, not a page header.
HERO_PAGE_TYPES = {"pages.HomePage"}
TOLERANCE_PX = 4

MEASURE = """() => {
  const h1s = [...document.querySelectorAll("h1")];
  const h1 = h1s[0];
  const crumbs = document.querySelector("nav.usa-breadcrumb");
  const dates = document.querySelector(".page-dates");
  const before = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  const header = h1 && h1.closest(".page-header");
  const headerBottom = document.querySelector(".usa-header").getBoundingClientRect().bottom;
  const crumbsBottom = crumbs && crumbs.getBoundingClientRect().bottom;
  return {
    h1Count: h1s.length,
    inPageHeader: Boolean(header),
    crumbsBeforeH1: !crumbs || (h1 && before(crumbs, h1)),
    datesAfterH1: !dates || (h1 && before(h1, dates)),
    // Nothing of the page's body between the title and the dates: they close the page header.
    datesCloseHeader: !dates || (header !== null && dates === header.lastElementChild),
    // The site header's bottom to the breadcrumbs, and what comes just before the title (the
    // breadcrumbs, which wrap when long, or the site header) to the title.
    crumbsOffset: crumbs ? crumbs.getBoundingClientRect().top - headerBottom : null,
    offset: h1 ? h1.getBoundingClientRect().top - (crumbs ? crumbsBottom : headerBottom) : null,
  };
}"""


def header_urls():
    """The first public page of every page type in English and, where it has one, Spanish."""
    return [(label, url) for label, _language, url in page_type_urls()]


def test_every_page_type_has_the_same_page_header(site_url, browser_page):
    page = browser_page
    failures, offsets, crumb_offsets = [], {}, {}
    for label, url in header_urls():
        assert page.goto(site_url + url).status == 200, url
        found = page.evaluate(MEASURE)
        where = f"{url} ({label})"
        if found["h1Count"] != 1:
            failures.append(f"{where}: {found['h1Count']} h1 elements, not one")
        if not found["crumbsBeforeH1"]:
            failures.append(f"{where}: the breadcrumbs come after the h1")
        if not found["datesAfterH1"] or not found["datesCloseHeader"]:
            failures.append(f"{where}: the dates are not between the title and the page body")
        if label in HERO_PAGE_TYPES:
            continue
        if not found["inPageHeader"]:
            failures.append(f"{where}: the h1 is not in components/page_header.html")
        offsets[where] = found["offset"]
        if found["crumbsOffset"] is not None:
            crumb_offsets[where] = found["crumbsOffset"]
    failures += outliers(offsets, "the h1 is {:.0f} px under the breadcrumbs, not {:.0f} px")
    failures += outliers(
        crumb_offsets, "the breadcrumbs are {:.0f} px under the header, not {:.0f} px"
    )
    assert failures == [], "\n".join(failures)


def outliers(offsets, message):
    """The pages whose offset differs from the most common one by more than the tolerance."""
    usual = sorted(offsets.values())[len(offsets) // 2]
    return [
        f"{where}: " + message.format(offset, usual)
        for where, offset in offsets.items()
        if abs(offset - usual) > TOLERANCE_PX
    ]
