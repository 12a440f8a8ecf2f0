"""LHEO import (valid, partial, hostile, repeated files; both level tables) and export round trip."""

import datetime
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from io import BytesIO, StringIO
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress

from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import ReferenceIndex

from catalogue.enums import CertificationType, Level, Modality, Region, RegistrationStatus, Rhythm
from catalogue.lheo.codes import NAMESPACE_23
from catalogue.models import LheoImport, TrainingPage, TrainingProvider, TrainingSession
from portail.models import Commune
from tests.catalogue import in_french
from tests.catalogue.factories import TrainingPageFactory, TrainingProviderFactory, TrainingSessionFactory
from tests.portail.factories import UserFactory
from tests.utils import sign_in_with_totp

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"
NS = {"l": NAMESPACE_23}


def run_import(name_or_bytes) -> str:
    out = StringIO()
    if isinstance(name_or_bytes, bytes):
        path = Path(__import__("tempfile").mkstemp(suffix=".xml")[1])
        path.write_bytes(name_or_bytes)
    else:
        path = FIXTURES / name_or_bytes
    call_command("import_lheo", str(path), stdout=out)
    return out.getvalue()


def page(lheo_id) -> TrainingPage:
    return TrainingPage.objects.get(lheo_id=lheo_id)


def test_a_valid_2_3_file_creates_programmes_providers_and_sessions(catalogue):
    output = run_import("lheo-2.3-valid.xml")

    assert output.startswith("4 created, 0 updated, 0 unchanged, 0 rejected.")
    assert TrainingProvider.objects.filter(lheo_id__startswith="ORG-").count() == 3  # ORG-KDL runs two
    web = page("MQ-CNC-DWWM")
    assert web.get_parent().pk == catalogue.pk and web.live
    assert (web.entry_level, web.exit_level) == (3, 5)
    assert web.certification_code == "RNCP37674"
    assert web.commune.name == "Le Lamentin" and web.modality == Modality.ON_SITE
    assert web.rhythms == [Rhythm.FULL_TIME]
    assert web.cost_eur == Decimal("7850.00") and web.duration_hours == 1470
    assert web.provider.siret == "81234567600017" and web.provider.nda == "97970123497"
    assert [s.lheo_id for s in web.sessions.all()] == [
        "MQ-CNC-DWWM-A1-S1",
        "MQ-CNC-DWWM-A1-S2",
        "MQ-CNC-DWWM-A2-S1",
    ]
    suspended = web.sessions.get(lheo_id="MQ-CNC-DWWM-A2-S1")
    assert suspended.registration_status == RegistrationStatus.CLOSED
    assert suspended.commune.name == "Fort-de-France"  # the place of its own action

    pix = page("MQ-KDL-PIX")
    assert pix.certification_code == "RS5487" and pix.modality == Modality.DISTANCE
    assert pix.entry_level == Level.NONE and pix.exit_level is None  # levels 1-2 of the framework
    open_ended = pix.sessions.get()
    assert open_ended.start_date == datetime.date(2026, 1, 5) and open_ended.end_date is None

    month_precision = page("MQ-KDL-CM").sessions.get(lheo_id="MQ-KDL-CM-A1-S3")
    assert month_precision.start_date == datetime.date(2027, 9, 1)

    guadeloupe = page("MQ-ICMN-BTSSIO").sessions.get(lheo_id="MQ-ICMN-BTSSIO-A2-S1")
    assert (guadeloupe.commune, guadeloupe.region) == (None, Region.GUADELOUPE)
    assert guadeloupe.place_name == "Pointe-à-Pitre"

    html = page("MQ-ICMN-BTSSIO").content
    assert html.startswith("<p>") and "&lt;p&gt;" not in html  # Onisep-style escaped HTML, cleaned

    assert LheoImport.objects.get().counts == {"created": 4, "updated": 0, "unchanged": 0, "rejected": 0}


def test_importing_the_same_file_again_changes_nothing(catalogue):
    run_import("lheo-2.3-valid.xml")
    revisions = {p.pk: p.revisions.count() for p in TrainingPage.objects.all()}

    output = run_import("lheo-2.3-valid.xml")

    assert output.startswith("0 created, 0 updated, 4 unchanged, 0 rejected.")
    assert TrainingPage.objects.count() == 4 and TrainingSession.objects.count() == 10
    assert {p.pk: p.revisions.count() for p in TrainingPage.objects.all()} == revisions


