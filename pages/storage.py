"""Static files storage: whitenoise's compressed, hashed files, with url() remembered."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Every page asks for the same dozen static URLs; the manifest cannot change while the
    process runs (collectstatic happens before a deploy starts it), so each is worked out once."""

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        memo = self.__dict__.setdefault("_url_memo", {})
        try:
            return memo[name]
        except KeyError:
            memo[name] = url = super().url(name)
            return url
