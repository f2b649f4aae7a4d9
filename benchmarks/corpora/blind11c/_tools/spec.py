"""Expected results of every repository, with lines given by unique substrings."""

REPOS = {}

REPOS["r01_matrix_modbot"] = dict(
    desc="Matrix moderation bot (matrix-nio), console script -> `asyncio.run`; rich console on root through "
         "`basicConfig(handlers=[RichHandler()])`, a ConcurrentRotatingFileHandler audit trail on a "
         "propagate=False logger (NullHandler in the other branch), an application handler whose emit() "
         "posts with `requests`; a sync export script with its own RichHandler.",
    programs=[
        "`python -m matrixbot` (console script `matrixbot = matrixbot.__main__:run`): matrixbot/__main__.py -> "
        "logsetup, alerts, callbacks, commands/{__init__,moderation,reminders}, health, config. "
        "Root: RichHandler (stream). 'matrixbot.audit': ConcurrentRotatingFileHandler or NullHandler, propagate=False. "
        "'matrixbot.alerts': WebhookAlertHandler (requests.post in emit) + propagates to root.",
        "`python tools/export_audit.py FILE`: sync script, no event loop; imports only matrixbot.config.",
    ],
    findings=[
        ("matrixbot/logsetup.py", "logging.basicConfig(", "ASL103",
         "root gets a RichHandler (stream, catalogue row 1); every coroutine of the bot logs through root"),
        ("matrixbot/logsetup.py", "audit.addHandler(handler)", "ASL103",
         "ConcurrentRotatingFileHandler (file+lock) on 'matrixbot.audit'; ban/kick log through it"),
        ("matrixbot/logsetup.py", "alerts.addHandler(WebhookAlertHandler(alert_webhook))", "ASL103",
         "application handler whose emit() calls requests.post; health.watch_homeserver logs through it"),
        ("matrixbot/__main__.py", 'log.info("connecting to %s as %s"', "ASL102",
         "main: 'matrixbot' -> root RichHandler"),
        ("matrixbot/callbacks.py", 'logger.info("command from %s', "ASL102",
         "Callbacks.on_message: 'matrixbot.callbacks' -> root RichHandler"),
        ("matrixbot/callbacks.py", 'logger.warning("join %s failed', "ASL102",
         "Callbacks.on_invite: first call, inside the retry loop -> root RichHandler"),
        ("matrixbot/commands/reminders.py", 'log.info("bad delay', "ASL102",
         "remind: 'matrixbot.commands.reminders' -> root RichHandler"),
        ("matrixbot/commands/moderation.py", 'audit.info("ban room', "ASL101",
         "ban: 'matrixbot.audit' (propagate=False) -> ConcurrentRotatingFileHandler"),
        ("matrixbot/commands/moderation.py", 'audit.info("kick room', "ASL101",
         "kick: 'matrixbot.audit' -> ConcurrentRotatingFileHandler"),
        ("matrixbot/health.py", 'alerts.warning("homeserver %s is back', "ASL101",
         "watch_homeserver: 'matrixbot.alerts' -> WebhookAlertHandler (requests.post) + root RichHandler"),
    ],
    mustnot=[
        ("matrixbot/logsetup.py", "audit.addHandler(logging.NullHandler())", "no ASL103  NullHandler does no I/O"),
        ("matrixbot/commands/moderation.py", 'log.debug("parsed moderation target', "no ASL101/ASL102  _split is a sync helper"),
        ("matrixbot/config.py", 'log.warning("no access token', "no ASL101/ASL102  load_config is sync"),
        ("matrixbot/health.py", 'alerts.error("homeserver %s unreachable', "not reported by default  second reaching call of watch_homeserver"),
        ("matrixbot/commands/reminders.py", 'log.info("reminder in %ds', "not reported by default  second call of remind"),
        ("tools/export_audit.py", 'logging.basicConfig(level="INFO", handlers=[RichHandler()])',
         "no ASL103  sync script without an event loop"),
        ("matrixbot/__main__.py", "setup_logging(cfg.log_level, cfg.audit_dir, cfg.alert_webhook)",
         "no ASL103  call of the application's own set-up function; the findings are at the calls inside it"),
    ],
    exercises="RichHandler via basicConfig(handlers=); ConcurrentRotatingFileHandler on a propagate=False logger "
              "(if/else with NullHandler); app handler posting with requests; console-script entry "
              "(`__main__:run`); sync script with RichHandler",
)

