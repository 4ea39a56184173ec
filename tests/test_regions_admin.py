import pytest

from regions.models import Planungsraum

pytestmark = pytest.mark.django_db


def test_staff_find_a_planungsraum_by_code_and_edit_it_on_the_map_widget(admin_client):
    listing = admin_client.get("/admin/regions/planungsraum/", {"q": "08100104"})
    assert listing.status_code == 200
    assert "Wartheplatz" in listing.content.decode()
    assert listing.content.decode().count('class="field-code"') == 1

    area = Planungsraum.objects.get(code="08100104")
    form = admin_client.get(f"/admin/regions/planungsraum/{area.pk}/change/")
    html = form.content.decode()
    assert form.status_code == 200
    assert "leaflet/leaflet.js" in html
    assert "django-leaflet-raw-textarea" in html  # the map widget's field
    assert "Umriss" in html and "Amtlicher Name (LOR 2021)." in html


def test_staff_search_bezirksregionen_by_name(admin_client):
    html = admin_client.get("/admin/regions/bezirksregion/", {"q": "Gropius"}).content.decode()
    assert "Gropiusstadt Ost" in html and "Gropiusstadt West" in html
    assert "Schillerpromenade" not in html
