from allauth.account.forms import SignupForm as AllauthSignupForm

from django import forms
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portail.captcha import PublicFormCaptchaField
from portail.selectors import CommuneLookupError, commune_lookup
from search.listings import counts


class CommuneField(forms.CharField):
    """A text input that accepts a commune typed any way and cleans to a Commune."""

    default_error_messages = {
        "required": _("Enter the name of a commune, its postal code or its INSEE code.")
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 80)
        kwargs.setdefault("help_text", _("For example: Le Lorrain, Sainte-Luce or 97214."))
        super().__init__(**kwargs)

    def clean(self, value):
        text = super().clean(value)
        if text in self.empty_values:
            return None
        try:
            return commune_lookup(text)
        except CommuneLookupError as error:
            raise forms.ValidationError(str(error), code="invalid") from error

    def prepare_value(self, value):
        return getattr(value, "name", value)


def _with_limit(help_text, limit: int) -> str:
    hint = ngettext("%(count)s character at most.", "%(count)s characters at most.", limit) % {
        "count": number_format(limit, force_grouping=True)
    }
    return f"{help_text} {hint}" if help_text else hint


class LongTextField(forms.CharField):
    """Free text whose limit is shown in the hint and enforced by validation, with the text kept: no
    `maxlength` attribute, which lets browsers cut a paste silently (static/js/character-count.js
    counts instead)."""

    widget = forms.Textarea
    default_error_messages = {
        "max_length": _("Shorten this text to %(limit_value)s characters at most: it has %(show_value)s."),
    }

    def __init__(self, *, max_length, help_text="", **kwargs):
        super().__init__(
            max_length=max_length, help_text=lazy(_with_limit, str)(help_text, max_length), **kwargs
        )

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs["data-maxlength"] = attrs.pop("maxlength")
        return attrs


class _ReadOnceIterator(forms.models.ModelChoiceIterator):
    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.field.objects():
            yield self.choice(obj)

    def __len__(self):
        return len(self.field.objects()) + (self.field.empty_label is not None)


class ReadOnceModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField that reads its queryset once per form, not each time its choices are
    listed (the select, the filter chips, the validation): for short reference lists (communes)."""

    iterator = _ReadOnceIterator

    def objects(self) -> list:
        if getattr(self, "_objects", None) is None:
            self._objects = list(self.queryset)
        return self._objects

    def _set_queryset(self, queryset):
        self._objects = None
        super()._set_queryset(queryset)

    queryset = property(forms.ModelChoiceField._get_queryset, _set_queryset)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        key = self.to_field_name or "pk"
        if isinstance(value, self.queryset.model):
            value = getattr(value, key)
        for obj in self.objects():
            if str(getattr(obj, key)) == str(value):
                return obj
        raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")


class FacetFiltersForm(forms.Form):
    """A listing's filters: `facets` maps its checkbox fields to the search facets they filter on."""

    facets: dict[str, str] = {}

    def filters(self) -> dict[str, list[str]]:
        """The values ticked, by facet key."""
        data = self.cleaned_data if self.is_valid() else {}
        return {key: data.get(name, []) for name, key in self.facets.items()}

    def options(self, results) -> list:
        """(bound field, [(value, label, count)]) for each facet, the counts from the search's results.

        A field without choices (funders) lists the values the search found, with their labels.
        """
        found = []
        for name, key in self.facets.items():
            found_values = [(value.value, value.label) for value in results.facets[key]]
            choices = self.fields[name].choices or found_values
            counted = counts(results, key)
            found.append((self[name], [(value, label, counted.get(value, 0)) for value, label in choices]))
        return found


class HoneypotField(forms.CharField):
    """A field hidden from people and out of the keyboard's way, that robots fill in: any value is refused."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Leave this field empty"))
        widget = forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"})
        super().__init__(required=False, widget=widget, **kwargs)

    def clean(self, value):
        if super().clean(value):
            raise forms.ValidationError(_("Leave this field empty."))
        return ""


class SignupForm(AllauthSignupForm):
    captcha = PublicFormCaptchaField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = _(
            "Used only to sign you in and to write to you about your requests. Nothing else is asked."
        )
        self.fields["captcha"] = self.fields.pop("captcha")
