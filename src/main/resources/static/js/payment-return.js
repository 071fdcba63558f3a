// The return page waits for the gateway's notification: it looks again every few seconds.
setTimeout(function () { window.location.reload(); }, 3000);
