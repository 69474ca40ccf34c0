"""One `Signature` per method: the resource class's method, the reference page and api.md all
render the same object, so the documented signature is the method's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.core.plan import OperationPlan
from generator.targets.typescript import format as fmt
from generator.targets.typescript.declarations import Declarations
from generator.targets.typescript.naming import camel


@dataclass(frozen=True)
class Arg:
    name: str
    type: str
    optional: bool = False

    @property
    def code(self) -> str:
        return f"{self.name}{'?' if self.optional else ''}: {self.type}"


@dataclass(frozen=True)
class Signature:
    """`name(path args..., params?, options?): returns`."""

    name: str
    dotted: str
    path_args: tuple[Arg, ...]
    params: Arg | None
    returns: str
    paginated: bool
    item: str | None  # a list's item type
    response: str  # the envelope type (`unknown` when the API declares none)
    uses: frozenset[str] = field(default_factory=frozenset)  # the type names it refers to

    @property
    def args(self) -> tuple[Arg, ...]:
        params = (self.params,) if self.params else ()
        return (*self.path_args, *params, Arg("options", "RequestOptions", optional=True))

    def head(self) -> str:
        return f"{self.name}({', '.join(a.code for a in self.args)}): {self.returns}"

    def method_lines(self, indent: int) -> list[str]:
        """The method's head as prettier lays it out, ending with ` {`."""
        pad = fmt.INDENT * indent
        line = f"{pad}{self.head()} {{"
        if fmt._fits(line):
            return [line]
        return [f"{pad}{self.name}(", *(f"{pad}{fmt.INDENT}{a.code}," for a in self.args), f"{pad}): {self.returns} {{"]

    def declaration_lines(self, indent: int) -> list[str]:
        """The same signature as an interface member (`...;`), for the reference pages."""
        return [line[: -len(" {")] + ";" if line.endswith(" {") else line for line in self.method_lines(indent)]

    def call(self) -> str:
        """The Stainless api.md spelling: `client.wms.orders.retrieve(orderId, { ...params })`."""
        args = [a.name for a in self.path_args]
        if self.params:
            args.append("{ ...params }")
        return f"client.{self.dotted}({', '.join(args)})"

    @property
    def resolves_to(self) -> str:
        """What awaiting the call gives: the first page, or the envelope."""
        return f"Page<{self.item}, {self.response}>" if self.paginated and self.item else self.response


def signature(op: OperationPlan, decls: Declarations) -> Signature:
    types = decls.operations[op.dotted]
    path_args = tuple(Arg(camel(p.api_name), "string") for p in op.path_params)
    params = Arg("params", types.params, optional=types.params_optional) if types.params else None
    uses: set[str] = {types.params} if types.params else set()
    if op.paginated and types.item:
        body = types.response if types.response != "unknown" else "object"
        returns = f"PagePromise<{types.item}, {body}>"
        uses.update({types.item, body})
        response = body
    else:
        returns = f"APIPromise<{types.response}>"
        uses.add(types.response)
        response = types.response
    return Signature(
        name=op.name,
        dotted=op.dotted,
        path_args=path_args,
        params=params,
        returns=returns,
        paginated=op.paginated and bool(types.item),
        item=types.item,
        response=response,
        uses=frozenset(uses),
    )
