import logging
import os

import sentry_sdk
from opentelemetry._logs import set_logger_provider
from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter
from opentelemetry.sdk._logs import LoggerProvider, LoggingHandler
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
from opentelemetry.sdk.resources import Resource
from sentry_sdk.integrations.logging import LoggingIntegration


def init_telemetry() -> None:
    sentry_sdk.init(
        dsn=os.environ.get("SENTRY_DSN"),
        environment=os.environ.get("ENVIRONMENT", "production"),
        integrations=[LoggingIntegration(level=logging.INFO, event_level=logging.ERROR)],
        traces_sample_rate=0.05,
    )

    provider = LoggerProvider(resource=Resource.create({"service.name": "catalog"}))
    provider.add_log_record_processor(
        BatchLogRecordProcessor(OTLPLogExporter(endpoint=os.environ.get("OTLP_ENDPOINT", "otel:4317"), insecure=True))
    )
    set_logger_provider(provider)

    audit = logging.getLogger("app.audit")
    audit.setLevel(logging.INFO)
    audit.propagate = False
    audit.addHandler(LoggingHandler(level=logging.INFO, logger_provider=provider))
