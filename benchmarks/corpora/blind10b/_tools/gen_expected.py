"""Writes every EXPECTED.md and README.md from the spec below.

Each entry names a file and a snippet that must occur on exactly one line of it; the line
number is computed from the file, so the numbers in EXPECTED.md are checked, not typed.
Run: python3 _tools/gen_expected.py  (from /work/blind10b)
"""
import re
import sys
from collections import Counter
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]

# repo -> dict(programs=[...], findings=[(path, snippet, code, reason)],
#              must_not=[(path, snippet, reason)], uncertain=[(path, snippet, code, why)])
SPEC = {}

SPEC["s01_fleetbot"] = dict(
    programs=[
        "bot: console script `fleetbot = fleetbot.cli:main` and `python -m fleetbot` (src/fleetbot/__main__.py); loop run by `Application.run_polling()` (src/fleetbot/botkit.py, asyncio.run)",
        "webhook: console script `fleetbot-webhook = fleetbot.webhook:main` / `python -m fleetbot.webhook`; asyncio.run in main()",
        "tools/dump_stats.py: synchronous developer script (no event loop)",
    ],
    findings=[
        ("src/fleetbot/log.py", "logger.addHandler(handler)", "ASL103",
         "RotatingFileHandler (annotated parameter of _install, built by make_rotating) attached to 'fleetbot' by setup(), which the bot entry fleetbot.cli:main calls; reached by 3 coroutines (handlers.start, handlers.status, peers.relay)"),
        ("src/fleetbot/handlers.py", 'LOGGER.info("start from', "ASL101",
         "LOGGER imported from fleetbot.log ('fleetbot') -> RotatingFileHandler; the earlier `await metrics.record(...)` is not a logging call"),
        ("src/fleetbot/handlers.py", 'LOGGER.info("status requested', "ASL101",
         "'fleetbot' -> RotatingFileHandler; first of 2 calls in status (the warning on the next line is not reported by default)"),
        ("src/fleetbot/peers.py", 'log.info("relaying', "ASL101",
         "getLogger(f\"fleetbot.peer.{...}\") reaches ancestor 'fleetbot' -> RotatingFileHandler"),
        ("src/fleetbot/webhook.py", "logging.basicConfig(level=logging.INFO", "ASL103",
         "stream handler on root in the webhook program (fleetbot-webhook); reached by 1 coroutine (receive)"),
        ("src/fleetbot/webhook.py", 'log.info("webhook event', "ASL102",
         "'fleetbot.webhook' -> 'fleetbot' has no handler in this process (setup() runs only in the bot program) -> root StreamHandler from basicConfig(); first of 2 calls"),
    ],
    must_not=[
        ("src/fleetbot/peers.py", "echo_log.info(",
         "getLogger(\"echo_{}\".format(...)) reaches only root; the bot program attaches nothing to root (tools/dump_stats.py's basicConfig(filename=...) is another, synchronous program)"),
        ("src/fleetbot/metrics.py", "metrics_log.info(", "'fleetbot.metrics' has propagate=False and only a QueueHandler (FileHandler behind a QueueListener)"),
        ("src/fleetbot/metrics.py", "metrics_log.addHandler(QueueHandler(_queue))", "QueueHandler, not blocking"),
        ("src/fleetbot/handlers.py", 'LOGGER.warning("status is served', "second call of a coroutine already reported (per-coroutine default)"),
        ("tools/dump_stats.py", "logging.basicConfig(filename=", "synchronous dev script: no event loop, contributes nothing to the bot program"),
    ],
    uncertain=[],
)

