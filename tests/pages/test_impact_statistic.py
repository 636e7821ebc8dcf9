import pytest
from django.core.exceptions import ValidationError

from pages.models import ImpactStatistic, validate_school_year


@pytest.mark.parametrize("value", ["2016-17", "1999-00", "2014-15"])
def test_valid_school_years(value):
    validate_school_year(value)


@pytest.mark.parametrize("value", ["2016-18", "16-17", "abcd", "2016-2017", "", "2016/17"])
def test_invalid_school_years_are_rejected_with_a_clear_message(value):
    with pytest.raises(ValidationError) as error:
        validate_school_year(value)
    assert "like 2016-17" in error.value.messages[0]


def test_full_clean_reports_school_year_field():
    statistic = ImpactStatistic(
        label="Migrant youth",
        school_year="2016-18",
        value=5,
        source_name="Ed Data Express",
        source_url="https://eddataexpress.ed.gov/",
    )
    with pytest.raises(ValidationError) as error:
        statistic.full_clean()
    assert "school_year" in error.value.message_dict


@pytest.mark.django_db
def test_admin_form_rejects_bad_year(admin_client):
    response = admin_client.post(
        "/admin/snippets/pages/impactstatistic/add/",
        {
            "label": "Migrant youth",
            "school_year": "16-17",
            "value": "12",
            "source_name": "Ed Data Express",
            "source_url": "https://eddataexpress.ed.gov/",
        },
    )
    assert response.status_code == 200
    assert b"like 2016-17" in response.content
    assert not ImpactStatistic.objects.filter(label="Migrant youth").exists()
