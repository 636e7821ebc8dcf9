"""Django's makemessages, writing the catalogue sorted by message and without source locations.

Several people change the interface text at once on separate branches; with entries in
message order and no `#: file:line` lines, their additions rarely touch the same lines of
`django.po`, and moving code around changes nothing in it. (Django documents subclassing the
command to change the gettext tools' options.)"""

from django.core.management.commands import makemessages

SORTED = ["--sort-output"]


class Command(makemessages.Command):
    xgettext_options = makemessages.Command.xgettext_options + SORTED
    msguniq_options = makemessages.Command.msguniq_options + SORTED
    msgmerge_options = makemessages.Command.msgmerge_options + SORTED
    msgattrib_options = makemessages.Command.msgattrib_options + SORTED