REPOS["r02_fastapi_billing"] = dict(
    desc="FastAPI billing API run by `uvicorn.run(app, log_config=LOGGING_CONFIG)` with the dict imported from "
         "another module (uvicorn applies it): a StreamHandler + queued splunk_handler on 'billing' "
         "(propagate=False) and a TimedRotatingFileHandler on 'billing.ledger'; a second program (nightly "
         "dunning job) that shares billing.ledger but logs through LokiQueueHandler only.",
    programs=[
        "`python run.py`: run.py -> billing.app -> billing.db, billing.routes.{invoices,webhooks}, billing.ledger; "
        "billing.logconf (LOGGING_CONFIG, applied by uvicorn.run). 'billing': StreamHandler(stderr) + "
        "splunk_handler.SplunkHandler (flush_interval=15: queued), propagate=False; 'billing.ledger': "
        "TimedRotatingFileHandler, propagates to 'billing'.",
        "`python -m billing.jobs.dunning`: asyncio.run; billing.jobs.dunning -> billing.db, billing.ledger. "
        "Root: logging_loki.LokiQueueHandler only (queued). LOGGING_CONFIG is not applied here.",
    ],
    findings=[
        ("run.py", "uvicorn.run(", "ASL103",
         "uvicorn applies the imported LOGGING_CONFIG: StreamHandler on 'billing' and TimedRotatingFileHandler on 'billing.ledger'"),
        ("billing/app.py", 'log.info("database pool ready")', "ASL102",
         "lifespan: 'billing.app' -> 'billing' StreamHandler (splunk is queued)"),
        ("billing/routes/invoices.py", 'log.info("invoice %s created', "ASL102", "create_invoice: 'billing.routes.invoices' -> 'billing' StreamHandler"),
        ("billing/routes/invoices.py", 'log.warning("invoice %s not found"', "ASL102", "get_invoice -> 'billing' StreamHandler"),
        ("billing/routes/invoices.py", 'log.info("invoice %s voided', "ASL102", "void_invoice -> 'billing' StreamHandler"),
        ("billing/routes/webhooks.py", 'log.warning("rejected stripe webhook', "ASL102", "stripe_webhook -> 'billing' StreamHandler"),
        ("billing/routes/webhooks.py", 'log.info("ignoring stripe event', "ASL102", "_apply_event -> 'billing' StreamHandler"),
        ("billing/ledger.py", 'log.info("posted"', "ASL101",
         "post_entry: 'billing.ledger' -> TimedRotatingFileHandler (+ 'billing' stream) in the run.py program"),
        ("billing/ledger.py", 'log.info("reversed"', "ASL101", "reverse_entry: 'billing.ledger' -> TimedRotatingFileHandler"),
    ],
    mustnot=[
        ("billing/routes/invoices.py", 'log.info("rendering pdf', "no ASL101/ASL102  sync endpoint (thread pool)"),
        ("billing/app.py", 'log.info("database pool closed")', "not reported by default  second call of lifespan"),
        ("billing/jobs/dunning.py", "logging.basicConfig(level=logging.INFO, handlers=[handler])",
         "no ASL103  LokiQueueHandler is queued (catalogue row 40)"),
        ("billing/jobs/dunning.py", 'log.info("reminder sent', "no ASL101/ASL102  dunning program: root has only LokiQueueHandler"),
        ("billing/jobs/dunning.py", 'log.info("%d overdue invoices"', "no ASL101/ASL102  same"),
    ],
    exercises="uvicorn.run(log_config=<dict imported from another module>); third-party queued handler in a dict "
              "(splunk_handler flush_interval=15) next to a stream; TimedRotatingFileHandler; sync endpoint; second "
              "program sharing a module, queued with LokiQueueHandler",
)

REPOS["r03_sanic_imageproxy"] = dict(
    desc="Sanic image proxy (`app.run()` in server.py's main block); dictConfig of a YAML file found with "
         "`Path(__file__).with_name`, `${VAR}` placeholders through os.path.expandvars: WatchedFileHandler on "
         "'imgsvc.access' (propagate=False), graypy.GELFUDPHandler on 'imgsvc.storage', StreamHandler on root. "
         "A thumbnail worker (asyncio.run) shares imgsvc.storage and reads a JSON config from a literal path "
         "with a 3.12 `QueueHandler` + `handlers:` (clean).",
    programs=[
        "`python server.py`: server.py -> imgsvc.app (Sanic app, configure_logging=False) -> imgsvc.routes, "
        "imgsvc.storage, imgsvc.transform; imgsvc.logsetup (dictConfig of imgsvc/logging.yaml). Loop: Sanic's app.run.",
        "`python -m worker.thumbnailer`: asyncio.run; worker.thumbnailer -> imgsvc.storage, imgsvc.transform. "
        "dictConfig(json.load(open('config/worker-logging.json'))): root -> QueueHandler(handlers=[console, file]); "
        "its listener is started.",
    ],
    findings=[
        ("imgsvc/logsetup.py", "logging.config.dictConfig(yaml.safe_load(text))", "ASL103",
         "logging.yaml: WatchedFileHandler (filename ${IMGSVC_LOG_DIR}/access.log: placeholder, still a file), "
         "GELFUDPHandler, StreamHandler on root"),
        ("imgsvc/routes.py", """access.info('%s "GET /img/%s" 404'""", "ASL101",
         "serve: 'imgsvc.access' (propagate=False) -> WatchedFileHandler"),
        ("imgsvc/routes.py", """access.info('%s "DELETE /img/%s" 204'""", "ASL101", "remove: 'imgsvc.access' -> WatchedFileHandler"),
        ("imgsvc/routes.py", 'log.warning("upload without a file', "ASL102", "upload: 'imgsvc.routes' -> root StreamHandler"),
        ("imgsvc/storage.py", 'log.info("miss %s/%s"', "ASL101",
         "fetch_original: 'imgsvc.storage' -> graypy.GELFUDPHandler (network, catalogue row 19) + root stream"),
        ("imgsvc/storage.py", 'log.info("stored %s', "ASL101", "store: 'imgsvc.storage' -> GELFUDPHandler"),
        ("imgsvc/app.py", 'log.info("imgsvc starting', "ASL102", "announce (before_server_start listener): 'imgsvc' -> root StreamHandler"),
    ],
    mustnot=[
        ("imgsvc/transform.py", 'log.info("unsupported format', "no ASL101/ASL102  parse_spec is sync (called from a coroutine, still sync)"),
        ("worker/thumbnailer.py", "logging.config.dictConfig(json.load(fh))", "no ASL103  3.12 QueueHandler with handlers:, listener started"),
        ("worker/thumbnailer.py", 'log.warning("original %s vanished', "no ASL101/ASL102  worker program: root is queued"),
        ("worker/thumbnailer.py", 'log.info("waiting for jobs', "no ASL101/ASL102  worker program: root is queued"),
        ("imgsvc/routes.py", """access.info('%s "GET /img/%s" 200""", "not reported by default  second call of serve"),
    ],
    exercises="YAML dictConfig via Path(__file__).with_name + expandvars ${VAR} (file name placeholder); "
              "WatchedFileHandler; graypy UDP; Sanic listeners; JSON dictConfig from a literal path with the 3.12 "
              "queue handler (clean); module shared with the queued worker",
)

