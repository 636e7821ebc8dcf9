"""sitemap.xml: every page the public may see, and nothing else."""

from wagtail.contrib.sitemaps import Sitemap

from .queries import visible_pages


class PublicPagesSitemap(Sitemap):
    def items(self):
        # Wagtail's own query is live().public(); ours also drops pages past their expiry
        # that the scheduler has not unpublished yet.
        return visible_pages(super().items())
