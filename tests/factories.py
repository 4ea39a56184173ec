"""Small factories for test users."""

from django.contrib.auth.models import Group, User


def redaktion_user(username="redakteurin"):
    user = User.objects.create_user(username, password="sehr-geheimes-passwort-1", is_staff=True)
    user.groups.add(Group.objects.get(name="Redaktion"))
    return user
