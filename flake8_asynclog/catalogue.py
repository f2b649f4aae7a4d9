"""Third-party handler classes: what their ``emit()`` does on the calling thread.

One row per class (or set of aliases), read from the package's source at the version
beside it; most network rows were also measured (``../shared/research`` in the
project's history holds the evidence). A contributor adds a handler with one row.

Kinds, as the model names them: ``stream`` (writes a terminal stream), ``file``,
``network`` (the request, socket or mail is sent on the caller), ``queued`` (the
record is handed to a thread, queue or batcher: nothing to flag). A :class:`Switch`
is a constructor argument that changes the kind (``use_queues=False``). A row counts
only for a class whose import resolves to that dotted name; the user's
``asynclog-blocking-handlers`` / ``asynclog-nonblocking-handlers`` still win.
"""

from __future__ import annotations

from typing import NamedTuple, Union

Literal = Union[bool, int, float, str, None]


class CallWith(NamedTuple):
    """A switch value: a call of ``function`` given ``keyword`` (other than a standard
    stream): ``console=Console(file=open("app.log", "a"))``."""

    function: str
    keyword: str


class Switch(NamedTuple):
    """``argument=value`` in the constructor makes the handler ``kind``. ``value`` is a
    literal, for a class argument its last dotted component (``SyncTransport``), or a
    :class:`CallWith`."""

    argument: str
    value: Literal | CallWith
    kind: str


class Row(NamedTuple):
    paths: tuple[str, ...]
    kind: str  # with default arguments
    package: str  # name==version the row was read from
    switches: tuple[Switch, ...] = ()


KINDS = frozenset({"stream", "file", "network", "queued"})

