// The exam's countdown. The server's time is the truth: the page carries the attempt's end and
// the server's time when the page was made, and the count runs from those with the browser's
// monotonic clock, so a wrong clock on the seller's computer changes nothing and a reload starts
// again from the server's time. The server refuses answers after the end whatever this shows.
(function () {
	var countdown = document.getElementById('countdown');
	if (!countdown) {
		return;
	}
	var left = Number(countdown.dataset.expiresAt) - Number(countdown.dataset.serverNow);
	var loaded = performance.now();
	function pad(n) {
		return (n < 10 ? '0' : '') + n;
	}
	function tick() {
		var ms = left - (performance.now() - loaded);
		if (ms <= 0) {
			countdown.textContent = countdown.dataset.timeUp;
			var submit = document.getElementById('submit-answers');
			if (submit) {
				submit.disabled = true;
			}
			return;
		}
		var seconds = Math.floor(ms / 1000);
		countdown.textContent = pad(Math.floor(seconds / 60)) + ':' + pad(seconds % 60);
		setTimeout(tick, 1000 - (ms % 1000) + 5);
	}
	tick();
})();
