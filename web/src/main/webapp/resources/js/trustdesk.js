/*
 * TrustDesk's own page behaviour, as event listeners: the pages are served with a script
 * Content-Security-Policy (PrimeFaces CSP mode, nonce'd scripts only), under which inline
 * handlers in the markup would not run. Hooks are data attributes:
 *   data-td-copy="text"       copies the text to the clipboard on click
 *   data-td-confirm="question" asks before the click goes on (a submit, a link); "cancel" stops it
 */
(function () {
    'use strict';
    // capture phase: the question comes before any handler of the button itself (PrimeFaces')
    document.addEventListener('click', function (event) {
        var confirming = event.target.closest && event.target.closest('[data-td-confirm]');
        if (confirming && !window.confirm(confirming.getAttribute('data-td-confirm'))) {
            event.preventDefault();
            event.stopImmediatePropagation();
            return;
        }
        var copying = event.target.closest && event.target.closest('[data-td-copy]');
        if (copying && navigator.clipboard) {
            navigator.clipboard.writeText(copying.getAttribute('data-td-copy'));
        }
    }, true);
})();
