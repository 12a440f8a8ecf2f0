"""LHEO 2.2 / 2.3 (the French training-offer interchange format): reading, importing and writing.

Notes on the format, with sources: tests/catalogue/fixtures/LHEO-NOTES.md.
"""
