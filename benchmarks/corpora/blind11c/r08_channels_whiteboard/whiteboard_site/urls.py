from django.contrib import admin
from django.urls import path

from whiteboard import views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", views.board_list, name="board-list"),
    path("b/<int:board_id>/", views.board_detail, name="board-detail"),
    path("b/<int:board_id>/export.json", views.export_board, name="board-export"),
    path("healthz", views.heartbeat),
]
