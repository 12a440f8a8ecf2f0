"""Faceted search across the portal (see issue: search)."""