REPOS["r04_quart_chat"] = dict(
    desc="Quart websocket chat served by `uvicorn.run(app, log_config=<YAML path>)` (the path is "
         "`str(Path(__file__).with_name('logging.yaml'))`). The YAML puts colorlog.StreamHandler and a "
         "RotatingFileHandler behind a 3.12 QueueHandler (listener started in before_serving), plus an application "
         "handler (emit writes sys.stderr) named by dotted path on 'chat.moderation'. Sentry and an OpenTelemetry "
         "LoggingHandler with BatchLogRecordProcessor are added at start-up. Mostly clean.",
    programs=[
        "`python run.py`: run.py -> chat.app -> chat.moderation, chat.rooms, chat.logutil, chat.telemetry; "
        "uvicorn applies logging.yaml. 'chat' and root -> QueueHandler 'queued' (+ OTel batch handler on 'chat'); "
        "'chat.moderation' -> StderrJsonHandler, propagates to 'chat'.",
    ],
    findings=[
        ("run.py", "uvicorn.run(", "ASL103",
         "uvicorn applies logging.yaml, which attaches chat.logutil.StderrJsonHandler (emit writes sys.stderr) to 'chat.moderation'"),
        ("chat/moderation.py", 'log.warning("message removed"', "ASL102", "screen: 'chat.moderation' -> StderrJsonHandler (stream)"),
        ("chat/moderation.py", 'log.info("muted"', "ASL102", "mute: 'chat.moderation' -> StderrJsonHandler"),
    ],
    mustnot=[
        ("chat/rooms.py", 'log.info("client joined', "no ASL101/ASL102  'chat.rooms' -> 'chat' QueueHandler (3.12 handlers:) and OTel batch"),
        ("chat/rooms.py", 'log.info("room %s is empty', "no ASL101/ASL102  same"),
        ("chat/rooms.py", 'log.warning("%d slow clients', "no ASL101/ASL102  same"),
        ("chat/app.py", 'log.info("chat ready")', "no ASL101/ASL102  'chat.app' -> 'chat' queued"),
        ("chat/app.py", 'current_app.logger.info("%s left %s"', "no ASL101/ASL102  app.logger is getLogger(app.name) = 'chat.app' -> 'chat' queued (Quart >= 0.18 adds its default handler, itself behind a QueueHandler, only when no ancestor has a handler)"),
        ("chat/telemetry.py", "logging.getLogger(\"chat\").addHandler(LoggingHandler(", "no ASL103  OTel LoggingHandler with BatchLogRecordProcessor is queued"),
        ("chat/moderation.py", 'log.info("loaded %d filtered words"', "no ASL101/ASL102  load_wordlist is sync"),
    ],
    exercises="uvicorn.run(log_config=<YAML path via with_name>); colorlog.StreamHandler + RotatingFileHandler "
              "behind a 3.12 QueueHandler (clean); app handler class by dotted path whose emit writes sys.stderr; "
              "OTel batch + sentry (clean); Quart app.logger",
)

