"""Wagtail's database search backend, aware of Spanish on PostgreSQL.

Wagtail's PostgreSQL backend (modelsearch) indexes and queries every object with one text
search configuration, the backend's SEARCH_CONFIG. Here a page in Spanish is indexed with
`results_spanish` (PostgreSQL's Spanish stemmer after `unaccent`, created by the migration
pages/0011), so "educacion" finds "educación", "reuniones" finds "reunión" and "niños" finds
"niño"; everything else keeps the configured one (English pages as before). A Spanish
visitor's query is matched with both configurations, since a Spanish list also shows English
pages standing in for untranslated ones. On SQLite (and MySQL) this is Wagtail's own backend,
unchanged: plain matching.

Set as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "pages.search_backend"."""

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from .queries import content_language

#: The PostgreSQL text search configuration for Spanish content (migration pages/0011).
SPANISH_CONFIG = "results_spanish"


def object_language(obj):
    """The content language of an indexed object: a page's locale, else None."""
    locale = getattr(obj, "locale", None) if getattr(obj, "locale_id", None) else None
    return getattr(locale, "language_code", None)


class SpanishConfigView:
    """The backend as the indexer sees it, with the Spanish configuration."""

    def __init__(self, backend):
        self._backend = backend
        self.config = SPANISH_CONFIG

    def __getattr__(self, name):
        return getattr(self._backend, name)


class LanguageAwarePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        objs = list(objs)
        spanish = [obj for obj in objs if object_language(obj) == "es"]
        others = [obj for obj in objs if object_language(obj) != "es"]
        if others:
            super().add_items(model, others)
        if spanish:
            # A fresh index object (as the backend makes one per call) that indexes with the
            # Spanish configuration.
            PostgresIndex.add_items(type(self)(SpanishConfigView(self.backend)), model, spanish)


class LanguageAwarePostgresQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        english = super().build_tsquery(query, config=config)
        if content_language() != "es":
            return english
        return super().build_tsquery(query, config=SPANISH_CONFIG) | english


class LanguageAwarePostgresSearchBackend(PostgresSearchBackend):
    index_class = LanguageAwarePostgresIndex
    query_compiler_class = LanguageAwarePostgresQueryCompiler


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    if connection.vendor == "postgresql":
        return LanguageAwarePostgresSearchBackend(params)
    return database_backend(params)
