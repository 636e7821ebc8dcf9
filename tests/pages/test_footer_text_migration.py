"""pages 0022 moves the footer's disclaimer and links from the site settings to FooterText: the
default site's text becomes the English row, nothing lost, and back again when reversed.
(PostgreSQL runs the migrations inside the test's transaction, which then undoes them.)"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db

BEFORE = ("pages", "0021_page_menu_title")
AFTER = ("pages", "0022_footer_text_per_language")
LINKS = [
    {"type": "link", "value": {"text": "U.S. Department of Education", "url": "https://ed.gov/"}},
    {"type": "link", "value": {"text": "Ed Data Express", "url": "https://eddataexpress.ed.gov/"}},
]


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    # Rows written before a schema change must not hold pending constraint checks.
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    return executor.loader.project_state([target]).apps


@pytest.mark.skipif(connection.vendor != "postgresql", reason="transactional DDL")
def test_the_site_settings_text_becomes_the_english_row_and_back():
    old_apps = migrate(BEFORE)
    SiteSettings = old_apps.get_model("pages", "SiteSettings")
    site_settings = SiteSettings.objects.get(site__is_default_site=True)
    site_settings.disclaimer = "<p>Created under contract ED-ESE-10-C-0084.</p>"
    site_settings.footer_links = LINKS
    site_settings.save()
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")

    new_apps = migrate(AFTER)
    FooterText = new_apps.get_model("pages", "FooterText")
    text = FooterText.objects.get()
    assert text.locale.language_code == "en"
    assert text.disclaimer == "<p>Created under contract ED-ESE-10-C-0084.</p>"
    assert [block.value["text"] for block in text.footer_links] == [
        "U.S. Department of Education",
        "Ed Data Express",
    ]
    assert [block.value["url"] for block in text.footer_links][1] == "https://eddataexpress.ed.gov/"
    Group = new_apps.get_model("auth", "Group")
    moderators = Group.objects.get(name="Moderators").permissions.values_list("codename", flat=True)
    editors = Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    assert "change_footertext" in moderators and "change_footertext" not in editors

    reverted = migrate(BEFORE).get_model("pages", "SiteSettings")
    back = reverted.objects.get(site__is_default_site=True)
    assert back.disclaimer == "<p>Created under contract ED-ESE-10-C-0084.</p>"
    assert [block.value["text"] for block in back.footer_links][1] == "Ed Data Express"
