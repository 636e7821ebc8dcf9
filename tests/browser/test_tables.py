"""Tables that fit: on every page type, at phone and laptop widths, no table is wider than its
column unless it sits in a labelled, keyboard-focusable scroll region (a caption or label says
what it holds); at laptop widths (1024–1280 px) the data tables fit without scrolling at all,
so no column is pushed off-screen; on phones the stacked tables label every cell and a striped
one stripes whole records; the toolkit search label sits above its field."""

import pytest

from .conftest import first_public_url, page_types

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

#: Routes with tables that are not a page type of their own.
TABLE_URLS = [
    "/tools-curriculum/national-idr-curriculum/",
    "/about-us/state-directory/",
    "/about-us/state-directory/?pass=yes",
    "/about-us/our-impact/",
    "/webinars-meetings/annual-directors-meeting-2018/",
    "/webinars-meetings/calendar/2019/1/",
    "/es/quienes-somos/directorio-estatal/",
]
WIDTHS = [320, 390, 768, 1024, 1280]

#: For every table: is it wider than the box it is laid out in, and if so is it inside a
#: scroll region a keyboard can reach and a screen reader can name?
MEASURE = """() => [...document.querySelectorAll('main table')].map((table) => {
    const visible = table.offsetParent !== null;
    let region = null;
    for (let node = table.parentElement; node && node !== document.body;
         node = node.parentElement) {
        const style = getComputedStyle(node);
        if (['auto', 'scroll'].includes(style.overflowX)) { region = node; break; }
    }
    const box = region || table.parentElement;
    const name = region && (region.getAttribute('aria-label') ||
        (region.getAttribute('aria-labelledby') || '').split(' ').map(
            (id) => (document.getElementById(id) || {}).textContent || '').join(' ').trim());
    const cells = [...table.querySelectorAll('tbody td, tbody th')];
    return {
        id: table.className || table.id || 'table',
        visible,
        width: Math.round(table.getBoundingClientRect().width),
        room: box.clientWidth,
        overflows: table.scrollWidth > box.clientWidth + 1 ||
            !!region && region.scrollWidth > region.clientWidth + 1,
        region: !!region,
        regionRole: region && region.getAttribute('role'),
        regionName: name || '',
        regionFocusable: !!region && region.tabIndex >= 0,
        caption: !!table.querySelector('caption'),
        stacked: table.classList.contains('usa-table--stacked'),
        unlabelled: cells.filter((cell) => !cell.dataset.label).length,
    };
})"""


def problems(page, width):
    found = []
    for table in page.evaluate(MEASURE):
        if not table["visible"]:
            continue
        where = f"{table['id']} at {width}px ({table['width']}px in {table['room']}px)"
        if table["overflows"]:
            if width >= 1024:
                found.append(f"{where}: does not fit a laptop-wide column")
            elif not (
                table["region"]
                and table["regionRole"] == "region"
                and table["regionName"]
                and table["regionFocusable"]
                and table["caption"]
            ):
                found.append(f"{where}: wider than its column outside a labelled scroll region")
        if table["stacked"] and table["unlabelled"]:
            found.append(f"{where}: {table['unlabelled']} stacked cells without data-label")
    return found


def check(page, url):
    found = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        response = page.goto(url)
        assert response.status == 200, url
        found += problems(page, width)
    assert found == [], f"{url}:\n" + "\n".join(found)


@pytest.mark.parametrize("label", page_types())
def test_no_table_is_wider_than_its_column_on_any_page_type(site_url, browser_page, label):
    check(browser_page, site_url + first_public_url(label))


@pytest.mark.parametrize("path", TABLE_URLS)
def test_data_tables_fit(site_url, browser_page, path):
    check(browser_page, site_url + path)


#: Background colour of every cell of the first rows of the State table.
ROW_COLOURS = """() => [...document.querySelectorAll('table.state-table tbody tr')].slice(0, 4)
    .map((row) => [...row.children].map((cell) => getComputedStyle(cell).backgroundColor))"""


def test_stacked_striped_table_stripes_whole_rows_on_phones(site_url, browser_page):
    browser_page.set_viewport_size({"width": 390, "height": 900})
    browser_page.goto(site_url + "/about-us/state-directory/")
    rows = browser_page.evaluate(ROW_COLOURS)
    assert all(len(set(cells)) == 1 for cells in rows), rows
    assert rows[0][0] != rows[1][0], "odd and even rows look the same"


