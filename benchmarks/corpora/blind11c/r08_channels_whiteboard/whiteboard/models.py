from django.conf import settings
from django.db import models


class Board(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=200)
    updated = models.DateTimeField(auto_now=True)


class Stroke(models.Model):
    board = models.ForeignKey(Board, on_delete=models.CASCADE, related_name="strokes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    points = models.JSONField()
    color = models.CharField(max_length=9, default="#000000")
    created = models.DateTimeField(auto_now_add=True)
