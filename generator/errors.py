"""One error type for every user-facing failure: it names the file, the place and the fix."""

from __future__ import annotations


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
    ) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.where = where
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        where = f" at {self.where}" if self.where else ""
        return f"{place}{where}: {self.message}"


class GeneratorErrors(GeneratorError):
    """Several errors found in one pass, reported together."""

    def __init__(self, errors: list[GeneratorError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.file, first.message, line=first.line, where=first.where)

    def __str__(self) -> str:
        return "\n".join(GeneratorError.__str__(e) for e in self.errors)
