"""The layout in docs/architecture.md stays true: who imports whom, through which interface, no circle.

Every import counts, at module level or inside a function: a lazy import is still a dependency.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
CORE = "portail"
MAX_LINES = 400


def declared_apps() -> dict[str, tuple[set[str], list[str]]]:
    """docs/architecture.md's table: app → (the apps it may use besides the core, its public interface)."""
    apps = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and re.fullmatch(r"`\w+`", cells[0]):
            uses = set(re.findall(r"`(\w+)`", cells[1]))
            interface = re.findall(r"`([\w.]+)`", cells[2])
            apps[cells[0].strip("`")] = (uses, interface)
    return apps


APPS = declared_apps()


def app_modules() -> dict[str, Path]:
    modules = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


MODULES = app_modules()


def imported_modules(name: str, path: Path) -> set[str]:
    """The project modules that module `name` imports (the deepest module each import names)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            submodules = {f"{module}.{alias.name}" for alias in node.names}
            names.update(submodules)
            if not submodules <= MODULES.keys():  # `from package import submodule` uses only the submodule
                names.add(module)
    found = set()
    for module in names:
        while module and module not in MODULES:
            module = module.rpartition(".")[0]
        if module and module != name:
            found.add(module)
    return found


GRAPH = {name: imported_modules(name, path) for name, path in MODULES.items()}


def app_of(module: str) -> str:
    return module.partition(".")[0]


def test_the_table_lists_every_app():
    on_disk = {path.parent.name for path in ROOT.glob("*/apps.py")}
    assert on_disk == set(APPS)


def test_apps_import_only_the_apps_the_table_allows():
    used = {app: set() for app in APPS}
    for module, imports in GRAPH.items():
        used[app_of(module)].update(app_of(target) for target in imports)
    for app, (allowed, _interface) in APPS.items():
        assert used[app] - {app, CORE} == allowed, f"{app}: fix the code or docs/architecture.md"


def test_other_apps_go_through_the_public_interface():
    private = []
    for module, imports in GRAPH.items():
        for target in imports:
            owner = app_of(target)
            if owner in (app_of(module), CORE):
                continue
            interface = APPS[owner][1]
            if not any(target == public or target.startswith(public + ".") for public in interface):
                private.append(f"{module} → {target}")
    assert not private


def test_no_import_circle():
    """Tarjan's strongly connected components of the module graph: each must be one module."""
    index, low, stack, on_stack, circles = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in GRAPH[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while not component or component[-1] != module:
                component.append(stack.pop())
                on_stack.discard(component[-1])
            if len(component) > 1:
                circles.append(sorted(component))

    for module in sorted(GRAPH):
        if module not in index:
            visit(module)
    assert not circles


def test_no_python_file_is_over_400_lines():
    """Apps, tests and benchmarks; migrations are generated and data lives in data files."""
    files = [*MODULES.values(), *(ROOT / "tests").rglob("*.py"), *(ROOT / "bench").rglob("*.py")]
    long = {
        str(path.relative_to(ROOT)): n
        for path in files
        if "migrations" not in path.parts
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long