ROWS: tuple[Row, ...] = (
    # -- terminal streams --------------------------------------------------------
    Row(("rich.logging.RichHandler",), "stream", "rich==15.0.0",
        (Switch("console", CallWith("rich.console.Console", "file"), "file"),)),
    Row(("coloredlogs.StandardErrorHandler",), "stream", "coloredlogs==15.0.1"),
    Row(("absl.logging.PythonHandler", "absl.logging.ABSLHandler"), "stream", "absl-py==2.5.1"),
    Row(("tqdm.contrib.logging._TqdmLoggingHandler",), "stream", "tqdm==4.70.1"),
    Row(("click_log.ClickHandler",), "stream", "click-log==0.4.0"),
    Row(("seqlog.ConsoleStructuredLogHandler",), "stream", "seqlog==0.4.3"),
    Row(("prefect.logging.handlers.PrefectConsoleHandler",), "stream", "prefect==3.9.1"),
    Row(("google.cloud.logging.handlers.StructuredLogHandler",
         "google.cloud.logging_v2.handlers.StructuredLogHandler",
         "google.cloud.logging.handlers.ContainerEngineHandler",
         "google.cloud.logging_v2.handlers.ContainerEngineHandler"),
        "stream", "google-cloud-logging==3.17.0"),
    Row(("logfire.LogfireLoggingHandler", "logfire.integrations.logging.LogfireLoggingHandler"),
        "stream", "logfire==5.4.0"),
    Row(("logbook.compat.RedirectLoggingHandler",), "stream", "logbook==1.10.1"),
    Row(("picologging.StreamHandler",), "stream", "picologging==0.9.3"),
    # -- files ---------------------------------------------------------------------
    Row(("concurrent_log_handler.ConcurrentRotatingFileHandler",
         "concurrent_log_handler.ConcurrentTimedRotatingFileHandler"),
        "file", "concurrent-log-handler==0.9.31"),
    Row(("picologging.FileHandler", "picologging.handlers.RotatingFileHandler",
         "picologging.handlers.TimedRotatingFileHandler",
         "picologging.handlers.WatchedFileHandler"), "file", "picologging==0.9.3"),
    # -- the network, on the caller -------------------------------------------------
    Row(("logging_loki.LokiHandler",), "network", "python-logging-loki==0.3.1"),
    Row(("graypy.GELFTCPHandler", "graypy.GELFTLSHandler", "graypy.GELFHTTPHandler",
         "graypy.GELFUDPHandler", "graypy.GELFRabbitHandler",
         "graypy.handler.GELFTCPHandler", "graypy.handler.GELFTLSHandler",
         "graypy.handler.GELFHTTPHandler", "graypy.handler.GELFUDPHandler"),
        "network", "graypy==2.1.0"),
    Row(("pygelf.GelfTcpHandler", "pygelf.GelfTlsHandler", "pygelf.GelfHttpHandler",
         "pygelf.GelfHttpsHandler", "pygelf.GelfUdpHandler"), "network", "pygelf==0.4.3"),
    Row(("logstash.TCPLogstashHandler", "logstash.UDPLogstashHandler",
         "logstash.LogstashHandler", "logstash.AMQPLogstashHandler"),
        "network", "python-logstash==0.4.8"),
    Row(("logstash_async.handler.SynchronousLogstashHandler",),
        "network", "python-logstash-async==4.1.0"),
    Row(("fluent.handler.FluentHandler",), "network", "fluent-logger==0.11.1"),
    Row(("django.utils.log.AdminEmailHandler",), "network", "django==5.2.19"),
    Row(("telegram_handler.TelegramHandler",), "network", "python-telegram-handler==2.2.1"),
    Row(("slack_logger.SlackHandler",), "network", "slack-logger==0.3.1"),
    Row(("notifiers.logging.NotificationHandler",), "network", "notifiers==2.0.0"),
    Row(("splunk_hec_handler.SplunkHecHandler",), "network", "splunk-hec-handler==1.2.0"),
    Row(("datadog_logger.DatadogLogHandler",), "network", "datadog-logger==1.0.3"),
    Row(("cloudwatch.cloudwatch.CloudwatchHandler",), "network", "cloudwatch==1.2.1"),
    Row(("rfc5424logging.Rfc5424SysLogHandler",
         "rfc5424logging.handler.Rfc5424SysLogHandler"),
        "network", "rfc5424-logging-handler==1.4.3"),
    Row(("systemd.journal.JournalHandler", "systemd.journal.JournaldLogHandler"),
        "network", "systemd-python==235"),
    Row(("cysystemd.journal.JournaldLogHandler",), "network", "cysystemd==2.0.5"),
    Row(("logging_journald.JournaldLogHandler",), "network", "logging-journald==0.6.12"),
    Row(("applicationinsights.logging.LoggingHandler",),
        "network", "applicationinsights==0.11.10"),
    Row(("cmreslogging.handlers.CMRESHandler",), "network", "CMRESHandler==1.0.0"),
    Row(("opensearch_logger.OpenSearchHandler",), "network", "opensearch-logger==1.3.1"),
    Row(("picologging.handlers.SocketHandler", "picologging.handlers.DatagramHandler"),
        "network", "picologging==0.9.3"),
    # -- handed to a thread, a queue or a batcher -------------------------------------
    Row(("logging_loki.LokiQueueHandler",), "queued", "python-logging-loki==0.3.1"),
    Row(("loki_logger_handler.loki_logger_handler.LokiLoggerHandler",),
        "queued", "loki-logger-handler==1.1.2"),
    Row(("logstash_async.handler.AsynchronousLogstashHandler",),
        "queued", "python-logstash-async==4.1.0"),
    Row(("fluent.asynchandler.FluentHandler",), "queued", "fluent-logger==0.11.1"),
    Row(("sentry_sdk.integrations.logging.EventHandler",
         "sentry_sdk.integrations.logging.SentryHandler",
         "sentry_sdk.integrations.logging.BreadcrumbHandler",
         "sentry_sdk.integrations.logging.SentryLogsHandler"), "queued", "sentry-sdk==2.75.0"),
    Row(("opentelemetry.sdk._logs.LoggingHandler",
         "opentelemetry.instrumentation.logging.handler.LoggingHandler"),
        "queued", "opentelemetry-sdk==1.45.2"),
    Row(("google.cloud.logging.handlers.CloudLoggingHandler",
         "google.cloud.logging_v2.handlers.CloudLoggingHandler",
         "google.cloud.logging.handlers.AppEngineHandler",
         "google.cloud.logging_v2.handlers.AppEngineHandler"),
        "queued", "google-cloud-logging==3.17.0",
        (Switch("transport", "SyncTransport", "network"),)),
    Row(("watchtower.CloudWatchLogHandler",), "queued", "watchtower==3.4.0",
        (Switch("use_queues", False, "network"),)),
    Row(("opencensus.ext.azure.log_exporter.AzureLogHandler",
         "opencensus.ext.azure.log_exporter.AzureEventHandler"),
        "queued", "opencensus-ext-azure==1.1.15"),
    Row(("logzio.handler.LogzioHandler",), "queued", "logzio-python-handler==4.1.9"),
    Row(("splunk_handler.SplunkHandler",), "queued", "splunk-handler==3.0.0",
        (Switch("flush_interval", 0, "network"), Switch("flush_interval", 0.0, "network"))),
    Row(("logtail.LogtailHandler",), "queued", "logtail-python==0.5.3"),
    Row(("seqlog.SeqLogHandler",), "queued", "seqlog==0.4.3"),
    # rollbar / bugsnag / honeybadger / raven switch to sending on the caller through
    # their own configure() calls, not the handler's arguments: the default stands.
    Row(("rollbar.logger.RollbarHandler",), "queued", "rollbar==1.5.0"),
    Row(("bugsnag.handlers.BugsnagHandler",), "queued", "bugsnag==4.9.2"),
    Row(("honeybadger.contrib.logger.HoneybadgerHandler",), "queued", "honeybadger==1.3.0"),
    Row(("raven.handlers.logging.SentryHandler",
         "raven.contrib.django.handlers.SentryHandler"), "queued", "raven==6.10.0"),
    Row(("elasticapm.handlers.logging.LoggingHandler",), "queued", "elastic-apm==6.26.2"),
    Row(("logdna.LogDNAHandler",), "queued", "logdna==1.18.12"),
    Row(("loggly.handlers.HTTPSHandler",), "queued", "loggly-python-handler==1.0.1"),
    Row(("coralogix.handlers.CoralogixLogger",), "queued", "coralogix-logger==2.1.1"),
    Row(("newrelic.api.log.NewRelicLogForwardingHandler",), "queued", "newrelic==14.1.0"),
    Row(("dislog.DiscordWebhookHandler",), "queued", "discord-webhook-logger==1.2.0"),
    Row(("prefect.logging.handlers.APILogHandler",), "queued", "prefect==3.9.1"),
    Row(("multiprocessing_logging.MultiProcessingHandler",),
        "queued", "multiprocessing-logging==0.4.0"),
    Row(("logging_azure.handler.AzureLogServiceHandler",), "queued", "logging-azure-rest==1.3.0"),
    Row(("aws_logging_handlers.S3.S3Handler", "aws_logging_handlers.Kinesis.KinesisHandler"),
        "queued", "aws-logging-handlers==2.0.5"),
    Row(("picologging.handlers.QueueHandler",), "queued", "picologging==0.9.3"),
)  # fmt: skip

