from django.contrib import admin

from staff.admin_base import HttpsByDefaultAdmin, StaffVersionAdmin, TranslatedAdmin

from .models import BestBet


@admin.register(BestBet)
class BestBetAdmin(HttpsByDefaultAdmin, StaffVersionAdmin, TranslatedAdmin):
    """What the search recommends first for words that lead elsewhere."""

    list_display = ["title", "words", "url", "phone", "published"]
    list_filter = ["published"]
    search_fields = ["title", "words", "description"]
    fields = ["words", "title", "description", "url", "phone", "order", "published", "checked_on"]
