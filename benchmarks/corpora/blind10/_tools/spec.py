"""Expected findings of the blind corpus, keyed by a unique substring of the target line.

make_expected.py resolves every needle to a line number (it must match exactly one
line of the file), checks that finding lines are logging calls / set-up calls, and
writes <repo>/EXPECTED.md and README.md.
"""

REPOS = {}

REPOS["r01_discord_bot"] = dict(
    summary="discord-style music bot; loop run by a local `bot.run()` wrapper; RotatingFileHandler + StreamHandler attached to root in a loop over a tuple; `from bot import LOGGER` in a cog; cogs/ has no `__init__.py` and is imported inside a function; f-string logger name; dev script with basicConfig(filename=...).",
    problems=True,
    programs=[
        ("python3 bot.py", "bot.py -> discordish.py (Bot.run -> asyncio.run), cogs/music.py, cogs/admin.py (imported inside load_cogs), bot.py re-imported as `bot` by cogs/music.py. Root: RotatingFileHandler + StreamHandler (setup_logging in the main block)."),
        ("python3 tools/gen_docs.py", "sync dev script, no event loop (imports cogs.music -> bot -> discordish, but bot.py's main block does not run). basicConfig(filename='gen_docs.log')."),
    ],
    findings=[
        ("bot.py", "root.addHandler(handler)", "ASL103", "attaches RotatingFileHandler (and StreamHandler) to root in a loop over a literal tuple; coroutines of the bot.py program log through root"),
        ("bot.py", 'LOGGER.info("logged in as %s"', "ASL101", "on_ready: logger 'musicbot' propagates to root RotatingFileHandler"),
        ("bot.py", 'LOGGER.error("command %r from %s failed', "ASL101", "on_command_error: 'musicbot' -> root RotatingFileHandler"),
        ("discordish.py", '_log.info("connecting to the gateway', "ASL101", "Bot.start: 'discordish.client' -> root RotatingFileHandler (discordish.py is imported by the entry bot.py)"),
        ("cogs/music.py", 'LOGGER.info("%s queued %r"', "ASL101", "MusicQueue.play: LOGGER imported with `from bot import LOGGER` ('musicbot') -> root file handler; cogs/ has no __init__.py"),
        ("cogs/music.py", 'LOGGER.info("%s listed %d songs"', "ASL101", "MusicQueue.show: first logging call (after an await ctx.send, which is not logging) -> root file handler"),
        ("cogs/admin.py", 'log.warning("kicking %s", member)', "ASL101", "kick: f-string logger 'musicbot.cogs.{COG_NAME}' -> root file handler; first *reaching* call (the audit.info before it reaches only a NullHandler)"),
    ],
    clean=[
        ("cogs/admin.py", 'audit.info("kick of %s requested', "no ASL101 here", "'musicbot.audit' has propagate=False and only a NullHandler; kick is reported at its next call instead"),
        ("cogs/admin.py", 'audit.info("purge of %s messages', "no ASL101/ASL102", "purge only logs to 'musicbot.audit' (NullHandler, propagate=False)"),
        ("cogs/admin.py", "audit.addHandler(logging.NullHandler())", "no ASL103", "NullHandler does no I/O"),
        ("tools/gen_docs.py", 'logging.basicConfig(filename="gen_docs.log"', "no ASL103", "sync dev script with no event loop; its set-up never runs in the bot process even though it imports the cogs (and, through them, bot.py)"),
        ("discordish.py", '_log.info("gateway connection closed")', "not reported by default", "second reaching call in Bot.start (per-coroutine default)"),
    ],
)

