// Shows the chosen photo before it is uploaded; the stored document is never shown back.
(function () {
	document.addEventListener('change', function (event) {
		var input = event.target;
		if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.preview) {
			return;
		}
		var preview = document.getElementById(input.dataset.preview);
		if (!preview) {
			return;
		}
		if (preview.src) {
			URL.revokeObjectURL(preview.src);
		}
		var file = input.files && input.files[0];
		if (file && file.type.indexOf('image/') === 0) {
			preview.src = URL.createObjectURL(file);
			preview.hidden = false;
		}
		else {
			preview.removeAttribute('src');
			preview.hidden = true;
		}
	});
})();
