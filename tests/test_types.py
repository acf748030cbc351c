"""The type checker over all of guide/ (pyproject's [tool.mypy]): guide/ checks clean, and stays so."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_ERRORS = 0  # guide/ type-checks clean: keep it so
ERROR = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+): error: ", re.MULTILINE)


def mypy_errors(*args: str, cwd: Path = ROOT) -> list[str]:
    """The `file:line: error: ...` lines mypy reports; mypy itself failing (exit 2) fails the test."""
    done = subprocess.run([sys.executable, "-m", "mypy", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=900, check=False)
    assert done.returncode in (0, 1), done.stdout + done.stderr
    errors = [line for line in done.stdout.splitlines() if ERROR.match(line)]
    summary = re.search(r"^Found (\d+) errors? in", done.stdout, re.MULTILINE)
    assert (int(summary.group(1)) if summary else 0) == len(errors), done.stdout  # the parser reads them all
    return errors


def test_the_type_errors_in_guide_do_not_grow():
    errors = mypy_errors()  # the files and settings of [tool.mypy]
    assert len(errors) <= MAX_ERRORS, (
        f"{len(errors)} type errors, more than the {MAX_ERRORS} allowed:\n" + "\n".join(errors))


def test_the_count_sees_an_error(tmp_path):
    """The check above would pass on a parser that finds nothing: here it must find one."""
    (tmp_path / "bad.py").write_text('def half(n: int) -> int:\n    return n / 2\n\n\nhalf("four")\n')
    errors = mypy_errors("--config-file", str(ROOT / "pyproject.toml"), "--cache-dir",
                         str(tmp_path / "cache"), "bad.py", cwd=tmp_path)
    assert len(errors) >= 1
    assert all(e.startswith("bad.py:") for e in errors), errors
