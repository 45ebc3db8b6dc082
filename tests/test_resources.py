"""Tests that need ../shared or chromium skip on a bare clone, and fail under CI (tests/conftest.py)."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_TEST = "tests/store/test_export.py::test_gdelt_columns_are_gdelts_61_in_order"
BROWSER_TEST = "tests/web/test_browser.py::test_dyad_page_chart_renders"


def pytest_run(*tests: str, ci: bool, **env: str) -> subprocess.CompletedProcess:
    environ = {name: value for name, value in os.environ.items() if name != "CI"} | env
    if ci:
        environ["CI"] = "true"
    command = [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *tests]
    return subprocess.run(command, cwd=REPO, env=environ, capture_output=True, text=True, timeout=300)


def bare_machine(tmp_path: Path) -> dict[str, str]:
    """No reference folder, and a PATH holding only this Python's folder (no chromium)."""
    return {"EVENTWIRE_SHARED": str(tmp_path / "nowhere"), "PATH": str(Path(sys.executable).parent)}


def test_on_a_bare_machine_they_skip_with_one_line_reasons(tmp_path):
    result = pytest_run(SHARED_TEST, BROWSER_TEST, ci=False, **bare_machine(tmp_path))
    assert result.returncode == 0, result.stdout
    skipped = [line for line in result.stdout.splitlines() if line.startswith("SKIPPED")]
    assert len(skipped) == 2 and result.stdout.rstrip().splitlines()[-1].startswith("2 skipped")
    assert f"reference data not found: {tmp_path / 'nowhere'} (../shared or $EVENTWIRE_SHARED)" in skipped[0]
    assert "chromium not found on PATH (Debian package chromium)" in skipped[1]


def test_under_ci_a_missing_resource_fails(tmp_path):
    result = pytest_run(SHARED_TEST, BROWSER_TEST, ci=True, **bare_machine(tmp_path))
    assert result.returncode == 1
    assert "2 errors" in result.stdout and "skipped" not in result.stdout
    assert "(required under CI=true)" in result.stdout
