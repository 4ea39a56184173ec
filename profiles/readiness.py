"""What the profiles still lack (staff.readiness): their texts' translations."""

from staff.readiness import translation_gaps

from .models import ProfileText


def gaps(today):
    yield from translation_gaps({ProfileText: ("body",)})
