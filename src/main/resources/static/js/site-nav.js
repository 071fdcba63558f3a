// The header's menu on small screens (design system, docs/guide/design-system.md): the
// stylesheet hides the menu behind the "Menu" button only once this script runs, so
// without script the menu simply stays open. One listener on the document serves every
// header htmx swaps in.
(function () {
	document.documentElement.classList.add('js');
	document.addEventListener('click', function (event) {
		var toggle = event.target.closest('.nav-toggle');
		if (toggle) {
			toggle.setAttribute('aria-expanded', toggle.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
		}
	});
})();