REPOS["r02_shortlink_asgi"] = dict(
    summary="ASGI URL shortener run as a package `__main__`; root has only a QueueHandler (file + console handlers built by a factory and owned by a QueueListener); a later module-level basicConfig(filename=...) in a module imported inside a function is a no-op; a library module with a `__main__` demo block; a cron maintenance script with a FileHandler that imports the service's modules.",
    problems=False,
    programs=[
        ("python3 -m service", "service/__main__.py -> app, db, slugs, util, server, logconf; service/metrics.py imported inside enable_metrics() after start_queue_logging(). Root: QueueHandler only (TimedRotatingFileHandler + StreamHandler run by the QueueListener thread)."),
        ("python3 -m service.slugs", "demo block of a library module: sync, no event loop."),
        ("python3 scripts/vacuum_db.py", "sync cron script (imports service.db), FileHandler on root, no event loop."),
    ],
    findings=[],
    clean=[
        ("service/logconf.py", "listener = logging.handlers.QueueListener(log_queue, *build_handlers()", "no ASL103", "the factory's TimedRotatingFileHandler/StreamHandler only run in the QueueListener thread"),
        ("service/logconf.py", "root.addHandler(logging.handlers.QueueHandler(log_queue))", "no ASL103", "QueueHandler does not block"),
        ("service/metrics.py", 'logging.basicConfig(filename="metrics.log"', "no ASL103 / no ASL101", "no-op: metrics is imported inside enable_metrics(), after root already has the QueueHandler (metrics.log is never created)"),
        ("service/slugs.py", 'logging.basicConfig(filename="slugs-demo.log"', "no ASL103", "`if __name__ == '__main__':` demo block, sync, belongs only to the demo program"),
        ("scripts/vacuum_db.py", "logging.getLogger().addHandler(handler)", "no ASL103", "sync maintenance script (no event loop) that imports service.db"),
        ("service/app.py", 'log.info("%s %s", scope["method"], scope["path"])', "no ASL101", "get_logger('app') -> 'service.app' -> root QueueHandler only"),
        ("service/app.py", 'log.info("unknown slug %s", slug)', "no ASL101", "ShortlinkApp.resolve: queued root"),
        ("service/db.py", 'log.info("stored %s -> %s", slug, url)', "no ASL101", "queued root"),
        ("service/db.py", 'log.info("miss for %s", slug)', "no ASL101", "queued root"),
        ("service/server.py", 'log.info("listening on 127.0.0.1:%d", port)', "no ASL101", "queued root"),
        ("service/slugs.py", 'log.info("slug %s taken, salting (%d)"', "no ASL101", "queued root in the service program; the demo program runs no loop"),
        ("service/metrics.py", 'log.info("%s served %d times"', "no ASL101", "queued root (the basicConfig above it is a no-op)"),
    ],
)

REPOS["r03_ptb_bot"] = dict(
    summary="python-telegram-bot style echo bot (package `__main__`, loop run by a local `Application.run_polling()`); app re-export `from .compat import logging`; `get_logger(name)` wrapper; TimedRotatingFileHandler attached through a helper whose parameter is annotated; a custom Handler whose emit sends UDP (statsd); `getLogger('tgbot.chat.{}'.format(...))`; a library module with a `__main__` demo block; a dead webhook module; the framework stub logs under a logger whose root has no handler.",
    problems=True,
    programs=[
        ("python3 -m tgbot", "tgbot/__main__.py -> compat, logs, ptb (run_polling -> asyncio.run), handlers -> formatting. Handlers on 'tgbot': TimedRotatingFileHandler + StatsdAlertHandler (UDP). Root: no handler."),
        ("python3 -m tgbot.formatting", "demo block, sync, no loop."),
        ("(none)", "tgbot/old_webhook.py is imported by nothing and runs no loop (dead module)."),
    ],
    findings=[
        ("tgbot/logs.py", 'logging.getLogger("tgbot").addHandler(handler)', "ASL103", "attaches the TimedRotatingFileHandler passed as `handler: logging.handlers.TimedRotatingFileHandler` (built in setup_logging) to 'tgbot'; tgbot.* coroutines log through it"),
        ("tgbot/logs.py", "app_logger.addHandler(StatsdAlertHandler(", "ASL103", "custom Handler subclass whose emit does socket.sendto (network I/O), attached to 'tgbot'"),
        ("tgbot/handlers.py", 'log.info("user %s started the bot', "ASL101", "start: get_logger('handlers') -> 'tgbot.handlers' -> 'tgbot' file + UDP handlers"),
        ("tgbot/handlers.py", 'chat_log.info("<%s> %s"', "ASL101", "echo: dynamic name 'tgbot.chat.{}'.format(chat_id) -> ancestor 'tgbot'"),
        ("tgbot/handlers.py", 'log.error("update %s caused %r"', "ASL101", "error_handler -> 'tgbot' handlers"),
        ("tgbot/formatting.py", 'log.info("rendering welcome card', "ASL101", "render_card: getLogger(__name__) = 'tgbot.formatting' -> 'tgbot' handlers (module imported by handlers.py)"),
    ],
    clean=[
        ("tgbot/ptb.py", '_logger.debug("processing update %s"', "no ASL101/ASL102", "'ptb.ext.application' is not under 'tgbot'; root has no handler in this program (and no root convenience call is made)"),
        ("tgbot/formatting.py", 'logging.basicConfig(filename="formatting-demo.log"', "no ASL103", "`__main__` demo block, sync; does not run in the bot process"),
        ("tgbot/old_webhook.py", 'logging.getLogger("tgbot").addHandler(logging.FileHandler("webhook.log"))', "no ASL103", "dead module: imported by nothing, runs no loop"),
        ("tgbot/old_webhook.py", 'log.info("webhook update %s"', "no ASL101", "coroutine of a dead module (in no program)"),
    ],
)

