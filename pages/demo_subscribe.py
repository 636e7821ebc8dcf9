"""The demo's Subscribe page, in English and Spanish (called from pages/demo.py)."""

from wagtail.models import Locale

from .models import SubscribePage


def load_subscribe(home):
    from .demo import ensure_page, ensure_translation

    spanish = Locale.objects.filter(language_code="es").first()
    spanish_home = home.get_translation_or_none(spanish) if spanish else None

    page = ensure_page(
        home,
        SubscribePage,
        "subscribe",
        title="Subscribe",
        intro=(
            "<p>Get RESULTS updates, new resources and upcoming webinars and meetings in your "
            "feed reader or calendar.</p>"
        ),
    )
    if spanish_home is not None:
        ensure_translation(
            page,
            "es",
            slug="suscribirse",
            title="Suscribirse",
            intro=(
                "<p>Reciba las novedades de RESULTS, los recursos nuevos y los próximos "
                "seminarios web y reuniones en su lector de noticias o en su calendario.</p>"
            ),
        )
    return page
