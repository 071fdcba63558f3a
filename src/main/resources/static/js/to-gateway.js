// Follows the link to the payment gateway: a form may not redirect to another site
// (Content-Security-Policy form-action 'self'), a page of ours may.
(function () {
	var link = document.getElementById('gateway-link');
	if (link) {
		window.location.assign(link.href);
	}
}());
