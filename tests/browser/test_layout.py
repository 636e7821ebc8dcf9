"""The layout gate: every page type, in both languages, at five widths, without sideways
scrolling, form controls that spill or lose a border, list bullets in the header, navigation
or footer, navigation labels on more than two lines, overlapping controls or (on phones) tap
targets under 24 x 24 px. One browser per width; each failure names page, width and element
(the checks: tests/browser/layout_checks.js)."""

import itertools
from pathlib import Path

import pytest

from .conftest import page_type_urls

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CHECKS = (Path(__file__).parent / "layout_checks.js").read_text()
WIDTHS = [320, 390, 800, 1024, 1280]
PHONE_WIDTH = 480
#: Each primary navigation label and how many lines of text it takes.
LABEL_LINES = """() => [...document.querySelectorAll(
  ".usa-nav__primary > li > :is(a, button) > span")].map((label) => [
    label.textContent.trim(),
    Math.round(
      label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight)
    ),
  ])"""
#: How many rows the primary navigation's items take (by the tops of the visible items).
NAV_ROWS = """() => new Set([...document.querySelectorAll(".usa-nav__primary > li")]
  .filter((item) => item.offsetParent !== null)
  .map((item) => Math.round(item.getBoundingClientRect().top))).size"""
#: The current section's bar (the link's ::after) against the label's padding: [label, bar
#: left, bar right, padding left, padding right], in px.
CURRENT_BAR = """() => {
  const link = document.querySelector(".usa-nav__primary > li > .usa-current");
  const bar = getComputedStyle(link, "::after");
  const style = getComputedStyle(link);
  return [link.textContent.trim(), bar.left, bar.right, style.paddingLeft, style.paddingRight];
}"""
#: Routes that are not page types of their own (as in the accessibility gate).
OTHER_URLS = ["/search/?q=migrant", "/webinars-meetings/calendar/2019/1/", "/no-such-page/"]


def evaluate_on(browser, url, script, width, phone=False):
    """What `script` returns on `url`, seen `width` px wide (a phone: mobile, touch)."""
    context = browser.new_context(
        viewport={"width": width, "height": 900}, is_mobile=phone, has_touch=phone
    )
    try:
        page = context.new_page()
        page.goto(url)
        return page.evaluate(script)
    finally:
        context.close()


def layout_urls():
    """The first public page of every page type in English and, where it has one, in
    Spanish, then the other routes."""
    urls = [url for _label, _language, url in page_type_urls()]
    return [*dict.fromkeys(urls), *OTHER_URLS, "/es/search/?q=migrante"]


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_type_lays_out_at_this_width(site_url, browser, width):
    phone = width < PHONE_WIDTH
    context = browser.new_context(
        viewport={"width": width, "height": 900}, is_mobile=phone, has_touch=phone
    )
    page = context.new_page()
    failures = []
    for url in layout_urls():
        response = page.goto(site_url + url)
        assert response.status in (200, 404), url
        failures += [f"{url} at {width} px: {problem}" for problem in page.evaluate(CHECKS, phone)]
    context.close()
    assert failures == [], "\n".join(failures)


@pytest.mark.parametrize("width", [1024, 1280])
def test_the_primary_navigation_is_one_row_of_one_line_labels(site_url, browser, width):
    """All eight sections in one row from 1024 px in both languages (long Spanish titles have
    short menu labels), each label on one line."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    failures = []
    for url in ("/", "/es/"):
        page.goto(site_url + url)
        for label, lines in page.evaluate(LABEL_LINES):
            if lines != 1:
                failures.append(f"{url} at {width} px: “{label}” on {lines} lines")
        rows = page.evaluate(NAV_ROWS)
        if rows != 1:
            failures.append(f"{url} at {width} px: the primary navigation takes {rows} rows")
    context.close()
    assert failures == [], "\n".join(failures)


@pytest.mark.parametrize("url", ["/resource-library/", "/about-us/", "/es/biblioteca-de-recursos/"])
def test_the_current_section_bar_spans_its_label(site_url, browser, url):
    """The bar under the current section starts and ends where its label's padding does (it
    was inset by USWDS's wider padding)."""
    label, left, right, padding_left, padding_right = evaluate_on(
        browser, site_url + url, CURRENT_BAR, 1024
    )
    assert (left, right) == (padding_left, padding_right), label


