"""Routes that are not pages: site search, robots.txt."""

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET, require_safe
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from .listing import Listing, clean_query
from .queries import searchable_pages, visible_documents, visible_pages

RESULTS_PER_PAGE = 10
DOCUMENT_RESULTS = 5


def _search_pages(queryset, query):
    return queryset.search(query, operator="and")


def editor_promotions(query):
    """The editors' picks for this query (wagtail.contrib.search_promotions), without hidden
    pages. Read-only: a visitor's search never writes to the database."""
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .order_by("sort_order")
        .only("page_id", "external_link_url", "external_link_text", "description")
    )
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    pages = visible_pages(Page.objects.filter(pk__in=page_ids)).specific().in_bulk()
    promotions = []
    for pick in picks:
        if pick.page_id and pick.page_id in pages:
            page = pages[pick.page_id]
            promotions.append(
                {"title": page.title, "url": page.url, "description": pick.description}
            )
        elif not pick.page_id and pick.external_link_url:
            promotions.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return promotions


@require_safe
def search(request):
    raw_query = request.GET.get("q", "")
    query = clean_query(raw_query)
    pages = searchable_pages(Page.objects.exclude(depth=1)).specific().defer_streamfields()
    listing = Listing(
        request,
        pages if query else Page.objects.none(),
        per_page=RESULTS_PER_PAGE,
        search=_search_pages,
        base_url=reverse("search"),
    )
    promotions, documents = [], []
    if query:
        promotions = editor_promotions(query)
        if listing.page.number == 1:
            documents = list(
                _search_pages(visible_documents(get_document_model().objects.all()), query)[
                    :DOCUMENT_RESULTS
                ]
            )
    return TemplateResponse(
        request,
        "pages/search.html",
        {
            "listing": listing,
            "query": query,
            "query_was_trimmed": len(" ".join(raw_query.split())) > len(query),
            "promotions": promotions,
            "documents": documents,
            "noindex": True,
        },
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    if getattr(settings, "ROBOTS_DISALLOW_ALL", False):  # staging sites stay out of engines
        lines[1] = "Disallow: /"
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