REPOS["r04_aiohttp_gateway"] = dict(
    summary="aiohttp-style gateway (package `__main__`, local `web.run_app`) that installs no handler at all and makes no root convenience call; around it: an operator CLI with a RotatingFileHandler, a dev script with basicConfig(filename=...), a `__main__` demo block, a dead pre-2.0 server module with a root FileHandler, and a test helper with a root FileHandler.",
    problems=False,
    programs=[
        ("python3 -m gateway", "gateway/__main__.py -> web (run_app -> asyncio.run), app, schema, upstream. No handler anywhere; only a level on 'gateway'. Coroutines log at INFO/DEBUG only (even lastResort would print nothing)."),
        ("python3 -m gateway.cli", "sync operator commands; RotatingFileHandler on root."),
        ("python3 -m gateway.schema", "demo block, sync."),
        ("python3 scripts/gen_openapi.py", "sync dev script; basicConfig(filename=...)."),
        ("python3 -m unittest tests.test_schema", "tests; tests/helpers.py adds a root FileHandler; no event loop."),
        ("(none)", "gateway/old_server.py: dead module."),
    ],
    findings=[],
    clean=[
        ("gateway/app.py", 'log.info("price lookup %s -> %s"', "no ASL101/ASL102", "root has no handler in the gateway program"),
        ("gateway/app.py", 'log.info("rejected quote %r"', "no ASL101/ASL102", "no handler"),
        ("gateway/upstream.py", 'logger.debug("GET %s/prices/%s"', "no ASL101/ASL102", "no handler"),
        ("gateway/upstream.py", 'logger.info("closing pricing client', "no ASL101/ASL102", "no handler"),
        ("gateway/upstream.py", 'logger.info("pricing client ready")', "no ASL101/ASL102", "no handler"),
        ("gateway/cli.py", "logging.getLogger().addHandler(handler)", "no ASL103", "management-style sync command; no loop"),
        ("gateway/schema.py", 'logging.basicConfig(filename="schema-demo.log"', "no ASL103", "`__main__` demo block, sync"),
        ("gateway/old_server.py", "logging.getLogger().addHandler(handler)", "no ASL103", "dead module (imported by nothing)"),
        ("gateway/old_server.py", 'log.info("request %r", line)', "no ASL101", "coroutine of a dead module"),
        ("scripts/gen_openapi.py", 'logging.basicConfig(filename="gen_openapi.log"', "no ASL103", "sync dev script that imports gateway.app"),
        ("tests/helpers.py", "logging.getLogger().addHandler(_handler)", "no ASL103", "test utility; the tests run no event loop"),
    ],
)

