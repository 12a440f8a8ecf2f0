from .imports import LheoImport
from .pages import CatalogueIndexPage, TrainingFunding, TrainingPage, TrainingSession
from .providers import TrainingProvider

__all__ = [
    "CatalogueIndexPage",
    "LheoImport",
    "TrainingFunding",
    "TrainingPage",
    "TrainingProvider",
    "TrainingSession",
]
