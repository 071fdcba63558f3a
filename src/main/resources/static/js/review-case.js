/*
 * The reviewer's case page (ADR 0030): the documents shown inline — zoom, rotate and, for a
 * PDF, its pages as images — and one searchable reason picker per item. Works without it:
 * the first page shows, every picker is a plain select, every document downloads.
 */
(function () {
	'use strict';
	var ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3];

	function show(viewer) {
		var image = viewer.querySelector('.document-page');
		if (!image) {
			return;
		}
		var zoom = ZOOMS[parseInt(viewer.dataset.zoomStep || '2', 10)];
		var rotation = parseInt(viewer.dataset.rotation || '0', 10);
		var page = parseInt(viewer.dataset.page || '1', 10);
		image.style.width = (zoom * 100) + '%';
		image.style.transform = rotation ? 'rotate(' + rotation + 'deg)' : '';
		viewer.classList.toggle('rotated', rotation % 180 !== 0);
		var source = viewer.dataset.src + '?page=' + page;
		if (image.getAttribute('src') !== source) {
			image.setAttribute('src', source);
		}
		var number = viewer.querySelector('.page-number');
		if (number && number.dataset.template) {
			number.textContent = number.dataset.template.replace('{0}', String(page));
		}
	}

	function act(viewer, action) {
		var step = parseInt(viewer.dataset.zoomStep || '2', 10);
		var pages = parseInt(viewer.dataset.pages || '1', 10);
		var page = parseInt(viewer.dataset.page || '1', 10);
		switch (action) {
			case 'zoom-in':
				viewer.dataset.zoomStep = String(Math.min(ZOOMS.length - 1, step + 1));
				break;
			case 'zoom-out':
				viewer.dataset.zoomStep = String(Math.max(0, step - 1));
				break;
			case 'rotate':
				viewer.dataset.rotation = String((parseInt(viewer.dataset.rotation || '0', 10) + 90) % 360);
				break;
			case 'next':
				viewer.dataset.page = String(Math.min(pages, page + 1));
				break;
			case 'previous':
				viewer.dataset.page = String(Math.max(1, page - 1));
				break;
			default:
				return;
		}
		show(viewer);
	}

	document.addEventListener('click', function (event) {
		var button = event.target.closest ? event.target.closest('.viewer-toolbar button[data-action]') : null;
		if (button) {
			act(button.closest('.document-viewer'), button.dataset.action);
		}
	});

	// the picker: search by text or by the reason's number; picking a reason rejects

	function pickerOf(search) {
		return document.getElementById(search.getAttribute('aria-controls'));
	}

	function chooseReject(picker) {
		var item = picker.closest('.item-decision');
		var radio = item ? item.querySelector('.item-reject') : document.getElementById('outcome-reject');
		if (radio && picker.value) {
			radio.checked = true;
		}
	}

	function filter(search) {
		var picker = pickerOf(search);
		var query = search.value.trim().toLowerCase();
		var matches = [];
		Array.prototype.forEach.call(picker.options, function (option) {
			if (!option.value) {
				return;
			}
			var byNumber = /^\d+$/.test(query) && option.dataset.number === query;
			var match = !query || byNumber || option.text.toLowerCase().indexOf(query) >= 0
				|| (option.dataset.code || '').toLowerCase().indexOf(query) >= 0;
			option.hidden = !match;
			option.disabled = !match && !option.selected;
			if (byNumber) {
				matches.unshift(option);
			}
			else if (match && query) {
				matches.push(option);
			}
		});
		if (matches.length && (matches.length === 1 || /^\d+$/.test(query))) {
			picker.value = matches[0].value;
			chooseReject(picker);
		}
		return matches;
	}

	document.addEventListener('input', function (event) {
		if (event.target.classList && event.target.classList.contains('reason-search')) {
			filter(event.target);
		}
	});

	document.addEventListener('change', function (event) {
		if (event.target.classList && event.target.classList.contains('reason-picker')) {
			chooseReject(event.target);
		}
	});

	document.addEventListener('keydown', function (event) {
		var search = event.target;
		if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || !search.classList
				|| !search.classList.contains('reason-search')) {
			return;
		}
		// Enter takes the first match and moves on to the note
		event.preventDefault();
		var matches = filter(search);
		var picker = pickerOf(search);
		if (matches.length) {
			picker.value = matches[0].value;
			chooseReject(picker);
		}
		var note = document.getElementById(picker.id + '-note');
		if (note) {
			note.focus();
		}
	});

	window.kaidianReviewCase = true;
}());
