"""One error type for every user-facing failure: it names the file, the place and the fix."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

# Exit codes of the CLI (documented in `--help` and the README).
EXIT_OK = 0
EXIT_FAILED = 1  # bad input, a failed check, or `--fail-on` changes found
EXIT_USAGE = 2  # unknown command or option (click's own code)


class GeneratorError(Exception):
    """A problem in an input file; printed without a traceback by the CLI."""

    def __init__(
        self,
        file: str,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        where: str | None = None,
        keys: tuple[str | int, ...] | None = None,
    ) -> None:
        self.file = file
        self.keys = keys  # the key path behind `where`, when the error is at a key
        self.line = line
        self.column = column
        self.where = where
        self.message = message
        super().__init__(str(self))

    def __reduce__(self) -> tuple[Any, ...]:
        # Worker processes send errors back pickled; the default rebuilds from `args` (one
        # string) and would fail on the keyword-only fields, breaking the whole pool.
        return (_rebuild, (type(self), self.__dict__.copy()))

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        where = f" at {self.where}" if self.where else ""
        return f"{place}{where}: {self.message}"


def _rebuild(cls: type[GeneratorError], state: dict[str, Any]) -> GeneratorError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, GeneratorError.__str__(error))
    return error


class GeneratorErrors(GeneratorError):
    """Several errors found in one pass, reported together."""

    def __init__(self, errors: list[GeneratorError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.file, first.message, line=first.line, column=first.column, where=first.where, keys=first.keys)

    def __str__(self) -> str:
        return "\n".join(GeneratorError.__str__(e) for e in self.errors)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the closest of `choices`, or '' when none is close."""
    close = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