#: The home page's figure tiles and quick-link cards: [which, left, right, top, height] each,
#: and the column (the section heading's) they belong in.
HOME_BOXES = """() => {
  const column = document.querySelector("#impact-heading").getBoundingClientRect();
  const boxes = [...document.querySelectorAll(".impact__tile, .quick-links__link")];
  return [[column.left, column.right], boxes.map((box) => {
    const r = box.getBoundingClientRect();
    return [box.className, Math.round(r.left), Math.round(r.right), Math.round(r.top),
            Math.round(r.height)];
  })];
}"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("url", ["/", "/es/"])
def test_home_tiles_and_cards_line_up_in_their_column(site_url, browser, url, width):
    """The figure tiles sat on the grid's gutters (wider than the column, touching each other),
    and list-item margins made every tile and card but the last shorter than its row."""
    (left, right), boxes = evaluate_on(browser, site_url + url, HOME_BOXES, width)
    assert boxes
    for name, box_left, box_right, _top, _height in boxes:
        assert left - 1 <= box_left and box_right <= right + 1, (name, box_left, box_right)
    rows = {}
    for name, box_left, box_right, top, height in boxes:
        rows.setdefault((name, top), []).append((box_left, box_right, height))
    for (name, top), row in rows.items():
        assert len({height for _l, _r, height in row}) == 1, (name, top, row)
        for (_l, first_right, _h), (second_left, _r, _h2) in zip(row, row[1:], strict=False):
            assert second_left - first_right >= 16, (name, top, row)  # a gutter between


#: Each home section heading and the tiles or cards under it: [heading id, gap in px].
HEADING_GAPS = """() => ["impact-heading", "tools-heading"].map((id) => {
  const heading = document.getElementById(id);
  return [id, heading.nextElementSibling.getBoundingClientRect().top
    - heading.getBoundingClientRect().bottom];
})"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("url", ["/", "/es/"])
def test_home_section_headings_stand_apart_from_their_tiles(site_url, browser, url, width):
    """The "Our Impact" and "Most used tools" headings sat on the tiles and cards (0 px)."""
    gaps = evaluate_on(browser, site_url + url, HEADING_GAPS, width)
    for heading, gap in gaps:
        assert gap >= 16, (heading, gap)


def test_the_event_details_box_stands_apart_from_the_text_after_it(site_url, browser_page):
    page = browser_page
    page.goto(site_url + "/webinars-meetings/")
    event = page.locator("main .usa-collection__heading a").first.get_attribute("href")
    page.goto(site_url + event)
    box_bottom, next_top = page.evaluate(
        """() => {
          const box = document.querySelector(".event-details");
          return [box.getBoundingClientRect().bottom,
                  box.nextElementSibling.getBoundingClientRect().top];
        }"""
    )
    assert next_top - box_bottom >= 16  # it was 0: the body text touched the box


def test_print_shows_the_content_with_answers_open_and_link_addresses(site_url, browser_page):
    page = browser_page
    page.goto(site_url + "/legislation-policy/policy-qas/fy18-v2-january/")
    page.emulate_media(media="print")
    for chrome in (".usa-banner", ".usa-header", ".usa-footer", ".site-in-page-nav"):
        assert not page.locator(chrome).first.is_visible(), chrome
    assert page.locator("main h1").is_visible()
    answer = page.locator("details .site-accordion__content").first
    assert answer.is_visible()  # closed accordions print open
    page.goto(site_url + "/news-stories/one-youths-journey-towards-college/")
    page.emulate_media(media="print")
    external = page.locator("main a[href^='http']").first
    after = external.evaluate("a => getComputedStyle(a, '::after').content")
    assert external.get_attribute("href") in after