#: Re-exports of the stdlib classes under another package's name.
ALIASES: dict[str, str] = {
    "colorlog.StreamHandler": "logging.StreamHandler",
}

_BY_PATH: dict[str, Row] = {path: row for row in ROWS for path in row.paths}


def row_for(qual: str) -> Row | None:
    """The row of a handler class by its dotted name (``None``: not catalogued)."""
    return _BY_PATH.get(qual)


class Installer(NamedTuple):
    """A library function that attaches a handler the code never shows."""

    function: str
    kind: str  # of the handler it attaches by default
    handler: str  # that handler's class, as messages show it
    package: str
    logger_keyword: str | None = None  # the logger it is given (a Logger or a name); else root
    logger_position: int | None = None
    handler_keyword: str | None = None  # a handler given instead of the default
    # ``(keyword, value, logger)``: with ``keyword=value`` the handler goes to ``logger``
    library_logger: tuple[str, Literal, str] | None = None
    default_logger: str = ""  # the logger it attaches to unless told (root)


#: discord.py's clients: ``run()`` calls ``setup_logging(handler=log_handler,
#: root=root_logger)`` before it runs the loop, unless ``log_handler=None``.
_DISCORD_CLIENTS = ("discord.Client", "discord.AutoShardedClient", "discord.ext.commands.Bot",
                    "discord.ext.commands.AutoShardedBot")  # fmt: skip

