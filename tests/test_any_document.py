"""Documents without Trackstar's conventions become working SDKs that speak of their own API.

The documents in tests/fixtures/anydoc/ are ours, written to hold what other APIs' documents
hold and Trackstar's does not: `securitySchemes` (an API key in a header or in the query, HTTP
bearer, an unmodelled basic scheme), no auth at all, 3.0's boolean `exclusiveMinimum`, 3.1's
`type: [X, "null"]`, `$ref`s into `paths`, to components' parameters, request bodies and
responses, to a property inside a schema and to a whole path item, recursive models, wire names
that are no Python identifier (`string with num`, `æøå`, a path parameter `hyphen-in-path`,
`page-size` beside `page_size`), a top-level array response. Each becomes a package that
imports in a fresh interpreter and sends what the document says over the wire, and whose README
and reference pages name its own client and resources, never Trackstar's.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.core.importers.spec_folder import import_into
from generator.core.writer import write_tree
from generator.pipeline import generate_files

FIXTURES = Path(__file__).parent / "fixtures" / "anydoc"
DOCUMENTS = sorted(p.name for p in FIXTURES.glob("*.json"))
# Names the verbatim runtime itself carries (its base error, log and store variables, logger and
# Redis key prefix). The README states them as they are; everything else must be the API's own.
RUNTIME_NAMES = re.compile(r"TrackstarError|TRACKSTAR_LOG|TRACKSTAR_RATE_LIMIT_STORE|`trackstar` logger|trackstar:ratelimit")

# What each document's package must do over the wire: (client, credentials, calls), each call
# (python expression on `client`, method, path, query pairs that must be sent, headers that must be sent).
WIRE = {
    "shelter_30.json": (
        "Shelter",
        {"shelter_key": "k1"},
        [
            (
                'client.animals.list(required_query="r", string_with_num="s", value="v", species=["cat"], species_2="S", limit=2)',
                "GET", "/v2/animals",
                {"required query": "r", "string with num": "s", "æøå": "v", "species": "cat", "Species": "S", "limit": "2"},
                {"x-shelter-key": "k1"},
            ),
            ('client.animals.retrieve("a/1")', "GET", "/v2/animals/a%2F1", {}, {"x-shelter-key": "k1"}),
            ('client.animals.family.retrieve("a1")', "GET", "/v2/animals/a1/family", {}, {"x-shelter-key": "k1"}),
            ("client.shelters.stats.list()", "GET", "/v2/shelters/stats", {}, {}),
            # Wire names that are the method body's own names (its helper, its locals) become others.
            ('client.tags.retrieve("t1", _query_2="q")', "GET", "/v2/tags/t1", {"_query": "q"}, {"x-shelter-key": "k1"}),
        ],
    ),
    "notes_31.json": (
        "Notebook",
        {"bearer": "tok", "query_key": "qk"},
        [
            ('client.notes.list(colour=["red", "blue sky"], page_size=3, page_size_2=4)', "GET", "/notes",
             {"colour[in]": "red,blue sky", "page_size": "3", "page-size": "4"}, {"authorization": "Bearer tok"}),
            ('client.notes.update("n1", title=None, from_="x", self_=True)', "PATCH", "/notes/n1", {}, {"authorization": "Bearer tok"}),
            ('client.shared.retrieve("n1")', "GET", "/shared/n1", {}, {"authorization": "Bearer tok"}),
            ("client.exports.list()", "GET", "/exports", {"key": "qk"}, {}),
        ],
    ),
    "plain_30.json": (
        "FastApi",
        {},
        [
            ("client.health.retrieve()", "GET", "/health", {}, {}),
            ('client.items.update(7, note="n")', "PUT", "/items/7", {}, {}),  # an integer path parameter
            ("client.forms.create()", "POST", "/forms", {}, {}),  # its form body is not modelled (a warning)
        ],
    ),
}

PROGRAM = """
import json, sys
import httpx
sys.path.insert(0, sys.argv[1])
package = __import__(sys.argv[2])
client_class, credentials, calls = json.loads(sys.argv[3])
seen = []

def answer(request):
    seen.append(request)
    body = {"data": [{"id": "1"}], "next_token": None, "total_count": 1} if request.url.path.endswith("/notes") else {"id": "1"}
    return httpx.Response(200, json=[] if request.url.path.endswith(("/animals", "/stats", "/exports")) else body)

