from portal import views

urlpatterns = {
    "/": views.dashboard,
    "/api/events": views.api_events,
    "/admin": views.admin_panel,
}
