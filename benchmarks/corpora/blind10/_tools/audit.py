"""List every async def containing logging calls, and every set-up call, with its status in EXPECTED.md."""
import ast, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOG = {"debug","info","warning","warn","error","exception","critical","log","fatal"}
for repo in sorted(d for d in os.listdir(ROOT) if d.startswith("r")):
    exp = open(os.path.join(ROOT, repo, "EXPECTED.md")).read()
    keys = set(re.findall(r"^(\S+\.py:\d+)", exp, re.M))
    print("==", repo)
    for dp, dn, fn in os.walk(os.path.join(ROOT, repo)):
        for f in sorted(fn):
            if not f.endswith(".py"): continue
            p = os.path.join(dp, f); rel = os.path.relpath(p, os.path.join(ROOT, repo))
            tree = ast.parse(open(p).read())
            for node in ast.walk(tree):
                if isinstance(node, ast.AsyncFunctionDef):
                    calls = sorted({n.lineno for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in LOG})
                    if calls:
                        marks = ["%d%s" % (l, "*" if f"{rel}:{l}" in keys else "") for l in calls]
                        covered = any(f"{rel}:{l}" in keys for l in calls)
                        print(f"  {'  ' if covered else '!!'} async {rel}:{node.lineno} {node.name}: calls {marks}")
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("addHandler","basicConfig","dictConfig"):
                    k = f"{rel}:{node.lineno}"
                    print(f"  {'  ' if k in keys else '!!'} setup {k} {node.func.attr}")
                if isinstance(node, ast.Assign) and any(isinstance(t, ast.Attribute) and t.attr == "handlers" for t in node.targets):
                    k = f"{rel}:{node.lineno}"
                    print(f"  {'  ' if k in keys else '!!'} setup {k} .handlers=")
