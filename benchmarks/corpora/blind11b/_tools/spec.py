"""Expected findings of every repository, located by unique substrings (``text@@N``: N-th match)."""

F1, F2, F3 = "ASL101", "ASL102", "ASL103"
NO_LOG = "no ASL101/ASL102"
NO_SETUP = "no ASL103"

REPOS: dict[str, dict] = {}

REPOS["r01_discord_modbot"] = dict(
    desc="discord.py moderation bot: `discord.utils.setup_logging()` on root (stream), an application "
         "webhook handler (requests.post) on a propagate=False logger, a ConcurrentRotatingFileHandler "
         "attached in a cog's async `setup()`; cogs loaded with `load_extension` from a literal tuple "
         "(cogs/ has no `__init__.py`); `from modbot import LOGGER`; a second program (aiohttp webhook "
         "receiver) sharing modbot/db.py behind a QueueHandler and dislog's DiscordWebhookHandler; a cron script.",
    programs=[
        "`python3 bot.py`: bot.py -> modbot/__init__.py (LOGGER), modbot/alerting.py, modbot/db.py; "
        "`setup_hook` loads cogs.moderation, cogs.fun, cogs.reports through `load_extension` (names from "
        "INITIAL_EXTENSIONS). `bot.run(token, log_handler=None)` runs the loop. Root: StreamHandler from "
        "`discord.utils.setup_logging()`; 'modbot.alerts': WebhookAlertHandler (propagate=False); "
        "'modbot.modlog': ConcurrentRotatingFileHandler (propagates to root too).",
        "`python3 webhook_server.py`: aiohttp `web.run_app`; imports modbot/db.py. Root: QueueHandler "
        "(StreamHandler on a QueueListener thread); 'modbot.webhooks': dislog.DiscordWebhookHandler (queued "
        "on a running loop).",
        "`python3 scripts/export_modlog.py`: sync cron script, no event loop; basicConfig(filename=...).",
    ],
    findings=[
        ("bot.py", "discord.utils.setup_logging(level=logging.INFO)", F3,
         "discord.utils.setup_logging() attaches a StreamHandler(stderr) to root (root=True by default); bot, "
         "cog and db coroutines log through root"),
        ("bot.py", "alerts.addHandler(WebhookAlertHandler(", F3,
         "application handler whose emit() does requests.Session.post (network) on 'modbot.alerts'; "
         "Reports.on_message_delete logs through it"),
        ("cogs/moderation.py", "modlog.addHandler(handler)", F3,
         "concurrent_log_handler.ConcurrentRotatingFileHandler (file + blocking flock) attached to "
         "'modbot.modlog' at extension load, inside the async setup(); ban and kick log through it"),
        ("bot.py", 'LOGGER.info("loaded %d extensions"', F2,
         "ModBot.setup_hook: LOGGER ('modbot', imported from the modbot package) -> root StreamHandler"),
        ("bot.py", 'LOGGER.info("logged in as', F2, "ModBot.on_ready: 'modbot' -> root StreamHandler"),
        ("bot.py", 'LOGGER.error("command %s failed"', F2,
         "ModBot.on_command_error: first logging call (after two early returns) -> root StreamHandler"),
        ("modbot/db.py", 'log.info("database ready', F2,
         "Database.connect: 'modbot.db' -> root StreamHandler in the bot program (the same coroutine is "
         "clean in webhook_server.py's program)"),
        ("modbot/db.py", 'log.info("case #%s', F2,
         "Database.record_case: 'modbot.db' -> root StreamHandler (bot program)"),
        ("cogs/moderation.py", "banned %s", F1,
         "Moderation.ban: 'modbot.modlog' -> ConcurrentRotatingFileHandler (file wins over root's stream)"),
        ("cogs/moderation.py", "kicked %s", F1,
         "Moderation.kick: 'modbot.modlog' -> ConcurrentRotatingFileHandler"),
        ("cogs/fun.py", 'rolled %d on a d%d', F2,
         "Fun.roll: 'cogs.fun' -> root StreamHandler (cogs/ has no __init__.py, loaded by load_extension)"),
        ("cogs/reports.py", "alerts.warning(", F2,
         "Reports.on_message_delete: 'modbot.alerts' (propagate=False) -> WebhookAlertHandler, a network post"),
    ],
    mustnot=[
        ("bot.py", "bot.run(os.environ", NO_SETUP, "log_handler=None: discord.py adds no handler of its own"),
        ("webhook_server.py", "root.addHandler(lh.QueueHandler(q))", NO_SETUP,
         "QueueHandler; the StreamHandler runs on the QueueListener thread (`import logging.handlers as lh`)"),
        ("webhook_server.py", "log.addHandler(DiscordWebhookHandler(", NO_SETUP,
         "dislog.DiscordWebhookHandler posts through run_in_executor when a loop is running (queued)"),
        ("webhook_server.py", 'log.info("github %s event', NO_LOG,
         "handle_github: 'modbot.webhooks' -> dislog handler + root QueueHandler only"),
        ("scripts/export_modlog.py", "logging.basicConfig(filename=", NO_SETUP, "sync cron script, no event loop"),
        ("cogs/moderation.py", "async def show_case", NO_LOG, "no logging call"),
        ("cogs/fun.py", "async def meme", NO_LOG, "no logging call (only ctx.send)"),
    ],
    exercises="discord.utils.setup_logging(); ConcurrentRotatingFileHandler added in a cog's async setup(); "
              "app webhook handler (requests.post); load_extension cogs without __init__.py; shared module "
              "clean in a queued second program; dislog (queued); cron script",
)

