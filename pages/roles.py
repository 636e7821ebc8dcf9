"""The two editorial roles, for data migrations.

Wagtail's own migrations create the groups **Editors** (add and edit pages: they can submit for
moderation but not publish) and **Moderators** (also publish, which in Wagtail covers
unpublishing and scheduling, plus lock/unlock), and the "Moderators approval" workflow on the
root page. Each app grants both groups the permissions for its own models with
`grant_model_permissions` in a data migration, so a new snippet never ships without them.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
ROLES = (EDITORS, MODERATORS)


def _permission(apps, app_label, model_name, action):
    """The permission row, created if `post_migrate` has not made it yet (it runs only after
    every migration, so a fresh database does not have it at this point)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    model = apps.get_model(app_label, model_name)
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model._meta.model_name
    )
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model._meta.model_name}",
        defaults={"name": f"Can {action} {model._meta.verbose_name_raw}"},
    )
    return permission


def grant_model_permissions(
    apps, app_label, model_names, actions=("add", "change", "delete"), roles=ROLES
):
    """Give Editors and Moderators (or only the `roles` named) the model permissions
    (snippets, settings)."""
    Group = apps.get_model("auth", "Group")
    for group_name in roles:
        group, _ = Group.objects.get_or_create(name=group_name)
        for model_name in model_names:
            for action in actions:
                group.permissions.add(_permission(apps, app_label, model_name, action))


def grant_collection_permissions(apps, app_label, model_name, actions=("add", "change", "choose")):
    """Give both roles upload/edit/choose rights for images or documents in every collection
    (granted on the root collection, which its children inherit)."""
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for group_name in ROLES:
        group, _ = Group.objects.get_or_create(name=group_name)
        for action in actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root,
                permission=_permission(apps, app_label, model_name, action),
            )


def noop(apps, schema_editor):
    """Reversing a grant leaves the permissions: people may rely on them by then."""
