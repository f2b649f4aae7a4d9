"""Originals live in S3; every storage event goes to Graylog as well."""

from __future__ import annotations

import hashlib
import logging
import os

import aioboto3

log = logging.getLogger(__name__)

BUCKET = os.environ.get("IMGSVC_BUCKET", "originals")
ENDPOINT = os.environ.get("S3_ENDPOINT_URL")

_session = aioboto3.Session()


async def fetch_original(key: str) -> bytes | None:
    async with _session.client("s3", endpoint_url=ENDPOINT) as s3:
        try:
            obj = await s3.get_object(Bucket=BUCKET, Key=key)
        except s3.exceptions.NoSuchKey:
            log.info("miss %s/%s", BUCKET, key)
            return None
        return await obj["Body"].read()


async def store(body: bytes, content_type: str) -> str:
    key = hashlib.sha256(body).hexdigest()
    async with _session.client("s3", endpoint_url=ENDPOINT) as s3:
        await s3.put_object(Bucket=BUCKET, Key=key, Body=body, ContentType=content_type)
    log.info("stored %s (%d bytes, %s)", key, len(body), content_type)
    return key


async def delete(key: str) -> None:
    async with _session.client("s3", endpoint_url=ENDPOINT) as s3:
        await s3.delete_object(Bucket=BUCKET, Key=key)
