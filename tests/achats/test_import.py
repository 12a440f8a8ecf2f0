import json
from pathlib import Path

import pytest

from django.core.management import CommandError, call_command

from achats.importer import import_calls, read_feed
from achats.models import CallForTenders

pytestmark = pytest.mark.django_db
SAMPLE = Path(__file__).resolve().parents[2] / "achats" / "data" / "calls-sample.csv"

ROW = {
    "id": "cacem-2027-04",
    "title": "Hébergement des applications",
    "buyer": "CACEM",
    "summary": "Hébergement en Martinique.",
    "kind": "marche",
    "categories": ["hebergement"],
    "deadline": "2027-04-30",
    "link": "https://marches.example/cacem-2027-04",
}


def test_the_sample_file_imports_and_a_second_run_changes_nothing(capsys):
    call_command("import_calls", str(SAMPLE))
    assert "3 created, 0 updated, 0 unchanged, 0 rejected" in capsys.readouterr().out
    call_command("import_calls", str(SAMPLE))
    assert "0 created, 0 updated, 3 unchanged, 0 rejected" in capsys.readouterr().out
    assert CallForTenders.objects.count() == 3
    call = CallForTenders.objects.get(source_id="exemple-2027-001")
    assert call.categories == ["developpement", "hebergement"] and call.published and call.published_at


def test_a_changed_row_updates_its_call_and_keeps_the_editors_choice_to_unpublish():
    import_calls([ROW])
    CallForTenders.objects.update(published=False)
    report = import_calls([{**ROW, "deadline": "2027-05-15"}])
    assert (report.created, report.updated) == (0, 1)
    call = CallForTenders.objects.get()
    assert str(call.deadline) == "2027-05-15" and not call.published


def test_a_row_without_id_is_known_by_its_link():
    import_calls([{**ROW, "id": ""}])
    report = import_calls([{**ROW, "id": "", "title": "Nouveau titre"}])
    assert report.updated == 1 and CallForTenders.objects.get().title == "Nouveau titre"


def test_bad_rows_are_reported_with_their_reason_and_the_others_imported():
    rows = [
        ROW,
        {**ROW, "id": "b", "deadline": "31 avril"},
        {**ROW, "id": "c", "categories": ["jardinage"]},
        {**ROW, "id": "d", "link": "pas un lien", "title": ""},
        "not an object",
    ]
    report = import_calls(rows)
    assert report.created == 1
    reasons = dict(report.errors)
    assert set(reasons) == {2, 3, 4, 5}
    assert "deadline" in reasons[2] and "categories" in reasons[3] and "jardinage" in reasons[3]
    assert "link" in reasons[4] and "title" in reasons[4]


def test_the_command_reads_json_and_fails_loudly_on_bad_rows(tmp_path, capsys):
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([ROW, {**ROW, "id": "x", "kind": "vente"}]), encoding="utf-8")
    with pytest.raises(CommandError, match="1 row"):
        call_command("import_calls", str(feed), "--draft")
    assert "row 2: kind" in capsys.readouterr().err
    assert CallForTenders.objects.get().published is False


def test_a_broken_file_is_refused(tmp_path):
    feed = tmp_path / "feed.json"
    feed.write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_calls", str(feed))


def test_csv_categories_are_separated_by_semicolons():
    rows = read_feed("id,title,categories\n1,Titre,conseil; formation\n", "csv")
    assert rows[0]["categories"] == ["conseil", "formation"]
