"""The browser tests check the page with Playwright's web-first assertions (`expect(...)`), which wait
for the page a click has opened. `assert locator.is_visible()` reads the page at once: right after a
click it may still be the half-loaded page, and the test fails now and then on a loaded machine."""

import re
from pathlib import Path

E2E = Path(__file__).parent / "e2e"
IMMEDIATE_CHECK = re.compile(r"\bassert\b.*\.is_(visible|hidden|checked|enabled|disabled|editable)\(\)")


def test_browser_tests_wait_for_what_they_check():
    immediate = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(E2E.glob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if IMMEDIATE_CHECK.search(line)
    ]
    assert immediate == [], "use expect(locator).to_be_visible() and its kin:\n" + "\n".join(immediate)
