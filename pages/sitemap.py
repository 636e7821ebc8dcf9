"""sitemap.xml: every page the public may see, in every language, and nothing else."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .languages import page_language
from .queries import default_language, visible_pages, within_section


class PublicPagesSitemap(Sitemap):
    def items(self):
        # Wagtail's own query is live().public() below the site's root page; ours also drops
        # pages past their expiry that the scheduler has not unpublished yet, and covers the
        # root page's translations (each language's home page) and the pages below them.
        root = self.get_wagtail_site().root_page
        pages = within_section(
            Page.objects.all(), root, descendants=True, every_language=True
        ) | Page.objects.filter(translation_key=root.translation_key)
        return visible_pages(pages).order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        """Wagtail's URLs, each with its hreflang alternates when the page is translated."""
        entries = []
        for item in self.paginator.page(page).object_list:
            for position, url_info in enumerate(item.get_sitemap_urls(self.request)):
                entries.append(((item.translation_key, position), page_language(item), url_info))
        versions = defaultdict(list)
        for key, language, url_info in entries:
            versions[key].append({"lang_code": language, "location": url_info["location"]})
        urls = []
        for key, _language, url_info in entries:
            alternates = versions[key]
            if len(alternates) > 1:
                default = next(
                    (a for a in alternates if a["lang_code"] == default_language()), None
                )
                extra = (
                    [{"lang_code": "x-default", "location": default["location"]}] if default else []
                )
                url_info["alternates"] = alternates + extra
            urls.append(url_info)
        last_mods = {url_info.get("lastmod") for url_info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
