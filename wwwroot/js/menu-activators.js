// MudBlazor's MudMenu wraps custom activator content (a MudButton, or an icon button in a badge) in a
// div with role="button", tabindex="0", aria-haspopup and aria-expanded: a second control around the
// real one, an extra Tab stop that does nothing (axe: nested-interactive, aria-allowed-attr). The inner
// button opens the menu itself, so it takes the menu's ARIA state and the wrapper becomes a plain div.
// Blazor sets aria-expanded again when the menu opens or closes: the observer moves it each time.
(() => {
    const wrapperAttributes = ["role", "tabindex", "aria-haspopup", "aria-expanded"];
    let queued = false;
    const fix = () => {
        queued = false;
        for (const wrapper of document.querySelectorAll(".mud-menu-activator:is([role], [tabindex], [aria-haspopup], [aria-expanded])")) {
            const inner = wrapper.querySelector("button, a[href]");
            if (!inner) {
                continue;
            }

            inner.setAttribute("aria-haspopup", "menu");
            if (wrapper.hasAttribute("aria-expanded")) {
                inner.setAttribute("aria-expanded", wrapper.getAttribute("aria-expanded"));
            }

            wrapperAttributes.forEach(name => wrapper.removeAttribute(name));
        }
    };
    const queue = () => {
        if (!queued) {
            queued = true;
            requestAnimationFrame(fix);
        }
    };
    new MutationObserver(queue).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: wrapperAttributes });
    queue();
})();