REPOS["r05_tg_rss_bot"] = dict(
    desc="Telegram RSS bot (python-telegram-bot `run_polling`). dictConfig of the `[logging]` table of the "
         "project's config.toml (read at import by rssbot.config via `Path(__file__).parent.parent`), with "
         "ConcurrentTimedRotatingFileHandler on 'rssbot.delivery' (propagate=False); a colorlog.StreamHandler "
         "added to root in code; a TelegramHandler built in a factory function and attached to 'rssbot.alerts'; "
         "the alerts logger object imported by the entry module.",
    programs=[
        "`python -m rssbot` (console script `rssbot`): rssbot/__main__.py -> config, logsetup, handlers, poller, "
        "delivery, storage; Application.run_polling. Root: colorlog.StreamHandler. 'rssbot.delivery': "
        "ConcurrentTimedRotatingFileHandler, propagate=False. 'rssbot.alerts': TelegramHandler (+ root).",
        "`python tools/import_opml.py FILE`: sync script, basicConfig(filename=...), no event loop.",
    ],
    findings=[
        ("rssbot/logsetup.py", 'logging.config.dictConfig(settings["logging"])', "ASL103",
         "[logging] table of config.toml: ConcurrentTimedRotatingFileHandler on 'rssbot.delivery'"),
        ("rssbot/logsetup.py", "logging.getLogger().addHandler(console)", "ASL103",
         "colorlog.StreamHandler (is logging.StreamHandler) on root"),
        ("rssbot/logsetup.py", "alerts.addHandler(_telegram_handler(admin_chat))", "ASL103",
         "TelegramHandler (requests.post per record, catalogue row 30) returned by a factory"),
        ("rssbot/__main__.py", 'alerts.error("update %r raised', "ASL101",
         "on_error: `alerts` imported from rssbot.logsetup -> TelegramHandler (+ root colorlog)"),
        ("rssbot/__main__.py", 'log.info("running as @%s', "ASL102", "post_init: 'rssbot' -> root colorlog.StreamHandler"),
        ("rssbot/delivery.py", 'log.info("chat %s blocked the bot', "ASL101",
         "deliver: 'rssbot.delivery' -> ConcurrentTimedRotatingFileHandler (propagate=False)"),
        ("rssbot/poller.py", 'log.warning("feed %s failed', "ASL102", "poll_feeds (job-queue callback) -> root colorlog"),
        ("rssbot/handlers.py", 'log.info("/start from', "ASL102", "start -> root colorlog"),
        ("rssbot/handlers.py", 'log.info("chat %s subscribed', "ASL102", "subscribe -> root colorlog"),
    ],
    mustnot=[
        ("rssbot/storage.py", 'log.info("database %s opened"', "no ASL101/ASL102  open_db is sync"),
        ("tools/import_opml.py", 'logging.basicConfig(filename="import_opml.log"', "no ASL103  sync script, no event loop"),
        ("rssbot/delivery.py", 'log.info("delivered %s to %s"', "not reported by default  third call of deliver"),
        ("rssbot/__main__.py", "    setup_logging()", "no ASL103  call of the application's own set-up function; findings are at the calls inside it"),
    ],
    exercises="TOML dictConfig of a table inside the app's config file (module-level load, Path(__file__).parent.parent); "
              "ConcurrentTimedRotatingFileHandler; colorlog.StreamHandler alias; TelegramHandler from a factory; "
              "logger object imported across modules; PTB run_polling; sync script",
)

REPOS["r06_discord_music"] = dict(
    desc="discord.py music bot: `discord.utils.setup_logging(level=INFO)` (root StreamHandler) with "
         "`bot.run(token, log_handler=None)`; a cog adds a FileHandler in its async `cog_load`; a separate aiohttp "
         "control panel calls `discord.utils.setup_logging(handler=RotatingFileHandler(...))`; a sync cron script "
         "calls setup_logging() too.",
    programs=[
        "`python bot.py`: bot.py -> musicbot.cogs.player, musicbot.cogs.playlists, musicbot.audio, musicbot.queue; "
        "bot.run. Root: StreamHandler from setup_logging(); 'musicbot.cogs.playlists': FileHandler (added in cog_load).",
        "`python -m panel.server`: panel.server -> panel.views; web.run_app. Root: RotatingFileHandler via "
        "setup_logging(handler=...).",
        "`python tools/refresh_charts.py`: sync, no event loop (imports musicbot.queue only).",
    ],
    findings=[
        ("bot.py", "discord.utils.setup_logging(level=logging.INFO)", "ASL103",
         "setup_logging() puts a StreamHandler on root (root=True default); the bot's coroutines log through it"),
        ("musicbot/cogs/playlists.py", "log.addHandler(handler)", "ASL103",
         "FileHandler attached to 'musicbot.cogs.playlists' inside the async cog_load; save_playlist logs through it"),
        ("panel/server.py", "discord.utils.setup_logging(handler=handler, level=logging.INFO)", "ASL103",
         "setup_logging(handler=RotatingFileHandler) on root of the panel program"),
        ("bot.py", 'log.info("cogs loaded', "ASL102", "TuneBot.setup_hook: 'musicbot' -> root StreamHandler"),
        ("musicbot/audio.py", 'log.info("resolved %r -> %s"', "ASL102",
         "YTDLSource.from_query: 'musicbot.audio' -> root StreamHandler (the lambda before it is not logging)"),
        ("musicbot/cogs/player.py", 'log.info("queued %r in guild', "ASL102", "Player.play -> root StreamHandler"),
        ("musicbot/cogs/player.py", 'log.info("alone in %s', "ASL102", "Player.on_voice_state_update -> root StreamHandler"),
        ("musicbot/cogs/playlists.py", 'log.info("guild %s saved playlist', "ASL101",
         "Playlists.save_playlist: FileHandler on its logger + root stream"),
        ("panel/views.py", 'log.warning("unauthorised panel access', "ASL101", "list_playlists: 'panel.views' -> root RotatingFileHandler"),
        ("panel/views.py", 'log.info("playlist %s deleted', "ASL101", "delete_playlist -> root RotatingFileHandler"),
    ],
    mustnot=[
        ("musicbot/cogs/player.py", 'log.error("playback error', "no ASL101/ASL102  _after is a sync callback on the voice thread"),
        ("musicbot/queue.py", 'log.debug("next track', "no ASL101/ASL102  sync method"),
        ("tools/refresh_charts.py", "discord.utils.setup_logging(level=logging.INFO)", "no ASL103  sync cron script, no event loop"),
        ("tools/refresh_charts.py", 'log.info("charts rebuilt', "no ASL101/ASL102  sync"),
    ],
    exercises="discord.utils.setup_logging() default and with handler=RotatingFileHandler; bot.run(log_handler=None); "
              "set-up inside an async cog_load; aiohttp web.run_app panel as a second program; `from logging.handlers "
              "import RotatingFileHandler`; sync script calling setup_logging",
)

