package io.kaidian.platform.web;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;

/**
 * The web container's own error answers as problem details instead of Tomcat's HTML
 * report: requests Tomcat refuses before any filter runs, such as an encoded {@code /} in
 * the path, a NUL in a header or headers too large. No server name, version or stack
 * trace either way.
 */
class ProblemReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

	private final ObjectProvider<ProblemRenderer> renderer;

	ProblemReportValve(ObjectProvider<ProblemRenderer> renderer) {
		this.renderer = renderer;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus resolved = HttpStatus.resolve(status);
		HttpStatus answer = resolved != null ? resolved : HttpStatus.INTERNAL_SERVER_ERROR;
		try {
			response.resetBuffer();
			this.renderer.getObject()
				.write(request, response, answer,
						answer == HttpStatus.BAD_REQUEST ? "REQUEST_INVALID" : ProblemRenderer.codeFor(answer));
			response.finishResponse();
		}
		catch (Exception ex) {
			log.debug("Problem details not written for a {} the container answered", status, ex);
		}
	}

}
