"""django-q2 entry points: load by id, call the code that does the work (retried on failure)."""

import contextlib
import io

from catalogue.indexing import index_programmes
from catalogue.lheo.importer import import_lheo
from catalogue.lheo.reader import LheoFileError
from catalogue.models import LheoImport
from catalogue.selectors import default_catalogue


def import_lheo_task(import_id: int) -> None:
    """Import a file uploaded in the admin; the outcome (or the file's error) is kept on the LheoImport."""
    log = LheoImport.objects.filter(pk=import_id, status=LheoImport.Status.QUEUED).first()
    if log is None or log.payload is None:
        return  # already done by an earlier attempt
    with contextlib.suppress(LheoFileError):  # the error is kept on the LheoImport for the editor
        import_lheo(io.BytesIO(bytes(log.payload)), index=default_catalogue(), log=log)


def index_programmes_task(page_ids: list[int]) -> int:
    return index_programmes(page_ids)