def test_a_changed_offer_is_updated_and_the_report_says_what_changed(catalogue):
    run_import("lheo-2.3-valid.xml")
    data = (FIXTURES / "lheo-2.3-valid.xml").read_bytes()
    data = data.replace(b"<prix-total-TTC>7850</prix-total-TTC>", b"<prix-total-TTC>6900</prix-total-TTC>")
    data = data.replace(b"<debut>20270111</debut>", b"<debut>20270118</debut>")

    output = run_import(data)

    assert output.startswith("0 created, 1 updated, 3 unchanged, 0 rejected.")
    web = page("MQ-CNC-DWWM")
    assert web.cost_eur == Decimal("6900.00")
    assert web.sessions.get(lheo_id="MQ-CNC-DWWM-A1-S2").start_date == datetime.date(2027, 1, 18)
    change = LheoImport.objects.first().changes[0]
    assert change["outcome"] == "updated" and change["fields"] == ["cost_eur", "sessions"]
    assert web.revisions.count() == 1  # an update is a revision editors can see in the history


def test_the_old_level_table_of_lheo_2_2_is_read(catalogue):
    output = run_import("lheo-2.2-valid.xml")

    assert output.startswith("2 created")
    technician = page("MQ22-CNC-TAI")
    assert (technician.entry_level, technician.exit_level) == (3, 4)  # old V → 3, old IV → 4


def test_a_partial_file_imports_the_good_records_and_explains_each_rejection(catalogue):
    output = run_import("lheo-2.3-partial.xml")

    lines = output.splitlines()
    assert lines[0] == "2 created, 0 updated, 0 unchanged, 2 rejected."
    assert "rejected PART-BAD-NOTITLE (no title): the formation has no title (intitule-formation)" in lines
    assert any(line.startswith("rejected PART-BAD-SIRET") and "89012345800015" in line for line in lines)
    assert set(TrainingPage.objects.values_list("lheo_id", flat=True)) == {"PART-OK-1", "PART-OK-2"}
    assert not TrainingProvider.objects.filter(siret="89012345800015").exists()


def test_a_record_the_model_refuses_is_rejected_and_leaves_nothing_behind(catalogue):
    data = (
        (FIXTURES / "lheo-2.3-valid.xml")
        .read_bytes()
        .replace(b"<code-RNCP>37674</code-RNCP>", b"<code-RNCP>ABC</code-RNCP>")
    )

    output = run_import(data)

    assert "3 created, 0 updated, 0 unchanged, 1 rejected." in output
    assert "rejected MQ-CNC-DWWM" in output and "certification_code" in output
    assert not TrainingProvider.objects.filter(lheo_id="ORG-CNC").exists()  # rolled back with its programme


@pytest.mark.parametrize("name", ["lheo-malformed.xml", "lheo-hostile-xxe.xml", "lheo-hostile-bomb.xml"])
def test_a_malformed_or_hostile_file_fails_clearly_and_changes_nothing(catalogue, name):
    with pytest.raises(CommandError) as error:
        run_import(name)

    assert "Nothing was changed." in str(error.value)
    assert TrainingPage.objects.count() == 0
    assert LheoImport.objects.get().status == LheoImport.Status.FAILED
    if "hostile" in name:
        assert "DTD" in str(error.value)


def test_a_file_cut_off_after_some_offers_changes_nothing(catalogue):
    data = (FIXTURES / "lheo-2.3-valid.xml").read_bytes()
    cut = data[: data.index(b'<formation numero="MQ-ICMN-BTSSIO"') + 200]  # three offers are complete

    with pytest.raises(CommandError, match="not well-formed"):
        run_import(cut)

    assert TrainingPage.objects.count() == 0 and TrainingProvider.objects.count() == 0


def test_a_file_that_is_not_lheo_is_refused(catalogue):
    with pytest.raises(CommandError, match="not <lheo>"):
        run_import(b"<?xml version='1.0'?><html><body/></html>")
    with pytest.raises(CommandError, match="Unknown namespace"):
        run_import(b"<?xml version='1.0'?><lheo xmlns='http://example.org/lheo'><offres/></lheo>")


