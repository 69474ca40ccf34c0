"""`check`: specs/ is exactly the import of its recorded document plus the overlay, and
generated/ is exactly what specs/ and the templates render. Nothing is written."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.core.importers.spec_folder import import_into, overlay_of, recorded_document
from generator.core.mock_document import MOCK_FILE
from generator.core.spec.loader import SPEC_FILES, require_spec_files
from generator.core.writer import existing_files


@dataclass
class CheckResult:
    stale_specs: list[str] = field(default_factory=list)  # spec files a re-import would change
    stale_generated: list[str] = field(default_factory=list)  # output files a regeneration would change
    document: str = ""
    generated_files: int = 0

    @property
    def ok(self) -> bool:
        return not self.stale_specs and not self.stale_generated


def stale_files(out_dir: Path, files: dict[str, bytes]) -> list[str]:
    """Output files that differ from `files`, are missing, or should not be there."""
    differ = sorted(
        name for name, content in files.items()
        if not (out_dir / name).is_file() or (out_dir / name).read_bytes() != content
    )
    return differ + sorted(existing_files(out_dir) - set(files))


def spec_drift(spec_dir: Path) -> tuple[list[str], str]:
    """Spec files that differ from a fresh import of the recorded document with the overlay,
    and that document's recorded location."""
    require_spec_files(spec_dir)
    with tempfile.TemporaryDirectory(prefix="check-") as tmp:
        document, location = recorded_document(spec_dir, Path(tmp))
        staged = Path(tmp) / "specs"
        shutil.copytree(spec_dir, staged)  # api.yaml keeps the SDK version, overlay.yaml applies
        # Errors in the overlay name the real file, not the scratch copy.
        import_into(document, staged, overlay_of(spec_dir), location=location)
        drift = [
            name for name in (*SPEC_FILES, MOCK_FILE)
            if not (spec_dir / name).is_file() or (staged / name).read_bytes() != (spec_dir / name).read_bytes()
        ]
    return drift, location


def check(spec_dir: Path, out_dir: Path) -> CheckResult:
    from generator.pipeline import generate_files

    result = CheckResult()
    result.stale_specs, result.document = spec_drift(spec_dir)
    files = generate_files(spec_dir, cache_dir=out_dir / ".generator-cache")
    result.generated_files = len(files)
    result.stale_generated = stale_files(out_dir, files)
    return result