INSTALLERS: tuple[Installer, ...] = (
    Installer("coloredlogs.install", "stream", "StandardErrorHandler", "coloredlogs==15.0.1",
              logger_keyword="logger"),
    Installer("discord.utils.setup_logging", "stream", "StreamHandler", "discord.py==2.4.0",
              handler_keyword="handler", library_logger=("root", False, "discord")),
    Installer("click_log.basic_config", "stream", "ClickHandler", "click-log==0.4.0",
              logger_keyword="logger", logger_position=0),
    *(Installer(f"{client}.run", "stream", "StreamHandler", "discord.py==2.4.0",
                handler_keyword="log_handler", library_logger=("root_logger", True, ""),
                default_logger="discord") for client in _DISCORD_CLIENTS),
)  # fmt: skip

_INSTALLERS = {installer.function: installer for installer in INSTALLERS}


def installer_for(qual: str) -> Installer | None:
    """The installer a call's dotted name is (``None``: not one)."""
    return _INSTALLERS.get(qual)


#: Servers that apply a ``log_config=`` (a dict, or a JSON / YAML / ini file) when they
#: start: ``uvicorn.run(app, log_config=LOGGING)`` (uvicorn==0.32.1).
SERVERS_WITH_LOG_CONFIG = frozenset({"uvicorn.run", "uvicorn.Config", "uvicorn.config.Config"})
#: What such a server applies without ``log_config=`` (uvicorn==0.32.0, LOGGING_CONFIG):
#: a stderr handler on 'uvicorn' ('uvicorn.error' propagates to it), stdout on
#: 'uvicorn.access'; neither propagates to root.
SERVER_DEFAULT_LOGGING: dict[str, object] = {
    "version": 1,
    "handlers": {
        "default": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr"},
        "access": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"},
    },
    "loggers": {
        "uvicorn": {"handlers": ["default"], "propagate": False},
        "uvicorn.access": {"handlers": ["access"], "propagate": False},
    },
}

#: Django's settings: ``LOGGING`` in the settings module is applied by Django (through
#: dictConfig) when it sets up (django==5.2.19). The set-up's name in messages.
DJANGO_LOGGING = "LOGGING"
#: Django's own ``DEFAULT_LOGGING``, applied before ``LOGGING``: with ``DEBUG = False``
#: and ``ADMINS`` set, its ``mail_admins`` AdminEmailHandler on the ``django`` logger
#: sends a mail (SMTP) for each error of ``django.request``.
DJANGO_DEFAULTS = "Django's default logging"

#: gunicorn's config file: ``logconfig_dict`` is handed to dictConfig in every worker
#: (gunicorn==23.0.0), before the app is loaded.
GUNICORN_LOGGING = "logconfig_dict"
#: Settings only a gunicorn config file sets beside it.
GUNICORN_SETTINGS = frozenset({"wsgi_app", "worker_class", "bind", "workers"})

#: Set-ups a framework applies when it starts (a starter placed after them in the code
#: would run too early or too late): ASL103 offers no fix for them.
FRAMEWORK_SETUPS = frozenset({DJANGO_LOGGING, GUNICORN_LOGGING, *SERVERS_WITH_LOG_CONFIG})
