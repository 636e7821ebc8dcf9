from django import forms, template

register = template.Library()

WIDGET_CLASSES = {
    forms.Textarea: "usa-textarea",
    forms.Select: "usa-select",
    forms.CheckboxInput: "usa-checkbox__input",
}

#: Form-builder names (from the English and Spanish labels) of a field for the person's name.
NAME_FIELDS = {"name", "your_name", "nombre", "su_nombre", "full_name", "nombre_completo"}


@register.simple_tag
def uswds_widget(field):
    """A form field's widget with USWDS classes, its hint and error tied to it by
    aria-describedby, and aria-invalid when it has an error."""
    widget = field.field.widget
    css = next(
        (name for kind, name in WIDGET_CLASSES.items() if isinstance(widget, kind)), "usa-input"
    )
    attrs = {}
    described = []
    if field.help_text:
        described.append(f"{field.id_for_label}-hint")
    if field.errors:
        described.append(f"{field.id_for_label}-error")
        attrs["aria-invalid"] = "true"
        css += f" {css}--error" if css != "usa-checkbox__input" else ""
    if described:
        attrs["aria-describedby"] = " ".join(described)
    if field.field.required:
        attrs["required"] = True
    attrs["class"] = css
    if isinstance(field.field, forms.EmailField):
        attrs["autocomplete"] = "email"
    elif field.name in NAME_FIELDS:
        attrs["autocomplete"] = "name"
    if isinstance(widget, forms.Textarea):
        attrs.setdefault("rows", 6)
    return field.as_widget(attrs=attrs)