REPOS["r07_aiohttp_proxy"] = dict(
    desc="aiohttp caching reverse proxy, clean: StreamHandler, TimedRotatingFileHandler and pygelf.GelfTcpHandler "
         "handed only to a QueueListener (root gets a QueueHandler), an in-memory ring-buffer handler, "
         "AsynchronousLogstashHandler, fluent.asynchandler.FluentHandler(queue_circular=True), CloudLoggingHandler "
         "(default background transport), NullHandler, sentry_sdk.init; a dead module with a FileHandler and a "
         "coroutine; a sync HAR replay script with basicConfig(filename=).",
    programs=[
        "`python -m edgeproxy` (console script): edgeproxy/__main__.py -> app, cache, upstream, ringbuffer, logsetup, "
        "telemetry; web.run_app. Root: QueueHandler + RingBufferHandler; blocking handlers only on the listener thread.",
        "`python tools/replay_har.py HAR`: sync script (requests), no event loop.",
        "edgeproxy/legacy_logging.py: imported by nothing, no entry.",
    ],
    findings=[],
    mustnot=[
        ("edgeproxy/logsetup.py", "root.addHandler(logging.handlers.QueueHandler(q))", "no ASL103  queue handler; blocking handlers only given to the QueueListener"),
        ("edgeproxy/logsetup.py", "root.addHandler(RING)", "no ASL103  in-memory handler"),
        ("edgeproxy/logsetup.py", "audit.addHandler(AsynchronousLogstashHandler(", "no ASL103  queued (catalogue row 42)"),
        ("edgeproxy/logsetup.py", "metrics.addHandler(fluent_async.FluentHandler(", "no ASL103  fluent async handler, queue_circular=True drops instead of blocking"),
        ("edgeproxy/logsetup.py", "cache_log.addHandler(CloudLoggingHandler(", "no ASL103  default BackgroundThreadTransport (queued)"),
        ("edgeproxy/logsetup.py", 'logging.getLogger("edgeproxy.debug").addHandler(logging.NullHandler())', "no ASL103  NullHandler"),
        ("edgeproxy/app.py", 'audit.info("%s %s -> %s by %s"', "no ASL101/ASL102  audit_middleware: logstash async + root queue"),
        ("edgeproxy/app.py", 'log.info("unknown service %s"', "no ASL101/ASL102  proxy: root queue"),
        ("edgeproxy/app.py", 'log.info("edgeproxy up', "no ASL101/ASL102  on_startup: root queue"),
        ("edgeproxy/app.py", 'log.info("client session closed")', "no ASL101/ASL102  on_cleanup: root queue"),
        ("edgeproxy/cache.py", 'log.info("evicted %s"', "no ASL101/ASL102  cache.put: root queue"),
        ("edgeproxy/upstream.py", 'metrics.info("upstream"', "no ASL101/ASL102  forward: 'edgeproxy.metrics' fluent async, propagate=False"),
        ("edgeproxy/legacy_logging.py", "log.addHandler(_fh)", "no ASL103  dead module, no program imports it"),
        ("edgeproxy/legacy_logging.py", 'log.info("warmed %s', "no ASL101/ASL102  dead module"),
        ("tools/replay_har.py", 'logging.basicConfig(filename="replay_har.log"', "no ASL103  sync script"),
        ("edgeproxy/__main__.py", "    setup_logging()", "no ASL103  call of the application's own (queued) set-up function"),
    ],
    exercises="clean: blocking handlers (incl. pygelf TCP) only inside a QueueListener; ring buffer; logstash async; "
              "fluent async queue_circular; CloudLoggingHandler default; NullHandler; sentry; dead module with a "
              "FileHandler; sync script",
)

