"""Importers for the official datasets about Neukölln's areas and figures."""
