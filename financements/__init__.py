"""Funding guide and eligibility finder (see issue: funding guide)."""
