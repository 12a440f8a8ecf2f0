"""The design-system components (templates/components/) as people meet them: rendered with real forms."""

from bs4 import BeautifulSoup

from django import forms
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.utils import translation

from portail.forms import LongTextField
from tests.utils import in_language


class RequestForm(forms.Form):
    name = forms.CharField(label="Name", help_text="As on your ID.")
    size = forms.ChoiceField(label="Size", choices=[("s", "Small"), ("l", "Large")], widget=forms.RadioSelect)
    description = LongTextField(label="Description", max_length=100)
    consent = forms.BooleanField(label="I agree")

    def clean(self):
        raise forms.ValidationError("Something is wrong with the whole form.")


def render(template, **context):
    with translation.override("fr"):
        return BeautifulSoup(render_to_string(f"components/{template}.html", context), "html.parser")


def fields_page(form):
    with translation.override("fr"):
        html = render_to_string("portail/components/fields.html", {"form": form})
    return BeautifulSoup(html, "html.parser")


def test_each_error_summary_entry_links_to_a_field_on_the_page():
    page = fields_page(RequestForm({"description": "x" * 101}))

    summary = page.select_one("[data-error-summary]")
    links = [link["href"] for link in summary.select("a")]
    assert summary["role"] == "alert" and summary["tabindex"] == "-1"
    assert summary.h2.get_text() == in_language("fr", "There is a problem", escaped=False)
    assert links == ["#id_name", "#id_size_0", "#id_description", "#id_consent"]
    for link in links:
        assert page.find(id=link[1:]).name in ("input", "textarea"), link
    assert "Something is wrong with the whole form." in summary.get_text()  # an error of no field


def test_no_error_summary_without_errors():
    assert not fields_page(RequestForm()).select("[data-error-summary]")


def test_a_field_in_error_is_described_by_its_hint_and_its_message():
    page = fields_page(RequestForm({"name": ""}))

    name = page.find(id="id_name")
    assert name["aria-invalid"] == "true"
    assert name["aria-describedby"].split() == ["id_name_helptext", "id_name_error"]
    assert page.find(id="id_name_helptext").get_text() == "As on your ID."
    assert page.find("label", attrs={"for": "id_name"}).get_text() == "Name"


def test_radios_sit_in_a_fieldset_whose_legend_is_the_question():
    page = fields_page(RequestForm({"name": "Léa"}))

    fieldset = page.find(id="id_size_0").find_parent("fieldset")
    assert fieldset.legend.get_text() == "Size"
    assert "id_size_error" in fieldset["aria-describedby"]


def test_what_was_typed_is_kept_when_the_form_has_errors():
    page = fields_page(RequestForm({"name": "Léa", "description": "Un long texte " * 10}))

    assert page.find(id="id_name")["value"] == "Léa"
    assert page.find(id="id_description").get_text().lstrip("\n") == "Un long texte " * 10


def test_the_character_count_shows_the_limit_and_never_cuts_the_text():
    field = RequestForm({"description": "x" * 150})["description"]
    page = render("character_count", field=field)

    hint = page.find(id="id_description_helptext").get_text()
    area = page.find("textarea")
    assert "100" in hint
    assert area["data-maxlength"] == "100" and not area.has_attr("maxlength")
    assert area.get_text().lstrip("\n") == "x" * 150


def test_the_step_indicator_marks_the_current_step_and_links_back_to_done_ones():
    steps = [("Company", "/1/"), ("Needs", "/2/"), ("Contact", "/3/"), ("Check", "/4/")]
    page = render("step_indicator", steps=steps, current=2, label="Progress")

    items = page.select("ol li")
    current = page.select('[aria-current="step"]')
    assert len(items) == 4 and current == [items[1]]
    assert in_language("fr", "current step", escaped=False) in current[0].get_text()
    assert (
        items[0].a["href"] == "/1/" and in_language("fr", "completed", escaped=False) in items[0].get_text()
    )
    assert not items[2].a and not items[3].a  # steps not reached yet are not links
    expected = in_language("fr", "Step %(number)s of %(count)s", escaped=False) % {"number": 2, "count": 4}
    assert page.select_one(".steps__text").get_text() == expected


def test_the_summary_list_change_links_name_the_answer_they_change():
    rows = [{"key": "Name", "value": "Léa", "url": "/step/1/"}, {"key": "Phone", "value": ""}]
    page = render("summary_list", rows=rows)

    first, second = page.select(".summary-list__row")
    assert first.dt.get_text() == "Name" and first.select_one(".summary-list__value").get_text() == "Léa"
    assert first.a["href"] == "/step/1/" and first.a.select_one(".visually-hidden").get_text() == " – Name"
    assert second.select_one(".summary-list__value").get_text() == "—" and not second.a


def test_a_notice_says_its_kind_in_words():
    for kind, message in [
        ("warning", "Warning:"),
        ("error", "Error:"),
        ("success", "Success:"),
        ("", "Information:"),
    ]:
        page = render("notice", kind=kind, text="Call first.")
        assert page.select_one(".visually-hidden").get_text().strip() == in_language(
            "fr", message, escaped=False
        )


def test_pagination_marks_the_current_page_and_keeps_the_query():
    page = render("pagination", page=Paginator(range(100), 10).page(5), query="q=web", label="Pages")

    assert page.nav["aria-label"] == "Pages"
    assert page.select_one('[aria-current="page"]').get_text(strip=True).endswith("5")
    assert page.select_one('a[rel="prev"]')["href"] == "?q=web&page=4"
    assert page.select_one('a[rel="next"]')["href"] == "?q=web&page=6"
    assert not render("pagination", page=Paginator(range(5), 10).page(1)).select("nav")


def test_the_empty_state_offers_next_steps():
    page = render("empty_state", title="No result", actions=[("Search", "/search/")])

    assert page.h2.get_text() == "No result" and page.select_one("li a")["href"] == "/search/"


def test_breadcrumbs_of_a_screen_end_with_the_current_page_not_linked():
    page = render("breadcrumb", items=[("Home", "/fr/")], current="Apply")

    assert [link["href"] for link in page.select("a")] == ["/fr/"]
    assert page.select_one('[aria-current="page"]').get_text() == "Apply"