REPOS["r05_aiogram_shop"] = dict(
    summary="aiogram-style shop bot (`executor.start_polling` stub); root handlers replaced by `root.handlers = [QueueHandler(q)]`, FileHandler + SMTPHandler owned by a QueueListener; handler modules in a folder without `__init__.py`, imported inside a function; a dead single-file v1 of the bot (basicConfig(filename=...) + `logging.info` in coroutines); a sync export script; test utilities with a FileHandler.",
    problems=False,
    programs=[
        ("python3 -m shopbot.main", "shopbot/main.py -> logsetup, aiogram_compat (executor.start_polling -> asyncio.run), handlers/catalog.py, handlers/orders.py (imported inside register_handlers; no __init__.py), services/payments.py. Root: QueueHandler only."),
        ("python3 scripts/export_orders.py", "sync; basicConfig(filename='export.log')."),
        ("python3 -m unittest tests.test_catalog", "sync tests; tests/utils.py adds a root FileHandler."),
        ("(none)", "shopbot/legacy_bot.py: dead module."),
    ],
    findings=[],
    clean=[
        ("shopbot/logsetup.py", "root.handlers = [logging.handlers.QueueHandler(log_queue)]", "no ASL103", "QueueHandler; FileHandler and SMTPHandler only run in the QueueListener thread"),
        ("shopbot/logsetup.py", "listener = logging.handlers.QueueListener(log_queue, file_handler, mail_handler", "no ASL103", "handlers behind the listener"),
        ("shopbot/aiogram_compat.py", 'log.info("Start polling")', "no ASL101", "queued root"),
        ("shopbot/handlers/catalog.py", 'logger.info("chat %s opened the catalog"', "no ASL101", "queued root"),
        ("shopbot/handlers/orders.py", 'logger.warning("chat %s ordered unknown sku', "no ASL101", "queued root"),
        ("shopbot/services/payments.py", 'logger.info("charged chat %s', "no ASL101", "queued root"),
        ("shopbot/legacy_bot.py", 'logging.basicConfig(filename="bot.log"', "no ASL103", "dead module"),
        ("shopbot/legacy_bot.py", 'logging.info("start from %s"', "no ASL101/ASL102", "coroutine of a dead module"),
        ("shopbot/legacy_bot.py", 'logging.info("order %r"', "no ASL101/ASL102", "coroutine of a dead module"),
        ("scripts/export_orders.py", 'logging.basicConfig(filename="export.log"', "no ASL103", "sync script importing shopbot.services.payments"),
        ("tests/utils.py", "logging.getLogger().addHandler(handler)", "no ASL103", "test utility; no event loop"),
    ],
)

REPOS["r06_django_ish"] = dict(
    summary="Django-style site without Django: settings LOGGING (root StreamHandler, 'mysite' RotatingFileHandler) applied by `dictConfig(settings.LOGGING)` in a setup() that imports settings inside the function; ASGI `application` module served by a dev server; views get their logger from a `LoggingMixin.logger` property (f-string name); a vendored async cache library logging under its own name (console only); a management command that attaches a root FileHandler.",
    problems=True,
    programs=[
        ("python3 serve.py", "serve.py -> mysite.asgi (application = get_asgi_application() -> setup() -> dictConfig) -> core; urls/views/models/mixins/vendor imported inside get_asgi_application(). mysite/asgi.py alone is also an ASGI entry with the same set-up."),
        ("python3 manage.py clearsessions", "sync management commands (calls core.setup() too); clearsessions adds a root FileHandler; no event loop."),
    ],
    findings=[
        ("mysite/core.py", "logging.config.dictConfig(settings.LOGGING)", "ASL103", "dict from settings.py attaches RotatingFileHandler to 'mysite' (and StreamHandler to root); mysite.* coroutines log through it"),
        ("mysite/core.py", 'request_logger.warning("Not Found: %s"', "ASL102", "ASGIHandler.__call__: 'django.request' reaches only root's StreamHandler (the clearsessions FileHandler is in another program)"),
        ("mysite/views.py", 'self.logger.info("listing %d articles"', "ASL101", "ArticleListView.get: LoggingMixin.logger property -> 'mysite.views.<cls>' -> 'mysite' RotatingFileHandler"),
        ("mysite/views.py", 'self.logger.warning("article %s does not exist"', "ASL101", "ArticleDetailView.get via the property -> 'mysite' file"),
        ("mysite/models.py", 'logger.info("fetched %d articles"', "ASL101", "afetch_articles: 'mysite.models' -> 'mysite' file"),
        ("mysite/vendor/aiocache_lite.py", 'logger.info("key %s expired", key)', "ASL102", "Cache.get: 'aiocache_lite' -> root StreamHandler only"),
        ("mysite/vendor/aiocache_lite.py", 'logger.info("cached %s for %ss"', "ASL102", "Cache.set: 'aiocache_lite' -> root StreamHandler only"),
        ("serve.py", 'log.info("development server at', "ASL101", "main: 'mysite.devserver' -> 'mysite' file"),
    ],
    clean=[
        ("mysite/management/commands/clearsessions.py", "logging.getLogger().addHandler(file_handler)", "no ASL103 (and no ASL101 for root-only loggers such as 'django.request')", "management command run by the sync manage.py; never in the ASGI process"),
    ],
)