SPEC["s02_ledger"] = dict(
    programs=[
        "web: ASGI module ledger/asgi.py (`app = MiniApp(...)`), served externally (Procfile: `uvicorn ledger.asgi:app`)",
        "worker: `python -m ledger.worker` (asyncio.run)",
        "ledger/commands/reindex.py: management command, synchronous (`python -m ledger.commands.reindex`)",
        "scripts/migrate.py: release-phase migration, synchronous",
        "tests/: test utility (tests/util.py) used by synchronous tests",
    ],
    findings=[],
    must_not=[
        ("ledger/asgi.py", 'logging.basicConfig(filename="ledger-legacy.log"', "no-op: configure_logging() on the line above already gave root its handlers"),
        ("ledger/logsetup.py", "root.addHandler(QueueHandler(log_queue))", "QueueHandler; the RotatingFileHandler and StreamHandler sit behind the QueueListener"),
        ("ledger/logsetup.py", "root.addHandler(RECENT)", "application Handler subclass whose emit only appends to a deque (no file/network I/O)"),
        ("ledger/routes.py", 'log.info("listing', "web program: root has only QueueHandler + in-memory RecentRecords"),
        ("ledger/routes.py", 'log.exception("bad entry payload")', "same (create_entry)"),
        ("ledger/db.py", 'logger.info("fetch_entries', "queued in both the web and the worker program"),
        ("ledger/db.py", 'logger.info("inserted entry', "same (insert_entry)"),
        ("ledger/worker.py", 'log.info("round', "worker program: root has only the QueueHandler from basicConfig(handlers=[...])"),
        ("ledger/worker.py", "logging.basicConfig(level=logging.INFO, handlers=[QueueHandler(log_queue)])", "QueueHandler only; FileHandler behind the QueueListener"),
        ("ledger/commands/reindex.py", 'logging.getLogger("ledger").addHandler(handler)', "synchronous management command; must not reach the web/worker coroutines"),
        ("scripts/migrate.py", 'logging.basicConfig(filename="migrate.log"', "synchronous release script"),
        ("tests/util.py", "logging.getLogger(name).addHandler(handler)", "test utility"),
    ],
    uncertain=[],
)

SPEC["s03_harvester"] = dict(
    programs=[
        "worker: `python run_worker.py` (asyncio.run); imports core.jobs, core.storage, core.logs, and plugins.rss inside load_plugins() (plugins/ has no __init__.py)",
        "api: `python run_api.py`; loop run by `web.run_app` (api/web.py, asyncio.run); imports api.views, core.storage, core.logs",
        "core/cli.py: `python -m core.cli`, synchronous operator CLI",
    ],
    findings=[
        ("run_worker.py", "root.addHandler(handler)", "ASL103",
         "handlers attached in a loop over a literal tuple: StreamHandler + core.logs.file_handler() (a RotatingFileHandler subclass, also named RotatingFileHandler); reached by 5 coroutines of the worker; the removeHandler loop runs only after asyncio.run returns"),
        ("plugins/rss.py", "logger.addHandler(handler)", "ASL103",
         "FileHandler attached at plugin load time, inside the setup coroutine; reached by 2 coroutines (setup, collect)"),
        ("core/jobs.py", 'log.info("fetching', "ASL101", "'core.jobs' -> root RotatingFileHandler (worker program)"),
        ("core/jobs.py", 'log.info("cycle %d done', "ASL101", "'core.jobs' -> root RotatingFileHandler (worker program)"),
        ("core/storage.py", 'log.info("saved', "ASL101",
         "shared module: in the worker program 'core.storage' -> root RotatingFileHandler (in the api program the same call is queued)"),
        ("plugins/rss.py", 'logger.info("rss plugin ready', "ASL101",
         "'harvester.plugins.rss' -> its own FileHandler and root RotatingFileHandler; module in a folder without __init__.py, imported inside a function"),
        ("plugins/rss.py", 'logger.info("collecting rss', "ASL101", "same logger"),
    ],
    must_not=[
        ("api/views.py", 'log.info("health check', "api program: root has only the QueueHandler of queued_root(); the worker's handlers are never attached in that process"),
        ("api/views.py", 'log.info("served %d items', "same (items)"),
        ("core/logs.py", "logging.getLogger().addHandler(QueueHandler(log_queue))", "QueueHandler; StreamHandler + file_handler('api') behind the QueueListener"),
        ("run_api.py", 'queued_root(logging.StreamHandler(), file_handler("api"))', "handlers built here go behind the QueueListener"),
        ("run_worker.py", "root.removeHandler(handler)", "teardown after the loop: not a set-up, and it does not hide what the coroutines met"),
        ("core/cli.py", 'logging.basicConfig(filename="harvester-cli.log"', "synchronous CLI program"),
    ],
    uncertain=[],
)