def test_a_missing_catalogue_is_a_clear_error(site_tree):
    with pytest.raises(CommandError, match="no catalogue page"):
        call_command("import_lheo", str(FIXTURES / "lheo-2.3-valid.xml"))


def test_a_missing_file_is_a_clear_error(catalogue):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_lheo", "/nowhere/offres.xml")


def export(client) -> str:
    response = client.get("/api/catalogue/lheo.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    return b"".join(response.streaming_content).decode()


def comparable(document: str) -> str:
    """The export without what legitimately differs between two databases (time stamp, page URLs)."""
    document = re.sub(r' horodatage-export="[^"]*"', "", document)
    return re.sub(r"<url-formation>.*?</url-formation>", "", document)


def test_export_then_import_gives_back_the_same_catalogue(client, catalogue):
    run_import("lheo-2.3-valid.xml")
    provider = TrainingProviderFactory(name="Atelier Kréyòl", qualiopi=True, uai="9720003A")
    made_in_admin = TrainingPageFactory(
        parent=catalogue,
        title="Initiation au numérique <pour tous> & seniors",
        provider=provider,
        summary="Prendre en main le smartphone.",
        objectives=(
            '<p data-block-key="a1">Envoyer un <b>courriel</b>.</p><ul><li data-block-key="b2">Un</li></ul>'
        ),
        audiences=["tout-public", "eleves"],
        rhythms=[Rhythm.EVENING],
        rhythm_note="Deux soirs par semaine",
        certification_type=CertificationType.NONE,
        place_name="Basse-Terre (Guadeloupe)",
        insee_code="97105",
        region=Region.GUADELOUPE,
        cost_text="Gratuit",
        teaching_language="fr, en",
    )
    TrainingSessionFactory(page=made_in_admin, seats=12, is_demo=True, registration_status="complete")
    TrainingSessionFactory(page=made_in_admin, commune=Commune.objects.get(insee_code="97214"))
    first = export(client)
    ET.fromstring(first)  # well-formed

    TrainingPage.objects.all().delete()
    TrainingProvider.objects.all().delete()
    output = run_import(first.encode())

    assert output.startswith("5 created, 0 updated, 0 unchanged, 0 rejected.")
    assert comparable(export(client)) == comparable(first)
    again = TrainingPage.objects.get(title__startswith="Initiation")
    assert again.audiences == ["tout-public", "eleves"] and again.rhythm_note == "Deux soirs par semaine"
    assert (again.place_name, again.insee_code, again.region, again.teaching_language) == (
        "Basse-Terre (Guadeloupe)",
        "97105",
        "guadeloupe",
        "fr, en",
    )
    assert again.provider.qualiopi is True and again.provider.uai == "9720003A"
    assert [(s.is_demo, s.seats, s.registration_status) for s in again.sessions.all()][0] == (
        True,
        12,
        "complete",
    )
    assert run_import(first.encode()).startswith("0 created, 0 updated, 5 unchanged")


def test_export_uses_the_new_level_codes_and_only_published_programmes(client, catalogue):
    published = TrainingPageFactory(parent=catalogue, title="BTS SIO", exit_level=5, entry_level=4)
    draft = TrainingPageFactory(parent=catalogue, title="Brouillon")
    draft.unpublish()

    root = ET.fromstring(export(client))

    formations = root.findall("l:offres/l:formation", NS)
    assert [f.findtext("l:intitule-formation", namespaces=NS) for f in formations] == [published.title]
    assert formations[0].findtext("l:code-niveau-sortie", namespaces=NS) == "15"
    assert formations[0].findtext("l:code-niveau-entree", namespaces=NS) == "14"
    assert (
        formations[0].find("l:action/l:session/l:periode/l:debut", NS).text == "00000000"
    )  # no session known


def test_export_queries_do_not_grow_with_the_catalogue(client, catalogue):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            export(client)
        return len(queries)

    for _ in range(3):
        TrainingSessionFactory(page=TrainingPageFactory(parent=catalogue))
    count_queries()  # caches warmed (site root paths)
    few = count_queries()
    for _ in range(12):
        TrainingSessionFactory(page=TrainingPageFactory(parent=catalogue))
    assert count_queries() == few


@pytest.fixture
def editor(db):
    user = UserFactory()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_editors_import_from_the_admin_and_read_the_report(
    client, catalogue, editor, django_capture_on_commit_callbacks
):
    sign_in_with_totp(client, editor)
    upload = BytesIO((FIXTURES / "lheo-2.3-partial.xml").read_bytes())
    upload.name = "offres-carif.xml"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/catalogue/imports/", {"file": upload})

    run = LheoImport.objects.get()
    assert response["Location"] == f"/admin/catalogue/imports/{run.pk}/"
    assert run.status == LheoImport.Status.DONE and run.user == editor and run.payload is None
    report = client.get(response["Location"]).content.decode()
    assert (
        in_french("%(created)s created, %(updated)s updated, %(unchanged)s unchanged, %(rejected)s rejected.")
        % {"created": 2, "updated": 0, "unchanged": 0, "rejected": 2}
        in report
    )
    assert "PART-BAD-SIRET" in report and "the provider&#x27;s SIRET 89012345800015 is not valid" in report
    history = client.get("/admin/catalogue/imports/").content.decode()
    assert "offres-carif.xml" in history
    # the background job indexed the new pages for the admin's search and usage counts
    assert ReferenceIndex.objects.filter(object_id=str(page("PART-OK-1").pk)).exists()


def test_a_broken_upload_is_reported_in_the_admin(
    client, catalogue, editor, django_capture_on_commit_callbacks
):
    sign_in_with_totp(client, editor)
    upload = BytesIO((FIXTURES / "lheo-malformed.xml").read_bytes())
    upload.name = "coupé.xml"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/catalogue/imports/", {"file": upload})

    report = client.get(response["Location"]).content.decode()
    assert "not well-formed" in report and in_french("Nothing was changed.") in report
    assert TrainingPage.objects.count() == 0

    not_xml = BytesIO(b"title;level\n")
    not_xml.name = "offres.csv"
    response = client.post("/admin/catalogue/imports/", {"file": not_xml})
    assert response.status_code == 200 and in_french("Choose an .xml file.") in response.content.decode()


def test_people_without_the_permission_cannot_import_or_export(client, catalogue):
    user = UserFactory(is_staff=False)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    Group.objects.get(name="Moderators").permissions.filter(codename="add_lheoimport").delete()
    sign_in_with_totp(client, user)

    for url in ("/admin/catalogue/imports/", "/admin/catalogue/export.csv"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail: "no permission"


def test_editors_download_the_catalogue_as_csv(client, catalogue, editor):
    TrainingPageFactory(
        parent=catalogue, title="Développeur web ; mobile", exit_level=5, cost_eur=Decimal("1200")
    )
    TrainingPageFactory(parent=catalogue, title="BTS SIO")
    sign_in_with_totp(client, editor)

    response = client.get("/admin/catalogue/export.csv")

    text = b"".join(response.streaming_content).decode("utf-8")
    rows = text.lstrip("\ufeff").splitlines()
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert len(rows) == 3 and rows[0].startswith("Titre;Organisme de formation;SIRET")
    assert rows[2].startswith('"Développeur web ; mobile";') and ";1200.00;" in rows[2]


def test_a_place_outside_martinique_is_exported_so_that_another_system_can_read_it(client, catalogue):
    provider = TrainingProviderFactory(
        name="Campus de Fouillole",
        place_name="Pointe-à-Pitre (Guadeloupe)",
        insee_code="97120",
        region="guadeloupe",
    )
    TrainingPageFactory(parent=catalogue, title="Licence informatique", provider=provider)
    document = export(client)
    address = "<ville>Pointe-à-Pitre (Guadeloupe)</ville><departement>971</departement>"
    assert address + "<code-INSEE-commune>97120</code-INSEE-commune><region>01</region>" in re.sub(
        r">\s+<", "><", document
    )

    # Read back by a system that knows only the standard elements (our extras left out).
    standard = re.sub(r'<extra info="(lieu|region|insee)"( />|>[^<]*</extra>)', "", document)
    assert 'info="lieu"' in document and 'info="lieu"' not in standard
    TrainingPage.objects.all().delete()
    TrainingProvider.objects.all().delete()
    assert run_import(standard.encode()).startswith("1 created")
    again = TrainingProvider.objects.get(name="Campus de Fouillole")
    assert (again.place_name, again.insee_code, again.region) == (
        "Pointe-à-Pitre (Guadeloupe)",
        "97120",
        "guadeloupe",
    )
