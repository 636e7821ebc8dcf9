from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_control
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from contact.views import security_txt
from pages.admin_views import snippet_translation_not_found
from pages.sitemap import PublicPagesSitemap
from pages.views import robots_txt, search

urlpatterns = [
    path(".well-known/security.txt", security_txt, name="security_txt"),
    re_path(
        r"^admin/translation/submit/snippet/[\w-]+/[\w-]+/(?![0-9]+/$)[^/]*/$",
        snippet_translation_not_found,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicPagesSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
elif getattr(settings, "SERVE_MEDIA", False):
    # One server without a web server in front for /media/ (docs/deployment.md): Django serves
    # the public image files itself. Documents never: they go through Wagtail's document view,
    # which checks private collections.
    from django.views.static import serve

    media_prefix = settings.MEDIA_URL.strip("/")
    urlpatterns += [
        re_path(
            rf"^{media_prefix}/(?P<path>(?:images|original_images)/.+)$",
            cache_control(public=True, max_age=7 * 24 * 3600)(serve),
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# English without a prefix, Spanish under /es/. Wagtail's page serving is the catch-all, so it
# comes last.
urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("", include("contact.urls")),
    # <events section>/calendar.ics: Wagtail's page router only serves paths ending in "/".
    path("", include("events.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
