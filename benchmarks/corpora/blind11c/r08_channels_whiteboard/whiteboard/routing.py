from django.urls import re_path

from whiteboard import consumers, presence

websocket_urlpatterns = [
    re_path(r"^ws/board/(?P<board_id>\d+)/$", consumers.BoardConsumer.as_asgi()),
    re_path(r"^ws/presence/(?P<board_id>\d+)/$", presence.PresenceConsumer.as_asgi()),
]
