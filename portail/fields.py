from django import forms
from django.db import models


class ChoiceListField(models.JSONField):
    """Several values from a fixed list of choices, stored as a JSON list, edited as checkboxes.

    Filtering happens in Python (see the selectors): the lists are short and the rows few.
    """

    def __init__(self, *args, choices_enum=None, **kwargs):
        self.choices_enum = choices_enum
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_enum"] = self.choices_enum
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices_enum.choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
            **{key: value for key, value in kwargs.items() if key in {"initial", "disabled"}},
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        unknown = set(value or []) - set(self.choices_enum.values)
        if unknown:
            raise forms.ValidationError(f"Unknown values: {', '.join(sorted(unknown))}")
