// Whether the reviewer is using the page: a claim is renewed only for a page in use, so a tab
// left open and idle lets its claim lapse. Reports at most once per interval, only while visible.
window.dashboardActivity = (function () {
    const watchers = new Map();
    const events = ["keydown", "pointerdown", "wheel", "touchstart", "scroll"];

    function report() {
        if (document.visibilityState !== "visible") return;
        const now = Date.now();
        for (const watcher of watchers.values()) {
            if (now - watcher.reported >= watcher.intervalMs) {
                watcher.reported = now;
                watcher.dotnet.invokeMethodAsync("OnActive");
            }
        }
    }

    for (const name of events) {
        document.addEventListener(name, report, { passive: true, capture: true });
    }

    return {
        watch: function (dotnet, name, intervalMs) { watchers.set(name, { dotnet: dotnet, intervalMs: intervalMs, reported: 0 }); },
        unwatch: function (name) { watchers.delete(name); }
    };
})();
