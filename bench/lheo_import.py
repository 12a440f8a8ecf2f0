"""LHEO import throughput: N synthetic offers (default 5,000) imported into a throwaway SQLite database.

Prints the time to parse the file alone (baseline, no database) and to import it: first into an
empty catalogue (everything created), then again (everything unchanged), with offers per second.
Target: 5,000 offers in under a minute. Run with `make bench` or `python bench/lheo_import.py [N]`.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WORKDIR = Path(tempfile.mkdtemp())
os.environ.update(
    DJANGO_SETTINGS_MODULE="portail.settings.dev",
    DATABASE_URL=f"sqlite:///{WORKDIR / 'bench.sqlite3'}",
    DEBUG="false",
)
PROVIDERS = 50
COMMUNES = ["97209", "97213", "97229", "97207", "97214", "97222", "97101", "97120"]


def offer(number: int) -> str:
    provider = number % PROVIDERS
    insee = COMMUNES[number % len(COMMUNES)]
    sessions = "".join(
        f"""<session numero="S{number}-{index}">
<periode><debut>2027{index + 1:02d}01</debut><fin>2027{index + 6:02d}30</fin>
</periode><adresse-inscription><adresse><ligne>Centre</ligne><codepostal>{insee}</codepostal><ville>Ville</ville>
<code-INSEE-commune>{insee}</code-INSEE-commune></adresse></adresse-inscription><etat-recrutement>1</etat-recrutement>
</session>"""
        for index in range(2)
    )
    return f"""<formation numero="F{number}"><domaine-formation><code-FORMACODE>31054</code-FORMACODE>
<code-NSF>326</code-NSF></domaine-formation>
<intitule-formation>Développeur web et web mobile n° {number}</intitule-formation>
<objectif-formation>Concevoir et développer des applications web accessibles.</objectif-formation>
<resultats-attendus>Titre professionnel de niveau 5.</resultats-attendus>
<contenu-formation>Front-end, back-end, sécurité, déploiement.</contenu-formation><certifiante>1</certifiante>
<contact-formation><coordonnees><courriel>contact@of{provider}.example</courriel></coordonnees></contact-formation>
<parcours-de-formation>1</parcours-de-formation><code-niveau-entree>14</code-niveau-entree>
<certification><code-RNCP>37674</code-RNCP></certification><code-niveau-sortie>15</code-niveau-sortie>
<action numero="A{number}"><rythme-formation>Temps plein</rythme-formation>
<code-public-vise>80006</code-public-vise>
<niveau-entree-obligatoire>0</niveau-entree-obligatoire><modalites-alternance>-</modalites-alternance>
<modalites-enseignement>0</modalites-enseignement><conditions-specifiques>-</conditions-specifiques>
<prise-en-charge-frais-possible>1</prise-en-charge-frais-possible><lieu-de-formation><coordonnees><adresse>
<ligne>Centre</ligne><codepostal>{insee}</codepostal><ville>Ville</ville><code-INSEE-commune>{insee}</code-INSEE-commune>
</adresse></coordonnees></lieu-de-formation><modalites-entrees-sorties>0</modalites-entrees-sorties>{sessions}
<prix-total-TTC>7850</prix-total-TTC><nombre-heures-total>1470</nombre-heures-total></action>
<organisme-formation-responsable numero="OF{provider}"><numero-activite>97970000000</numero-activite>
<SIRET-organisme-formation><SIRET>00000000000000</SIRET></SIRET-organisme-formation>
<nom-organisme>Organisme {provider}</nom-organisme>
<raison-sociale>Organisme de formation {provider}</raison-sociale>
<coordonnees-organisme><coordonnees/></coordonnees-organisme><contact-organisme><coordonnees/></contact-organisme>
</organisme-formation-responsable></formation>"""


def write_file(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as stream:
        stream.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3"><offres>\n'
        )
        for number in range(count):
            stream.write(offer(number))
        stream.write("</offres></lheo>\n")


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, check=True, capture_output=True
    )
    import django

    django.setup()
    from wagtail.models import Locale, Page

    from catalogue.indexing import index_programmes
    from catalogue.lheo.importer import import_lheo
    from catalogue.lheo.reader import read_lheo
    from catalogue.models import CatalogueIndexPage, LheoImport, TrainingPage

    source = WORKDIR / "offers.xml"
    write_file(source, count)
    root = Page.get_first_root_node()
    catalogue = root.add_child(
        instance=CatalogueIndexPage(title="Formations", slug="formations", locale=Locale.get_default())
    )

    started = time.perf_counter()
    parsed = sum(1 for _record in read_lheo(str(source)))
    parse_time = time.perf_counter() - started
    size = source.stat().st_size / 1e6
    print(f"LHEO file: {count} offers, {size:.1f} MB, {parsed} formations read")
    print(f"{'run':<34}{'seconds':>9}{'offers/s':>10}{'× parse':>9}")
    print(f"{'parse only (baseline)':<34}{parse_time:>9.2f}{count / parse_time:>10.0f}{1:>9.1f}")
    for label in ("import, all created", "import again, all unchanged"):
        started = time.perf_counter()
        run = import_lheo(str(source), index=catalogue, log=LheoImport.objects.create(source=source.name))
        elapsed = time.perf_counter() - started
        ratio = elapsed / parse_time
        print(f"{label:<34}{elapsed:>9.2f}{count / elapsed:>10.0f}{ratio:>9.1f}   {run.counts}")
    started = time.perf_counter()
    indexed = index_programmes(list(TrainingPage.objects.values_list("pk", flat=True)))
    elapsed = time.perf_counter() - started
    label = "then the background indexing job"
    print(f"{label:<34}{elapsed:>9.2f}{indexed / elapsed:>10.0f}{elapsed / parse_time:>9.1f}")


if __name__ == "__main__":
    main()
