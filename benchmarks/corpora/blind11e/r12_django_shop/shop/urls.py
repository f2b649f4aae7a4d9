from django.urls import path

from catalog import views as catalog_views
from orders import views as order_views
from payments import webhooks

urlpatterns = [
    path("products/", catalog_views.product_list),
    path("products/search/", catalog_views.search),
    path("products/<int:pk>/", catalog_views.product_detail),
    path("orders/checkout/", order_views.checkout),
    path("orders/<int:pk>/", order_views.order_status),
    path("payments/webhook/", webhooks.provider_webhook),
    path("payments/refund/", webhooks.refund_webhook),
]