REPOS["r02_tg_shopbot"] = dict(
    desc="python-telegram-bot shop bot (`run_polling`): colorlog.StreamHandler and a TimedRotatingFileHandler "
         "(through `from logging import handlers`) built in factory functions and attached to root; "
         "python-telegram-handler's TelegramHandler on a propagate=False alerts logger; a sync admin CLI "
         "with RichHandler.",
    programs=[
        "`python3 -m shopbot`: shopbot/__main__.py -> shopbot/logs.py, shopbot/handlers/{catalog,cart,errors}.py, "
        "shopbot/jobs.py, shopbot/db.py; `Application.run_polling()` runs the loop. Root: colorlog.StreamHandler "
        "+ TimedRotatingFileHandler; 'shopbot.alerts': TelegramHandler (propagate=False).",
        "`python3 admin_cli.py restock SKU N`: sync CLI, no event loop; basicConfig(handlers=[RichHandler()]).",
    ],
    findings=[
        ("shopbot/logs.py", "root.addHandler(_console_handler())", F3,
         "colorlog.StreamHandler (the same class as logging.StreamHandler) returned by a factory, attached to "
         "root; every handler coroutine logs through root"),
        ("shopbot/logs.py", "root.addHandler(_file_handler(log_dir))", F3,
         "handlers.TimedRotatingFileHandler (`from logging import handlers`) returned by a factory, on root"),
        ("shopbot/logs.py", "alerts.addHandler(", F3,
         "telegram_handler.TelegramHandler (requests.post per record) on 'shopbot.alerts'; error_handler "
         "logs through it"),
        ("shopbot/handlers/catalog.py", 'logger.info("user %s opened the catalog', F1,
         "show_catalog: 'shopbot.handlers.catalog' -> root TimedRotatingFileHandler (file wins over colorlog)"),
        ("shopbot/handlers/catalog.py", 'logger.info("no results for %r"', F1,
         "search: first logging call (inside an if) -> root file handler"),
        ("shopbot/handlers/cart.py", 'logger.info("user %s added %s', F1, "add_to_cart -> root file handler"),
        ("shopbot/handlers/cart.py", 'logger.info("order %s placed', F1, "checkout -> root file handler"),
        ("shopbot/jobs.py", 'logger.info("daily report', F1,
         "daily_report (job_queue callback): 'shopbot.jobs' -> root file handler"),
        ("shopbot/handlers/errors.py", "alerts.error(", F2,
         "error_handler: 'shopbot.alerts' (propagate=False) -> TelegramHandler only (network)"),
    ],
    mustnot=[
        ("admin_cli.py", "logging.basicConfig(", NO_SETUP, "sync admin CLI with no event loop (RichHandler)"),
        ("shopbot/handlers/catalog.py", "async def start(", NO_LOG, "no logging call"),
    ],
    exercises="colorlog.StreamHandler alias; handlers built in factories; `from logging import handlers`; "
              "TelegramHandler on a propagate=False logger; PTB run_polling; sync RichHandler CLI",
)

REPOS["r03_fastapi_inventory"] = dict(
    desc="FastAPI inventory service run by `uvicorn.run(app, log_config=LOGGING_CONFIG)` with a dict "
         "(ConcurrentRotatingFileHandler + StreamHandler on 'app', StreamHandler on 'uvicorn'); a "
         "module-level logging_loki.LokiHandler on an audit logger imported as an object; 'uvicorn.error' "
         "used by an endpoint; a worker program shipping to Loki through LokiQueueHandler.",
    programs=[
        "`python3 run.py`: run.py -> app/main.py, app/routers/{items,health}.py, app/services/stock.py, "
        "app/audit.py, app/db.py, app/logging_config.py; `uvicorn.run(app, log_config=LOGGING_CONFIG)` applies "
        "the dict (loggers 'app', 'uvicorn', 'uvicorn.error', 'uvicorn.access'). 'inventory.audit': LokiHandler "
        "(propagate=False, set at import of app/audit.py).",
        "`python3 worker.py`: asyncio.run; imports app/tasks/reindex.py -> app/services/stock.py, app/db.py. "
        "Root: logging_loki.LokiQueueHandler (queued). No dictConfig in this program.",
    ],
    findings=[
        ("run.py", "uvicorn.run(", F3,
         "uvicorn applies log_config=LOGGING_CONFIG (a dict imported from app/logging_config.py) with dictConfig: "
         "'app' -> StreamHandler + concurrent_log_handler.ConcurrentRotatingFileHandler, 'uvicorn' -> StreamHandler"),
        ("app/audit.py", "audit_log.addHandler(LokiHandler(", F3,
         "logging_loki.LokiHandler: one requests POST per record on the caller; delete_item logs through it"),
        ("app/main.py", 'log.info("inventory service ready")', F1,
         "lifespan (async generator under asynccontextmanager): 'app.main' -> 'app' ConcurrentRotatingFileHandler"),
        ("app/routers/items.py", 'log.info("listing %d items"', F1,
         "list_items: 'app.routers.items' -> 'app' file handler"),
        ("app/routers/items.py", 'log.info("created item', F1, "create_item: -> 'app' file handler"),
        ("app/routers/items.py", 'audit_log.info("item %s deleted"', F2,
         "delete_item: audit_log object imported from app.audit ('inventory.audit', propagate=False) -> LokiHandler"),
        ("app/services/stock.py", 'log.warning("cannot reserve', F1,
         "reserve: 'app.services.stock' -> 'app' file handler in the run.py program (clean in worker.py's)"),
        ("app/routers/health.py", 'log.warning("health check', F2,
         "healthz: 'uvicorn.error' -> 'uvicorn' StreamHandler from the log_config dict"),
    ],
    mustnot=[
        ("app/routers/items.py", 'log.info("csv export requested")', NO_LOG,
         "export_csv is a sync `def` endpoint (FastAPI runs it in the thread pool)"),
        ("app/main.py", 'log.info("inventory service stopping")', "not reported by default",
         "second reaching call in lifespan (per-coroutine default)"),
        ("worker.py", "root.addHandler(handler)", NO_SETUP, "logging_loki.LokiQueueHandler (queue + listener thread)"),
        ("worker.py", 'log.info("worker started")', NO_LOG, "main: root LokiQueueHandler only"),
        ("app/tasks/reindex.py", 'log.info("recount finished', NO_LOG,
         "reindex_forever is only in the worker program (LokiQueueHandler)"),
    ],
    exercises="uvicorn.run(log_config=dict) with a third-party file handler class string; LokiHandler vs "
              "LokiQueueHandler; logger object imported across modules; 'uvicorn.error'; lifespan; sync endpoint; "
              "module shared with a clean worker program",
)