REPOS["r07_home_daemon"] = dict(
    summary="home-automation daemon run as a package `__main__`; `from logging import handlers` alias; WatchedFileHandler + SysLogHandler installed with `root.handlers = [...]`; integrations in a folder without `__init__.py`, imported inside a function; per-client f-string logger; teardown `removeHandler` loop after asyncio.run; an audit FileHandler on a non-propagating logger that only sync code uses; a sync config checker.",
    problems=True,
    programs=[
        ("python3 -m hassd", "hassd/__main__.py -> config, core (load_integrations imports hassd.integrations.hue/mqtt inside the function), logging_setup. Root: WatchedFileHandler + SysLogHandler; 'hassd.audit': FileHandler, propagate=False."),
        ("python3 -m hassd.tools.check_config", "sync; basicConfig(filename=...) in its main block."),
    ],
    findings=[
        ("hassd/logging_setup.py", "root.handlers = [file_handler, syslog_handler]", "ASL103", "assigns WatchedFileHandler + SysLogHandler to root; every coroutine of the daemon logs through root"),
        ("hassd/__main__.py", 'log.info("starting hub with %d integrations"', "ASL101", "async_main: 'hassd' -> root file/syslog (the removeHandler loop runs only after asyncio.run returns)"),
        ("hassd/core.py", '_LOGGER.info("hub started with %s"', "ASL101", "Hub.async_start -> root"),
        ("hassd/core.py", '_LOGGER.info("hub stopped")', "ASL101", "Hub.async_stop -> root"),
        ("hassd/integrations/hue.py", '_LOGGER.info("found %d lights"', "ASL101", "HueBridge.async_setup (folder without __init__.py, imported inside load_integrations) -> root"),
        ("hassd/integrations/hue.py", '_LOGGER.info("turned on %s", light)', "ASL101", "HueBridge.async_turn_on -> root"),
        ("hassd/integrations/mqtt.py", 'self._log.info("published tick %d"', "ASL101", "MqttClient.async_publish_state: f'hassd.mqtt.{client_id}' kept on self -> root"),
    ],
    clean=[
        ("hassd/logging_setup.py", "audit.addHandler(logging.FileHandler(path))", "no ASL103", "'hassd.audit' (propagate=False) is used only by sync load_config() before the loop; no coroutine logs through it"),
        ("hassd/__main__.py", "root.removeHandler(handler)", "no finding; must not hide the ASL101s", "teardown after asyncio.run() returned"),
        ("hassd/tools/check_config.py", 'logging.basicConfig(filename="check_config.log"', "no ASL103", "sync config checker, no loop"),
    ],
)

REPOS["r08_ws_chat"] = dict(
    summary="line-protocol chat server run with `new_event_loop().run_until_complete`; SocketHandler built by a factory in another module and attached to 'chat' inside the main coroutine; per-peer loggers `getLogger('chat.echo_{}'.format(peer))` kept in a dict; a developer load-test script that runs its own event loop with basicConfig(filename=...) (a real program: its own coroutines are findings); a protocol module with a `__main__` demo block; a websockets-named logger with no handler in the server process.",
    problems=True,
    programs=[
        ("python3 -m chat.server", "chat/server.py -> logfactory, protocol. 'chat': SocketHandler (attached in main()). Root: no handler."),
        ("python3 loadtest.py", "loadtest.py -> chat.protocol. Root: FileHandler via module-level basicConfig(filename='loadtest.log'); runs asyncio.run."),
        ("python3 -m chat.protocol", "demo block, sync."),
    ],
    findings=[
        ("chat/server.py", "chat_logger.addHandler(make_socket_handler())", "ASL103", "SocketHandler from chat/logfactory.py attached to 'chat' (inside the main coroutine, before the sessions start)"),
        ("chat/server.py", 'log.info("connected")', "ASL101", "ChatServer.handle: peer_logger() -> 'chat.echo_<peer>' -> 'chat' SocketHandler"),
        ("chat/server.py", 'PEER_LOGGERS[peer].info("-> %s", text)', "ASL101", "ChatServer.broadcast: logger taken from the PEER_LOGGERS dict -> 'chat' SocketHandler"),
        ("chat/server.py", 'chat_logger.info("all sessions closed', "ASL101", "main: first logging call after the set-up -> SocketHandler"),
        ("loadtest.py", 'logging.basicConfig(filename="loadtest.log"', "ASL103", "FileHandler on root in a program that runs an event loop whose coroutines log through root"),
        ("loadtest.py", 'log.info("client %d starting", number)', "ASL101", "client: 'loadtest' -> root FileHandler (loadtest program)"),
        ("loadtest.py", 'log.info("%d frames in %.3fs"', "ASL101", "main: 'loadtest' -> root FileHandler"),
    ],
    clean=[
        ("chat/server.py", 'ws_log.info("keepalive ping %d to %d rooms"', "no ASL101/ASL102", "'websockets.server' -> root, which has no handler in the server program (loadtest's root FileHandler is another process)"),
        ("chat/protocol.py", 'logging.basicConfig(filename="protocol-demo.log"', "no ASL103", "`__main__` demo block, sync"),
        ("chat/server.py", 'log.info("disconnected")', "not reported by default", "second reaching call in ChatServer.handle"),
    ],
)

