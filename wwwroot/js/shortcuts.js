// Keyboard shortcuts: one document listener; each page registers its .NET handler by name.
// Keys typed into a field stay with the field, except Escape, which leaves it.
window.dashboardShortcuts = (function () {
    const handlers = new Map();
    const passKeys = new Set(["j", "k", "o", "s", "u", "a", "c", "b", "/", "?", "Enter", "Escape", "ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"]);
    // Keys that decide or open something act once per press: a held key repeats, and must not
    // approve the next post, or the one after, before the reviewer has seen it.
    const oncePerPress = new Set(["a", "c", "s", "b", "o", "u", "Enter"]);

    function inField(target) {
        const tag = (target && target.tagName || "").toLowerCase();
        return tag === "input" || tag === "textarea" || tag === "select" || (target && target.isContentEditable);
    }

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || !passKeys.has(event.key)) return;
        if (event.repeat && oncePerPress.has(event.key)) return;
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

    // The app bar's keyboard button links to the queue's help; on a page with its own shortcuts it
    // opens that page's help in place instead, as "?" does.
    document.addEventListener("click", function (event) {
        const link = event.target && event.target.closest && event.target.closest("a[href*='help=1']");
        if (!link || handlers.size === 0) return;
        event.preventDefault();
        event.stopPropagation();
        for (const handler of handlers.values()) {
            handler.invokeMethodAsync("OnShortcut", "?");
        }
    }, true);

    return {
        register: function (dotnet, name) { handlers.set(name, dotnet); document.body.dataset.shortcuts = name; },
        unregister: function (name) { handlers.delete(name); }
    };
})();
