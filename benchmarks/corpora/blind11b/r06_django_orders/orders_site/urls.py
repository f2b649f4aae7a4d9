from django.contrib import admin
from django.urls import path

from orders import views as order_views
from payments import views as payment_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("orders/", order_views.order_list),
    path("orders/<int:pk>/", order_views.order_detail),
    path("orders/export.csv", order_views.export_csv),
    path("payments/webhook/", payment_views.stripe_webhook),
    path("payments/<int:pk>/refund/", payment_views.refund),
]
