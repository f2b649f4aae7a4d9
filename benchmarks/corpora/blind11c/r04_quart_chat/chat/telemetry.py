"""Sentry for errors, OpenTelemetry (batched OTLP export) for logs."""

from __future__ import annotations

import logging
import os

import sentry_sdk
from opentelemetry._logs import set_logger_provider
from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter
from opentelemetry.sdk._logs import LoggerProvider, LoggingHandler
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
from opentelemetry.sdk.resources import Resource
from sentry_sdk.integrations.logging import LoggingIntegration
from sentry_sdk.integrations.quart import QuartIntegration


def init_telemetry() -> None:
    sentry_sdk.init(
        dsn=os.environ.get("SENTRY_DSN"),
        traces_sample_rate=0.05,
        integrations=[QuartIntegration(), LoggingIntegration(level=logging.INFO, event_level=logging.ERROR)],
    )
    provider = LoggerProvider(resource=Resource.create({"service.name": "quart-chat"}))
    provider.add_log_record_processor(BatchLogRecordProcessor(OTLPLogExporter(insecure=True)))
    set_logger_provider(provider)
    logging.getLogger("chat").addHandler(LoggingHandler(level=logging.INFO, logger_provider=provider))
