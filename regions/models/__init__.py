from .addresses import Address, Street
from .berlin import (
    BerlinCrime,
    BerlinGreen,
    BerlinKita,
    BerlinPopulation,
    BerlinSocialMonitoring,
)
from .figures import IndicatorRelease, IndicatorValue
from .geography import (
    ActionArea,
    Bezirksregion,
    GiFocusArea,
    Planungsraum,
    Prognoseraum,
)
from .reports import Report
from .sources import Dataset

__all__ = [
    "Address",
    "Street",
    "ActionArea",
    "BerlinCrime",
    "BerlinGreen",
    "BerlinKita",
    "BerlinSocialMonitoring",
    "BerlinPopulation",
    "Bezirksregion",
    "Dataset",
    "GiFocusArea",
    "IndicatorRelease",
    "IndicatorValue",
    "Planungsraum",
    "Prognoseraum",
    "Report",
]