REPOS["r04_aiohttp_gateway"] = dict(
    desc="aiohttp gateway (`web.run_app`): dictConfig from logging.yaml found with `Path(__file__).with_name` "
         "as a parameter default, after `os.path.expandvars` (`${VAR}` in a filename and a host): "
         "WatchedFileHandler on 'gateway', graypy.GELFTCPHandler on 'gateway.metrics'; an application handler "
         "whose emit() writes sys.stderr; a Docker healthcheck program with basicConfig().",
    programs=[
        "`python3 -m gateway`: gateway/__main__.py -> gateway/logsetup.py (gateway/logging.yaml, gateway/diag.py), "
        "gateway/app.py -> gateway/{auth,ratelimit,proxy,metrics}.py; `web.run_app`. 'gateway': WatchedFileHandler "
        "(propagate false); 'gateway.metrics': GELFTCPHandler (propagate false); 'gateway.ratelimit': "
        "StderrJsonHandler (propagate=False); root: StreamHandler(stdout), which no coroutine reaches.",
        "`python3 -m gateway.healthcheck`: asyncio.run(check(...)) in its main block; basicConfig(level=INFO) "
        "-> StreamHandler(stderr) on root.",
    ],
    findings=[
        ("gateway/logsetup.py", "logging.config.dictConfig(yaml.safe_load(text))", F3,
         "dictConfig of gateway/logging.yaml (Path(__file__).with_name, os.path.expandvars): 'gateway' -> "
         "WatchedFileHandler (filename ${GATEWAY_LOG_DIR}/gateway.log), 'gateway.metrics' -> "
         "graypy.GELFTCPHandler (host ${GRAYLOG_HOST}, TCP connect+sendall)"),
        ("gateway/logsetup.py", "ratelimit.addHandler(StderrJsonHandler())", F3,
         "application handler whose emit() writes and flushes sys.stderr, on 'gateway.ratelimit'"),
        ("gateway/healthcheck.py", "logging.basicConfig(level=logging.INFO)", F3,
         "basicConfig() -> StreamHandler(stderr) on root in the healthcheck program; check() logs through it"),
        ("gateway/proxy.py", 'log.error("upstream %s failed', F1,
         "_forward: 'gateway.proxy' -> 'gateway' WatchedFileHandler"),
        ("gateway/proxy.py", 'log.info("unknown service', F1, "handle_proxy: -> 'gateway' WatchedFileHandler"),
        ("gateway/auth.py", 'log.warning("rejected request', F1,
         "auth_middleware (@web.middleware): 'gateway.auth' -> 'gateway' WatchedFileHandler"),
        ("gateway/ratelimit.py", 'log.info("throttled %s"', F2,
         "ratelimit_middleware: 'gateway.ratelimit' (propagate=False) -> StderrJsonHandler (sys.stderr.write)"),
        ("gateway/metrics.py", 'log.info("gateway stats"', F2,
         "push_metrics (background task): 'gateway.metrics' -> GELFTCPHandler (network)"),
        ("gateway/healthcheck.py", 'log.error("unhealthy: %s returned', F2,
         "check: 'gateway.healthcheck' -> root StreamHandler from basicConfig (healthcheck program)"),
    ],
    mustnot=[
        ("gateway/healthcheck.py", 'log.error("unhealthy: %s", exc)', "not reported by default",
         "second reaching call in check"),
        ("gateway/proxy.py", "async def handle_health", NO_LOG, "no logging call"),
    ],
    exercises="YAML dictConfig via Path(__file__).with_name + expandvars with ${VAR}; WatchedFileHandler; "
              "graypy.GELFTCPHandler; emit() writing sys.stderr; aiohttp middlewares and background task; "
              "bare basicConfig in a healthcheck main block",
)