SPEC["s04_relay"] = dict(
    programs=[
        "bot: console script `relay-bot = relay.main:cli` / `python -m relay.main`; loop run by `Bot.run()` (relay/chat.py, asyncio.run)",
        "scripts/seed.py: synchronous dev script",
        "tests/: test utility tests/support.py, synchronous tests",
        "relay/legacy_log.py: dead module (imported by nothing)",
    ],
    findings=[],
    must_not=[
        ("relay/logging_setup.py", "logging.basicConfig(",
         "StreamHandler + WebhookHandler (network emit) are moved off root behind a QueueHandler/QueueListener right after, before the loop starts"),
        ("relay/logging_setup.py", "root.addHandler(QueueHandler(log_queue))", "QueueHandler"),
        ("relay/chat.py", 'log.info("connected', "'relay.chat' -> root QueueHandler only"),
        ("relay/cogs/moderation.py", 'self.logger.warning("flagged', "LoggingMixin.logger property -> getLogger(f\"relay.{...}\") -> root QueueHandler only"),
        ("relay/cogs/moderation.py", 'self.logger.info("ban requested', "same"),
        ("relay/cogs/audit.py", 'audit_log.info(', "'relay.audit' propagate=False with a QueueHandler (FileHandler behind the listener)"),
        ("relay/legacy_log.py", 'logging.getLogger("relay").addHandler(mail)', "SMTPHandler in a dead module nothing imports"),
        ("scripts/seed.py", 'logging.basicConfig(filename="seed.log"', "synchronous dev script"),
        ("tests/support.py", 'logging.getLogger("relay").addHandler(handler)', "test utility"),
    ],
    uncertain=[],
)

SPEC["s05_meterd"] = dict(
    programs=[
        "daemon: `python -m meterd` and console script `meterd = meterd.__main__:main`; loop run by asyncio.Runner",
        "bench/replay.py: developer tool with its own asyncio.run and a queued root; imports meterd.devices only",
        "meterd/calibrate.py `__main__` block: synchronous demo (`python -m meterd.calibrate`)",
    ],
    findings=[
        ("meterd/logconf.py", "base.addHandler(UdpMetricsHandler(", "ASL103",
         "application Handler subclass whose emit() does socket.sendto, on 'meterd'; configure() is called by the daemon entry; reached by 4 coroutines"),
        ("meterd/logconf.py", "alarms.handlers = [lh.SysLogHandler(", "ASL103",
         "SysLogHandler through the alias `from logging import handlers as lh`, attached by assigning .handlers; reached by 1 coroutine (daemon.check)"),
        ("meterd/daemon.py", 'self.log.info("polling', "ASL101",
         "property Service.log -> getLogger(f\"meterd.{...}\") -> 'meterd' UdpMetricsHandler"),
        ("meterd/daemon.py", "alarms.warning(", "ASL101", "'meterd.alarms' -> SysLogHandler (and 'meterd' UdpMetricsHandler)"),
        ("meterd/daemon.py", 'logging.getLogger("meterd").info(', "ASL101",
         "first call in serve() that reaches a blocking handler; the earlier samples.samples_log.info does not"),
        ("meterd/devices.py", 'log.info("%s reads', "ASL101",
         "logger passed as an annotated parameter; the daemon passes getLogger('meterd.devices') -> UdpMetricsHandler (the bench passes a queued logger)"),
    ],
    must_not=[
        ("meterd/daemon.py", "samples.samples_log.info(", "'meterd.samples' propagate=False, QueueHandler only"),
        ("meterd/samples.py", 'samples_log.info("%s,%.3f"', "same logger (push)"),
        ("meterd/samples.py", "samples_log.addHandler(QueueHandler(SAMPLE_QUEUE))", "QueueHandler"),
        ("meterd/calibrate.py", 'log.info("calibrated',
         "'calibration' reaches only root, and the daemon puts nothing on root; the basicConfig(filename=...) below runs only as the module's own synchronous demo"),
        ("meterd/calibrate.py", 'logging.basicConfig(filename="calibration.log"', "synchronous `__main__` demo block"),
        ("bench/replay.py", 'log.info("replaying',
         "bench program: 'meterd.bench' -> 'meterd' has no handler there (logconf.configure is never imported) -> root QueueHandler"),
        ("bench/replay.py", "root.addHandler(QueueHandler(bench_queue))", "QueueHandler; FileHandler behind the listener"),
    ],
    uncertain=[],
)

