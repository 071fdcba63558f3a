/*
 * Keyboard shortcuts of the reviewer pages: a reviewer works a queue without touching the
 * mouse. One listener on the document, reading the page it is on at each key press, so it
 * survives any page swap. Every shortcut has a plain equivalent: the links, radios,
 * checkboxes and buttons work with Tab, Space and Enter alone.
 *
 * Queue: j/k select the next/previous case, Enter opens it, c claims the next case,
 * e toggles "escalated only". Case: a approves (item by item: approves the current item),
 * r rejects and opens the reasons, a number picks the reason with that number, j/k move
 * between groups (or items), Ctrl+Enter / Cmd+Enter submits, n claims the next case,
 * Esc goes back to the queue. ? shows the shortcuts.
 */
(function () {
	'use strict';
	if (window.kaidianReviewKeys) {
		return;
	}
	window.kaidianReviewKeys = true;

	function page() {
		var root = document.querySelector('[data-review-page]');
		return root ? root.getAttribute('data-review-page') : null;
	}

	function typing(element) {
		if (!element) {
			return false;
		}
		var tag = element.tagName;
		if (tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable) {
			return true;
		}
		if (tag !== 'INPUT') {
			return false;
		}
		var type = (element.getAttribute('type') || 'text').toLowerCase();
		return ['checkbox', 'radio', 'button', 'submit', 'reset', 'hidden'].indexOf(type) < 0;
	}

	function visible(element) {
		return !!(element && (element.offsetWidth || element.offsetHeight || element.getClientRects().length));
	}

	function submit(form) {
		if (!form || form.dataset.submitting) {
			return;
		}
		form.dataset.submitting = 'true';
		if (form.requestSubmit) {
			form.requestSubmit();
		}
		else {
			form.submit();
		}
	}

	function toggleHelp() {
		var help = document.getElementById('shortcuts');
		if (help) {
			help.open = !help.open;
			if (help.open) {
				help.querySelector('summary').focus();
			}
		}
	}

	// the queue

	function rows() {
		return Array.prototype.slice.call(document.querySelectorAll('.queue-row'));
	}

	function select(row) {
		rows().forEach(function (other) {
			other.classList.remove('selected');
			other.removeAttribute('aria-selected');
		});
		row.classList.add('selected');
		row.setAttribute('aria-selected', 'true');
		var link = row.querySelector('.case-link');
		if (link) {
			link.focus();
		}
	}

	function moveInQueue(step) {
		var all = rows();
		if (!all.length) {
			return;
		}
		var current = all.findIndex(function (row) {
			return row.classList.contains('selected') || row.contains(document.activeElement);
		});
		var next = current < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, current + step));
		select(all[next]);
	}

	function queueKey(event) {
		switch (event.key) {
			case 'j':
				moveInQueue(1);
				return true;
			case 'k':
				moveInQueue(-1);
				return true;
			case 'Enter': {
				if (document.activeElement && document.activeElement !== document.body) {
					return false; // the focused link or button does it
				}
				var selected = document.querySelector('.queue-row.selected .case-link');
				if (selected) {
					window.location.href = selected.href;
					return true;
				}
				return false;
			}
			case 'c':
				submit(document.getElementById('claim-next-form'));
				return true;
			case 'e': {
				var toggle = document.getElementById('toggle-escalated');
				if (toggle) {
					window.location.href = toggle.href;
				}
				return true;
			}
			default:
				return false;
		}
	}

	// the case

	function form() {
		return document.getElementById('decision-form');
	}

	function units() {
		var decision = form();
		if (!decision) {
			return [];
		}
		var selector = decision.dataset.mode === 'items' ? '.item-decision' : '.reason-group';
		return Array.prototype.slice.call(decision.querySelectorAll(selector));
	}

	function currentUnit() {
		var all = units();
		var focused = all.find(function (unit) {
			return unit.contains(document.activeElement);
		});
		if (focused) {
			return focused;
		}
		if (form() && form().dataset.mode === 'items') {
			return all.find(function (unit) {
				return !unit.querySelector('input[type=radio]:checked');
			}) || all[0];
		}
		return all.find(visible);
	}

	function searchOf(unit) {
		return unit ? unit.querySelector('.reason-search') : null;
	}

	function focusFirstBox(unit) {
		var search = searchOf(unit);
		if (search && visible(search)) {
			search.focus();
		}
		else if (unit) {
			unit.scrollIntoView({ block: 'nearest' });
		}
	}

	function approve() {
		var decision = form();
		if (decision.dataset.mode === 'items') {
			var all = units();
			var unit = currentUnit();
			unit.querySelector('.item-approve').checked = true;
			var next = all[all.indexOf(unit) + 1];
			(next ? next.querySelector('.item-approve') : document.getElementById('submit-decision')).focus();
			return;
		}
		var radio = document.getElementById('outcome-approve');
		radio.checked = true;
		radio.focus();
	}

	function reject() {
		var decision = form();
		if (decision.dataset.mode === 'items') {
			var unit = currentUnit();
			var radio = unit.querySelector('.item-reject');
			radio.checked = true;
			radio.focus();
			focusFirstBox(unit);
			return;
		}
		document.getElementById('outcome-reject').checked = true;
		focusFirstBox(units().filter(visible)[0]);
	}

	// a digit starts the search of the current item's picker: the reason with that
	// number (the same on every item) is picked; further digits go on typing it
	function pickReason(digit) {
		var decision = form();
		if (decision.dataset.mode === 'whole') {
			document.getElementById('outcome-reject').checked = true;
		}
		var unit = currentUnit();
		if (decision.dataset.mode === 'items' && unit) {
			unit.querySelector('.item-reject').checked = true;
		}
		var search = searchOf(unit);
		if (search) {
			search.focus();
			search.value = digit;
			search.dispatchEvent(new Event('input', { bubbles: true }));
		}
	}

	function moveInCase(step) {
		var decision = form();
		var all = units().filter(function (unit) {
			return decision.dataset.mode === 'items' || visible(unit);
		});
		if (!all.length) {
			return;
		}
		var index = all.indexOf(currentUnit());
		var next = all[Math.min(all.length - 1, Math.max(0, index + step))];
		if (decision.dataset.mode === 'items') {
			var chosen = next.querySelector('input[type=radio]:checked') || next.querySelector('.item-approve');
			chosen.focus();
		}
		else {
			focusFirstBox(next);
		}
	}

	function caseKey(event) {
		var decision = form();
		if (event.key === 'Escape') {
			var back = document.getElementById('back-to-queue');
			if (back) {
				window.location.href = back.href;
			}
			return true;
		}
		if (event.key === 'n') {
			var claim = document.getElementById('claim-next-form');
			if (claim) {
				submit(claim);
				return true;
			}
			return false;
		}
		if (!decision) {
			return false;
		}
		if (event.key === 'a') {
			approve();
			return true;
		}
		if (event.key === 'r') {
			reject();
			return true;
		}
		if (event.key === 'j' || event.key === 'k') {
			moveInCase(event.key === 'j' ? 1 : -1);
			return true;
		}
		if (/^[1-9]$/.test(event.key)) {
			pickReason(event.key);
			return true;
		}
		return false;
	}

	document.addEventListener('keydown', function (event) {
		var where = page();
		if (!where || event.defaultPrevented || event.isComposing) {
			return;
		}
		var target = document.activeElement;
		if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
			if (where === 'case' && form()) {
				event.preventDefault();
				submit(form());
			}
			return;
		}
		if (event.ctrlKey || event.metaKey || event.altKey) {
			return;
		}
		var help = document.getElementById('shortcuts');
		if (event.key === 'Escape' && help && help.open) {
			help.open = false;
			event.preventDefault();
			return;
		}
		if (typing(target)) {
			if (event.key === 'Escape') {
				target.blur();
				event.preventDefault();
			}
			return;
		}
		if (event.key === '?') {
			toggleHelp();
			event.preventDefault();
			return;
		}
		var handled = where === 'queue' ? queueKey(event) : caseKey(event);
		if (handled) {
			event.preventDefault();
		}
	});
}());
