import factory
from factory.django import DjangoModelFactory

import wagtail_factories

from portail.models import HomePage, StandardPage, User


class UserFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    password = factory.django.Password("correct horse battery")

    class Meta:
        model = User
        skip_postgeneration_save = True


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"
    slug = "accueil"
    hero_title = "Le numérique en Martinique, au même endroit"
    hero_text = "Formations, financements, accompagnement des entreprises et lieux près de chez vous."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    intro = "Une page de contenu."

    class Meta:
        model = StandardPage
