from django.apps import AppConfig


class ContactConfig(AppConfig):
    name = "contact"
    verbose_name = "Contact form, page feedback, accessibility and privacy pages"
