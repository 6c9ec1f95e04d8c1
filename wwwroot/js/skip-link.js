// The "Skip to content" link moves the keyboard focus to the page's main content. Blazor handles
// same-page links itself (it scrolls, but leaves the focus where it was), so this runs first.
document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("a.skip-link") : null;
    const main = document.getElementById("main-content");
    if (link && main) {
        event.preventDefault();
        event.stopPropagation();
        main.focus();
        main.scrollIntoView();
    }
}, true);
