"""The Spanish catalogue is complete: every message the public site asks for has a Spanish
translation, and no template shows English text outside a translation tag."""

import re
from html.parser import HTMLParser

import pytest
from django.template import engines

from .catalogue import (
    BASE_DIR,
    Message,
    is_admin_template,
    node_messages,
    parse_po,
    project_template_files,
    python_messages,
    spanish_catalogue,
    template_messages,
    walk_nodes,
)

PO_PATH = BASE_DIR / "locale" / "es" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")


def untranslated(messages, catalogue):
    """Messages without a complete, non-fuzzy Spanish entry, as readable lines."""
    problems = []
    for message in messages:
        entry = catalogue.get(message.key)
        if entry is None:
            problem = "not in the catalogue"
        elif "fuzzy" in entry.flags:
            problem = "fuzzy"
        elif not entry.is_translated:
            problem = "no Spanish text"
        elif message.plural and entry.plural != message.plural:
            problem = f"plural differs: {entry.plural!r}"
        else:
            continue
        context = f" (context {message.context!r})" if message.context else ""
        problems.append(f"{message.where}: {message.msgid!r}{context}: {problem}")
    return sorted(set(problems))


HOW_TO_FIX = (
    "Run `make messages` and translate the new entries in locale/es/LC_MESSAGES/django.po "
    "(README: English and Spanish)."
)


def test_every_template_message_has_a_spanish_translation():
    messages = template_messages()
    # The walk really finds the site's messages (a broken walk would find none and pass).
    assert Message("Skip to main content") in messages
    assert any(m.plural == "<strong>%(counter)s</strong> results" for m in messages)
    problems = untranslated(messages, spanish_catalogue())
    assert not problems, HOW_TO_FIX + "\n" + "\n".join(problems)


def test_every_python_message_has_a_spanish_translation():
    messages = python_messages()
    assert Message("a.m.", "time of day") in messages
    assert any(m.msgid == "%(count)d hour" and m.plural for m in messages)
    problems = untranslated(messages, spanish_catalogue())
    assert not problems, HOW_TO_FIX + "\n" + "\n".join(problems)


def test_a_new_untranslated_template_string_is_caught():
    # What the two tests above do when someone adds a string and forgets the Spanish.
    template = engines["django"].from_string(
        '{% load i18n %}<p>{% translate "A sentence nobody has translated" %}</p>'
        "{% blocktranslate count counter=n trimmed %}{{ counter }} apple"
        "{% plural %}{{ counter }} apples{% endblocktranslate %}"
        '<p>{% translate "Skip to main content" %}</p>'
    )
    messages = [node_messages(node, "new.html") for node in walk_nodes(template.template.nodelist)]
    problems = untranslated([m for m in messages if m], spanish_catalogue())
    assert problems == [
        "new.html: '%(counter)s apple': not in the catalogue",
        "new.html: 'A sentence nobody has translated': not in the catalogue",
    ]


def test_catalogue_has_no_fuzzy_or_empty_entries():
    entries = [e for e in parse_po(PO_PATH.read_text()) if not e.obsolete]
    assert "fuzzy" not in entries[0].flags, "the header is still marked fuzzy"
    assert "Language: es" in entries[0].translations[0]
    bad = [e.msgid for e in entries[1:] if "fuzzy" in e.flags or not e.is_translated]
    assert not bad, bad
    plural_forms = re.search(r"nplurals=(\d+)", entries[0].translations[0])
    for entry in entries[1:]:
        if entry.plural:
            assert len(entry.translations) == int(plural_forms.group(1)), entry.msgid


def placeholders(text):
    return sorted(re.findall(r"%\((\w+)\)[sd]", text))


def tags(text):
    return sorted(re.findall(r"</?([a-z]+)", text))