REPOS["r09_job_worker"] = dict(
    summary="job consumer run as a package `__main__`; basicConfig(handlers=[RotatingFileHandler, StreamHandler]) and then every root handler moved into a QueueListener (root keeps only a QueueHandler); a backoff module with a `__main__` demo block; a sync operator tool that puts a FileHandler on 'jobq'.",
    problems=False,
    programs=[
        ("python3 -m jobq", "jobq/__main__.py -> consumer -> jobs, retry; logsetup.configure() runs before asyncio.run. Root: QueueHandler only."),
        ("python3 -m jobq.retry", "demo block, sync."),
        ("python3 tools/replay_failed.py", "sync; FileHandler on 'jobq' inside main()."),
    ],
    findings=[],
    clean=[
        ("jobq/logsetup.py", "logging.basicConfig(", "no ASL103", "its RotatingFileHandler/StreamHandler are moved into the QueueListener and removed from root before the loop starts"),
        ("jobq/logsetup.py", "root.addHandler(logging.handlers.QueueHandler(log_queue))", "no ASL103", "QueueHandler"),
        ("jobq/consumer.py", 'logger.info("consuming %s with concurrency', "no ASL101", "queued root"),
        ("jobq/consumer.py", 'logger.error("no handler for job type %r"', "no ASL101", "queued root"),
        ("jobq/jobs.py", 'log.info("email to %s queued at the relay"', "no ASL101", "queued root"),
        ("jobq/jobs.py", 'log.info("resized %s to %sx%s"', "no ASL101", "queued root"),
        ("jobq/retry.py", 'log.warning("attempt %d failed (%s); sleeping', "no ASL101", "queued root"),
        ("jobq/retry.py", 'logging.basicConfig(filename="retry-demo.log"', "no ASL103", "`__main__` demo block, sync"),
        ("tools/replay_failed.py", 'logging.getLogger("jobq").addHandler(logging.FileHandler("replay.log"))', "no ASL103", "sync operator tool importing jobq.jobs; no loop"),
    ],
)

