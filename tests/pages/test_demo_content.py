import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from pages.models import CustomImage, ImpactStatistic

pytestmark = pytest.mark.django_db


def test_load_demo_content_twice_changes_nothing():
    before = (Page.objects.count(), ImpactStatistic.objects.count(), CustomImage.objects.count())
    revisions = sorted(Page.objects.values_list("id", "latest_revision_id"))
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    after = (Page.objects.count(), ImpactStatistic.objects.count(), CustomImage.objects.count())
    assert before == after
    assert sorted(Page.objects.values_list("id", "latest_revision_id")) == revisions


def test_demo_images_have_alt_text():
    assert CustomImage.objects.exists()
    assert not CustomImage.objects.filter(description="").exists()


def test_demo_statistics_earlier_years_are_samples_and_2021_22_is_real():
    years = sorted(set(ImpactStatistic.objects.sources().values_list("school_year", "is_sample")))
    assert years == [("2014-15", True), ("2016-17", True), ("2021-22", False)]
    real = ImpactStatistic.objects.sources().filter(school_year="2021-22").order_by("order")
    assert [s.value for s in real] == [2923, 16029, 172192, 19011, 3414, 213569]
    assert {s.source_name for s in real} == {
        "MEP National Profile for Performance Period 2021-2022"
    }


def test_refuses_production_settings(settings):
    settings.SETTINGS_MODULE = "mep_site.settings.production"
    with pytest.raises(CommandError, match="production"):
        call_command("load_demo_content")