REPOS["r05_scraper_fleet"] = dict(
    desc="asyncio scraper: a CLI with `basicConfig(handlers=[RichHandler(rich_tracebacks=True)])`, a nested "
         "worker coroutine inside crawl(); a scheduler program that runs the CLI as subprocesses and configures "
         "logging from the [logging] table of scheduler.toml (tomllib) with a RotatingFileHandler; a sync replay tool.",
    programs=[
        "`python3 -m scraper.cli URL` (console script `scrape`): scraper/cli.py -> scraper/crawl.py, scraper/store.py, "
        "scraper/parse.py; asyncio.run. Root: rich.logging.RichHandler (console on stdout).",
        "`python3 -m scraper.scheduler` (console script `scrape-scheduler`): scraper/scheduler.py -> scraper/jobs.py "
        "(starts the CLI with create_subprocess_exec, does not import it); asyncio.run. "
        "`dictConfig(tomllib.load(PROJECT_ROOT / 'scheduler.toml')['logging'])`: root -> RotatingFileHandler.",
        "`python3 tools/replay.py pages/*.html`: sync, imports scraper/parse.py only; RichHandler + FileHandler.",
    ],
    findings=[
        ("scraper/cli.py", "logging.basicConfig(", F3,
         "basicConfig(handlers=[RichHandler(...)]): rich Console.print to stdout on the caller"),
        ("scraper/cli.py", 'log.info("done: %d listings', F2, "main: 'scraper' -> root RichHandler"),
        ("scraper/crawl.py", 'log.warning("GET %s -> %s"', F2,
         "fetch_page: 'scraper.crawl' -> root RichHandler"),
        ("scraper/crawl.py", 'log.info("saved %s', F2,
         "worker, a coroutine nested in crawl(): its own first call -> RichHandler"),
        ("scraper/crawl.py", 'log.info("crawling from', F2,
         "crawl: its own first call (the nested worker's call textually above belongs to worker)"),
        ("scraper/scheduler.py", 'logging.config.dictConfig(config["logging"])', F3,
         "dictConfig of the [logging] table of scheduler.toml (tomllib.load, default path PROJECT_ROOT / "
         "'scheduler.toml'): root -> RotatingFileHandler"),
        ("scraper/scheduler.py", 'log.info("starting %d due', F1, "tick: 'scraper.scheduler' -> root RotatingFileHandler"),
        ("scraper/scheduler.py", 'log.info("scheduler started', F1, "main: -> root RotatingFileHandler"),
        ("scraper/jobs.py", 'log.error("job %s exited', F1,
         "run_job: 'scraper.jobs' -> root RotatingFileHandler (scheduler program)"),
    ],
    mustnot=[
        ("scraper/parse.py", 'log.warning("no title on', NO_LOG, "parse_listing is a sync function"),
        ("scraper/crawl.py", 'log.warning("GET %s failed', "not reported by default", "second reaching call in fetch_page"),
        ("tools/replay.py", "logging.basicConfig(", NO_SETUP, "sync tool, no event loop"),
    ],
    exercises="RichHandler through basicConfig(handlers=...); nested coroutine; TOML dictConfig (sub-table, "
              "path from a parameter default); two programs with disjoint coroutines; sync tool",
)

REPOS["r06_django_orders"] = dict(
    desc="Django (ASGI) shop: LOGGING in settings.py with a RotatingFileHandler subclass named by dotted path "
         "(orders_site.logutils.SafeRotatingFileHandler) on 'orders' and an application console handler whose "
         "emit() prints, on 'payments'; async views and an async task; a sync view; a management command that "
         "adds a FileHandler.",
    programs=[
        "ASGI: `uvicorn orders_site.asgi:application` (DJANGO_SETTINGS_MODULE=orders_site.settings in asgi.py and "
        "manage.py). Django applies LOGGING; ROOT_URLCONF orders_site.urls imports orders/views.py (-> orders/tasks.py) "
        "and payments/views.py. 'orders': SafeRotatingFileHandler (propagate False); 'payments': ColorConsoleHandler "
        "(print; propagate False); 'django.request': AdminEmailHandler, which no application coroutine logs to.",
        "`python3 manage.py import_orders FILE`: sync management command.",
    ],
    findings=[
        ("orders_site/settings.py", "LOGGING = {", F3,
         "Django LOGGING: 'orders' -> orders_site.logutils.SafeRotatingFileHandler (a RotatingFileHandler "
         "subclass, file), 'payments' -> orders_site.logutils.ColorConsoleHandler (emit() prints to stdout); "
         "async views log through both"),
        ("orders/views.py", 'logger.info("listing %d orders', F1,
         "order_list (async view): 'orders.views' -> 'orders' SafeRotatingFileHandler"),
        ("orders/views.py", 'logger.warning("order %s not found"', F1,
         "order_detail: first logging call (in the except) -> 'orders' file handler"),
        ("orders/tasks.py", 'logger.error("warehouse refused', F1,
         "notify_warehouse (awaited by order_detail): 'orders.tasks' -> 'orders' file handler"),
        ("payments/views.py", 'logger.info("stripe event', F2,
         "stripe_webhook (async view): 'payments.views' -> 'payments' ColorConsoleHandler (print)"),
        ("payments/views.py", 'logger.warning("refund refused', F2,
         "refund: 'payments.views' -> ColorConsoleHandler"),
    ],
    mustnot=[
        ("orders/views.py", 'logger.info("csv export by', NO_LOG, "export_csv is a sync view"),
        ("orders/management/commands/import_orders.py", "logger.addHandler(logging.FileHandler(", NO_SETUP,
         "management command (sync, its own manage.py program); no coroutine logs to 'orders.import'"),
    ],
    exercises="Django LOGGING with a stdlib-subclass handler by dotted path and an app handler whose emit() "
              "prints; async views + async helper; sync view; management command",
)

