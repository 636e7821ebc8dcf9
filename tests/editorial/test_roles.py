"""Editors write and submit; Moderators approve and publish. Checked through the admin, as an
editor would meet it."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, Page

from pages.models import InitiativePage
from pages.roles import EDITORS, MODERATORS

pytestmark = pytest.mark.django_db


def test_dev_users_exist_per_role_and_the_command_prints_their_logins(dev_users, capsys):
    call_command("create_dev_users")
    out = capsys.readouterr().out
    for username in ("admin", "editor", "moderator"):
        assert f"Login '{username}', password 'results-dev-password'" in out
    assert list(dev_users["editor"].groups.values_list("name", flat=True)) == [EDITORS]
    assert list(dev_users["moderator"].groups.values_list("name", flat=True)) == [MODERATORS]


def test_editor_cannot_publish_moderator_can(dev_users):
    page = InitiativePage.objects.get(slug="migrant-health")
    editor_perms = page.permissions_for_user(dev_users["editor"])
    moderator_perms = page.permissions_for_user(dev_users["moderator"])
    assert editor_perms.can_edit()
    assert not editor_perms.can_publish()
    assert not editor_perms.can_unpublish()
    assert moderator_perms.can_publish()
    assert moderator_perms.can_unpublish()


def test_editor_publish_attempt_through_the_admin_only_saves_a_draft(client, dev_users):
    page = InitiativePage.objects.get(slug="migrant-health")
    client.force_login(dev_users["editor"])
    edit_url = f"/admin/pages/{page.pk}/edit/"
    form = client.get(edit_url)
    assert form.status_code == 200
    assert b'name="action-publish"' not in form.content
    assert b"action-submit" in form.content  # "Submit to Moderators approval"


def test_workflow_sends_editor_submissions_to_moderators():
    root = Page.objects.get(depth=1)
    workflow = root.get_workflow()
    assert workflow is not None and workflow.active
    task = workflow.tasks.first().specific
    assert [g.name for g in task.groups.all()] == [MODERATORS]


@pytest.mark.parametrize(
    "url", ["/admin/snippets/pages/impactstatistic/", "/admin/images/", "/admin/documents/"]
)
def test_both_roles_can_manage_snippets_images_and_documents(client, dev_users, url):
    for username in ("editor", "moderator"):
        client.force_login(dev_users[username])
        assert client.get(url).status_code == 200, (username, url)


def test_image_upload_form_is_open_to_editors(client, dev_users):
    client.force_login(dev_users["editor"])
    assert client.get("/admin/images/multiple/add/").status_code == 200


def test_only_moderators_change_site_settings(client, dev_users):
    from wagtail.models import Site

    url = f"/admin/settings/pages/sitesettings/{Site.objects.get(is_default_site=True).pk}/"
    client.force_login(dev_users["editor"])
    assert client.get(url).status_code in (302, 403)
    client.force_login(dev_users["moderator"])
    assert client.get(url).status_code == 200


def test_groups_come_from_migrations():
    assert set(Group.objects.values_list("name", flat=True)) >= {EDITORS, MODERATORS}


def test_editor_translates_a_page_into_a_spanish_draft(client, dev_users):
    from wagtail.models import Locale

    from events.models import EventPage

    page = EventPage.objects.get(
        slug="sample-webinar-identification-and-recruitment", locale__language_code="en"
    )
    client.force_login(dev_users["editor"])
    url = f"/admin/translation/submit/page/{page.pk}/"
    assert client.get(url).status_code == 200
    spanish = Locale.objects.get(language_code="es")
    response = client.post(url, {"locales": [spanish.pk]})
    assert response.status_code == 302
    draft = page.get_translation(spanish)
    assert not draft.live  # published only through moderation
    assert draft.get_parent().specific.title == "Seminarios web y reuniones"


def test_image_rights_are_the_ones_wagtail_checks_and_the_groups_admin_shows():
    """Wagtail checks image rights as wagtailimages.*_image, also for our image model; the
    roles also held pages.*_customimage grants, which nothing read and no screen showed."""
    root = Collection.get_first_root_node()
    for role in (EDITORS, MODERATORS):
        codenames = set(
            GroupCollectionPermission.objects.filter(
                group__name=role,
                collection=root,
                permission__content_type__app_label="wagtailimages",
            ).values_list("permission__codename", flat=True)
        )
        assert {"add_image", "change_image", "choose_image"} <= codenames, role
    assert not GroupCollectionPermission.objects.filter(
        permission__content_type__app_label="pages"
    ).exists()
    assert not Permission.objects.filter(codename="choose_customimage").exists()


def test_a_group_given_only_choose_for_images_can_choose_them(client, django_user_model):
    """What the Groups admin's "Choose" box grants is what the image chooser asks for."""
    group = Group.objects.create(name="Reviewers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupCollectionPermission.objects.create(
        group=group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(
            content_type__app_label="wagtailimages", codename="choose_image"
        ),
    )
    reviewer = django_user_model.objects.create_user("reviewer", password="x")
    reviewer.groups.add(group)
    image = get_image_model().objects.first()
    client.force_login(reviewer)
    chooser = client.get("/admin/images/chooser/")
    assert chooser.status_code == 200
    assert image.title in chooser.json()["html"]
    assert client.get("/admin/images/multiple/add/").status_code == 302  # not an uploader