REPOS["r10_scraper"] = dict(
    summary="crawler repository with four programs: the crawler (no handler configured; a root convenience `logging.info()` in main() makes the implicit basicConfig before asyncio.run), a dashboard (explicit `basicConfig()` to stderr, then a basicConfig(filename=...) that is a no-op), a sitemap builder whose only logging is `logging.error/warning` inside coroutines (implicit basicConfig), and a liveness probe with no handler at all; plus a sync report script with basicConfig(filename=...). `scraper/` has no `__init__.py`.",
    problems=True,
    programs=[
        ("python3 crawl.py", "crawl.py -> scraper.fetch, scraper.parse, scraper.store. No set-up; logging.info() in main() -> implicit basicConfig() (root StreamHandler to stderr)."),
        ("python3 dashboard.py", "dashboard.py -> scraper.store, scraper.access, scraper.miniweb (run_app -> asyncio.run). basicConfig(level=INFO) in the main block, then create_app() -> setup_access_log() -> basicConfig(filename='access.log') = no-op."),
        ("python3 sitemap.py", "sitemap.py -> scraper.fetch, scraper.parse; logging.error/warning inside coroutines -> implicit basicConfig()."),
        ("python3 probe.py", "probe.py -> scraper.fetch; no handler, no root convenience call."),
        ("python3 report.py", "sync; basicConfig(filename='report.log')."),
    ],
    findings=[
        ("crawl.py", 'log.exception("%s could not fetch %s"', "ASL102", "worker: 'crawler' -> root StreamHandler of the implicit basicConfig()"),
        ("crawl.py", 'logging.warning("crawl finished', "ASL102", "crawl: root convenience call -> root StreamHandler"),
        ("scraper/fetch.py", 'log.warning("attempt %d for %s failed, retrying"', "ASL102", "fetch_page -> root StreamHandler (crawl program; also in sitemap/probe)"),
        ("scraper/store.py", 'log.warning("page %s stored twice", url)', "ASL102", "save -> root StreamHandler (crawl and dashboard programs)"),
        ("dashboard.py", 'log.info("index rendered with %d pages"', "ASL102", "index: 'dashboard' -> root StreamHandler of basicConfig()"),
        ("dashboard.py", 'log.warning("no pages.json yet', "ASL102", "pages -> root StreamHandler"),
        ("scraper/access.py", 'access_log.info(\'"%s %s" %d %.1fms\'', "ASL102", "access_middleware: 'dashboard.access' -> root StreamHandler only (its basicConfig(filename=...) is a no-op)"),
        ("sitemap.py", 'logging.error("broken link: %s", url)', "ASL102", "check: root convenience call in a program with no handler -> implicit basicConfig() StreamHandler"),
        ("sitemap.py", 'logging.warning("sitemap: %d of %d links kept"', "ASL102", "build_sitemap: root convenience call -> implicit StreamHandler"),
    ],
    clean=[
        ("scraper/access.py", 'logging.basicConfig(filename="access.log"', "no ASL103 and no ASL101", "no-op: runs inside create_app(), after the main block's basicConfig() gave root a handler (access.log is never created)"),
        ("probe.py", 'log.info("probe %s -> %s"', "no ASL101/ASL102", "probe program: no handler, no root convenience call"),
        ("report.py", 'logging.basicConfig(filename="report.log"', "no ASL103", "sync report script"),
    ],
    uncertain=[
        ("dashboard.py", "logging.basicConfig(level=logging.INFO, format=", "ASL103?", "attaches only a StreamHandler; the brief says ASL103 is for 'such a blocking handler' - unclear whether stream-only set-ups get ASL103"),
        ("crawl.py", 'logging.info("starting crawl of %s', "ASL103?", "the implicit basicConfig() happens here; it is not a set-up statement in the listed forms"),
        ("sitemap.py", 'logging.error("broken link: %s", url)', "ASL103?", "same call is the implicit basicConfig() (already listed above as ASL102)"),
    ],
)

REPOS["r11_plugin_host"] = dict(
    summary="plugin host; a handler factory returns [RotatingFileHandler subclass, StreamHandler, HTTPHandler] which all go into a QueueListener (root: QueueHandler only); plugins in a folder without `__init__.py` imported inside a method; plugin loggers come from a `Plugin.log` property with an f-string name; a non-propagating 'host.debug' logger with an in-memory ring-buffer handler; a plugin with a `__main__` demo block; a sync build script with basicConfig(handlers=[FileHandler]).",
    problems=False,
    programs=[
        ("python3 run.py", "run.py -> host.app -> host.logutil; plugins.greeter/weather/quiet imported inside PluginHost.load_plugins -> host.plugin. Root: QueueHandler only; 'host.debug': RingBufferHandler (memory), propagate=False."),
        ("python3 -m plugins.weather", "demo block, sync."),
        ("python3 build_plugins.py", "sync build script."),
    ],
    findings=[],
    clean=[
        ("host/app.py", "listener = logging.handlers.QueueListener(log_queue, *build_handlers(log_dir)", "no ASL103", "RotatingFileHandler subclass / StreamHandler / HTTPHandler run only in the listener thread"),
        ("host/app.py", "root.addHandler(logging.handlers.QueueHandler(log_queue))", "no ASL103", "QueueHandler"),
        ("host/app.py", "debug_log.addHandler(RING)", "no ASL103", "RingBufferHandler.emit only appends to a deque (no I/O)"),
        ("host/app.py", 'log.exception("plugin %s failed on %s"', "no ASL101", "queued root"),
        ("host/app.py", 'log.info("host started with %d plugins"', "no ASL101", "queued root"),
        ("plugins/greeter.py", 'self.log.info("hello, %s"', "no ASL101", "property logger 'host.plugins.greeter' -> queued root"),
        ("plugins/weather.py", 'self.log.warning("no forecast for %s"', "no ASL101", "queued root"),
        ("plugins/quiet.py", '_debug.info("event #%d: %s"', "no ASL101", "'host.debug.quiet' -> 'host.debug' (memory handler, propagate=False)"),
        ("plugins/weather.py", 'logging.basicConfig(level=logging.DEBUG, handlers=[logging.FileHandler("weather-demo.log")])', "no ASL103", "`__main__` demo block, sync"),
        ("build_plugins.py", 'logging.basicConfig(level=logging.INFO, handlers=[logging.FileHandler("build.log")])', "no ASL103", "sync build script"),
    ],
)