REPOS["r08_channels_whiteboard"] = dict(
    desc="Django Channels whiteboard: settings.LOGGING names application handler classes by dotted path "
         "(a RotatingFileHandler subclass, a handler whose emit() prints, one that posts with requests) and a "
         "NullHandler; async consumers, async views, a sync view and a management command.",
    programs=[
        "ASGI: whiteboard_site.asgi (application = ProtocolTypeRouter) with DJANGO_SETTINGS_MODULE="
        "whiteboard_site.settings (manage.py / asgi.py); apps: whiteboard (consumers, presence, views via "
        "whiteboard_site.urls, routing). Django applies LOGGING: root -> PrettyConsoleHandler (print); "
        "'whiteboard.consumers' -> BoardRotatingFileHandler, propagate=False; 'whiteboard.ops' -> OpsWebhookHandler "
        "(requests.post) + root; 'whiteboard.metrics' -> NullHandler, propagate=False.",
        "`python manage.py prune_boards`: management command, sync.",
    ],
    findings=[
        ("whiteboard_site/settings.py", "LOGGING = {", "ASL103",
         "Django applies LOGGING: BoardRotatingFileHandler, OpsWebhookHandler (requests.post), PrettyConsoleHandler (print)"),
        ("whiteboard/consumers.py", 'log.info("user %s joined board', "ASL101",
         "BoardConsumer.connect: 'whiteboard.consumers' -> BoardRotatingFileHandler (RotatingFileHandler subclass)"),
        ("whiteboard/consumers.py", 'log.info("channel %s left board', "ASL101", "BoardConsumer.disconnect -> BoardRotatingFileHandler"),
        ("whiteboard/consumers.py", 'log.warning("board %s cleared', "ASL101",
         "BoardConsumer.receive_json: first logging call -> BoardRotatingFileHandler (the ops.error after it posts with requests)"),
        ("whiteboard/presence.py", 'log.info("presence: %s watching', "ASL102",
         "PresenceConsumer.connect: 'whiteboard.presence' -> root PrettyConsoleHandler (print)"),
        ("whiteboard/presence.py", 'log.info("presence: %s left', "ASL102", "PresenceConsumer.disconnect -> root PrettyConsoleHandler"),
        ("whiteboard/views.py", 'log.info("board list for', "ASL102", "board_list (async view) -> root PrettyConsoleHandler"),
        ("whiteboard/views.py", 'ops.exception("export of board', "ASL101",
         "export_board (async view): 'whiteboard.ops' -> OpsWebhookHandler (requests.post) + root print"),
    ],
    mustnot=[
        ("whiteboard/views.py", 'log.info("rendering board', "no ASL101/ASL102  sync view"),
        ("whiteboard/views.py", 'metrics.info("heartbeat")', "no ASL101/ASL102  'whiteboard.metrics' has only a NullHandler, propagate=False"),
        ("whiteboard/management/commands/prune_boards.py", 'log.info("pruned %d boards', "no ASL101/ASL102  management command, sync"),
        ("whiteboard/consumers.py", 'ops.error("unknown message type', "not reported by default  second reaching call of receive_json"),
    ],
    exercises="Django LOGGING with app handler classes by dotted path (RotatingFileHandler subclass, print, requests); "
              "Channels async consumers; async and sync views; NullHandler logger; management command",
)

REPOS["r09_job_runner"] = dict(
    desc="Redis job runner (no Celery) bridging stdlib logging into loguru with the README InterceptHandler, "
         "one class shared by three programs with different sinks: the worker (stderr + file, no enqueue -> file), "
         "the status API (both sinks enqueue=True -> clean), a dead-letter tail tool (stderr only -> stream). "
         "Some modules call loguru directly.",
    programs=[
        "`python -m runner` (console script `jobrunner`): runner/__main__.py -> logbridge, queue, jobs/{__init__,emails,reports}, "
        "settings. loguru sinks: sys.stderr and a file path, no enqueue; root: InterceptHandler (basicConfig in "
        "logbridge.intercept_stdlib).",
        "`python -m runner.statusapi` (console script `jobrunner-status`): statusapi -> logbridge, queue, settings; web.run_app. "
        "loguru sinks all enqueue=True.",
        "`python tools/tail_dead_letters.py`: asyncio.run; imports runner.settings, runner.logbridge. loguru sink: "
        "sys.stderr without enqueue; root.addHandler(InterceptHandler()).",
    ],
    findings=[
        ("runner/logbridge.py", "logging.basicConfig(handlers=[InterceptHandler()], level=level, force=True)", "ASL103",
         "InterceptHandler on root; in the worker program loguru writes a file sink on the caller"),
        ("tools/tail_dead_letters.py", "root.addHandler(InterceptHandler())", "ASL103",
         "InterceptHandler on root; this program's only loguru sink is sys.stderr without enqueue"),
        ("runner/__main__.py", 'log.error("%s: no handler for job kind', "ASL101", "worker: 'runner' -> root InterceptHandler -> loguru file sink"),
        ("runner/__main__.py", 'log.info("handlers: %s"', "ASL101",
         "main: first *stdlib* call (the loguru call before it is another rule) -> InterceptHandler -> file sink",
         {"first": True}),
        ("runner/queue.py", 'log.info("connected to %s"', "ASL101", "JobQueue.connect: worker program -> InterceptHandler -> file sink"),
        ("runner/queue.py", 'log.error("job %s (%s) moved to the dead-letter', "ASL101", "JobQueue.retry -> InterceptHandler -> file sink"),
        ("runner/jobs/emails.py", 'log.info("welcome mail sent', "ASL101", "send_welcome -> InterceptHandler -> file sink"),
        ("runner/jobs/reports.py", 'log.info("monthly report for', "ASL101", "build_monthly -> InterceptHandler -> file sink"),
        ("tools/tail_dead_letters.py", 'log.info("no dead letters', "ASL102", "tail: InterceptHandler -> loguru sys.stderr sink"),
        ("tools/tail_dead_letters.py", 'log.info("watching %s on %s"', "ASL102", "main: InterceptHandler -> loguru sys.stderr sink"),
    ],
    mustnot=[
        ("runner/statusapi.py", 'log.info("status requested', "no ASL101/ASL102  status API: every loguru sink has enqueue=True"),
    ],
    uncertain=[
        ("runner/__main__.py", 'logger.info("runner starting {} workers"', "ASL101", "direct loguru call (a separate rule), not a stdlib call"),
        ("runner/jobs/reports.py", 'logger.info("purged {} exports"', "ASL101", "direct loguru call (a separate rule); purge_exports has no stdlib call"),
        ("runner/__main__.py", 'logger.add(settings.LOG_DIR / "runner_{time:YYYY-MM-DD}.log"', "ASL103",
         "the file sink itself (no enqueue); a tool could place the set-up finding here instead of at the basicConfig"),
    ],
    exercises="loguru InterceptHandler shared by three programs: file sink (ASL101), stderr sink (ASL102), "
              "enqueue=True (clean); basicConfig(force=True) and root.addHandler; direct loguru calls (Uncertain); TaskGroup",
)

