from wagtail import hooks

from .tags import depend_on, page_tag


@hooks.register("before_serve_page")
def depend_on_the_served_page(page, request, serve_args, serve_kwargs):
    """A response Wagtail serves shows its page: the page's purge retires it, with every
    sub-route and query string (caching/purge.py)."""
    depend_on(request, page_tag(page))
