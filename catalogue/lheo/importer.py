"""Imports LHEO records into the catalogue: idempotent by LHEO identifiers, all or nothing per file.

A formation is matched by its numero (or, for our own exports of pages made in the admin, by the
page's translation key); a second import of the same file changes nothing.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from django_q.tasks import async_task

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from catalogue.indexing import deferred_indexing
from catalogue.lheo.reader import LheoFileError, read_lheo
from catalogue.lheo.records import Place, ProgrammeRecord, ProviderRecord, Rejected
from catalogue.lheo.text import sanitise_html
from catalogue.models import CatalogueIndexPage, LheoImport, TrainingPage, TrainingProvider, TrainingSession
from portail.models import Commune
from portail.selectors import source_page

OUTCOMES = ("created", "updated", "unchanged", "rejected")
RICH_TEXT_FIELDS = ("objectives", "content", "results")
SESSION_FIELDS = (
    "lheo_id",
    "lheo_action_id",
    "start_date",
    "end_date",
    "commune_id",
    "place_name",
    "insee_code",
    "region",
    "registration_status",
    "registration_url",
    "seats",
    "is_demo",
)


@dataclass
class _Run:
    index: CatalogueIndexPage
    user: object
    communes: dict
    slugs: set
    page_ids: dict
    providers: dict = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    rejected: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    changed_pages: list = field(default_factory=list)


def import_lheo(source, *, index: CatalogueIndexPage, log: LheoImport) -> LheoImport:
    """Import every formation of the file into the catalogue; on a file error nothing is changed.

    `log` (saved) receives the status, counts, rejected records and changes; LheoFileError is
    raised again after it is saved.
    """
    index = source_page(index)
    run = _Run(
        index=index,
        user=log.user,
        communes={commune.insee_code: commune for commune in Commune.objects.all()},
        slugs=set(index.get_children().values_list("slug", flat=True)),
        page_ids=_page_ids(index),
    )
    try:
        with deferred_indexing(), transaction.atomic():
            _import_records(read_lheo(source), run)
    except LheoFileError as error:
        _finish(log, LheoImport.Status.FAILED, error=str(error))
        raise
    log.rejected, log.changes = run.rejected, run.changes
    _finish(log, LheoImport.Status.DONE, counts={key: run.counts[key] for key in OUTCOMES})
    return log


def _finish(log: LheoImport, status: str, *, error: str = "", counts: dict | None = None) -> None:
    log.status, log.error, log.counts = status, error, counts or {}
    log.payload = None
    log.finished_at = timezone.now()
    log.save()


def _import_records(records, run: _Run) -> None:
    for item in records:
        if isinstance(item, Rejected):
            run.counts["rejected"] += 1
            run.rejected.append({"id": item.lheo_id, "title": item.title, "reason": item.reason})
            continue
        try:
            with transaction.atomic():
                outcome, changed, page_id = _save_programme(item, run)
        except ValidationError as error:
            run.providers.pop(item.provider.key, None)  # its changes were rolled back too
            run.counts["rejected"] += 1
            run.rejected.append({"id": item.lheo_id, "title": item.title, "reason": _reason(error)})
            continue
        run.counts[outcome] += 1
        run.page_ids[item.lheo_id] = page_id
        if outcome != "unchanged":
            run.changed_pages.append(page_id)
            run.changes.append(
                {"id": item.lheo_id, "title": item.title, "outcome": outcome, "fields": changed}
            )
    if run.changed_pages:
        pages = list(run.changed_pages)
        transaction.on_commit(lambda: async_task("catalogue.tasks.index_programmes_task", pages))


def _reason(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
    return " ".join(error.messages)


def _location(place: Place | None, communes: dict) -> dict:
    if place is None or not place.region:
        return {"commune_id": None, "place_name": "", "region": "", "insee_code": ""}
    commune = communes.get(place.insee_code) or _commune_by_postal_code(place, communes)
    if commune:
        return {"commune_id": commune.pk, "place_name": "", "region": "martinique", "insee_code": ""}
    code = place.insee_code if re.fullmatch(r"\d{5}|2[AB]\d{3}", place.insee_code) else ""
    return {"commune_id": None, "place_name": place.town[:120], "region": place.region, "insee_code": code}


def _commune_by_postal_code(place: Place, communes: dict):
    if place.region != "martinique":
        return None
    matches = [commune for commune in communes.values() if place.postal_code in commune.postal_codes]
    return matches[0] if len(matches) == 1 else None


def _save_provider(record: ProviderRecord, run: _Run) -> TrainingProvider:
    """Create or update the provider, once per run (the first formation naming it wins)."""
    if record.key in run.providers:
        return run.providers[record.key]
    values = {
        "name": record.name,
        "siret": record.siret,
        "nda": record.nda,
        "uai": record.uai,
        "email": record.email[:254],
        "phone": record.phone[:30],
        "website": record.website[:200],
        "qualiopi": record.qualiopi,
        **_location(record.place, run.communes),
    }
    provider = TrainingProvider.objects.filter(lheo_id=record.key).first()
    if provider is None:
        provider = TrainingProvider(lheo_id=record.key, slug=_provider_slug(record.name), **values)
    elif all(getattr(provider, name) == value for name, value in values.items()):
        run.providers[record.key] = provider
        return provider
    for name, value in values.items():
        setattr(provider, name, value)
    provider.full_clean(validate_unique=False)
    provider.save()
    run.providers[record.key] = provider
    return provider


def _provider_slug(name: str) -> str:
    base = slugify(name)[:90] or "organisme"
    slug, number = base, 2
    while TrainingProvider.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _page_ids(index: CatalogueIndexPage) -> dict[str, int]:
    """LHEO identifier → page id of the catalogue's programmes (admin-made pages: their translation key)."""
    rows = TrainingPage.objects.child_of(index).values_list("pk", "lheo_id", "translation_key")
    return {lheo_id or str(key): pk for pk, lheo_id, key in rows}