REPOS["r07_aiogram_loguru"] = dict(
    desc="aiogram bot, FastAPI admin API and a nightly worker sharing the loguru InterceptHandler recipe "
         "(common/intercept.py): the bot adds a stderr sink and a file sink (file), the API only a stderr sink "
         "(stream), the worker both sinks with enqueue=True after logger.remove() (clean); bot handlers use loguru "
         "directly, older modules use stdlib logging.",
    programs=[
        "`python3 -m bot`: bot/__main__.py -> bot/logging_setup.py, bot/handlers/start.py -> bot/services/payments.py, "
        "bot/middlewares/throttle.py; asyncio.run(main()) -> `dp.start_polling`. loguru sinks: sys.stderr and "
        "'logs/bot_{time}.log', no enqueue; root: InterceptHandler via basicConfig(force=True).",
        "`python3 -m api.main`: FastAPI + `uvicorn.run(app, log_config=None)`; api/log.py: logger.remove(), "
        "logger.add(sys.stderr, serialize=True); root: InterceptHandler.",
        "`python3 -m worker.main`: asyncio.run; worker/jobs.py -> bot/services/payments.py; loguru sinks sys.stderr "
        "and 'logs/worker.log', both enqueue=True after logger.remove(); root: InterceptHandler.",
    ],
    findings=[
        ("bot/logging_setup.py", "logging.basicConfig(handlers=[InterceptHandler()]", F3,
         "InterceptHandler forwards stdlib records to loguru; this program's sinks are sys.stderr and a file "
         "path, none with enqueue=True -> file"),
        ("api/log.py", "logging.basicConfig(handlers=[InterceptHandler()]", F3,
         "the same InterceptHandler; the API program's only sink is sys.stderr without enqueue -> stream"),
        ("bot/services/payments.py", 'log.info("invoice %s created', F1,
         "create_invoice: 'bot.services.payments' -> root InterceptHandler -> loguru file sink (bot program; "
         "clean in the worker program)"),
        ("bot/services/payments.py", 'log.info("payment check', F1, "check_payment: -> InterceptHandler -> file sink"),
        ("bot/middlewares/throttle.py", 'log.warning("throttled user', F1,
         "ThrottleMiddleware.__call__: -> InterceptHandler -> file sink"),
        ("api/routes.py", 'log.info("stats requested")', F2,
         "get_stats: 'api.routes' -> InterceptHandler -> loguru sys.stderr sink"),
        ("api/routes.py", 'log.info("broadcast sent', F2, "broadcast: -> InterceptHandler -> sys.stderr sink"),
    ],
    mustnot=[
        ("worker/main.py", "logging.basicConfig(handlers=[InterceptHandler()]", NO_SETUP,
         "every loguru sink of the worker program has enqueue=True (default sink removed first)"),
        ("worker/main.py", 'log.info("worker run started")', NO_LOG, "main: InterceptHandler -> enqueued sinks"),
        ("worker/jobs.py", 'log.info("%d of %d subscriptions', NO_LOG, "expire_subscriptions: enqueued sinks"),
        ("worker/jobs.py", 'log.info("reminder queued', NO_LOG, "send_reminders: enqueued sinks"),
        ("api/main.py", "uvicorn.run(", NO_SETUP, "log_config=None: uvicorn configures no logging"),
        ("api/routes.py", 'log.info("version requested")', NO_LOG, "version is a sync `def` endpoint"),
        ("bot/handlers/start.py", "async def cmd_buy", NO_LOG, "no logging call of its own"),
    ],
    uncertain=[
        ("bot/handlers/start.py", 'logger.info("/start from', F1,
         "direct loguru call (file sink without enqueue): the issue's new loguru rule, not a stdlib ASL101"),
        ("bot/handlers/start.py", "logger.success(", F1,
         "direct loguru call (file sink without enqueue): the issue's new loguru rule, not a stdlib ASL101"),
    ],
    exercises="loguru InterceptHandler with file / stderr / enqueue=True sinks in three programs sharing one "
              "handler class; direct loguru calls (Uncertain); aiogram middleware; uvicorn log_config=None",
)

