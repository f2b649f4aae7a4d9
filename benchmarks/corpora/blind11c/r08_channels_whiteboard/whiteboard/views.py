from __future__ import annotations

import logging

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render

from whiteboard.models import Board, Stroke

log = logging.getLogger(__name__)
ops = logging.getLogger("whiteboard.ops")
metrics = logging.getLogger("whiteboard.metrics")


async def board_list(request):
    user = await request.auser()
    boards = [b async for b in Board.objects.filter(owner=user).order_by("-updated")[:50]]
    log.info("board list for %s: %d boards", user.pk, len(boards))
    return render(request, "whiteboard/list.html", {"boards": boards})


def board_detail(request, board_id: int):
    board = get_object_or_404(Board, pk=board_id)
    log.info("rendering board %s", board_id)
    return render(request, "whiteboard/detail.html", {"board": board})


async def export_board(request, board_id: int):
    try:
        board = await Board.objects.aget(pk=board_id)
    except Board.DoesNotExist:
        raise Http404("no such board")
    try:
        strokes = [{"points": s.points, "color": s.color} async for s in Stroke.objects.filter(board=board)]
    except Exception:
        ops.exception("export of board %s failed", board_id)
        raise
    return JsonResponse({"title": board.title, "strokes": strokes})


async def heartbeat(request):
    metrics.info("heartbeat")
    return JsonResponse({"ok": True})
