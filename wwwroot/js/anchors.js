// Scrolls to the place of the post a comment is anchored to and marks it for a moment.
window.dashboardAnchors = (function () {
    const selectors = {
        paragraph: "[data-testid=post-body] > p",
        checklist: "[data-testid=checklist-items] > li",
    };

    return {
        scrollTo: function (kind, number) {
            const target = document.querySelectorAll(selectors[kind] || "")[number - 1];
            if (!target) return false;
            target.scrollIntoView({ behavior: "smooth", block: "center" });
            target.classList.add("anchor-target");
            setTimeout(function () { target.classList.remove("anchor-target"); }, 2000);
            return true;
        },
    };
})();