REPOS["r10_starlette_webhooks"] = dict(
    desc="Starlette webhook relay run by `uvicorn.run('hooks.app:app', log_config=str(Path(__file__).with_name("
         "'log_config.json')))`: the JSON puts 'hooks' behind a 3.12 QueueHandler (listener started in the lifespan), "
         "the audit logger on the queued loki_logger_handler, but 'hooks.delivery' on the blocking "
         "logging_loki.LokiHandler. Mostly clean.",
    programs=[
        "`python serve.py`: uvicorn imports hooks.app (import string) -> hooks.receivers.{github,gitlab}, hooks.delivery, "
        "hooks.audit, hooks.signing; uvicorn applies log_config.json.",
    ],
    findings=[
        ("serve.py", "uvicorn.run(", "ASL103", "log_config.json attaches logging_loki.LokiHandler (requests POST per record) to 'hooks.delivery'"),
        ("hooks/delivery.py", 'log.warning("delivery to %s failed', "ASL101", "_deliver: 'hooks.delivery' (propagate=False) -> LokiHandler"),
        ("hooks/delivery.py", 'log.info("no subscribers for %s"', "ASL101", "fan_out: 'hooks.delivery' -> LokiHandler"),
    ],
    mustnot=[
        ("hooks/receivers/github.py", 'log.warning("rejected github delivery', "no ASL101/ASL102  'hooks' -> 3.12 QueueHandler"),
        ("hooks/receivers/gitlab.py", 'log.warning("rejected gitlab hook")', "no ASL101/ASL102  'hooks' -> QueueHandler"),
        ("hooks/app.py", 'log.info("hookrelay ready")', "no ASL101/ASL102  lifespan: 'hooks.app' -> QueueHandler"),
        ("hooks/audit.py", 'log.info("webhook"', "no ASL101/ASL102  LokiLoggerHandler is queued (catalogue row 41)"),
        ("hooks/signing.py", 'log.info("missing or malformed', "no ASL101/ASL102  sync"),
    ],
    exercises="uvicorn.run(import string, log_config=<JSON path via with_name>); 3.12 QueueHandler for most loggers; "
              "LokiHandler (blocking) vs loki_logger_handler (queued)",
)

REPOS["r11_async_crawler"] = dict(
    desc="asyncio crawler: dictConfig of the `logging:` key of a larger settings.yaml (`Path(__file__).parent`, "
         "string.Template placeholders with defaults): rich.logging.RichHandler on root, FileHandler with a "
         "`${CRAWL_LOG_DIR}` file name on 'crawler.fetch.errors', logstash.TCPLogstashHandler on 'crawler.frontier' "
         "(propagate=False), systemd JournalHandler on 'crawler.robots', and a handler whose class is a placeholder "
         "on 'crawler.metrics' (unknown). A dev probe tool uses coloredlogs.install().",
    programs=[
        "`python crawl.py`: crawl.py -> crawler.{fetch,http,metrics,robots,frontier,parse}; dictConfig(settings['logging']).",
        "`python tools/sitemap_probe.py URL...`: asyncio.run; imports crawler.http; coloredlogs.install() in the main block.",
        "`python tools/dedupe_seeds.py FILE`: sync script, coloredlogs.install(), no event loop.",
    ],
    findings=[
        ("crawl.py", 'logging.config.dictConfig(settings["logging"])', "ASL103",
         "settings.yaml logging: RichHandler, FileHandler, TCPLogstashHandler, JournalHandler"),
        ("tools/sitemap_probe.py", "coloredlogs.install(", "ASL103", "coloredlogs.install() attaches a stderr StreamHandler to root"),
        ("crawl.py", 'log.info("crawling with %d workers', "ASL102", "run: 'crawler' -> root RichHandler"),
        ("crawler/http.py", 'log.info("http session ready', "ASL102", "make_session: 'crawler.http' -> root RichHandler / coloredlogs (both stream)"),
        ("crawler/fetch.py", 'log.info("batch of %d urls done"', "ASL102",
         "fetch_all: first call of the coroutine itself (the one in the nested _on_done callback does not count) -> root RichHandler"),
        ("crawler/fetch.py", 'errors.warning("%s: %s", url, exc)', "ASL101",
         "fetch: 'crawler.fetch.errors' -> FileHandler (file name from a placeholder) + root RichHandler"),
        ("crawler/frontier.py", 'log.info("queued"', "ASL101", "Frontier.push: 'crawler.frontier' -> TCPLogstashHandler (SocketHandler), propagate=False"),
        ("crawler/robots.py", 'log.warning("robots.txt for %s unreachable', "ASL101",
         "allowed: 'crawler.robots' -> systemd JournalHandler (unix datagram, catalogue row 37) + root"),
        ("tools/sitemap_probe.py", 'log.warning("%s -> %s"', "ASL102", "probe: 'sitemap_probe' -> coloredlogs StreamHandler"),
        ("tools/sitemap_probe.py", 'log.info("%d of %d urls answered', "ASL102", "main -> coloredlogs StreamHandler"),
    ],
    mustnot=[
        ("crawler/metrics.py", 'log.info("crawl progress"', "no ASL101/ASL102  'crawler.metrics' has only a handler whose class is a ${VAR} placeholder (unknown; default NullHandler), propagate=False"),
        ("crawler/fetch.py", 'log.warning("fetch task crashed', "no ASL101/ASL102  nested sync callback inside fetch_all"),
        ("crawler/parse.py", 'log.debug("%s: %d links"', "no ASL101/ASL102  sync"),
        ("crawler/robots.py", 'log.info("robots.txt disallows', "not reported by default  second call of allowed"),
        ("tools/dedupe_seeds.py", 'coloredlogs.install(level="INFO")', "no ASL103  sync script, no event loop"),
    ],
    exercises="YAML dictConfig of a key inside a larger settings file (Path(__file__).parent, string.Template); "
              "RichHandler by class string; ${VAR} in a file name (still a file) and as a class (unknown); "
              "TCPLogstashHandler; JournalHandler; coloredlogs.install() in an async dev tool and in a sync script; nested callback",
)

