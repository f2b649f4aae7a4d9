from __future__ import annotations

import logging
import os

import boto3
import sentry_sdk
import watchtower
from sentry_sdk.integrations.fastapi import FastApiIntegration


class MetricsCloudWatchHandler(watchtower.CloudWatchLogHandler):
    """Batches metric lines to their own stream (watchtower's default queue)."""

    def __init__(self, **kwargs):
        super().__init__(log_group_name="inventory-metrics", log_stream_name="{machine_name}", **kwargs)


def setup_observability() -> None:
    sentry_sdk.init(
        dsn=os.environ.get("SENTRY_DSN"),
        integrations=[FastApiIntegration()],
        traces_sample_rate=0.05,
        environment=os.environ.get("ENV", "dev"),
    )

    logs = boto3.client("logs", region_name=os.environ.get("AWS_REGION", "eu-west-1"))

    # Compliance wants every audit line in CloudWatch before the request returns.
    audit = logging.getLogger("inventory.audit")
    audit.propagate = False
    audit.setLevel(logging.INFO)
    audit.addHandler(
        watchtower.CloudWatchLogHandler(
            log_group_name="inventory-audit",
            boto3_client=logs,
            use_queues=False,
        )
    )

    metrics = logging.getLogger("inventory.metrics")
    metrics.propagate = False
    metrics.setLevel(logging.INFO)
    metrics.addHandler(MetricsCloudWatchHandler(boto3_client=logs))
