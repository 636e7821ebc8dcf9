"""`{% cachedfragment "name" [vary ...] %}…{% endcachedfragment %}`: the enclosed output kept in
the shared cache until the next publish (caching/render_cache.py). The key always holds the
content generation, the host and the active language; add whatever else the output depends
on (a page id, a flag). Never wrap anything that depends on the visitor (forms with CSRF
tokens, the user bar). A builtin (settings.TEMPLATES), so templates need no {% load %}.
"""

from django import template
from django.utils.safestring import mark_safe

from caching.render_cache import cached_value

register = template.Library()


class CachedFragmentNode(template.Node):
    child_nodelists = ("nodelist",)  # so {% block %} tags inside stay overridable

    def __init__(self, nodelist, name, vary):
        self.nodelist, self.name, self.vary = nodelist, name, vary

    def render(self, context):
        name = self.name.resolve(context)
        vary = [value.resolve(context) for value in self.vary]
        return mark_safe(  # noqa: S308 - the output of Django's own rendering, already escaped
            cached_value(
                context.get("request"), f"tpl:{name}", vary, lambda: self.nodelist.render(context)
            )
        )


@register.tag
def cachedfragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% cachedfragment %} needs a name.")
    nodelist = parser.parse(("endcachedfragment",))
    parser.delete_first_token()
    return CachedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