REPOS["r12_monorepo"] = dict(
    summary="one package, three console scripts: an API process (queued logging, clean), a worker process (basicConfig(handlers=[app-defined RotatingFileHandler subclass]) + HTTPHandler on 'acme.alerts', run with asyncio.Runner), a sync cleanup with a TimedRotatingFileHandler. Shared acme.common.db coroutines are findings (through the worker), the API-only routes are not.",
    problems=True,
    programs=[
        ("python3 -m acme.api.main  (acme-api)", "acme/api/main.py -> api.routes -> common.db, common.log. Root: QueueHandler only."),
        ("python3 -m acme.worker.main  (acme-worker)", "acme/worker/main.py -> worker.tasks -> common.db, common.log. Root: RotatingFileHandler (subclass of logging.handlers.RotatingFileHandler); 'acme.alerts': HTTPHandler."),
        ("python3 -m acme.tools.cleanup  (acme-cleanup)", "sync console script; imports api.routes and common.db; TimedRotatingFileHandler on root."),
    ],
    findings=[
        ("acme/worker/main.py", "logging.basicConfig(level=logging.INFO, format=FORMAT, handlers=[RotatingFileHandler(", "ASL103", "root gets the app's RotatingFileHandler subclass; worker coroutines log through root"),
        ("acme/worker/main.py", 'logging.getLogger("acme.alerts").addHandler(logging.handlers.HTTPHandler(', "ASL103", "HTTPHandler on 'acme.alerts'; run_forever logs through it (alerts.exception)"),
        ("acme/worker/tasks.py", 'log.info("synced %d paid orders', "ASL101", "sync_orders: get_logger('worker.tasks') -> root file handler"),
        ("acme/worker/tasks.py", 'log.info("digest with %d open orders sent"', "ASL101", "send_digest -> root file handler"),
        ("acme/worker/tasks.py", 'log.info("cycle %d", cycle)', "ASL101", "run_forever: first reaching call (alerts.exception later also reaches the HTTPHandler)"),
        ("acme/common/db.py", 'log.info("fetched %d rows from %s"', "ASL101", "fetch_rows: shared module; in the worker program 'acme.db' -> root file handler (clean in the API program)"),
        ("acme/common/db.py", 'log.info("inserted into %s: %s"', "ASL101", "save_row: shared module, same as above"),
    ],
    clean=[
        ("acme/api/routes.py", 'log.info("GET /orders -> %d"', "no ASL101", "only the API program imports routes; its root is queued"),
        ("acme/api/routes.py", 'log.info("POST /orders -> %s"', "no ASL101", "same"),
        ("acme/api/main.py", "listener = logging.handlers.QueueListener(log_queue, file_handler, console)", "no ASL103", "file handler behind the listener"),
        ("acme/api/main.py", "logging.getLogger().addHandler(logging.handlers.QueueHandler(log_queue))", "no ASL103", "QueueHandler"),
        ("acme/tools/cleanup.py", "logging.getLogger().addHandler(handler)", "no ASL103", "sync console script (imports api.routes and common.db but runs no loop)"),
        ("acme/worker/tasks.py", 'alerts.exception("worker cycle %d failed"', "not reported by default", "second reaching call in run_forever"),
    ],
)
