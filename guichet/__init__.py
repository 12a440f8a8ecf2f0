"""Guichet unique: accompaniment requests, partners, routing, label (see issues: guichet, label)."""