REPOS["r08_litestar_notes"] = dict(
    desc="Clean: Litestar notes API with `LoggingConfig(root={'handlers': ['queue_listener']})`, sentry_sdk.init "
         "with LoggingIntegration and an in-memory ring-buffer handler, served by `uvicorn.run('notes.app:app')` "
         "with uvicorn's default config; a discord companion bot with `bot.run(token)`'s default handler (on the "
         "'discord' logger only) and root behind a QueueHandler; a sync seed script.",
    programs=[
        "`python3 serve.py`: uvicorn.run('notes.app:app', workers=2) -> notes/app.py -> notes/db.py, notes/debuglog.py. "
        "Litestar applies logging_config: root -> queue_listener (queued). uvicorn's default LOGGING_CONFIG only "
        "configures the 'uvicorn*' loggers. 'notes' also has the in-memory RingBufferHandler.",
        "`python3 notes_bot.py`: discord `bot.run(token)` (default: StreamHandler on the 'discord' logger, "
        "root_logger=False); imports notes/db.py, notes/queue_logging.py: root QueueHandler, StreamHandler + "
        "RotatingFileHandler on the QueueListener thread.",
        "`python3 scripts/seed_db.py demo.json`: sync; basicConfig(filename=...).",
    ],
    findings=[],
    mustnot=[
        ("notes/app.py", "sentry_sdk.init(", NO_SETUP, "sentry's LoggingIntegration is queued (events) / in-memory"),
        ("notes/app.py", "log.addHandler(RING)", NO_SETUP, "RingBufferHandler appends to a deque (in-memory)"),
        ("notes/app.py", "logging_config = LoggingConfig(", NO_SETUP,
         "Litestar LoggingConfig with the queue_listener handler (queued)"),
        ("notes/app.py", 'log.info("listing %d notes', NO_LOG, "list_notes: root queue_listener + ring buffer"),
        ("notes/app.py", 'log.warning("rejected untitled note', NO_LOG, "create_note: queued"),
        ("notes/app.py", "request.logger.info(", NO_LOG, "debug_logs: Litestar's request logger, queued"),
        ("notes/db.py", 'log.info("connected to', NO_LOG, "connect: queued in both programs"),
        ("notes/db.py", 'log.info("note %s created', NO_LOG, "insert_note: queued in both programs"),
        ("serve.py", "uvicorn.run(", NO_SETUP,
         "uvicorn's default config: StreamHandlers on 'uvicorn*' loggers, which no application coroutine uses"),
        ("notes/queue_logging.py", "root.addHandler(QueueHandler(q))", NO_SETUP, "QueueHandler + QueueListener"),
        ("notes_bot.py", "bot.run(", NO_SETUP,
         "discord.py's default handler goes on the 'discord' logger only; the bot's coroutines log to 'notes.*'"),
        ("notes_bot.py", 'log.info("notes bot ready', NO_LOG, "on_ready: root QueueHandler"),
        ("notes_bot.py", 'log.info("note %s saved', NO_LOG, "note: root QueueHandler"),
        ("scripts/seed_db.py", "logging.basicConfig(", NO_SETUP, "sync script, no event loop"),
    ],
    exercises="clean: Litestar queue_listener, sentry_sdk.init, in-memory handler, uvicorn default config with an "
              "import string, discord bot.run default handler, QueueHandler helper, sync script",
)

REPOS["r09_fastapi_catalog"] = dict(
    desc="Mostly clean: FastAPI catalog API configured from service/logging_config.json (3.12 `queue_handler` "
         "with `handlers: [stderr, file_json]`, listener started) plus google-cloud-logging's CloudLoggingHandler "
         "(background thread), a FileHandler used only by sync migrations; a backfill program whose JSON config "
         "(literal path relative to the project root, string.Template `${FLUENT_HOST}`) uses fluent.handler.FluentHandler.",
    programs=[
        "`python3 -m service.main`: setup_logging() (dictConfig of json.loads(Path(__file__).parent / "
        "'logging_config.json') + CloudLoggingHandler), run_migrations() (sync), `uvicorn.run(app)` with uvicorn's "
        "default config. Imports service/routes.py, service/db.py.",
        "`python3 -m service.backfill START END`: asyncio.run; dictConfig(json.loads(Template(Path('config/"
        "backfill_logging.json').read_text()).safe_substitute(os.environ))): root -> StreamHandler(stdout) + "
        "fluent.handler.FluentHandler. Imports service/db.py.",
    ],
    findings=[
        ("service/backfill.py", "logging.config.dictConfig(config)", F3,
         "dictConfig from config/backfill_logging.json (literal path relative to the project root, "
         "string.Template substitution): root -> StreamHandler(stdout) + fluent.handler.FluentHandler "
         "(msgpack over TCP on the caller; host ${FLUENT_HOST})"),
        ("service/backfill.py", 'log.info("%s: %d prices updated"', F2,
         "backfill_day: 'service.backfill' -> root StreamHandler + FluentHandler"),
        ("service/backfill.py", 'log.info("backfill done', F2, "main: -> root StreamHandler + FluentHandler"),
        ("service/db.py", 'log.info("database pool ready")', F2,
         "connect: 'service.db' -> root stream/network handlers in the backfill program (clean in the API program)"),
    ],
    mustnot=[
        ("service/logconf.py", "logging.config.dictConfig(config)", NO_SETUP,
         "root -> 3.12 dictConfig queue_handler whose handlers (stderr, file_json) run on its listener thread"),
        ("service/logconf.py", "logging.getLogger().addHandler(CloudLoggingHandler(", NO_SETUP,
         "CloudLoggingHandler with the default BackgroundThreadTransport (queued)"),
        ("service/migrations.py", "mlog.addHandler(logging.FileHandler(", NO_SETUP,
         "only the sync run_migrations() logs to 'service.migrations'"),
        ("service/main.py", "uvicorn.run(", NO_SETUP,
         "uvicorn's default config: handlers on 'uvicorn*' loggers only, not used by application coroutines"),
        ("service/main.py", 'log.info("catalog api started")', NO_LOG, "lifespan: root queue_handler"),
        ("service/routes.py", 'log.info("product %s not found"', NO_LOG, "get_product: queued"),
        ("service/routes.py", 'log.info("search %r returned', NO_LOG, "search: queued"),
    ],
    exercises="JSON dictConfig with the 3.12 queue_handler (clean); CloudLoggingHandler default (clean); "
              "JSON config by project-root literal path with string.Template and fluent.handler.FluentHandler; "
              "shared db module flagged only by the backfill program",
)