SPEC["s06_pipeline"] = dict(
    programs=[
        "worker: console script `pipeline-worker = pipeline.worker:main` (asyncio.run)",
        "admin: console script `pipeline-admin = pipeline.admin:main`, synchronous, imports only pipeline.settings",
        "migrations/0001_init.py: synchronous migration with fileConfig(logging.ini)",
    ],
    findings=[],
    must_not=[
        ("pipeline/worker.py", "logging.config.dictConfig(settings.logging_config())",
         "dict built in a function (with a comprehension): only a QueueHandler whose queue is ext://pipeline.logq.LOG_QUEUE; StreamHandler + RotatingFileHandler sit behind logq.start_listener()"),
        ("pipeline/worker.py", "logging.basicConfig(level=logging.DEBUG, filename=", "no-op: root already has the queue handler from dictConfig"),
        ("pipeline/worker.py", 'logging.getLogger("pipeline").addHandler(bootstrap)',
         "FileHandler removed again before asyncio.run; only the synchronous verify_schema() logs through it"),
        ("pipeline/stages.py", 'log.info("extracting', "stage_logger() -> getLogger(f\"pipeline.stage.{...}\") -> 'pipeline' (QueueHandler, propagate=False)"),
        ("pipeline/stages.py", 'stage_logger("transform").info(', "same"),
        ("pipeline/stages.py", 'log.warning("nothing to load")', "same (load)"),
        ("pipeline/worker.py", 'log.info("batch %d finished"', "'pipeline.worker' -> 'pipeline' queue"),
        ("pipeline/notify.py", 'log.info("batch %d announced"', "'notify' -> root QueueHandler (admin's basicConfig(filename=...) is another program)"),
        ("pipeline/admin.py", 'logging.basicConfig(filename="pipeline-admin.log"', "synchronous console script; its program has no coroutine"),
        ("migrations/0001_init.py", "logging.config.fileConfig(", "synchronous migration script"),
    ],
    uncertain=[],
)

SPEC["s07_gateway"] = dict(
    programs=[
        "web: ASGI module gateway/asgi.py (`app = AccessLog(Router(...))`), served externally (Procfile: `uvicorn gateway.asgi:app`)",
        "migrations/migrate.py: synchronous release-phase script",
        "devtools/gen_openapi.py: synchronous dev script",
    ],
    findings=[
        ("gateway/asgi.py", "logging.config.dictConfig(load_logging_config())", "ASL103",
         "dictConfig from gateway/logging.json (${LOG_DIR}/${LOG_LEVEL} filled by string.Template): TimedRotatingFileHandler on 'gateway', StreamHandler on root and on 'gateway.access'; reached by 4 coroutines"),
        ("gateway/endpoints.py", 'log.info("quote requested', "ASL101", "'gateway.endpoints' -> 'gateway' TimedRotatingFileHandler"),
        ("gateway/upstream.py", 'log.info("upstream', "ASL101", "'gateway.upstream' -> 'gateway' TimedRotatingFileHandler; first of 2 calls"),
        ("gateway/access.py", "access_log.info(", "ASL102", "'gateway.access' propagate=false with only the console StreamHandler"),
        ("gateway/_vendor/quotesdk.py", 'logger.warning("rate limited', "ASL102",
         "library-style logger with a NullHandler still propagates to root's StreamHandler"),
    ],
    must_not=[
        ("gateway/_vendor/quotesdk.py", "logger.addHandler(logging.NullHandler())", "NullHandler, not blocking"),
        ("gateway/upstream.py", 'log.error("rate limited', "second call of a coroutine already reported"),
        ("migrations/migrate.py", 'logging.basicConfig(filename="migrate.log"', "synchronous migration; imports gateway.upstream but runs no loop"),
        ("devtools/gen_openapi.py", 'logging.getLogger().addHandler(logging.FileHandler("gen_openapi.log"))', "synchronous dev script"),
    ],
    uncertain=[],
)

SPEC["s08_scraper"] = dict(
    programs=[
        "crawler: top-level `python run.py` (asyncio.run); imports app.main, app.fetch, app.parse, app.report, app.compat (app/ has no __init__.py); no handler is configured anywhere in it (run.py only sets root's level)",
        "scripts/backfill.py: synchronous cron script",
        "app/report.py `__main__` block: synchronous demo (`python -m app.report`)",
    ],
    findings=[
        ("app/main.py", 'logging.info("crawling', "ASL102",
         "root convenience call through app.compat's re-export of logging, in a program with no handler: implicit basicConfig() StreamHandler; first of 2 calls"),
        ("app/main.py", 'logging.warning("no output path', "ASL102", "same implicit root StreamHandler (save_results)"),
        ("app/fetch.py", 'log.warning("retrying', "ASL102", "`import logging as log`: root convenience call, implicit basicConfig()"),
    ],
    must_not=[
        ("scripts/backfill.py", 'logging.basicConfig(filename="backfill.log"', "synchronous cron script; must not turn the ASL102 findings into ASL101"),
        ("app/report.py", 'logging.basicConfig(filename="report.log"', "synchronous `__main__` demo block of a module the crawler imports"),
        ("run.py", "logging.getLogger().setLevel(", "sets a level, attaches no handler (no ASL103 anywhere in this repository)"),
    ],
    uncertain=[
        ("app/parse.py", 'log.warning("no title', "ASL102?",
         "named logger 'app.parse' in a program with no handler: it reaches a StreamHandler only because crawl()'s first logging.info() has already run the implicit basicConfig() (always true at run time); the documents define the implicit case through root convenience calls only"),
    ],
)

