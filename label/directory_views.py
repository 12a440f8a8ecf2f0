"""The directory of local digital solutions: every registered provider, labelled ones first."""

from django.http import Http404
from django.shortcuts import render

from label import directory
from label.forms import SolutionsFilterForm


def solutions_view(request):
    form = SolutionsFilterForm(request.GET or None)
    page, entries = directory.directory_page(request.GET.get("page"), **form.filters())
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "label/solutions.html",
        {"form": form, "page": page, "entries": entries, "query": query.urlencode()},
    )


def provider_view(request, pk):
    entry = directory.directory_entry(pk)
    if entry is None:
        raise Http404
    return render(request, "label/provider.html", {"entry": entry, "provider": entry.provider})