client = getattr(package, client_class)(**credentials, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
for dotted in package.OPERATIONS.values():  # every method is reachable from the client
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    assert callable(target), dotted
results = []
for expression, _, _, _, _ in calls:
    eval(expression, {"client": client})
    request = seen[-1]
    results.append([request.method, request.url.raw_path.decode().split("?")[0], list(request.url.params.multi_items()), dict(request.headers), request.url.host])
import importlib, pkgutil
models = importlib.import_module(package.__name__ + ".types._models")
for module in pkgutil.iter_modules(models.__path__):
    importlib.import_module(models.__name__ + "." + module.name)
importlib.import_module(package.__name__ + ".webhooks")
print(json.dumps(results))
"""


def _generate(document: str, tmp_path: Path) -> Path:
    import_into(FIXTURES / document, tmp_path / "spec")
    out = tmp_path / "out"
    write_tree(out, generate_files(tmp_path / "spec", cache_dir=None))
    return out


@pytest.mark.parametrize("document", DOCUMENTS)
def test_document_becomes_a_working_package(document: str, tmp_path: Path) -> None:
    out = _generate(document, tmp_path)
    (package,) = [p.parent.name for p in (out / "python").glob("*/_client.py")]
    client_class, credentials, calls = WIRE[document]
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(PROGRAM), str(out / "python"), package, json.dumps([client_class, credentials, calls])],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    sent = json.loads(result.stdout)
    host = re.search(r"^base_url: https://([^/\s]+)", (tmp_path / "spec" / "api.yaml").read_text(encoding="utf-8"), re.M)
    assert host and "{" not in host[1], "server variables are set to their defaults"
    for (expression, method, path, query, headers), (got_method, got_path, got_query, got_headers, got_host) in zip(calls, sent, strict=True):
        assert got_host == host[1], expression
        assert (got_method, got_path) == (method, path), expression
        assert set(query.items()) <= {tuple(pair) for pair in got_query}, (expression, got_query)
        assert all(got_headers.get(name) == value for name, value in headers.items()), (expression, got_headers)
        leaked = [(k, v) for k, v in got_query if v in credentials.values() and (k, v) not in query.items()]
        assert not leaked, f"{expression}: a credential went into the query: {leaked}"


@pytest.mark.parametrize("document", DOCUMENTS)
def test_readme_and_reference_speak_of_their_own_api(document: str, tmp_path: Path) -> None:
    out = _generate(document, tmp_path)
    client_class = WIRE[document][0]
    pages = {
        "python/README.md": out / "python" / "README.md",
        "python/pyproject.toml": out / "python" / "pyproject.toml",  # the package index page
        **{f"docs/{p.name}": p for p in (out / "docs").rglob("*.md")},
    }
    for name, page in pages.items():
        text = RUNTIME_NAMES.sub("", page.read_text(encoding="utf-8"))
        assert not re.search(r"trackstar|\bwms\b", text, re.I), f"{document}: {name} speaks of Trackstar"
    readme = (out / "python" / "README.md").read_text(encoding="utf-8")
    assert readme.startswith(f"# {client_class} Python SDK\n")
    # Every example calls methods the package has.
    spec_ops = {
        m.group(1)
        for m in re.finditer(r"\b(?:a?client|connection|offline|mock|static|flaky|strict)\.([a-z_][a-z0-9_.]*)\(", readme)
        if not m.group(1).startswith(("with_", "close"))
    }
    operations = (out / "python").glob("*/_operations.py")
    known = set(re.findall(r'"([a-z_][a-z0-9_.]*)"', next(operations).read_text(encoding="utf-8")))
    known |= {dotted.rpartition(".")[0] + ".with_raw_response." + dotted.rpartition(".")[2] for dotted in known}
    assert spec_ops and spec_ops <= known, spec_ops - known


@pytest.mark.slow  # mypy --strict on three packages: about a minute
@pytest.mark.parametrize("document", DOCUMENTS)
def test_package_type_checks(document: str, tmp_path: Path) -> None:
    out = _generate(document, tmp_path)
    (package,) = [p.parent.name for p in (out / "python").glob("*/_client.py")]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", package],
        cwd=out / "python", capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_credentials_no_auth_section(tmp_path: Path) -> None:
    readme = (_generate("plain_30.json", tmp_path) / "python" / "README.md").read_text(encoding="utf-8")
    assert "The API takes no credentials." in readme and "MissingCredentialError" not in readme
    assert "## Pagination" not in readme and "## Webhooks" not in readme and "## Filters" not in readme


def test_paginated_api_gets_its_own_pagination_and_filter_examples(tmp_path: Path) -> None:
    readme = (_generate("notes_31.json", tmp_path) / "python" / "README.md").read_text(encoding="utf-8")
    assert 'page = client.notes.list(colour={"in": ["red", "green"]}, limit=50)' in readme
    assert "written={" in readme and '"note.created"' in readme
    assert "`bearer` (`NOTEBOOK_BEARER`)" in readme and "`query_key` (`NOTEBOOK_QUERY_KEY`)" in readme


@pytest.mark.parametrize(
    ("document", "warning"),
    [
        ("notes_31.json", "/components/securitySchemes/basicAuth: a http security scheme is not modelled"),
        ("plain_30.json", "POST /forms: its application/x-www-form-urlencoded request body is not modelled"),
    ],
)
def test_what_cannot_be_modelled_is_a_warning_not_a_refusal(document: str, warning: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "import-openapi", str(FIXTURES / document), "-o", str(tmp_path / "spec")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert warning in result.stderr
