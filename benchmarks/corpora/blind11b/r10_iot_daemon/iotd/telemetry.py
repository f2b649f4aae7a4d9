"""Log shipping for the daemon. Every handler here hands records to a background worker."""

import logging

import watchtower
from logstash_async.handler import AsynchronousLogstashHandler
from opentelemetry._logs import set_logger_provider
from opentelemetry.exporter.otlp.proto.grpc._log_exporter import OTLPLogExporter
from opentelemetry.sdk._logs import LoggerProvider, LoggingHandler
from opentelemetry.sdk._logs.export import BatchLogRecordProcessor
from opentelemetry.sdk.resources import Resource

from iotd.config import Config


def setup_telemetry(cfg: Config) -> LoggerProvider:
    provider = LoggerProvider(resource=Resource.create({"service.name": "iotd"}))
    set_logger_provider(provider)
    provider.add_log_record_processor(
        BatchLogRecordProcessor(OTLPLogExporter(endpoint=cfg.otlp_endpoint, insecure=True))
    )
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(LoggingHandler(level=logging.NOTSET, logger_provider=provider))

    audit = logging.getLogger("iotd.audit")
    audit.addHandler(
        watchtower.CloudWatchLogHandler(log_group_name="iotd", log_stream_name="{machine_name}-audit", send_interval=30)
    )

    events = logging.getLogger("iotd.events")
    events.addHandler(AsynchronousLogstashHandler(cfg.logstash_host, 5959, database_path=None))
    return provider