@pytest.mark.parametrize("width", [1024, 1280])
def test_toolkit_search_label_sits_above_its_field(site_url, browser_page, width):
    browser_page.set_viewport_size({"width": width, "height": 900})
    browser_page.goto(site_url + "/tools-curriculum/cna-toolkit/")
    label = browser_page.locator(".guide-search__label").bounding_box()
    field = browser_page.locator("#guide-search").bounding_box()
    assert label["y"] + label["height"] <= field["y"] + 1
    assert field["width"] > 150


#: The toolkit reader: [search button's text width, its width], and the boxes of the page's
#: heading and of the toolkit's contents.
GUIDE_READER = """() => {
  const button = document.querySelector(".guide-search button");
  const box = (selector) => {
    const { top, left, right } = document.querySelector(selector).getBoundingClientRect();
    return { top, left, right };
  };
  return [[button.scrollWidth, button.clientWidth], box("main h1"), box("nav.guide-nav")];
}"""
GUIDE_PAGES = [
    "/tools-curriculum/cna-toolkit/preliminary-work/management-team/",
    "/tools-curriculum/sdp-toolkit/",
]


@pytest.mark.parametrize("width", [320, 390, 1024, 1280])
@pytest.mark.parametrize("path", GUIDE_PAGES)
def test_a_toolkit_page_comes_before_its_contents_on_a_phone(site_url, browser_page, path, width):
    """On a phone the toolkit's search and its whole contents came before the page, a screen
    and a half of them above its heading, and "Search" spilled out of its 48 px button."""
    browser_page.set_viewport_size({"width": width, "height": 900})
    browser_page.goto(site_url + path)
    (text, button), heading, contents = browser_page.evaluate(GUIDE_READER)
    assert text <= button, f"the search button's text ({text} px) spills out of it ({button} px)"
    if width >= 1024:
        assert contents["right"] <= heading["left"], "the contents sit beside the page, left"
    else:
        assert heading["top"] < contents["top"], "the page comes first, its contents under it"


#: The curriculum's modules table: [its width, its container's width, the narrowest cell's
#: width].
MODULES_TABLE = """() => {
  const table = document.querySelector("table.curriculum-modules");
  const cells = [...table.querySelectorAll("tbody th, tbody td")];
  return [table.scrollWidth, table.parentElement.clientWidth,
    Math.min(...cells.map((cell) => cell.getBoundingClientRect().width))];
}"""


@pytest.mark.parametrize("width", [640, 800, 1000])
def test_the_curriculum_modules_stack_on_a_tablet(site_url, browser_page, width):
    """Seven columns on a tablet: titles a word a line and the downloads cut off at the edge."""
    browser_page.set_viewport_size({"width": width, "height": 900})
    browser_page.goto(site_url + "/tools-curriculum/national-idr-curriculum/")
    table, room, narrowest = browser_page.evaluate(MODULES_TABLE)
    assert table <= room + 1, f"{table} px wide in {room} px"
    assert narrowest >= table - 1, "each module's facts stack, one under another"


#: The visible "Download the whole toolkit" links and the "Contents" heading: their tops.
TOOLKIT_DOWNLOADS = """() => [
  [...document.querySelectorAll("main .guide-download")].filter((link) => link.offsetParent)
    .map((link) => link.getBoundingClientRect().top),
  [...document.querySelectorAll("main h2")].find((h) => h.textContent.trim() === "Contents")
    .getBoundingClientRect().top]"""


@pytest.mark.parametrize("width", [390, 800, 1280])
def test_the_toolkit_download_is_at_the_top_of_its_home_page(site_url, browser_page, width):
    """With the toolkit's column after the page on phones, its download came after the whole
    table of contents. At every width it is above the contents (below desktop width also in
    the toolkit's column after the page; from it, only there)."""
    browser_page.set_viewport_size({"width": width, "height": 900})
    browser_page.goto(site_url + "/tools-curriculum/cna-toolkit/")
    downloads, contents = browser_page.evaluate(TOOLKIT_DOWNLOADS)
    assert downloads and min(downloads) < contents
    assert len(downloads) == (1 if width >= 1024 else 2)
