// Keyboard shortcuts: one document listener; each page registers its .NET handler by name.
// Keys typed into a field stay with the field, except Escape, which leaves it.
window.dashboardShortcuts = (function () {
    const handlers = new Map();
    const passKeys = new Set(["j", "k", "o", "s", "u", "/", "?", "Enter", "Escape", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);

    function inField(target) {
        const tag = (target && target.tagName || "").toLowerCase();
        return tag === "input" || tag === "textarea" || tag === "select" || (target && target.isContentEditable);
    }

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || !passKeys.has(event.key)) return;
        if (inField(event.target)) {
            if (event.key === "Escape") event.target.blur();
            return;
        }
        if (handlers.size === 0) return;
        if (event.key === "/" || event.key === "?" || event.key.startsWith("Arrow")) event.preventDefault();
        for (const handler of handlers.values()) {
            handler.invokeMethodAsync("OnShortcut", event.key);
        }
    });

    return {
        register: function (dotnet, name) { handlers.set(name, dotnet); document.body.dataset.shortcuts = name; },
        unregister: function (name) { handlers.delete(name); }
    };
})();