#: The heights of the buttons side by side in each button group: [[label, height], ...] a row.
BUTTON_ROWS = """() => [...document.querySelectorAll(".usa-button-group")].flatMap((group) => {
  const rows = {};
  for (const button of group.querySelectorAll(":scope > .usa-button-group__item > .usa-button")) {
    const r = button.getBoundingClientRect();
    (rows[Math.round(r.top)] ||= []).push([button.textContent.trim(), Math.round(r.height)]);
  }
  return Object.values(rows);
})"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("url", ["/", "/es/"])
def test_buttons_side_by_side_are_the_same_height(site_url, browser, url, width):
    """The hero's outline button stood 4 px taller than the primary one beside it: the global
    `ul li:last-child` rule took the last item's bottom margin, and the row stretches items."""
    rows = evaluate_on(browser, site_url + url, BUTTON_ROWS, width)
    assert rows
    for row in rows:
        assert len({height for _label, height in row}) == 1, row


#: Each top-level row of the open mobile menu: [label, height in px].
MENU_ROWS = """() => [...document.querySelectorAll(
  ".usa-nav__primary > .usa-nav__primary-item > :is(a, button)")].map((row) => [
    row.textContent.trim(), Math.round(row.getBoundingClientRect().height)])"""


@pytest.mark.parametrize("url", ["/", "/es/"])
def test_mobile_menu_rows_are_all_touch_target_height(site_url, browser, url):
    """Rows that open a submenu were 44 px tall, plain links 36 px."""
    context = browser.new_context(
        viewport={"width": 390, "height": 900}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.goto(site_url + url)
    page.locator(".usa-menu-btn").click()
    rows = page.evaluate(MENU_ROWS)
    context.close()
    assert len(rows) == 8
    assert {height for _label, height in rows} == {44}, rows


#: The filter form's bottom and the top of what follows it in the page (the results heading or
#: list when the columns stack), in px.
FILTER_FORM_GAP = """() => {
  const form = document.querySelector(".listing-filters");
  const after = [...document.querySelectorAll("main *")].find(
    (e) => form.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING
      && !form.contains(e) && e.getBoundingClientRect().height > 0);
  return after.getBoundingClientRect().top - form.getBoundingClientRect().bottom;
}"""


FILTERED_LISTS = [
    "/resource-library/",
    "/es/biblioteca-de-recursos/",
    "/updates/",
    "/news-stories/",
    "/webinars-meetings/",
    "/about-us/state-directory/",
    "/legislation-policy/policy-qas/",
    "/tools-curriculum/national-idr-curriculum/",
    "/search/?q=migrant",
]


@pytest.mark.parametrize("url", FILTERED_LISTS)
def test_the_filter_form_stands_apart_from_the_results_under_it(site_url, browser, url):
    """On a phone the columns stack, and the Apply button touched the results heading."""
    gap = evaluate_on(browser, site_url + url, FILTER_FORM_GAP, 390, phone=True)
    assert gap >= 16, gap


#: A State's contact list: the list's box, the box above it, each label and value ([tag, left,
#: top, right, bottom, line height / font size]) and how many lines the email address takes.
STATE_CONTACT = """() => {
  const list = document.querySelector(".state-contact");
  const box = (e) => {
    const r = e.getBoundingClientRect();
    const style = getComputedStyle(e);
    return [e.tagName, r.left, r.top, r.right, r.bottom,
            parseFloat(style.lineHeight) / parseFloat(style.fontSize)];
  };
  const email = list.querySelector("a[href^='mailto:']");
  return [box(list), box(list.previousElementSibling), [...list.children].map(box),
          email.getClientRects().length];
}"""
STATE_CONTACT_URLS = ["/about-us/state-directory/fl/", "/es/quienes-somos/directorio-estatal/fl/"]


@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize("url", STATE_CONTACT_URLS)
def test_a_state_contact_reads_well_on_a_phone(site_url, browser, url, width):
    """The labels kept a column of their own (150 px for "Correo electrónico"), so the email
    address broke after "sample-mep-" in what was left, the lines were 1.15 apart and the list
    touched the paragraph above it. On a phone each value now has the whole width under its
    label, the address stays whole, and the items stand apart."""
    contact, above, items, email_lines = evaluate_on(
        browser, site_url + url, STATE_CONTACT, width, phone=True
    )
    assert email_lines == 1
    assert contact[2] - above[4] >= 8, "the list touches the paragraph above it"
    for (tag, left, top, right, _bottom, spacing), previous in zip(
        items, [None, *items], strict=False
    ):
        assert spacing >= 1.4, (tag, spacing)
        if tag == "DD":
            assert left == contact[1] and right == contact[3], "a value beside its label"
            assert top >= previous[4], "a value beside its label"
        elif previous is not None:
            assert top - previous[4] >= 8, "one item touches the next"


@pytest.mark.parametrize("url", STATE_CONTACT_URLS)
def test_a_state_contact_has_labels_beside_values_on_a_wide_screen(site_url, browser_page, url):
    page = browser_page
    page.goto(site_url + url)
    _contact, _above, items, email_lines = page.evaluate(STATE_CONTACT)
    assert email_lines == 1
    for label, value in zip(items[::2], items[1::2], strict=True):
        assert (label[0], value[0]) == ("DT", "DD")
        assert label[2] == value[2] and label[3] < value[1]  # the same row, label first


#: Every tag shown in the page's main column: [text, boxes, line height / font size, lines,
#: [left, top, right, bottom]].
TAGS = """() => [...document.querySelectorAll("main .usa-tag")]
  .filter((tag) => tag.getClientRects().length)
  .map((tag) => {
    const style = getComputedStyle(tag);
    const r = tag.getBoundingClientRect();
    const lineHeight = parseFloat(style.lineHeight);
    const text = r.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return [tag.textContent.trim(), tag.getClientRects().length,
            lineHeight / parseFloat(style.fontSize), Math.round(text / lineHeight),
            [r.left, r.top, r.right, r.bottom]];
  })"""
SPANISH_TAG_PAGES = [
    "/es/biblioteca-de-recursos/",
    "/es/novedades/",
    "/es/novedades/iniciativa-de-mentoria-participacion-de-las-familias/",
    "/es/noticias-e-historias/estudiante-pass-del-ano-2017-jocelyn-martinez/",
    "/es/seminarios-web-y-reuniones/",
]


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_long_spanish_tags_wrap_readably(site_url, browser, width):
    """Spanish topics run to 58 characters ("MSIX (intercambio de expedientes de estudiantes
    migrantes)"): a tag that wrapped had its lines 1.0 apart, 4 px above the next tag, and a
    tag in a line of text broke across two lines with its padding lost at the break. A tag is
    now one box that wraps inside itself, its lines spaced, apart from the tags around it."""
    phone = width < PHONE_WIDTH
    context = browser.new_context(
        viewport={"width": width, "height": 900}, is_mobile=phone, has_touch=phone
    )
    page = context.new_page()
    failures, wrapped = [], 0
    for url in SPANISH_TAG_PAGES:
        page.goto(site_url + url)
        tags = page.evaluate(TAGS)
        assert tags, url
        for text, boxes, spacing, lines, _box in tags:
            wrapped += lines > 1
            if boxes != 1:
                failures.append(f"{url}: “{text}” broken into {boxes} boxes")
            if spacing < 1.3:
                failures.append(f"{url}: “{text}” lines {spacing:.2f} apart")
        for index, (text, _b, _s, _l, (left, top, right, bottom)) in enumerate(tags):
            for other, _b2, _s2, _l2, (o_left, o_top, o_right, o_bottom) in tags[index + 1 :]:
                apart_x = max(o_left - right, left - o_right)
                apart_y = max(o_top - bottom, top - o_bottom)
                if max(apart_x, apart_y) < 4:
                    failures.append(f"{url}: “{text}” and “{other}” touch or overlap")
    context.close()
    assert failures == [], "\n".join(failures)
    assert wrapped or not phone, "no tag wraps on a phone: the check measures nothing"


#: The space between an element and whatever comes before it in the page (its own previous
#: sibling, or its nearest ancestor's), in px.
SPACE_ABOVE = """(selector) => {
  const element = document.querySelector(selector);
  let node = element;
  while (node && !node.previousElementSibling) node = node.parentElement;
  return element.getBoundingClientRect().top
    - node.previousElementSibling.getBoundingClientRect().bottom;
}"""
#: Sections that followed the text before them with no space (0 px): a page's second and later
#: sections (About Us, the events list, a curriculum, the national profile), the About Us body
#: after its goal, the home page's upcoming events under the updates on a phone, and the first
#: section after a fact list or a download line (16 px there, a paragraph's gap) or after an
#: article's link button (24 px).
SPACED_SECTIONS = [
    ("/", ".upcoming-events"),
    ("/es/", ".upcoming-events"),
    ("/about-us/", "#goal-heading"),
    ("/about-us/", ".site-main-column > .usa-prose"),
    ("/about-us/", "#services-heading"),
    ("/about-us/", "#initiatives-heading"),
    ("/es/quienes-somos/", "#initiatives-heading"),
    ("/webinars-meetings/", "#past-heading"),
    ("/tools-curriculum/national-idr-curriculum/", "#modules-heading"),
    ("/resource-library/mep-national-profile-2021-2022/", "#indicators-heading"),
    ("/resource-library/mep-national-profile-2021-2022/", "#goals-heading"),
    ("/resource-library/national-idr-manual-resource/", "#downloads-heading"),
    ("/news-stories/one-youths-journey-towards-college/", "#citation-heading"),
]


@pytest.mark.parametrize("width", [390, 1280])
def test_each_section_stands_apart_from_the_text_before_it(site_url, browser, width):
    phone = width < PHONE_WIDTH
    context = browser.new_context(
        viewport={"width": width, "height": 900}, is_mobile=phone, has_touch=phone
    )
    page = context.new_page()
    failures = []
    for url, selector in SPACED_SECTIONS:
        if selector == ".upcoming-events" and not phone:
            continue  # beside the updates, not under them
        page.goto(site_url + url)
        space = page.evaluate(SPACE_ABOVE, selector)
        # A section: units(4), twice a paragraph's gap; the About Us body: a paragraph's.
        if space < (16 if selector.endswith(".usa-prose") else 32):
            failures.append(f"{url} {selector} at {width} px: {space:.0f} px above")
    context.close()
    assert failures == [], "\n".join(failures)


#: A fact list's first value: its font size and line height in px.
FACTS_TYPE = """() => [...document.querySelectorAll("main .resource-facts dd")].slice(0, 1)
  .map((dd) => [parseFloat(getComputedStyle(dd).fontSize),
    parseFloat(getComputedStyle(dd).lineHeight)])"""
FACT_PAGES = [
    "/resource-library/national-idr-manual-resource/",
    "/resource-library/mep-national-profile-2021-2022/",
    "/news-stories/2017-pass-student-of-the-year-jocelyn-martinez/",
    "/es/noticias-e-historias/estudiante-pass-del-ano-2017-jocelyn-martinez/",
]


@pytest.mark.parametrize("url", FACT_PAGES)
def test_a_fact_list_reads_like_the_text_around_it(site_url, browser, url):
    """A resource's, the profile's or a story's facts (focus, audience, state, summary) had
    lines 1.15 apart: a wrapped value read cramped."""
    facts = evaluate_on(browser, site_url + url, FACTS_TYPE, 390, phone=True)
    assert facts, url
    ((size, line_height),) = facts
    assert line_height / size >= 1.4, (url, size, line_height)


CAPTIONS_TYPE = """() => [...document.querySelectorAll("main figcaption")]
  .map((caption) => [parseFloat(getComputedStyle(caption).fontSize),
    parseFloat(getComputedStyle(caption).lineHeight)])"""


@pytest.mark.parametrize(
    "url",
    ["/resource-library/mep-national-profile-2021-2022/", "/es/quienes-somos/nuestro-impacto/"],
)
def test_a_figure_caption_reads_like_the_text_around_it(site_url, browser, url):
    """A chart's caption (what it shows, which values are samples) had lines 1.15 apart."""
    captions = evaluate_on(browser, site_url + url, CAPTIONS_TYPE, 390, phone=True)
    assert captions, url
    for size, line_height in captions:
        assert line_height / size >= 1.4, (url, size, line_height)


IMPACT_URLS = ["/about-us/our-impact/", "/es/quienes-somos/nuestro-impacto/"]
#: The first chart's labels under its bars, each [its lines joined, left, right] in px, and
#: the row labels of the table with the same figures.
BAR_LABELS = """() => {
  const labels = [...document.querySelector("main svg.bar-chart")
    .querySelectorAll("text.bar-chart__text[text-anchor=middle]:not([transform])")];
  const rows = document.querySelector("table.impact-table").querySelectorAll("tbody th");
  return [labels.map((label) => {
    const box = label.getBoundingClientRect();
    const lines = [...label.childNodes].map((node) => node.textContent.trim());
    return [lines.join(" "), box.left, box.right];
  }), [...rows].map((row) => row.textContent.trim())];
}"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("url", IMPACT_URLS)
def test_bar_labels_are_whole_and_do_not_run_into_each_other(site_url, browser, url, width):
    """The Spanish groups of 2021-22 ran into their neighbours ("Desde que nacenDe 3 a 5
    años") and lost their last words ("De kínder a 12.º grado, y sin", no "grado")."""
    labels, rows = evaluate_on(browser, site_url + url, BAR_LABELS, width, width < PHONE_WIDTH)
    assert [text for text, _left, _right in labels] == rows
    for (_text, _left, right), (_next, next_left, _right) in itertools.pairwise(labels):
        assert right <= next_left, (url, width, labels)


#: [cell's width, table's width] for every cell of the first figures table.
IMPACT_CELLS = """() => {
  const table = document.querySelector("table.impact-table");
  return [...table.querySelectorAll("tbody th, tbody td")].map((cell) =>
    [cell.getBoundingClientRect().width, table.getBoundingClientRect().width]);
}"""


@pytest.mark.parametrize("url", IMPACT_URLS)
def test_impact_figures_take_the_whole_width_on_a_phone(site_url, browser, url):
    """At 390 px the source column was a third of the table: "Perfil nacional del Programa de
    Educación Migrante" a word a line. On a phone each figure stacks, label over value."""
    for cell, table in evaluate_on(browser, site_url + url, IMPACT_CELLS, 390, phone=True):
        assert cell >= table - 1, (url, cell, table)


CALENDAR_URLS = [
    "/webinars-meetings/calendar/2019/1/",
    "/es/seminarios-web-y-reuniones/calendar/2019/1/",
]
#: The month grid on a phone: [table width, its box's width], and for each day with events
#: [its link's height, the text of the list item it points to, whether titles show in it].
CALENDAR_DAYS = """() => {
  const table = document.querySelector("table.event-calendar");
  const days = [...table.querySelectorAll("td.event-calendar__day--busy")].map((day) => {
    const link = day.querySelector("a.event-calendar__day-link");
    const target = link && document.querySelector(link.getAttribute("href"));
    const titles = day.querySelector(".event-calendar__events");
    return [link ? link.getBoundingClientRect().height : 0,
      target ? target.textContent.replace(/\\s+/g, " ").trim() : "",
      !!titles && titles.offsetParent !== null];
  });
  return [[table.getBoundingClientRect().width, table.parentElement.clientWidth], days];
}"""


@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize("url", CALENDAR_URLS)
def test_the_month_fits_a_phone_and_each_busy_day_leads_to_its_events(
    site_url, browser, url, width
):
    """At 390 px the grid scrolled sideways with its titles a word a line. On a phone it fits:
    a day with events is a link to them in the month's list below the grid."""
    (table, room), days = evaluate_on(browser, site_url + url, CALENDAR_DAYS, width, phone=True)
    assert table <= room + 1, (url, width, table, room)
    assert days, url
    for height, target, titles_shown in days:
        assert height >= 24 and target and not titles_shown, (url, width, days)


def test_the_month_shows_event_titles_in_their_days_on_a_wide_screen(site_url, browser):
    _table, days = evaluate_on(
        browser, site_url + "/webinars-meetings/calendar/2019/1/", CALENDAR_DAYS, 1280
    )
    assert days and all(titles_shown for _height, _target, titles_shown in days), days


#: Each heading in a page's body after other text: [its text, px above it, px below it].
BODY_HEADINGS = """() => [...document.querySelectorAll("main .usa-prose > .block-heading")]
  .filter((block) => block.previousElementSibling)
  .map((block) => {
    const heading = block.firstElementChild.getBoundingClientRect();
    const above = block.previousElementSibling.getBoundingClientRect().bottom;
    const next = block.nextElementSibling;
    return [block.textContent.trim(), heading.top - above,
      next ? next.getBoundingClientRect().top - heading.bottom : null];
  })"""
BODY_HEADING_URLS = [
    "/families/",
    "/es/familias/",
    "/families/who-can-take-part/",
    "/accessibility/",
    "/es/privacidad/",
]


@pytest.mark.parametrize("width", [390, 1280])
def test_a_heading_in_a_body_stands_apart_from_the_text_above_it(site_url, browser, width):
    """Headings written in a body (the heading block) were as close to the paragraph above
    them as to the one below (16 px each), so they did not read as starting a new part."""
    failures = []
    for url in BODY_HEADING_URLS:
        headings = evaluate_on(browser, site_url + url, BODY_HEADINGS, width, width < PHONE_WIDTH)
        assert headings, url
        failures += [
            f"{url} at {width} px: “{text}” {above:.0f} px above, {below:.0f} px below"
            for text, above, below in headings
            if below is not None and above < 2 * below
        ]
    assert failures == [], "\n".join(failures)


#: Background colours of this month's grid: [today, another day, a day outside the month].
CALENDAR_SHADES = """() => {
  const colour = (selector) => {
    const cell = document.querySelector("table.event-calendar " + selector);
    return cell ? getComputedStyle(cell).backgroundColor : null;
  };
  return [colour(".event-calendar__day--today"),
    colour(".event-calendar__day:not(.event-calendar__day--today):not(.event-calendar__day--outside)"),
    colour(".event-calendar__day--outside")];
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_today_and_the_days_outside_the_month_look_different(site_url, browser, width):
    """USWDS's table cell rules outweighed the calendar's: today looked like any other day
    (on a phone, where its "Today" tag is for screen readers only, nothing marked it)."""
    url = site_url + "/webinars-meetings/calendar/"
    today, other, outside = evaluate_on(browser, url, CALENDAR_SHADES, width, width < PHONE_WIDTH)
    assert today and outside, "this month has a today and days outside it"
    assert len({today, other, outside}) == 3, (today, other, outside)


#: How far below its cell's top each day number is: today's first, then the other days'.
DAY_NUMBER_OFFSETS = """() => {
  const offset = (cell) => cell.querySelector(".event-calendar__date").getBoundingClientRect().top
    - cell.getBoundingClientRect().top;
  const today = document.querySelector("table.event-calendar .event-calendar__day--today");
  const others = [...document.querySelectorAll("table.event-calendar .event-calendar__day")]
    .filter((cell) => cell !== today && cell.querySelector(".event-calendar__date"));
  return [offset(today), ...others.map(offset)];
}"""


@pytest.mark.parametrize("width", [390, 1280])
def test_todays_number_lines_up_with_its_neighbours(site_url, browser, width):
    """Today's 2 px border pushed its number 1 px below the rest of its week."""
    url = site_url + "/webinars-meetings/calendar/"
    today, *others = evaluate_on(browser, url, DAY_NUMBER_OFFSETS, width, width < PHONE_WIDTH)
    assert others and all(abs(today - other) < 0.5 for other in others), (today, others)