REPOS["r10_iot_daemon"] = dict(
    desc="Mostly clean home-automation daemon: OpenTelemetry LoggingHandler with BatchLogRecordProcessor on root, "
         "watchtower.CloudWatchLogHandler (default use_queues=True) and AsynchronousLogstashHandler on named loggers; "
         "an edge bridge program with `CloudWatchLogHandler(use_queues=False)` and a systemd watchdog program with "
         "cysystemd's JournaldLogHandler.",
    programs=[
        "`python3 -m iotd` (console script `iotd`): iotd/__main__.py -> iotd/telemetry.py, iotd/daemon.py -> "
        "iotd/mqtt.py -> iotd/devices.py; asyncio.run. Root: OTel LoggingHandler (batch, queued); 'iotd.audit': "
        "watchtower default (queued); 'iotd.events': logstash_async AsynchronousLogstashHandler (queued).",
        "`python3 -m iotd.bridge` (`iotd-bridge`): asyncio.run; basicConfig(handlers=[CloudWatchLogHandler(..., "
        "use_queues=False)]) -> put_log_events on the caller.",
        "`python3 -m iotd.watchdog` (`iotd-watchdog`): asyncio.run; root -> cysystemd.journal.JournaldLogHandler.",
    ],
    findings=[
        ("iotd/bridge.py", "logging.basicConfig(", F3,
         "watchtower.CloudWatchLogHandler(use_queues=False): boto3 put_log_events in emit() (network)"),
        ("iotd/bridge.py", 'log.info("forwarded %s"', F2, "forward: 'iotd.bridge' -> root CloudWatchLogHandler (sync)"),
        ("iotd/bridge.py", 'log.info("bridge subscribed', F2, "main: -> root CloudWatchLogHandler (sync)"),
        ("iotd/watchdog.py", "root.addHandler(JournaldLogHandler())", F3,
         "cysystemd JournaldLogHandler: one sendto on the journald unix socket per record, on the caller"),
        ("iotd/watchdog.py", 'log.warning("broker %s not answering', F2,
         "watchdog_loop: 'iotd.watchdog' -> root JournaldLogHandler"),
    ],
    mustnot=[
        ("iotd/telemetry.py", "root.addHandler(LoggingHandler(", NO_SETUP,
         "OpenTelemetry LoggingHandler with BatchLogRecordProcessor (queued)"),
        ("iotd/telemetry.py", "audit.addHandler(", NO_SETUP, "watchtower.CloudWatchLogHandler default use_queues=True"),
        ("iotd/telemetry.py", "events.addHandler(AsynchronousLogstashHandler(", NO_SETUP, "worker-thread queue"),
        ("iotd/devices.py", 'log.warning("%s running hot', NO_LOG, "Device.poll: OTel batch"),
        ("iotd/devices.py", 'audit.info("%s target set', NO_LOG, "Device.set_target: watchtower queued + OTel batch"),
        ("iotd/mqtt.py", 'log.info("message for unknown device', NO_LOG, "handle_message: queued handlers only"),
        ("iotd/daemon.py", 'log.exception("polling %s failed"', NO_LOG, "Daemon._poll_loop: OTel batch"),
        ("iotd/daemon.py", 'log.info("iotd starting', NO_LOG, "Daemon.run: OTel batch"),
    ],
    exercises="OTel batch processor, watchtower default vs use_queues=False, AsynchronousLogstashHandler, "
              "cysystemd journald; three console-script programs",
)

REPOS["r11_fastapi_chat"] = dict(
    desc="FastAPI websocket chat: `coloredlogs.install()` on root, then `uvicorn.run(app, log_config=str(Path("
         "__file__).parent / 'uvicorn_logging.yaml'))` whose YAML puts a TimedRotatingFileHandler on 'chat.audit' "
         "(no root key); an IRC bridge program with `coloredlogs.install(logger=...)`.",
    programs=[
        "`python3 -m chat.server`: chat/server.py -> chat/rooms.py -> chat/audit.py; coloredlogs.install() (root, "
        "stderr), then uvicorn.run loads chat/uvicorn_logging.yaml (uvicorn, uvicorn.access, chat.audit).",
        "`python3 -m chat.irc_bridge`: asyncio.run; coloredlogs.install(logger=logging.getLogger('bridge')).",
    ],
    findings=[
        ("chat/server.py", "coloredlogs.install(", F3,
         "coloredlogs.install() attaches its StandardErrorHandler (stderr) to root; RoomManager coroutines log through it"),
        ("chat/server.py", "uvicorn.run(", F3,
         "log_config is a .yaml path (Path(__file__).parent / 'uvicorn_logging.yaml'): uvicorn applies it with "
         "dictConfig; 'chat.audit' -> TimedRotatingFileHandler"),
        ("chat/rooms.py", 'log.info("%s joined %s (%d online)"', F2,
         "RoomManager.join: 'chat.rooms' -> root coloredlogs handler"),
        ("chat/rooms.py", 'log.warning("dropping %d dead', F2, "RoomManager.broadcast: -> root coloredlogs handler"),
        ("chat/audit.py", 'audit_log.info("%s joined %s", user, room)', F1,
         "record_join: 'chat.audit' (propagate false) -> TimedRotatingFileHandler from the uvicorn YAML"),
        ("chat/irc_bridge.py", 'coloredlogs.install(level="INFO", logger=bridge_log)', F3,
         "coloredlogs.install(logger=bridge_log): stderr handler on 'bridge'"),
        ("chat/irc_bridge.py", 'bridge_log.warning("IRC connection closed', F2, "relay: 'bridge' -> coloredlogs handler"),
        ("chat/irc_bridge.py", 'bridge_log.info("connecting to', F2, "main: 'bridge' -> coloredlogs handler"),
    ],
    mustnot=[
        ("chat/rooms.py", "async def ws_endpoint", NO_LOG, "no logging call of its own"),
        ("chat/audit.py", "async def record_leave", NO_LOG, "no logging call"),
    ],
    exercises="coloredlogs.install() (root and logger=); uvicorn.run(log_config=YAML path); file handler "
              "only in the framework-applied config",
)