REPOS["r12_ws_game_server"] = dict(
    desc="Tile game: websockets match server whose root handlers are moved behind a QueueHandler at start-up "
         "(plus watchtower default and sentry), a Litestar lobby API with its queue_listener LoggingConfig run by "
         "uvicorn with a log_config for uvicorn's own loggers only, and a CI replay tool whose JSON dictConfig "
         "(`Path(__file__).with_name`) uses watchtower with `use_queues: false`; the replay tool shares game.match. "
         "Mostly clean.",
    programs=[
        "`python -m game` (console script `tilewars-server`): game/__main__.py -> logsetup, server, match, rules; asyncio.run. "
        "Root: QueueHandler only (StreamHandler + RotatingFileHandler moved to a QueueListener); 'game.results': "
        "watchtower.CloudWatchLogHandler (default use_queues=True: queued).",
        "`python -m lobby.serve`: lobby.serve -> lobby.app (Litestar, LoggingConfig with queue_listener); uvicorn.run with "
        "a dict that configures only 'uvicorn' / 'uvicorn.access'.",
        "`python tools/replay_match.py FILE...`: asyncio.run; imports game.match, game.rules. Root: "
        "CloudWatchLogHandler(use_queues=False) from tools/replay-logging.json.",
        "`python tools/balance_report.py DIR`: sync, basicConfig(handlers=[FileHandler]).",
    ],
    findings=[
        ("tools/replay_match.py", "logging.config.dictConfig(json.loads(", "ASL103",
         "replay-logging.json: watchtower.CloudWatchLogHandler with use_queues=false (put_log_events in emit) on root"),
        ("tools/replay_match.py", 'log.error("move %s rejected', "ASL101", "replay: 'replay' -> root CloudWatchLogHandler(use_queues=False)"),
        ("tools/replay_match.py", 'log.info("%d of %d replays matched"', "ASL101", "main -> root CloudWatchLogHandler(use_queues=False)"),
        ("game/match.py", 'log.info("match %s: illegal move', "ASL101",
         "Match.apply_move: clean in the game server, but the replay program imports game.match and its root is blocking"),
    ],
    mustnot=[
        ("game/logsetup.py", "root.addHandler(console)", "no ASL103  moved behind the QueueHandler before the loop starts"),
        ("game/logsetup.py", "root.addHandler(rotating)", "no ASL103  moved behind the QueueHandler"),
        ("game/logsetup.py", "root.addHandler(handlers.QueueHandler(log_queue))", "no ASL103  queue handler"),
        ("game/logsetup.py", "results.addHandler(watchtower.CloudWatchLogHandler(", "no ASL103  watchtower default use_queues=True"),
        ("game/server.py", 'log.info("%s connected from %s"', "no ASL101/ASL102  handler: root queued"),
        ("game/server.py", 'log.info("listening on %s:%d"', "no ASL101/ASL102  run: root queued"),
        ("lobby/app.py", 'log.info("listing %d rooms"', "no ASL101/ASL102  Litestar LoggingConfig queue_listener"),
        ("lobby/app.py", 'log.info("room %s created"', "no ASL101/ASL102  same"),
        ("lobby/app.py", 'log.warning("unknown room %s"', "no ASL101/ASL102  same"),
        ("lobby/serve.py", "uvicorn.run(app,", "no ASL103  the dict configures only uvicorn's loggers; no coroutine of the program logs through them"),
        ("tools/balance_report.py", "logging.basicConfig(level=logging.INFO, handlers=[logging.FileHandler(", "no ASL103  sync script"),
        ("game/__main__.py", "    setup_logging()", "no ASL103  call of the application's own (queued) set-up function"),
    ],
    exercises="root handlers moved behind a QueueHandler at run time; watchtower default vs use_queues=false (JSON via "
              "with_name + json.loads); Litestar queue_listener; uvicorn log_config for its own loggers only; sentry; "
              "module shared with a blocking second program",
)