SPEC["s09_notifier"] = dict(
    programs=[
        "bot: `python -m notifier` (notifier/__main__.py; asyncio.run around `Dispatcher.start_polling`)",
        "notifier-send: console script `notifier-send = notifier.cli:main` / `python -m notifier.cli`, synchronous (no event loop); imports notifier.outbox",
        "tools/replay_outbox.py: synchronous ops script",
    ],
    findings=[],
    must_not=[
        ("notifier/__main__.py", "base.handlers = [loghandlers.QueueHandler(log_queue)]",
         "QueueHandler assigned to 'notifier' (propagate=False); TimedRotatingFileHandler + SMTPHandler behind the QueueListener"),
        ("notifier/handlers.py", 'log.info("chat %s subscribed"', "get_logger() wrapper -> getLogger(f\"{ROOT_NAME}.{name}\") -> 'notifier' queue"),
        ("notifier/handlers.py", 'log.info("chat %s left"', "same"),
        ("tools/replay_outbox.py", "root.addHandler(SMTPHandler(", "synchronous ops script"),
    ],
    uncertain=[
        ("notifier/cli.py", "logging.basicConfig(", "ASL103?",
         "console script entry that runs no event loop; its program holds outbox.flush, which would reach this FileHandler, but nothing runs it. Expected: not flagged (\"no ASL103 unless its own program runs coroutines\"), but the brief lists console scripts among the entries"),
        ("notifier/outbox.py", 'log.info("flushed', "ASL101?",
         "same case from the coroutine's side: queued in the bot program; only the loop-less notifier-send program pairs it with a FileHandler. Expected: not flagged"),
    ],
)

SPEC["s10_kiosk"] = dict(
    programs=[
        "kiosk: console script `kiosk = kiosk.app:run` (asyncio.run)",
        "dev/profile_run.py: synchronous dev script",
        "tests/logutil.py: test utility",
    ],
    findings=[],
    must_not=[
        ("src/kiosk/app.py", 'root.addHandler(logging.FileHandler("kiosk-startup.log"',
         "FileHandler on root of the asyncio program itself, but only the synchronous boot.check_environment() logs through root; every coroutine logs under 'kiosk' (QueueHandler, propagate=False)"),
        ("src/kiosk/logs.py", "logger.handlers = [QueueHandler(log_queue)]", "QueueHandler from the make_queue_logger factory"),
        ("src/kiosk/app.py", 'log.info("kiosk up")', "logger returned by the factory: 'kiosk' queue"),
        ("src/kiosk/screens.py", 'log.info("showing', "logger parameter, always the 'kiosk' queue logger"),
        ("src/kiosk/sensors.py", 'logging.getLogger(f"kiosk.sensor.{kind}").info(', "f-string name under 'kiosk' -> queue"),
        ("dev/profile_run.py", 'logging.basicConfig(filename="profile.log"', "synchronous dev script"),
        ("tests/logutil.py", "logger.addHandler(handler)", "test utility"),
    ],
    uncertain=[],
)


def locate(repo: str, path: str, snippet: str) -> int:
    lines = (BASE / repo / path).read_text().splitlines()
    hits = [i for i, line in enumerate(lines, 1) if snippet in line]
    if len(hits) != 1:
        sys.exit(f"{repo}/{path}: snippet {snippet!r} found on lines {hits}")
    return hits[0]