def _find_page(record: ProgrammeRecord, run: _Run) -> TrainingPage | None:
    page_id = run.page_ids.get(record.lheo_id)
    return TrainingPage.objects.filter(pk=page_id).first() if page_id else None


def _save_programme(record: ProgrammeRecord, run: _Run) -> tuple[str, list[str], int]:
    """Create or update the programme's page; returns the outcome, the fields changed and the page id."""
    provider = _save_provider(record.provider, run)
    values = {
        "title": record.title,
        "provider_id": provider.pk,
        "lheo_action_id": record.action_id,
        **record.fields,
        **_location(record.place, run.communes),
    }
    sessions = [_session(session, run.communes) for session in record.sessions]
    page = _find_page(record, run)
    if page is None:
        return "created", [], _create_page(record, values, sessions, run).pk
    changed = [name for name, value in values.items() if _differs(name, getattr(page, name), value)]
    if _sessions_key(page.sessions.all()) != _sessions_key(sessions):
        changed.append("sessions")
    if not changed and page.lheo_id == record.lheo_id:
        return "unchanged", [], page.pk
    for name, value in values.items():
        setattr(page, name, value)
    page.lheo_id = record.lheo_id
    page.sessions = sessions
    page.save_revision(user=run.user, log_action=True).publish(user=run.user)
    return "updated", changed, page.pk


def _create_page(record: ProgrammeRecord, values: dict, sessions: list, run: _Run) -> TrainingPage:
    """Created live without a revision: importing thousands of offers must stay fast."""
    now = timezone.now()
    page = TrainingPage(
        locale_id=run.index.locale_id,
        slug=_page_slug(record, run),
        lheo_id=record.lheo_id,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        owner=run.user,
        **values,
    )
    page.sessions = sessions
    run.index.add_child(instance=page)
    return page


def _page_slug(record: ProgrammeRecord, run: _Run) -> str:
    base = slugify(f"{record.title[:60]} {record.provider.name[:30]}")[:90] or "formation"
    slug, number = base, 2
    while slug in run.slugs:
        slug, number = f"{base}-{number}", number + 1
    run.slugs.add(slug)
    return slug


def _session(record, communes) -> TrainingSession:
    return TrainingSession(
        lheo_id=record.lheo_id,
        lheo_action_id=record.action_id,
        start_date=record.start_date,
        end_date=record.end_date,
        registration_status=record.registration_status,
        registration_url=record.registration_url[:200],
        seats=record.seats,
        is_demo=record.is_demo,
        **_location(record.place, communes),
    )


def _sessions_key(sessions) -> list[str]:
    return sorted(repr(tuple(str(getattr(session, name)) for name in SESSION_FIELDS)) for session in sessions)


def _differs(name: str, current, new) -> bool:
    if name in RICH_TEXT_FIELDS:
        return sanitise_html(current or "") != sanitise_html(new or "")
    if name in ("rhythms", "audiences"):
        return sorted(current or []) != sorted(new or [])
    return current != new
