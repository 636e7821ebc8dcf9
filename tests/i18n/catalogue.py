"""What the translation checks compare: the messages the code and templates ask for, and the
entries of a gettext .po file. Pure Python: no xgettext or polib needed at test time.

- `template_messages()` walks every project template's compiled node tree for {% translate %}
  and {% blocktranslate %} nodes and rebuilds the msgid Django looks up for each (the same
  string `makemessages` writes).
- `python_messages()` reads the project's .py files with `ast` for calls to gettext and friends
  with literal arguments.
- `parse_po()` reads a .po file: context, msgid, plural, translations, flags.
"""

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.template import engines
from django.templatetags.i18n import BlockTranslateNode, TranslateNode

BASE_DIR = Path(settings.BASE_DIR)
#: Folders of the project that hold code or templates (not .venv, node_modules, tests…).
PROJECT_PACKAGES = ["mep_site", "caching", *settings.CONTENT_APPS]


@dataclass(frozen=True)
class Message:
    msgid: str
    context: str = ""
    plural: str = ""
    where: str = field(default="", compare=False)

    @property
    def key(self):
        return (self.context, self.msgid)


# Templates -----------------------------------------------------------------------------------


def project_template_files():
    """(name, path) of every template in templates/ and the apps' templates/ folders."""
    roots = [BASE_DIR / "templates"] + [BASE_DIR / app / "templates" for app in PROJECT_PACKAGES]
    for root in roots:
        for path in sorted(root.rglob("*.html")):
            yield path.relative_to(root).as_posix(), path


def is_admin_template(name):
    """Templates only the Wagtail admin shows (ours, and our overrides of Wagtail's); the admin
    may stay in English."""
    return "/admin/" in f"/{name}" or name.startswith("wagtailadmin/")


def compiled(name):
    return engines["django"].engine.get_template(name)


def walk_nodes(nodelist):
    """Every node of a template, depth first, including those inside {% if %}, {% for %},
    {% block %}, {% with %} and the like."""
    for node in nodelist:
        yield node
        # {% if %} lists all its branches as `nodelist`, {% for %} its loop and {% empty %}.
        for attr in node.child_nodelists:
            yield from walk_nodes(getattr(node, attr, None) or [])


def _literal(filter_expression):
    """The string a tag argument is written as, or None for a variable."""
    var = filter_expression.var
    if isinstance(var, str):  # a quoted constant, already resolved by the parser
        return str(var)
    literal = getattr(var, "literal", None)
    return str(literal) if isinstance(literal, str) else None


def _context(node):
    return _literal(node.message_context) if node.message_context else ""


def _block_msgid(node, tokens):
    # What Django looks up: text with %(name)s for variables, % doubled, trimmed if asked.
    text, _vars = node.render_token_list(tokens)
    return text


def node_messages(node, where):
    """The message a translate node looks up, or None (e.g. {% translate variable %})."""
    if isinstance(node, TranslateNode):
        msgid = _literal(node.filter_expression)
        if msgid is None:
            return None
        return Message(msgid, _context(node) or "", where=where)
    if isinstance(node, BlockTranslateNode):
        plural = _block_msgid(node, node.plural) if node.plural and node.countervar else ""
        return Message(_block_msgid(node, node.singular), _context(node) or "", plural, where)
    return None


def template_messages():
    messages = []
    for name, _path in project_template_files():
        if is_admin_template(name):
            continue
        for node in walk_nodes(compiled(name).nodelist):
            message = node_messages(node, name)
            if message is not None:
                messages.append(message)
    return messages


# Python ---------------------------------------------------------------------------------------

#: name -> (index of context argument or None, index of msgid, index of plural or None)
GETTEXT_FUNCTIONS = {
    "gettext": (None, 0, None),
    "gettext_lazy": (None, 0, None),
    "_": (None, 0, None),
    "ngettext": (None, 0, 1),
    "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None),
    "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2),
    "npgettext_lazy": (0, 1, 2),
}


def project_python_files():
    for package in PROJECT_PACKAGES:
        for path in sorted((BASE_DIR / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def _string(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def python_messages():
    messages = []
    for path in project_python_files():
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in GETTEXT_FUNCTIONS:
                continue
            context_at, msgid_at, plural_at = GETTEXT_FUNCTIONS[name]
            args = node.args
            if len(args) <= msgid_at or _string(args[msgid_at]) is None:
                continue
            where = f"{path.relative_to(BASE_DIR)}:{node.lineno}"
            context = _string(args[context_at]) if context_at is not None else ""
            plural = _string(args[plural_at]) if plural_at is not None else ""
            messages.append(Message(_string(args[msgid_at]), context or "", plural or "", where))
    return messages


# .po files ------------------------------------------------------------------------------------


@dataclass
class PoEntry:
    msgid: str = ""
    context: str = ""
    plural: str = ""
    translations: list = field(default_factory=list)
    flags: set = field(default_factory=set)
    obsolete: bool = False

    @property
    def key(self):
        return (self.context, self.msgid)

    @property
    def is_translated(self):
        return bool(self.translations) and all(t.strip() for t in self.translations)


def _unquote(text):
    # .po strings use C escapes (\n, \t, \", \\), which Python string literals share.
    return ast.literal_eval(text)


def parse_po(text):
    """The entries of a .po file, header (msgid "") included; obsolete (#~) entries are kept
    and marked, so a check can ignore them."""
    entries, entry, key = [], None, None

    def start():
        nonlocal entry
        if entry is not None:
            entries.append(entry)
        entry = PoEntry()

    for raw in text.splitlines():
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
        if not line:
            if entry is not None:
                entries.append(entry)
            entry, key = None, None
            continue
        if line.startswith("#"):
            if entry is None or entry.translations:
                start()
            if line.startswith("#,"):
                entry.flags |= {flag.strip() for flag in line[2:].split(",")}
            continue
        if entry is None or (entry.translations and line.startswith(("msgctxt", "msgid "))):
            start()
        entry.obsolete = entry.obsolete or obsolete
        match = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(\".*\")$", line)
        if match:
            key, index, value = match.group(1), match.group(2), _unquote(match.group(3))
            if key.startswith("msgstr"):
                key = ("msgstr", int(index or 0))
                entry.translations.append(value)
            else:
                setattr(
                    entry, {"msgctxt": "context", "msgid_plural": "plural"}.get(key, key), value
                )
        elif line.startswith('"') and key is not None:
            value = _unquote(line)
            if isinstance(key, tuple):
                entry.translations[key[1]] += value
            else:
                attr = {"msgctxt": "context", "msgid_plural": "plural"}.get(key, key)
                setattr(entry, attr, getattr(entry, attr) + value)
        else:
            raise ValueError(f"Cannot read this line of the .po file: {raw!r}")
    if entry is not None:
        entries.append(entry)
    return entries


def spanish_catalogue():
    path = BASE_DIR / "locale" / "es" / "LC_MESSAGES" / "django.po"
    return {entry.key: entry for entry in parse_po(path.read_text()) if not entry.obsolete}
