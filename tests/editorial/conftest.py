import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command


@pytest.fixture
def dev_users(db):
    """The development logins (admin, editor, moderator), with their email addresses."""
    call_command("create_dev_users", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from django.contrib.auth import get_user_model

    return {u.username: u for u in get_user_model().objects.all()}


def form_data(html, selector="form[data-edit-form]"):
    """What a browser would send for the form as rendered: every named field with its value
    (checked boxes only, the selected option), management forms included."""
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    assert form is not None, f"no {selector} in the page"
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.has_attr("disabled") or "__prefix__" in name:
            continue  # (a formset's empty template is not sent)
        if field.name == "select":
            selected = field.find("option", selected=True) or field.find("option")
            data[name] = selected.get("value", selected.text) if selected else ""
        elif field.name == "textarea":
            data[name] = field.text
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.get("type") not in ("submit", "button", "file"):
            data[name] = field.get("value", "")
    return data