REPOS["r12_aiohttp_monitor"] = dict(
    desc="Mostly clean look-alikes: an uptime monitor whose basicConfig(filename=...) FileHandler is moved behind a "
         "QueueHandler before the loop (with a TelegramHandler on the listener), LokiQueueHandler, splunk_handler "
         "default, fluent.asynchandler, an application class named SlackHandler whose emit() only enqueues, a "
         "NullHandler; a library module's `__main__` demo block that is its own program (flagged); a dead module "
         "and a sync script with SMTP/Syslog handlers.",
    programs=[
        "`python3 -m monitor` (console script `uptime-monitor`): monitor/__main__.py -> monitor/logsetup.py, "
        "monitor/checks.py -> monitor/probe.py, monitor/slack.py, monitor/config.py; asyncio.run. Root: QueueHandler "
        "only (FileHandler + TelegramHandler on the QueueListener); queued handlers on 'monitor.metrics', "
        "'monitor.audit', 'monitor.checks'.",
        "`python3 -m monitor.probe URL`: the demo block of monitor/probe.py: basicConfig(level=DEBUG) -> "
        "StreamHandler(stderr), asyncio.run(_demo(url)).",
        "`python3 scripts/rotate_keys.py`: sync. monitor/legacy_alerts.py: imported by nothing (dead).",
    ],
    findings=[
        ("monitor/probe.py", "logging.basicConfig(level=logging.DEBUG)", F3,
         "demo block of `python -m monitor.probe`, its own program: StreamHandler(stderr) on root; probe() logs through it"),
        ("monitor/probe.py", 'log.info("probe %s failed', F2,
         "probe: 'monitor.probe' -> root StreamHandler in the demo program (clean in the monitor program)"),
    ],
    mustnot=[
        ("monitor/logsetup.py", "logging.basicConfig(", NO_SETUP,
         "the FileHandler it adds is moved from root into the QueueListener before the loop starts"),
        ("monitor/logsetup.py", "root.addHandler(QueueHandler(q))", NO_SETUP, "QueueHandler"),
        ("monitor/logsetup.py", "metrics.addHandler(LokiQueueHandler(", NO_SETUP, "logging_loki.LokiQueueHandler"),
        ("monitor/logsetup.py", "audit.addHandler(SplunkHandler(", NO_SETUP,
         "splunk_handler.SplunkHandler default flush_interval=15 (timer thread)"),
        ("monitor/logsetup.py", "audit.addHandler(asynchandler.FluentHandler(", NO_SETUP, "fluent.asynchandler (queued)"),
        ("monitor/logsetup.py", 'logging.getLogger("monitor.checks").addHandler(SLACK)', NO_SETUP,
         "application SlackHandler (monitor.slack, not slack_logger): emit() only call_soon_threadsafe(put_nowait)"),
        ("monitor/logsetup.py", 'logging.getLogger("urllib3").addHandler(logging.NullHandler())', NO_SETUP, "NullHandler"),
        ("monitor/checks.py", 'metrics.info("probe"', NO_LOG, "check_target: LokiQueueHandler + root QueueHandler"),
        ("monitor/checks.py", 'audit.info("monitoring', NO_LOG, "check_all: Splunk + fluent async + root QueueHandler"),
        ("monitor/__main__.py", 'log.info("uptime monitor starting")', NO_LOG, "main: root QueueHandler"),
        ("monitor/__main__.py", "logsetup.setup_logging(cfg)", NO_SETUP,
         "the application's own helper (not discord.utils.setup_logging); everything it attaches is queued"),
        ("monitor/legacy_alerts.py", "alert_log.addHandler(SMTPHandler(", NO_SETUP, "dead module, imported by nothing"),
        ("monitor/legacy_alerts.py", "alert_log.addHandler(SysLogHandler(", NO_SETUP, "dead module"),
        ("monitor/legacy_alerts.py", 'alert_log.error("%s is down"', NO_LOG, "dead module"),
        ("scripts/rotate_keys.py", 'log.addHandler(logging.FileHandler("rotate_keys.log"))', NO_SETUP, "sync script"),
        ("scripts/rotate_keys.py", "log.addHandler(SMTPHandler(", NO_SETUP, "sync script"),
    ],
    exercises="root handlers moved behind a QueueHandler; queued third-party handlers (LokiQueueHandler, splunk, "
              "fluent async, TelegramHandler on a listener); app class named like a blocking one; demo main block "
              "as its own program; dead module; sync script",
)
