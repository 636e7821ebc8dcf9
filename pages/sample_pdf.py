"""Small but real PDFs for the demo's sample documents (WeasyPrint): a title page with the
document's title and a "Sample document" marking, a few headings and paragraphs drawn from the
page's own summary, and page numbers, so a download opens like a real report. The text says
plainly that it is a sample; nothing in it is OME's."""

import html
import logging

logger = logging.getLogger(__name__)

STYLE = """
@page {
  size: letter;
  margin: 1in 1in 0.9in;
  @bottom-center {
    content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #565c65;
  }
  @top-right { content: "SAMPLE DOCUMENT"; font-size: 8pt; letter-spacing: 0.1em; color: #b50909; }
}
@page :first { @top-right { content: none; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.5; color: #1b1b1b; }
.cover { page-break-after: always; padding-top: 2.2in; }
.mark { display: inline-block; border: 2pt solid #b50909; color: #b50909; padding: 4pt 10pt;
        font-weight: bold; letter-spacing: 0.12em; white-space: nowrap; }
h1 { font-size: 24pt; line-height: 1.2; margin: 18pt 0 12pt; color: #162e51; }
.cover p { color: #565c65; }
h2 { font-size: 15pt; color: #162e51; margin: 18pt 0 6pt; }
"""


def sample_html(title, summary=""):
    """The sample's HTML, for WeasyPrint."""
    about = summary.strip() or (
        f"This file stands in for “{title}” on the RESULTS demonstration site."
    )
    sections = [
        ("About this document", about),
        (
            "Why it is a sample",
            "The demonstration site does not hold the published file. An editor replaces "
            "this sample with the real document in the Wagtail admin, under Documents; the "
            "page that links to it then shows the new file's type and size.",
        ),
        (
            "Where to find the real one",
            "Ask the Office of Migrant Education or the RESULTS team for the current version "
            "of this document, or look for it on results.ed.gov.",
        ),
    ]
    body = "".join(
        f"<h2>{html.escape(heading)}</h2><p>{html.escape(text)}</p>" for heading, text in sections
    )
    document = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} (sample)</title><meta name="author" content="RESULTS demo site">
<style>{STYLE}</style></head><body>
<section class="cover"><span class="mark">SAMPLE DOCUMENT</span>
<h1>{html.escape(title)}</h1>
<p>Migrant Education Resource Center (RESULTS) — demonstration content, not an official
publication of the U.S. Department of Education.</p></section>
{body}</body></html>"""
    return document


def sample_pdf(title, summary=""):
    """The PDF's bytes, or None when WeasyPrint (or the Pango library it needs) is missing."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError):  # OSError: Pango is not installed
        logger.warning("event=sample_pdf_unavailable reason=weasyprint_missing")
        return None
    # WeasyPrint reads the PDF's title and author from the HTML's <title> and <meta>.
    return HTML(string=sample_html(title, summary)).write_pdf()
