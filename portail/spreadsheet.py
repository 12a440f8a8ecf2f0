"""CSV for spreadsheets: what the public typed must never run as a formula when the file is opened."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A text starting like a formula gets a leading apostrophe (shown as text by Excel and LibreOffice)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values) -> list:
    return [safe_cell(value) for value in values]
