"""Offline place resolver: GeoNames towns (cities500), admin1 regions, countries and a
project-curated supplement, indexed by normalised name.

>>> from sitrep.gazetteer import Gazetteer
>>> gaz = Gazetteer.default()
>>> gaz.resolve("Bagdad").name
'Baghdad'
"""

from .build import default_gazetteer
from .core import Candidate, Gazetteer
from .normalise import normalise

__all__ = ["Candidate", "Gazetteer", "default_gazetteer", "normalise"]