def main() -> None:
    totals = Counter()
    rows = []
    for repo, spec in SPEC.items():
        out = [f"# {repo}", "", "## Programs"]
        out += [f"- {p}" for p in spec["programs"]]
        out += ["", "## Findings"]
        for path, snip, code, reason in spec["findings"]:
            out.append(f"{path}:{locate(repo, path, snip)} {code}  {reason}")
            totals[code] += 1
        if not spec["findings"]:
            out.append("(none)")
        out += ["", "## Must not be flagged"]
        for path, snip, reason in spec["must_not"]:
            out.append(f"{path}:{locate(repo, path, snip)}  {reason}")
        out += ["", "## Uncertain"]
        for path, snip, code, why in spec["uncertain"]:
            out.append(f"{path}:{locate(repo, path, snip)}  {code}  {why}")
            totals["uncertain"] += 1
        if not spec["uncertain"]:
            out.append("(none)")
        (BASE / repo / "EXPECTED.md").write_text("\n".join(out) + "\n")
        c = Counter(f[2] for f in spec["findings"])
        rows.append((repo, c["ASL101"], c["ASL102"], c["ASL103"], len(spec["must_not"]), len(spec["uncertain"])))
    # self-check: every finding line parses back in the required format
    pat = re.compile(r"^(\S+\.py):(\d+) (ASL10[123])  \S")
    for repo in SPEC:
        text = (BASE / repo / "EXPECTED.md").read_text()
        section = text.split("## Findings\n", 1)[1].split("\n## ", 1)[0]
        for line in section.strip().splitlines():
            if line != "(none)":
                assert pat.match(line), line
    readme = [
        "# Blind corpus for flake8-asynclog (issue 10: programs, not folders)",
        "",
        "Ten small multi-module repositories, written only from issue 10 and",
        "shared/research/asyncio-app-logging-survey.md. Each folder is one repository (own",
        "`pyproject.toml`); run the checker on each folder separately, with the folder as the",
        "project root. Every `EXPECTED.md` lists the findings a correct tool reports (per-coroutine",
        "default), lines that must not be flagged, and open cases (excluded from scoring).",
        "Standard library only; framework parts are local stubs that run on plain asyncio.",
        "`_tools/gen_expected.py` regenerates the EXPECTED files from snippets and checks every",
        "line number; it is not part of any repository.",
        "",
        "| repository | ASL101 | ASL102 | ASL103 | must not | uncertain |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        readme.append("| " + " | ".join(str(x) for x in r) + " |")
    readme.append(f"| **total** | **{totals['ASL101']}** | **{totals['ASL102']}** | **{totals['ASL103']}** | "
                  f"**{sum(r[4] for r in rows)}** | **{totals['uncertain']}** |")
    readme += [
        "",
        f"Findings in all: {totals['ASL101'] + totals['ASL102'] + totals['ASL103']} "
        f"(ASL101 {totals['ASL101']}, ASL102 {totals['ASL102']}, ASL103 {totals['ASL103']}). "
        "Repositories with real problems: s01, s03, s05, s07, s08; clean (look-alikes only): s02, s04, s06, s09, s10.",
        "",
        "Scoring: a reported (path, line, code) equal to a Findings line is a true positive; a",
        "Findings line not reported is a miss; any other report at a line of a .py file is a false",
        "alarm, except at Uncertain lines, which count neither way. A finding reported at the",
        "right line with the wrong code (e.g. ASL101 for ASL102) is both a miss and a false alarm.",
        "",
        "How to run each program (all finish in under 1 s, without network):",
        "",
        "- s01: `cd src && python3 -m fleetbot`; `python3 -m fleetbot.webhook`; `python3 tools/dump_stats.py`",
        "- s02: ASGI app driven by hand (`asyncio.run(app(scope, receive, send))`), `python3 -m ledger.worker`, `python3 -m ledger.commands.reindex`, `python3 scripts/migrate.py`",
        "- s03: `python3 run_worker.py`, `python3 run_api.py`, `python3 -m core.cli`",
        "- s04: `python3 -m relay.main`, `python3 scripts/seed.py`",
        "- s05: `python3 -m meterd`, `python3 -m meterd.calibrate`, `python3 bench/replay.py`",
        "- s06: `python3 -c 'from pipeline.worker import main; main()'` (and `pipeline.admin`), `python3 migrations/0001_init.py`",
        "- s07: ASGI app driven by hand, `python3 migrations/migrate.py`, `python3 devtools/gen_openapi.py`",
        "- s08: `python3 run.py`, `python3 -m app.report`, `python3 scripts/backfill.py`",
        "- s09: `python3 -m notifier`, `python3 -m notifier.cli`, `python3 tools/replay_outbox.py`",
        "- s10: `cd src && python3 -m kiosk.app`, `python3 dev/profile_run.py`",
        "",
        "Programs write their log files into the working directory: run them in a copy.",
    ]
    (BASE / "README.md").write_text("\n".join(readme) + "\n")
    print(dict(totals))


if __name__ == "__main__":
    main()