def test_translations_keep_placeholders_and_markup():
    # A lost %(name)s raises at render time; a lost tag breaks the page's HTML.
    entries = [e for e in parse_po(PO_PATH.read_text()) if not e.obsolete and e.msgid]
    for entry in entries:
        for translation in entry.translations:
            assert placeholders(translation) == placeholders(entry.msgid), entry.msgid
            assert tags(translation) == tags(entry.msgid), entry.msgid
            # Translations go into attributes (aria-label="…") unescaped, as the English does.
            assert translation.count('"') == entry.msgid.count('"'), entry.msgid


def test_compiled_catalogue_is_current():
    # The .mo is built from the .po by `make` (it is not in git); a stale one means the
    # Spanish pages are tested against old translations.
    assert MO_PATH.exists(), "Run `make locale/es/LC_MESSAGES/django.mo` (needs gettext)."
    assert MO_PATH.stat().st_mtime >= PO_PATH.stat().st_mtime, "Run `make` to recompile it."


# English left outside translation tags ---------------------------------------------------

#: Attributes people read or hear (screen readers, tooltips, the stacked table's labels).
READ_ATTRIBUTES = {"aria-label", "alt", "title", "placeholder", "data-label"}
#: <meta> whose content is shown by search engines or when a link is shared.
READ_META = {("name", "description"), ("property", "og:site_name"), ("property", "og:title")}
TAG_PLACEHOLDER = "§"
LETTERS = re.compile(r"[^\W\d_]{2,}")
#: CSS class names and other identifiers ("page-home") are not prose.
IDENTIFIER = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")


def without_template_code(source):
    """The template's HTML with translated text removed and every other template tag,
    variable and comment replaced by a placeholder, so only literal text is left."""
    source = re.sub(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}", "", source, flags=re.S)
    source = re.sub(
        r"{%\s*blocktrans(?:late)?\b.*?{%\s*endblocktrans(?:late)?\s*%}",
        TAG_PLACEHOLDER,
        source,
        flags=re.S,
    )
    source = re.sub(r"{#.*?#}", "", source, flags=re.S)
    return re.sub(r"{%.*?%}|{{.*?}}", TAG_PLACEHOLDER, source, flags=re.S)


class LiteralText(HTMLParser):
    """Collects text and read attribute values that contain words."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        values = dict(attrs)
        for name, value in attrs:
            if name in READ_ATTRIBUTES and value:
                self.check(f"{name}={value!r}", value)
        if tag == "meta" and any(values.get(k) == v for k, v in READ_META):
            self.check(f"meta content={values.get('content')!r}", values.get("content") or "")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.check(repr(" ".join(data.split())), data)

    def check(self, label, text):
        words = text.replace(TAG_PLACEHOLDER, " ").split()
        if any(LETTERS.search(word) and not IDENTIFIER.match(word) for word in words):
            self.found.append(label)


def english_outside_translation(source):
    parser = LiteralText()
    parser.feed(without_template_code(source))
    parser.close()
    return parser.found


def test_the_english_check_finds_literal_text():
    source = (
        '{% load i18n %}<nav aria-label="Main menu"><p>Hello {{ name }}</p>'
        '<img alt="{% translate \'Logo\' %}"><p>{% translate "Fine" %} ·</p>'
        "<option{% if x %} selected{% endif %}>{{ label }}</option>"
        "{% blocktranslate %}Also fine {{ x }}{% endblocktranslate %}</nav>"
    )
    assert english_outside_translation(source) == ["aria-label='Main menu'", "'Hello §'"]


PUBLIC_TEMPLATES = {
    path.relative_to(BASE_DIR).as_posix(): path
    for name, path in project_template_files()
    if not is_admin_template(name)
}


@pytest.mark.parametrize("template", sorted(PUBLIC_TEMPLATES))
def test_template_has_no_english_outside_translation_tags(template):
    found = english_outside_translation(PUBLIC_TEMPLATES[template].read_text())
    assert not found, f"wrap in {{% translate %}} or {{% blocktranslate %}}: {found}"
